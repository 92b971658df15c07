/**
 * §4.1.10 BEK 1477/2019 § 4, stk. 1, nr. 10: »Hvordan brugerinddragelsen sikres.«
 * Prose.
 */
import { proseRule } from '../prose.js';

export default proseRule('§4.1.10');
