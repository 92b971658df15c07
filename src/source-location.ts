/**
 * Maps a key path in the parsed data back to where it stands in the YAML text, so every
 * diagnostic and finding can say file:line:column.
 */
import { isMap, isNode, isPair, isScalar, isSeq, type Node, type Pair, Scalar } from 'yaml';
import type { Position } from './diagnostics/diagnostic.js';
import { positionAt, type LoadedFile } from './load.js';
import { quotedValueOffsets } from './quoted-text.js';

export type PathSegment = string | number;

export interface Span {
  start: Position;
  end: Position;
}

function spanOf(loaded: LoadedFile, range: readonly [number, number, number] | null | undefined): Span | undefined {
  if (!range) return undefined;
  return { start: positionAt(loaded.lineCounter, range[0]), end: positionAt(loaded.lineCounter, range[1]) };
}

/** Each map's pairs by key, built once per map: a file with thousands of mistakes stays linear. */
const pairsByKey = new WeakMap<object, Map<string, Pair<unknown, unknown>>>();

/** The pair of a map node with the given key (the first, as before), if present. */
function pairOf(node: unknown, key: string): Pair<unknown, unknown> | undefined {
  if (!isMap(node)) return undefined;
  let pairs = pairsByKey.get(node);
  if (!pairs) {
    pairs = new Map();
    for (const pair of node.items) if (isPair(pair) && isScalar(pair.key) && !pairs.has(String(pair.key.value))) pairs.set(String(pair.key.value), pair);
    pairsByKey.set(node, pairs);
  }
  return pairs.get(key);
}

function child(node: unknown, segment: PathSegment): unknown {
  if (isSeq(node) && typeof segment === 'number') return node.items[segment];
  return pairOf(node, String(segment))?.value;
}

/** The node at the path, or undefined where the path leaves the document. */
export function nodeAt(loaded: LoadedFile, path: readonly PathSegment[]): Node | undefined {
  let node: unknown = loaded.document.contents;
  for (const segment of path) node = child(node, segment);
  return isNode(node) ? node : undefined;
}

/**
 * Where to point for a path: the value's span, or the key's when the value is empty;
 * for a path that does not exist, the deepest existing ancestor's key (so a missing field
 * points at the section it belongs in, and a missing section at the top of the file).
 */
export function locate(loaded: LoadedFile, path: readonly PathSegment[], pointAtKey = false): Span {
  let node: unknown = loaded.document.contents;
  let best: Span | undefined;
  for (const segment of path) {
    const pair = typeof segment === 'string' ? pairOf(node, segment) : undefined;
    const next = child(node, segment);
    if (pair && isNode(pair.key)) best = spanOf(loaded, pair.key.range) ?? best;
    if (next === undefined || next === null) return best ?? documentStart(loaded);
    if (isNode(next) && !(pointAtKey && pair)) best = spanOf(loaded, next.range) ?? best;
    node = next;
  }
  if (isScalar(node) && node.value === null && best) return best;
  return best ?? documentStart(loaded);
}

/** The span of a key itself (for unknown fields). */
export function locateKey(loaded: LoadedFile, parentPath: readonly PathSegment[], key: string): Span {
  const pair = pairOf(nodeAt(loaded, parentPath) ?? (parentPath.length === 0 ? loaded.document.contents : undefined), key);
  return (pair && isNode(pair.key) && spanOf(loaded, pair.key.range)) || locate(loaded, parentPath);
}

/** The first key of the document (below the schema comment), where file-level findings point. */
export function documentStart(loaded: LoadedFile): Span {
  const contents = loaded.document.contents;
  const first = isMap(contents) ? contents.items[0]?.key : contents;
  return spanOf(loaded, isNode(first) ? first.range : undefined) ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
}

