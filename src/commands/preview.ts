/**
 * `kvalitetsstandard preview <kommune> [--port N]`: the standard as it will be published,
 * on 127.0.0.1, with its compliance status in a panel. The page reloads itself when the
 * YAML, a template or the stylesheet is saved; every request renders from disk, so the
 * next page after a save has the new text. An invalid save shows the Danish message with
 * line and column above the last good rendering.
 */
import { watch, type FSWatcher } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
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
  // A browser leaves out the port it takes for granted (80 for http).
  const names = port === 80 ? ['127.0.0.1', 'localhost'] : [];
  return host === `127.0.0.1:${port}` || host === `localhost:${port}` || names.includes(host);
}

/**
 * What the preview's HTTP server allows: one person's browser needs a handful of connections
 * (the page, its live-reload stream, a few kept alive), so the caps leave room for many tabs
 * and bound what anything else on the machine can hold open or make the server wait for.
 */
export const previewLimits = {
  /** Connections answered at once, the live-reload streams included; more get 503. */
  connections: 64,
  /** Beyond this many, a connection is closed without an answer (each answered one costs a parse). */
  hardConnections: 256,
  /** The largest request header, in bytes; a larger one gets 431. */
  headerBytes: 8 * 1024,
  /** How long a request's header may take to arrive (a »slowloris« sends it a byte at a time), and the whole request. */
  headerMs: 10_000,
  requestMs: 30_000,
  /** How often Node looks for requests past those times. */
  checkMs: 1_000,
};

const plainText = { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' };

/** A whole HTTP answer written straight to a socket, for what is refused before (or instead of) a request. */
function rawAnswer(status: number, reason: string, text: string): string {
  const body = Buffer.from(`${text}\n`);
  return `HTTP/1.1 ${status} ${reason}\r\nContent-Type: ${plainText['content-type']}\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`;
}

/**
 * The preview's HTTP server around `handle`: bounded connections, header size and time,
 * only GET (and HEAD), and only for this machine's names; each refusal a Danish answer with
 * its status. `port` tells the port the server got, for the Host check.
 */
export function previewHttpServer(
  handle: (request: IncomingMessage, response: ServerResponse) => void,
  port: () => number,
  limits: typeof previewLimits = previewLimits,
): Server {
  const open = new Set<Socket>();
  const beyond = new WeakSet<Socket>();
  const server = createServer(
    { maxHeaderSize: limits.headerBytes, headersTimeout: limits.headerMs, requestTimeout: limits.requestMs, connectionsCheckingInterval: limits.checkMs },
    (request, response) => {
      const refuse = (status: number, text: string, headers: Record<string, string> = {}) => {
        response.writeHead(status, { ...plainText, ...headers });
        response.end(`${text}\n`);
      };
      if (beyond.has(request.socket)) {
        response.shouldKeepAlive = false;
        return refuse(503, formatMessage('preview-optaget', { max: limits.connections }), { 'retry-after': '5' });
      }
      if (!fromThisMachine(request, port())) return refuse(403, formatMessage('preview-forkert-vaert', {}));
      if (request.method !== 'GET' && request.method !== 'HEAD')
        return refuse(405, formatMessage('preview-metode', { metode: request.method ?? '' }), { allow: 'GET, HEAD' });
      return handle(request, response);
    },
  );
  server.maxConnections = limits.hardConnections;
  server.on('connection', (socket: Socket) => {
    if (open.size >= limits.connections) beyond.add(socket);
    else {
      open.add(socket);
      socket.on('close', () => open.delete(socket));
    }
  });
  // What Node would answer in English, or with no words at all: too large a header, too slow a request, no HTTP.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') return void socket.destroy();
    const answer =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? rawAnswer(431, 'Request Header Fields Too Large', formatMessage('preview-header-for-stor', { max: limits.headerBytes }))
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? rawAnswer(408, 'Request Timeout', formatMessage('preview-for-langsom', { sekunder: limits.headerMs / 1000 }))
          : rawAnswer(400, 'Bad Request', formatMessage('preview-ugyldig-forespoergsel', {}));
    socket.end(answer);
  });
  return server;
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
  // Only these two paths, compared as sent: no path reads a file, so none can lead out of a folder.
  const server = previewHttpServer(
    (request, response) => {
      if (request.url === '/') {
        void renderer.page().then((body) => {
          response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
          response.end(body);
        });
        return undefined;
      }
      if (request.url === '/aendringer') {
        response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
        if (request.method === 'HEAD') return void response.end();
        response.write(': forbundet\n\n');
        listeners.add(response);
        request.on('close', () => listeners.delete(response));
        return undefined;
      }
      response.writeHead(404, plainText);
      return response.end(`${formatMessage('preview-ikke-fundet', {})}\n`);
    },
    () => port,
  );

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
