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
import { lacking, type PrintedWord } from './form.js';

export interface PrintedPart {
  key: string;
  /** The heading as printed (without its chapter number), or the section's name when it prints none. */
  heading: string;
  /** Whether the heading is printed: a section's name (its chapter's heading) changes when it moves, and is no change of its own. */
  headingPrinted: boolean;
  /** The printed text, one block (paragraph, list item, table cell) a line. */
  text: string;
  /** The same words one by one with their form, so a change in form alone (emphasis, heading level, a list) is seen. */
  words: PrintedWord[];
  /** The key of the outermost section the part is printed in (its chapter); its own key for a chapter. */
  chapter?: string;
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

/** Inline forms a reader sees in the words themselves. */
const inlineForms: Record<string, string> = {
  strong: 'fed skrift',
  b: 'fed skrift',
  em: 'kursiv',
  i: 'kursiv',
  code: 'kodeskrift',
  kbd: 'kodeskrift',
  del: 'gennemstregning',
  s: 'gennemstregning',
  u: 'understregning',
  ins: 'understregning',
  mark: 'markering',
  sup: 'hævet skrift',
  sub: 'sænket skrift',
};
/** Blocks that give their words a form of their own (a paragraph in them is not also »almindeligt afsnit«). */
const blockForms: Record<string, string> = { blockquote: 'citat', pre: 'kodeblok', table: 'tabel', th: 'tabeloverskrift' };

/** Where the walk of a page is: the part, its chapter, and the forms around. */
interface Place {
  part: string;
  chapter?: string;
  form: string[];
  /** Whether a block with a form of its own (a list, a table, a quote, a heading, a paragraph) is around. */
  inBlock: boolean;
}

/** The form an element gives the words in it, or none (a plain `span`, a link within the page). */
function formOf(element: Element, place: Place, headingLevel: number | undefined): string | undefined {
  const tag = element.tagName;
  const level = /^h([1-6])$/.exec(tag)?.[1];
  if (level) return headingLevel ? `underoverskrift på niveau ${Number(level) - headingLevel}` : `overskrift på niveau ${level}`;
  if (tag === 'ul' || tag === 'ol') {
    const depth = place.form.filter((form) => /^(punktopstilling|nummereret liste)/.test(form)).length;
    return `${tag === 'ul' ? 'punktopstilling' : 'nummereret liste'}${depth > 0 ? ` på niveau ${depth + 1}` : ''}`;
  }
  if (tag === 'p') return place.inBlock ? undefined : 'almindeligt afsnit';
  const href = element.properties.href;
  if (tag === 'a') return typeof href === 'string' && href !== '' && !href.startsWith('#') ? 'link' : undefined;
  return inlineForms[tag] ?? blockForms[tag];
}

const pictureOf = (element: Element, form: string[]): PrintedWord => {
  const alt = typeof element.properties.alt === 'string' ? element.properties.alt.trim() : '';
  return { word: '', picture: String(element.properties.src ?? ''), form: [...form, alt ? `billede med teksten »${alt}«` : 'billede uden tekst'] };
};

/**
 * The printed words of each part, with their forms. A word may go on in the next text
 * (»**telefon**,« is one word), and then has the forms of all its pieces; a picture, or
 * whitespace, ends it.
 */
function wordReader() {
  const words = new Map<string, PrintedWord[]>();
  const of = (part: string) => words.get(part) ?? words.set(part, []).get(part)!;
  let open: { part: string; word: PrintedWord } | undefined;
  return {
    words,
    text(place: Place, text: string) {
      for (const piece of text.split(/(\s+)/)) {
        if (piece === '' || /^\s/.test(piece) || open?.part !== place.part) open = undefined;
        if (piece === '' || /^\s/.test(piece)) continue;
        const list = of(place.part);
        // The open word is always its part's last.
        if (open) list[list.length - 1] = open.word = { word: open.word.word + piece, form: [...open.word.form, ...lacking(place.form, open.word.form)] };
        else list.push((open = { part: place.part, word: { word: piece, form: place.form } }).word);
      }
    },
    picture(place: Place, picture: PrintedWord) {
      open = undefined;
      of(place.part).push(picture);
    },
  };
}

/** The page's printed text split into its parts, in the order they are printed. */
export function printedParts(page: string, sectionNames: Map<string, string>): Map<string, PrintedPart> {
  const texts = new Map<string, string[]>();
  const reader = wordReader();
  const headings = new Map<string, string>();
  const headingLevels = new Map<string, number>();
  const chapters = new Map<string, string | undefined>();
  const sectionById = new Map([...sectionNames.keys()].map((key) => [`afsnit-${key}`, key]));
  const add = (place: Place, text: string) => {
    (texts.get(place.part) ?? texts.set(place.part, []).get(place.part)!).push(text);
    reader.text(place, text);
  };
  const walk = (node: Root | RootContent, at: Place) => {
    // A line break within a paragraph prints as a space (a text rewrapped is the same text); only a code block keeps its lines.
    if (node.type === 'text') return add(at, at.form.includes(blockForms.pre!) ? node.value : node.value.replace(/\s+/g, ' '));
    if (node.type !== 'element' && node.type !== 'root') return;
    let place = at;
    if (node.type === 'element') {
      if (skipped.has(node.tagName) || hidden(node) || skipLink(node, place.part)) return;
      const id = idOf(node);
      const section = id ? sectionById.get(id) : undefined;
      if (section) place = { part: section, chapter: place.chapter ?? section, form: [], inBlock: false };
      else if (node.tagName === 'nav') place = { part: contentsKey, form: [], inBlock: false };
      if (section) chapters.set(section, place.chapter);
      if (id && id === `afsnit-${place.part}-overskrift`) {
        headingLevels.set(place.part, Number(node.tagName.slice(1)));
        return void headings.set(place.part, tidy(headingText(node)));
      }
      if (place.part === contentsKey && /^h\d$/.test(node.tagName)) return void headings.set(place.part, tidy(headingText(node)));
      if (node.tagName === 'img') return reader.picture(place, pictureOf(node, place.form));
      const form = formOf(node, place, headingLevels.get(place.part));
      if (form) place = { ...place, form: [...place.form, form], inBlock: place.inBlock || !inline.has(node.tagName) };
      // A term and its description read as one line: »Næste revision: december 2023«.
      if (!inline.has(node.tagName) && node.tagName !== 'dd') add(place, '\n');
    }
    for (const child of node.children) walk(child, place);
    if (node.type !== 'element') return;
    const address = linkAddress(node);
    if (address) add(place, ` (${address})`);
    if (!inline.has(node.tagName)) add(place, node.tagName === 'dt' ? ': ' : '\n');
  };
  // Styles are not text, and the embedded fonts make up half the page: not parsed.
  walk(fromHtml(page.replace(/<style[^>]*>[\s\S]*?<\/style>/gi, '')), { part: coverKey, form: [], inBlock: false });
  const parts = new Map<string, PrintedPart>();
  const { words } = reader;
  for (const key of new Set([...texts.keys(), ...words.keys()])) {
    const text = tidy((texts.get(key) ?? []).join(''));
    const heading = headings.get(key) ?? sectionNames.get(key) ?? 'Forside og sidefod';
    if (text || headings.has(key) || words.get(key)?.length)
      parts.set(key, { key, heading, headingPrinted: headings.has(key), text, words: words.get(key) ?? [], chapter: chapters.get(key) });
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
