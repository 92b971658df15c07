/**
 * Running text cut into sentences: at . ! ? (with a closing quote or parenthesis) before a
 * capital, a digit, a quote, a parenthesis, »§« or a dash, but not after an abbreviation
 * (»jf. § 101«, »min. 35 %«, »d. 4. december«, »pr. 1. januar«).
 */
import { LetterPattern } from './letters.js';

/** Abbreviations after which a full stop does not end a sentence. */
const abbreviation =
  /(?:^|[\s(])(?:jf|fx|f\.eks|bl\.a|m\.v|m\.m|stk|nr|kr|ca|pkt|evt|inkl|ekskl|dvs|osv|mht|m\.fl|mfl|hhv|iht|ift|pga|tlf|kl|kap|ang|vedr|sml|el|ifm|jvf|afd|tel|bek|lbk|sel|sul|st|mv|mm|dk|www|min|maks|max|pct|pr|gns|mio|mia|årg|jan|feb|aug|sept|okt|nov|dec|d|§)\.$/i;

/** Where a sentence may end: before a capital, a digit, a quote, a parenthesis, »§« or a dash. */
const sentenceEnd = new LetterPattern(String.raw`[.!?:]["»”)]?\s+(?=[\p{Lu}\d»"“(§-])`, 'gu');
const letter = new LetterPattern(String.raw`\p{L}`);

/** The sentences of one paragraph, as written; pieces without a letter are no sentence. */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  const boundary = sentenceEnd.for(paragraph);
  boundary.lastIndex = 0;
  for (let match = boundary.exec(paragraph); match; match = boundary.exec(paragraph)) {
    const end = match.index + match[0].trimEnd().length;
    const candidate = paragraph.slice(start, end);
    // A colon ends a sentence only before a list-like run; a full stop not after an abbreviation.
    if (paragraph[match.index] === ':' || abbreviation.test(candidate)) continue;
    sentences.push(candidate.trim());
    start = match.index + match[0].length;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences.filter((sentence) => letter.test(sentence));
}

/** The sentences of a plain text whose lines are paragraphs, with their spaces collapsed. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap(splitSentences)
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim());
}
