/**
 * §4.1.8 BEK 1477/2019 § 4, stk. 1, nr. 8: »Udarbejdelse af og opfølgning på personens behandlingsplan efter § 101, stk. 8, i lov om social service, jf. stk. 2.«
 * Prose that covers following up on the plan, not only drawing it up. »jf. stk. 2«: the
 * follow-up after treatment (§4.2, its own section) counts as following up on the plan.
 */
import { mentions, proseRule, type Aspect } from '../prose.js';

const mentionsFollowUp = mentions('opfoelgningPaaPlan', /opfølg|følge[rs]? op|revider|justere|evaluer/i);
const followUp: Aspect = {
  name: 'opfoelgningPaaPlan',
  covered: (section, text, document) => mentionsFollowUp.covered(section, text, document) || Boolean(document.opfoelgning?.tekst?.trim()),
};

export default proseRule('§4.1.8', [followUp]);
