/** »Mente du …?«: the nearest known name to what the user typed. */
import { closest, distance } from 'fastest-levenshtein';

/** Compare keys as a Danish user would type them: »målgruppe« is meant as »maalgruppe«. */
function normalizeKey(key: string): string {
  return key
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[\s-]+/g, '_');
}

/** How many edits a name of a given length may be from the one it was meant as: a third of it, and 2 for the shortest. */
const aThird = (length: number) => Math.max(2, Math.floor(length / 3));

/** Each list of options by its normal forms, kept while the list is: a file of many unknown keys asks of one list many times. */
const normalForms = new WeakMap<readonly string[], { byNormal: Map<string, string>; normals: string[] }>();

function normalFormsOf(options: readonly string[]): { byNormal: Map<string, string>; normals: string[] } {
  let forms = normalForms.get(options);
  if (!forms) {
    const byNormal = new Map(options.map((option) => [normalizeKey(option), option]));
    forms = { byNormal, normals: [...byNormal.keys()] };
    normalForms.set(options, forms);
  }
  return forms;
}

export function nearest(candidate: string, options: readonly string[], limitFor: (length: number) => number = aThird): string | undefined {
  if (options.length === 0) return undefined;
  const normalized = normalizeKey(candidate);
  const { byNormal, normals } = normalFormsOf(options);
  const best = closest(normalized, normals);
  return distance(normalized, best) <= limitFor(normalized.length) ? byNormal.get(best) : undefined;
}
