/**
 * Reads and rewrites a page's content stream for PDF/UA: Chromium tags what its
 * accessibility tree knows, but paints the running header, "Side X af Y", the contents'
 * page numbers and the pages' backgrounds outside any marked content, and tags
 * decorative rules and borders as if they were content. One pass over the operators:
 * - every graphics object outside marked content is wrapped in `/Artifact BMC … EMC`;
 * - a tagged sequence that paints only paths (a rule, a border, a background) becomes an
 *   artifact, and its MCID is reported so the structure tree can let go of it;
 * - where tagged text continues on a new line (or page) and the line did not end in a
 *   space or hyphen, a space glyph is added at the line's end: Chromium drops the space
 *   at a soft line break, and a screen reader reading the tags would run »der« and »er«
 *   together;
 * - the text of each tagged sequence is decoded (ToUnicode) for the structure pass
 *   (link descriptions, definition lists).
 */

import { latin1, regular, whitespace } from './pdf-syntax.js';

/** Token kinds of the operands. */
enum Kind {
  Number,
  Name,
  Hex,
  Literal,
  ArrayOpen,
  ArrayClose,
  DictOpen,
  DictClose,
  Keyword,
}

/**
 * The operators a page is made of, as the same (internalized) strings each time: slicing a
 * new string per `Td` and `Tj` cost more in garbage collection than the reading itself.
 */
const operators = new Map<number, string>();
for (const name of 'b B b* B* BDC BI BMC BT BX c cm CS cs d d0 d1 Do DP EI EMC ET EX f F f* G g gs h i ID j J K k l m M MP n q Q re RG rg ri s S SC sc SCN scn sh T* Tc Td TD Tf Tj TJ TL Tm Tr Ts Tw Tz v w W W* y \' "'.split(
  ' ',
)) {
  operators.set(operatorKey(Buffer.from(name, 'latin1'), 0, name.length), name);
}
/** The bytes of a word of up to three bytes as one number. */
function operatorKey(bytes: Uint8Array, start: number, end: number): number {
  let key = end - start;
  for (let i = start; i < end; i++) key = key * 256 + bytes[i]!;
  return key;
}
const latin1Char = (hex: string) => String.fromCharCode(Number.parseInt(hex, 16));
/** A PDF number (sign, digits, one point; no exponent) read in place. */
function numberAt(bytes: Uint8Array, start: number, end: number): number {
  let index = start;
  let sign = 1;
  const first = bytes[index];
  if (first === 45 || first === 43) {
    if (first === 45) sign = -1;
    index++;
  }
  let value = 0;
  let scale = 0;
  for (; index < end; index++) {
    const code = bytes[index]!;
    if (code === 46) scale = 1;
    else if (code >= 48 && code <= 57) {
      value = value * 10 + code - 48;
      scale *= 10;
    } else if (code !== 45) return Number(latin1(bytes, start, end)) || 0;
  }
  return sign * (scale > 1 ? value / scale : value);
}
const nibble = (code: number) => (code <= 57 ? code - 48 : (code | 32) - 87);

/**
 * A content stream read one operation at a time, in place over its bytes. Only the current
 * operation's operands are kept, as token offsets, and read where the rewrite needs them: a
 * page is thousands of `Td <glyph> Tj`, and an object or array for each cost more than all else.
 */
export class ContentReader {
  /** The current operation: its operator, its first operand's (or else its operator's) offset, and the offset just after it. */
  operator = '';
  start = 0;
  end = 0;
  private index = 0;
  private count = 0;
  private kinds = new Uint8Array(16);
  private starts = new Int32Array(16);
  private ends = new Int32Array(16);
  /** The stream as latin1 text, made only for an inline image's regular expressions. */
  private text?: string;

  constructor(readonly bytes: Uint8Array) {}

