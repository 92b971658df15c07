/**
 * A paragraph that is only bold text (»**Formål**«) is a heading in looks only: it has no
 * place in the outline, the PDF's bookmarks or a screen reader's list of headings. Warn,
 * with the Markdown heading to write instead, at the line in the YAML file.
 */
import type { Heading, Paragraph, PhrasingContent, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isMap, isScalar, isSeq, Scalar, type Node } from 'yaml';
import { formatPath, type Diagnostic, type Position } from '../diagnostics/diagnostic.js';
import type { LoadedFile } from '../load.js';
import { positionAt } from '../load.js';
import type { PathSegment } from '../source-location.js';

/** Fields that hold a name, a date or an address, not running text. */
const notMarkdown = new Set(['kommune', 'titel', 'undertitel', 'overskrift', 'noegle', 'url', 'dato', 'organ', 'logo', 'farve', 'navn', 'senest_revideret', 'naeste_revision']);
/** Longer than this, bold is emphasis of a passage, not a heading. */
const maxHeadingWords = 15;

const parser = unified().use(remarkParse);

const textOf = (nodes: readonly PhrasingContent[]): string =>
  nodes.map((node) => ('value' in node ? node.value : 'children' in node ? textOf(node.children as PhrasingContent[]) : '')).join('');

/** The label of a paragraph that is one bold run (a colon after it allowed), or undefined. */
function boldOnly(paragraph: Paragraph): string | undefined {
  const [first, ...rest] = paragraph.children;
  if (first?.type !== 'strong' || !rest.every((node) => node.type === 'text' && /^\s*:?\s*$/.test(node.value))) return undefined;
  const label = textOf(first.children).replace(/\s+/g, ' ').trim().replace(/:$/, '').trim();
  const words = label.split(' ').filter(Boolean).length;
  return words > 0 && words <= maxHeadingWords ? label : undefined;
}

/** Each bold-only paragraph with the heading it should be: one level below the heading it follows, else `###`. */
export interface BoldHeading {
  /** The paragraph as written (»**Formål:**«). */
  source: string;
  label: string;
  heading: string;
  start: { line: number; column: number };
  end: { line: number; column: number };
}

export function boldHeadings(markdown: string): BoldHeading[] {
  if (!/^[ \t]*(\*\*|__)/m.test(markdown)) return [];
  const tree = parser.parse(markdown) as Root;
  const found: BoldHeading[] = [];
  let above: Heading | undefined;
  for (const node of tree.children) {
    if (node.type === 'heading') above = node;
    if (node.type !== 'paragraph') continue;
    const label = boldOnly(node);
    if (label === undefined) continue;
    const depth = above ? Math.min(6, above.depth + 1) : 3;
    found.push({ source: markdown.slice(node.position!.start.offset, node.position!.end.offset), label, heading: `${'#'.repeat(depth)} ${label}`, start: node.position!.start, end: node.position!.end });
  }
  return found;
}

/** Where line `line` (1-based) of a scalar's value stands in the file; exact for `|` blocks, else the scalar's start. */
function positionInFile(loaded: LoadedFile, scalar: Scalar, { line, column }: { line: number; column: number }): Position {
  const start = positionAt(loaded.lineCounter, scalar.range![0]);
  if (scalar.type !== Scalar.BLOCK_LITERAL) return start;
  const lines = loaded.text.split(/\r?\n/);
  const firstContent = lines.slice(start.line).find((text) => text.trim() !== '') ?? '';
  const indent = firstContent.length - firstContent.trimStart().length;
  return { line: start.line + line, column: indent + column };
}

export function boldHeadingWarnings(loaded: LoadedFile): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  const walk = (node: unknown, path: PathSegment[]) => {
    if (isMap(node)) {
      for (const pair of node.items) if (isScalar(pair.key)) walk(pair.value, [...path, String(pair.key.value)]);
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => walk(item, [...path, index]));
    } else if (isScalar(node) && typeof node.value === 'string' && node.range && !notMarkdown.has(String(path[path.length - 1]))) {
      for (const found of boldHeadings(node.value)) {
        const start = positionInFile(loaded, node, found.start);
        const end = node.type === Scalar.BLOCK_LITERAL ? positionInFile(loaded, node, found.end) : start;
        warnings.push({ code: 'fed-som-overskrift', args: { tekst: found.source, overskrift: found.heading }, severity: 'advarsel', file: loaded.file, start, end, path: formatPath(path) });
      }
    }
  };
  walk(loaded.document.contents as Node | null, []);
  return warnings;
}
