/**
 * §4.1.12 BEK 1477/2019 § 4, stk. 1, nr. 12: »Information om sagsbehandling og klageadgang.«
 * Judged on its aspects: case handling, and where and how to complain. A pointer to
 * another document (»læs om klageadgang i …«) is `delvist`.
 */
import { proseRule } from '../prose.js';

export default proseRule('§4.1.12');
