/**
 * A section's blocks as Markdown, the way a person would write it in the YAML: paragraphs,
 * lists, **bold**, *italic*, [links](…), GFM tables, and the section's own sub-headings as
 * ### headings. A two-column table of labels and texts (the layout many standards use) reads
 * better as a bold label followed by its text than as a table, so it is written that way; so
 * is a table whose cells hold several paragraphs or a list, which a Markdown table cannot.
 */
import type { Element, ElementContent, Root } from 'hast';
import type { Nodes as MdastNodes } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMdast } from 'hast-util-to-mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { noteMarkers, textOf } from './hast-text.js';
import type { OutlineSection } from './structure.js';
import { boundedSpans, element, fitsMarkdownTable, isLabelTable, text, unfoldTable } from './tables.js';
import { bulletCharacters } from '../text/bullets.js';

const inlineFormatting = new Set(['strong', 'b', 'em', 'i', 'u', 's', 'a', 'sup', 'sub']);

/**
 * Word keeps spaces inside bold and italic runs (» kursiv«) and splits one bold phrase into
 * several runs; Markdown needs the spaces outside the markers and one run per phrase.
 */
function tidyInline(parent: Element): void {
  const children: ElementContent[] = [];
  for (const child of parent.children) {
    if (child.type !== 'element') {
      children.push(child);
      continue;
    }
    tidyInline(child);
    if (!inlineFormatting.has(child.tagName)) {
      children.push(child);
      continue;
    }
    const first = child.children[0];
    const last = child.children[child.children.length - 1];
    let before = '';
    let after = '';
    if (first?.type === 'text') {
      before = /^\s*/.exec(first.value)![0];
      first.value = first.value.slice(before.length);
    }
    if (last?.type === 'text') {
      after = /\s*$/.exec(last.value)![0];
      last.value = last.value.slice(0, last.value.length - after.length);
    }
    if (before) children.push(text(before));
    const previous = children[children.length - 1];
    const sameAsPrevious = previous?.type === 'element' && previous.tagName === child.tagName && child.tagName !== 'a' && !before;
    if (textOf(child) === '' && child.tagName !== 'a') {
      // An empty bold or italic run carries nothing.
    } else if (sameAsPrevious) previous.children.push(...child.children);
    else children.push(child);
    if (after) children.push(text(after));
  }
  parent.children = children;
}

/** A bullet typed by hand (»• tekst«, »- tekst«, »– tekst«) or left over from a PDF, at the start of a paragraph or list item. */
const typedBullet = new RegExp(String.raw`^\s*(?:[${bulletCharacters}]\s*|[-–]\s+)`);

const isBreak = (node: ElementContent) => node.type === 'element' && node.tagName === 'br';
const hasBreak = (node: ElementContent): boolean => node.type === 'element' && node.children.some((child) => isBreak(child) || hasBreak(child));

/** Inline content cut at its line breaks (Shift+Enter), bold or italic runs cut with it. */
function splitAtBreaks(children: readonly ElementContent[]): ElementContent[][] {
  const lines: ElementContent[][] = [[]];
  for (const child of children) {
    if (isBreak(child)) lines.push([]);
    else if (child.type === 'element' && hasBreak(child))
      splitAtBreaks(child.children).forEach((part, index) => {
        if (index > 0) lines.push([]);
        lines[lines.length - 1]!.push({ ...child, children: part });
      });
    else lines[lines.length - 1]!.push(child);
  }
  return lines;
}

/**
 * A paragraph whose lines after Shift+Enter start with typed bullets is several paragraphs:
 * each bullet line its own (to become a list item), the other lines kept together as typed.
 */
function splitTypedBulletLines(block: Element): Element[] {
  if (block.tagName !== 'p' || !hasBreak(block)) return [block];
  const lines = splitAtBreaks(block.children);
  const bullet = (line: ElementContent[]) => typedBullet.test(textOf(element('p', line)));
  if (!lines.slice(1).some(bullet)) return [block];
  const out: Element[] = [];
  let previousWasText = false;
  for (const line of lines) {
    if (textOf(element('p', line)) === '') continue;
    const last = out[out.length - 1];
    if (!bullet(line) && previousWasText && last) last.children.push(element('br', []), ...line);
    else out.push(element('p', line));
    previousWasText = !bullet(line);
  }
  return out;
}

function stripTypedBullet(element: Element): void {
  const first = element.children[0];
  if (first?.type === 'text') first.value = first.value.replace(typedBullet, '');
  else if (first?.type === 'element' && first.tagName !== 'ul' && first.tagName !== 'ol') stripTypedBullet(first);
}

/**
 * Paragraphs that begin with a typed bullet become one list; list items lose a bullet typed
 * in front of Word's own.
 */
