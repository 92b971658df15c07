/**
 * What a file that is no UTF-8 text most likely is, so the message can name it and say how to
 * save it as UTF-8: UTF-16 (Notesblok's »Unicode«, with or without its byte order mark),
 * Windows-1252 (what Word's »Gem som« almindelig tekst and Notesblok's »ANSI« write on a
 * Danish Windows), or a document of another kind given a .yml name. Read only once decoding
 * as UTF-8 has failed, so a file that is text costs nothing here.
 */

export type FileKind = 'utf-16-le' | 'utf-16-be' | 'windows-1252' | 'blandet' | 'afbrudt' | 'word' | 'gammelt-office' | 'pdf' | 'binaer';

export interface NotText {
  kind: FileKind;
  /** The character the byte where UTF-8 stops is in Windows-1252 (»ø« for byte F8), when that is the likely kind (of the file, or of this character). */
  character?: string;
  /** That byte, as two hexadecimal digits. */
  byte?: string;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((byte, index) => bytes[index] === byte);

/** Other kinds of file by their first bytes: a zip (a .docx), an old Office compound file (.doc), a PDF. */
const signatures: [FileKind, readonly number[]][] = [
  ['word', [0x50, 0x4b, 0x03, 0x04]],
  ['gammelt-office', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
];

/** How much of the start is read to tell UTF-16 without a byte order mark by its zero bytes. */
const sampleBytes = 4096;

/**
 * UTF-16 without a byte order mark: text in Latin letters has a zero byte in every other
 * place, after each letter (little-endian) or before it (big-endian).
 */
function utf16ByZeros(bytes: Uint8Array): FileKind | undefined {
  const sample = bytes.subarray(0, Math.min(bytes.length, sampleBytes) & ~1);
  let even = 0;
  let odd = 0;
  sample.forEach((byte, index) => {
    if (byte !== 0) return;
    if (index % 2 === 0) even++;
    else odd++;
  });
  const pairs = sample.length / 2;
  if (pairs === 0) return undefined;
  if (odd >= pairs * 0.4 && even <= pairs * 0.05) return 'utf-16-le';
  if (even >= pairs * 0.4 && odd <= pairs * 0.05) return 'utf-16-be';
  return undefined;
}

/** Control characters no text file holds (tab, line feed and carriage return excepted). */
const isControl = (byte: number) => (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) || byte === 0x7f;

/** Bytes Windows-1252 leaves undefined. */
const undefinedIn1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** The second byte of a UTF-8 sequence after `lead` (overlong forms, surrogates and code points past U+10FFFF refused, as TextDecoder's fatal mode does). */
function secondByteRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

/** How many bytes follow a UTF-8 lead byte, or undefined for a byte that cannot start a character. */
function continuationCount(lead: number): number | undefined {
  if (lead < 0x80) return 0;
  if (lead >= 0xc2 && lead <= 0xdf) return 1;
  if (lead >= 0xe0 && lead <= 0xef) return 2;
  if (lead >= 0xf0 && lead <= 0xf4) return 3;
  return undefined;
}

/** The offset of the first byte that is no text: a NUL, or the start of a sequence that is no UTF-8. */
function firstNonTextByte(bytes: Uint8Array): number | undefined {
  for (let at = 0; at < bytes.length; ) {
    const lead = bytes[at]!;
    const count = continuationCount(lead);
    if (lead === 0 || count === undefined) return at;
    const [low, high] = secondByteRange(lead);
    for (let next = 1; next <= count; next++) {
      const byte = bytes[at + next];
      const [min, max] = next === 1 ? [low, high] : [0x80, 0xbf];
      if (byte === undefined || byte < min || byte > max) return at;
    }
    at += count + 1;
  }
  return undefined;
}

/** Whether the UTF-8 sequence that starts at `at` is whole but for the file's end: a file cut short. */
function cutShort(bytes: Uint8Array, at: number): boolean {
  const count = continuationCount(bytes[at]!);
  if (!count || at + count < bytes.length) return false;
  return bytes.subarray(at + 1).every((byte) => byte >= 0x80 && byte <= 0xbf);
}

/** Windows-1252's characters for bytes 0x80-0x9F (where it differs from ISO-8859-1); the five it leaves undefined stay as they are. */
const windows1252High =
  '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178';

/**
 * Bytes in Windows-1252 as text. Node's TextDecoder('windows-1252') reads them as ISO-8859-1:
 * »„« (0x84) came out as the control character U+0084, and »–« and »“« as well.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\x80-\x9f]/g, (character) => windows1252High[character.charCodeAt(0) - 0x80]!);
}

/** What the bytes most likely are, given the offset where they stop being UTF-8 text. */
function notTextKind(bytes: Uint8Array, at: number): NotText {
  if (startsWith(bytes, [0xff, 0xfe])) return { kind: 'utf-16-le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { kind: 'utf-16-be' };
  const signed = signatures.find(([, signature]) => startsWith(bytes, signature));
  if (signed) return { kind: signed[0] };
  const utf16 = utf16ByZeros(bytes);
  if (utf16) return { kind: utf16 };
  const byte = bytes[at];
  if (byte === undefined || byte < 0x80 || undefinedIn1252.has(byte) || bytes.some(isControl)) return { kind: 'binaer' };
  if (cutShort(bytes, at)) return { kind: 'afbrudt' };
  const character = decodeWindows1252(bytes.subarray(at, at + 1));
  // Letters outside ASCII before it were UTF-8: the file is, but for this character, joined in from elsewhere.
  const mixed = bytes.subarray(0, at).some((before) => before >= 0x80);
  return { kind: mixed ? 'blandet' : 'windows-1252', character, byte: byte.toString(16).toUpperCase().padStart(2, '0') };
}

/** Kinds that are the whole file's, not one byte's: said at its start. */
const wholeFile = new Set<FileKind>(['utf-16-le', 'utf-16-be', 'word', 'gammelt-office', 'pdf']);

/** Where the text stops being text: a byte offset, and its line and column (1-based) as an editor counts them (CR, LF and CRLF each end a line). */
export interface NotTextAt {
  at: number;
  line: number;
  column: number;
}

export type Decoded = { ok: true; text: string } | ({ ok: false } & NotTextAt & NotText);

function positionOfByte(bytes: Uint8Array, at: number): NotTextAt {
  const lines = new TextDecoder('utf-8').decode(bytes.subarray(0, at)).split(/\r\n|\r|\n/);
  return { at, line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

/**
 * The bytes as UTF-8 text (a byte order mark at the start dropped), or where and what they
 * are instead. Decoded by the native decoder first; the bytes are searched for where the text
 * stops only when that fails, since the native decoder reads a file that is text far faster.
 */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    if (!bytes.includes(0)) return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    // Not UTF-8: found below.
  }
  const stop = firstNonTextByte(bytes) ?? 0;
  const problem = notTextKind(bytes, stop);
  return { ok: false, ...positionOfByte(bytes, wholeFile.has(problem.kind) ? 0 : stop), ...problem };
}

/** The arguments of the message »fil-ikke-tekst« for what the bytes are. */
export const notTextArgs = ({ kind, character, byte }: NotText) => ({ slags: kind, tegn: character, byte });
