/**
 * §4.5 BEK 1477/2019 § 4, stk. 5: »Kommunalbestyrelsen skal endvidere oplyse om den fremtidige indsats på stofmisbrugsbehandlingsområdet.«
 * Prose.
 */
import { proseRule } from '../prose.js';

export default proseRule('§4.5');
