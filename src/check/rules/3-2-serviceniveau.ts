/**
 * §3.2 BEK 1477/2019 § 3, stk. 2: »Kvalitetsstandarden skal indeholde en samlet information om de tilbud og ydelser, kommunalbestyrelsen tilbyder … herunder de politiske målsætninger og prioriteringer, som ligger bag beslutningen.«
 * Judged on its aspects (its krav.yml under src/regulations/bek-1477-2019/): the overview of offers,
 * the service level, and the political aims and priorities, which the field
 * `serviceniveau.politiske_maalsaetninger` states by its name.
 */
import { defaultRegulation, findRequirement } from '../../regulations/index.js';
import { creditSection } from '../evidence.js';
import { evidenceFor, judgeAspects } from '../prose.js';
import type { Rule } from '../types.js';

const requirement = findRequirement(defaultRegulation, '§3.2');

const rule: Rule = {
  requirement,
  check(context) {
    const evidence = evidenceFor(context, requirement);
    if (evidence.onDomain && evidence.own && context.document.serviceniveau?.politiske_maalsaetninger?.trim()) {
      creditSection(evidence, evidence.own, 'felt', ['politiske']);
    }
    return judgeAspects(evidence);
  },
};
export default rule;
