/**
 * Where each character of a quoted text's value comes from in the file. YAML folds the lines
 * of a text in quotes as it folds a plain one (a line break is a space, a blank line a break,
 * each line's indentation and trailing spaces dropped) and reads its escapes (»\"«, »\u00e6«,
 * »\« at a line's end, »''« in single quotes). Read again here with the file offset of each
 * character, so that a sentence on a later line or after an escape is placed where it stands.
 */

/** The one-character escapes of a double-quoted text (YAML 1.2, 5.7). */
const escapes: Readonly<Record<string, string>> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\x85',
  _: '\xa0',
  L: '\u2028',
  P: '\u2029',
};
/** Escapes by code point, and their number of hex digits. */
const hexEscapes: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

const isBreak = (char: string | undefined) => char === '\n' || char === '\r';
const isBlank = (char: string | undefined) => char === ' ' || char === '\t';

/** A quoted scalar's value as read, unit by unit, with each unit's offset in the file. */
class QuotedReading {
  value = '';
  readonly offsets: number[] = [];
  /** Units before this one are content, never trailing spaces a fold drops: escaped, or a fold's own. */
  kept = 0;

  add(units: string, offset: number, escaped = false): void {
    this.value += units;
    for (let unit = 0; unit < units.length; unit += 1) this.offsets.push(offset);
    if (escaped) this.kept = this.value.length;
  }

  dropTrailingBlanks(): void {
    let end = this.value.length;
    while (end > this.kept && isBlank(this.value[end - 1])) end -= 1;
    this.value = this.value.slice(0, end);
    this.offsets.length = end;
  }
}

/** Past the line break at `at` (LF or CRLF). */
const pastBreak = (text: string, at: number) => (text[at] === '\r' && text[at + 1] === '\n' ? at + 2 : at + 1);

/**
 * A fold at the line break at `at`: blank lines after it become line breaks, or, with none,
 * the break is a space (left out after an escaped break). Returns where the next line's text begins.
 */
function fold(text: string, at: number, reading: QuotedReading, escaped: boolean): number {
  if (!escaped) reading.dropTrailingBlanks();
  let next = pastBreak(text, at);
  let blankLines = 0;
  for (;;) {
    while (isBlank(text[next])) next += 1;
    if (!isBreak(text[next])) break;
    blankLines += 1;
    reading.add('\n', next, true);
    next = pastBreak(text, next);
  }
  if (blankLines === 0 && !escaped) reading.add(' ', at, true);
  return next;
}

/** An escape at `at` (the backslash) read into `reading`; returns where the text goes on, or undefined for an escape YAML does not know. */
function escape(text: string, at: number, reading: QuotedReading): number | undefined {
  const kind = text[at + 1]!;
  if (isBreak(kind)) return fold(text, at + 1, reading, true);
  const digits = hexEscapes[kind];
  if (digits !== undefined) {
    const hex = text.slice(at + 2, at + 2 + digits);
    if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== digits || Number.parseInt(hex, 16) > 0x10ffff) return undefined;
    reading.add(String.fromCodePoint(Number.parseInt(hex, 16)), at, true);
    return at + 2 + digits;
  }
  const unit = escapes[kind];
  if (unit === undefined) return undefined;
  reading.add(unit, at, true);
  return at + 2;
}

/**
 * The file offset of each UTF-16 unit of the value of the quoted scalar that begins at `start`
 * (its opening quote); undefined when the scalar is not quoted or this reading of it does not
 * give the parser's value, so no position is ever made up.
 */
export function quotedValueOffsets(text: string, start: number, value: string): number[] | undefined {
  const quote = text[start];
  if (quote !== '"' && quote !== "'") return undefined;
  const reading = new QuotedReading();
  let at: number | undefined = start + 1;
  while (at !== undefined && at < text.length) {
    const char = text[at]!;
    if (char === quote && quote === "'" && text[at + 1] === "'") {
      reading.add("'", at, true);
      at += 2;
    } else if (char === quote) break;
    else if (char === '\\' && quote === '"') at = escape(text, at, reading);
    else if (isBreak(char)) at = fold(text, at, reading, false);
    else {
      reading.add(char, at);
      at += 1;
    }
  }
  return reading.value === value ? reading.offsets : undefined;
}

/**
 * The lines of a quoted scalar as the file has them, each with its escapes read: what a block
 * with »|« must hold to keep them as written. A line ended by an escaped break (»\«) goes on
 * in the same line, as YAML joins it; an escaped »\n« breaks the line where it stands.
 */
export function quotedFileLines(text: string, start: number, value: string, lineOf: (offset: number) => number): string[] | undefined {
  const offsets = quotedValueOffsets(text, start, value);
  if (!offsets) return undefined;
  const lines = [''];
  let line = lineOf(start);
  let folded = false;
  for (const [unit, offset] of offsets.entries()) {
    const char = value[unit]!;
    const atBreak = isBreak(text[offset]);
    if (atBreak && char === ' ') folded = true;
    else if (atBreak || char === '\n') {
      // A blank line of the file, or an escaped »\n«: a line of its own ends here.
      lines.push('');
      folded = atBreak;
      if (atBreak) line = lineOf(offset);
    } else {
      const at = lineOf(offset);
      if (at !== line && folded) lines.push('');
      line = at;
      folded = false;
      lines[lines.length - 1] += char;
    }
  }
  return lines;
}
