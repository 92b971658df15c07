/**
 * §3.3 BEK 1477/2019 § 3, stk. 3: »Kommunalbestyrelsens kvalitetsstandard og … opfølgning på
 * og revision af kvalitetsstandarden gøres alment tilgængelig for borgerne i kommunen,
 * herunder som minimum på internettet.«
 * Judged on its aspects, the statement that the standard is published and the address;
 * an address in `offentliggoerelse.url` states both.
 */
import { defaultRegulation, findRequirement } from '../../regulations/index.js';
import { creditSection } from '../evidence.js';
import { evidenceFor, judgeAspects } from '../prose.js';
import type { Rule } from '../types.js';

const requirement = findRequirement(defaultRegulation, '§3.3');

const rule: Rule = {
  requirement,
  check(context) {
    const evidence = evidenceFor(context, requirement);
    if (context.document.offentliggoerelse?.url && evidence.own) {
      creditSection(
        evidence,
        evidence.own,
        'felt',
        evidence.aspects.map((aspect) => aspect.id),
      );
    }
    return judgeAspects(evidence);
  },
};
export default rule;
