/**
 * The language server's edge: what arrives over stdio is framed, bounded and checked here,
 * before vscode-languageserver sees it. vscode-jsonrpc's own stream reader buffers a header
 * without an end for ever (and slower the longer it gets), and answers every request in
 * every state; a client that misbehaves, or something else written to the server's stdin,
 * must cost neither memory nor a crash, and get the protocol's own answers.
 */
import {
  AbstractMessageReader,
  ErrorCodes,
  MessageType,
  type DataCallback,
  type Disposable,
  type Message,
  type MessageReader,
  type MessageWriter,
} from 'vscode-languageserver/node.js';
import { formatMessage, type Message as Violation } from '../diagnostics/messages.js';
import { maxFileBytes } from '../load.js';

/** A header is `Content-Length` and perhaps `Content-Type`: a few dozen bytes. */
export const maxHeaderBytes = 8 * 1024;
/** The largest file the tool reads, with room for JSON's escapes (a didOpen carries the whole text). */
export const maxMessageBytes = 8 * maxFileBytes;

/** Why a connection is dropped: a message code and its arguments, rendered once, in Danish. */

const headerEnd = Buffer.from('\r\n\r\n');

/** The length a header announces, or why the header is refused. */
function contentLength(header: string): number | Violation {
  const lengths = header
    .split('\r\n')
    .map((line) => /^content-length:\s*(\S*)\s*$/i.exec(line)?.[1])
    .filter((value) => value !== undefined);
  if (lengths.length !== 1 || !/^\d{1,10}$/.test(lengths[0]!)) return { code: 'lsp-header-ugyldig', args: {} };
  const length = Number(lengths[0]);
  return length > maxMessageBytes ? { code: 'lsp-besked-for-stor', args: { bytes: length, max: maxMessageBytes } } : length;
}

/**
 * Reads `Content-Length` framed JSON-RPC messages from a stream, in time linear in what
 * arrives and memory bounded by the caps; anything beyond them is a violation, reported
 * once, after which nothing more is read.
 */
export class BoundedMessageReader extends AbstractMessageReader {
  private header = Buffer.alloc(0);
  private body: { length: number; chunks: Buffer[]; received: number } | undefined;
  private stopped = false;

  constructor(
    private readonly input: NodeJS.ReadableStream,
    private readonly onViolation: (violation: Violation) => void,
  ) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    const onData = (chunk: Buffer) => this.receive(chunk, callback);
    const onEnd = () => this.fireClose();
    const onError = (error: Error) => this.fireError(error);
    this.input.on('data', onData);
    this.input.on('end', onEnd);
    this.input.on('error', onError);
    return {
      dispose: () => {
        this.input.off('data', onData);
        this.input.off('end', onEnd);
        this.input.off('error', onError);
      },
    };
  }

  private stop(violation: Violation): void {
    this.stopped = true;
    this.header = Buffer.alloc(0);
    this.body = undefined;
    this.onViolation(violation);
  }

  private receive(chunk: Buffer, callback: DataCallback): void {
    let rest = chunk;
    while (!this.stopped && rest.length > 0) rest = this.body ? this.readBody(rest, callback) : this.readHeader(rest);
  }

  /** Takes header bytes; searches only what is new (and the three bytes before it) for the blank line. */
  private readHeader(chunk: Buffer): Buffer {
    const from = Math.max(0, this.header.length - 3);
    const combined = this.header.length > 0 ? Buffer.concat([this.header, chunk]) : chunk;
    const end = combined.indexOf(headerEnd, from);
    if (end < 0 || end > maxHeaderBytes) {
      if (end >= 0 || combined.length > maxHeaderBytes + headerEnd.length) this.stop({ code: 'lsp-header-for-lang', args: { max: maxHeaderBytes } });
      else this.header = Buffer.from(combined);
      return Buffer.alloc(0);
    }
    this.header = Buffer.alloc(0);
    const length = contentLength(combined.subarray(0, end).toString('ascii'));
    if (typeof length !== 'number') {
      this.stop(length);
      return Buffer.alloc(0);
    }
    this.body = { length, chunks: [], received: 0 };
    return combined.subarray(end + headerEnd.length);
  }

  private readBody(chunk: Buffer, callback: DataCallback): Buffer {
    const body = this.body!;
    const taken = chunk.subarray(0, body.length - body.received);
    body.chunks.push(taken);
    body.received += taken.length;
    if (body.received === body.length) {
      this.body = undefined;
      const message = parseMessage(Buffer.concat(body.chunks).toString('utf8'));
      if ('code' in message) this.stop(message);
      else callback(message);
    }
    return chunk.subarray(taken.length);
  }
}

function parseMessage(text: string): Message | Violation {
  try {
    const message = JSON.parse(text) as unknown;
    if (message && typeof message === 'object' && !Array.isArray(message) && (message as { jsonrpc?: unknown }).jsonrpc === '2.0') return message as Message;
  } catch {
    // Not JSON: the same answer as JSON that is not a message.
  }
  return { code: 'lsp-besked-ugyldig', args: {} };
}

