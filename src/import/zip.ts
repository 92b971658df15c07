/**
 * A look inside a .docx (a zip archive) before any library unpacks it: which parts it has,
 * whether they are encrypted, and whether the parts a converter reads stay within a sane
 * size when inflated. The declared sizes in a zip can lie, so the text parts are inflated
 * here with a hard output limit: a zip bomb stops at the limit instead of filling memory.
 */
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  declaredSize: number;
  localHeaderOffset: number;
}

export type ZipProblem = 'ikke-zip' | 'beskadiget' | 'krypteret' | 'for-stor';

export class ZipError extends Error {
  constructor(readonly problem: ZipProblem) {
    super(problem);
  }
}

const endOfCentralDirectory = 0x06054b50;
const centralDirectoryHeader = 0x02014b50;
const localFileHeader = 0x04034b50;

/** The central directory's entries; throws ZipError for anything that is not a readable zip. */
export function zipEntries(bytes: Buffer): ZipEntry[] {
  if (bytes.length < 22 || bytes.readUInt32LE(0) !== localFileHeader) throw new ZipError('ikke-zip');
  // The end record sits in the last 22 bytes plus a comment of at most 65,535 bytes.
  let end = -1;
  for (let offset = bytes.length - 22; offset >= Math.max(0, bytes.length - 22 - 0xffff); offset -= 1) {
    if (bytes.readUInt32LE(offset) === endOfCentralDirectory) {
      end = offset;
      break;
    }
  }
  if (end < 0) throw new ZipError('beskadiget');
  const count = bytes.readUInt16LE(end + 10);
  const size = bytes.readUInt32LE(end + 12);
  const start = bytes.readUInt32LE(end + 16);
  // ZIP64 markers: no Word document needs them; a file that does is not one we read.
  if (count === 0xffff || start === 0xffffffff) throw new ZipError('for-stor');
  if (start + size > end) throw new ZipError('beskadiget');
  const entries: ZipEntry[] = [];
  let offset = start;
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > end || bytes.readUInt32LE(offset) !== centralDirectoryHeader) throw new ZipError('beskadiget');
    const flags = bytes.readUInt16LE(offset + 8);
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    entries.push({
      name: bytes.toString('utf8', offset + 46, offset + 46 + nameLength),
      method: bytes.readUInt16LE(offset + 10),
      encrypted: (flags & 1) === 1,
      compressedSize: bytes.readUInt32LE(offset + 20),
      declaredSize: bytes.readUInt32LE(offset + 24),
      localHeaderOffset: bytes.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The inflated content of one entry, never more than `limit` bytes. */
export function readEntry(bytes: Buffer, entry: ZipEntry, limit: number): Buffer {
  if (entry.encrypted) throw new ZipError('krypteret');
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== localFileHeader) throw new ZipError('beskadiget');
  const dataStart = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const data = bytes.subarray(dataStart, dataStart + entry.compressedSize);
  if (data.length < entry.compressedSize) throw new ZipError('beskadiget');
  if (entry.method === 0) {
    if (data.length > limit) throw new ZipError('for-stor');
    return data;
  }
  if (entry.method !== 8) throw new ZipError('beskadiget');
  try {
    return inflateRawSync(data, { maxOutputLength: limit });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || /maxOutputLength|Cannot create a Buffer larger/i.test(String(error))) {
      throw new ZipError('for-stor');
    }
    throw new ZipError('beskadiget');
  }
}
