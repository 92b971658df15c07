/**
 * §4.1.6 BEK 1477/2019 § 4, stk. 1, nr. 6: »Behandlingsgaranti.«
 * SEL § 101, stk. 4 sets the guarantee: treatment starts no later than 14 days after the
 * person turns to the municipality. A standard that promises a longer deadline describes a
 * guarantee the law does not allow: `mangler`. No deadline stated: `delvist`.
 */
import { defaultRegulation, findRequirement } from '../../regulations/index.js';
import { met, missingSection } from '../outcomes.js';
import type { Rule } from '../types.js';

const requirement = findRequirement(defaultRegulation, '§4.1.6');
/** SEL § 101, stk. 4. */
export const legalDeadlineDays = 14;

const rule: Rule = {
  requirement,
  check(context) {
    const section = context.document.behandlingsgaranti;
    if (!section) return missingSection(requirement);
    const path = [requirement.field, 'frist_dage'];
    const felt = 'behandlingsgaranti.frist_dage';
    if (section.frist_dage === undefined) return { status: 'delvist', path: [requirement.field], messages: [{ code: 'garanti-frist-mangler', args: { felt } }] };
    if (section.frist_dage > legalDeadlineDays) {
      return { status: 'mangler', path, messages: [{ code: 'garanti-frist-for-lang', args: { dage: section.frist_dage, felt } }] };
    }
    return met(requirement, section);
  },
};
export default rule;
