/**
 * `kvalitetsstandard lsp`: the language server. It keeps the open municipality files in
 * memory and, a moment after the last keystroke, runs the same load, validate and check as
 * the command line on the file's text, publishing Danish diagnostics. Every request works on
 * one document's text only, so none waits for the rest of the project.
 */
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  ErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  ProposedFeatures,
  StreamMessageWriter,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeActionParams,
  type CompletionParams,
  type Connection,
  type DidChangeConfigurationParams,
  type Diagnostic as LspDiagnostic,
  type HoverParams,
  type InitializeParams,
  type Position,
  type Range,
} from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { formatMessage } from '../diagnostics/messages.js';
import { clientMessage } from './client-text.js';
import { today } from '../dates.js';
import { useRegulationFolders } from '../regulations/runtime.js';
import { formatDiagnostic } from '../report/diagnostics.js';
import { styleOf } from '../report/terminal.js';
import { codeActions } from './code-actions.js';
import { completions } from './completion.js';
import { boundedDocuments, maxDocumentLength, maxHeldLength } from './documents.js';
import { analyze, type AnalysisSettings, complianceLevels } from './diagnostics.js';
import { hover } from './hover.js';
import { completionsWithLineBreak, lineBreakOf } from './line-breaks.js';
import { ownCompletions, ownHover } from './own-requirements.js';
import { isOwnRequirementsFile, ownRequirementsFileOf } from '../files.js';
import { type ClientSettings, readSettings } from './settings.js';
import { BoundedMessageReader, debugDetail, logPrefix, ProtocolGate, unreadableAnswer } from './transport.js';

/**
 * An edit after a pause is checked at once; edits that follow it within this pause (a
 * paste, an undo, fast typing) are checked once, this long after the last of them.
 */
export const debounceMs = 20;

export type { ClientSettings } from './settings.js';

function fileOf(uri: string): string {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
  } catch {
    return uri;
  }
}

/**
 * The connection over stdio, behind the bounded reader and the protocol gate. A body that is
 * no JSON-RPC message is answered with JSON-RPC's error (id null). A client that breaks the
 * framing is dropped: the reason goes to stderr (an editor shows it in the
 * server's log) and the server ends with exit code 1, as after an `exit` without `shutdown`.
 */
function stdioConnection(): Connection {
  const writer = new StreamMessageWriter(process.stdout);
  const reader = new BoundedMessageReader(
    process.stdin,
    ({ code, args }) => {
      process.stderr.write(`kvalitetsstandard: ${formatMessage(code, args)}\n`, () => process.exit(1));
    },
    (unreadable) => void writer.write(unreadableAnswer(unreadable)),
  );
  const gate = new ProtocolGate(reader, writer);
  // The end of input ends the server, as vscode-languageserver does for a stream of its own.
  process.stdin.on('end', () => process.exit(gate.shutDown ? 0 : 1));
  return createConnection(ProposedFeatures.all, gate, gate.output);
}

/**
 * A request handler whose bug is answered in Danish (InternalError, the message code in
 * `data.kode`) instead of vscode-languageserver's »Request … failed with message: …«: the
 * ResponseError thrown here is what the connection answers with.
 */
export function answering<P, R>(metode: string, handler: (params: P) => R): (params: P) => R {
  return (params) => {
    try {
      return handler(params);
    } catch (error) {
      debugDetail(error);
      const uri = (params as { textDocument?: { uri?: unknown } }).textDocument?.uri;
      const kode = 'lsp-intern-fejl';
      throw new ResponseError(ErrorCodes.InternalError, clientMessage(kode, { metode, uri: typeof uri === 'string' ? uri : undefined }), { kode });
    }
  };
}

/** A position the gate let through (uintegers), clamped to the document as the protocol says: past a line's end is its end. */
const within = (document: TextDocument, position: Position): Position => document.positionAt(document.offsetAt(position));
const rangeWithin = (document: TextDocument, range: Range): Range => ({ start: within(document, range.start), end: within(document, range.end) });

