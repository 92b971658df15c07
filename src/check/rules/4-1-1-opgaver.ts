/**
 * §4.1.1 BEK 1477/2019 § 4, stk. 1, nr. 1: »De opgaver, som udføres på stofmisbrugsbehandlingsområdet.«
 * Judged on its aspects (its krav.yml under src/regulations/bek-1477-2019/), wherever the document
 * states them.
 */
import { proseRule } from '../prose.js';

export default proseRule('§4.1.1');
