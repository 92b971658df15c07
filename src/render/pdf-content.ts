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

/** A name operand (`/Artifact`). */
export class Name {
  constructor(readonly name: string) {}
}
export type Operand = number | boolean | null | Name | Uint8Array | Operand[] | Map<string, Operand>;

export interface Operation {
  operator: string;
  operands: Operand[];
  /** Byte offsets: the first operand (or the operator) and just after the operator. */
  start: number;
  end: number;
}

const whitespace = new Uint8Array(256);
for (const byte of [0, 9, 10, 12, 13, 32]) whitespace[byte] = 1;
const delimiter = new Uint8Array(256);
for (const char of '()<>[]{}/%') delimiter[char.charCodeAt(0)] = 1;
const isRegular = (byte: number) => !whitespace[byte] && !delimiter[byte];
const hexValue = (byte: number) => (byte <= 57 ? byte - 48 : (byte | 32) - 87);

/** The operators of a content stream, in order, with their operands parsed. */
export function parseContent(data: Uint8Array): Operation[] {
  const operations: Operation[] = [];
  const stack: Operand[][] = [[]];
  const dictMarks: number[] = [];
  let operandStart = -1;
  let index = 0;
  const length = data.length;
  const push = (value: Operand, at: number) => {
    if (stack.length === 1 && operandStart < 0) operandStart = at;
    stack[stack.length - 1]!.push(value);
  };
  while (index < length) {
    const byte = data[index]!;
    if (whitespace[byte]) {
      index++;
      continue;
    }
    const at = index;
    if (byte === 37 /* % */) {
      while (index < length && data[index] !== 10 && data[index] !== 13) index++;
    } else if (byte === 47 /* / */) {
      index++;
      let name = '';
      while (index < length && isRegular(data[index]!)) {
        if (data[index] === 35 /* # */ && index + 2 < length) {
          name += String.fromCharCode(hexValue(data[index + 1]!) * 16 + hexValue(data[index + 2]!));
          index += 3;
        } else name += String.fromCharCode(data[index++]!);
      }
      push(new Name(name), at);
    } else if (byte === 40 /* ( */) {
      const bytes: number[] = [];
      let depth = 1;
      index++;
      while (index < length) {
        const char = data[index++]!;
        if (char === 92 /* \ */) {
          const next = data[index++]!;
          const escapes: Record<number, number> = { 110: 10, 114: 13, 116: 9, 98: 8, 102: 12 };
          if (next >= 48 && next <= 55) {
            let value = next - 48;
            for (let digits = 1; digits < 3 && data[index]! >= 48 && data[index]! <= 55; digits++) value = value * 8 + data[index++]! - 48;
            bytes.push(value & 255);
          } else if (next === 13) {
            if (data[index] === 10) index++;
          } else if (next !== 10) bytes.push(escapes[next] ?? next);
        } else {
          if (char === 40) depth++;
          else if (char === 41 && --depth === 0) break;
          bytes.push(char);
        }
      }
      push(Uint8Array.from(bytes), at);
    } else if (byte === 60 /* < */) {
      if (data[index + 1] === 60) {
        index += 2;
        if (stack.length === 1 && operandStart < 0) operandStart = at;
        dictMarks.push(stack.length);
        stack.push([]);
      } else {
        index++;
        const nibbles: number[] = [];
        while (index < length && data[index] !== 62) {
          if (!whitespace[data[index]!]) nibbles.push(hexValue(data[index]!));
          index++;
        }
        index++;
        if (nibbles.length % 2) nibbles.push(0);
        const bytes = new Uint8Array(nibbles.length / 2);
        for (let i = 0; i < bytes.length; i++) bytes[i] = nibbles[2 * i]! * 16 + nibbles[2 * i + 1]!;
        push(bytes, at);
      }
    } else if (byte === 62 /* > */) {
      index += 2;
      dictMarks.pop();
      const entries = stack.pop() ?? [];
      const dict = new Map<string, Operand>();
      for (let i = 0; i + 1 < entries.length; i += 2) {
        const key = entries[i];
        if (key instanceof Name) dict.set(key.name, entries[i + 1]!);
      }
      push(dict, at);
    } else if (byte === 91 /* [ */) {
      index++;
      if (stack.length === 1 && operandStart < 0) operandStart = at;
      stack.push([]);
    } else if (byte === 93 /* ] */) {
      index++;
      const array = stack.length > 1 ? stack.pop()! : [];
      push(array, at);
    } else if ((byte >= 48 && byte <= 57) || byte === 43 || byte === 45 || byte === 46) {
      while (index < length && isRegular(data[index]!)) index++;
      push(Number(String.fromCharCode(...data.subarray(at, index))) || 0, at);
    } else {
      while (index < length && isRegular(data[index]!)) index++;
      if (index === at) {
        index++; // a stray delimiter (`)`, `{`): skip it
        continue;
      }
      const word = String.fromCharCode(...data.subarray(at, index));
      if (word === 'true' || word === 'false') push(word === 'true', at);
      else if (word === 'null') push(null, at);
      else {
        if (word === 'BI') index = skipInlineImage(data, index);
        operations.push({ operator: word, operands: stack.length === 1 ? stack[0]! : [], start: operandStart < 0 ? at : operandStart, end: index });
        stack.length = 1;
        stack[0] = [];
        operandStart = -1;
      }
    }
  }
  return operations;
}

