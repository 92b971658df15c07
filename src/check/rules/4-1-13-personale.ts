/**
 * §4.1.13 BEK 1477/2019 § 4, stk. 1, nr. 13: »Personalets faglige kvalifikationer og kompetenceudvikling.«
 * Prose that covers both qualifications and their development.
 */
import { mentions, proseRule } from '../prose.js';

export default proseRule('§4.1.13', [
  mentions('kompetenceudvikling', /kompetenceudvikl|efteruddan|videreuddan|uddannelse|kursus|kurser|supervision|opkvalific/i),
]);
