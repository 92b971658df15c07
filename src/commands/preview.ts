/**
 * `kvalitetsstandard preview <kommune> [--port N]`: the standard as it will be published,
 * on 127.0.0.1, with its compliance status in a panel. The page reloads itself when the
 * YAML, a template or the stylesheet is saved; every request renders from disk, so the
 * next page after a save has the new text. An invalid save shows the Danish message with
 * line and column above the last good rendering.
 */
import { existsSync, watch, type FSWatcher } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { dirname } from 'node:path';
import { checkSource, today, type FileCheck } from '../check/run.js';
import { formatMessage, type MessageArgs, type MessageCode } from '../diagnostics/messages.js';
import { municipalityId, readBounded, resolveFileArguments } from '../files.js';
import { maxFileBytes } from '../load.js';
import { renderDocument } from '../render/html.js';
import { clearTemplateCache, templatesDir } from '../render/templates.js';
import { countStatuses, findingMessage } from '../report/compliance.js';
import { sourcesHtml } from '../report/sources-html.js';
import { diagnosticToJson } from '../report/diagnostics.js';
import { escapeHtml, html, SafeHtml } from '../report/html.js';
import { UsageError, UserError, type CommandContext } from '../usage.js';

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

function problemBanner(code: MessageCode, args: MessageArgs): SafeHtml {
  return html`<section class="forhaandsvisning-fejl" role="alert"><p>${formatMessage(code, args)}</p></section>`;
}

/**
 * Adds the preview's own parts to a published page: styles, banner, panel and reload.
 * Function replacers, so text in the parts (»$`« in a finding) is never read as a pattern.
 */
function withPreviewParts(page: string, top: SafeHtml | string, bottom: SafeHtml | string): string {
  return page
    .replace('</head>', () => `<style>${panelStyles}</style>\n</head>`)
    .replace(/<body[^>]*>\n?/, (body) => `${body}${top}\n`)
    .replace('</body>', () => `${bottom}\n${reloadScript}\n</body>`);
}

/** »--port« as a person writes it: decimal digits only (no »0x10«, »1e3«, » 80« or »«), 0-65535. */
export function portOption(value: unknown): number {
  if (value === undefined) return 4173;
  const port = /^\d{1,5}$/.test(String(value)) ? Number(value) : Number.NaN;
  if (!(port >= 0 && port <= 65535)) throw new UsageError('ugyldig-port', { vaerdi: String(value) });
  return port;
}

/** Only requests addressed to this server by name: a DNS-rebinding page in the browser sends its own Host. */
function fromThisMachine(request: IncomingMessage, port: number): boolean {
  const host = (request.headers.host ?? '').toLowerCase();
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

const emptyPage = (title: string) =>
  `<!doctype html>\n<html lang="da">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n</head>\n<body>\n<main><h1>${title}</h1></main>\n</body>\n</html>\n`;

export async function runPreview({ positionals, options }: CommandContext): Promise<number> {
  if (positionals.length !== 1) throw new UsageError('preview-mangler-kommune');
  const [file] = resolveFileArguments(positionals) as [string];
  if (!existsSync(file)) throw new UsageError('fil-findes-ikke-argument', { fil: file });
  const requestedPort = portOption(options.port);
  const id = municipalityId(file);
  let lastGood: string | undefined;
  let port = requestedPort;

  /**
   * The page as it is on disk now. Nothing in it may stop the server: a file gone for a
   * moment (an editor's rename-save, a git checkout), an invalid save, a half-typed
   * template or a logo that cannot be used each become a banner above the last good page.
   */
  const page = (): string => {
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

  const listeners = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    if (!fromThisMachine(request, port)) {
      response.writeHead(421, { 'content-type': 'text/plain; charset=utf-8' });
      return response.end(`${formatMessage('preview-forkert-vaert', {})}\n`);
    }
    if (request.method === 'GET' && request.url === '/') {
      let body: string;
      try {
        body = page();
      } catch (error) {
        body = withPreviewParts(emptyPage(escapeHtml(id)), problemBanner('uventet-fejl', { detalje: String((error as Error)?.message ?? error).split('\n')[0] }), '');
      }
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      return response.end(body);
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
  // The municipality's folder, recursively: its YAML, logo and own templates (skabeloner/<kommune>/, also when made later).
  const watchers: FSWatcher[] = [watch(dirname(file), { recursive: true }, changed), watch(templatesDir, { recursive: true }, changed)];
  // A watched folder that disappears or cannot be read ends the watching, not the server.
  for (const watcher of watchers) watcher.on('error', () => undefined);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(requestedPort, '127.0.0.1', resolve);
  }).catch((error: NodeJS.ErrnoException) => {
    for (const watcher of watchers) watcher.close();
    if (error.code === 'EADDRINUSE') throw new UsageError('port-optaget', { port: requestedPort });
    if (error.code === 'EACCES' || error.code === 'EPERM') throw new UsageError('port-adgang', { port: requestedPort });
    throw new UserError('kan-ikke-skrive', { fil: `http://127.0.0.1:${requestedPort}/`, detalje: error.code ?? String(error) });
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : requestedPort;
  const url = `http://127.0.0.1:${port}/`;
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
    // A second Ctrl-C stops at once, whatever the first is waiting for.
    const signalled = (signal: NodeJS.Signals) => {
      if (stopping) process.exit(signal === 'SIGINT' ? 130 : 143);
      stopping = true;
      stop();
    };
    let stopping = false;
    process.on('SIGINT', signalled);
    process.on('SIGTERM', signalled);
  });
}
