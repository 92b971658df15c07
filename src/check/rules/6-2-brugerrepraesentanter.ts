/**
 * §6.2 BEK 1477/2019 § 6, stk. 2: »Ved udarbejdelse og revision af kvalitetsstandarden inddrages repræsentanter for personer med et stofmisbrug og eventuelt deres pårørende.«
 * Judged on its aspects (its krav.yml under src/regulations/bek-1477-2019/), wherever the document
 * states them.
 */
import { proseRule } from '../prose.js';

export default proseRule('§6.2');
