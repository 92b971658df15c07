/**
 * The fields of running text (Markdown) in a loaded file, for the lints that read them, and
 * where a position in such a text stands in the file.
 */
import type { Scalar } from 'yaml';
import { formatPath, type Diagnostic, type Position } from '../diagnostics/diagnostic.js';
import type { Message } from '../diagnostics/messages.js';
import { positionAt, type LoadedFile } from '../load.js';
import { type PathSegment, valueLines } from '../source-location.js';
import { eachTextValue } from '../yaml-nodes.js';

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

/** Whether the value at a key path is running text (Markdown), not a name, a date or an address. */
export const isRunningText = (path: readonly PathSegment[]): boolean => !notMarkdown.has(String(path.at(-1)));

/** Calls `visit` with every string scalar of running text, and its key path. */
export function eachTextScalar(loaded: LoadedFile, visit: (scalar: Scalar<string>, path: readonly PathSegment[]) => void): void {
  eachTextValue(loaded.document.contents, (scalar, path) => {
    if (isRunningText(path)) visit(scalar, path);
  });
}

/** Where a position in a scalar's value (1-based line and column) stands in the file (see `valueLines`). */
export function positionsInFile(loaded: LoadedFile, scalar: Scalar): (position: Position) => Position {
  const start = positionAt(loaded.lineCounter, scalar.range![0]);
  const places = valueLines(loaded, scalar);
  return ({ line, column }) => {
    const place = places[line - 1];
    if (!place) return start;
    const offset = column - 1;
    const fold = place.breaks.filter((candidate) => candidate.offset <= offset).at(-1);
    return fold ? { line: fold.line, column: fold.column + offset - fold.offset } : { line: place.line, column: place.column + offset };
  };
}

/** What a lint found in a text: its message, and where it starts and ends in the text (1-based). */
export interface TextFinding {
  problem: Message;
  start: Position;
  end: Position;
}

/** The warnings of a lint that reads each text on its own: each finding placed in the file, with its text's key path. */
export function textWarnings(loaded: LoadedFile, find: (markdown: string) => TextFinding[]): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  eachTextScalar(loaded, (scalar, path) => {
    const found = find(String(scalar.value));
    if (found.length === 0) return;
    const inFile = positionsInFile(loaded, scalar);
    for (const { problem, start, end } of found) {
      warnings.push({ ...problem, severity: 'advarsel', file: loaded.file, start: inFile(start), end: inFile(end), path: formatPath(path) });
    }
  });
  return warnings;
}
