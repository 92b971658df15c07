/**
 * The YAML mistakes people make by hand, found line by line where they are: a space left
 * after removing »#«, a field or list item at the wrong indentation, a text line not
 * indented under »tekst: |«, a colon or »#« in pasted text, a missing space after a colon,
 * a quote that is never closed or closes too early, a tab. The parser reports most of
 * these where it gives up (often lines away, on an empty line); this pass follows the
 * indentation as a person reads it, so the message stands on the line to fix and says what
 * to do. Linear in the number of lines.
 */
import type { Diagnostic } from './diagnostics/diagnostic.js';
import type { DiagnosticMessageArgs } from './diagnostics/diagnostic-messages.js';
import { type MessageArgsByCode, type MessageCode, message } from './diagnostics/messages.js';
import { codePoint } from './diagnostics/wording.js';
import { LetterPattern } from './text/letters.js';
import { nearest } from './suggest.js';

interface Level {
  indent: number;
  kind: 'map' | 'seq';
}

/** What the previous line left open: a nested value, a plain text that may continue, or nothing. */
type Open = 'nested' | 'plain' | 'closed';

interface Block {
  key: string;
  parentIndent: number;
  /** The indentation of its first line (unknown until that line). */
  indent?: number;
  /** No line was indented under it. */
  empty?: boolean;
}

interface Quoted {
  quote: string;
  line: number;
  column: number;
  keyIndent: number;
}

/** A field that closed a deeper group without a blank line before it: perhaps moved out of the group by mistake. */
interface Dedent {
  line: Line;
  /** The indentation of the group it closed. */
  from: number;
}

interface TextStart {
  key: string;
  line: number;
}

interface Line {
  number: number;
  text: string;
  indent: number;
  /** Columns (0-based) of each »- « at the start. */
  dashes: number[];
  key?: string;
  keyColumn: number;
  /** The value after »key: « (or after the dashes), and where it starts. */
  value: string;
  valueColumn: number;
  /** How far the line stands from where it belongs (once reported): what is below it is read from there. */
  shift?: number;
}

/** A field name as this schema writes them; »Bemærk« or »kl. 10« is text, not a field. */
const fieldName = /^[a-z0-9_]+$/;
/** How many lines on a field's name without its colon may have the first field under it (blank and comment lines between). */
const lookahead = 20;
// No lazy part before the colon: a long line without one is read once, not once per character.
const keyPattern = /^("[^"]*"|'[^']*'|[^\s"'#[\]{}|>!&*%@`?][^:#]*):(?=[ \t]|$)/;
/** A key YAML reads but no field is named so: a list or group in brackets, or an alias (said by the tree's check, src/load.ts). */
const otherKeyPattern = /^(\[[^\]\n]*\]|\{[^}\n]*\}|\*[^\s:]+)[ \t]*:(?=[ \t]|$)/;
/** Tags and anchors before a key or a value (»!!str navn:«, »&a navn:«, »!!binary |«), said by the tree's check; what follows is read. */
const keyProperties = /^(?:[!&]\S*[ \t]+)+/;
/** »? « and »: « at the start of a line: an explicit key and its value, not text. */
const explicitIndicator = /^[?:](?=[ \t]|$)/;
const dashPattern = /-(?: +|$)/y;
const missingSpace = /^([a-z0-9_]+):([^\s/:].*)$/;

