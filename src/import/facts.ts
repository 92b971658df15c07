/**
 * The structured fields the check reads, filled only from sentences that state them
 * outright: the deadline of the treatment guarantee (»senest 14 dage«), the months of
 * follow-up after treatment (»1 og 6 måneder«), the four discharge statuses, and target
 * figures with their percentage and year. Each value keeps the sentence it came from; a
 * sentence that could mean two things gives no value but a question for a person.
 */
import { durationsIn, isAboutFollowUp, monthsIn } from '../text/durations.js';
import { sentencesOf } from '../text/sentences.js';
import { statusesCoveredIn } from '../text/statuses.js';
import { combinedMeasure, defaultRegulation, findRequirement, listItems } from '../regulations/index.js';
import type { Sourced } from './metadata.js';

/** The law's discharge statuses and måltal, with how running text names them (the regulation's data). */
const statuses = listItems(findRequirement(defaultRegulation, '§4.2'), 'udskrivningsstatusser');
const targets = findRequirement(defaultRegulation, '§4.3');
const [freeMeasure, reducedMeasure, returnMeasure] = listItems(targets, 'maaltal');
const bothMeasures = combinedMeasure(targets);

export interface TargetFigure {
  /** A måltal's id, or the first two's together (`…_eller_…`, one figure for both). */
  indikator: string;
  graense?: 'mindst' | 'hoejst';
  procent: number;
  aar?: number;
}

/** A quoted law (»Stk. 4. Tilbud efter stk. 1 skal iværksættes senest 14 dage …«) is not the kommune's own statement. */
const quotesTheLaw = (sentence: string) => /^(stk\.\s*\d+|§\s*\d+)/i.test(sentence);

export type Found<T> = { found: Sourced<T> } | { unclear: string[] } | undefined;

/** `inSection`: the sentence stands in the requirement's own section, so it need not name the guarantee. */
export function deadlineDays(text: string, inSection: boolean): Found<number> {
  // A number of weeks without »senest« or »inden for« is more often how long something else takes (»op til 16 uger«).
  const read = sentencesOf(text)
    .filter((sentence) => !quotesTheLaw(sentence))
    .map((sentence) => ({ sentence, durations: durationsIn(sentence).filter((each) => each.inDays || each.limit) }))
    .filter(
      ({ sentence, durations }) =>
        durations.length > 0 &&
        (/behandlingsgaranti/i.test(sentence) || (inSection && durations.some((each) => each.limit) && !/frit valg|ikke ret/i.test(sentence))),
    );
  const values = new Set(read.flatMap(({ durations }) => durations.map((each) => each.days)));
  const candidates = read.map(({ sentence }) => sentence);
  if (values.size === 0) return undefined;
  if (values.size > 1) return { unclear: candidates };
  return { found: { value: [...values][0]!, source: candidates[0]! } };
}

/** Months of follow-up after treatment ended: »1 og 6 måneder efter, du har afsluttet«. */
export function followUpMonths(text: string): Found<number[]> {
  const candidates = sentencesOf(text).filter(
    (sentence) => !quotesTheLaw(sentence) && /måned/i.test(sentence) && /(afslut|endt|udskriv)/i.test(sentence) && isAboutFollowUp(sentence),
  );
  const months = new Set<number>();
  const sources: string[] = [];
  for (const sentence of candidates) {
    const before = months.size;
    for (const month of monthsIn(sentence)) months.add(month);
    if (months.size > before) sources.push(sentence);
  }
  if (months.size === 0) return undefined;
  return { found: { value: [...months].sort((a, b) => a - b), source: sources.join(' … ') } };
}

/**
 * The discharge statuses named in one sentence about follow-up (two are not a list of them), or
 * all of them where it names everyone whose treatment ends, as the check reads it.
 */
export function dischargeStatuses(text: string): Found<string[]> {
  for (const sentence of sentencesOf(text)) {
    if (quotesTheLaw(sentence)) continue;
    const named = statusesCoveredIn(sentence, statuses);
    if (named.length >= 3) return { found: { value: named, source: sentence } };
  }
  return undefined;
}

function indicatorOf(clause: string): string | undefined {
  const lower = clause.toLowerCase();
  const names = (measure: typeof freeMeasure) => measure?.reading?.test(lower) ?? false;
  if (names(returnMeasure)) return returnMeasure!.id;
  const free = names(freeMeasure);
  const reduced = names(reducedMeasure);
  if (free && reduced) return bothMeasures;
  if (free) return freeMeasure!.id;
  if (reduced) return reducedMeasure!.id;
  return undefined;
}

const percentPattern = /(\d{1,3}(?:,\d+)?)\s*(?:%|procent\b)/g;

/** Target figures: a sentence with a percentage and what it measures (»min. 35 % i 2023«). */
export function targetFigures(text: string): Array<Sourced<TargetFigure>> {
  const figures: Array<Sourced<TargetFigure>> = [];
  for (const sentence of sentencesOf(text)) {
    if (quotesTheLaw(sentence)) continue;
    const percentages = [...sentence.matchAll(percentPattern)];
    if (percentages.length !== 1) continue;
    const indikator = indicatorOf(sentence);
    if (!indikator || figures.some((figure) => figure.value.indikator === indikator)) continue;
    const procent = Number(percentages[0]![1]!.replace(',', '.'));
    if (procent > 100) continue;
    const graense = /(højst|højest|maks|max|under)\b/i.test(sentence) ? 'hoejst' : /(?:mindst|minimum|over)\b|\bmin\./i.test(sentence) ? 'mindst' : undefined;
    const year = /\b(20\d{2})\b/.exec(sentence);
    figures.push({ value: { indikator, ...(graense ? { graense } : {}), procent, ...(year ? { aar: Number(year[1]) } : {}) }, source: sentence });
  }
  return figures;
}

/** Where the standard is published: a sentence about the standard that gives its address (»… findes på www.kommune.dk/stof«). */
export function publicationUrl(text: string): Found<string> {
  for (const sentence of sentencesOf(text)) {
    if (quotesTheLaw(sentence) || !/(kvalitetsstandard|standarden)/i.test(sentence)) continue;
    if (!/(offentliggjort|offentliggøres|offentligt tilgængelig|findes på|kan (læses|findes|ses|hentes) på|ligger på|lægges på)/i.test(sentence)) continue;
    const address = /\b(https?:\/\/[^\s»«"”)<>]+|www\.[^\s»«"”)<>]+)/i.exec(sentence)?.[1]?.replace(/[.,;:]+$/, '');
    if (address) return { found: { value: /^https?:\/\//i.test(address) ? address : `https://${address}`, source: sentence } };
  }
  return undefined;
}
