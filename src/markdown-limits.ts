/**
 * What a text field may be for its Markdown to render in bounded time and stack: the
 * parser's cost grows faster than linearly with deeply nested lists and quotes and with
 * many unmatched emphasis and link markers, and 20,000 nested »> « overflow the stack.
 * Real standards stay far below every limit (the longest text in the five files is 8,115
 * characters with 64 markup characters and lists nested 3 deep). `validate` applies these
 * limits to every text (so check, build and preview agree on what is acceptable), and the
 * renderer applies them again before it parses. Counting is one pass over the text.
 */
import type { Message } from './diagnostics/messages.js';

export const markdownLimits = {
  /** Characters in one text field. */
  length: 30_000,
  /** Lists and block quotes inside each other (indentation counts, two spaces a level). */
  depth: 16,
  /** Characters that open or close Markdown or HTML constructs (* _ [ ] ~ < > | `). */
  markup: 5_000,
  /** HTML tags in one text (nested ones are parsed recursively). */
  htmlTags: 500,
  /** Markup characters in all the texts of one file together. */
  markupPerFile: 20_000,
} as const;

const markupCharacters = /[*_[\]~<>|`]/g;

/** How deep the containers of one line go: »> « and list markers, plus indentation. */
function lineDepth(line: string): number {
  let depth = 0;
  let indent = 0;
  for (let index = 0; index < line.length; ) {
    const char = line[index]!;
    if (char === ' ' || char === '\t') {
      // Indentation before the first marker nests (two spaces a level); spaces after a marker only separate.
      if (depth === 0) indent += char === '\t' ? 4 : 1;
      index += 1;
    } else if (char === '>') {
      depth += 1;
      index += 1;
    } else if ((char === '-' || char === '*' || char === '+') && (line[index + 1] === ' ' || line[index + 1] === '\t')) {
      depth += 1;
      index += 2;
    } else {
      const ordered = /^\d{1,9}[.)](?=[ \t])/.exec(line.slice(index, index + 11));
      if (!ordered) break;
      depth += 1;
      index += ordered[0].length + 1;
    }
  }
  return depth + Math.floor(indent / 2);
}

export type MarkdownProblem = Message & {
  /** 0-based line within the text, where known. */
  line?: number;
};

/** Markup characters in a text, for the limit per file. */
export function markupCount(text: string): number {
  return text.match(markupCharacters)?.length ?? 0;
}

/**
 * A line that may nest deeper than the limit: one that begins with more than half as many
 * characters of indentation and markers (a tab of indentation is two levels). Most texts have
 * none, and are not cut into lines.
 */
const mayNestDeep = new RegExp(String.raw`^[ \t>*+\-\d.)]{${Math.floor(markdownLimits.depth / 2) + 1}}`, 'm');

/** The first limit the text breaks, or undefined when it is within all of them. `markup`: its markupCount, if counted already. */
export function markdownProblem(text: string, markup = markupCount(text)): MarkdownProblem | undefined {
  if (text.length > markdownLimits.length) return { code: 'markdown-for-lang', args: { antal: text.length, graense: markdownLimits.length } };
  if (markup > markdownLimits.markup) return { code: 'markdown-for-meget-opmaerkning', args: { antal: markup, graense: markdownLimits.markup } };
  const tags = text.match(/<[a-z/!]/gi)?.length ?? 0;
  if (tags > markdownLimits.htmlTags) return { code: 'markdown-for-mange-html', args: { antal: tags, graense: markdownLimits.htmlTags } };
  if (!mayNestDeep.test(text)) return undefined;
  const lines = text.split('\n');
  for (let line = 0; line < lines.length; line++) {
    const depth = lineDepth(lines[line]!);
    if (depth > markdownLimits.depth) return { code: 'markdown-for-dyb', args: { antal: depth, graense: markdownLimits.depth }, line };
  }
  return undefined;
}
