/**
 * White space and word counts of running text, read without building what they would
 * build: the check asks them of every sentence of a document.
 */

const gap = /\s+/g;

/** Whether `text.split(/\s+/)` would have at most `most` pieces: counted, not made, stopping past `most`. */
export function wordsAtMost(text: string, most: number): boolean {
  gap.lastIndex = 0;
  let pieces = 1;
  while (pieces <= most && gap.test(text)) pieces += 1;
  return pieces <= most;
}

/** Each run of white space as one space, as `text.replace(/\s+/g, ' ')`; most text has nothing to collapse and is returned as it is. */
export function collapseSpace(text: string): string {
  return /\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, ' ') : text;
}
