/**
 * »Compliance-rapport«: the check as a standalone, accessible page a policy officer can
 * attach to the byråd's agenda. Status is written out in words, never colour alone.
 */
import type { Status } from '../check/index.js';
import type { FileCheck } from '../check/run.js';
import { defaultRegulation } from '../regulations/index.js';
import { diagnosticToJson } from './diagnostics.js';
import { countStatuses, findingMessage } from './compliance.js';
import { embeddedFonts } from '../render/fonts.js';
import { html, reportPage, SafeHtml } from './html.js';

export const statusClass: Record<Status, string> = {
  opfyldt: 'opfyldt',
  delvist: 'delvist',
  mangler: 'mangler',
  'kan ikke vurderes': 'ukendt',
};
export const statusIcon: Record<Status, string> = { opfyldt: '✓', delvist: '◐', mangler: '✗', 'kan ikke vurderes': '?' };

export const reportStyles = `
:root { color-scheme: light; --tekst: #1a1a1a; --svag: #545454; --kant: #c8c8c8; --gron: #00693e; --gul: #7a5200; --rod: #b0001e; }
* { box-sizing: border-box; }
body { font-family: "IBM Plex Sans", system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: var(--tekst); line-height: 1.5; margin: 0; padding: 1.5rem; max-width: 72rem; margin-inline: auto; }
h1 { font-size: 1.75rem; margin: 0 0 .5rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 .5rem; border-bottom: 2px solid var(--kant); padding-bottom: .25rem; }
.meta { color: var(--svag); margin: 0 0 1rem; }
a { color: #004b87; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: .95rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid var(--kant); padding: .4rem .6rem; vertical-align: top; text-align: left; }
thead th { background: #f2f2f2; }
.status { font-weight: 600; white-space: nowrap; }
.opfyldt { color: var(--gron); } .delvist { color: var(--gul); } .mangler, .ukendt { color: var(--rod); }
.opsummering { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; padding: 0; list-style: none; }
code { font-family: "IBM Plex Mono", ui-monospace, monospace; font-size: .9em; }
@media (max-width: 40rem) { body { padding: .75rem; } table { font-size: .85rem; } th, td { padding: .3rem; } }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@page { size: A4; margin: 18mm 16mm; @bottom-center { content: "Side " counter(page) " af " counter(pages); font-family: "IBM Plex Sans", Arial, sans-serif; font-size: 8.5pt; color: #545454; } }
@media print { body { padding: 0; max-width: none; font-size: 9.5pt; } a { color: inherit; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
`;

/** The report styles with the embedded fonts before them. */
export const reportStylesWithFonts = () => `${embeddedFonts()}\n${reportStyles}`;

function fileSection(check: FileCheck, headingLevel: 'h1' | 'h2'): SafeHtml {
  if (!check.valid) {
    const heading = `Ugyldig fil: ${check.file}`;
    return html`<section aria-labelledby="${check.file}">
${headingLevel === 'h1' ? html`<h1 id="${check.file}">${heading}</h1>` : html`<h2 id="${check.file}">${heading}</h2>`}
<p>Filen kunne ikke vurderes, fordi den ikke er gyldig. Ret disse fejl først:</p>
<ul>${check.diagnostics.map((diagnostic) => {
      const json = diagnosticToJson(diagnostic);
      return html`<li><code>${json.linje ? `linje ${json.linje}, kolonne ${json.kolonne}` : check.file}</code>: ${json.besked}</li>`;
    })}</ul>
</section>`;
  }
  const counts = countStatuses(check.findings);
  const id = `kommune-${check.file.replace(/[^a-z0-9]+/gi, '-')}`;
  const heading = `Compliance-rapport: ${check.document.kommune}`;
  return html`<section aria-labelledby="${id}">
${headingLevel === 'h1' ? html`<h1 id="${id}">${heading}</h1>` : html`<h2 id="${id}">${heading}</h2>`}
<p class="meta">${check.document.titel}. Vurderet pr. ${check.date} efter <a href="${defaultRegulation.eli}">${defaultRegulation.name}</a> (${check.regulation}), §§ 3-6. Kilde: <code>${check.file}</code>.</p>
<ul class="opsummering" aria-label="Opsummering">
${(Object.keys(counts) as Status[]).map((status) => html`<li><span class="status ${statusClass[status]}">${statusIcon[status]} ${status}</span>: ${counts[status]}</li>`)}
</ul>
<table>
<caption>Kravene i ${check.regulation} og hvordan kvalitetsstandarden opfylder dem</caption>
<thead><tr><th scope="col">Krav</th><th scope="col">Emne</th><th scope="col">Status</th><th scope="col">Vurdering</th><th scope="col">Placering i filen</th></tr></thead>
<tbody>
${check.findings.map(
  (finding) => html`<tr>
<th scope="row"><a href="${defaultRegulation.eli}" title="${finding.citation}">${finding.requirement.id}</a></th>
<td>${finding.requirement.title}<br><small>${finding.citation}</small></td>
<td><span class="status ${statusClass[finding.status]}">${statusIcon[finding.status]} ${finding.status}</span></td>
<td>${findingMessage(finding)}</td>
<td>linje ${finding.span.start.line}</td>
</tr>`,
)}
</tbody>
</table>
</section>`;
}

export function complianceReportHtml(checks: readonly FileCheck[]): string {
  const single = checks.length === 1 ? checks[0] : undefined;
  const title = single?.valid ? `Compliance-rapport: ${single.document.kommune}` : 'Compliance-rapport';
  const body = single ? fileSection(single, 'h1') : html`<h1>Compliance-rapport</h1>${checks.map((check) => fileSection(check, 'h2'))}`;
  return reportPage(title, reportStylesWithFonts(), body);
}
