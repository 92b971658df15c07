/**
 * The document's own structure, from the HTML mammoth made: title and subtitle, what stands
 * before the first heading, and a tree of headed sections in document order. Entries of a
 * generated table of contents are dropped (the headings follow anyway) and pictures are
 * taken out with their description, so the caller can say what was there.
 */
import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { isCoverLine } from './cover.js';
import { noteMarker, noteMarkers, textOf } from './hast-text.js';
import { sectionRows } from './tables.js';

export interface OutlineSection {
  heading: string;
  level: number;
  /** The blocks between this heading and the next one (of any level). */
  blocks: Element[];
  children: OutlineSection[];
  /** Descriptions of the pictures left out of this section (empty string: none given). */
  images: string[];
  /** The names of the bookmarks at its heading (mammoth's `<a id>`), which links inside the document point to. */
  bookmarks?: string[];
}

export interface Outline {
  title?: string;
  subtitle?: string;
  /** Blocks before the first heading (a title page, an approval line …). */
  front: Element[];
  frontImages: string[];
  sections: OutlineSection[];
  /** Paragraphs of a generated table of contents that were left out. */
  tocEntries: number;
  /** Whether the headings were bold paragraphs (the document uses no heading styles). */
  boldHeadings: boolean;
  /** Rows of two-column tables (label | text) read as sub-headings. */
  tableRows: number;
  /** Footnotes and endnotes by label (`1`, `e1`), their blocks; references in the text are markers. */
  notes: Map<string, Element[]>;
}

const headingLevel = (element: Element): number | undefined => {
  const match = /^h([1-6])$/.exec(element.tagName);
  return match ? Number(match[1]) : undefined;
};

const classes = (element: Element): string[] => {
  const value: unknown = element.properties?.className;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
};

const blockTags = new Set(['p', 'li', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'tbody', 'thead', 'blockquote', 'div']);

/** Plain text of a block, one line per paragraph, list item or table cell (so sentences never run together). */
export function linesOf(node: Element): string {
  const lines: string[] = [];
  let line = '';
  const walk = (current: ElementContent) => {
    if (current.type === 'text') line += current.value;
    else if (current.type === 'element' && current.tagName === 'br') line += ' ';
    else if (current.type === 'element') {
      const block = blockTags.has(current.tagName);
      if (block && line.trim()) lines.push(line);
      if (block) line = '';
      current.children.forEach(walk);
      if (block && line.trim()) lines.push(line);
      if (block) line = '';
    }
  };
  walk(node);
  if (line.trim()) lines.push(line);
  return lines.map((each) => each.replace(noteMarkers, '').replace(/\s+/g, ' ').trim()).join('\n');
}

/** A paragraph that only links into the document (a table of contents without its styles). */
function isInternalLinkParagraph(element: Element): boolean {
  if (element.tagName !== 'p') return false;
  const meaningful = element.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  return (
    meaningful.length > 0 &&
    meaningful.every((child) => child.type === 'element' && child.tagName === 'a' && String(child.properties?.href ?? '').startsWith('#'))
  );
}

/**
 * A paragraph that is only bold and short and does not end like a sentence: what a heading
 * looks like when the author formatted it by hand.
 */
function looksLikeBoldHeading(element: Element): boolean {
  if (element.tagName !== 'p') return false;
  const text = textOf(element);
  if (text.length === 0 || text.length > 120 || /[.;,]$/.test(text)) return false;
  let boldText = '';
  let other = false;
  const walk = (nodes: ElementContent[], bold: boolean) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        if (bold) boldText += node.value;
        else if (node.value.trim() !== '') other = true;
      } else if (node.type === 'element') walk(node.children, bold || node.tagName === 'strong' || node.tagName === 'b');
    }
  };
  walk(element.children, false);
  return !other && boldText.trim().length > 0;
}

/**
 * Bold lines read as headings (no heading styles) that are the cover: every one up to the last
 * cover line before the first chapter with text of its own becomes a paragraph again.
 */
function demoteCoverLines(blocks: Element[]): void {
  let last = -1;
  for (let index = 0; index < blocks.length; index += 1) {
    if (blocks[index]!.tagName !== 'h1') continue;
    if (isCoverLine(textOf(blocks[index]!))) last = index;
    else if (blocks[index + 1] && blocks[index + 1]!.tagName !== 'h1') break;
  }
  for (const block of blocks.slice(0, last + 1)) if (block.tagName === 'h1') block.tagName = 'p';
}

/** The ids in a block: where mammoth puts a bookmark (`<a id="_Toc1">`). */
function idsIn(block: Element): string[] {
  const ids: string[] = [];
  const walk = (node: Element) => {
    if (typeof node.properties?.id === 'string') ids.push(node.properties.id);
    for (const child of node.children) if (child.type === 'element') walk(child);
  };
  walk(block);
  return ids;
}

/** Takes the pictures out of a block, returning their descriptions. */
function removeImages(element: Element): string[] {
  const found: string[] = [];
  const walk = (parent: Element) => {
    parent.children = parent.children.filter((child) => {
      if (child.type === 'element' && child.tagName === 'img') {
        found.push(String(child.properties?.alt ?? '').trim());
        return false;
      }
      if (child.type === 'element') walk(child);
      return true;
    });
  };
  if (element.tagName === 'img') return [String(element.properties?.alt ?? '').trim()];
  walk(element);
  return found;
}

