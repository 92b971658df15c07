/**
 * The fields of running text (Markdown) in a loaded file, for the lints that read them, and
 * where a position in such a text stands in the file.
 */
import { isMap, isScalar, isSeq, Scalar } from 'yaml';
import type { Position } from '../diagnostics/diagnostic.js';
import { positionAt, type LoadedFile } from '../load.js';
import { type PathSegment, valueLines } from '../source-location.js';

/** Fields that hold a name, a date or an address, not running text. */
const notMarkdown = new Set([
  'kommune',
  'titel',
  'undertitel',
  'overskrift',
  'noegle',
  'url',
  'dato',
  'organ',
  'logo',
  'farve',
  'navn',
  'senest_revideret',
  'naeste_revision',
]);

/** Calls `visit` with every string scalar of running text, and its key path. */
export function eachTextScalar(loaded: LoadedFile, visit: (scalar: Scalar, path: PathSegment[]) => void): void {
  const walk = (node: unknown, path: PathSegment[]) => {
    if (isMap(node)) {
      for (const pair of node.items) if (isScalar(pair.key)) walk(pair.value, [...path, String(pair.key.value)]);
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => walk(item, [...path, index]));
    } else if (isScalar(node) && typeof node.value === 'string' && node.range && !notMarkdown.has(String(path.at(-1)))) {
      visit(node, path);
    }
  };
  walk(loaded.document.contents, []);
}

/**
 * Where a position in a scalar's value (1-based line and column) stands in the file (see
 * `valueLines`); a quoted scalar's escapes leave only its start.
 */
export function positionsInFile(loaded: LoadedFile, scalar: Scalar): (position: Position) => Position {
  const start = positionAt(loaded.lineCounter, scalar.range![0]);
  if (scalar.type === Scalar.QUOTE_DOUBLE || scalar.type === Scalar.QUOTE_SINGLE) return () => start;
  const places = valueLines(loaded, scalar);
  return ({ line, column }) => {
    const place = places[line - 1];
    if (!place) return start;
    const offset = column - 1;
    const fold = place.breaks.filter((candidate) => candidate.offset <= offset).at(-1);
    return fold ? { line: fold.line, column: fold.column + offset - fold.offset } : { line: place.line, column: place.column + offset };
  };
}
