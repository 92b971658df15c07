/**
 * The preview's page: the standard as it is on disk now, with the preview's banner, panel
 * and reload script. Runs on a worker thread (./preview-worker.ts), so however long a
 * rendering takes, the server keeps answering and Ctrl-C stops it at once.
 */
import { dirname } from 'node:path';
import { checkSource, type FileCheck, type OwnCheck } from '../check/run.js';
import { today } from '../dates.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatMessage, type MessageArgsByCode, type MessageCode } from '../diagnostics/messages.js';
import { readBounded } from '../files.js';
import { maxFileBytes } from '../load.js';
import { renderDocument } from '../render/html.js';
import { currentStatus, type Finding } from '../check/index.js';
import { assessmentLines, findingMessage, ownInvalid, ownRequirementsHeading, statusWithCertainty, summaryLine } from '../report/compliance.js';
import { sourcesHtml } from '../report/sources-html.js';
import { diagnosticToJson } from '../report/diagnostics.js';
import { regulationSentence } from '../report/regulation-used.js';
import { escapeHtml, html, type SafeHtml } from '../render/safe-html.js';
import { UserError } from '../usage.js';

/*
 * The panel is folded to its one summary line unless the reader opened it (remembered in the
 * browser), and then takes at most a third of the window. A banner stays at the top of the
 * window, so an invalid save is seen wherever the page was scrolled to when it reloaded.
 */
const panelStyles = `
.forhaandsvisning { position: sticky; bottom: 0; z-index: 10; background: #fff; border-top: 3px solid #004b87; padding: .5rem 1.25rem; font-size: .9rem; box-shadow: 0 -2px 8px rgba(0,0,0,.15); max-height: 33vh; overflow: auto; }
.forhaandsvisning summary { cursor: pointer; font-weight: 600; }
.forhaandsvisning p { margin: .25rem 0; }
.forhaandsvisning ul { margin: .5rem 0; padding-left: 1.25rem; }
.forhaandsvisning .grundlag { color: #3d3d3d; font-size: .85rem; }
.forhaandsvisning h3 { font-size: 1rem; margin: .75rem 0 .25rem; border: 0; }
.forhaandsvisning .genvurderes { color: #b0001e; }
.forhaandsvisning-fejl { position: sticky; top: 0; z-index: 11; max-height: 50vh; overflow: auto; background: #fbe9eb; border: 2px solid #b0001e; color: #1a1a1a; padding: 1rem 1.25rem; margin: 0; }
.forhaandsvisning-fejl h2 { margin: 0 0 .5rem; font-size: 1.25rem; border: 0; }
`;

/** Whether the panel is open, kept in the browser between reloads; a browser that keeps nothing shows it folded. */
const panelScript = `<script>
(() => {
  const panel = document.querySelector('.forhaandsvisning details');
  if (!panel) return;
  const key = 'kvalitetsstandard-panel';
  try { panel.open = localStorage.getItem(key) === 'aaben'; } catch {}
  panel.addEventListener('toggle', () => { try { localStorage.setItem(key, panel.open ? 'aaben' : 'lukket'); } catch {} });
})();
</script>`;

/** Reloads the page when the server says a watched file changed. */
const reloadScript = `<script>new EventSource('/aendringer').onmessage = () => location.reload();</script>`;

/** One requirement in the panel: the tool's finding, or the forvaltning's assessment with the tool's finding beside it. */
function panelItem(finding: Finding): SafeHtml {
  const heading = `${finding.requirement.id} ${finding.requirement.title}: ${statusWithCertainty(finding)}.`;
  const assessment = finding.assessment;
  if (!assessment) return html`<li><strong>${heading}</strong> ${findingMessage(finding)} (linje ${finding.span.start.line})${sourcesHtml(finding, true)}</li>`;
  const [verdict, tool, review] = assessmentLines(finding);
  return html`<li><strong>${heading}</strong> ${verdict} (linje ${assessment.line})<br>${tool}${review ? html`<br><strong class="genvurderes">${review}</strong>` : ''}${sourcesHtml(finding, true)}</li>`;
}

function compliancePanel(check: FileCheck & { valid: true }): SafeHtml {
  // What is not met, what is met only under another heading (worth marking with daekker), and what the forvaltning assessed.
  const listed = check.findings.filter(
    (finding) => currentStatus(finding) !== 'opfyldt' || finding.assessment || finding.sources?.some((source) => source.how === 'fundet'),
  );
  const own = check.own;
  return html`<aside class="forhaandsvisning" aria-label="Compliance-status">
<details>
<summary>Compliance pr. ${check.date}: ${summaryLine(check.findings)}${own ? ` · ${ownRequirementsHeading}: ${ownSummary(own)}` : ''}</summary>
<p>${regulationSentence(check.regulationUsed, check.date)}</p>
<ul>${listed.map(panelItem)}${check.notes.map(
    (note) => html`<li><strong>Oplysning (${note.citation}):</strong> ${formatMessage(note.code, note.args)} (linje ${note.span.start.line})</li>`,
  )}</ul>
${own ? ownPanelPart(own) : ''}
</details>
</aside>`;
}