export function startServer(connection: Connection = stdioConnection()): void {
  const held = boundedDocuments((refusal, uri) =>
    connection.console.warn(`${logPrefix}${clientMessage(refusal, { uri, max: maxDocumentLength, alt: maxHeldLength })}`),
  );
  const documents = new TextDocuments(held);
  /** An open document the server serves: one opened past the budget of all is not (its text is not held). */
  const served = (uri: string) => (held.refused(uri) ? undefined : documents.get(uri));
  let settings: ClientSettings = {};
  const timers = new Map<string, NodeJS.Timeout>();

  const analysisSettings = (): AnalysisSettings => ({ compliance: settings.compliance ?? complianceLevels[0], date: settings.dato ?? today() });

  /** When each document last changed or was last checked: edits closer than the pause to either are a burst. */
  const lastActivity = new Map<string, number>();

  /**
   * The data of the diagnostics last published for each document, as JSON. A code action acts
   * only on data found here: the client sends it back, and data it made up or changed (a range
   * of lines to uncomment in the hundreds of millions, a negative indentation) would hang the
   * server, or make edits outside the document, or be answered as a bug of the server's own.
   */
  const publishedData = new Map<string, Set<string>>();
  const isPublished = (uri: string, { data }: LspDiagnostic) => data === undefined || publishedData.get(uri)?.has(JSON.stringify(data)) === true;

  /**
   * A notification's handler whose bug is said in one Danish line in the editor's log (the
   * user reads it; a stack trace helps no one there) instead of vscode-languageserver's
   * »Notification handler … failed with message: …«.
   */
  const noting =
    <P>(metode: string, handler: (params: P) => void, uriOf: (params: P) => string | undefined = () => undefined) =>
    (params: P): void => {
      try {
        handler(params);
      } catch (error) {
        debugDetail(error);
        connection.console.error(`${logPrefix}${clientMessage('lsp-intern-fejl', { metode, uri: uriOf(params) })}`);
      }
    };

  const publish = noting(
    'textDocument/publishDiagnostics',
    (document: TextDocument) => {
      timers.delete(document.uri);
      try {
        const diagnostics = analyze(document.uri, fileOf(document.uri), document.getText(), analysisSettings(), openText);
        publishedData.set(document.uri, new Set(diagnostics.map(({ data }) => JSON.stringify(data))));
        void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
      } finally {
        lastActivity.set(document.uri, performance.now());
      }
    },
    (document) => document.uri,
  );

  const schedule = (document: TextDocument, delay: number) => {
    clearTimeout(timers.get(document.uri));
    timers.set(
      document.uri,
      setTimeout(() => {
        const current = served(document.uri);
        if (current) publish(current);
      }, delay),
    );
  };

  /**
   * Reads the settings and loads the regulation folders not loaded yet; a setting that cannot
   * be used (it is then at its default) and what is wrong in a folder (at its file and line)
   * are shown to the user in Danish.
   */
  let workspaceRoot: string | undefined;
  const useSettings = (value: unknown) => {
    const read = readSettings(value, settings);
    settings = read.settings;
    // A relative folder is the workspace's: the editor starts the server wherever it likes.
    const folders = (settings.regelsaetMapper ?? []).map((folder) => (workspaceRoot ? resolve(workspaceRoot, folder) : folder));
    // A notification, not showWarningMessage's request: allowed while initializing, and nothing to answer.
    const show = (type: MessageType, text: string) => void connection.sendNotification(ShowMessageNotification.type, { type, message: `${logPrefix}${text}` });
    for (const { code, args } of read.problems) show(MessageType.Warning, formatMessage(code, args));
    for (const problem of useRegulationFolders(folders)) show(MessageType.Error, formatDiagnostic(problem, undefined, styleOf(false)));
  };

  connection.onInitialize(
    answering('initialize', (params: InitializeParams) => {
      workspaceRoot = params.rootUri?.startsWith('file:') ? fileOf(params.rootUri) : undefined;
      useSettings(params.initializationOptions);
      return {
        capabilities: {
          textDocumentSync: TextDocumentSyncKind.Incremental,
          completionProvider: { triggerCharacters: [' ', '-', '[', ',', "'", '§'] },
          hoverProvider: true,
          codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        },
        serverInfo: { name: 'kvalitetsstandard' },
      };
    }),
  );

  connection.onDidChangeConfiguration(
    noting('workspace/didChangeConfiguration', (change: DidChangeConfigurationParams) => {
      useSettings(change.settings);
      for (const document of documents.all()) schedule(document, 0);
    }),
  );

  // A kommune's own requirements (`.krav.yml`) have their own format.
  const ownFile = (uri: string) => isOwnRequirementsFile(basename(fileOf(uri)));
  /** A file's text as the editor holds it, when it is open. */
  const openText = (file: string) =>
    documents
      .all()
      .find((document) => fileOf(document.uri) === file)
      ?.getText();
  /** A `.krav.yml` edited (or closed: back to the saved one): its municipality file, if open, is judged again. */
  const ownChanged = (document: TextDocument) => {
    if (!ownFile(document.uri)) return;
    const krav = fileOf(document.uri);
    for (const other of documents.all()) if (ownRequirementsFileOf(fileOf(other.uri)) === krav && other.uri !== document.uri) schedule(other, debounceMs);
  };

  const byDocument = ({ document }: { document: TextDocument }) => document.uri;
  documents.onDidOpen(noting('textDocument/didOpen', ({ document }) => schedule(document, 0), byDocument));
  documents.onDidChangeContent(
    noting(
      'textDocument/didChange',
      ({ document }) => {
        ownChanged(document);
        const now = performance.now();
        // Edits that queued up during a check are a burst too, however far apart they are handled.
        const quiet = now - (lastActivity.get(document.uri) ?? -Infinity) > debounceMs && !timers.has(document.uri);
        lastActivity.set(document.uri, now);
        schedule(document, quiet ? 0 : debounceMs);
      },
      byDocument,
    ),
  );
  documents.onDidClose(
    noting(
      'textDocument/didClose',
      ({ document }) => {
        ownChanged(document);
        clearTimeout(timers.get(document.uri));
        timers.delete(document.uri);
        lastActivity.delete(document.uri);
        publishedData.delete(document.uri);
        held.closed(document.uri);
        void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
      },
      byDocument,
    ),
  );

  connection.onCompletion(
    answering('textDocument/completion', ({ textDocument, position }: CompletionParams) => {
      const document = served(textDocument.uri);
      if (!document) return [];
      const text = document.getText();
      return completionsWithLineBreak((ownFile(textDocument.uri) ? ownCompletions : completions)(text, within(document, position)), lineBreakOf(text));
    }),
  );
  connection.onHover(
    answering('textDocument/hover', ({ textDocument, position }: HoverParams) => {
      const document = served(textDocument.uri);
      if (!document) return null;
      return (ownFile(textDocument.uri) ? ownHover : hover)(document.getText(), within(document, position));
    }),
  );
  connection.onCodeAction(
    answering('textDocument/codeAction', ({ textDocument, context, range }: CodeActionParams) => {
      const document = served(textDocument.uri);
      if (!document) return [];
      // The client's diagnostics may be from before its last edit, so their ranges too may lie past the text.
      const diagnostics = context.diagnostics
        .filter((diagnostic) => isPublished(textDocument.uri, diagnostic))
        .map((diagnostic) => ({ ...diagnostic, range: rangeWithin(document, diagnostic.range) }));
      return codeActions(textDocument.uri, document, diagnostics, {
        file: fileOf(textDocument.uri),
        range: rangeWithin(document, range),
        date: analysisSettings().date,
      });
    }),
  );

  documents.listen(connection);
  connection.listen();
}
