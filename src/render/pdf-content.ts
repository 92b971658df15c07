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

export interface Operation {
  operator: string;
  /** Offsets in the stream: the first operand (or the operator) and just after the operator. */
  start: number;
  end: number;
  /** The operands' tokens: `first` … `first + count - 1` in the content's token lists. */
  first: number;
  count: number;
}

const whitespace = new Uint8Array(256);
for (const byte of [0, 9, 10, 12, 13, 32]) whitespace[byte] = 1;
const delimiter = new Uint8Array(256);
for (const char of '()<>[]{}/%') delimiter[char.charCodeAt(0)] = 1;
/**
 * The operators a page is made of, as the same (internalized) strings each time: slicing a
 * new string per `Td` and `Tj` cost more in garbage collection than the reading itself.
 */
const operators = new Map<number, string>();
for (const name of 'b B b* B* BDC BI BMC BT BX c cm CS cs d d0 d1 Do DP EI EMC ET EX f F f* G g gs h i ID j J K k l m M MP n q Q re RG rg ri s S SC sc SCN scn sh T* Tc Td TD Tf Tj TJ TL Tm Tr Ts Tw Tz v w W W* y \' "'.split(
  ' ',
)) {
  operators.set(operatorKey(name, 0, name.length), name);
}
function operatorKey(text: string, start: number, end: number): number {
  let key = end - start;
  for (let i = start; i < end; i++) key = key * 128 + (text.charCodeAt(i) & 127);
  return key;
}
/** A PDF number (sign, digits, one point; no exponent) read in place. */
function numberAt(text: string, start: number, end: number): number {
  let index = start;
  let sign = 1;
  const first = text.charCodeAt(index);
  if (first === 45 || first === 43) {
    if (first === 45) sign = -1;
    index++;
  }
  let value = 0;
  let scale = 0;
  for (; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === 46) scale = 1;
    else if (code >= 48 && code <= 57) {
      value = value * 10 + code - 48;
      scale *= 10;
    } else if (code !== 45) return Number(text.slice(start, end)) || 0;
  }
  return sign * (scale > 1 ? value / scale : value);
}
const regular = (code: number) => code > 255 || (!whitespace[code] && !delimiter[code]);
const nibble = (code: number) => (code <= 57 ? code - 48 : (code | 32) - 87);

/**
 * A content stream's operators, read in one pass over its bytes (as a latin1 string).
 * Operands are kept as token offsets and read only where the rewrite needs them: a page
 * is thousands of `Td <glyph> Tj`, and building objects for each cost more than all else.
 */
