/**
 * What out/index.html shows of one municipality, kept as plain data: the build computes it
 * where it checks the file and stores it in its cache, so an unchanged build can write the
 * overview without checking (or even reading) any municipality again.
 */
import { isAfter, lastApprovalOrRevision, nextRevisionDue } from '../check/rules/6-1-revision.js';
import { currentStatus } from '../check/index.js';
import type { FileCheck, OwnCheck } from '../check/run.js';
import type { Status } from '../check/types.js';
import { lastDayOf } from '../dates.js';
import { byCodeUnits } from '../text/order.js';
import { ownInvalid } from './compliance.js';

export interface IndexRow {
  kommune: string;
  /** The last approval by the date judged at, as stated. */
  approved?: string;
  /** The first approval the standard states for after that date: one still to come. */
  planned?: string;
  /** When the next revision is due, as planned or the legal interval after the last approval or revision. */
  due?: string;
  /** The regulation the file was judged against, as the overview names it. */
  regulation: { id: string; name: string; eli?: string };
  /** Per requirement (by id), the status that counts and whether it is the forvaltning's own assessment. */
  requirements: { id: string; status: Status; assessed: boolean }[];
  /** The kommune's own requirements (`.krav.yml`), when it has them: each with its status, or none when the file has an error. */
  own?: { file: string; requirements?: { id: string; title: string; status: Status }[] };
}

export function indexRow(check: FileCheck & { valid: true }): IndexRow {
  const approvals = (check.document.godkendelse ?? []).map((approval) => approval.dato).sort((a, b) => byCodeUnits(lastDayOf(a) ?? '', lastDayOf(b) ?? ''));
  // As §6.1 reads them: an approval after the date judged at has not happened, and the two years run from the last that counts.
  const last = lastApprovalOrRevision(check.document, check.date);
  const nextPlanned = check.document.revision?.naeste_revision;
  const due = nextPlanned !== undefined ? String(nextPlanned) : last ? nextRevisionDue(last.day) : undefined;
  const approved = approvals.filter((dato) => !isAfter(dato, check.date)).pop();
  const planned = approvals.find((dato) => isAfter(dato, check.date));
  const { regulation } = check.regulationUsed;
  return {
    kommune: check.document.kommune,
    regulation: { id: regulation.id, name: regulation.name, ...(regulation.eli ? { eli: regulation.eli } : {}) },
    ...(approved === undefined ? {} : { approved: String(approved) }),
    ...(planned === undefined ? {} : { planned: String(planned) }),
    ...(due === undefined ? {} : { due }),
    requirements: check.findings.map((finding) => ({ id: finding.requirement.id, status: currentStatus(finding), assessed: Boolean(finding.assessment) })),
    ...(check.own ? { own: ownRow(check.own) } : {}),
  };
}

function ownRow(own: OwnCheck): NonNullable<IndexRow['own']> {
  if (ownInvalid(own)) return { file: own.file };
  return {
    file: own.file,
    requirements: own.findings.map((finding) => ({ id: finding.requirement.id, title: finding.requirement.title, status: finding.status })),
  };
}
