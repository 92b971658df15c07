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

/**
 * Whether a document's stated basis (its title, subtitle and `lovgrundlag`) cites paragraphs,
 * none of them the regulation's, and names the regulation's law nowhere without a paragraph
 * (»Serviceloven« alone may mean § 101): a standard for bostøtte (»Serviceloven § 85«), medical
 * treatment (»Sundhedsloven § 142«) or alcohol treatment (»Sundhedsloven § 141«).
 */
export function statesOtherBasis(basis: readonly string[], paragraph: string): boolean {
  const stated = basis.filter((entry) => entry.trim() !== '');
  if (!stated.some((entry) => citedParagraphs(entry).length > 0)) return false;
  return stated.every((entry) => {
    const cited = citedParagraphs(entry);
    return cited.length > 0 ? !cited.includes(paragraph) : !lawOfParagraph.test(entry);
  });
}
