/**
 * Numbers as Danish running text writes them in words (»to uger«, »seks måneder«, »fjorten
 * dage«): one table for every reader of deadlines and months.
 */
const numberWords: Readonly<Record<string, number>> = {
  en: 1,
  én: 1,
  et: 1,
  to: 2,
  tre: 3,
  fire: 4,
  fem: 5,
  seks: 6,
  syv: 7,
  otte: 8,
  ni: 9,
  ti: 10,
  elleve: 11,
  tolv: 12,
  tretten: 13,
  fjorten: 14,
  femten: 15,
};

/** A number in digits (up to three) or in words, as a RegExp source without groups; longer words first. */
export const numberPattern = [String.raw`\d{1,3}`, ...Object.keys(numberWords).sort((a, b) => b.length - a.length)].join('|');

/** Ordinal numbers in words, as a period is counted (»hvert andet år«, »hvert fjerde år«). */
const ordinalWords: Readonly<Record<string, number>> = {
  andet: 2,
  anden: 2,
  tredje: 3,
  fjerde: 4,
  femte: 5,
  sjette: 6,
  syvende: 7,
  ottende: 8,
  niende: 9,
  tiende: 10,
};

/** An ordinal in words, as a RegExp source without groups. */
export const ordinalPattern = Object.keys(ordinalWords).join('|');

/** The value of an ordinal matched by `ordinalPattern`. */
export const ordinalValue = (written: string): number => ordinalWords[written.toLowerCase()] ?? Number.NaN;

/** The value of a number matched by `numberPattern`, or NaN when it is neither digits nor a number word. */
export function numberValue(written: string): number {
  return numberWords[written.toLowerCase()] ?? Number(written);
}

/**
 * Every whole number from 1 to one below `value`, in digits, as a RegExp source without groups (an
 * age below the law's); the longest first, so »17« is not read as »1«. A law's ages are small numbers.
 */
export function numbersBelow(value: number): string {
  return Array.from({ length: Math.max(value - 1, 0) }, (_, index) => value - 1 - index).join('|') || '(?!)';
}

/** A number in digits or in any of its words (»4|fire«, »1|en|én|et«), as a RegExp source without groups. */
export function writtenNumber(value: number): string {
  return [String(value), ...Object.keys(numberWords).filter((word) => numberWords[word] === value)].join('|');
}
