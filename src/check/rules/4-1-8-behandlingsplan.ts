/**
 * §4.1.8 BEK 1477/2019 § 4, stk. 1, nr. 8: »Udarbejdelse af og opfølgning på personens behandlingsplan efter § 101, stk. 8, i lov om social service, jf. stk. 2.«
 * Judged on its aspects: drawing up the plan, and following it up. »jf. stk. 2«: the
 * follow-up after treatment (§4.2, its own section) counts as following up on the plan.
 */
import { defaultRegulation, findRequirement } from '../../regulations/index.js';
import { creditSection } from '../evidence.js';
import { evidenceFor, judgeAspects } from '../prose.js';
import type { Rule } from '../types.js';

const requirement = findRequirement(defaultRegulation, '§4.1.8');

const rule: Rule = {
  requirement,
  check(context) {
    const evidence = evidenceFor(context, requirement);
    const followUp = context.text.sections.find((section) => section.requirement?.id === '§4.2');
    if (evidence.onDomain && !evidence.found.has('opfoelgning') && followUp && followUp.sentences.length > 0) {
      creditSection(evidence, followUp, 'felt', ['opfoelgning']);
    }
    return judgeAspects(evidence);
  },
};
export default rule;
