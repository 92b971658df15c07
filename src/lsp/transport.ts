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
import { clientMessage } from './client-text.js';
import { formatMessage, isMessageCode, type MessageArgsByCode, type MessageCode, type Message as Violation } from '../diagnostics/messages.js';
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
 * once, after which nothing more is read. A body within them that is no JSON, or JSON that
 * is no JSON-RPC message, is `onUnreadable`'s to answer, and reading goes on.
 */
export class BoundedMessageReader extends AbstractMessageReader {
  private header = Buffer.alloc(0);
  private body: { length: number; chunks: Buffer[]; received: number } | undefined;
  private stopped = false;

  constructor(
    private readonly input: NodeJS.ReadableStream,
    private readonly onViolation: (violation: Violation) => void,
    private readonly onUnreadable: (unreadable: Unreadable) => void = () => undefined,
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
      if ('kode' in message) this.onUnreadable(message);
      else if ('code' in message) this.stop(message as Violation);
      else callback(message);
    }
    return chunk.subarray(taken.length);
  }
}

/**
 * How deep a message may nest lists and objects. The protocol's own messages go some ten
 * levels; one of 200,000 parsed, and then overflowed the stack of each reader after the
 * parser (the settings, the diagnostics' data, vscode-jsonrpc's own), ending the server with 70.
 */
export const maxMessageDepth = 100;

/** Whether a parsed value nests deeper than `most`, walked without recursion. */
function nestsDeeper(value: unknown, most: number): boolean {
  const open: Array<[unknown, number]> = [[value, 1]];
  for (let next = open.pop(); next; next = open.pop()) {
    const [current, depth] = next;
    if (current === null || typeof current !== 'object') continue;
    if (depth > most) return true;
    for (const child of Object.values(current)) open.push([child, depth + 1]);
  }
  return false;
}

/** A framed body that is no JSON-RPC message: answered (JSON-RPC's error, id null), and the connection goes on. */
export type Unreadable = { code: number; kode: 'lsp-besked-ikke-json' | 'lsp-besked-ikke-jsonrpc'; hvad?: string };

/** What a JSON value that is no JSON-RPC message is, in Danish. */
function whatInstead(value: unknown): string {
  if (Array.isArray(value)) return 'en liste (flere beskeder i én, som LSP ikke bruger)';
  if (value !== null && typeof value === 'object') return 'et objekt uden »jsonrpc«: »2.0«';
  if (typeof value === 'string') return 'en tekst';
  return JSON.stringify(value);
}

function parseMessage(text: string): Message | Violation | Unreadable {
  let message: unknown;
  try {
    message = JSON.parse(text);
  } catch {
    return { code: ErrorCodes.ParseError, kode: 'lsp-besked-ikke-json' };
  }
  // Nesting first: a value nested too deep is dropped before anything walks it.
  if (nestsDeeper(message, maxMessageDepth)) return { code: 'lsp-besked-for-dyb', args: { max: maxMessageDepth } };
  if (!message || typeof message !== 'object' || Array.isArray(message) || (message as { jsonrpc?: unknown }).jsonrpc !== '2.0')
    return { code: ErrorCodes.InvalidRequest, kode: 'lsp-besked-ikke-jsonrpc', hvad: whatInstead(message) };
  return message as Message;
}

type Id = number | string;
type Request = { id: Id; method: string; params?: unknown };
type Notification = { method: string; params?: unknown };
type Response = { id: Id | null; result?: unknown; error?: unknown };

/**
 * The longest string id the server takes. LSP's ids are integers or strings; editors number
 * their requests, or name them with a few dozen characters. Every answer carries its id
 * back, so an id of megabytes would be held and written again.
 */
export const maxIdLength = 256;

/** An id as LSP says (integer or string) that survives the trip back: an integer JSON carries exactly, a string of bounded length. */
const isId = (value: unknown): value is Id =>
  (typeof value === 'string' && value.length <= maxIdLength) || (typeof value === 'number' && Number.isSafeInteger(value));