function parseLine(text: string, number: number): Line {
  const indent = /^ */.exec(text)![0].length;
  const dashes: number[] = [];
  let column = indent;
  for (dashPattern.lastIndex = column; dashPattern.exec(text); dashPattern.lastIndex = column) {
    dashes.push(column);
    column = dashPattern.lastIndex;
  }
  const properties = keyProperties.exec(text.slice(column))?.[0].length ?? 0;
  const rest = text.slice(column + properties);
  const key = keyPattern.exec(rest) ?? otherKeyPattern.exec(rest);
  if (!key) return { number, text, indent, dashes, keyColumn: column, value: text.slice(column), valueColumn: column };
  column += properties;
  const after = column + key[0].length;
  const valueColumn = after + /^[ \t]*/.exec(text.slice(after))![0].length;
  return { number, text, indent, dashes, key: key[1]!.trimEnd().replace(/^["']|["']$/g, ''), keyColumn: column, value: text.slice(valueColumn), valueColumn };
}

/** Where a quoted value closes on its line (-1 if it does not), with »\"« and »''« as escapes. */
function closingQuote(text: string, from: number, quote: string): number {
  for (let index = from; index < text.length; index++) {
    if (quote === '"' && text[index] === '\\') index++;
    else if (text[index] === quote) {
      if (quote === "'" && text[index + 1] === "'") index++;
      else return index;
    }
  }
  return -1;
}

/** Open minus closed brackets outside quotes. */
function bracketDepth(text: string): number {
  let depth = 0;
  let quote = '';
  for (const char of text) {
    if (quote) quote = char === quote ? '' : quote;
    else if (char === '"' || char === "'") quote = char;
    else if (char === '#') break;
    else if (char === '[' || char === '{') depth++;
    else if (char === ']' || char === '}') depth--;
  }
  return depth;
}

/**
 * The nearest of the levels to `indent`. On a tie, after a blank or comment line the
 * shallower (a new section starts there, as in the `ny` template), else the deeper (a
 * sibling of the line just above).
 */
function nearestLevel(levels: number[], indent: number, afterGap: boolean): number | undefined {
  return [...levels].sort((a, b) => Math.abs(a - indent) - Math.abs(b - indent) || (afterGap ? a - b : b - a))[0];
}

const letter = new LetterPattern(String.raw`\p{L}`);

const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** Characters that look like a space but are none to YAML: a non-breaking space (pasted from Word or a web page), a vertical tab or form feed, the typographic spaces. */
const oddSpaces = '\\u000b\\u000c\\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000';
/** Characters that show nothing at all: zero-width spaces and joiners, a byte order mark inside the file (two files joined), a soft hyphen. */
export const invisibles = '\\u00ad\\u180e\\u200b-\\u200d\\u2060\\ufeff';

/**
 * Such a character where a line's indentation is. The parser then reads the line as text, and
 * its own message (a colon in a text, a wrong indentation) points elsewhere.
 */
const oddIndent = new RegExp(`^[ \\t]*([${oddSpaces}\\u200b])(?=[ \\t${oddSpaces}\\u200b]*\\S)`);
/** Invisible characters before a line's content, which YAML reads as the start of a text: a field, a list item or a comment is none then. */
const invisibleStart = new RegExp(`^( *)([${invisibles}]+)(?=[ \\t]*\\S)`);
/** An odd space right after a field's colon or a list item's »-«, where YAML needs a space: the line is read as text. */
const oddAfterColon = new RegExp(`^([a-z0-9_]+):([${oddSpaces}])`);
const oddAfterDash = new RegExp(`^-([${oddSpaces}])`);
/** An odd or invisible character in what is written as a field name. */
const oddInKey = new RegExp(`[${oddSpaces}${invisibles}]`, 'g');
/** Any of them in a line: most lines have none, and are read no further here. */
const oddAnywhere = new RegExp(`[${oddSpaces}${invisibles}]`);

/** The character's name in a message, with its code point to search for. */
export function oddSpaceName(character: string): string {
  const names: Record<string, string> = {
    '\u00a0': 'et hårdt mellemrum',
    '\u000b': 'en lodret tabulator',
    '\u000c': 'et sideskift',
    '\u200b': 'et usynligt mellemrum',
    '\u200c': 'et usynligt skilletegn',
    '\u200d': 'et usynligt bindetegn',
    '\u2060': 'et usynligt bindetegn',
    '\u180e': 'et usynligt skilletegn',
    '\ufeff': 'et usynligt BOM-tegn',
    '\u00ad': 'en blød bindestreg, som ikke ses',
    '\u3000': 'et bredt mellemrum fra kinesisk eller japansk tekst',
  };
  return `${names[character] ?? 'et typografisk mellemrum'} (${codePoint(character)})`;
}

/** Letters of other alphabets that look like a Latin one (a Cyrillic »а«, a Greek »ο«): a field name written with one is another name to YAML. */
const lookalikes: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  һ: 'h',
  ӏ: 'l',
  ԛ: 'q',
  ԝ: 'w',
  α: 'a',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
};

/** The Latin letter or digit a character looks like (a full-width »ｔ« by Unicode's compatibility form), or the character itself. */
function lookalike(character: string): string {
  const compatible = character.normalize('NFKC');
  return /^[a-z0-9_]$/.test(compatible) ? compatible : (lookalikes[character] ?? character);
}

/** »et kyrillisk »а« (U+0430)«: the alphabet a look-alike letter is from, the letter and its code point. */
function lookalikeName(character: string): string {
  const code = character.codePointAt(0)!;
  const alphabet =
    code >= 0x400 && code <= 0x52f ? 'et kyrillisk ' : code >= 0x370 && code <= 0x3ff ? 'et græsk ' : code >= 0xff00 && code <= 0xffef ? 'et bredt ' : 'et ';
  return `${alphabet}»${character}« (${codePoint(character)})`;
}

/**
 * A line or paragraph separator (U+2028, U+2029), pasted from a web page or Word: an editor may
 * show a line break, but YAML reads on in the same line, so what follows joins a comment or a
 * text and its fields vanish.
 */
const separator = /[\u2028\u2029]/;

export class MistakeScanner {
  private readonly found: Diagnostic[] = [];
  private readonly stack: Level[] = [{ indent: 0, kind: 'map' }];
  private open: Open = 'closed';
  private text?: TextStart;
  private block?: Block;
  private endedBlock?: Block;
  private quoted?: Quoted;
  private flowDepth = 0;
  /** Where the open »[« or »{« list began. */
  private flowStart?: { line: number; column: number };
  /** A blank or comment line since the last line with content. */
  private afterGap = false;
  private dedent?: Dedent;
  /** A line with content was not read (a tab or an odd space in its indentation), and no field since: what it opened is unknown. */
  private unread = false;
  /** The fields open above the line, by the column of their name: what a text or an item below one belongs to. */
  private readonly fieldsAbove: { column: number; key: string }[] = [];
  /** A line of »#« inside a plain text that goes on (»tekst:« with its text below, no »|«): a comment to YAML, not a heading. */
  private commentInText?: { line: number; column: number; text: string; key: string };

  /** The file's lines, for the few readings that look a line ahead. */
  private lines: readonly string[] = [];

  constructor(
    private readonly file: string,
    /** The field names the file may hold (a kvalitetsstandard's), or null where they are not known here. */
    private readonly fields: (() => readonly string[]) | null = null,
  ) {}

  private report<Code extends MessageCode>(
    code: Code,
    args: MessageArgsByCode[Code],
    line: number,
    column: number,
    endColumn: number,
    severity: Diagnostic['severity'] = 'fejl',
  ) {
    this.found.push({
      ...message(code, args),
      severity,
      file: this.file,
      start: { line, column: column + 1 },
      end: { line, column: Math.max(endColumn, column + 1) + 1 },
    });
  }

  scan(lines: readonly string[]): Diagnostic[] {
    this.lines = lines;
    lines.forEach((raw, index) => this.line(raw.replace(/\r$/, ''), index + 1));
    // Still open at the end: the quote or bracket that opened it is the mistake.
    if (this.quoted) this.report('yaml-anfoerselstegn-lukkes-ikke', { tegn: this.quoted.quote }, this.quoted.line, this.quoted.column, this.quoted.column + 1);
    if (this.flowDepth > 0 && this.flowStart) this.report('yaml-manglende-tegn', {}, this.flowStart.line, this.flowStart.column, this.flowStart.column + 1);
    this.reportCommentInText(false);
    return this.found;
  }

  private line(written: string, number: number) {
    const hidden = separator.exec(written);
    if (hidden) {
      const tegn = hidden[0] === '\u2028' ? 'et linjeskilletegn (U+2028)' : 'et afsnitsskilletegn (U+2029)';
      this.report('yaml-usynligt-linjeskift', { tegn }, number, hidden.index, hidden.index);
    }
    // Read on as YAML does, in one line; the readings below know no line break inside a line.
    const read = hidden ? written.replace(/[\u2028\u2029]/g, ' ') : written;
    if (this.insideBlock(read, number)) {
      this.afterGap = /^\s*$/.test(read);
      return;
    }
    if (this.quoted && this.insideQuote(read, number)) return;
    if (this.flowDepth > 0) {
      this.flowDepth += bracketDepth(read);
      return;
    }
    const text = this.oddStructure(read, number);
    if (/^\s*(#.*)?$/.test(text) || /^(---|\.\.\.|%)/.test(text)) {
      this.noteCommentInText(text, number);
      this.afterGap = true;
      return;
    }
    const odd = oddIndent.exec(text);
    if (odd) {
      this.report('yaml-usynligt-mellemrum', { tegn: oddSpaceName(odd[1]!) }, number, odd[0].length - 1, odd[0].length - 1);
      this.endedBlock = undefined;
      this.unread = true;
      return;
    }
    const tab = /^ *\t[ \t]*/.exec(text);
    if (tab) {
      const level = this.stack[this.stack.length - 1]!.indent;
      const expected = this.endedBlock?.indent ?? (this.open === 'nested' ? level + 2 : level);
      this.report('yaml-tabulator', { mellemrum: expected }, number, tab[0].indexOf('\t'), tab[0].length - 1);
      this.endedBlock = undefined;
      this.unread = true;
      return;
    }
    const line = parseLine(text, number);
    // Text lines after an unread line may be the block it opened: known again at the next field or item.
    this.unread &&= line.key === undefined && line.dashes.length === 0;
    this.lookalikeKey(line);
    this.missingSpace(line);
    this.missingColon(line);
    if (this.explicitEntry(line)) {
      this.endedBlock = undefined;
      this.afterGap = false;
      return;
    }
    const continuesText = this.place(line);
    this.reportCommentInText(continuesText);
    if (line.key !== undefined && !continuesText) this.noteField(line);
    this.endedBlock = undefined;
    this.afterGap = false;
    if (!continuesText) this.readValue(line);
  }

  private noteField(line: Line) {
    while ((this.fieldsAbove.at(-1)?.column ?? -1) >= line.keyColumn) this.fieldsAbove.pop();
    this.fieldsAbove.push({ column: line.keyColumn, key: line.key! });
  }

  /** The field a line without a name of its own stands under: an item at or right of its column, a text right of it. */
  private fieldOf(line: Line): string | undefined {
    const item = line.dashes.length > 0;
    const column = item ? line.dashes[0]! : line.indent;
    for (let at = this.fieldsAbove.length - 1; at >= 0; at--) {
      const field = this.fieldsAbove[at]!;
      if (field.column < column || (item && field.column === column)) return field.key;
    }
    return undefined;
  }

  /** A »#« line indented as a plain text's lines below its field: the first such line is noted, to be reported by the next line. */
  private noteCommentInText(text: string, number: number) {
    const comment = /^( *)(#.*?)\s*$/.exec(text);
    if (!comment || this.open !== 'plain' || !this.text || this.commentInText || this.unread) return;
    if (comment[1]!.length <= this.stack[this.stack.length - 1]!.indent) return;
    this.commentInText = { line: number, column: comment[1]!.length, text: comment[2]!, key: this.text.key };
  }

  /** The noted »#« line: an error when the text goes on below it (YAML cannot read that), else a warning. */
  private reportCommentInText(continues: boolean) {
    const comment = this.commentInText;
    if (!comment) return;
    this.commentInText = undefined;
    const args = { felt: comment.key, kommentar: shorten(comment.text), fortsaetter: continues ? 'ja' : undefined };
    this.report('yaml-kommentarlinje-i-tekst', args, comment.line, comment.column, comment.column + comment.text.length - 1, continues ? 'fejl' : 'advarsel');
  }

  /**
   * A character that is none to YAML where the line's structure is: an invisible one before
   * the line's field, list item or comment, or in a field's name, or an odd space right after a
   * field's colon or a list item's »-«. YAML then reads the line as text (or the field under
   * another name), so it is said where it stands, and the line is read on as it was meant.
   * Not in a line that continues a text, where such a character is text.
   */
  private oddStructure(text: string, number: number): string {
    if (!oddAnywhere.test(text)) return text;
    const indent = /^ */.exec(text)![0].length;
    if (this.open === 'plain' && indent > this.stack[this.stack.length - 1]!.indent) return text;
    const invisible = invisibleStart.exec(text);
    const meant = invisible ? text.slice(0, indent) + text.slice(invisible[0].length) : text;
    const content = /^ *(?:- +)*/.exec(meant)![0].length;
    const rest = meant.slice(content);
    const key = keyPattern.exec(rest)?.[1];
    const written = key?.replaceAll(oddInKey, '');
    const field = written !== undefined && fieldName.test(written) ? written : undefined;
    const problem = (
      slags: DiagnosticMessageArgs['yaml-usynligt-tegn']['slags'],
      at: number,
      character: string,
      felt = field,
      severity: Diagnostic['severity'] = 'fejl',
    ) => this.report('yaml-usynligt-tegn', { tegn: oddSpaceName(character), slags, ...(felt ? { felt } : {}) }, number, at, at, severity);
    if (invisible) {
      // YAML reads one byte order mark at the file's start as such: a second one there is only superfluous.
      if (number === 1 && indent === 0 && invisible[2] === '\ufeff') problem('filstart', 0, '\ufeff', undefined, 'advarsel');
      else if (field || /^(#|-( |$))/.test(meant.trimStart())) problem('linjestart', indent, invisible[2]![0]!);
      else return text;
      return meant;
    }
    const inKey = field && key !== field ? key!.search(oddInKey) : -1;
    if (inKey >= 0) {
      problem('feltnavn', content + inKey, key![inKey]!);
      return meant.slice(0, content) + field + meant.slice(content + key!.length);
    }
    const dash = oddAfterDash.exec(rest);
    const colon = dash ? null : oddAfterColon.exec(rest);
    const odd = dash ? content + 1 : colon ? content + colon[1]!.length + 1 : -1;
    if (odd < 0) return meant;
    problem(dash ? 'efter-streg' : 'efter-kolon', odd, meant[odd]!, colon?.[1]);
    return `${meant.slice(0, odd)} ${meant.slice(odd + 1)}`;
  }

  /** True while the line belongs to a block scalar (»tekst: |«); notes where one ends. */
  private insideBlock(text: string, number: number): boolean {
    const block = this.block;
    if (!block) return false;
    if (/^ *$/.test(text)) return true;
    const indent = /^ */.exec(text)![0].length;
    // A blank line whose tab stands before the text's indentation ends the text to YAML, which then
    // gives up at the next line: the tab is the mistake, on the line that looks empty.
    // A tab after it is the text's own first character, and sets its indentation as any would.
    if (/^\s*$/.test(text)) {
      if (indent < (block.indent ?? block.parentIndent + 1))
        this.report('yaml-tabulator', { mellemrum: block.indent ?? block.parentIndent + 2 }, number, indent, text.length - 1);
      else block.indent ??= indent;
      return true;
    }
    if (block.indent === undefined && indent > block.parentIndent && text[indent] !== '\t') {
      block.indent = indent;
      return true;
    }
    if (block.indent !== undefined && indent >= block.indent) return true;
    this.block = undefined;
    // A block with no line indented under it: the next text line was most likely meant as its first.
    this.endedBlock = { ...block, indent: block.indent ?? block.parentIndent + 2, empty: block.indent === undefined };
    return false;
  }

  /** True while a quoted text continues; reports a quote never closed when a field follows at its level. */
  private insideQuote(text: string, number: number): boolean {
    const quoted = this.quoted!;
    const close = closingQuote(text, 0, quoted.quote);
    const line = parseLine(text, number);
    if (close < 0 && !(line.key && line.indent <= quoted.keyIndent)) return true;
    this.quoted = undefined;
    if (close >= 0) {
      this.open = 'closed';
      return true;
    }
    this.report('yaml-anfoerselstegn-lukkes-ikke', { tegn: quoted.quote }, quoted.line, quoted.column, quoted.column + 1);
    return false;
  }

  /** Checks the line's indentation against the levels open above it; true if it continues a text. */
  private place(line: Line): boolean {
    const kind = line.dashes.length > 0 ? 'seq' : line.key !== undefined ? 'map' : 'text';
    const top = this.stack[this.stack.length - 1]!;
    const dedent = this.dedent;
    this.dedent = undefined;
    if (line.indent > top.indent) return this.deeper(line, kind, top, dedent);
    const popped: Level[] = [];
    while (this.stack.length > 1 && this.stack[this.stack.length - 1]!.indent > line.indent) popped.push(this.stack.pop()!);
    const parent = this.stack[this.stack.length - 1]!;
    if (kind === 'map' && popped[0]?.kind === 'map' && !this.afterGap) this.dedent = { line, from: popped[0].indent };
    // A list item among fields, where no field above opened a list: it belongs to a list it left.
    const itemAmongFields = kind === 'seq' && parent.kind === 'map' && this.open !== 'nested' && popped.some((level) => level.kind === 'seq');
    if (parent.indent === line.indent && !itemAmongFields) return this.sameLevel(line, kind, parent);
    // Between two levels: deeper than the one it closes into, shallower than the one it leaves.
    if (this.textOutsideBlock(line, kind)) return true;
    if (kind === 'text') return false;
    const candidates = [parent, ...popped].filter((level) => level.kind === kind).map((level) => level.indent);
    const expected = nearestLevel(candidates, line.indent, this.afterGap) ?? line.indent;
    if (expected !== line.indent) this.wrongIndent(line, kind, expected);
    if (expected > parent.indent) this.stack.push({ indent: expected, kind });
    return false;
  }

  private deeper(line: Line, kind: 'seq' | 'map' | 'text', top: Level, dedent?: Dedent): boolean {
    if (this.open === 'nested') {
      if (kind !== 'text') this.stack.push({ indent: line.indent, kind });
      return false;
    }
    if (this.textOutsideBlock(line, kind)) return true;
    if (this.open === 'plain') {
      if (kind === 'text') return true;
      if (kind === 'map' && !fieldName.test(line.key!)) {
        const { key, line: from } = this.text!;
        this.report(
          'yaml-kolon-i-fortsat-tekst',
          { felt: key, linje: from, tekst: shorten(line.text.trim()) },
          line.number,
          line.keyColumn + line.key!.length,
          line.text.length,
        );
        return true;
      }
      if (kind === 'seq' && top.kind === 'seq') {
        this.report(
          'yaml-punkt-fortsaetter-tekst',
          { punkt: shorten(line.text.trim()), mellemrum: line.indent, forventet: top.indent },
          line.number,
          line.indent,
          line.text.length,
          'advarsel',
        );
        return true;
      }
    }
    if (kind !== 'text' && top.kind === kind) {
      // Between two fields of a group, the field above that left the group is the mistake (»#   « removed whole).
      const moved = kind === 'map' && dedent?.line.indent === top.indent && dedent.from === line.indent;
      if (moved) this.wrongIndent(dedent.line, 'map', dedent.from);
      else this.wrongIndent(line, kind, top.indent);
      this.stack.push({ indent: line.indent, kind });
    }
    return false;
  }

  private sameLevel(line: Line, kind: 'seq' | 'map' | 'text', level: Level): boolean {
    // A list written at its field's own indentation (»felt:« then »- punkt« below it) is valid YAML.
    if (kind === 'map' && level.kind === 'seq' && this.stack.length > 1) this.stack.pop();
    if (kind === 'seq' && level.kind === 'map' && this.open === 'nested') this.stack.push({ indent: line.indent, kind: 'seq' });
    if (this.textOutsideBlock(line, kind)) return true;
    if (kind !== 'text') return false;
    if (this.open === 'plain' && this.text) {
      this.report(
        'yaml-tekst-ikke-rykket-ind',
        { felt: this.text.key, mellemrum: line.indent, forventet: line.indent + 2, blok: 'nej' },
        line.number,
        line.indent,
        line.text.length,
      );
      return true;
    }
    return false;
  }

  /** A line right after a »|« text, not indented as far as the text's lines: it belongs to the text. */
  private textOutsideBlock(line: Line, kind: 'seq' | 'map' | 'text'): boolean {
    const block = this.endedBlock;
    if (!block || block.indent === undefined) return false;
    // Text is text at any indentation; at the text's field's level or deeper, so is a list line or »Bemærk: …« (no field of a standard).
    if (kind === 'map' && fieldName.test(line.key!)) return false;
    if (kind !== 'text' && line.indent < block.parentIndent) return false;
    this.report(
      'yaml-tekst-ikke-rykket-ind',
      { felt: block.key, mellemrum: line.indent, forventet: block.indent, blok: block.empty ? 'foerste' : 'ja' },
      line.number,
      line.indent,
      line.text.length,
    );
    this.block = { ...block, empty: false };
    return true;
  }

  /** A field name written with a letter that only looks like its own (a Cyrillic »і«, a full-width »ｔ«): reported, then read as the field it looks like. */
  private lookalikeKey(line: Line) {
    const key = line.key;
    if (key === undefined || !/[^\x00-\x7f]/.test(key)) return;
    const characters = [...key];
    const plain = characters.map(lookalike).join('');
    if (plain === key || !fieldName.test(plain)) return;
    const first = characters.findIndex((character) => lookalike(character) !== character);
    const column = line.keyColumn + characters.slice(0, first).join('').length;
    this.report('yaml-usynligt-tegn', { tegn: lookalikeName(characters[first]!), slags: 'ligner', felt: plain }, line.number, column, column);
    line.key = plain;
  }

  /**
   * A field's name without its colon where fields stand, which YAML reads as text and then
   * gives up on: alone, with fields indented under it (»maalgruppe« and »  tekst: …« below), or
   * with its value, among fields at its own indentation (»overskrift Indledning« above
   * »tekst: …«). Reported on the name, then read as the field it was meant as.
   */
  private missingColon(line: Line) {
    const [word = '', value = ''] = /^(\S+)(?:[ \t]+(.*))?$/.exec(line.text.trim())?.slice(1) ?? [];
    const top = this.stack[this.stack.length - 1]!;
    const where = line.indent <= top.indent || (this.open === 'nested' && value !== '');
    if (line.key !== undefined || line.dashes.length > 0 || !where || !fieldName.test(word) || !/^[a-z]/.test(word) || /[:#]/.test(value)) return;
    const next = this.nextContent(line.number);
    if (next === undefined || !/^ *(?:- )?[a-z0-9_]+:(?:\s|$)/.test(next)) return;
    const nextIndent = /^ */.exec(next)![0].length;
    if (value === '' ? nextIndent <= line.indent : nextIndent !== line.indent) return;
    const field = this.meantField(word);
    if (field === undefined) return;
    const args = { felt: field, skrevet: field === word ? undefined : word, vaerdi: value === '' ? undefined : shorten(value) };
    this.report('yaml-kolon-mangler', args, line.number, line.indent, line.indent + word.length);
    line.key = field;
    line.keyColumn = line.indent;
    line.valueColumn = line.indent + line.text.trim().length - value.length;
    line.value = value;
  }

  /**
   * The field a word without its colon was meant as: itself where the file's fields are not
   * known here or it is one of them, else the nearest of them (»maalgrupe«), else none: a word
   * like no field (»hej med dig«, »nb husk …«) is text that lost its place, not a field. Closer
   * than »Mente du« on a field YAML did read, since here the word may as well be text: one
   * edit for a short word, two (a dropped letter, two swapped) from six letters on.
   */
  private meantField(word: string): string | undefined {
    const fields = this.fields?.();
    return fields === undefined || fields.includes(word) ? word : nearest(word, fields, (length) => (length < 6 ? 1 : Math.max(2, Math.floor(length / 4))));
  }

  /** The next line with content after line `number` (1-based), a little way on. */
  private nextContent(number: number): string | undefined {
    for (let index = number; index < Math.min(this.lines.length, number + lookahead); index += 1) {
      const next = this.lines[index]!;
      if (!/^\s*(#.*)?$/.test(next)) return next;
    }
    return undefined;
  }

  /** »felt:værdi« where a field stands (not inside a text that continues): reported, then read as the field it was meant as. */
  private missingSpace(line: Line) {
    const top = this.stack[this.stack.length - 1]!;
    const match = line.key === undefined && !(this.open === 'plain' && line.indent > top.indent) ? missingSpace.exec(line.value) : null;
    if (!match) return;
    const colon = line.keyColumn + match[1]!.length;
    this.report('yaml-mellemrum-efter-kolon', { felt: match[1]!, vaerdi: shorten(match[2]!) }, line.number, colon, colon);
    line.key = match[1];
    line.value = match[2]!;
    line.valueColumn = colon + 1;
  }

  private wrongIndent(line: Line, kind: 'seq' | 'map' | 'text', expected: number) {
    const item = kind === 'seq';
    const felt = item ? shorten(line.text.trim()) : line.key!;
    this.report(
      item ? 'yaml-punkt-indrykning' : 'yaml-felt-indrykning',
      { felt, mellemrum: line.indent, forventet: expected },
      line.number,
      line.indent,
      (item ? line.text.length : line.keyColumn + line.key!.length) - 1,
    );
    line.shift = line.indent - expected;
  }

  /**
   * »? key« and »: value« at a field's level: YAML's explicit key and its value, which the
   * tree's check names (src/load.ts), never a text line left unindented. Its value is read as
   * a field's is (a »|« block, brackets, a quote); a plain one is not taken to go on below.
   * True when the line was such an entry.
   */
  private explicitEntry(line: Line): boolean {
    const indicator = line.key === undefined && line.dashes.length === 0 ? explicitIndicator.exec(line.value)?.[0] : undefined;
    if (!indicator) return false;
    // Deeper than a field whose plain text goes on: text that happens to begin with »?« or »:«.
    if (line.indent > this.stack[this.stack.length - 1]!.indent && this.open === 'plain') return false;
    while (this.stack.length > 1 && this.stack[this.stack.length - 1]!.indent > line.indent) this.stack.pop();
    if (this.stack[this.stack.length - 1]!.indent < line.indent) this.stack.push({ indent: line.indent, kind: 'map' });
    const valueColumn = line.keyColumn + 1 + /^[ \t]*/.exec(line.value.slice(1))![0].length;
    this.readValue({ ...line, key: indicator, value: line.text.slice(valueColumn), valueColumn });
    if (this.open === 'plain') this.open = 'closed';
    return true;
  }

  /** Pushes the levels inside the line (a map after »- «) and notes what its value leaves open. */
  private readValue(line: Line) {
    const shift = line.shift ?? 0;
    line.dashes.slice(1).forEach((column) => this.stack.push({ indent: column - shift, kind: 'seq' }));
    if (line.key !== undefined && line.dashes.length > 0) this.stack.push({ indent: line.keyColumn - shift, kind: 'map' });
    // A tag or an anchor before the value (»!!str |«, »&a "tekst"«) is the tree's to judge (src/load.ts); the value is what follows.
    const properties = keyProperties.exec(line.value)?.[0].length ?? 0;
    line.value = line.value.slice(properties);
    line.valueColumn += properties;
    const value = line.value;
    const parentIndent = (line.key !== undefined ? line.keyColumn : (line.dashes[line.dashes.length - 1] ?? line.indent)) - shift;
    // A text or an item begun below its field (»tekst:« alone, then the text) is the field's.
    const key = line.key ?? this.fieldOf(line) ?? '-';
    if (value === '' || value.startsWith('#') || /^[&!]\S*\s*(#.*)?$/.test(value)) {
      this.open = line.key !== undefined || line.dashes.length > 0 ? 'nested' : 'closed';
    } else if (/^[|>]/.test(value)) {
      const explicit = /^[|>][-+]?([1-9])/.exec(value)?.[1];
      // »tekst: | Første linje«: YAML allows only the header and a comment after the mark.
      const mark = /^[|>][-+1-9]*/.exec(value)![0];
      const rest = value.slice(mark.length);
      // A Markdown heading there (»| ### Klage«) is a comment to YAML: the text's first line, lost without a word.
      const heading = /^[ \t]+#{2,6} \S/.test(rest);
      const text = heading || !/^(?:[ \t]*|[ \t]+#.*)$/.test(rest) ? rest.trim() : undefined;
      if (text)
        this.report(
          'yaml-tekst-efter-blokmaerke',
          { felt: key, maerke: mark, tekst: shorten(text), kommentar: heading || undefined },
          line.number,
          line.valueColumn + value.lastIndexOf(text),
          line.text.length - 1,
          heading ? 'advarsel' : 'fejl',
        );
      this.block = { key, parentIndent, indent: explicit ? parentIndent + Number(explicit) : undefined };
      this.open = 'closed';
    } else if (value.startsWith('"') || value.startsWith("'")) this.quotedValue(line, key, parentIndent);
    else if (value.startsWith('[') || value.startsWith('{')) {
      this.flowDepth = Math.max(0, bracketDepth(value));
      this.flowStart = { line: line.number, column: line.valueColumn };
      this.open = 'closed';
    } else this.plainValue(line, key);
  }

  private quotedValue(line: Line, key: string, keyIndent: number) {
    const quote = line.value[0]!;
    const close = closingQuote(line.text, line.valueColumn + 1, quote);
    this.open = 'closed';
    if (close < 0) {
      this.quoted = { quote, line: line.number, column: line.valueColumn, keyIndent };
      return;
    }
    const rest = line.text.slice(close + 1).replace(/\s+#.*$/, '');
    if (rest.trim() === '') return;
    this.report('yaml-tekst-efter-anfoerselstegn', { felt: key, tegn: quote, rest: shorten(rest.trim()) }, line.number, close + 1, line.text.length - 1);
  }

  private plainValue(line: Line, key: string) {
    this.open = 'plain';
    this.text = { key, line: line.number };
    const comment = /\s#(\S.*)$/.exec(line.value);
    const value = comment ? line.value.slice(0, comment.index) : line.value;
    const colon = /:(\s|$)/.exec(value);
    const typographic = /^[“”„«»‘’‚]/u.exec(value)?.[0];
    if (colon) this.report('yaml-kolon-i-tekst', { felt: key, anfoerselstegn: typographic }, line.number, line.valueColumn, line.text.length - 1);
    else if (comment && letter.test(value)) {
      const column = line.valueColumn + comment.index + 1;
      this.report('yaml-kommentar-i-tekst', { felt: key, kommentar: shorten(`#${comment[1]}`) }, line.number, column, line.text.length - 1, 'advarsel');
    }
  }
}

/** The mistakes in a file's text, in line order. */
export function findMistakes(file: string, text: string, fields: (() => readonly string[]) | null = null): Diagnostic[] {
  return new MistakeScanner(file, fields).scan(text.split('\n'));
}
