/**
 * §4.1.11 BEK 1477/2019 § 4, stk. 1, nr. 11: »Reglerne for betaling for kost og logi m.v.«
 * Judged on its aspects: whether the citizen pays, and board and lodging: »the treatment
 * is free« alone does not say what a stay in residential treatment costs.
 */
import { proseRule } from '../prose.js';

export default proseRule('§4.1.11');
