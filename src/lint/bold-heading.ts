/**
 * A paragraph that is only bold text (»**Formål**«) is a heading in looks only: it has no
 * place in the outline, the PDF's bookmarks or a screen reader's list of headings. A bold
 * line with text directly under it is worse: Markdown joins the two into one run-on line.
 * Warn, with the Markdown heading to write instead, at the line in the YAML file.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { LoadedFile } from '../load.js';
import { textWarnings } from './text-fields.js';

/** Longer than this, bold is emphasis of a passage, not a heading. */
const maxHeadingWords = 15;

/**
 * One line that is all bold: `**Formål**`, `__Formål__`, `**Formål:**` or `**Formål**:`.
 * A Markdown parser would cost every command its start-up (validation runs before all of
 * them), and a paragraph of one line needs none: the blocks around it are found by blank
 * lines, with fenced and indented code, lists, quotes and tables left alone.
 */
const boldLine = /^(\*\*|__)(?!\s)((?:(?!\1).)+?)(?<!\s)\1(\s*:)?$/;
const fence = /^(`{3,}|~{3,})/;
const atxHeading = /^(#{1,6})\s/;
/** A line that starts another kind of block (list item, quote, table row, HTML). */
const otherBlock = /^([-*+]\s|\d+[.)]\s|>|\||<)/;

export interface BoldHeading {
  /** The paragraph as written (»**Formål:**«). */
  source: string;
  label: string;
  /** The Markdown heading to write instead: one level below the heading it follows, else `###`. */
  heading: string;
  /** Text follows on the next line, so the bold words and that text print as one line. */
  runsOn: boolean;
  /** 1-based, in the text. */
  start: { line: number; column: number };
  end: { line: number; column: number };
}

export function boldHeadings(markdown: string): BoldHeading[] {
  if (!/^[ \t]*(\*\*|__)/m.test(markdown)) return [];
  const lines = markdown.split(/\r?\n/);
  const found: BoldHeading[] = [];
  let inFence: string | undefined;
  let depthAbove: number | undefined;
  lines.forEach((line, index) => {
    const indent = line.length - line.trimStart().length;
    const text = line.trim();
    if (inFence) {
      if (text.startsWith(inFence)) inFence = undefined;
      return;
    }
    const opening = fence.exec(text);
    if (opening) {
      inFence = opening[1]!;
      return;
    }
    if (indent >= 4) return;
    const heading = atxHeading.exec(text);
    if (heading) depthAbove = heading[1]!.length;
    // The line must begin a paragraph; the text directly under it joins it on one printed line, which is worse.
    const above = (lines[index - 1] ?? '').trim();
    const beginsParagraph = above === '' || atxHeading.test(above);
    const runsOn = (lines[index + 1] ?? '').trim() !== '';
    const match = beginsParagraph && !otherBlock.test(text) ? boldLine.exec(text) : null;
    if (!match) return;
    const label = match[2]!.replace(/\s+/g, ' ').trim().replace(/:$/, '').trim();
    const words = label.split(' ').filter(Boolean).length;
    if (words === 0 || words > maxHeadingWords || /[*_]{2}/.test(label)) return;
    const depth = depthAbove === undefined ? 3 : Math.min(6, depthAbove + 1);
    found.push({
      source: text,
      label,
      heading: `${'#'.repeat(depth)} ${label}`,
      runsOn,
      start: { line: index + 1, column: indent + 1 },
      end: { line: index + 1, column: indent + text.length + 1 },
    });
  });
  return found;
}

export function boldHeadingWarnings(loaded: LoadedFile): Diagnostic[] {
  return textWarnings(loaded, (markdown) =>
    boldHeadings(markdown).map((heading) => ({
      problem: { code: 'fed-som-overskrift', args: { tekst: heading.source, overskrift: heading.heading, fortsaetter: heading.runsOn ? 'ja' : undefined } },
      start: heading.start,
      end: heading.end,
    })),
  );
}
