/** Text out of WordprocessingML that no parser has read yet (page headers, comments, hidden runs). */

export const decodeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
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
