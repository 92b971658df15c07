/**
 * `kvalitetsstandard preview <kommune> [--port N]`: the standard as it will be published,
 * on 127.0.0.1, with its compliance status in a panel. The page reloads itself when the
 * YAML, a template or the stylesheet is saved; every request renders from disk, so the
 * next page after a save has the new text. An invalid save shows the Danish message with
 * line and column above the last good rendering.
 */
import { watch, type FSWatcher } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { dirname } from 'node:path';
import { Worker } from 'node:worker_threads';
import { formatMessage } from '../diagnostics/messages.js';
import { municipalityId, resolveOneFile } from '../files.js';
import { builtInTemplate, templatesDir } from '../render/templates.js';
import { escapeHtml } from '../render/safe-html.js';
import { UsageError, UserError, type CommandContext } from '../usage.js';
import { emptyPage, problemBanner, withPreviewParts } from './preview-page.js';
import { loadRegulationFolders, regulationFolders } from './regulation-folders.js';

/**
 * Renders pages on a worker thread, one request at a time, so the server and Ctrl-C never
 * wait for a rendering. A worker that dies (it should not) is replaced; its requests get a banner.
 */
class PageRenderer {
  private worker: Worker | undefined;
  private readonly waiting = new Map<number, (page: string) => void>();
  private next = 0;
  /** Settles when the worker has loaded the renderer. */
  readonly ready: Promise<void>;
  private markReady: () => void = () => undefined;

  constructor(
    private readonly file: string,
    private readonly id: string,
    private readonly regulationDirs: readonly string[] = [],
  ) {
    this.ready = new Promise((resolve) => (this.markReady = resolve));
    this.start();
  }

  private start(): Worker {
    const worker = new Worker(new URL('./preview-worker.js', import.meta.url), {
      workerData: { file: this.file, id: this.id, regulationDirs: this.regulationDirs },
    });
    worker.on('message', (message: { ready?: true; request: number; page: string }) => {
      if (message.ready) return this.markReady();
      this.waiting.get(message.request)?.(message.page);
      this.waiting.delete(message.request);
    });
    worker.on('error', (error) => this.failed(error));
    worker.on('exit', () => {
      this.markReady();
      if (this.worker === worker) this.worker = undefined;
      this.failed(new Error('worker stopped'));
    });
    this.worker = worker;
    return worker;
  }

  private failed(error: unknown): void {
    const banner = problemBanner('uventet-fejl', { detalje: String((error as Error)?.message ?? error).split('\n')[0] ?? '' });
    for (const [request, resolve] of this.waiting) {
      resolve(withPreviewParts(emptyPage(escapeHtml(this.id)), banner, ''));
      this.waiting.delete(request);
    }
  }

  page(): Promise<string> {
    const request = (this.next += 1);
    return new Promise((resolve) => {
      this.waiting.set(request, resolve);
      (this.worker ?? this.start()).postMessage({ request });
    });
  }

  changed(): void {
    this.worker?.postMessage({ changed: true });
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }
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

export async function runPreview({ positionals, options }: CommandContext): Promise<number> {
  if (positionals.length !== 1) throw new UsageError('preview-mangler-kommune', {});
  const file = resolveOneFile(positionals[0]!);
  const requestedPort = portOption(options.port);
  const id = municipalityId(file);
  let port = requestedPort;

  const regulationDirs = regulationFolders(options['regelsaet-mappe']);
  await loadRegulationFolders(regulationDirs);
  // The tool's own templates are watched below: a missing templates/ is named now, not a failed watch.
  builtInTemplate('layout.hbs');
  const renderer = new PageRenderer(file, id, regulationDirs);

  const listeners = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    if (!fromThisMachine(request, port)) {
      response.writeHead(421, { 'content-type': 'text/plain; charset=utf-8' });
      return response.end(`${formatMessage('preview-forkert-vaert', {})}\n`);
    }
    if (request.method === 'GET' && request.url === '/') {
      void renderer.page().then((body) => {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        response.end(body);
      });
      return undefined;
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
      renderer.changed();
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
  }).catch(async (error: NodeJS.ErrnoException) => {
    for (const watcher of watchers) watcher.close();
    // A worker left running would keep the process from exiting with the message.
    await renderer.stop();
    if (error.code === 'EADDRINUSE') throw new UsageError('port-optaget', { port: requestedPort });
    if (error.code === 'EACCES' || error.code === 'EPERM') throw new UsageError('port-adgang', { port: requestedPort });
    throw new UserError('kan-ikke-skrive', { fil: `http://127.0.0.1:${requestedPort}/`, detalje: error.code ?? String(error) });
  });
  // The URL is printed once the renderer has loaded, so the first page comes as fast as any.
  await renderer.ready;
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : requestedPort;
  const url = `http://127.0.0.1:${port}/`;
  process.stdout.write(`${formatMessage('preview-klar', { kommune: id, url })}\n`);

  return new Promise<number>((resolve) => {
    const stop = () => {
      clearTimeout(pending);
      void renderer.stop();
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