/** The key path of a JSON Pointer, as Ajv reports where an error is: `/godkendelse/0/dato` → ['godkendelse', 0, 'dato']. */
export function pointerPath(instancePath: string): PathSegment[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/** Where one line of a text value (the value split at its line breaks) begins in the file: the position of its offset 0. */
export interface ValueLine extends Position {
  /**
   * A `>` block, a plain or a quoted scalar folds the file's lines into one with a space: where
   * in the value line (0-based offset) each further file line begins, and where that is in the
   * file; in a quoted scalar also where the text goes on after an escape.
   */
  breaks: readonly (Position & { offset: number })[];
}

/** A line of the file inside a scalar: its number, the column of its first character, and its text from there. */
interface FileLine extends Position {
  text: string;
}

/**
 * Where each line of a string scalar's value begins in the file. A `|` block keeps the file's
 * lines one for one. A `>` block or a plain scalar joins the file's lines of a paragraph with a
 * space, and a blank line between them becomes the break: read against the file's lines, each
 * value line gets the file line it begins on and the lines folded into it. A quoted scalar
 * folds so too, and its escapes are read back to where each stands (./quoted-text.ts). A value
 * that does not line up with its lines places every line where it starts.
 */
export function valueLines(loaded: LoadedFile, scalar: Scalar): ValueLine[] {
  const lines = String(scalar.value).split('\n');
  const start = positionAt(loaded.lineCounter, scalar.range![0]);
  const atStart = () => lines.map(() => ({ ...start, breaks: [] }));
  const block = scalar.type === Scalar.BLOCK_LITERAL || scalar.type === Scalar.BLOCK_FOLDED;
  if (scalar.type === Scalar.QUOTE_DOUBLE || scalar.type === Scalar.QUOTE_SINGLE) return quotedLines(loaded, scalar, lines) ?? atStart();
  if (!block && scalar.type !== Scalar.PLAIN) return atStart();
  if (scalar.type === Scalar.BLOCK_LITERAL) {
    const column = contentColumn(loaded.text, scalar.range![0]) ?? start.column;
    return lines.map((_, index) => ({ line: start.line + 1 + index, column, breaks: [] }));
  }
  return foldedLines(lines, scalarFileLines(loaded, scalar, start, block)) ?? atStart();
}

/**
 * A quoted scalar's value lines, each unit placed by the file offset it was read from: a break
 * wherever the next unit does not follow the one before in the file (a fold, or an escape).
 */
function quotedLines(loaded: LoadedFile, scalar: Scalar, lines: readonly string[]): ValueLine[] | undefined {
  const offsets = quotedValueOffsets(loaded.text, scalar.range![0], lines.join('\n'));
  if (!offsets) return undefined;
  const at = (offset: number) => positionAt(loaded.lineCounter, offset);
  let first = 0;
  return lines.map((line) => {
    const breaks: (Position & { offset: number })[] = [];
    for (let unit = 1; unit < line.length; unit += 1) {
      const offset = offsets[first + unit]!;
      if (offset !== offsets[first + unit - 1]! + 1) breaks.push({ offset: unit, ...at(offset) });
    }
    const start = at(offsets[first] ?? offsets.at(-1) ?? scalar.range![0]);
    first += line.length + 1;
    return { ...start, breaks };
  });
}

/**
 * The breaks of a value line where a further line of the file begins. In quotes a break may
 * also be where the text goes on after an escape, on the line of the one before.
 */
export function fileLineBreaks<Break extends { line: number }>(line: number, breaks: readonly Break[]): Break[] {
  const starts: Break[] = [];
  for (const fold of breaks) if (fold.line !== (starts.at(-1)?.line ?? line)) starts.push(fold);
  return starts;
}

/** The column of a block's first line with content, after its header at `header`. */
function contentColumn(text: string, header: number): number | undefined {
  const indent = /\n(?:[ \t]*\r?\n)*( *)\S/y;
  indent.lastIndex = text.indexOf('\n', header);
  const found = indent.lastIndex < 0 ? null : indent.exec(text);
  return found ? found[1]!.length + 1 : undefined;
}

/** The file's lines of a scalar, each from its first non-blank character; a block's header line is left out. */
function scalarFileLines(loaded: LoadedFile, scalar: Scalar, start: Position, block: boolean): FileLine[] {
  const source = loaded.text.slice(scalar.range![0], scalar.range![1]).split(/\r?\n/);
  return source.flatMap((raw, index) => {
    if (block && index === 0) return [];
    const text = raw.trimStart();
    const column = index === 0 ? start.column : raw.length - text.length + 1;
    return [{ line: start.line + index, column, text: text.trimEnd() }];
  });
}

/** Value lines read against the file lines folded into them; undefined where the two do not line up. */
function foldedLines(lines: readonly string[], fileLines: readonly FileLine[]): ValueLine[] | undefined {
  const result: ValueLine[] = [];
  let next = 0;
  for (const line of lines) {
    while (fileLines[next]?.text === '' && line.trim() !== '') next += 1;
    const first = fileLines[next] ?? fileLines.at(-1);
    if (!first) return undefined;
    if (line.trim() === '') {
      result.push({ line: first.line, column: first.column, breaks: [] });
      continue;
    }
    const lead = line.length - line.trimStart().length;
    if (!line.startsWith(first.text, lead)) return undefined;
    const breaks: (Position & { offset: number })[] = [];
    let read = lead + first.text.length;
    next += 1;
    while (read < line.length) {
      const folded = fileLines[next];
      if (!folded || folded.text === '' || line[read] !== ' ' || !line.startsWith(folded.text, read + 1)) return undefined;
      breaks.push({ offset: read + 1, line: folded.line, column: folded.column });
      read += 1 + folded.text.length;
      next += 1;
    }
    // A more indented line keeps its extra spaces in the value: offset 0 stands that much before its first character.
    result.push({ line: first.line, column: first.column - lead, breaks });
  }
  return result;
}
