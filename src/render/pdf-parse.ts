/**
 * Chromium's print read into pdf-lib's objects in one pass over its bytes. pdf-lib's own
 * parser reads a byte per method call, builds every number and name from a string a
 * character at a time and parses each object's header twice; for the few thousand objects
 * of a print that was a third of the PDF/UA pass. This reader makes the same objects the
 * same way (pdf-lib's constructors, in file order, later objects replacing earlier ones),
 * but knows only what Chromium (Skia) writes: one classic xref section, direct stream
 * lengths, no object streams, no encryption. Anything else throws `Unreadable`, and the
 * caller parses the file with pdf-lib instead.
 */
import {
  PDFArray,
  PDFBool,
  PDFCatalog,
  PDFContext,
  PDFDict,
  PDFDocument,
  PDFHeader,
  PDFHexString,
  type PDFName,
  PDFNull,
  PDFNumber,
  type PDFObject,
  PDFPageLeaf,
  PDFPageTree,
  PDFRawStream,
  PDFRef,
  PDFString,
  pdfName,
} from './pdf-lib.js';
import { latin1, regular, whitespace } from './pdf-syntax.js';

/** What this reader does not read the way pdf-lib would. */
class Unreadable extends Error {}

const isDigit = (byte: number | undefined) => byte !== undefined && byte >= 48 && byte <= 57;
/** A number as pdf-lib reads one whole (its reader stops at a second point or a sign inside). */
const plainNumber = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;
const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0));
/** The keywords after `stream` that pdf-lib tries, in its order. */
const streamKeywords = ['stream \r\n', 'stream\r\n', 'stream\r', 'stream\n', 'stream'].map(ascii);
const keywords = {
  obj: ascii('obj'),
  endobj: ascii('endobj'),
  endstream: ascii('endstream'),
  xref: ascii('xref'),
  trailer: ascii('trailer'),
  startxref: ascii('startxref'),
};

class Reader {
  index = 0;
  private readonly refs: PDFRef[] = [];

  constructor(
    private readonly bytes: Uint8Array,
    private readonly context: PDFContext,
  ) {}

  /** PDFRef.of builds a string to look each reference up; a print refers to each object a few times. */
  ref(objectNumber: number, generation: number): PDFRef {
    if (generation !== 0) return PDFRef.of(objectNumber, generation);
    return (this.refs[objectNumber] ??= PDFRef.of(objectNumber, 0));
  }

  fail(what: string): never {
    throw new Unreadable(`${what} at byte ${this.index}`);
  }

  /** White space and comments. */
  skip(): void {
    const { bytes } = this;
    for (;;) {
      while (this.index < bytes.length && whitespace[bytes[this.index]!]) this.index++;
      if (bytes[this.index] !== 37 /* % */) return;
      while (this.index < bytes.length && bytes[this.index] !== 10 && bytes[this.index] !== 13) this.index++;
    }
  }

  /** Steps over the keyword if it is next (as pdf-lib does: without looking at what follows it). */
  match(keyword: readonly number[]): boolean {
    for (let i = 0; i < keyword.length; i++) if (this.bytes[this.index + i] !== keyword[i]) return false;
    this.index += keyword.length;
    return true;
  }

  /** The run of bytes that are neither white space nor delimiters, from here. */
  word(): string {
    const start = this.index;
    while (this.index < this.bytes.length && regular[this.bytes[this.index]!]) this.index++;
    return latin1(this.bytes, start, this.index);
  }

  integer(): number {
    const word = this.word();
    if (!/^\d+$/.test(word)) this.fail('no object number');
    return Number(word);
  }

  object(): PDFObject {
    this.skip();
    const byte = this.bytes[this.index];
    if (byte === 60 /* < */) return this.bytes[this.index + 1] === 60 ? this.dictOrStream() : this.hexString();
    if (byte === 40 /* ( */) return this.literalString();
    if (byte === 47 /* / */) return this.name();
    if (byte === 91 /* [ */) return this.array();
    if (byte !== undefined && (isDigit(byte) || byte === 43 || byte === 45 || byte === 46)) return this.numberOrRef();
    const word = this.word();
    if (word === 'true' || word === 'false') return word === 'true' ? PDFBool.True : PDFBool.False;
    if (word === 'null') return PDFNull;
    return this.fail('no object');
  }

  name(): PDFName {
    this.index++;
    const name = this.word();
    if (name === '') this.fail('an empty name');
    return pdfName(name);
  }

  numberOrRef(): PDFNumber | PDFRef {
    const first = this.word();
    if (!plainNumber.test(first) || Math.abs(Number(first)) > Number.MAX_SAFE_INTEGER) this.fail('a number pdf-lib reads otherwise');
    const after = this.index;
    this.skip();
    if (isDigit(this.bytes[this.index])) {
      const second = this.word();
      this.skip();
      if (this.bytes[this.index] === 82 /* R */) {
        this.index++;
        if (!/^\d+$/.test(first) || !/^\d+$/.test(second) || this.word() !== '') this.fail('a reference pdf-lib reads otherwise');
        return this.ref(Number(first), Number(second));
      }
    }
    this.index = after;
    return PDFNumber.of(Number(first));
  }

  hexString(): PDFHexString {
    const end = this.bytes.indexOf(62 /* > */, this.index);
    if (end < 0) this.fail('an unended hex string');
    const value = latin1(this.bytes, this.index + 1, end);
    this.index = end + 1;
    return PDFHexString.of(value);
  }

