/**
 * The facts about the document itself, taken only where the document states them: the
 * kommune, approvals (»Godkendt i Byrådet den 20. november 2023«, »Vedtaget af
 * Socialudvalget 4. december 2023«), revision dates and the legal basis named on the title
 * page. Each comes with the sentence it was read from.
 */
import { datePattern } from '../text/dates.js';
import { approvalsIn as approvalsStated, revisionDatesIn as revisionDatesStated } from '../text/document-dates.js';

export interface Sourced<T> {
  value: T;
  /** The sentence or paragraph it was read from, as written. */
  source: string;
  /** The paragraph said nothing else and left the text: the YAML quotes it beside the value. */
  consumed?: boolean;
  /** Read from a page header or footer, which the YAML does not otherwise keep. */
  pageFurniture?: boolean;
}

export interface Approval {
  organ: string;
  dato: string;
}

/** Every approval stated in the paragraph, in order. */
export function approvalsIn(paragraph: string): Array<Sourced<Approval> & { match: string }> {
  return approvalsStated(paragraph).map(({ organ, dato, match }) => ({ value: { organ, dato }, source: paragraph, match }));
}

export function revisionDatesIn(paragraph: string): { senest?: Sourced<string>; naeste?: Sourced<string> } {
  const { senest, naeste } = revisionDatesStated(paragraph);
  return {
    ...(senest ? { senest: { value: senest, source: paragraph } } : {}),
    ...(naeste ? { naeste: { value: naeste, source: paragraph } } : {}),
  };
}

/**
 * A paragraph's number with its letter (»101a«, »101 a«): a letter only when it stands alone,
 * so »§ 101 stk. 2« or »§ 163 Ved …« does not take the next word's first letter.
 */
const paragraphNumber = String.raw`\d+(?:\s?[a-z](?![a-zæøå]))?`;

/** »Serviceloven §§101-101a«, »Lov om social service § 101«, »Sundhedsloven § 142«, »Barnets lov § 33«. */
const lawReferencePattern = new RegExp(
  String.raw`(?:\b(?:Lov om social service|Serviceloven|Servicelovens|Sundhedsloven|Sundhedslovens|Barnets lovs?|Retssikkerhedsloven|Lov om retssikkerhed og administration på det sociale område)\s*,?\s*§§?\s*${paragraphNumber}(?:\s*(?:-|–|,|og)\s*(?:§\s*)?${paragraphNumber})*|§§?\s*${paragraphNumber}(?:\s*(?:-|–|,|og)\s*${paragraphNumber})*\s+i\s+(?:lov om social service|serviceloven|sundhedsloven|barnets lov))`,
  'gi',
);

/** »´Bekendtgørelse om … ´ Nr. 430. 30. april 2014«, »Vejledning om …, Vejledning Nr. 5 til serviceloven, 2. maj 2014«. */
const regulationReferencePattern = new RegExp(
  `[´'‘“"]?(?:Bekendtgørelse|Vejledning|Lov) (?:om|til) [^´'’”"]{5,200}?[´'’”"]?,?\\s+(?:Vejledning\\s+)?(?:Nr|nr)\\.?\\s*\\d+(?:\\s+til\\s+\\p{L}+)?[.,]?\\s+(?:af\\s+)?${datePattern}`,
  'gu',
);

export function lawReferencesIn(paragraph: string): string[] {
  const regulations = [...paragraph.matchAll(regulationReferencePattern)];
  const inside = (index: number) => regulations.some((match) => index >= match.index && index < match.index + match[0].length);
  const statutes = [...paragraph.matchAll(lawReferencePattern)].filter((match) => !inside(match.index));
  return [...regulations, ...statutes].sort((a, b) => a.index - b.index).map((match) => match[0].replace(/\s+/g, ' ').trim());
}

/** Words that stand before »kommune« without naming one (»Din kommune«, »En anden kommune«). */
const notNames = new Set(
  'Den Denne Din Dit Sin Hver Hvilken Hvilke Anden Andre Samme Vores Jeres Deres Hans Hendes Enhver En Et Ingen Nogle Alle Egen Ny Nye Hele Til Fra I Og Af For Med Pr Ved Om Fx Eller Som Hvor Pågældende Bopæls Handle Opholds'.split(
    ' ',
  ),
);

/** The kommune the document is about: the one it names most often (»Randers Kommune«, »Ikast-Brande Kommunes«), and the others it names. */
export function kommuneIn(texts: readonly string[]): (Sourced<string> & { others: string[] }) | undefined {
  const counts = new Map<string, { count: number; source: string }>();
  // A kommune's name is one word, hyphenated or not (»Ikast-Brande«): the capitalised word before it (»Kvalitetsstandard Testby Kommune«) is not part of it.
  const pattern = /\b([A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?)\s+[Kk]ommunes?\b/g;
  for (const text of texts) {
    for (const match of text.matchAll(pattern)) {
      if (notNames.has(match[1]!)) continue;
      const name = `${match[1]} Kommune`;
      const entry = counts.get(name) ?? { count: 0, source: text };
      entry.count += 1;
      counts.set(name, entry);
    }
  }
  const [best, ...others] = [...counts.entries()].sort((a, b) => b[1].count - a[1].count);
  return best ? { value: best[0], source: best[1].source, others: others.map(([name]) => name) } : undefined;
}