type Request = { id: number | string; method: string; params?: unknown };
type Notification = { method: string; params?: unknown };
const isRequest = (message: Message): message is Message & Request =>
  'method' in message && 'id' in message && (typeof message.id === 'number' || typeof message.id === 'string');
const isNotification = (message: Message): message is Message & Notification => 'method' in message && !('id' in message);

/** LSP positions are uintegers: 0 to 2³¹ - 1. */
const isUinteger = (value: unknown) => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 2 ** 31 - 1;
const isPosition = (value: unknown) =>
  !!value && typeof value === 'object' && isUinteger((value as { line?: unknown }).line) && isUinteger((value as { character?: unknown }).character);

/** Whether a request's `position` and `range`, where it has them, are positions the protocol allows. */
function positionsValid(params: unknown): boolean {
  if (!params || typeof params !== 'object') return true;
  const { position, range } = params as { position?: unknown; range?: { start?: unknown; end?: unknown } };
  if ('position' in params && !isPosition(position)) return false;
  if ('range' in params && !(range && typeof range === 'object' && isPosition(range.start) && isPosition(range.end))) return false;
  return true;
}

type DocumentParams = { textDocument?: { uri?: unknown; text?: unknown; version?: unknown }; contentChanges?: unknown };

/**
 * Whether an open or a change of a document holds what the protocol says: a uri and a text
 * that are strings, an integer version, and changes whose ranges are of uinteger positions.
 * Anything else would be applied to the server's copy and corrupt it (or throw on the way).
 */
function documentValid(method: string, params: unknown): boolean {
  if (method !== 'textDocument/didOpen' && method !== 'textDocument/didChange') return true;
  const { textDocument, contentChanges } = (params && typeof params === 'object' ? params : {}) as DocumentParams;
  if (typeof textDocument?.uri !== 'string' || !Number.isInteger(textDocument.version)) return false;
  if (method === 'textDocument/didOpen') return typeof textDocument.text === 'string';
  const changes = Array.isArray(contentChanges) ? (contentChanges as unknown[]) : [];
  return changes.length > 0 && changes.every((change) => typeof (change as { text?: unknown })?.text === 'string' && positionsValid(change));
}

/** The uri of a document notification, when it can be named on one line. */
function documentUri(params: unknown): string | undefined {
  const uri = (params as DocumentParams | undefined)?.textDocument?.uri;
  return typeof uri === 'string' && !/\p{Cc}/u.test(uri) ? uri : undefined;
}

/**
 * The protocol's life cycle in front of the server: before `initialize` a request gets
 * ServerNotInitialized and a notification is dropped (except `exit`); after `shutdown`, a
 * request gets InvalidRequest; a position that is no LSP position gets InvalidParams, and an
 * open or change of a document that is not as the protocol says is ignored and logged. What
 * passes reaches the handlers with positions they can clamp to the document.
 */
export class ProtocolGate extends AbstractMessageReader implements MessageReader {
  private state: 'new' | 'running' | 'shut down' = 'new';

  constructor(
    private readonly reader: MessageReader,
    private readonly writer: MessageWriter,
  ) {
    super();
    reader.onError((error) => this.fireError(error));
    reader.onClose(() => this.fireClose());
  }

  /** Whether `shutdown` was requested (an `exit` or the end of input then ends the server with 0). */
  get shutDown(): boolean {
    return this.state === 'shut down';
  }

  listen(callback: DataCallback): Disposable {
    return this.reader.listen((message) => {
      if (isRequest(message)) {
        const refusal = this.refusal(message);
        if (refusal) return void this.writer.write({ jsonrpc: '2.0', id: message.id, error: refusal } as Message);
        if (message.method === 'initialize') this.state = 'running';
        if (message.method === 'shutdown') this.state = 'shut down';
      } else if (isNotification(message)) {
        if (message.method !== 'exit' && this.state !== 'running') return;
        if (!documentValid(message.method, message.params)) return this.ignored(message);
      }
      callback(message);
    });
  }

  /** A document notification the server does not apply, said in one Danish line in the editor's log (a notification has no answer). */
  private ignored({ method, params }: Notification): void {
    const message = `kvalitetsstandard: ${formatMessage('lsp-dokument-ignoreret', { metode: method, uri: documentUri(params) })}`;
    void this.writer.write({ jsonrpc: '2.0', method: 'window/logMessage', params: { type: MessageType.Warning, message } } as Message);
  }

  private refusal(request: Request): { code: number; message: string } | undefined {
    const metode = request.method;
    if (this.state === 'shut down') return { code: ErrorCodes.InvalidRequest, message: formatMessage('lsp-efter-shutdown', { metode }) };
    if (this.state === 'new' && metode !== 'initialize')
      return { code: ErrorCodes.ServerNotInitialized, message: formatMessage('lsp-ikke-startet', { metode }) };
    if (this.state === 'running' && metode === 'initialize') return { code: ErrorCodes.InvalidRequest, message: formatMessage('lsp-allerede-startet', {}) };
    if (!positionsValid(request.params)) return { code: ErrorCodes.InvalidParams, message: formatMessage('lsp-ugyldig-position', {}) };
    return undefined;
  }
}
