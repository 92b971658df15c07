/**
 * What a half-typed document already contains, read line by line (it need not parse):
 * its top-level keys, the keys beside the cursor, and the keys of its sections.
 */
import { sectionNames } from '../sections.js';

const topLevelKey = /^([^\s#:'"[\]{}-][^:#]*?):(?=\s|$)/;

export function topLevelKeys(lines: readonly string[]): Set<string> {
  return new Set(lines.flatMap((line) => topLevelKey.exec(line)?.[1] ?? []));
}

/** Keys written at `column` in the block around `lineNumber` (the siblings of a key there). */
export function siblingKeys(lines: readonly string[], lineNumber: number, column: number): Set<string> {
  const keys = new Set<string>();
  const keyAt = (line: string) => {
    const match = /^(\s*(?:-\s+)?)([^\s#:'"[\]{}-][^:#]*?):(?=\s|$)/.exec(line);
    return match && match[1]!.length === column ? match[2]! : undefined;
  };
  const inBlock = (line: string) => line.trim() === '' || line.trimStart().startsWith('#') || line.length - line.trimStart().length >= column;
  // On a list item's dash line, the item's keys are that line's and those below it.
  const startsItem = /^\s*-\s/.test(lines[lineNumber] ?? '');
  for (let index = lineNumber - 1; !startsItem && index >= 0 && inBlock(lines[index]!); index--) {
    const key = keyAt(lines[index]!);
    if (key) keys.add(key);
    // A list item begins a new mapping: its dash marks the block's start.
    if (/^\s*-\s/.test(lines[index]!) && lines[index]!.length - lines[index]!.trimStart().length < column) break;
  }
  for (let index = lineNumber + 1; index < lines.length && inBlock(lines[index]!); index++) {
    if (/^\s*-\s/.test(lines[index]!) && lines[index]!.length - lines[index]!.trimStart().length < column) break;
    const key = keyAt(lines[index]!);
    if (key) keys.add(key);
  }
  return keys;
}

/** The section keys `praesentation.raekkefoelge` may name: sections present, and the `noegle` of other sections. */
export function sectionKeysIn(lines: readonly string[]): { key: string; heading?: string }[] {
  const present = topLevelKeys(lines);
  const found: { key: string; heading?: string }[] = sectionNames.filter((name) => present.has(name)).map((key) => ({ key }));
  for (const line of lines) {
    const match = /^\s*(?:-\s+)?noegle:\s*["']?([a-z0-9-]+)/.exec(line);
    if (match) found.push({ key: match[1]! });
  }
  return found;
}

/** The values already in the list at the cursor: on its line (`[a, b]`) and on the `- ` lines around it. */
export function listedValues(lines: readonly string[], lineNumber: number): Set<string> {
  const values = new Set<string>();
  const collect = (line: string) => {
    const body = line.replace(/^[^:[]*:\s*/, '').replace(/^\s*-\s*/, '');
    for (const value of body.replace(/[[\]]/g, '').split(',')) {
      const trimmed = value.trim().replace(/^["']|["']$/g, '');
      if (trimmed) values.add(trimmed);
    }
  };
  collect(lines[lineNumber] ?? '');
  for (const step of [-1, 1]) {
    for (let index = lineNumber + step; index >= 0 && index < lines.length && /^\s*-\s/.test(lines[index]!); index += step) collect(lines[index]!);
  }
  return values;
}
