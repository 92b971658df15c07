/**
 * out/index.html: every municipality side by side: approval, the next revision due, and
 * the compliance status of each requirement, so staff can see how they compare.
 */
import { danishDate, lastDayOf } from '../dates.js';
import { defaultRegulation } from '../regulations/index.js';
import { countStatuses } from './compliance.js';
import { reportStylesWithFonts, statusLabel } from './compliance-html.js';
import { html, reportPage } from '../render/safe-html.js';
import type { IndexRow } from './index-row.js';

export interface IndexEntry {
  /** The file as the build was given it, and its name in out/. */
  file: string;
  id: string;
  /** What the overview shows of it; none when the file is invalid. */
  row?: IndexRow;
  /** Whether a PDF of the standard was built this time or before. */
  hasPdf: boolean;
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

/** The last approval by the date judged at, and one the standard states for after it, which has not happened yet. */
function approvedText(approved: string | undefined, planned: string | undefined): string {
  if (!planned) return approved ? danishDate(approved) : 'ikke oplyst';
  const still = `planlagt ${danishDate(planned)}, efter vurderingsdatoen`;
  return approved ? `${danishDate(approved)} (ny godkendelse ${still})` : `ikke endnu (${still})`;
}

export function renderIndexPage(entries: readonly IndexEntry[], date: string): string {
  const valid = entries.filter((entry): entry is IndexEntry & { row: IndexRow } => entry.row !== undefined);
  // Each file is judged against its own regelsaet, or the one in force on the date: name every one used.
  const byId = new Map(valid.map(({ row }) => [row.regulation.id, row.regulation]));
  const used = byId.size > 0 ? [...byId.values()] : [defaultRegulation];
  const usedNames = used.flatMap((regulation, index) => [
    index === 0 ? '' : index === used.length - 1 ? ' og ' : ', ',
    regulation.eli ? html`<a href="${regulation.eli}">${regulation.name}</a> (${regulation.id})` : html`${regulation.name} (${regulation.id})`,
  ]);
  return reportPage(
    'Kvalitetsstandarder for social behandling for stofmisbrug',
    `${reportStylesWithFonts()}\n${overviewStyles}`,
    html`<h1>Kvalitetsstandarder for social behandling for stofmisbrug</h1>
<p class="meta">Kommunernes kvalitetsstandarder efter serviceloven § 101, vurderet pr. ${danishDate(date)} efter ${usedNames}.</p>
<h2>Kommunerne</h2>
<table class="foldes">
<thead><tr><th scope="col">Kommune</th><th scope="col">Godkendt</th><th scope="col">Næste revision senest</th><th scope="col">Opfyldt</th><th scope="col">Delvist</th><th scope="col">Mangler</th><th scope="col">Kan ikke vurderes</th><th scope="col">Filer</th></tr></thead>
<tbody>
${entries.map(({ file, id, row, hasPdf }) => {
  if (!row) {
    return html`<tr><th scope="row">${id}</th><td colspan="6">Filen er ugyldig og er ikke bygget; kør »kvalitetsstandard validate ${file}«.</td><td></td></tr>`;
  }
  const { kommune, approved, planned, due } = row;
  const counts = countStatuses(row.requirements);
  const overdue = due !== undefined && (lastDayOf(due) ?? due) < date;
  return html`<tr>
<th scope="row"><a href="${id}/kvalitetsstandard.html">${kommune}</a></th>
<td>${label('Godkendt')}${approvedText(approved, planned)}</td>
<td>${label('Næste revision senest')}${due ? (overdue ? html`<strong class="overskredet">${danishDate(due)}: overskredet</strong>` : danishDate(due)) : 'kan ikke beregnes'}</td>
<td class="tal">${label('Opfyldt')}${counts.opfyldt}</td><td class="tal">${label('Delvist')}${counts.delvist}</td><td class="tal">${label('Mangler')}${counts.mangler}</td><td class="tal">${label('Kan ikke vurderes')}${counts['kan ikke vurderes']}</td>
<td><a href="${id}/compliance.html">Vurdering<span class="sr-only"> af ${kommune}s kvalitetsstandard</span></a>${hasPdf ? html`, <a href="${id}/kvalitetsstandard.pdf">PDF<span class="sr-only"> af ${kommune}s kvalitetsstandard</span></a>` : ''}</td>
</tr>`;
})}
</tbody>
</table>
<h2>Krav for krav</h2>
<table class="foldes">
<caption>Status for hvert krav i ${used.map((regulation) => regulation.id).join(' og ')}</caption>
<thead><tr><th scope="col">Krav</th>${valid.map(({ row }) => html`<th scope="col">${row.kommune}</th>`)}</tr></thead>
<tbody>
${defaultRegulation.requirements.map(
  (requirement) =>
    html`<tr><th scope="row">${requirement.id} ${requirement.title}</th>${valid.map(({ row }) => {
      const found = row.requirements.find((candidate) => candidate.id === requirement.id);
      const assessed = found?.assessed ? html`<br><small>forvaltningens vurdering</small>` : '';
      return html`<td>${label(row.kommune)}${found ? statusLabel(found.status) : ''}${assessed}</td>`;
    })}</tr>`,
)}
</tbody>
</table>
${ownRequirementsTable(valid.map(({ row }) => row))}`,
  );
}

/** The kommuner's own requirements, each kommune's apart: they are no part of the law's comparison above. */
function ownRequirementsTable(rows: readonly IndexRow[]) {
  const withOwn = rows.filter((row): row is IndexRow & { own: NonNullable<IndexRow['own']> } => row.own !== undefined);
  if (withOwn.length === 0) return '';
  return html`<h2>Kommunernes egne krav</h2>
<table class="foldes">
<caption>Krav, den enkelte kommune selv stiller til sin standard</caption>
<thead><tr><th scope="col">Kommune</th><th scope="col">Krav</th><th scope="col">Status</th></tr></thead>
<tbody>
${withOwn.flatMap(({ kommune, own }) =>
  own.requirements
    ? own.requirements.map(
        (requirement) =>
          html`<tr><th scope="row">${kommune}</th><td>${label('Krav')}${requirement.id} ${requirement.title}</td><td>${label('Status')}${statusLabel(requirement.status)}</td></tr>`,
      )
    : [html`<tr><th scope="row">${kommune}</th><td colspan="2">${own.file} har fejl og er ikke vurderet; kør »kvalitetsstandard validate«.</td></tr>`],
)}
</tbody>
</table>
`;
}
