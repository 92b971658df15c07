/**
 * Text the server inserts (a quick fix, a completion) is written with »\n«; a document with
 * CRLF or CR-only lines gets its own line breaks instead. VS Code converts what it inserts
 * itself, other editors do not: a CRLF file would get mixed lines, and in a CR-only file an
 * »\n« right after a line's »\r« is read as one »\r\n« line break, so a line would vanish.
 */
import type { CodeAction, CompletionItem } from 'vscode-languageserver';

export type LineBreak = '\n' | '\r\n' | '\r';

/** The line break a text uses (its first), »\n« when it has none. */
export function lineBreakOf(text: string): LineBreak {
  const match = /\r\n|\r|\n/.exec(text);
  return (match?.[0] ?? '\n') as LineBreak;
}

/** `text` with every line break as `lineBreak`. */
export const withLineBreak = (text: string, lineBreak: LineBreak): string =>
  lineBreak === '\n' ? text.replace(/\r\n?/g, '\n') : text.replace(/\r\n|\r|\n/g, lineBreak);

/** The actions with every edit's text in the document's line breaks. */
export function actionsWithLineBreak(actions: CodeAction[], lineBreak: LineBreak): CodeAction[] {
  if (lineBreak === '\n') return actions;
  return actions.map((action) => {
    const changes = action.edit?.changes;
    if (!changes) return action;
    const converted = Object.fromEntries(
      Object.entries(changes).map(([uri, edits]) => [uri, edits.map((edit) => ({ ...edit, newText: withLineBreak(edit.newText, lineBreak) }))]),
    );
    return { ...action, edit: { ...action.edit, changes: converted } };
  });
}

/** The completions with the text they insert in the document's line breaks. */
export function completionsWithLineBreak(items: CompletionItem[], lineBreak: LineBreak): CompletionItem[] {
  if (lineBreak === '\n') return items;
  return items.map((item) => {
    const edit = item.textEdit;
    return {
      ...item,
      ...(edit ? { textEdit: { ...edit, newText: withLineBreak(edit.newText, lineBreak) } } : {}),
      ...(item.insertText !== undefined ? { insertText: withLineBreak(item.insertText, lineBreak) } : {}),
    };
  });
}
