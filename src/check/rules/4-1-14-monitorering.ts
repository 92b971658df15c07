/**
 * §4.1.14 BEK 1477/2019 § 4, stk. 1, nr. 14: »Monitorering af indsatsen, jf. stk. 3.«
 * Prose (the target figures of stk. 3 have their own rule, §4.3).
 */
import { proseRule } from '../prose.js';

export default proseRule('§4.1.14');
