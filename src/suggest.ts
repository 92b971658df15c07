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

export function nearest(candidate: string, options: readonly string[]): string | undefined {
  if (options.length === 0) return undefined;
  const normalized = normalizeKey(candidate);
  const byNormal = new Map(options.map((option) => [normalizeKey(option), option]));
  const best = closest(normalized, [...byNormal.keys()]);
  const limit = Math.max(2, Math.floor(normalized.length / 3));
  return distance(normalized, best) <= limit ? byNormal.get(best) : undefined;
}
