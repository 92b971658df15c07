/**
 * §4.1.5 BEK 1477/2019 § 4, stk. 1, nr. 5: »Visitationsproceduren.«
 * Judged on its aspects: how the citizen gets in touch, who decides, and the assessment.
 */
import { proseRule } from '../prose.js';

export default proseRule('§4.1.5');