  /** Reads on to the next operation; false at the end of the stream. */
  next(): boolean {
    const bytes = this.bytes;
    const length = bytes.length;
    let index = this.index;
    let operator: string | undefined;
    this.count = 0;
    while (index < length) {
      const code = bytes[index]!;
      if (whitespace[code]) {
        index++;
        continue;
      }
      const at = index;
      let kind: Kind;
      if (code === 37 /* % */) {
        while (index < length && bytes[index] !== 10 && bytes[index] !== 13) index++;
        continue;
      } else if (code === 47 /* / */) {
        index++;
        while (index < length && regular[bytes[index]!]) index++;
        kind = Kind.Name;
      } else if (code === 40 /* ( */) {
        let depth = 1;
        index++;
        while (index < length && depth > 0) {
          const char = bytes[index++];
          if (char === 92 /* \ */) index++;
          else if (char === 40) depth++;
          else if (char === 41) depth--;
        }
        kind = Kind.Literal;
      } else if (code === 60 /* < */) {
        if (bytes[index + 1] === 60) {
          index += 2;
          kind = Kind.DictOpen;
        } else {
          index = Uint8Array.prototype.indexOf.call(bytes, 62, index);
          index = index < 0 ? length : index + 1;
          kind = Kind.Hex;
        }
      } else if (code === 62 /* > */) {
        index += bytes[index + 1] === 62 ? 2 : 1;
        kind = Kind.DictClose;
      } else if (code === 91 /* [ */ || code === 93 /* ] */) {
        index++;
        kind = code === 91 ? Kind.ArrayOpen : Kind.ArrayClose;
      } else if ((code >= 48 && code <= 57) || code === 43 || code === 45 || code === 46) {
        while (index < length && regular[bytes[index]!]) index++;
        kind = Kind.Number;
      } else {
        while (index < length && regular[bytes[index]!]) index++;
        if (index === at) {
          index++; // a stray delimiter (`)`, `{`): skip it
          continue;
        }
        const word = (index - at <= 3 ? operators.get(operatorKey(bytes, at, index)) : undefined) ?? latin1(bytes, at, index);
        if (word !== 'true' && word !== 'false' && word !== 'null') {
          operator = word;
          if (this.count === 0) this.start = at;
          if (word === 'BI') {
            this.text ??= Buffer.from(bytes.buffer, bytes.byteOffset, length).toString('latin1');
            index = skipInlineImage(this.text, index);
          }
          break;
        }
        kind = Kind.Keyword;
      }
      if (this.count === this.kinds.length) this.grow();
      if (this.count === 0) this.start = at;
      this.kinds[this.count] = kind;
      this.starts[this.count] = at;
      this.ends[this.count++] = index;
    }
    // One way out for both ends: a store that runs only at the end of a stream would cost V8 a deoptimization.
    this.index = this.end = index;
    this.operator = operator ?? '';
    return operator !== undefined;
  }

  /** Room for twice as many operands (a long TJ array). */
  private grow(): void {
    const kinds = new Uint8Array(this.kinds.length * 2);
    const starts = new Int32Array(kinds.length);
    const ends = new Int32Array(kinds.length);
    kinds.set(this.kinds);
    starts.set(this.starts);
    ends.set(this.ends);
    this.kinds = kinds;
    this.starts = starts;
    this.ends = ends;
  }

  /** The operand tokens that are numbers, in order. */
  numbers(): number[] {
    const values: number[] = [];
    for (let i = 0; i < this.count; i++) {
      if (this.kinds[i] === Kind.Number) values.push(numberAt(this.bytes, this.starts[i]!, this.ends[i]!));
    }
    return values;
  }

  /** The n-th operand if it is a number (Td's ty without reading tx). */
  number(position: number): number {
    return position < this.count && this.kinds[position] === Kind.Number ? numberAt(this.bytes, this.starts[position]!, this.ends[position]!) : 0;
  }

