/**
 * Where the cursor stands in a YAML text that may be half-typed and unparseable: the key
 * path above it, read from indentation alone, as an editor needs it while the user types.
 */

export interface CursorContext {
  /** Keys of the mappings that enclose the cursor's line, outermost first (list items are stepped through). */
  path: string[];
  /** The key written on the cursor's line, when the cursor is on or after it. */
  key?: string;
  /** Where that key stands on the line. */
  keyRange?: { start: number; end: number };
  /** The cursor is after the key's colon (on the value). */
  onValue: boolean;
  /** The word under the cursor, and where it starts and ends on the line. */
  word: { text: string; start: number; end: number };
  /** The cursor is on a list element: `- …` under a key, or inside `[…]` after one. */
  inList: boolean;
  /** The cursor is inside a block of text (`tekst: |`): nothing to complete. */
  inText: boolean;
  /** Column of a key at the cursor's level. */
  column: number;
}

/** `key:` at the start of a line, optionally as the first key of a list item. */
const keyLine = /^(\s*(?:-\s+)?)((?:"[^"]*"|'[^']*'|[^\s#:'"[\]{}][^:#]*?)):(?=\s|$)/;

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** The column where a line's mapping key (or list element) starts: after `- ` for a list item. */
function contentColumn(line: string): number {
  const item = /^\s*-(?:\s+|$)/.exec(line);
  return item ? item[0].length : indentOf(line);
}

const unquote = (key: string): string => key.replace(/^["']|["']$/g, '').trim();

export function cursorContext(lines: readonly string[], lineNumber: number, character: number): CursorContext {
  const line = lines[lineNumber] ?? '';
  const before = line.slice(0, character);
  const start = before.length - (/[^\s:[\],'"]*$/.exec(before)?.[0].length ?? 0);
  const end = character + (/^[^\s:[\],'"]*/.exec(line.slice(character))?.[0].length ?? 0);
  const word = { text: line.slice(start, end), start, end };

  const own = keyLine.exec(line);
  const keyStart = own ? own[1]!.length : -1;
  const onValue = own !== null && character > own[0].length - 1;
  const column = line.trim() === '' ? character : contentColumn(line);

  const path: string[] = [];
  let limit = column;
  let inText = false;
  for (let index = lineNumber - 1; index >= 0 && limit > 0; index--) {
    const candidate = lines[index]!;
    if (candidate.trim() === '' || candidate.trimStart().startsWith('#')) continue;
    const match = keyLine.exec(candidate);
    const at = contentColumn(candidate);
    if (at >= limit) continue;
    if (match) {
      // The nearest enclosing key opens a block of text: the cursor is in that text.
      if (path.length === 0 && /:\s*[|>][-+0-9]*\s*(#.*)?$/.test(candidate)) inText = true;
      path.unshift(unquote(match[2]!));
      // A list item's own keys end at its dash; the list's key is further out.
      limit = /^\s*-\s/.test(candidate) ? indentOf(candidate) : at;
    } else if (/^\s*-/.test(candidate)) {
      limit = indentOf(candidate);
    } else if (path.length === 0) {
      // A continuation line of a plain text further out: the cursor is in that text.
      inText = true;
      limit = indentOf(candidate);
    }
  }

  const key = own ? unquote(own[2]!) : undefined;
  const inFlow = onValue && /\[[^\]]*$/.test(before);
  // `- value`: an element of a list of values (an item with a key is a mapping's).
  const listElement = /^\s*-(\s|$)/.test(line) && !own;
  return {
    path,
    key,
    keyRange: own ? { start: keyStart, end: keyStart + own[2]!.length } : undefined,
    onValue,
    word,
    inList: inFlow || listElement,
    inText,
    column,
  };
}
