/**
 * The title page of a document without styles: which lines are its cover (the kommune, the
 * document's name, the law, a date) rather than chapters, and which of them is the title.
 * A chapter names its subject; a cover line names the document, its owner or its basis.
 */
import { approvalsIn, lawReferencesIn, revisionDatesIn } from './metadata.js';

/** »Testby Kommune«, »Ikast-Brande Kommune« alone on a line. */
export const kommuneOnly = (text: string) => /^(?:\p{Lu}[\p{L}-]*\s+){1,3}[Kk]ommune$/u.test(text);
/** The law's reference alone (»Serviceloven § 101«, »(Serviceloven §§ 101-101a)«). */
const lawOnly = (text: string) => {
  const laws = lawReferencesIn(text);
  return laws.length > 0 && laws.reduce((rest, law) => rest.replace(law, ''), text).replace(/[\s()[\].,;:–-]+/g, '') === '';
};
/** The document's own name: »Kvalitetsstandard for …«, »Kvalitetsstandard 2025« (not »Kvalitetsstandardens formål«). */
const namesTheDocument = (text: string) => /^kvalitetsstandard(?![a-zæøå])/i.test(text) && !/\?$/.test(text);
/** A date or a year alone (»Marts 2025«, »2025«). */
const dateOnly = (text: string) => /^(?:\p{L}+\.?\s+)?(?:19|20)\d{2}$/u.test(text);

export function isCoverLine(text: string): boolean {
  return kommuneOnly(text) || lawOnly(text) || namesTheDocument(text) || dateOnly(text) || approvalsIn(text).length > 0;
}

/**
 * Without a title style, the title is a short line of the title page that is not a sentence
 * and not only the kommune, the law, a date or an approval: the one naming the document
 * first. `lines`: the title page's paragraphs (other blocks as ''); returns an index.
 */
export function coverTitle(lines: readonly string[]): number | undefined {
  const candidates = lines
    .map((text, index) => ({ text, index }))
    .filter(({ text }) => {
      const facts = approvalsIn(text).length > 0 || Object.keys(revisionDatesIn(text)).length > 0;
      return text.length > 0 && text.length <= 150 && !/[.!?]$/.test(text) && !facts && !kommuneOnly(text) && !lawOnly(text) && !dateOnly(text);
    });
  return (candidates.find(({ text }) => /kvalitetsstandard/i.test(text)) ?? candidates[0])?.index;
}