  /** A literal string, kept as written (escapes and all), as pdf-lib keeps it. */
  literalString(): PDFString {
    const { bytes } = this;
    const start = this.index;
    let depth = 0;
    let escaped = false;
    while (this.index < bytes.length) {
      const byte = bytes[this.index++]!;
      if (!escaped && byte === 40) depth++;
      else if (!escaped && byte === 41 && --depth === 0) return PDFString.of(latin1(this.bytes, start + 1, this.index - 1));
      escaped = byte === 92 /* \ */ && !escaped;
    }
    return this.fail('an unended string');
  }

  array(): PDFArray {
    const array = PDFArray.withContext(this.context);
    this.index++;
    this.skip();
    while (this.bytes[this.index] !== 93 /* ] */) {
      if (this.index >= this.bytes.length) this.fail('an unended array');
      array.push(this.object());
      this.skip();
    }
    this.index++;
    return array;
  }

  dict(): PDFDict {
    const map = new Map<PDFName, PDFObject>();
    this.index += 2;
    this.skip();
    while (!(this.bytes[this.index] === 62 && this.bytes[this.index + 1] === 62)) {
      if (this.bytes[this.index] !== 47 /* / */) this.fail('no key');
      map.set(this.name(), this.object());
      this.skip();
    }
    this.index += 2;
    const type = map.get(pdfName('Type'));
    if (type === pdfName('Catalog')) return PDFCatalog.fromMapWithContext(map, this.context);
    if (type === pdfName('Pages')) return PDFPageTree.fromMapWithContext(map, this.context);
    if (type === pdfName('Page')) return PDFPageLeaf.fromMapWithContext(map, this.context);
    return PDFDict.fromMapWithContext(map, this.context);
  }

  dictOrStream(): PDFDict | PDFRawStream {
    const dict = this.dict();
    this.skip();
    if (!streamKeywords.some((keyword) => this.match(keyword))) return dict;
    const length = dict.get(pdfName('Length'));
    const type = dict.lookup(pdfName('Type'));
    if (!(length instanceof PDFNumber) || type === pdfName('ObjStm') || type === pdfName('XRef')) this.fail('a stream pdf-lib reads otherwise');
    const start = this.index;
    this.index = start + length.asNumber();
    this.skip();
    if (!this.match(keywords.endstream)) this.fail('a stream length that misses endstream');
    return PDFRawStream.of(dict, this.bytes.slice(start, start + length.asNumber()));
  }

  header(): PDFHeader {
    if (!this.match(ascii('%PDF-'))) this.fail('no header');
    const [major, minor] = this.word().split('.');
    if (!/^\d+$/.test(major ?? '') || !/^\d+$/.test(minor ?? '')) this.fail('no version');
    return PDFHeader.forVersion(Number(major), Number(minor));
  }

  indirectObject(): void {
    const objectNumber = this.integer();
    this.skip();
    const ref = this.ref(objectNumber, this.integer());
    this.skip();
    if (ref.objectNumber === 0 || !this.match(keywords.obj)) this.fail('no object header');
    const object = this.object();
    this.skip();
    if (!this.match(keywords.endobj)) this.fail('no endobj');
    this.context.assign(ref, object);
  }

  /** The trailer's entries as pdf-lib takes them; the xref table before it says nothing pdf-lib uses. */
  trailer(): void {
    const end = this.bytes.indexOf(116 /* t */, this.index);
    for (; this.index < end; this.index++) {
      const byte = this.bytes[this.index]!;
      if (!isDigit(byte) && !whitespace[byte] && byte !== 110 /* n */ && byte !== 102 /* f */) this.fail('an xref table pdf-lib reads otherwise');
    }
    if (!this.match(keywords.trailer)) this.fail('no trailer');
    this.skip();
    if (this.bytes[this.index] !== 60 || this.bytes[this.index + 1] !== 60) this.fail('no trailer');
    const dict = this.dict();
    const info = this.context.trailerInfo;
    this.context.trailerInfo = {
      Root: dict.get(pdfName('Root')) || info.Root,
      Encrypt: dict.get(pdfName('Encrypt')) || info.Encrypt,
      Info: dict.get(pdfName('Info')) || info.Info,
      ID: dict.get(pdfName('ID')) || info.ID,
    };
    this.skip();
    if (!this.match(keywords.startxref)) this.fail('no startxref');
    this.skip();
    this.integer();
    this.skip(); // and %%EOF, a comment
    if (this.index !== this.bytes.length) this.fail('an update after the first section');
  }
}

/** The document, as PDFDocument.load(pdf, { updateMetadata: false }) would give it. */
export function parseChromiumPdf(pdf: Uint8Array): PDFDocument {
  const context = PDFContext.create();
  const reader = new Reader(pdf, context);
  context.header = reader.header();
  reader.skip();
  while (isDigit(pdf[reader.index])) {
    reader.indirectObject();
    reader.skip();
  }
  if (!reader.match(keywords.xref)) reader.fail('no xref table');
  reader.trailer();
  const catalog = context.trailerInfo.Root && context.lookup(context.trailerInfo.Root);
  if (!(catalog instanceof PDFDict) || catalog.lookup(pdfName('Type')) !== pdfName('Catalog') || context.trailerInfo.Encrypt)
    reader.fail('no catalog, or encryption');
  // The constructor pdf-lib's load calls, private in its types.
  const Document = PDFDocument as unknown as new (context: PDFContext, ignoreEncryption: boolean, updateMetadata: boolean) => PDFDocument;
  return new Document(context, false, false);
}
