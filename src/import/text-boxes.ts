/**
 * Text boxes the converter would drop. mammoth reads a drawing for its picture only, and a
 * text box's text from the VML copy (mc:Fallback) Word writes beside the drawing; a document
 * from a program that writes the drawing alone (wps:txbx) lost the text box's text without a
 * trace. Such a text box becomes a w:pict around its contents, which mammoth reads as the
 * paragraphs after the one the box stands in, as it reads Word's own copy.
 */

const marks = /<mc:Choice\b[^>]*>|<\/mc:Choice>|<w:drawing>|<\/w:drawing>/g;
const boxStart = '<w:txbxContent';
const boxEnd = '</w:txbxContent>';

/** Each text box's contents in a drawing (a group may hold several), in one forward pass. */
function textBoxesIn(drawing: string): string[] {
  const boxes: string[] = [];
  for (let from = drawing.indexOf(boxStart); from >= 0; from = drawing.indexOf(boxStart, from)) {
    const end = drawing.indexOf(boxEnd, from);
    if (end < 0) break;
    boxes.push(drawing.slice(from, end + boxEnd.length));
    from = end + boxEnd.length;
  }
  return boxes;
}

/** The part with every text box drawn without its VML copy (a drawing outside mc:Choice) as a w:pict the converter reads. */
export function withTextBoxesRead(xml: string): string {
  if (!xml.includes(boxStart)) return xml;
  let out = '';
  let copied = 0;
  let inChoice = 0;
  let depth = 0;
  let start = 0;
  for (const { 0: tag, index } of xml.matchAll(marks)) {
    if (tag === '</mc:Choice>') inChoice = Math.max(0, inChoice - 1);
    else if (tag.startsWith('<mc:')) inChoice += 1;
    else if (tag === '<w:drawing>') start = depth++ === 0 ? index : start;
    else if (depth > 0 && --depth === 0 && inChoice === 0) {
      const end = index + tag.length;
      const boxes = textBoxesIn(xml.slice(start, end));
      if (boxes.length === 0) continue;
      out += `${xml.slice(copied, start)}<w:pict>${boxes.join('')}</w:pict>`;
      copied = end;
    }
  }
  return out + xml.slice(copied);
}
