/**
 * §5.1 BEK 1477/2019 § 5, stk. 1: »Kommunalbestyrelsen sørger for i kvalitetsstandarden at informere om de kvalitetskrav m.m., som kommunalbestyrelsen stiller til de døgnbehandlingstilbud, som kommunen anvender …«
 * Judged on its aspects (its krav.yml under src/regulations/bek-1477-2019/), wherever the document
 * states them.
 */
import { proseRule } from '../prose.js';

export default proseRule('§5.1');
