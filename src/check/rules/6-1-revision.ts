/**
 * §6.1 BEK 1477/2019 § 6, stk. 1: »Kommunalbestyrelsen reviderer kvalitetsstandarden mindst
 * hvert 2. år.«
 * Judged at the date of the planned byrådsbehandling (`--dato`): the latest approval or
 * revision must be at most two years old. A date stated only as a year or a month counts as
 * its last day (2016 → 2016-12-31), so a verdict of `mangler` is certain. No date at all:
 * `kan ikke vurderes`. A planned next revision later than two years after the last: `delvist`.
 */
import { isFullDate, lastDayOf, twoYearsAfter, type StatedDate } from '../../dates.js';
import { defaultRegulation, findRequirement } from '../../regulations/index.js';
import type { Kvalitetsstandard } from '../../generated/kvalitetsstandard.js';
import type { Rule } from '../types.js';

const requirement = findRequirement(defaultRegulation, '§6.1');

/** The newest approval or revision, as stated and as the last day it can mean: where the two years run from. */
export function lastApprovalOrRevision(document: Kvalitetsstandard): { stated: StatedDate; day: string } | undefined {
  const stated: StatedDate[] = [
    ...(document.godkendelse ?? []).map((approval) => approval.dato),
    ...(document.revision?.senest_revideret !== undefined ? [document.revision.senest_revideret] : []),
  ];
  return stated
    .flatMap((value) => {
      const day = lastDayOf(value);
      return day ? [{ stated: value, day }] : [];
    })
    .sort((a, b) => a.day.localeCompare(b.day))
    .pop();
}

const rule: Rule = {
  requirement,
  check({ document, date }) {
    const last = lastApprovalOrRevision(document);
    const path = document.revision ? ['revision'] : document.godkendelse ? ['godkendelse'] : ['revision'];
    if (!last) return { status: 'kan ikke vurderes', path, messages: [{ code: 'revision-ingen-dato', args: {} }] };
    const deadline = twoYearsAfter(last.day);
    const dato = String(last.stated);
    if (date > deadline) {
      return {
        status: 'mangler',
        path,
        messages: [
          { code: 'revision-for-gammel', args: { dato, vurderingsdato: date, frist: deadline, kunDelvis: isFullDate(last.stated) ? undefined : 'ja' } },
        ],
      };
    }
    const next = document.revision?.naeste_revision;
    const nextDay = next === undefined ? undefined : lastDayOf(next);
    if (nextDay && nextDay > deadline) {
      return {
        status: 'delvist',
        path: ['revision', 'naeste_revision'],
        messages: [{ code: 'revision-naeste-for-sen', args: { naeste: String(next), frist: deadline, dato } }],
      };
    }
    return { status: 'opfyldt', path, messages: [{ code: 'revision-ok', args: { dato, frist: deadline } }] };
  },
};
export default rule;
