/**
 * A picture in a text (»![Kort over huset](kort.png)«, »![Kort][kort]« with the reference
 * defined, or HTML »<img …>«) is removed when the standard is published, and its description
 * with it: the page loads nothing from outside, and the logo has its own field
 * (src/render/markdown.ts). Warn at the picture, so that the writer says in words what it shows.
 * Read without a Markdown parser, as the other lints (validation runs before every command):
 * code, fenced or in backticks, and escaped marks are no picture.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { type LoadedFile, linesOf, positionAt } from '../load.js';
import { type TextFinding, textWarnings } from './text-fields.js';

/** At most this many characters of a description or a file name are quoted. */
const quotedLength = 60;
/** A description longer than this is no picture's: it bounds the search for its »]« (a text of unclosed »![« is then linear). */
const longestDescription = 1_000;

/** Whether a text can hold a picture at all, read before anything else. */
const mayHavePicture = /!\[|<img[\s/>]/i;
const fence = /^[ \t]*(`{3,}|~{3,})/;
/** A link reference definition at the start of a line: its label and its destination. */
const definition = /^ {0,3}\[((?:[^\\[\]]|\\.){1,999})\]:[ \t]*(?:<([^<>\n]*)>|(\S+))/gm;
/** An inline link's destination and optional title after »(«, up to its »)«. */
const inlineTarget =
  /^\([ \t]*\n?[ \t]*(?:<([^<>\n]*)>|((?:[^\s()\\]|\\.|\((?:[^\s()\\]|\\.)*\))*))(?:\s+(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\)))?\s*\)/;
const htmlPicture = /<img(?:[\s/][^<>]*)?>/gi;
const blankLine = /\n[ \t]*\n/;

interface Picture {
  /** Offsets in the text. */
  from: number;
  to: number;
  description: string;
  file: string;
}

/** The text with fenced code and code spans blanked out (same length, line breaks kept), so nothing in them is read. */
function withoutCode(markdown: string): string {
  let open: string | undefined;
  const lines = markdown.split('\n').map((line) => {
    const marks = fence.exec(line)?.[1];
    const inCode = open !== undefined;
    if (open === undefined && marks) open = marks;
    else if (open !== undefined && marks && marks[0] === open[0] && marks.length >= open.length && line.trim() === marks) open = undefined;
    return inCode || marks ? ' '.repeat(line.length) : line;
  });
  return withoutCodeSpans(lines.join('\n'));
}

/** A code span runs from a run of backticks to the next run of the same length; a run without one is text. One pass each way. */
function withoutCodeSpans(text: string): string {
  const runs = [...text.matchAll(/`+/g)].map((run) => ({ from: run.index, to: run.index + run[0].length }));
  const nextOfLength = new Map<number, number>();
  const closers = runs
    .map((_, index) => index)
    .reverse()
    .map((index) => {
      const length = runs[index]!.to - runs[index]!.from;
      const closer = nextOfLength.get(length);
      nextOfLength.set(length, index);
      return closer;
    })
    .reverse();
  let result = '';
  let copied = 0;
  for (let index = 0; index < runs.length; index++) {
    const closer = closers[index];
    if (closer === undefined) continue;
    result += text.slice(copied, runs[index]!.from) + text.slice(runs[index]!.from, runs[closer]!.to).replace(/[^\n]/g, ' ');
    copied = runs[closer]!.to;
    index = closer;
  }
  return result + text.slice(copied);
}

const escaped = (text: string, at: number): boolean => {
  let backslashes = 0;
  while (text[at - 1 - backslashes] === '\\') backslashes += 1;
  return backslashes % 2 === 1;
};

/** Markdown's reference labels match without case and with runs of whitespace as one space. */
const labelKey = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();

/** The offset of the »]« that closes the brackets opened before `from`, or -1 (none before a blank line or within `longestDescription`). */
function closingBracket(text: string, from: number): number {
  let depth = 1;
  for (let at = from; at < Math.min(text.length, from + longestDescription); at++) {
    const char = text[at];
    if (char === '\\') at += 1;
    else if (char === '[') depth += 1;
    else if (char === ']' && --depth === 0) return blankLine.test(text.slice(from, at)) ? -1 : at;
  }
  return -1;
}

/** Each Markdown picture: »![« not escaped, its description, then a destination in parentheses or a defined reference. */
function markdownPictures(text: string, references: Map<string, string>): Picture[] {
  const found: Picture[] = [];
  let from = text.indexOf('![');
  while (from >= 0) {
    const close = escaped(text, from) ? -1 : closingBracket(text, from + 2);
    const description = close < 0 ? '' : text.slice(from + 2, close);
    const after = text.slice(close + 1, close + 1 + 2_000);
    const inline = close < 0 ? null : inlineTarget.exec(after);
    const reference = close < 0 || inline ? null : /^\[((?:[^\\[\]]|\\.)*)\]/.exec(after);
    const label = labelKey(reference?.[1] || description);
    const file = inline ? (inline[1] ?? inline[2] ?? '') : references.get(label);
    if (file !== undefined && close >= 0) {
      const to = close + 1 + (inline?.[0].length ?? reference?.[0].length ?? 0);
      found.push({ from, to, description, file });
      from = text.indexOf('![', to);
    } else from = text.indexOf('![', from + 2);
  }
  return found;
}

/** Each HTML picture (»<img …>«), with its alt and src attributes. */
function htmlPictures(text: string): Picture[] {
  return [...text.matchAll(htmlPicture)]
    .filter((tag) => !escaped(text, tag.index) && !blankLine.test(tag[0]))
    .map((tag) => {
      const attribute = (name: string) =>
        new RegExp(String.raw`\s${name}\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>\x60]+))`, 'i')
          .exec(tag[0])
          ?.slice(1)
          .find((value) => value !== undefined) ?? '';
      return { from: tag.index, to: tag.index + tag[0].length, description: attribute('alt'), file: attribute('src') };
    });
}

const shortened = (value: string): string => {
  const text = value.replace(/\s+/g, ' ').trim();
  return text.length > quotedLength ? `${text.slice(0, quotedLength)}…` : text;
};

/** The pictures of a text, in the order they stand. */
export function picturesIn(markdown: string): TextFinding[] {
  if (!mayHavePicture.test(markdown)) return [];
  const text = withoutCode(markdown);
  const references = new Map<string, string>();
  for (const [, label, bracketed, bare] of text.matchAll(definition)) {
    const key = labelKey(label!);
    if (!references.has(key)) references.set(key, bracketed ?? bare ?? '');
  }
  const lines = linesOf(markdown);
  return [...markdownPictures(text, references), ...htmlPictures(text)]
    .sort((a, b) => a.from - b.from)
    .map((picture) => ({
      problem: { code: 'billede-i-tekst', args: { beskrivelse: shortened(picture.description), fil: shortened(picture.file) } },
      start: positionAt(lines, picture.from),
      end: positionAt(lines, picture.to),
    }));
}

export const pictureWarnings = (loaded: LoadedFile): Diagnostic[] => textWarnings(loaded, picturesIn);