  /** The first name operand, without its slash (`/F4` → `F4`; #xx escapes undone). */
  name(): string | undefined {
    for (let i = 0; i < this.count; i++) {
      if (this.kinds[i] === Kind.Name)
        return latin1(this.bytes, this.starts[i]! + 1, this.ends[i]!).replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => latin1Char(hex));
    }
    return undefined;
  }

  /** The number after the name /key among the operands (`<</MCID 3>>` → 3). */
  entry(key: string): number | undefined {
    for (let i = 0; i + 1 < this.count; i++) {
      if (this.kinds[i] === Kind.Name && latin1(this.bytes, this.starts[i]! + 1, this.ends[i]!) === key && this.kinds[i + 1] === Kind.Number) {
        return Number(latin1(this.bytes, this.starts[i + 1]!, this.ends[i + 1]!));
      }
    }
    return undefined;
  }

  /** The text of the string operands (Tj, TJ, ', ") through the font's ToUnicode map. */
  decode(font: FontCodes | undefined): string {
    if (!font) return '';
    const { unicode, codeLength } = font;
    const digitsPerCode = codeLength * 2;
    let text = '';
    for (let i = 0; i < this.count; i++) {
      const kind = this.kinds[i];
      if (kind === Kind.Hex) {
        let value = 0;
        let digits = 0;
        for (let at = this.starts[i]! + 1; at < this.ends[i]! - 1; at++) {
          const char = this.bytes[at]!;
          if (whitespace[char]) continue;
          value = value * 16 + nibble(char);
          if (++digits === digitsPerCode) {
            text += unicode.get(value) ?? '';
            value = digits = 0;
          }
        }
        if (digits > 0) text += unicode.get(value * 16 ** (digitsPerCode - digits)) ?? '';
      } else if (kind === Kind.Literal) {
        const bytes = literalBytes(this.bytes.subarray(this.starts[i]! + 1, Math.max(this.starts[i]! + 1, this.ends[i]! - 1)));
        for (let at = 0; at + codeLength <= bytes.length; at += codeLength) {
          text += unicode.get(codeLength === 2 ? bytes[at]! * 256 + bytes[at + 1]! : bytes[at]!) ?? '';
        }
      }
    }
    return text;
  }
}

const escapes: Record<number, number> = { 110: 10, 114: 13, 116: 9, 98: 8, 102: 12 };
const octal = (byte: number | undefined) => byte !== undefined && byte >= 48 && byte <= 55;

/** A literal string's bytes, escapes undone (a backslash at the very end gives NaN, no code). */
function literalBytes(body: Uint8Array): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const byte = body[i]!;
    if (byte !== 92 /* \ */) {
      bytes.push(byte);
      continue;
    }
    const next = body[++i];
    if (octal(next)) {
      let value = next! - 48;
      for (let digits = 1; digits < 3 && octal(body[i + 1]); digits++) value = value * 8 + body[++i]! - 48;
      bytes.push(value & 255);
    } else if (next === 13) {
      if (body[i + 1] === 10) i++;
    } else if (next !== 10) bytes.push(next === undefined ? Number.NaN : (escapes[next] ?? next));
  }
  return bytes;
}

/** Past `BI … ID <data> EI`: the image data is binary, so look for EI between white space. */
function skipInlineImage(text: string, from: number): number {
  const data = /\sID\s/g;
  data.lastIndex = from - 1;
  const begin = data.exec(text);
  const end = /\sEI(?=\s|$)/g;
  end.lastIndex = begin ? begin.index + 4 : from;
  const found = end.exec(text);
  return found ? found.index + 3 : text.length;
}

/** What the page's fonts need for decoding and for adding a space: from their ToUnicode CMaps. */
export interface FontCodes {
  /** Bytes per character code: 2 for Chromium's Identity-H Type0 fonts, else 1. */
  codeLength: 1 | 2;
  unicode: Map<number, string>;
  /** The code that maps to U+0020, if the subset has a space. */
  space?: number;
}

const utf16 = (hex: string) => {
  let text = '';
  for (let i = 0; i + 3 < hex.length; i += 4) text += String.fromCharCode(Number.parseInt(hex.slice(i, i + 4), 16));
  return text;
};

