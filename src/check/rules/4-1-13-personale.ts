/**
 * §4.1.13 BEK 1477/2019 § 4, stk. 1, nr. 13: »Personalets faglige kvalifikationer og kompetenceudvikling.«
 * Judged on its aspects: qualifications and their development, of the municipality's own
 * staff (demands on a provider's staff belong to § 5).
 */
import { proseRule } from '../prose.js';

export default proseRule('§4.1.13');
