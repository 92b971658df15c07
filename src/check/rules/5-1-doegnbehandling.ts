/**
 * §5.1 BEK 1477/2019 § 5, stk. 1: »Kommunalbestyrelsen sørger for i kvalitetsstandarden at informere om de kvalitetskrav m.m., som kommunalbestyrelsen stiller til de døgnbehandlingstilbud, som kommunen anvender …«
 * Prose: the quality demands on residential providers (the offers themselves: §5.2).
 */
import { proseRule } from '../prose.js';

export default proseRule('§5.1');
