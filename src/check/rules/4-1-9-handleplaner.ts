/**
 * §4.1.9 BEK 1477/2019 § 4, stk. 1, nr. 9: »Hvilken målsætning der er for udarbejdelse, koordinering og opfølgning på handleplaner.«
 * Prose about handleplaner (SEL § 141). Some municipalities call the municipal plan for
 * the citizen's effort an »indsatsplan« (the term of the adult-area assessment method); it
 * counts as the plan the law means.
 */
import { mentions, proseRule } from '../prose.js';

export default proseRule('§4.1.9', [mentions('handleplaner', /handleplan|indsatsplan/i)]);