/** What a value the protocol would not take is, in Danish, for a message naming the field it stood in. */
function described(value: unknown): string {
  if (value === undefined) return 'intet';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'en liste';
  if (typeof value === 'object') return 'et objekt';
  if (typeof value === 'boolean') return `sandhedsværdien ${value}`;
  if (typeof value === 'string') return value.length > maxIdLength ? `en tekst på ${value.length.toLocaleString('da-DK')} tegn` : 'en tekst';
  if (typeof value === 'number' && !Number.isInteger(value)) return `decimaltallet ${value}`;
  if (typeof value === 'number' && !Number.isSafeInteger(value)) return `tallet ${value}, som er for stort til at blive gengivet præcist`;
  if (typeof value === 'number') return `tallet ${value}`;
  return 'en ukendt værdi';
}

const isRequest = (message: Message): message is Message & Request =>
  'method' in message && typeof message.method === 'string' && 'id' in message && isId(message.id);
const isNotification = (message: Message): message is Message & Notification => 'method' in message && typeof message.method === 'string' && !('id' in message);
/**
 * An answer the protocol would take: an id, and a result or an error (a code and a message)
 * but not both; an error's id may be null (the request it answers could not be read).
 */
const isResponse = (message: Message): message is Message & { id: Id | null } => {
  const { id, error } = message as Message & Partial<Response>;
  if ('result' in message === 'error' in message) return false;
  if ('result' in message) return isId(id);
  return (isId(id) || id === null) && isRecord(error) && Number.isInteger(error.code) && typeof error.message === 'string';
};

/** LSP positions are uintegers: 0 to 2³¹ - 1. */
const isUinteger = (value: unknown) => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 2 ** 31 - 1;
const isPosition = (value: unknown) =>
  !!value && typeof value === 'object' && isUinteger((value as { line?: unknown }).line) && isUinteger((value as { character?: unknown }).character);
const isRange = (value: unknown) =>
  !!value && typeof value === 'object' && isPosition((value as { start?: unknown }).start) && isPosition((value as { end?: unknown }).end);
const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);
/** A diagnostic the editor sends back with a code action request: a range and a message, at least. */
const isDiagnostic = (value: unknown) => isRecord(value) && isRange(value.range) && typeof value.message === 'string';

/** Whether a request's `position` and `range`, where it has them, are positions the protocol allows. */
function positionsValid(params: unknown): boolean {
  if (!params || typeof params !== 'object') return true;
  const { position, range } = params as { position?: unknown; range?: unknown };
  if ('position' in params && !isPosition(position)) return false;
  if ('range' in params && !isRange(range)) return false;
  return true;
}

type DocumentParams = { textDocument?: { uri?: unknown; text?: unknown; version?: unknown }; contentChanges?: unknown };

/**
 * Whether an open or a change of a document holds what the protocol says: a uri and a text
 * that are strings, an integer version, and changes whose ranges are of uinteger positions.
 * Anything else would be applied to the server's copy and corrupt it (or throw on the way).
 */
