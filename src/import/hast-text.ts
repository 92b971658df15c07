/** The text of the HTML tree mammoth makes of a .docx, as the importer's other parts read it. */
import type { ElementContent, Root, RootContent } from 'hast';

/** A footnote reference in running text, until the Markdown writer makes it `[^1]`. */
export const noteMarker = (label: string) => `\uE000${label}\uE001`;
export const noteMarkers = /\uE000([^\uE001]*)\uE001/g;

/** Plain text; a line break (Shift+Enter in Word) counts as a space, so words do not run together. */
export const textOf = (node: Root | RootContent | ElementContent): string => {
  let text = '';
  const walk = (current: Root | RootContent | ElementContent) => {
    if (current.type === 'text') text += current.value;
    else if (current.type === 'element' && current.tagName === 'br') text += ' ';
    else if ('children' in current) (current.children as ElementContent[]).forEach(walk);
  };
  walk(node);
  return text.replace(noteMarkers, '').replace(/\s+/g, ' ').trim();
};
