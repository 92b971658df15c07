/**
 * out/index.html: every municipality side by side: approval, the next revision due, and
 * the compliance status of each requirement, so staff can see how they compare.
 */
import { lastApprovalOrRevision, nextRevisionDue } from '../check/rules/6-1-revision.js';
import { danishDate, lastDayOf } from '../dates.js';
import { currentStatus } from '../check/index.js';
import type { FileCheck } from '../check/run.js';
import { defaultRegulation } from '../regulations/index.js';
import { countStatuses } from './compliance.js';
import { reportStylesWithFonts, statusLabel } from './compliance-html.js';
import { html, reportPage } from '../render/safe-html.js';
import { municipalityId } from '../files.js';

export interface IndexEntry {
  check: FileCheck;
  /** Whether a PDF of the standard was built this time or before. */
  hasPdf: boolean;
}

function approvalAndDue(check: FileCheck & { valid: true }): { approved?: string; due?: string } {
  const approvals = (check.document.godkendelse ?? []).map((approval) => approval.dato).sort((a, b) => (lastDayOf(a) ?? '').localeCompare(lastDayOf(b) ?? ''));
  const last = lastApprovalOrRevision(check.document);
  const planned = check.document.revision?.naeste_revision;
  const due = planned !== undefined ? String(planned) : last ? nextRevisionDue(last.day) : undefined;
  const approved = approvals.pop();
  return { approved: approved === undefined ? undefined : String(approved), due };
}

/** Both tables fold into one card per row on a phone, so the page never scrolls sideways. */
const overviewStyles = `
td.tal { text-align: right; }
.etiket { display: none; }
@media (max-width: 40rem) {
  /* The caption too: left a table-caption, it would be squeezed to the width of a folded table's first cell. */
  .foldes, .foldes caption, .foldes tbody, .foldes tr, .foldes th, .foldes td { display: block; width: auto; border: none; text-align: left; }
  .foldes thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  .foldes tr { border: 1px solid var(--kant); margin-bottom: .75rem; padding: .25rem 0; }
  .foldes th, .foldes td { padding: .15rem .6rem; }
  .foldes td.tal { text-align: left; }
  .etiket { display: inline; font-weight: 600; }
}
`;

/** On a phone each cell says which column it belongs to; on a wide screen the column header does. */
const label = (text: string) => html`<span class="etiket">${text}: </span>`;

export function renderIndexPage(entries: readonly IndexEntry[], date: string): string {
  const valid = entries.filter((entry): entry is IndexEntry & { check: FileCheck & { valid: true } } => entry.check.valid);
  const name = (entry: IndexEntry) => (entry.check.valid ? entry.check.document.kommune : municipalityId(entry.check.file));
  return reportPage(
    'Kvalitetsstandarder for social behandling for stofmisbrug',
    `${reportStylesWithFonts()}\n${overviewStyles}`,
    html`<h1>Kvalitetsstandarder for social behandling for stofmisbrug</h1>
<p class="meta">Kommunernes kvalitetsstandarder efter serviceloven § 101, vurderet pr. ${danishDate(date)} efter <a href="${defaultRegulation.eli}">${defaultRegulation.name}</a> (${defaultRegulation.id}), §§ 3-6.</p>
<h2>Kommunerne</h2>
<table class="foldes">
<thead><tr><th scope="col">Kommune</th><th scope="col">Godkendt</th><th scope="col">Næste revision senest</th><th scope="col">Opfyldt</th><th scope="col">Delvist</th><th scope="col">Mangler</th><th scope="col">Kan ikke vurderes</th><th scope="col">Filer</th></tr></thead>
<tbody>
${entries.map((entry) => {
  const id = municipalityId(entry.check.file);
  if (!entry.check.valid) {
    return html`<tr><th scope="row">${id}</th><td colspan="6">Filen er ugyldig og er ikke bygget; kør »kvalitetsstandard validate ${entry.check.file}«.</td><td></td></tr>`;
  }
  const { approved, due } = approvalAndDue(entry.check);
  const counts = countStatuses(entry.check.findings, currentStatus);
  const overdue = due !== undefined && (lastDayOf(due) ?? due) < date;
  return html`<tr>
<th scope="row"><a href="${id}/kvalitetsstandard.html">${entry.check.document.kommune}</a></th>
<td>${label('Godkendt')}${approved ? danishDate(approved) : 'ikke oplyst'}</td>
<td>${label('Næste revision senest')}${due ? (overdue ? html`<strong class="overskredet">${danishDate(due)}: overskredet</strong>` : danishDate(due)) : 'kan ikke beregnes'}</td>
<td class="tal">${label('Opfyldt')}${counts.opfyldt}</td><td class="tal">${label('Delvist')}${counts.delvist}</td><td class="tal">${label('Mangler')}${counts.mangler}</td><td class="tal">${label('Kan ikke vurderes')}${counts['kan ikke vurderes']}</td>
<td><a href="${id}/compliance.html">Vurdering<span class="sr-only"> af ${entry.check.document.kommune}s kvalitetsstandard</span></a>${entry.hasPdf ? html`, <a href="${id}/kvalitetsstandard.pdf">PDF<span class="sr-only"> af ${entry.check.document.kommune}s kvalitetsstandard</span></a>` : ''}</td>
</tr>`;
})}
</tbody>
</table>
<h2>Krav for krav</h2>
<table class="foldes">
<caption>Status for hvert krav i ${defaultRegulation.id} §§ 3-6</caption>
<thead><tr><th scope="col">Krav</th>${valid.map((entry) => html`<th scope="col">${name(entry)}</th>`)}</tr></thead>
<tbody>
${defaultRegulation.requirements.map(
  (requirement) =>
    html`<tr><th scope="row">${requirement.id} ${requirement.title}</th>${valid.map((entry) => {
      const finding = entry.check.findings.find((candidate) => candidate.requirement.id === requirement.id);
      const assessed = finding?.assessment ? html`<br><small>forvaltningens vurdering</small>` : '';
      return html`<td>${label(name(entry))}${finding ? statusLabel(currentStatus(finding)) : ''}${assessed}</td>`;
    })}</tr>`,
)}
</tbody>
</table>
`,
  );
}