function ownSummary(own: OwnCheck): string {
  return ownInvalid(own) ? 'fejl i filen, ikke vurderet' : summaryLine(own.findings);
}

/** The kommune's own requirements (`.krav.yml`), apart: those not met, or the file's errors at their lines. */
function ownPanelPart(own: OwnCheck): SafeHtml {
  const heading = html`<h3>${ownRequirementsHeading} (${own.file})</h3>`;
  if (ownInvalid(own)) {
    return html`${heading}<p>Kravene kan ikke vurderes, før fejlene i filen er rettet:</p>
${diagnosticList(own.diagnostics)}`;
  }
  return html`${heading}<ul>${own.findings.filter((finding) => finding.status !== 'opfyldt').map(panelItem)}</ul>`;
}

/** Focusable, so a keyboard can scroll a long list of errors within the banner's half of the window. */
function errorBanner(check: FileCheck & { valid: false }): SafeHtml {
  return html`<section class="forhaandsvisning-fejl" role="alert" aria-labelledby="forhaandsvisning-fejl" tabindex="0">
<h2 id="forhaandsvisning-fejl">Filen kan ikke vises, før fejlen er rettet</h2>
<p>Herunder ses den seneste gyldige udgave. Ret dette i ${check.file}:</p>
${diagnosticList(check.diagnostics)}
</section>`;
}

function diagnosticList(diagnostics: readonly Diagnostic[]): SafeHtml {
  return html`<ul>${diagnostics.map((diagnostic) => {
    const json = diagnosticToJson(diagnostic);
    return html`<li>${json.linje ? `Linje ${json.linje}, kolonne ${json.kolonne}: ` : ''}${json.besked}</li>`;
  })}</ul>`;
}

/** In the panel's place while the file is invalid: why there is no compliance status. */
function panelWithoutStatus(reason: string): SafeHtml {
  return html`<aside class="forhaandsvisning" aria-label="Compliance-status">
<p><strong>Ingen compliance-status lige nu:</strong> ${reason} (se øverst). Status vises igen, når filen er gemt uden fejl.</p>
</aside>`;
}

export function problemBanner<Code extends MessageCode>(code: Code, args: MessageArgsByCode[Code]): SafeHtml {
  return html`<section class="forhaandsvisning-fejl" role="alert"><p>${formatMessage(code, args)}</p></section>`;
}

/**
 * Adds the preview's own parts to a published page: styles, banner, panel and reload.
 * Function replacers, so text in the parts (»$`« in a finding) is never read as a pattern.
 */
export function withPreviewParts(page: string, top: SafeHtml | string, bottom: SafeHtml | string): string {
  return page
    .replace('</head>', () => `<style>${panelStyles}</style>\n</head>`)
    .replace(/<body[^>]*>\n?/, (body) => `${body}${top}\n`)
    .replace('</body>', () => `${bottom}\n${panelScript}\n${reloadScript}\n</body>`);
}

export const emptyPage = (title: string) =>
  `<!doctype html>\n<html lang="da">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n</head>\n<body>\n<main><h1>${title}</h1></main>\n</body>\n</html>\n`;

/** One municipality's page, remembering its last good rendering to show under a banner. */
export function previewPage(file: string, id: string): () => string {
  let lastGood: string | undefined;
  /**
   * The page as it is on disk now. Nothing in it may stop the server: a file gone for a
   * moment (an editor's rename-save, a git checkout), an invalid save, a half-typed
   * template or a logo that cannot be used each become a banner above the last good page.
   */
  return (): string => {
    const shown = () => lastGood ?? emptyPage(escapeHtml(id));
    const read = readBounded(file, { maxBytes: maxFileBytes, within: dirname(file) });
    if (!read.ok)
      return withPreviewParts(
        shown(),
        problemBanner('preview-fil-vaek', { fil: file, aarsag: formatMessage(read.code, read.args) }),
        panelWithoutStatus('filen kan ikke læses'),
      );
    const check = checkSource(file, read.bytes, today());
    if (!check.valid) return withPreviewParts(shown(), errorBanner(check), panelWithoutStatus('filen har en fejl, og en fil med fejl kan ikke vurderes'));
    try {
      lastGood = renderDocument(file, id, check.document, { site: false });
    } catch (error) {
      const banner =
        error instanceof UserError
          ? problemBanner(error.code, error.args)
          : problemBanner('uventet-fejl', { detalje: String((error as Error)?.message ?? error).split('\n')[0] ?? '' });
      return withPreviewParts(shown(), banner, compliancePanel(check));
    }
    return withPreviewParts(lastGood, '', compliancePanel(check));
  };
}
