/**
 * The preview's page: the standard as it is on disk now, with the preview's banner, panel
 * and reload script. Runs on a worker thread (./preview-worker.ts), so however long a
 * rendering takes, the server keeps answering and Ctrl-C stops it at once.
 */
import { dirname } from 'node:path';
import { checkSource, today, type FileCheck } from '../check/run.js';
import { formatMessage, type MessageArgs, type MessageCode } from '../diagnostics/messages.js';
import { readBounded } from '../files.js';
import { maxFileBytes } from '../load.js';
import { renderDocument } from '../render/html.js';
import { countStatuses, findingMessage, statusWithCertainty } from '../report/compliance.js';
import { sourcesHtml } from '../report/sources-html.js';
import { diagnosticToJson } from '../report/diagnostics.js';
import { escapeHtml, html, SafeHtml } from '../report/html.js';
import { UserError } from '../usage.js';

const panelStyles = `
.forhaandsvisning { position: sticky; bottom: 0; z-index: 10; background: #fff; border-top: 3px solid #004b87; padding: .5rem 1.25rem; font-size: .9rem; box-shadow: 0 -2px 8px rgba(0,0,0,.15); max-height: 40vh; overflow: auto; }
.forhaandsvisning summary { cursor: pointer; font-weight: 600; }
.forhaandsvisning ul { margin: .5rem 0; padding-left: 1.25rem; }
.forhaandsvisning .grundlag { color: #3d3d3d; font-size: .85rem; }
.forhaandsvisning-fejl { background: #fbe9eb; border: 2px solid #b0001e; color: #1a1a1a; padding: 1rem 1.25rem; margin: 0; }
.forhaandsvisning-fejl h2 { margin: 0 0 .5rem; font-size: 1.25rem; border: 0; }
`;

/** Reloads the page when the server says a watched file changed. */
const reloadScript = `<script>new EventSource('/aendringer').onmessage = () => location.reload();</script>`;

function compliancePanel(check: FileCheck & { valid: true }): SafeHtml {
  const counts = countStatuses(check.findings);
  // What is not met, and what is met only under another heading (worth marking with daekker).
  const open = check.findings.filter((finding) => finding.status !== 'opfyldt' || finding.sources?.some((source) => source.how === 'fundet'));
  return html`<aside class="forhaandsvisning" aria-label="Compliance-status">
<details${open.length > 0 ? new SafeHtml(' open') : ''}>
<summary>Compliance pr. ${check.date}: ${counts.opfyldt} opfyldt, ${counts.delvist} delvist, ${counts.mangler} mangler, ${counts['kan ikke vurderes']} kan ikke vurderes</summary>
<ul>${open.map((finding) => html`<li><strong>${finding.requirement.id} ${finding.requirement.title}: ${statusWithCertainty(finding)}.</strong> ${findingMessage(finding)} (linje ${finding.span.start.line})${sourcesHtml(finding, true)}</li>`)}</ul>
</details>
</aside>`;
}

function errorBanner(check: FileCheck & { valid: false }): SafeHtml {
  return html`<section class="forhaandsvisning-fejl" role="alert" aria-labelledby="forhaandsvisning-fejl">
<h2 id="forhaandsvisning-fejl">Filen kan ikke vises, før fejlen er rettet</h2>
<p>Herunder ses den seneste gyldige udgave. Ret dette i ${check.file}:</p>
<ul>${check.diagnostics.map((diagnostic) => {
    const json = diagnosticToJson(diagnostic);
    return html`<li>${json.linje ? `Linje ${json.linje}, kolonne ${json.kolonne}: ` : ''}${json.besked}</li>`;
  })}</ul>
</section>`;
}

export function problemBanner(code: MessageCode, args: MessageArgs): SafeHtml {
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
    .replace('</body>', () => `${bottom}\n${reloadScript}\n</body>`);
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
    if (!read.ok) return withPreviewParts(shown(), problemBanner('preview-fil-vaek', { fil: file, aarsag: formatMessage(read.code, read.args) }), '');
    const check = checkSource(file, read.bytes, today());
    if (!check.valid) return withPreviewParts(shown(), errorBanner(check), '');
    try {
      lastGood = renderDocument(file, id, check.document, { site: false });
    } catch (error) {
      const banner =
        error instanceof UserError
          ? problemBanner(error.code, error.args)
          : problemBanner('uventet-fejl', { detalje: String((error as Error)?.message ?? error).split('\n')[0] });
      return withPreviewParts(shown(), banner, compliancePanel(check));
    }
    return withPreviewParts(lastGood, '', compliancePanel(check));
  };
}