export function outlineOf(html: string): Outline {
  const root = fromHtml(html, { fragment: true });
  let blocks = root.children.filter((node): node is Element => node.type === 'element');
  const outline: Outline = { front: [], frontImages: [], sections: [], tocEntries: 0, boldHeadings: false, tableRows: 0, notes: new Map() };
  blocks = takeNotes(blocks, outline.notes);

  blocks = blocks.filter((block) => {
    if (classes(block).includes('indholdsfortegnelse') || isInternalLinkParagraph(block)) {
      outline.tocEntries += 1;
      return false;
    }
    if (block.tagName === 'h1' && classes(block).includes('titel')) {
      const text = textOf(block);
      if (outline.title === undefined && text) {
        outline.title = text;
        return false;
      }
      // A second paragraph in the title style continues the title page.
      block.tagName = 'p';
    }
    if (classes(block).includes('undertitel') && outline.subtitle === undefined && textOf(block)) {
      outline.subtitle = textOf(block);
      return false;
    }
    return true;
  });

  const hasHeadings = blocks.some((block) => headingLevel(block) !== undefined && textOf(block) !== '');
  if (!hasHeadings) {
    for (const block of blocks) {
      if (looksLikeBoldHeading(block)) {
        block.tagName = 'h1';
        outline.boldHeadings = true;
      }
    }
    demoteCoverLines(blocks);
    outline.boldHeadings = blocks.some((block) => block.tagName === 'h1');
  }

  // The rows of a two-column table of labels and section texts are sub-sections.
  const expanded: Element[] = [];
  let level = 0;
  for (const block of blocks) {
    const heading = headingLevel(block);
    if (heading !== undefined) level = heading;
    const rows = sectionRows(block);
    if (!rows) {
      expanded.push(block);
      continue;
    }
    for (const row of rows) {
      if (row.label) expanded.push({ type: 'element', tagName: `h${Math.min(6, level + 1)}`, properties: {}, children: [{ type: 'text', value: row.label }] });
      outline.tableRows += 1;
      expanded.push(...row.blocks);
    }
  }
  blocks = expanded;

  const stack: OutlineSection[] = [];
  for (const block of blocks) {
    const level = headingLevel(block);
    const heading = level === undefined ? '' : textOf(block);
    if (level !== undefined && heading !== '') {
      const bookmarks = idsIn(block);
      const section: OutlineSection = { heading, level, blocks: [], children: [], images: removeImages(block), ...(bookmarks.length > 0 ? { bookmarks } : {}) };
      while (stack.length > 0 && stack[stack.length - 1]!.level >= level) stack.pop();
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(section);
      else outline.sections.push(section);
      stack.push(section);
      continue;
    }
    if (level !== undefined) continue; // an empty heading paragraph
    const images = removeImages(block);
    const current = stack[stack.length - 1];
    if (current) current.images.push(...images);
    else outline.frontImages.push(...images);
    const empty = textOf(block) === '' && !hasContent(block);
    if (empty) continue;
    if (current) current.blocks.push(block);
    else outline.front.push(block);
  }
  return outline;
}

const noteId = /^#?(footnote|endnote)-(\d+)$/;
const noteLabel = (id: string) => {
  const match = noteId.exec(id);
  return match ? `${match[1] === 'endnote' ? 'e' : ''}${match[2]}` : undefined;
};

/**
 * mammoth puts footnotes and endnotes in a list at the end of the document, with links back
 * and forth. The list is taken out (so it does not end up in the last section) and each
 * reference becomes a marker the Markdown writer turns into `[^1]`.
 */
function takeNotes(blocks: Element[], notes: Map<string, Element[]>): Element[] {
  const kept = blocks.filter((block) => {
    if (block.tagName !== 'ol') return true;
    const items = block.children.filter((child): child is Element => child.type === 'element');
    const labels = items.map((item) => noteLabel(String(item.properties?.id ?? '')));
    if (items.length === 0 || labels.some((label) => label === undefined)) return true;
    items.forEach((item, index) => {
      const withoutBackLinks = (node: Element): Element => ({
        ...node,
        children: node.children
          .filter((child) => !(child.type === 'element' && child.tagName === 'a' && /^#(footnote|endnote)-ref-/.test(String(child.properties?.href ?? ''))))
          .map((child) => (child.type === 'element' ? withoutBackLinks(child) : child)),
      });
      notes.set(labels[index]!, item.children.filter((child): child is Element => child.type === 'element').map(withoutBackLinks));
    });
    return false;
  });
  const replaceReferences = (parent: Element) => {
    parent.children = parent.children.map((child) => {
      if (child.type !== 'element') return child;
      const link = child.tagName === 'sup' ? child.children.find((each): each is Element => each.type === 'element' && each.tagName === 'a') : undefined;
      const label = link ? noteLabel(String(link.properties?.href ?? '')) : undefined;
      if (label && notes.has(label)) return { type: 'text', value: noteMarker(label) };
      replaceReferences(child);
      return child;
    });
  };
  kept.forEach(replaceReferences);
  return kept;
}

/** Whether a block without text still carries something (a table of empty cells does not). */
function hasContent(element: Element): boolean {
  return element.children.some((child) => child.type === 'element' && (child.tagName === 'hr' || hasContent(child)));
}
