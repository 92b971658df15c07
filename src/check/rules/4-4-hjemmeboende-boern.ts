/**
 * §4.4 BEK 1477/2019 § 4, stk. 4: »Det skal desuden beskrives i kvalitetsstandarden, hvordan der … sikres opmærksomhed på forholdene for personens eventuelle hjemmeboende børn under 18 år.«
 * Judged on its aspects (its krav.yml under src/regulations/bek-1477-2019/), wherever the document
 * states them.
 */
import { proseRule } from '../prose.js';

export default proseRule('§4.4');