function documentValid(method: string, params: unknown): boolean {
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

/** What is not as the protocol says in a message's params: the field's name, or undefined when all is well. */
type Shape = (params: unknown) => string | undefined;

const anything: Shape = () => undefined;
const object: Shape = (params) => (isRecord(params) ? undefined : 'params');
const textDocument: Shape = (params) =>
  object(params) ??
  (isRecord((params as Record<string, unknown>).textDocument) && typeof (params as { textDocument: { uri?: unknown } }).textDocument.uri === 'string'
    ? undefined
    : 'textDocument.uri');
const at: Shape = (params) => textDocument(params) ?? (isPosition((params as { position?: unknown }).position) ? undefined : 'position');
const field =
  (name: string, valid: (value: unknown) => boolean): Shape =>
  (params) =>
    object(params) ?? (valid((params as Record<string, unknown>)[name]) ? undefined : name);
const both =
  (...shapes: Shape[]): Shape =>
  (params) => {
    for (const shape of shapes) {
      const wrong = shape(params);
      if (wrong) return wrong;
    }
    return undefined;
  };

/**
 * Every request the server answers, with the shape of its params as the protocol says
 * (LSP 3.17): only what the handlers, ours and vscode-languageserver's, read. Any other
 * request gets MethodNotFound, in Danish, here.
 */
const requestShapes: Record<string, Shape> = {
  initialize: both(
    field('processId', (value) => value === undefined || value === null || Number.isInteger(value)),
    field('rootUri', (value) => value === undefined || value === null || typeof value === 'string'),
    field('capabilities', isRecord),
  ),
  shutdown: anything,
  'textDocument/hover': at,
  'textDocument/completion': both(
    at,
    field('context', (value) => value === undefined || isRecord(value)),
  ),
  'textDocument/codeAction': both(
    textDocument,
    field('range', isRange),
    field('context', (value) => isRecord(value) && Array.isArray(value.diagnostics) && value.diagnostics.every(isDiagnostic)),
  ),
  // TextDocuments answers it (with no edits).
  'textDocument/willSaveWaitUntil': textDocument,
};

/**
 * Every notification a handler reads, with the shape of its params. Any other notification
 * is passed on, and the connection drops it without a word, as the protocol allows.
 */
const notificationShapes: Record<string, Shape> = {
  exit: anything,
  initialized: anything,
  '$/cancelRequest': field('id', isId),
  '$/setTrace': field('value', (value) => typeof value === 'string'),
  'textDocument/didOpen': (params) => (documentValid('textDocument/didOpen', params) ? undefined : 'textDocument'),
  'textDocument/didChange': (params) => (documentValid('textDocument/didChange', params) ? undefined : 'textDocument'),
  'textDocument/didClose': textDocument,
  'textDocument/didSave': textDocument,
  'textDocument/willSave': textDocument,
  'workspace/didChangeConfiguration': object,
  'workspace/didChangeWorkspaceFolders': field('event', (value) => isRecord(value) && Array.isArray(value.added) && Array.isArray(value.removed)),
  'window/workDoneProgress/cancel': field('token', isId),
};

/** The shape of a method's params: a method named like an object's own (»__proto__«, »toString«) has none. */
const shapeOf = (shapes: Record<string, Shape>, method: string): Shape | undefined => (Object.hasOwn(shapes, method) ? shapes[method] : undefined);

/** A Danish error the server answers with: the JSON-RPC code kept, the message code in `data.kode`. */
export function danishError<Code extends MessageCode>(
  code: number,
  kode: Code,
  args: MessageArgsByCode[Code],
): { code: number; message: string; data: { kode: Code } } {
  return { code, message: clientMessage(kode, args), data: { kode } };
}

/** JSON-RPC's answer to a body that is no message: id null, as for a request whose id cannot be read. */
export function unreadableAnswer({ code, kode, hvad }: Unreadable): Message {
  const error = kode === 'lsp-besked-ikke-json' ? danishError(code, kode, {}) : danishError(code, kode, { hvad: hvad ?? '' });
  return { jsonrpc: '2.0', id: null, error } as Message;
}

/** Every line the server itself writes to the editor's log begins so; anything else came from vscode-languageserver. */
export const logPrefix = 'kvalitetsstandard: ';

/**
 * The protocol's life cycle in front of the server: before `initialize` a request gets
 * ServerNotInitialized and a notification is dropped (except `exit`); after `shutdown`, a
 * request gets InvalidRequest; a request for a method the server does not have gets
 * MethodNotFound; params that are not as the protocol says get InvalidParams (a position
 * that is no LSP position too), and a notification whose params are not is ignored and
 * logged. All of it in Danish. What passes reaches the handlers with the params they read,
 * positions they can clamp to the document. `output` is the writer for the connection: it
 * says in Danish what vscode-languageserver would say in English.
 */
export class ProtocolGate extends AbstractMessageReader implements MessageReader {
  private state: 'new' | 'running' | 'shut down' = 'new';
  /** The method of each request passed on and not yet answered, for the answer's Danish words. */
  private readonly pending = new Map<Id, string>();
  /** The id of each request the server sent the editor and has no answer to yet: any other answer is the editor's mistake. */
  private readonly awaiting = new Set<Id>();
  readonly output: MessageWriter;

  constructor(
    private readonly reader: MessageReader,
    private readonly writer: MessageWriter,
  ) {
    super();
    reader.onError((error) => this.fireError(error));
    reader.onClose(() => this.fireClose());
    this.output = new DanishWriter(
      writer,
      (id) => {
        const method = this.pending.get(id);
        this.pending.delete(id);
        return method;
      },
      (id) => this.awaiting.add(id),
    );
  }

  /** Whether `shutdown` was requested (an `exit` or the end of input then ends the server with 0). */
  get shutDown(): boolean {
    return this.state === 'shut down';
  }

  listen(callback: DataCallback): Disposable {
    return this.reader.listen((message) => {
      if (this.malformed(message)) return;
      if (isRequest(message)) {
        const refusal = this.refusal(message);
        if (refusal) return void this.writer.write({ jsonrpc: '2.0', id: message.id, error: refusal } as Message);
        if (message.method === 'initialize') this.state = 'running';
        if (message.method === 'shutdown') this.state = 'shut down';
        this.pending.set(message.id, message.method);
      } else if (isNotification(message)) {
        if (message.method !== 'exit' && this.state !== 'running') return;
        const wrong = shapeOf(notificationShapes, message.method)?.(message.params);
        if (wrong) return this.ignored(message, wrong);
      }
      callback(message);
    });
  }

  /**
   * Whether a message is not one JSON-RPC takes, or an answer to nothing the server asked:
   * a request with an id that is no integer or string (or one of megabytes) is answered with
   * InvalidRequest and id null, as JSON-RPC says for an id that cannot be read; a request
   * whose method is no string with InvalidRequest and its id. What has no answer (a
   * notification, an answer, a message that is neither) is said in one Danish line in the log.
   * None of it reaches vscode-jsonrpc, which would log it in English or drop it without a word.
   */
  private malformed(message: Message): boolean {
    const { id, method } = message as Message & { id?: unknown; method?: unknown };
    if ('method' in message) {
      const refuse = (error: ReturnType<typeof danishError>, answerId: Id | null) => void this.writer.write({ jsonrpc: '2.0', id: answerId, error } as Message);
      if ('id' in message && !isId(id)) refuse(danishError(ErrorCodes.InvalidRequest, 'lsp-ugyldigt-id', { hvad: described(id), max: maxIdLength }), null);
      else if (typeof method !== 'string') {
        const error = danishError(ErrorCodes.InvalidRequest, 'lsp-ugyldig-metode', { hvad: described(method) });
        if ('id' in message) refuse(error, id as Id);
        else this.log(error.message);
      } else return false;
      return true;
    }
    if (isResponse(message) && message.id !== null && this.awaiting.delete(message.id)) return false;
    this.log(formatMessage(isResponse(message) ? 'lsp-svar-uden-forespoergsel' : 'lsp-besked-uden-metode', {}));
    return true;
  }

  /** One Danish line in the editor's log. */
  private log(text: string): void {
    void this.writer.write({ jsonrpc: '2.0', method: 'window/logMessage', params: { type: MessageType.Warning, message: `${logPrefix}${text}` } } as Message);
  }

  /** A notification the server does not apply, said in one Danish line in the editor's log (a notification has no answer). */
  private ignored({ method, params }: Notification, felt: string): void {
    const document = method === 'textDocument/didOpen' || method === 'textDocument/didChange';
    this.log(
      document
        ? clientMessage('lsp-dokument-ignoreret', { metode: method, uri: documentUri(params) })
        : clientMessage('lsp-besked-ignoreret', { metode: method, felt }),
    );
  }

  private refusal(request: Request): { code: number; message: string } | undefined {
    const metode = request.method;
    if (this.state === 'shut down') return danishError(ErrorCodes.InvalidRequest, 'lsp-efter-shutdown', { metode });
    if (this.state === 'new' && metode !== 'initialize') return danishError(ErrorCodes.ServerNotInitialized, 'lsp-ikke-startet', { metode });
    if (this.state === 'running' && metode === 'initialize') return danishError(ErrorCodes.InvalidRequest, 'lsp-allerede-startet', {});
    const shape = shapeOf(requestShapes, metode);
    if (!shape) return danishError(ErrorCodes.MethodNotFound, 'lsp-ukendt-metode', { metode });
    if (!positionsValid(request.params)) return danishError(ErrorCodes.InvalidParams, 'lsp-ugyldig-position', {});
    const felt = shape(request.params);
    if (felt) return danishError(ErrorCodes.InvalidParams, 'lsp-ugyldige-parametre', { metode, felt });
    return undefined;
  }
}

/** The Danish error for an answer vscode-languageserver made itself (in English), by its JSON-RPC code. */
function danishAnswer(code: number, metode: string): { code: number; message: string; data: { kode: MessageCode } } {
  if (code === ErrorCodes.MethodNotFound) return danishError(code, 'lsp-ukendt-metode', { metode });
  if (code === ErrorCodes.InvalidParams) return danishError(code, 'lsp-ugyldige-parametre', { metode, felt: 'params' });
  return danishError(code, 'lsp-intern-fejl', { metode });
}

const isOwnError = (error: { data?: unknown }) => isRecord(error.data) && typeof error.data.kode === 'string' && isMessageCode(error.data.kode);

/**
 * What the server writes, with every text vscode-languageserver (or vscode-jsonrpc) makes
 * itself put in Danish: an error answer's message (»Unhandled method …«, »Request … failed
 * with message: …«) by its code, which stays, and a line for the editor's log or a window
 * (»Notification handler … failed …«) as one Danish line. The server's own texts pass as they
 * are: its errors carry their message code in `data.kode`, its lines begin with `logPrefix`.
 * With KVALITETSSTANDARD_DEBUG the English original goes to stderr.
 */
class DanishWriter implements MessageWriter {
  constructor(
    private readonly writer: MessageWriter,
    private readonly methodOf: (id: Id) => string | undefined,
    private readonly asked: (id: Id) => void,
  ) {}

  get onError() {
    return this.writer.onError;
  }

  get onClose() {
    return this.writer.onClose;
  }

  write(message: Message): Promise<void> {
    const { id, method } = message as Message & { id?: unknown; method?: unknown };
    if (method !== undefined && isId(id)) this.asked(id);
    return this.writer.write(this.danish(message));
  }

  end(): void {
    this.writer.end();
  }

  dispose(): void {
    this.writer.dispose();
  }

  private danish(message: Message): Message {
    const answer = message as Message & { id?: Id | null; error?: { code: number; message: string; data?: unknown } };
    if (!('method' in message) && answer.id !== undefined && answer.id !== null) {
      const metode = this.methodOf(answer.id) ?? '?';
      if (!answer.error || isOwnError(answer.error)) return message;
      debugDetail(answer.error.message);
      return { ...answer, error: danishAnswer(answer.error.code, metode) } as Message;
    }
    const notification = message as Message & Notification;
    if (notification.method !== 'window/logMessage' && notification.method !== 'window/showMessage') return message;
    const params = notification.params as { type?: number; message?: unknown } | undefined;
    if (typeof params?.message === 'string' && params.message.startsWith(logPrefix)) return message;
    debugDetail(String(params?.message));
    return { ...notification, params: { ...params, message: `${logPrefix}${formatMessage('lsp-besked-ikke-behandlet', {})}` } } as Message;
  }
}

/** English details (the library's text, a bug's stack) for a developer who asked for them with KVALITETSSTANDARD_DEBUG: on stderr, which the editor's log shows. */
export function debugDetail(detail: unknown): void {
  if (process.env.KVALITETSSTANDARD_DEBUG) process.stderr.write(`kvalitetsstandard (debug): ${(detail as Error)?.stack ?? String(detail)}\n`);
}