/** Past `BI … ID <data> EI`: the image data is binary, so look for EI between white space. */
function skipInlineImage(data: Uint8Array, from: number): number {
  let index = from;
  while (index + 1 < data.length && !(data[index] === 73 && data[index + 1] === 68 && whitespace[data[index + 2] ?? 32] && whitespace[data[index - 1]!])) index++;
  index += 3;
  while (index + 1 < data.length && !(whitespace[data[index - 1]!] && data[index] === 69 && data[index + 1] === 73 && (index + 2 >= data.length || whitespace[data[index + 2]!]))) index++;
  return Math.min(index + 2, data.length);
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
const numbers = (operands: Operand[]) => operands.map((operand) => (typeof operand === 'number' ? operand : 0));

const pathConstruction = new Set(['m', 'l', 'c', 'v', 'y', 'h', 're']);
const pathPainting = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*']);
const textShowing = new Set(['Tj', 'TJ', "'", '"']);
/** After these a line may break without a space: a hyphen (also soft), a dash or a slash. */
const breaksWithoutSpace = /[\s\-\u00ad\u2010\u2011\u2013\u2014/]$/;

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
  const operations = parseContent(data);
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
  let lineMatrix: Matrix = identity;
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
  const moveLine = (tx: number, ty: number) => {
    lineMatrix = multiply([1, 0, 0, 1, tx, ty], lineMatrix);
    textMatrix = lineMatrix;
  };
  const decode = (operands: Operand[]) => {
    const codes = fonts.get(font);
    let text = '';
    const strings = operands.flatMap((operand) => (operand instanceof Uint8Array ? [operand] : Array.isArray(operand) ? operand.filter((item): item is Uint8Array => item instanceof Uint8Array) : []));
    for (const bytes of strings) {
      const step = codes?.codeLength ?? 1;
      for (let i = 0; i + step <= bytes.length; i += step) {
        const code = step === 2 ? bytes[i]! * 256 + bytes[i + 1]! : bytes[i]!;
        text += codes?.unicode.get(code) ?? '';
      }
    }
    return text;
  };

  for (const operation of operations) {
    const { operator, operands } = operation;
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
        ctm = multiply(numbers(operands) as Matrix, ctm);
        break;
      case 'BDC':
      case 'BMC': {
        closeArtifact(operation.start);
        const tag = operands[0] instanceof Name ? operands[0].name : '';
        const properties = operands[1];
        const mcid = properties instanceof Map ? properties.get('MCID') : undefined;
        if (current) current.nested = true;
        sequences.push({ tag, mcid: typeof mcid === 'number' ? mcid : undefined, artifact: tag === 'Artifact' || Boolean(current?.artifact), begin: operation, text: false, path: false, other: false, nested: false });
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
        textMatrix = lineMatrix = identity;
        break;
      case 'ET':
        inText = false;
        break;
      case 'Tf':
        font = operands[0] instanceof Name ? operands[0].name : font;
        fontSize = typeof operands[1] === 'number' ? operands[1] : fontSize;
        break;
      case 'Tm':
        textMatrix = lineMatrix = numbers(operands) as Matrix;
        break;
      case 'Td':
        moveLine(...(numbers(operands) as [number, number]));
        break;
      case 'TD':
        leading = -(numbers(operands)[1] ?? 0);
        moveLine(...(numbers(operands) as [number, number]));
        break;
      case 'TL':
        leading = numbers(operands)[0] ?? 0;
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
          const text = decode(operator === '"' ? operands.slice(2) : operands);
          if (!current || current.artifact || current.mcid === undefined || text === '') break;
          current.text = true;
          const device = multiply(textMatrix, ctm);
          const y = device[5];
          const size = Math.abs(fontSize * Math.hypot(device[2], device[3])) || 1;
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
  const parts: Uint8Array[] = [];
  let position = 0;
  for (const edit of edits) {
    parts.push(data.subarray(position, edit.at), Buffer.from(edit.text, 'latin1'));
    position = Math.max(position, edit.end);
  }
  parts.push(data.subarray(position));
  return { content: Buffer.concat(parts), texts, artifacts, wrapped, spaces };
}
