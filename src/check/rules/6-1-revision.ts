/**
 * §6.1 BEK 1477/2019 § 6, stk. 1: »Kommunalbestyrelsen reviderer kvalitetsstandarden mindst
 * hvert 2. år.«
 * Judged at the date of the planned byrådsbehandling (`--dato`): the latest approval or
 * revision must be at most two years old. No date at all: `kan ikke vurderes`. A planned
 * next revision later than two years after the last: `delvist`.
 */
import { defaultRegulation, findRequirement } from '../../regulations/index.js';
import type { Kvalitetsstandard } from '../../generated/kvalitetsstandard.js';
import type { Rule } from '../types.js';

const requirement = findRequirement(defaultRegulation, '§6.1');

/** The same calendar day two years later (29 February → 1 March). */
export function twoYearsAfter(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year + 2, month - 1, day)).toISOString().slice(0, 10);
}

/** The newest approval or revision date: where the two years run from. */
export function lastApprovalOrRevision(document: Kvalitetsstandard): string | undefined {
  const approvals = (document.godkendelse ?? []).map((approval) => approval.dato);
  const revised = document.revision?.senest_revideret;
  return [...approvals, ...(revised ? [revised] : [])].sort().pop();
}

const rule: Rule = {
  requirement,
  check({ document, date }) {
    const last = lastApprovalOrRevision(document);
    const path = document.revision ? ['revision'] : document.godkendelse ? ['godkendelse'] : ['revision'];
    if (!last) return { status: 'kan ikke vurderes', path, messages: [{ code: 'revision-ingen-dato', args: {} }] };
    const deadline = twoYearsAfter(last);
    if (date > deadline) {
      return { status: 'mangler', path, messages: [{ code: 'revision-for-gammel', args: { dato: last, vurderingsdato: date, frist: deadline } }] };
    }
    const next = document.revision?.naeste_revision;
    if (next && next > deadline) {
      return { status: 'delvist', path: ['revision', 'naeste_revision'], messages: [{ code: 'revision-naeste-for-sen', args: { naeste: next, frist: deadline, dato: last } }] };
    }
    return { status: 'opfyldt', path, messages: [{ code: 'revision-ok', args: { dato: last, frist: deadline } }] };
  },
};
export default rule;
