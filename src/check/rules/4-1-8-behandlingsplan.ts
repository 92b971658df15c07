/**
 * §4.1.8 BEK 1477/2019 § 4, stk. 1, nr. 8: »Udarbejdelse af og opfølgning på personens behandlingsplan efter § 101, stk. 8, i lov om social service, jf. stk. 2.«
 * Judged on its aspects: drawing up the plan, and following it up. »jf. stk. 2«: the
 * follow-up after treatment (§4.2, its own section) counts as following up on the plan, where
 * that section answers §4.2: a placeholder, a restatement or a denial there follows nothing up.
 */
import { defaultRegulation, findRequirement } from '../../regulations/index.js';
import { creditSection } from '../evidence.js';
import { evidenceFor, judgeAspects } from '../prose.js';
import type { Rule } from '../types.js';

const requirement = findRequirement(defaultRegulation, '§4.1.8');
const followUpRequirement = findRequirement(defaultRegulation, '§4.2');

const rule: Rule = {
  requirement,
  check(context) {
    const evidence = evidenceFor(context, requirement);
    if (evidence.onDomain && !evidence.found.has('opfoelgning')) {
      const followUp = evidenceFor(context, followUpRequirement);
      if (followUp.own && followUp.found.has('opfoelgning')) creditSection(evidence, followUp.own, 'felt', ['opfoelgning']);
    }
    return judgeAspects(evidence);
  },
};
export default rule;