/** A ToUnicode CMap's bfchar and bfrange entries. */
export function parseToUnicode(cmap: string, codeLength: 1 | 2): FontCodes {
  const unicode = new Map<number, string>();
  for (const [, body] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, source, target] of body!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>/g)) unicode.set(Number.parseInt(source!, 16), utf16(target!));
  }
  for (const [, body] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, low, high, target, list] of body!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(?:<([0-9a-fA-F]+)>|\[([^\]]*)\])/g)) {
      const from = Number.parseInt(low!, 16);
      const to = Number.parseInt(high!, 16);
      if (list !== undefined) {
        [...list.matchAll(/<([0-9a-fA-F]*)>/g)].forEach(([, hex], offset) => unicode.set(from + offset, utf16(hex!)));
      } else {
        // The last UTF-16 unit counts up across the range.
        const base = utf16(target!);
        for (let code = from; code <= to && code - from < 65536; code++) {
          unicode.set(code, base.slice(0, -1) + String.fromCharCode(base.charCodeAt(base.length - 1) + code - from));
        }
      }
    }
  }
  const space = [...unicode].find(([, text]) => text === ' ')?.[0];
  return { codeLength, unicode, space };
}

type Matrix = [number, number, number, number, number, number];
const identity: Matrix = [1, 0, 0, 1, 0, 0];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

/** After these a line may break without a space: a hyphen (also soft), a dash or a slash. */
const breaksWithoutSpace = /[\s\-\u00ad\u2010\u2011\u2013\u2014/]$/;
/** Device y of a text position, and the font's height there (no rotation or skew assumed for the height). */
const deviceY = (tm: Matrix, ctm: Matrix) => tm[4] * ctm[1] + tm[5] * ctm[3] + ctm[5];
const deviceScale = (tm: Matrix, ctm: Matrix) => Math.hypot(tm[2] * ctm[0] + tm[3] * ctm[2], tm[2] * ctm[1] + tm[3] * ctm[3]);

export interface PageRewrite {
  content: Uint8Array;
  /** Text of each tagged marked-content sequence, by MCID. */
  texts: Map<number, string>;
  /** MCIDs whose sequence became an artifact (paths only). */
  artifacts: Set<number>;
  /** How many graphics objects were outside marked content, and how many spaces were added. */
  wrapped: number;
  spaces: number;
}

interface MarkedSequence {
  tag: string;
  mcid?: number;
  artifact: boolean;
  /** Where its BDC or BMC operation begins and ends. */
  start: number;
  end: number;
  text: boolean;
  path: boolean;
  other: boolean;
  nested: boolean;
}

interface TextRun {
  insertAt: number;
  font: string;
  fontSize: number;
  /** The font size on the page, to tell a new line from a superscript. */
  size: number;
  y: number;
  mcid: number;
  /** Its text, to see whether it ends in a space or a hyphen if the line ends after it. */
  text: string;
}

interface Edit {
  at: number;
  end: number;
  text: string;
  order: number;
}

const hexCode = (code: number, length: 1 | 2) => `<${code.toString(16).padStart(length * 2, '0')}>`;

/** The stream with the edits made (each replaces `at` … `end`, or inserts where they are equal). */
function applyEdits(data: Uint8Array, edits: Edit[]): Uint8Array {
  edits.sort((a, b) => a.at - b.at || a.order - b.order);
  let length = 0;
  let position = 0;
  for (const edit of edits) {
    length += Math.max(0, edit.at - position) + edit.text.length;
    position = Math.max(position, edit.end);
  }
  const content = Buffer.allocUnsafe(length + data.length - position);
  let offset = 0;
  position = 0;
  for (const edit of edits) {
    if (edit.at > position) {
      content.set(data.subarray(position, edit.at), offset);
      offset += edit.at - position;
    }
    // Byte by byte as latin1 would: the inserts are a few characters each.
    for (let i = 0; i < edit.text.length; i++) content[offset++] = edit.text.charCodeAt(i) & 255;
    position = Math.max(position, edit.end);
  }
  content.set(data.subarray(position), offset);
  return content;
}

/**
 * The state of one page's rewrite, fed one operation at a time. The work per operation is a
 * method of its own rather than the body of the reading loop, so V8 optimizes it once, not
 * once inside the loop that is running and again for the next page.
 */
