/**
 * §4.1.3 BEK 1477/2019 § 4, stk. 1, nr. 3: »Det overordnede mål for indsatsen, herunder de værdier og normer, som indsatsen bygger på.«
 * Judged on its aspects: the overall aim, and the values and norms (named, or described
 * by several words of a stance such as »motiverende, helhedsorienteret og anerkendende«).
 */
import { proseRule } from '../prose.js';

export default proseRule('§4.1.3');
