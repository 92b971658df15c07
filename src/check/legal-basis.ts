/**
 * The paragraphs a text gives as its legal basis (»Serviceloven § 85«, »sundhedslovens §§ 141-142«):
 * a text whose stated basis is only other paragraphs than the regulation's is
 * about another service, however much it shares the field's words.
 */

/** A paragraph sign and the numbers it cites (»§§ 107 og 108«, »§§ 141-142«, »§ 101, stk. 2«). */
const citation = /§+\s*(\d+(?:\s*(?:,|og|eller|-|–)\s*\d+)*)/g;

/** The paragraphs a text cites, by number: a letter goes with its paragraph (»§ 101 a«, anonymous treatment, is the field's). */
export function citedParagraphs(text: string): string[] {
  if (!text.includes('§')) return [];
  return [...text.matchAll(citation)].flatMap((match) => match[1]!.match(/\d+/g) ?? []);
}

/** Whether a text cites paragraphs and none of them is `paragraph`. */
export function citesOnlyOthers(text: string, paragraph: string): boolean {
  const cited = citedParagraphs(text);
  return cited.length > 0 && !cited.includes(paragraph);
}

/** The law a regulation's paragraph is in, named without a paragraph (»Lov om social service«, »Serviceloven«): it may be that one. */
const lawOfParagraph = /servicelov|lov om social service|(?<![a-zæøå])sel(?![a-zæøå])/i;

/** A law named (»Sundhedsloven«, »Lov om en aktiv beskæftigelsesindsats«, »barnets lov«, »Lov om spil«). */
const namesLaw = /(?<![a-zæøå])lov(?:en|ens)?(?![a-zæøå])|[a-zæøå]{3,}lov(?:en|ens)?(?![a-zæøå])/i;

/**
 * What one entry of a document's stated basis says of it: `own` where it cites the regulation's
 * paragraph or names its law without a paragraph (»Serviceloven« alone may mean § 101), `other`
 * where it cites other paragraphs only or names another law, nothing where it names no law (a title).
 */
function basisOf(entry: string, paragraph: string): 'own' | 'other' | undefined {
  const cited = citedParagraphs(entry);
  if (cited.length > 0) return cited.includes(paragraph) ? 'own' : 'other';
  if (lawOfParagraph.test(entry)) return 'own';
  return namesLaw.test(entry) ? 'other' : undefined;
}

/**
 * Whether a document's stated basis (its title, subtitle and `lovgrundlag`) is only other laws or
 * paragraphs than the regulation's: a standard for bostøtte (»Serviceloven § 85«), medical treatment
 * (»Sundhedsloven § 142«) or the jobcentre's work (»Lov om en aktiv beskæftigelsesindsats«).
 */
export function statesOtherBasis(basis: readonly string[], paragraph: string): boolean {
  const read = basis.map((entry) => basisOf(entry, paragraph));
  return read.includes('other') && !read.includes('own');
}