class PageRewriter {
  readonly edits: Edit[] = [];
  readonly texts = new Map<number, string>();
  readonly artifacts = new Set<number>();
  wrapped = 0;
  spaces = 0;
  private readonly sequences: MarkedSequence[] = [];
  private artifactOpen = false;
  private inText = false;
  private ctm: Matrix = identity;
  private readonly ctmStack: Matrix[] = [];
  private textMatrix: Matrix = identity;
  private lineMatrix: Matrix = [...identity];
  private leading = 0;
  private font = '';
  private fontSize = 0;
  private lastRun: TextRun | undefined;
  private readonly spaceFont: [string, FontCodes] | undefined;
  // The device scale of the text matrix, computed again only when what it depends on changed:
  // the text matrix's b and d (Td moves only e and f) and the CTM (cm makes a new array).
  private scaleB = Number.NaN;
  private scaleD = Number.NaN;
  private scaleCtm: Matrix | undefined;
  private scale = Number.NaN;

  constructor(
    private readonly content: ContentReader,
    private readonly fonts: ReadonlyMap<string, FontCodes>,
  ) {
    this.spaceFont = [...fonts].find(([, codes]) => codes.space !== undefined);
  }

  operation(): void {
    const { content } = this;
    switch (content.operator) {
      case 'Td':
        this.moveLine(content.number(0), content.number(1));
        break;
      case 'Tj':
      case 'TJ':
        this.showText();
        break;
      case "'":
      case '"':
        this.moveLine(0, -this.leading);
        this.showText();
        break;
      case 'q':
        this.closeArtifact(content.start);
        this.ctmStack.push(this.ctm);
        break;
      case 'Q':
        this.closeArtifact(content.start);
        this.ctm = this.ctmStack.pop() ?? identity;
        break;
      case 'cm':
        this.ctm = multiply(content.numbers() as Matrix, this.ctm);
        break;
      case 'BDC':
      case 'BMC':
        this.beginMarked();
        break;
      case 'EMC':
        this.endMarked();
        break;
      case 'BT':
        this.openArtifact();
        this.inText = true;
        this.textMatrix = this.lineMatrix = [...identity];
        break;
      case 'ET':
        this.inText = false;
        break;
      case 'Tf':
        this.font = content.name() ?? this.font;
        this.fontSize = content.number(1) || this.fontSize;
        break;
      case 'Tm':
        this.textMatrix = this.lineMatrix = content.numbers() as Matrix;
        break;
      case 'TD':
        this.leading = -content.number(1);
        this.moveLine(content.number(0), content.number(1));
        break;
      case 'TL':
        this.leading = content.number(0);
        break;
      case 'T*':
        this.moveLine(0, -this.leading);
        break;
      case 'Do':
      case 'sh':
      case 'BI':
        this.openArtifact();
        this.mark('other');
        break;
      // Path construction: outside text, a graphics object of its own.
      case 'm':
      case 'l':
      case 'c':
      case 'v':
      case 'y':
      case 'h':
      case 're':
        if (!this.inText) this.openArtifact();
        break;
      // Path painting.
      case 'S':
      case 's':
      case 'f':
      case 'F':
      case 'f*':
      case 'B':
      case 'B*':
      case 'b':
      case 'b*':
        this.mark('path');
        break;
    }
  }

  /** Notes what the innermost marked sequence paints. */
  private mark(what: 'path' | 'other'): void {
    const current = this.sequences[this.sequences.length - 1];
    if (current) current[what] = true;
  }

  private showText(): void {
    const current = this.sequences[this.sequences.length - 1];
    const text = this.content.decode(this.fonts.get(this.font));
    if (!current || current.artifact || current.mcid === undefined || text === '') return;
    current.text = true;
    const { textMatrix, ctm } = this;
    const y = deviceY(textMatrix, ctm);
    if (textMatrix[2] !== this.scaleB || textMatrix[3] !== this.scaleD || ctm !== this.scaleCtm) {
      this.scaleB = textMatrix[2];
      this.scaleD = textMatrix[3];
      this.scaleCtm = ctm;
      this.scale = deviceScale(textMatrix, ctm);
    }
    const size = Math.abs(this.fontSize * this.scale) || 1;
    const lastRun = this.lastRun;
    if (lastRun && Math.abs(y - lastRun.y) > 0.5 * Math.min(size, lastRun.size)) this.endLine(lastRun);
    this.texts.set(current.mcid, (this.texts.get(current.mcid) ?? '') + text);
    this.lastRun = { insertAt: this.content.end, font: this.font, fontSize: this.fontSize, size, y, mcid: current.mcid, text };
  }

