/**
 * What a version of the standard prints, part by part: each section as the templates render
 * it (its heading and its text), the table of contents, and the rest of the page (cover and
 * footer). Read from the rendered page rather than from the YAML, so whatever a template
 * prints is compared (a new template field needs no change here), and the words are the
 * words as printed: no Markdown, dates and figures as the reader sees them.
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Kvalitetsstandard } from '../generated/kvalitetsstandard.js';
import { renderDocument } from '../render/html.js';
import { markdownToHtml } from '../render/markdown.js';
import { sectionAnchors } from '../render/model.js';
import { documentSections, type SectionKind } from '../sections.js';

export interface PrintedPart {
  key: string;
  /** The heading as printed (without its chapter number), or the section's name when it prints none. */
  heading: string;
  /** The printed text, one block (paragraph, list item, table cell) a line. */
  text: string;
}

/** Parts of the page that are not sections; their keys cannot be a section's `noegle` (a-z, 0-9, -). */
const coverKey = '(forside)';
const contentsKey = '(indhold)';

const skipped = new Set(['head', 'style', 'script', 'template', 'noscript']);
const inline = new Set(['a', 'abbr', 'b', 'cite', 'code', 'em', 'i', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'del', 'ins']);

const idOf = (element: Element) => (typeof element.properties.id === 'string' ? element.properties.id : undefined);
const classes = (element: Element) => (Array.isArray(element.properties.className) ? element.properties.className.map(String) : []);
const hidden = (element: Element) => element.properties.ariaHidden === 'true' || element.properties.hidden !== undefined;

/** The text of a heading as printed, without its chapter number (numbers move when a chapter is added; the contents show them). */
function headingText(node: Element | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' || classes(node).includes('nummer') || hidden(node)) return '';
  return node.children.map(headingText).join('');
}

/** A link to a place on the page outside any section (»Gå til indholdet«): a way around the page, not its text. */
const skipLink = (element: Element, part: string) => part === coverKey && element.tagName === 'a' && String(element.properties.href ?? '').startsWith('#');

/**
 * Where a link leads, when the page does not say it in the link's own words: a changed address
 * (a complaint form, a law) is a change the reader cannot see in the text. Links within the
 * page lead nowhere new; a »mailto:« or »tel:« address is written as the address itself.
 */
function linkAddress(element: Element): string | undefined {
  const href = element.properties.href;
  if (element.tagName !== 'a' || typeof href !== 'string' || href === '' || href.startsWith('#')) return undefined;
  const address = href.replace(/^(?:mailto|tel):/i, '');
  return tidy(headingText(element)) === address ? undefined : address;
}

const tidy = (text: string) =>
  text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');

/** The page's printed text split into its parts, in the order they are printed. */
export function printedParts(page: string, sectionNames: Map<string, string>): Map<string, PrintedPart> {
  const texts = new Map<string, string[]>();
  const headings = new Map<string, string>();
  const sectionById = new Map([...sectionNames.keys()].map((key) => [`afsnit-${key}`, key]));
  const add = (key: string, text: string) => (texts.get(key) ?? texts.set(key, []).get(key)!).push(text);
  const walk = (node: Root | RootContent, part: string) => {
    if (node.type === 'text') return add(part, node.value);
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      if (skipped.has(node.tagName) || hidden(node) || skipLink(node, part)) return;
      const id = idOf(node);
      const section = id ? sectionById.get(id) : undefined;
      if (section) part = section;
      else if (node.tagName === 'nav') part = contentsKey;
      if (id && id === `afsnit-${part}-overskrift`) return void headings.set(part, tidy(headingText(node)));
      if (part === contentsKey && /^h\d$/.test(node.tagName)) return void headings.set(part, tidy(headingText(node)));
      // A term and its description read as one line: »Næste revision: december 2023«.
      if (!inline.has(node.tagName) && node.tagName !== 'dd') add(part, '\n');
    }
    for (const child of node.children) walk(child, part);
    if (node.type !== 'element') return;
    const address = linkAddress(node);
    if (address) add(part, ` (${address})`);
    if (!inline.has(node.tagName)) add(part, node.tagName === 'dt' ? ': ' : '\n');
  };
  // Styles are not text, and the embedded fonts make up half the page: not parsed.
  walk(fromHtml(page.replace(/<style[^>]*>[\s\S]*?<\/style>/gi, '')), coverKey);
  const parts = new Map<string, PrintedPart>();
  for (const [key, chunks] of texts) {
    const text = tidy(chunks.join(''));
    const heading = headings.get(key) ?? sectionNames.get(key) ?? 'Forside og sidefod';
    if (text || headings.has(key)) parts.set(key, { key, heading, text });
  }
  return parts;
}

/** A Markdown field's text as printed (»**1.850 kr.** pr. døgn« → »1.850 kr. pr. døgn«). */
export function markdownText(markdown: string): string {
  // A fragment has no section: all of it is the one part outside them.
  return printedParts(markdownToHtml(markdown, { sectionLevel: 3, idPrefix: 'tal' }), new Map()).get(coverKey)?.text ?? '';
}

const unnamed: Record<SectionKind, string> = {
  forord: 'Forord',
  krav: 'Afsnit uden overskrift',
  afsnit: 'Afsnit uden overskrift',
  bilag: 'Bilag uden overskrift',
};

const pages = new WeakMap<Kvalitetsstandard, string>();
const parts = new WeakMap<Kvalitetsstandard, Map<string, PrintedPart>>();

/**
 * The page `document` prints with the templates `file` is built with (the shared ones, or the
 * municipality's own beside the file), without the site's navigation. Remembered per
 * document: a comparison renders each version once.
 */
export function printedPage(file: string, municipality: string, document: Kvalitetsstandard): string {
  const page = pages.get(document) ?? renderDocument(file, municipality, document, { site: false });
  pages.set(document, page);
  return page;
}

/** What `document` prints, part by part (see printedPage). */
export function printedDocument(file: string, municipality: string, document: Kvalitetsstandard): Map<string, PrintedPart> {
  const known = parts.get(document);
  if (known) return known;
  // A section that prints no heading of its own is named by its chapter's, as the annex links it; never by its key.
  const anchors = sectionAnchors(document);
  const names = new Map(
    [...documentSections(document)].map(([key, source]) => [key, anchors.get(key)?.heading ?? source.requirement?.title ?? unnamed[source.kind]]),
  );
  const printed = printedParts(printedPage(file, municipality, document), names);
  parts.set(document, printed);
  return printed;
}
