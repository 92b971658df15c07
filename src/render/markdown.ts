/**
 * Markdown in text fields becomes safe HTML: remark-parse with GFM (tables, lists,
 * footnotes), remark-rehype and rehype-raw (so simple HTML such as <br> works), then
 * rehype-sanitize (no script, event handlers, iframes, styles or javascript: links can
 * reach a municipality's web page), then our own touches: headings
 * shifted to fit under their section, ids kept apart from the page's own, and legal citations
 * linked to their law.
 */
import { randomUUID } from 'node:crypto';
import type { Element, Root } from 'hast';
import type { Root as MarkdownTree } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { UserError } from '../usage.js';
import { rehypeLeadIns } from './lead-ins.js';
import { rehypeLegalLinks } from './legal-links.js';
import { rehypeKeepTogether } from './nonbreaking.js';
import { rehypeFoldingTables } from './tables.js';
import { eachElement } from './walk.js';
import { markdownLimits, markdownProblem } from '../markdown-limits.js';

export interface MarkdownOptions {
  /** The level of the section's own heading; headings in the text start one below it. */
  sectionLevel: number;
  /** The id of the text's section (or part of one): the text's own ids go under it (see textIds). */
  idPrefix: string;
}

/**
 * GitHub's sanitizing rules, without its id prefix (we prefix ids per section ourselves)
 * and without images: the page must load nothing from outside, and the logo has its own field.
 */
const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  clobberPrefix: '',
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => tag !== 'img' && tag !== 'picture' && tag !== 'source'),
};

const headingTags = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/**
 * Ids the Markdown itself makes (footnotes) are marked before raw HTML joins the tree, with a
 * prefix new in every run that no text can write; every other id in a text is the user's. A
 * link is marked only when it leads to such an id: a Markdown link to another section
 * (`[klage](#afsnit-klage)`, as the importer writes a link to a Word bookmark at a heading)
 * or to the user's own id keeps its target.
 */
const generatedMark = `g${randomUUID().replaceAll('-', '')}-`;
const idReferences = ['ariaDescribedBy', 'ariaLabelledBy', 'htmlFor', 'headers'] as const;

function rehypeMarkGenerated() {
  return (tree: Root) => {
    const generated = new Set<string>();
    eachElement(tree, (node) => {
      if (typeof node.properties.id === 'string') generated.add(node.properties.id);
    });
    eachElement(tree, (node) => {
      const { id, href } = node.properties;
      if (typeof id === 'string') node.properties.id = generatedMark + id;
      if (typeof href === 'string' && href.startsWith('#') && generated.has(href.slice(1))) node.properties.href = `#${generatedMark}${href.slice(1)}`;
      for (const reference of idReferences) {
        const ids = node.properties[reference];
        if (ids !== undefined && ids !== null) node.properties[reference] = [ids].flat().map((value) => generatedMark + value);
      }
    });
  };
}

/**
 * A text's ids live under its section's, after »--«, which no generated id of the page
 * contains (no section key has two hyphens in a row): »afsnit-klage--fn-1« for a
 * footnote, »afsnit-klage--tekst-overskrift« for the user's own id="overskrift". So no id a
 * user writes can equal a section's, its heading's, the cover's or a footnote's (nor a
 * residential offer's, »afsnit-doegnbehandling--tilbud-0«, which has no »tekst-«), and
 * aria-labelledby and the table of contents keep pointing at the generated element.
 */
function textIds(tree: Root, idPrefix: string): (value: string) => string | undefined {
  const own = new Set<string>();
  eachElement(tree, (node) => {
    const { id, name } = node.properties;
    for (const value of [id, name]) if (typeof value === 'string' && !value.startsWith(generatedMark)) own.add(value);
  });
  /** The id as published; a reference to an id not in the text (another section's) is left as written. */
  return (value) =>
    value.startsWith(generatedMark) ? `${idPrefix}--${value.slice(generatedMark.length)}` : own.has(value) ? `${idPrefix}--tekst-${value}` : undefined;
}

function rehypeFitIntoSection() {
  return (tree: Root, file: VFile) => {
    const { sectionLevel, idPrefix } = file.data as unknown as MarkdownOptions;
    const published = textIds(tree, idPrefix);
    const headings: Element[] = [];
    eachElement(tree, (node) => {
      if (headingTags.includes(node.tagName)) headings.push(node);
      const { id, name, href } = node.properties;
      if (typeof id === 'string') node.properties.id = published(id) ?? id;
      if (typeof name === 'string') node.properties.name = published(name) ?? name;
      if (typeof href === 'string' && href.startsWith('#')) node.properties.href = `#${published(href.slice(1)) ?? href.slice(1)}`;
      for (const reference of idReferences) {
        const ids = node.properties[reference];
        if (ids !== undefined && ids !== null) node.properties[reference] = [ids].flat().map((value) => published(String(value)) ?? String(value));
      }
    });
    if (headings.length === 0) return;
    const shallowest = Math.min(...headings.map((heading) => Number(heading.tagName[1])));
    const shift = sectionLevel + 1 - shallowest;
    for (const heading of headings) heading.tagName = `h${Math.min(6, Number(heading.tagName[1]) + shift)}`;
  };
}

/**
 * A task list's checkboxes (»- [x] …«, GFM) with a name a screen reader says, which they lack
 * (axe: »Form elements must have labels«): whether the item is ticked. Added after the sanitizer.
 */
function rehypeNameTaskBoxes() {
  return (tree: Root) => {
    eachElement(tree, (node) => {
      if (node.tagName === 'input' && node.properties.type === 'checkbox') node.properties.ariaLabel = node.properties.checked ? 'Afkrydset' : 'Ikke afkrydset';
    });
  };
}

