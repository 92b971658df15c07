/**
 * `kvalitetsstandard preview <kommune> [--port N]`: the standard as it will be published,
 * on 127.0.0.1, with its compliance status in a panel. The page reloads itself when the
 * YAML, a template or the stylesheet is saved; every request renders from disk, so the
 * next page after a save has the new text. An invalid save shows the Danish message with
 * line and column above the last good rendering.
 */
import { existsSync, readFileSync, watch, type FSWatcher } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { basename, dirname, join } from 'node:path';
import { checkSource, today, type FileCheck } from '../check/run.js';
import { formatMessage } from '../diagnostics/messages.js';
import { municipalityId, resolveFileArguments } from '../files.js';
import { LogoError, renderDocument } from '../render/html.js';
import { clearTemplateCache, templatesDir } from '../render/templates.js';
import { countStatuses, findingMessage } from '../report/compliance.js';
import { sourcesHtml } from '../report/sources-html.js';
import { diagnosticToJson } from '../report/diagnostics.js';
import { html, SafeHtml } from '../report/html.js';
import { UsageError, type CommandContext } from '../usage.js';

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
<ul>${open.map((finding) => html`<li><strong>${finding.requirement.id} ${finding.requirement.title}: ${finding.status}.</strong> ${findingMessage(finding)} (linje ${finding.span.start.line})${sourcesHtml(finding, true)}</li>`)}</ul>
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

/** Adds the preview's own parts to a published page: styles, banner, panel and reload. */
function withPreviewParts(page: string, top: SafeHtml | string, bottom: SafeHtml | string): string {
  return page
    .replace('</head>', `<style>${panelStyles}</style>\n</head>`)
    .replace(/<body>\n?/, (body) => `${body}${top}\n`)
    .replace('</body>', `${bottom}\n${reloadScript}\n</body>`);
}

const emptyPage = (title: string) =>
  `<!doctype html>\n<html lang="da">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n</head>\n<body>\n<main><h1>${title}</h1></main>\n</body>\n</html>\n`;

export async function runPreview({ positionals, options }: CommandContext): Promise<number> {
  if (positionals.length !== 1) throw new UsageError('preview-mangler-kommune');
  const [file] = resolveFileArguments(positionals) as [string];
  if (!existsSync(file)) throw new UsageError('fil-findes-ikke-argument', { fil: file });
  const port = options.port === undefined ? 4173 : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('ugyldig-port', { vaerdi: String(options.port) });
  const id = municipalityId(file);
  let lastGood: string | undefined;

  const page = (): string => {
    const check = checkSource(file, readFileSync(file), today());
    if (!check.valid) return withPreviewParts(lastGood ?? emptyPage(id), errorBanner(check), '');
    try {
      lastGood = renderDocument(file, id, check.document, { site: false });
    } catch (error) {
      if (!(error instanceof LogoError)) throw error;
      const problem = html`<section class="forhaandsvisning-fejl" role="alert"><p>${formatMessage('logo-findes-ikke', { logo: error.logo })}</p></section>`;
      return withPreviewParts(lastGood ?? emptyPage(id), problem, compliancePanel(check));
    }
    return withPreviewParts(lastGood, '', compliancePanel(check));
  };

  const listeners = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    if (request.method === 'GET' && request.url === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      return response.end(page());
    }
    if (request.method === 'GET' && request.url === '/aendringer') {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      response.write(': forbundet\n\n');
      listeners.add(response);
      request.on('close', () => listeners.delete(response));
      return undefined;
    }
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    return response.end('Siden findes ikke. Forhåndsvisningen er på /.\n');
  });

  // Watch folders rather than files: editors often save by replacing the file.
  let pending: NodeJS.Timeout | undefined;
  const changed = () => {
    clearTimeout(pending);
    pending = setTimeout(() => {
      clearTemplateCache();
      for (const listener of listeners) listener.write('data: opdateret\n\n');
    }, 50);
  };
  const own = join(dirname(file), 'skabeloner', id);
  const watchers: FSWatcher[] = [
    watch(dirname(file), (_event, name) => name === basename(file) && changed()),
    watch(templatesDir, { recursive: true }, changed),
    ...(existsSync(own) ? [watch(own, changed)] : []),
  ];

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  }).catch((error: NodeJS.ErrnoException) => {
    for (const watcher of watchers) watcher.close();
    throw error.code === 'EADDRINUSE' ? new UsageError('port-optaget', { port }) : error;
  });
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/`;
  process.stdout.write(`${formatMessage('preview-klar', { kommune: id, url })}\n`);

  return new Promise<number>((resolve) => {
    const stop = () => {
      clearTimeout(pending);
      for (const watcher of watchers) watcher.close();
      for (const listener of listeners) listener.end();
      server.closeAllConnections();
      server.close(() => {
        process.stdout.write(`${formatMessage('preview-stoppet', {})}\n`);
        resolve(0);
      });
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
