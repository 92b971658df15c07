/**
 * The server's copies of the open documents, bounded each and together. A didOpen is bounded
 * by the message cap, but changes could grow a document without end (each under the cap):
 * past V8's longest string the server stopped answering, at full CPU. And a client could open
 * documents without end: at a few hundred of 15 MB the server died out of memory, with V8's
 * native stack trace in the editor's log. Changes that would make a document longer than one
 * message can carry are not applied; a document opened past the budget of all is held
 * without its text and served nothing; each is said in the log.
 */
import type { TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { maxMessageBytes } from './transport.js';

/** The longest text the server holds for a document, in UTF-16 units: what one didOpen can carry. */
export const maxDocumentLength = maxMessageBytes;
/** The most text the server holds for all open documents together: eight of the longest (an editor holds a few short ones). */
export const maxHeldLength = 8 * maxDocumentLength;

/** Why a document's text is not held as the client sent it. */
export type Refusal = 'lsp-dokument-for-stort' | 'lsp-for-mange-dokumenter';

export interface BoundedDocuments extends TextDocumentsConfiguration<TextDocument> {
  /** Whether a document was opened past the budget: its text is not held, and nothing is answered on it. */
  refused(uri: string): boolean;
  /** A document closed: its text no longer counts. */
  closed(uri: string): void;
}

/** The text replaced by a change, in UTF-16 units, where the document stands before it. */
function replacedLength(document: TextDocument, change: TextDocumentContentChangeEvent): number {
  if (!('range' in change)) return document.getText().length;
  return Math.abs(document.offsetAt(change.range.end) - document.offsetAt(change.range.start));
}

/**
 * The changes applied to a copy, one after the other (each applies to the text the changes
 * before it left), or undefined as soon as the copy would be longer than `most`.
 */
function appliedWithin(document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number, most: number): TextDocument | undefined {
  const copy = TextDocument.create(document.uri, document.languageId, document.version, document.getText());
  for (const change of changes) {
    if (copy.getText().length + change.text.length - replacedLength(copy, change) > most) return undefined;
    TextDocument.update(copy, [change], version);
  }
  return copy;
}

/**
 * The documents' configuration for TextDocuments: as TextDocument's own, within the limits
 * above; `refusing` is told each refusal. Changes whose texts fit even if they replaced
 * nothing (every edit typed or pasted) are applied at once; others are measured on a copy.
 */
export function boundedDocuments(refusing: (refusal: Refusal, uri: string) => void): BoundedDocuments {
  const lengths = new Map<string, number>();
  const refusedUris = new Set<string>();
  const heldBesides = (uri: string) => [...lengths].reduce((sum, [other, length]) => (other === uri ? sum : sum + length), 0);
  const held = (document: TextDocument) => {
    lengths.set(document.uri, document.getText().length);
    return document;
  };
  return {
    refused: (uri) => refusedUris.has(uri),
    closed(uri) {
      lengths.delete(uri);
      refusedUris.delete(uri);
    },
    create(uri, languageId, version, content) {
      refusedUris.delete(uri);
      if (heldBesides(uri) + content.length <= maxHeldLength) return held(TextDocument.create(uri, languageId, version, content));
      refusedUris.add(uri);
      refusing('lsp-for-mange-dokumenter', uri);
      return held(TextDocument.create(uri, languageId, version, ''));
    },
    update(document, changes, version) {
      if (refusedUris.has(document.uri)) return document;
      const most = Math.min(maxDocumentLength, maxHeldLength - heldBesides(document.uri));
      const added = changes.reduce((sum, change) => sum + change.text.length, 0);
      if (document.getText().length + added <= most) return held(TextDocument.update(document, changes, version));
      const applied = appliedWithin(document, changes, version, most);
      if (applied) return held(applied);
      refusing('lsp-dokument-for-stort', document.uri);
      return document;
    },
  };
}
