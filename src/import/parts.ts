/**
 * The parts of a .docx as the converter reads them. Mammoth follows the package's
 * relationships to whatever part they name (a main document or a styles part under
 * word/media/ too), so the bound is on what is actually read, not on where a part lies:
 * every part is inflated here, on first read, under a cap for the part and a cap for all
 * parts together, and kept for a second read. A zip bomb stops at the cap, whatever its
 * name, declared size or folder.
 */
import { decodeWindows1252 } from '../encoding.js';
import { readEntry, ZipError, type ZipEntry } from './zip.js';

/** Inflated size allowed for one part (document, styles, numbering …): a 500-page document is about 10 MB. */
export const maxPartBytes = 40 * 1024 * 1024;
/** Inflated size of all the parts read, together. */
export const maxTotalBytes = 80 * 1024 * 1024;

/** What mammoth needs of a zip (its `file` input), plus synchronous text for the pre-check. */
export interface DocxParts {
  /** Whether there is a part of that name with something in it: a part the archive declares empty is read as none (as Word repairs it). */
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<string | Uint8Array>;
  /** The part as UTF-8 text as the converter reads it, or undefined when there is none by that name. */
  text(name: string): string | undefined;
  /** Every part's name, in the archive's order. */
  names: readonly string[];
  /** The parts read as text through `read`, in the order the converter asked for them. */
  textsRead: readonly string[];
  /** A part's text as it stands in the file (before what is hidden is taken out), or undefined when there is none by that name. */
  original(name: string): string | undefined;
}

/** A part of nothing: declared empty, and no more than an empty deflate stream (so a size that lies is still read). */
const declaredEmpty = (entry: ZipEntry) => entry.declaredSize === 0 && entry.compressedSize <= 2;

/** The encoding an XML declaration names, read from the part's first bytes. */
const declaredEncoding = /^(?:\xEF\xBB\xBF)?<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;

/**
 * A part's text in the encoding it is written in: UTF-8, as Word always writes it, or what
 * its byte order mark or XML declaration says (UTF-16, ISO-8859-1, Windows-1252), as other
 * programs may; read as UTF-8, »æøå« of a part in ISO-8859-1 became »���« without a word.
 * ISO-8859-1 is read as Windows-1252, as browsers do (its bytes 0x80-0x9F are no text).
 */
function partText(data: Buffer): string {
  const bom = data.subarray(0, 2).toString('hex');
  const label = bom === 'fffe' ? 'utf-16le' : bom === 'feff' ? 'utf-16be' : declaredEncoding.exec(data.subarray(0, 200).toString('latin1'))?.[1];
  if (!label || /^utf-?8$/i.test(label)) return data.toString('utf8');
  try {
    const decoder = new TextDecoder(label);
    return decoder.encoding === 'windows-1252' ? decodeWindows1252(data) : decoder.decode(data);
  } catch {
    // An encoding no decoder knows: a part no program could read.
    throw new ZipError('beskadiget');
  }
}

/**
 * `reveal` turns a part's text into what is read of it (hidden runs out, field results in),
 * once per part, for the converter and the pre-check alike.
 */
export function boundedParts(
  bytes: Buffer,
  entries: readonly ZipEntry[],
  reveal: (name: string, text: string) => string = (_, text) => text,
  limits = { part: maxPartBytes, total: maxTotalBytes },
): DocxParts {
  const byName = new Map<string, ZipEntry>();
  for (const entry of entries) if (!entry.name.endsWith('/') && !byName.has(entry.name)) byName.set(entry.name, entry);
  const inflated = new Map<string, Buffer>();
  let total = 0;
  const inflate = (name: string): Buffer => {
    const cached = inflated.get(name);
    if (cached) return cached;
    const entry = byName.get(name);
    if (!entry) throw new ZipError('beskadiget');
    if (total >= limits.total) throw new ZipError('for-stor');
    const data = readEntry(bytes, entry, Math.min(limits.part, limits.total - total));
    total += data.length;
    inflated.set(name, data);
    return data;
  };
  const revealed = new Map<string, string>();
  const revealedText = (name: string): string => {
    let text = revealed.get(name);
    if (text === undefined) revealed.set(name, (text = reveal(name, partText(inflate(name)))));
    return text;
  };
  const textsRead: string[] = [];
  return {
    names: [...byName.keys()],
    textsRead,
    original: (name) => (byName.has(name) ? partText(inflate(name)) : undefined),
    exists: (name) => {
      const entry = byName.get(name);
      return entry !== undefined && !declaredEmpty(entry);
    },
    text: (name) => (byName.has(name) ? revealedText(name) : undefined),
    async read(name, encoding) {
      if (encoding === 'utf-8' || encoding === 'utf8') {
        textsRead.push(name);
        return revealedText(name);
      }
      const data = inflate(name);
      if (encoding === 'base64') return data.toString('base64');
      return encoding ? new TextDecoder(encoding).decode(data) : new Uint8Array(data);
    },
  };
}