  private beginMarked(): void {
    const { content } = this;
    this.closeArtifact(content.start);
    const current = this.sequences[this.sequences.length - 1];
    const tag = content.name() ?? '';
    const mcid = content.operator === 'BDC' ? content.entry('MCID') : undefined;
    if (current) current.nested = true;
    this.sequences.push({
      tag,
      mcid: typeof mcid === 'number' ? mcid : undefined,
      artifact: tag === 'Artifact' || Boolean(current?.artifact),
      start: content.start,
      end: content.end,
      text: false,
      path: false,
      other: false,
      nested: false,
    });
  }

  private endMarked(): void {
    this.closeArtifact(this.content.start);
    const ended = this.sequences.pop();
    if (ended && ended.mcid !== undefined && !ended.artifact && ended.path && !ended.text && !ended.other && !ended.nested && ended.tag !== 'Figure') {
      this.edits.push({ at: ended.start, end: ended.end, text: '/Artifact BMC', order: this.edits.length });
      this.artifacts.add(ended.mcid);
      this.texts.delete(ended.mcid);
    }
    const parent = this.sequences[this.sequences.length - 1];
    if (ended && parent) {
      parent.text ||= ended.text;
      parent.path ||= ended.path;
      parent.other ||= ended.other;
    }
  }

  private insert(at: number, text: string): void {
    this.edits.push({ at, end: at, text, order: this.edits.length });
  }

  /** The line ends here: add a space unless it ends in one or in a hyphen. */
  private endLine(run: TextRun): void {
    if (breaksWithoutSpace.test(run.text)) return;
    const own = this.fonts.get(run.font);
    if (own?.space !== undefined) this.insert(run.insertAt, ` ${hexCode(own.space, own.codeLength)} Tj`);
    else if (this.spaceFont) {
      const [name, codes] = this.spaceFont;
      this.insert(run.insertAt, ` /${name} 1 Tf ${hexCode(codes.space!, codes.codeLength)} Tj /${run.font} ${run.fontSize} Tf`);
    } else return;
    this.texts.set(run.mcid, `${this.texts.get(run.mcid) ?? ''} `);
    this.spaces++;
  }

  private openArtifact(): void {
    if (this.artifactOpen || this.sequences.length > 0) return;
    this.insert(this.content.start, '/Artifact BMC\n');
    this.artifactOpen = true;
    this.wrapped++;
  }

  private closeArtifact(at: number): void {
    if (!this.artifactOpen) return;
    this.insert(at, '\nEMC\n');
    this.artifactOpen = false;
  }

  // The line matrix is ours to change in place (a page has a Td per glyph): Tm and BT give it a new array.
  private moveLine(tx: number, ty: number): void {
    const { lineMatrix } = this;
    lineMatrix[4] += tx * lineMatrix[0] + ty * lineMatrix[2];
    lineMatrix[5] += tx * lineMatrix[1] + ty * lineMatrix[3];
    this.textMatrix = lineMatrix;
  }

  /** At the end of the stream: an artifact left open is closed, and the page's last line may go on on the next page. */
  finish(): void {
    this.closeArtifact(this.content.bytes.length);
    if (this.lastRun) this.endLine(this.lastRun);
  }
}

export function rewritePage(data: Uint8Array, fonts: ReadonlyMap<string, FontCodes>): PageRewrite {
  const content = new ContentReader(data);
  const rewriter = new PageRewriter(content, fonts);
  while (content.next()) rewriter.operation();
  rewriter.finish();
  const { edits, texts, artifacts, wrapped, spaces } = rewriter;
  return { content: edits.length === 0 ? data : applyEdits(data, edits), texts, artifacts, wrapped, spaces };
}