function typedLists(blocks: readonly Element[]): Element[] {
  const out: Element[] = [];
  for (const block of blocks.flatMap(splitTypedBulletLines)) {
    if (block.tagName === 'p' && typedBullet.test(textOf(block)) && textOf(block).replace(typedBullet, '') !== '') {
      stripTypedBullet(block);
      const item = element('li', block.children);
      const previous = out[out.length - 1];
      if (previous?.tagName === 'ul') previous.children.push(item);
      else out.push(element('ul', [item]));
      continue;
    }
    if (block.tagName === 'ul' || block.tagName === 'ol') {
      const visit = (list: Element) => {
        for (const item of list.children) {
          if (item.type !== 'element' || item.tagName !== 'li') continue;
          stripTypedBullet(item);
          item.children.forEach((child) => child.type === 'element' && (child.tagName === 'ul' || child.tagName === 'ol') && visit(child));
        }
      };
      visit(block);
      // Typed bullets next to Word's own are one list, not two.
      const previous = out[out.length - 1];
      if (block.tagName === 'ul' && previous?.tagName === 'ul') {
        previous.children.push(...block.children);
        continue;
      }
    }
    out.push(block);
  }
  return out;
}

/**
 * Where links inside the document (to a Word bookmark, `#_Toc1`) lead on the published page:
 * a bookmark at the heading of a section leads to that section's anchor; any other bookmark
 * has no place there, so its link is unwrapped. The link texts of each are kept for the report.
 */
export interface InternalLinks {
  /** The published page's anchor for a bookmark, or undefined when it has none there. */
  anchorOf(bookmark: string): string | undefined;
  toHeadings: string[];
  unlinked: string[];
}

/** The same counts, with no bookmark leading anywhere: for text written before the sections have their keys (a table of døgntilbud's cells). */
export const leadingNowhere = (links: InternalLinks): InternalLinks => ({ ...links, anchorOf: () => undefined });

/** A block with its links inside the document led to their section or unwrapped; a copy, so blocks read twice (a footnote used twice) are resolved once each. */
function withInternalLinks(block: Element, links: InternalLinks): Element {
  const children = block.children.flatMap((child): ElementContent[] => {
    if (child.type !== 'element') return [child];
    const inner = withInternalLinks(child, links);
    const href = inner.tagName === 'a' ? inner.properties.href : undefined;
    if (typeof href !== 'string' || !href.startsWith('#')) return [inner];
    const anchor = links.anchorOf(href.slice(1));
    (anchor ? links.toHeadings : links.unlinked).push(textOf(inner));
    return anchor ? [{ ...inner, properties: { ...inner.properties, href: `#${anchor}` } }] : inner.children;
  });
  return { ...block, children };
}

function prepare(blocks: readonly Element[], links: InternalLinks): Element[] {
  const unfolded = typedLists(
    blocks
      .map((block) => withInternalLinks(block, links))
      .flatMap((block) => {
        if (block.tagName !== 'table') return [block];
        return isLabelTable(block) || !fitsMarkdownTable(block) ? unfoldTable(block) : [boundedSpans(block)];
      }),
  );
  for (const block of unfolded) tidyInline(block);
  return unfolded;
}

/** Blocks and sub-sections as hast, the sub-headings at ### for the first level below the section. */
function sectionTree(blocks: readonly Element[], children: readonly OutlineSection[], depth: number, links: InternalLinks): Element[] {
  const out = [...prepare(blocks, links)];
  for (const child of children) {
    out.push(element(`h${Math.min(6, depth + 2)}`, [text(child.heading)]));
    out.push(...sectionTree(child.blocks, child.children, depth + 1, links));
  }
  return out;
}

function toMarkdownText(root: Root): string {
  const mdast = toMdast(root) as MdastNodes;
  return toMarkdown(mdast, {
    extensions: [gfmToMarkdown()],
    bullet: '-',
    emphasis: '*',
    strong: '*',
    listItemIndent: 'one',
    rule: '-',
    fences: true,
  });
}

/** A section's blocks and sub-sections as Markdown, its footnotes as `[^1]` with their text after it, its links inside the document as `links` says. */
export function blocksToMarkdown(
  blocks: readonly Element[],
  children: readonly OutlineSection[],
  notes: ReadonlyMap<string, Element[]>,
  links: InternalLinks,
): string {
  const used: string[] = [];
  const markdown = toMarkdownText({ type: 'root', children: sectionTree(blocks, children, 1, links) }).replace(noteMarkers, (_, label: string) => {
    if (!used.includes(label)) used.push(label);
    return `[^${label}]`;
  });
  const definitions = used.map(
    (label) =>
      `[^${label}]: ${toMarkdownText({ type: 'root', children: prepare(notes.get(label) ?? [], links) })
        .trim()
        .replace(/\n+/g, ' ')}`,
  );
  return [markdown.replace(/\n{3,}/g, '\n\n').trim(), ...definitions].filter(Boolean).join('\n\n');
}
