/**
 * The server's copies of the open documents, each bounded. A didOpen is bounded by the
 * message cap, but changes could grow a document without end (each under the cap): past
 * V8's longest string the server stopped answering, at full CPU. Changes that would make a
 * document longer than one message can carry are not applied, and said in the log.
 */
import type { TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { maxMessageBytes } from './transport.js';

/** The longest text the server holds for a document, in UTF-16 units: what one didOpen can carry. */
export const maxDocumentLength = maxMessageBytes;

/** The text replaced by a change, in UTF-16 units, where the document stands before it. */
function replacedLength(document: TextDocument, change: TextDocumentContentChangeEvent): number {
  if (!('range' in change)) return document.getText().length;
  return Math.abs(document.offsetAt(change.range.end) - document.offsetAt(change.range.start));
}

/**
 * The documents' configuration for TextDocuments: as TextDocument's own, except that changes
 * that would make a document longer than maxDocumentLength leave it as it was and call
 * `refused`. Changes whose texts fit even if they replaced nothing (every edit typed or
 * pasted) are applied at once; others are measured on a copy first, one after the other,
 * since each applies to the text the changes before it left.
 */
export function boundedDocuments(refused: (uri: string) => void): TextDocumentsConfiguration<TextDocument> {
  return {
    create: TextDocument.create,
    update(document, changes, version) {
      const added = changes.reduce((sum, change) => sum + change.text.length, 0);
      if (document.getText().length + added <= maxDocumentLength) return TextDocument.update(document, changes, version);
      const copy = TextDocument.create(document.uri, document.languageId, document.version, document.getText());
      for (const change of changes) {
        if (copy.getText().length + change.text.length - replacedLength(copy, change) > maxDocumentLength) {
          refused(document.uri);
          return document;
        }
        TextDocument.update(copy, [change], version);
      }
      return copy;
    },
  };
}
