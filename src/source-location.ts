/**
 * Maps a key path in the parsed data back to where it stands in the YAML text, so every
 * diagnostic and finding can say file:line:column.
 */
import { isMap, isNode, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { Position } from './diagnostics/diagnostic.js';
import { positionAt, type LoadedFile } from './load.js';

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
