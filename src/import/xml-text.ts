/** Text out of WordprocessingML that no parser has read yet (page headers, comments, hidden runs). */

/** A character reference's character; one past Unicode's last stays as written (no parser accepts it). */
const character = (reference: string, codePoint: number) => (codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : reference);

/** Text or an attribute's value as an XML parser reads it: the five entities and character references decoded. */
export const decodeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (reference, hex: string) => character(reference, Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (reference, digits: string) => character(reference, Number(digits)))
    .replace(/&amp;/g, '&');

/** The text of each paragraph of a WordprocessingML part. */
export function paragraphsOfPart(xml: string): string[] {
  return xml
    .split('</w:p>')
    .map((paragraph) =>
      decodeXml([...paragraph.matchAll(/<w:t(?:\s[^<>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''))
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((text) => text.length > 0);
}
