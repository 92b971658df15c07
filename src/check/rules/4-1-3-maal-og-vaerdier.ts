/**
 * §4.1.3 BEK 1477/2019 § 4, stk. 1, nr. 3: »Det overordnede mål for indsatsen, herunder de værdier og normer, som indsatsen bygger på.«
 * Prose that names the values or norms.
 */
import { mentions, proseRule } from '../prose.js';

export default proseRule('§4.1.3', [mentions('vaerdier', /værdi|norm/i)]);
