/**
 * Markdown in text fields becomes safe HTML: remark-parse with GFM (tables, lists,
 * footnotes), remark-rehype and rehype-raw (so simple HTML such as <br> works), then
 * rehype-sanitize (no script, event handlers, iframes, styles or javascript: links can
 * reach a municipality's web page), then our own touches: headings
 * shifted to fit under their section, ids made unique per section, and legal citations
 * linked to their law.
 */
import type { Element, Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { UserError } from '../usage.js';
import { rehypeLeadIns } from './lead-ins.js';
import { rehypeLegalLinks } from './legal-links.js';
import { markdownLimits, markdownProblem } from './markdown-limits.js';

export interface MarkdownOptions {
  /** The level of the section's own heading; headings in the text start one below it. */
  sectionLevel: number;
  /** Prefix for ids in the text (footnotes), so two sections never share an id. */
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

function rehypeFitIntoSection() {
  return (tree: Root, file: VFile) => {
    const { sectionLevel, idPrefix } = file.data as unknown as MarkdownOptions;
    const headings: Element[] = [];
    visit(tree, 'element', (node: Element) => {
      if (headingTags.includes(node.tagName)) headings.push(node);
      const id = node.properties?.id;
      if (typeof id === 'string') node.properties.id = `${idPrefix}-${id}`;
      const href = node.properties?.href;
      if (typeof href === 'string' && href.startsWith('#')) node.properties.href = `#${idPrefix}-${href.slice(1)}`;
      for (const reference of ['ariaDescribedBy', 'ariaLabelledBy'] as const) {
        const ids = node.properties?.[reference];
        if (ids !== undefined && ids !== null) node.properties[reference] = [ids].flat().map((value) => `${idPrefix}-${value}`);
      }
    });
    if (headings.length === 0) return;
    const shallowest = Math.min(...headings.map((heading) => Number(heading.tagName[1])));
    const shift = sectionLevel + 1 - shallowest;
    for (const heading of headings) heading.tagName = `h${Math.min(6, Number(heading.tagName[1]) + shift)}`;
  };
}

const toHast = { clobberPrefix: '', footnoteLabel: 'Fodnoter', footnoteBackLabel: 'Tilbage til teksten' };
const finish = (processor: ReturnType<typeof unified>) =>
  processor.use(rehypeSanitize, sanitizeSchema).use(rehypeFitIntoSection).use(rehypeLegalLinks).use(rehypeLeadIns).use(rehypeStringify).freeze();

/** For text with HTML in it: parse the HTML (rehype-raw), so the sanitizer sees every element. */
const withHtml = finish(
  unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { ...toHast, allowDangerousHtml: true })
    .use(rehypeRaw) as never,
);
/** Plain Markdown (most text) skips the HTML parser; raw HTML would be dropped, not kept. */
const withoutHtml = finish(unified().use(remarkParse).use(remarkGfm).use(remarkRehype, toHast) as never);

/** Safe HTML for a text within the limits `validate` enforces (./markdown-limits.ts); a text beyond them is the user's to fix. */
export function markdownToHtml(markdown: string, options: MarkdownOptions): string {
  const problem = markdownProblem(markdown);
  if (problem) throw new UserError(problem.code, problem.args);
  const processor = /<[a-z!/?]/i.test(markdown) ? withHtml : withoutHtml;
  try {
    return String(processor.processSync({ value: markdown, data: { ...options } }));
  } catch (error) {
    // A structure the limits did not foresee still ends as a message, not a crash.
    if (error instanceof RangeError) throw new UserError('markdown-for-dyb', { antal: 'for mange', graense: markdownLimits.depth });
    throw error;
  }
}