export class Content {
  readonly text: string;
  readonly operations: Operation[] = [];
  private readonly kinds: number[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(data: Uint8Array) {
    const text = (this.text = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1'));
    const length = text.length;
    let index = 0;
    let first = 0;
    let operandStart = -1;
    const token = (kind: Kind, start: number, end: number) => {
      if (operandStart < 0) operandStart = start;
      this.kinds.push(kind);
      this.starts.push(start);
      this.ends.push(end);
    };
    while (index < length) {
      const code = text.charCodeAt(index);
      if (code < 256 && whitespace[code]) {
        index++;
        continue;
      }
      const at = index;
      if (code === 37 /* % */) {
        while (index < length && text.charCodeAt(index) !== 10 && text.charCodeAt(index) !== 13) index++;
      } else if (code === 47 /* / */) {
        index++;
        while (index < length && regular(text.charCodeAt(index))) index++;
        token(Kind.Name, at, index);
      } else if (code === 40 /* ( */) {
        let depth = 1;
        index++;
        while (index < length && depth > 0) {
          const char = text.charCodeAt(index++);
          if (char === 92 /* \ */) index++;
          else if (char === 40) depth++;
          else if (char === 41) depth--;
        }
        token(Kind.Literal, at, index);
      } else if (code === 60 /* < */) {
        if (text.charCodeAt(index + 1) === 60) {
          index += 2;
          token(Kind.DictOpen, at, index);
        } else {
          index = text.indexOf('>', index);
          index = index < 0 ? length : index + 1;
          token(Kind.Hex, at, index);
        }
      } else if (code === 62 /* > */) {
        index += text.charCodeAt(index + 1) === 62 ? 2 : 1;
        token(Kind.DictClose, at, index);
      } else if (code === 91 /* [ */ || code === 93 /* ] */) {
        index++;
        token(code === 91 ? Kind.ArrayOpen : Kind.ArrayClose, at, index);
      } else if ((code >= 48 && code <= 57) || code === 43 || code === 45 || code === 46) {
        while (index < length && regular(text.charCodeAt(index))) index++;
        token(Kind.Number, at, index);
      } else {
        while (index < length && regular(text.charCodeAt(index))) index++;
        if (index === at) {
          index++; // a stray delimiter (`)`, `{`): skip it
          continue;
        }
        const word = (index - at <= 3 ? operators.get(operatorKey(text, at, index)) : undefined) ?? text.slice(at, index);
        if (word === 'true' || word === 'false' || word === 'null') token(Kind.Keyword, at, index);
        else {
          if (word === 'BI') index = skipInlineImage(text, index);
          this.operations.push({ operator: word, start: operandStart < 0 ? at : operandStart, end: index, first, count: this.kinds.length - first });
          first = this.kinds.length;
          operandStart = -1;
        }
      }
    }
  }

  /** The operand tokens of an operation that are numbers, in order. */
  numbers(operation: Operation): number[] {
    const values: number[] = [];
    for (let i = operation.first; i < operation.first + operation.count; i++) {
      if (this.kinds[i] === Kind.Number) values.push(numberAt(this.text, this.starts[i]!, this.ends[i]!));
    }
    return values;
  }

  /** The n-th operand if it is a number (Td's ty without reading tx). */
  number(operation: Operation, position: number): number {
    const i = operation.first + position;
    return position < operation.count && this.kinds[i] === Kind.Number ? numberAt(this.text, this.starts[i]!, this.ends[i]!) : 0;
  }

  /** The first name operand, without its slash (`/F4` → `F4`; #xx escapes undone). */
  name(operation: Operation): string | undefined {
    for (let i = operation.first; i < operation.first + operation.count; i++) {
      if (this.kinds[i] === Kind.Name)
        return this.text
          .slice(this.starts[i]! + 1, this.ends[i])
          .replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    }
    return undefined;
  }

  /** The number after the name /key among the operands (`<</MCID 3>>` → 3). */
  entry(operation: Operation, key: string): number | undefined {
    for (let i = operation.first; i + 1 < operation.first + operation.count; i++) {
      if (this.kinds[i] === Kind.Name && this.text.slice(this.starts[i]! + 1, this.ends[i]) === key && this.kinds[i + 1] === Kind.Number) {
        return Number(this.text.slice(this.starts[i + 1], this.ends[i + 1]));
      }
    }
    return undefined;
  }

  /** The text of the string operands (Tj, TJ, ', ") through the font's ToUnicode map. */
  decode(operation: Operation, font: FontCodes | undefined): string {
    if (!font) return '';
    let text = '';
    const { unicode } = font;
    this.codes(operation, font.codeLength, (code) => {
      text += unicode.get(code) ?? '';
    });
    return text;
  }

  /** Character codes of the string operands (Tj, TJ, ', "), `width` bytes each. */
  codes(operation: Operation, width: 1 | 2, visit: (code: number) => void): void {
    for (let i = operation.first; i < operation.first + operation.count; i++) {
      const kind = this.kinds[i];
      if (kind === Kind.Hex) {
        let value = 0;
        let digits = 0;
        for (let at = this.starts[i]! + 1; at < this.ends[i]! - 1; at++) {
          const char = this.text.charCodeAt(at);
          if (char < 256 && whitespace[char]) continue;
          value = value * 16 + nibble(char);
          if (++digits === width * 2) {
            visit(value);
            value = digits = 0;
          }
        }
        if (digits > 0) visit(value * 16 ** (width * 2 - digits));
      } else if (kind === Kind.Literal) {
        const bytes = literalBytes(this.text.slice(this.starts[i]! + 1, this.ends[i]! - 1));
        for (let at = 0; at + width <= bytes.length; at += width) visit(width === 2 ? bytes[at]! * 256 + bytes[at + 1]! : bytes[at]!);
      }
    }
  }
}

/** A literal string's bytes, escapes undone. */
function literalBytes(body: string): number[] {
  const bytes: number[] = [];
  const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (char !== '\\') {
      bytes.push(char.charCodeAt(0) & 255);
      continue;
    }
    const next = body[++i] ?? '';
    if (/[0-7]/.test(next)) {
      let octal = next;
      while (octal.length < 3 && /[0-7]/.test(body[i + 1] ?? '')) octal += body[++i];
      bytes.push(Number.parseInt(octal, 8) & 255);
    } else if (next === '\r') {
      if (body[i + 1] === '\n') i++;
    } else if (next !== '\n') bytes.push(escapes[next] ?? next.charCodeAt(0));
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

const pathConstruction = new Set(['m', 'l', 'c', 'v', 'y', 'h', 're']);
const pathPainting = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*']);
const textShowing = new Set(['Tj', 'TJ', "'", '"']);
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
  begin: Operation;
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
  endsOpen: boolean;
}

const hexCode = (code: number, length: 1 | 2) => `<${code.toString(16).padStart(length * 2, '0')}>`;

export function rewritePage(data: Uint8Array, fonts: ReadonlyMap<string, FontCodes>): PageRewrite {
  const content = new Content(data);
  const edits: { at: number; end: number; text: string; order: number }[] = [];
  const insert = (at: number, text: string) => edits.push({ at, end: at, text, order: edits.length });
  const texts = new Map<number, string>();
  const artifacts = new Set<number>();
  const sequences: MarkedSequence[] = [];
  let artifactOpen = false;
  let wrapped = 0;
  let spaces = 0;
  let inText = false;
  let ctm: Matrix = identity;
  const ctmStack: Matrix[] = [];
  let textMatrix: Matrix = identity;
  let lineMatrix: Matrix = [...identity];
  let leading = 0;
  let font = '';
  let fontSize = 0;
  let lastRun: TextRun | undefined;
  const spaceFont = [...fonts].find(([, codes]) => codes.space !== undefined);

  /** The line ends here: add a space unless it ends in one or in a hyphen. */
  const endLine = (run: TextRun) => {
    if (!run.endsOpen) return;
    const own = fonts.get(run.font);
    if (own?.space !== undefined) insert(run.insertAt, ` ${hexCode(own.space, own.codeLength)} Tj`);
    else if (spaceFont) {
      const [name, codes] = spaceFont;
      insert(run.insertAt, ` /${name} 1 Tf ${hexCode(codes.space!, codes.codeLength)} Tj /${run.font} ${run.fontSize} Tf`);
    } else return;
    texts.set(run.mcid, `${texts.get(run.mcid) ?? ''} `);
    spaces++;
  };
  const openArtifact = (operation: Operation) => {
    if (artifactOpen || sequences.length > 0) return;
    insert(operation.start, '/Artifact BMC\n');
    artifactOpen = true;
    wrapped++;
  };
  const closeArtifact = (at: number) => {
    if (!artifactOpen) return;
    insert(at, '\nEMC\n');
    artifactOpen = false;
  };
  // The line matrix is ours to change in place (a page has a Td per glyph): Tm and BT give it a new array.
  const moveLine = (tx: number, ty: number) => {
    lineMatrix[4] += tx * lineMatrix[0] + ty * lineMatrix[2];
    lineMatrix[5] += tx * lineMatrix[1] + ty * lineMatrix[3];
    textMatrix = lineMatrix;
  };

  for (const operation of content.operations) {
    const { operator } = operation;
    const current = sequences[sequences.length - 1];
    switch (operator) {
      case 'q':
        closeArtifact(operation.start);
        ctmStack.push(ctm);
        break;
      case 'Q':
        closeArtifact(operation.start);
        ctm = ctmStack.pop() ?? identity;
        break;
      case 'cm':
        ctm = multiply(content.numbers(operation) as Matrix, ctm);
        break;
      case 'BDC':
      case 'BMC': {
        closeArtifact(operation.start);
        const tag = content.name(operation) ?? '';
        const mcid = operator === 'BDC' ? content.entry(operation, 'MCID') : undefined;
        if (current) current.nested = true;
        sequences.push({
          tag,
          mcid: typeof mcid === 'number' ? mcid : undefined,
          artifact: tag === 'Artifact' || Boolean(current?.artifact),
          begin: operation,
          text: false,
          path: false,
          other: false,
          nested: false,
        });
        break;
      }
      case 'EMC': {
        closeArtifact(operation.start);
        const ended = sequences.pop();
        if (ended && ended.mcid !== undefined && !ended.artifact && ended.path && !ended.text && !ended.other && !ended.nested && ended.tag !== 'Figure') {
          edits.push({ at: ended.begin.start, end: ended.begin.end, text: '/Artifact BMC', order: edits.length });
          artifacts.add(ended.mcid);
          texts.delete(ended.mcid);
        }
        if (ended && sequences.length > 0) {
          const parent = sequences[sequences.length - 1]!;
          parent.text ||= ended.text;
          parent.path ||= ended.path;
          parent.other ||= ended.other;
        }
        break;
      }
      case 'BT':
        openArtifact(operation);
        inText = true;
        textMatrix = lineMatrix = [...identity];
        break;
      case 'ET':
        inText = false;
        break;
      case 'Tf':
        font = content.name(operation) ?? font;
        fontSize = content.number(operation, 1) || fontSize;
        break;
      case 'Tm':
        textMatrix = lineMatrix = content.numbers(operation) as Matrix;
        break;
      case 'Td':
        moveLine(content.number(operation, 0), content.number(operation, 1));
        break;
      case 'TD':
        leading = -content.number(operation, 1);
        moveLine(content.number(operation, 0), content.number(operation, 1));
        break;
      case 'TL':
        leading = content.number(operation, 0);
        break;
      case 'T*':
        moveLine(0, -leading);
        break;
      case 'Do':
      case 'sh':
      case 'BI':
        openArtifact(operation);
        if (current) current.other = true;
        break;
      default:
        if (pathConstruction.has(operator)) {
          if (!inText) openArtifact(operation);
        } else if (pathPainting.has(operator)) {
          if (current) current.path = true;
        } else if (textShowing.has(operator)) {
          if (operator !== 'Tj' && operator !== 'TJ') moveLine(0, -leading);
          const text = content.decode(operation, fonts.get(font));
          if (!current || current.artifact || current.mcid === undefined || text === '') break;
          current.text = true;
          const y = deviceY(textMatrix, ctm);
          const size = Math.abs(fontSize * deviceScale(textMatrix, ctm)) || 1;
          if (lastRun && Math.abs(y - lastRun.y) > 0.5 * Math.min(size, lastRun.size)) endLine(lastRun);
          texts.set(current.mcid, (texts.get(current.mcid) ?? '') + text);
          lastRun = { insertAt: operation.end, font, fontSize, size, y, mcid: current.mcid, endsOpen: !breaksWithoutSpace.test(text) };
        }
    }
  }
  closeArtifact(data.length);
  // The page's last line may go on on the next page.
  if (lastRun) endLine(lastRun);

  if (edits.length === 0) return { content: data, texts, artifacts, wrapped, spaces };
  edits.sort((a, b) => a.at - b.at || a.order - b.order);
  const parts: string[] = [];
  let position = 0;
  for (const edit of edits) {
    parts.push(content.text.slice(position, edit.at), edit.text);
    position = Math.max(position, edit.end);
  }
  parts.push(content.text.slice(position));
  return { content: Buffer.from(parts.join(''), 'latin1'), texts, artifacts, wrapped, spaces };
}
