/**
 * A part's markup in the one form Word writes it, before the importer's scans read it. The
 * scans look for tags as Word spells them (»<w:rPr>«, »w:styleId="…"«), but XML lets another
 * program write the same document otherwise: a line break and indentation between tags, spaces
 * around »=«, attributes in single quotes, a comment or a CDATA section. The converter reads
 * all of those by their meaning, the scans did not, so text hidden in Word was published from
 * a document saved by a program that indents its XML. Here each tag is written as Word writes
 * it, the space between tags that is no element's content is left out (the converter reads
 * text only inside elements such as w:t, whose content stays as it is), comments and
 * processing instructions go, and a CDATA section becomes the text it holds (which the
 * converter dropped). One forward pass; a tag it cannot read, and a part with a document type
 * declaration (whose entities a pass over the text cannot know), stay as they are.
 */

/** The openings of comments, processing instructions (not the XML declaration) and CDATA sections, and how each ends. */
const asideOpenings = /<!--|<\?(?!xml[\s?])|<!\[CDATA\[/g;
const asideEnds: Record<string, string> = { '<!--': '-->', '<?': '?>', '<![CDATA[': ']]>' };

const escapedText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The part without comments and processing instructions, each CDATA section as the text it holds; from one without its end on, as it stands. */
function withoutAsides(xml: string): string {
  let written = '';
  let from = 0;
  asideOpenings.lastIndex = 0;
  for (let match = asideOpenings.exec(xml); match; match = asideOpenings.exec(xml)) {
    const [opening] = match;
    const end = xml.indexOf(asideEnds[opening]!, match.index + opening.length);
    if (end < 0) break;
    written += xml.slice(from, match.index) + (opening === '<![CDATA[' ? escapedText(xml.slice(match.index + opening.length, end)) : '');
    from = end + asideEnds[opening]!.length;
    asideOpenings.lastIndex = from;
  }
  return written + xml.slice(from);
}

/** A start, end or empty-element tag: its slash, name, attributes and closing slash. */
const tags = /<(\/?)([\w.:-]+)([^<>]*?)(\/?)>/g;
/** One attribute and its value in double or single quotes, read from where the last ended. */
const attribute = /\s+([^\s=<>/]+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;

/** A tag's attributes as Word writes them (` name="value"`), or undefined when they are not only attributes. */
function canonicalAttributes(text: string): string | undefined {
  let written = '';
  attribute.lastIndex = 0;
  while (attribute.lastIndex < text.length) {
    const at = attribute.lastIndex;
    const match = attribute.exec(text);
    if (!match) return text.slice(at).trim() === '' ? written : undefined;
    const [, name, double, single] = match;
    written += ` ${name}="${double ?? single!.replace(/"/g, '&quot;')}"`;
  }
  return written;
}

export function canonicalMarkup(xml: string): string {
  if (xml.includes('<!DOCTYPE')) return xml;
  const plain = withoutAsides(xml);
  let written = '';
  let from = 0;
  /** The name of the element whose start tag was the last thing read, while nothing else has been. */
  let justOpened: string | undefined;
  tags.lastIndex = 0;
  for (let match = tags.exec(plain); match; match = tags.exec(plain)) {
    const [tag, slash, name, attributes, empty] = match;
    const between = plain.slice(from, match.index);
    // Space between tags is content only inside an element that holds nothing else (»<w:t> </w:t>«).
    if (between.trim() !== '' || (slash === '/' && justOpened === name)) written += between;
    const canonical = canonicalAttributes(attributes!);
    written += canonical === undefined ? tag : `<${slash}${name}${canonical}${empty}>`;
    justOpened = slash === '' && empty === '' ? name : undefined;
    from = match.index + tag.length;
  }
  const rest = plain.slice(from);
  return written + (rest.trim() === '' ? '' : rest);
}
