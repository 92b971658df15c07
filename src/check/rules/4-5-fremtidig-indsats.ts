/**
 * §4.5 BEK 1477/2019 § 4, stk. 5: »Kommunalbestyrelsen skal endvidere oplyse om den fremtidige indsats på stofmisbrugsbehandlingsområdet.«
 * Judged on its aspects (its krav.yml under src/regulations/bek-1477-2019/), wherever the document
 * states them.
 */
import { proseRule } from '../prose.js';

export default proseRule('§4.5');
