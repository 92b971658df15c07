/**
 * A list pasted from Word into a text keeps Word's bullets (»•  Rådgivning«, »– Rådgivning«):
 * to Markdown they are ordinary characters, so the items run together with the text above
 * into one line when the standard is published. Warn at the first item of each such list,
 * with »- « to write instead (the editor's quick fix writes it).
 */
import type { DiagnosticMessageArgs } from '../diagnostics/diagnostic-messages.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { LoadedFile } from '../load.js';
import { bulletCharacters } from '../text/bullets.js';
import { textWarnings } from './text-fields.js';

/** A line that begins with a typed bullet: a bullet character, or a dash and a space, then the item. */
export const typedBulletLine = new RegExp(String.raw`^([ \t]*)([${bulletCharacters}][ \t]*|[–—][ \t]+)(?=\S)`);
/** Whether a text can hold one at all, read before its lines are. */
const anyBullet = new RegExp(String.raw`^[ \t]*(?:[${bulletCharacters}]|[–—][ \t])`, 'm');
const fence = /^[ \t]*(`{3,}|~{3,})/;

/** At most this many characters of the first item are quoted. */
const quotedLength = 60;

interface TypedList {
  args: DiagnosticMessageArgs['punkt-med-tegn'];
  /** 1-based, in the text: the first item's bullet. */
  line: number;
  column: number;
  width: number;
}

/** Each list of typed bullets in a text: its items in a row, blank lines between them allowed. */
export function typedLists(markdown: string): TypedList[] {
  if (!anyBullet.test(markdown)) return [];
  const lists: TypedList[] = [];
  let inFence = false;
  let open: TypedList | undefined;
  markdown.split('\n').forEach((line, index) => {
    if (fence.test(line)) inFence = !inFence;
    const item = inFence ? null : typedBulletLine.exec(line);
    if (!item) {
      if (line.trim() !== '') open = undefined;
      return;
    }
    if (open) {
      open.args.antal += 1;
      return;
    }
    const text = line.slice(item[0].length).trim();
    const tegn = item[2]!.trim();
    const punkt = text.length > quotedLength ? `${text.slice(0, quotedLength)}…` : text;
    open = { args: { tegn, punkt, antal: 1 }, line: index + 1, column: item[1]!.length + 1, width: tegn.length };
    lists.push(open);
  });
  return lists;
}

export function typedBulletWarnings(loaded: LoadedFile): Diagnostic[] {
  return textWarnings(loaded, (markdown) =>
    typedLists(markdown).map((list) => ({
      problem: { code: 'punkt-med-tegn', args: list.args },
      start: { line: list.line, column: list.column },
      end: { line: list.line, column: list.column + list.width },
    })),
  );
}
