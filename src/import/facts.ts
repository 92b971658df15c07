/**
 * The structured fields the check reads, filled only from sentences that state them
 * outright: the deadline of the treatment guarantee (»senest 14 dage«), the months of
 * follow-up after treatment (»1 og 6 måneder«), the four discharge statuses, and target
 * figures with their percentage and year. Each value keeps the sentence it came from; a
 * sentence that could mean two things gives no value but a question for a person.
 */
import type { Sourced } from './metadata.js';

export type Indicator = 'stoffri' | 'reduceret' | 'stoffri_eller_reduceret' | 'tilbagevenden_12_maaneder';
export type DischargeStatus = 'faerdigbehandlet' | 'andet_tilbud' | 'hospital' | 'anden_aarsag';

export interface TargetFigure {
  indikator: Indicator;
  graense?: 'mindst' | 'hoejst';
  procent: number;
  aar?: number;
}

/** Sentences of a text: split after . ! ? before a capital letter, a digit or a quote. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((line) =>
      line
        .split(/(?<=[.!?])\s+(?=[A-ZÆØÅ0-9»"“])/)
        .reduce<string[][]>((sentences, piece) => {
          // »min. 35 %«, »jf. § 101«: an abbreviation does not end a sentence. A sentence is
          // kept as its pieces and only the last one is tested, so a run of them stays linear.
          const previous = sentences[sentences.length - 1];
          if (previous !== undefined && abbreviationAtEnd.test(previous[previous.length - 1]!)) previous.push(piece);
          else sentences.push([piece]);
          return sentences;
        }, [])
        .map((pieces) => pieces.join(' ')),
    )
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
    .filter((sentence) => sentence.length > 0);
}

const abbreviationAtEnd =
  /(?:^|[\s(])(?:min|maks|max|ca|jf|nr|stk|kr|pkt|bl\.a|f\.eks|fx|mv|m\.v|d|dvs|evt|inkl|ekskl|iht|vedr|tlf|pga|mht|osv|el|mio|mia)\.$/i;

/** A quoted law (»Stk. 4. Tilbud efter stk. 1 skal iværksættes senest 14 dage …«) is not the kommune's own statement. */
const quotesTheLaw = (sentence: string) => /^(stk\.\s*\d+|§\s*\d+)/i.test(sentence);

export type Found<T> = { found: Sourced<T> } | { unclear: string[] } | undefined;

/** `inSection`: the sentence stands in the requirement's own section, so it need not name the guarantee. */
export function deadlineDays(text: string, inSection: boolean): Found<number> {
  const candidates = sentencesOf(text).filter(
    (sentence) =>
      !quotesTheLaw(sentence) &&
      /\b\d{1,3}\s+dage\b/.test(sentence) &&
      (/behandlingsgaranti/i.test(sentence) ||
        (inSection && /\b(senest|inden for|indenfor|inden)\s+\d{1,3}\s+dage\b/i.test(sentence) && !/frit valg|ikke ret/i.test(sentence))),
  );
  const values = new Set(candidates.flatMap((sentence) => [...sentence.matchAll(/\b(\d{1,3})\s+dage\b/g)].map((match) => Number(match[1]))));
  if (values.size === 0) return undefined;
  if (values.size > 1) return { unclear: candidates };
  return { found: { value: [...values][0]!, source: candidates[0]! } };
}

/** Months of follow-up after treatment ended: »1 og 6 måneder efter, du har afsluttet«. */
export function followUpMonths(text: string): Found<number[]> {
  const candidates = sentencesOf(text).filter(
    (sentence) =>
      !quotesTheLaw(sentence) &&
      /måned/i.test(sentence) &&
      /(afslut|endt|udskriv)/i.test(sentence) &&
      /opfølg|følge[rs]? op|følges op|kontakt|samtale/i.test(sentence),
  );
  const months = new Set<number>();
  const sources: string[] = [];
  for (const sentence of candidates) {
    const before = months.size;
    for (const match of sentence.matchAll(/\b(\d{1,2})\s*(?:(?:og|,|-|–)\s*(?:igen\s+)?(\d{1,2})\s*)?måned(?:er)?\b/gi)) {
      months.add(Number(match[1]));
      if (match[2]) months.add(Number(match[2]));
    }
    if (months.size > before) sources.push(sentence);
  }
  if (months.size === 0) return undefined;
  return { found: { value: [...months].sort((a, b) => a - b), source: sources.join(' … ') } };
}

const statusTerms: Array<[DischargeStatus, RegExp]> = [
  ['faerdigbehandlet', /færdigbehandle/i],
  ['andet_tilbud', /andet (behandlings)?tilbud/i],
  ['hospital', /hospital/i],
  ['anden_aarsag', /anden årsag/i],
];

/** The discharge statuses named in one sentence about follow-up (two are not a list of them). */
export function dischargeStatuses(text: string): Found<DischargeStatus[]> {
  for (const sentence of sentencesOf(text)) {
    if (quotesTheLaw(sentence)) continue;
    const named = statusTerms.filter(([, pattern]) => pattern.test(sentence)).map(([status]) => status);
    if (named.length >= 3) return { found: { value: named, source: sentence } };
  }
  return undefined;
}

function indicatorOf(clause: string): Indicator | undefined {
  if (/(vende[rt]? tilbage|genindskriv|tilbage (i|til) (stofmisbrugs)?behandling)/i.test(clause) && /12\s*måneder/i.test(clause))
    return 'tilbagevenden_12_maaneder';
  const free = /(stoffri|afholden|ophør)/i.test(clause);
  const reduced = /(reduk|reducer|nedsat)/i.test(clause);
  if (free && reduced) return 'stoffri_eller_reduceret';
  if (free) return 'stoffri';
  if (reduced) return 'reduceret';
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
