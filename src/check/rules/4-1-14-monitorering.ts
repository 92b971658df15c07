/**
 * §4.1.14 BEK 1477/2019 § 4, stk. 1, nr. 14: »Monitorering af indsatsen, jf. stk. 3.«
 * Judged on its aspects (its krav.yml under src/regulations/bek-1477-2019/), wherever the document
 * states them.
 */
import { proseRule } from '../prose.js';

export default proseRule('§4.1.14');
