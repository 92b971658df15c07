/**
 * §3.3 BEK 1477/2019 § 3, stk. 3: »Kommunalbestyrelsens kvalitetsstandard og … opfølgning på
 * og revision af kvalitetsstandarden gøres alment tilgængelig for borgerne i kommunen,
 * herunder som minimum på internettet.«
 * Met by the address where it is published; a section that says so without one is partly met.
 */
import { defaultRegulation, findRequirement } from '../../regulations/index.js';
import { met, missingSection } from '../outcomes.js';
import type { Rule } from '../types.js';

const requirement = findRequirement(defaultRegulation, '§3.3');

const rule: Rule = {
  requirement,
  check(context) {
    const section = context.document.offentliggoerelse;
    if (!section) return missingSection(requirement);
    if (section.url) return met(requirement, section);
    return { status: 'delvist', path: [requirement.field], messages: [{ code: 'url-mangler', args: { felt: 'offentliggoerelse.url' } }] };
  },
};
export default rule;