const toHast = { clobberPrefix: '', footnoteLabel: 'Fodnoter', footnoteBackLabel: 'Tilbage til teksten' };
const finish = (processor: ReturnType<typeof unified>) =>
  processor
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeNameTaskBoxes)
    .use(rehypeFitIntoSection)
    .use(rehypeLegalLinks)
    .use(rehypeLeadIns)
    .use(rehypeFoldingTables)
    .use(rehypeKeepTogether)
    .use(rehypeStringify)
    .freeze();

/** For text with HTML in it: parse the HTML (rehype-raw), so the sanitizer sees every element. */
const withHtml = finish(
  unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { ...toHast, allowDangerousHtml: true })
    .use(rehypeMarkGenerated)
    .use(rehypeRaw) as never,
);
/** Plain Markdown (most text) skips the HTML parser; raw HTML would be dropped, not kept. */
const withoutHtml = finish(unified().use(remarkParse).use(remarkGfm).use(remarkRehype, toHast).use(rehypeMarkGenerated) as never);

/**
 * What may make Markdown (GFM) anywhere in a text: emphasis, code, escapes, character references,
 * links, images, footnotes, raw HTML and autolinks (also GFM's www., http(s):// and e-mail
 * literals), strikethrough and tables; and characters the parser treats apart from text (tabs,
 * carriage returns, other control characters, a byte order mark). Deliberately wide: a text
 * with any of them is parsed.
 */
const maySyntax = /[\\`*_[\]<>&|~@\t\r\0-\x08\x0b-\x1f\x7f\ufeff]|www|http/i;
/**
 * What may make a block of a line: indentation (code, list continuation), a quote, list, heading
 * or fence marker, a thematic break, setext underline or table delimiter row (which `maySyntax`
 * keeps out by its »|« too), a digit (an ordered list), and whitespace at its end (a hard
 * break; the parser also drops it).
 */
const mayBlock = /^[\s>\-+*_=#`~<|:\d[]|\s$/u;
/** A heading line with one space after its marks and text without »#« (no closing sequence) or whitespace at its ends. */
const plainHeading = /^(#{1,6}) ([^#\s](?:[^#]*[^#\s])?)$/u;

type Block = MarkdownTree['children'][number];
type List = Extract<Block, { type: 'list' }>;
const paragraph = (lines: string[]) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, value: lines.join('\n') }] });

/**
 * The Markdown tree of a text made only of headings, paragraphs and lists of »- « items of
 * plain text (nothing of `maySyntax`; lines that match `plainHeading`, or else nothing of
 * `mayBlock`, also in an item after its »- «), built without the parser as CommonMark reads
 * such lines: lines between blank lines, headings and items are a paragraph of their text as
 * it stands; an item takes the lines after it up to a blank line (lazy continuation), and a
 * blank line between two items makes the list loose. Undefined for any other text, which the
 * parser reads. test/markdown-plain.test.ts holds both ways to the same HTML on many texts,
 * plain and hostile.
 */
export function plainTree(markdown: string): MarkdownTree | undefined {
  if (maySyntax.test(markdown)) return undefined;
  const blocks: Block[] = [];
  /** The lines of the paragraph under way: on its own, or the last item's. */
  let lines: string[] = [];
  let list: List | undefined;
  let blank = false;
  const end = () => {
    if (lines.length > 0 && !list) blocks.push(paragraph(lines));
    if (list) blocks.push(list);
    [lines, list] = [[], undefined];
  };
  for (const line of markdown.split('\n')) {
    const heading = plainHeading.exec(line);
    const item = line.startsWith('- ') ? line.slice(2) : undefined;
    if (heading) {
      end();
      blocks.push({ type: 'heading', depth: heading[1]!.length as 1 | 2 | 3 | 4 | 5 | 6, children: [{ type: 'text', value: heading[2]! }] });
    } else if (line === '') {
      if (!list) end();
    } else if (item !== undefined && item !== '' && !mayBlock.test(item)) {
      if (list) list.spread ||= blank;
      else {
        end();
        list = { type: 'list', ordered: false, start: null, spread: false, children: [] };
      }
      lines = [item];
      list.children.push({ type: 'listItem', spread: false, checked: null, children: [paragraph(lines)] });
    } else if (mayBlock.test(line)) return undefined;
    else {
      if (list && blank) end();
      lines.push(line);
      if (list) list.children.at(-1)!.children = [paragraph(lines)];
    }
    blank = line === '';
  }
  end();
  return { type: 'root', children: blocks };
}

/** A text's HTML; `plain` may give its tree without the parser (much text in a standard is plain headings and paragraphs). */
function render(markdown: string, options: MarkdownOptions, plain: (markdown: string) => MarkdownTree | undefined): string {
  const problem = markdownProblem(markdown);
  if (problem) throw new UserError(problem.code, problem.args);
  const processor = /<[a-z!/?]/i.test(markdown) ? withHtml : withoutHtml;
  try {
    const file = new VFile({ value: markdown, data: { ...options } });
    const tree = plain(markdown) ?? processor.parse(file);
    return String(processor.stringify(processor.runSync(tree as never, file), file));
  } catch (error) {
    // A structure the limits did not foresee still ends as a message, not a crash.
    if (error instanceof RangeError) throw new UserError('markdown-for-dyb', { antal: 'for mange', graense: markdownLimits.depth });
    throw error;
  }
}

/** Safe HTML for a text within the limits `validate` enforces (./markdown-limits.ts); a text beyond them is the user's to fix. */
export const markdownToHtml = (markdown: string, options: MarkdownOptions): string => render(markdown, options, plainTree);

/** The same, every text through the parser: what the test holds markdownToHtml to. */
export const parsedMarkdownToHtml = (markdown: string, options: MarkdownOptions): string => render(markdown, options, () => undefined);
