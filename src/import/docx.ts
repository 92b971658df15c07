/**
 * Reading a Word document: the file is checked first (size, kind, encryption, zip bomb),
 * then converted by mammoth, which maps Word's paragraph styles to semantic HTML (headings,
 * lists, tables, emphasis, links) and ignores page headers, footers and layout. Every
 * problem becomes an ImportError with a message code; nothing here writes anything.
 */
import { readFile, stat } from 'node:fs/promises';
import mammoth from 'mammoth';
import type { MessageArgs, MessageCode } from '../diagnostics/messages.js';
import { readEntry, zipEntries, ZipError, type ZipProblem } from './zip.js';

/** A Word file with text and a few pictures is well under this; larger ones are refused unread. */
export const maxDocxBytes = 50 * 1024 * 1024;
/** Inflated size allowed for one XML part (document, styles, numbering …): a 500-page document is about 10 MB. */
export const maxPartBytes = 40 * 1024 * 1024;

export class ImportError extends Error {
  constructor(
    readonly code: MessageCode,
    readonly args: MessageArgs = {},
  ) {
    super(code);
  }
}

export interface WordDocument {
  html: string;
  /** The title in the document's properties (File → Info → Title), if set. */
  propertiesTitle?: string;
  /** The paragraphs of page headers and footers (an approval date often stands there). */
  pageFurniture: string[];
  /** SmartArt diagrams and charts, which mammoth leaves out without a trace, with the text before them. */
  diagrams: Diagram[];
  /** How many pictures the document has in its text (left out of the YAML). */
  images: number;
}

export interface Diagram {
  kind: 'diagram' | 'graf';
  /** The description (alt text) or name Word gives it. */
  description: string;
  /** The text of the nearest paragraph before it, to find its section. */
  after: string;
}

const cfbSignature = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

/** What a file that is not a zip is, as far as a user needs to know. */
function notZip(bytes: Buffer): ImportError {
  if (bytes.subarray(0, 8).equals(cfbSignature)) {
    // Office keeps a password-protected .docx in a compound file with an EncryptedPackage stream.
    const encrypted = bytes.includes(Buffer.from('EncryptedPackage', 'utf16le'));
    return new ImportError(encrypted ? 'import-krypteret' : 'import-gammelt-word');
  }
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return new ImportError('import-pdf');
  return new ImportError('import-ikke-docx');
}

const zipProblemCodes: Record<ZipProblem, MessageCode> = {
  'ikke-zip': 'import-ikke-docx',
  beskadiget: 'import-beskadiget',
  krypteret: 'import-krypteret',
  'for-stor': 'import-zip-bombe',
};

const decodeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of each paragraph of a WordprocessingML part. */
function paragraphsOfPart(xml: string): string[] {
  return xml
    .split(/<\/w:p>/)
    .map((paragraph) =>
      decodeXml([...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''))
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((text) => text.length > 0);
}

/** Drawings that are SmartArt or charts, in document order, each with the text before it. */
function diagramsOf(xml: string): Diagram[] {
  const diagrams: Diagram[] = [];
  let before = '';
  for (const paragraph of xml.split(/<\/w:p>/)) {
    for (const drawing of paragraph.match(/<w:drawing>[\s\S]*?<\/w:drawing>/g) ?? []) {
      const uri = /<a:graphicData[^>]*uri="([^"]*)"/.exec(drawing)?.[1] ?? '';
      const kind = /diagram/.test(uri) ? 'diagram' : /chart/.test(uri) ? 'graf' : undefined;
      if (!kind) continue;
      const properties = /<wp:docPr\b([^>]*)>/.exec(drawing)?.[1] ?? '';
      const attribute = (name: string) => decodeXml(new RegExp(`\\b${name}="([^"]*)"`).exec(properties)?.[1] ?? '').trim();
      diagrams.push({ kind, description: attribute('descr') || attribute('title') || attribute('name'), after: before });
    }
    const text = paragraphsOfPart(`${paragraph}</w:p>`).join(' ');
    if (text) before = text;
  }
  return diagrams;
}

/** The checks before conversion: a real, unencrypted Word document whose text parts inflate within bounds. Returns what mammoth does not read: the title property, the page headers and footers, and diagrams. */
export function inspectDocx(bytes: Buffer): Pick<WordDocument, 'propertiesTitle' | 'pageFurniture' | 'diagrams'> {
  if (bytes.length === 0) throw new ImportError('import-tom-fil');
  let entries;
  try {
    entries = zipEntries(bytes);
  } catch (error) {
    if (error instanceof ZipError && error.problem === 'ikke-zip') throw notZip(bytes);
    if (error instanceof ZipError) throw new ImportError(zipProblemCodes[error.problem]);
    throw error;
  }
  if (!entries.some((entry) => entry.name === 'word/document.xml')) throw new ImportError('import-ikke-word');
  let total = 0;
  for (const entry of entries) {
    // Pictures are never unpacked (they are left out); every other part mammoth may read is.
    if (entry.name.startsWith('word/media/') || entry.name.endsWith('/')) continue;
    try {
      total += readEntry(bytes, entry, maxPartBytes).length;
    } catch (error) {
      if (error instanceof ZipError) throw new ImportError(zipProblemCodes[error.problem]);
      throw error;
    }
    if (total > maxPartBytes) throw new ImportError('import-zip-bombe');
  }
  const core = entries.find((entry) => entry.name === 'docProps/core.xml');
  const title = core ? /<dc:title>([^<]*)<\/dc:title>/.exec(readEntry(bytes, core, maxPartBytes).toString('utf8'))?.[1] : undefined;
  const propertiesTitle = title ? decodeXml(title).replace(/\s+/g, ' ').trim() || undefined : undefined;
  const furniture = entries
    .filter((entry) => /^word\/(header|footer)\d*\.xml$/.test(entry.name))
    .flatMap((entry) => paragraphsOfPart(readEntry(bytes, entry, maxPartBytes).toString('utf8')));
  const body = entries.find((entry) => entry.name === 'word/document.xml')!;
  const diagrams = diagramsOf(readEntry(bytes, body, maxPartBytes).toString('utf8'));
  return { ...(propertiesTitle ? { propertiesTitle } : {}), pageFurniture: [...new Set(furniture)], diagrams };
}

/** Word's built-in style names (as stored in the file, also in a Danish Word) and their Danish display names. */
const styleMap = [
  "p[style-name='Title'] => h1.titel:fresh",
  "p[style-name='Titel'] => h1.titel:fresh",
  "p[style-name='Subtitle'] => p.undertitel:fresh",
  "p[style-name='Undertitel'] => p.undertitel:fresh",
  ...[1, 2, 3, 4, 5, 6].map((level) => `p[style-name='Overskrift ${level}'] => h${level}:fresh`),
  // Entries of a generated table of contents: the headings themselves follow later.
  "p[style-name^='toc'] => p.indholdsfortegnelse:fresh",
  "p[style-name^='TOC'] => p.indholdsfortegnelse:fresh",
  "p[style-name^='Indholdsfortegnelse'] => p.indholdsfortegnelse:fresh",
  "p[style-name='TOC Heading'] => p.indholdsfortegnelse:fresh",
  "p[style-name='Overskrift til indholdsfortegnelse'] => p.indholdsfortegnelse:fresh",
];

/** The part of mammoth's document model this module touches. */
interface DocumentElement {
  type: string;
  styleName?: string | null;
  children?: DocumentElement[];
}

/**
 * A house style for headings (»KK Overskrift 2«, »Heading 1 Nummereret«) is read as the
 * heading level its name gives; Word's own heading styles are mapped by the style map.
 */
function houseHeadingStyles(element: DocumentElement): DocumentElement {
  const children = element.children?.map(houseHeadingStyles);
  const level = element.type === 'paragraph' ? /(?:overskrift|heading)\D{0,3}([1-6])\b/i.exec(element.styleName ?? '')?.[1] : undefined;
  const own = /^(?:overskrift|heading) [1-6]$/i.test(element.styleName ?? '');
  return { ...element, ...(children ? { children } : {}), ...(level && !own ? { styleName: `Overskrift ${level}` } : {}) };
}

export async function readWordDocument(path: string): Promise<WordDocument> {
  let bytes: Buffer;
  try {
    const stats = await stat(path);
    if (stats.isDirectory()) throw new ImportError('import-er-mappe');
    if (stats.size > maxDocxBytes) throw new ImportError('import-for-stor', { stoerrelse: megabytes(stats.size), graense: megabytes(maxDocxBytes) });
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new ImportError('import-findes-ikke', { fil: path });
    throw new ImportError('import-kan-ikke-laeses', { aarsag: code ?? String(error) });
  }
  return convertDocx(bytes);
}

export async function convertDocx(bytes: Buffer): Promise<WordDocument> {
  const { propertiesTitle, pageFurniture, diagrams } = inspectDocx(bytes);
  let images = 0;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: bytes },
      {
        styleMap,
        externalFileAccess: false,
        transformDocument: houseHeadingStyles,
        // The picture is not read; its description (alt text) says what was there.
        convertImage: mammoth.images.imgElement(async () => {
          images += 1;
          return { src: `billede-${images}` };
        }),
      },
    );
    return { html: result.value, images, pageFurniture, diagrams, ...(propertiesTitle ? { propertiesTitle } : {}) };
  } catch (error) {
    // Tables or lists nested thousands deep exhaust the converter's stack: not a document a person wrote.
    if (error instanceof RangeError && /call stack/i.test(error.message)) throw new ImportError('import-for-indviklet');
    throw new ImportError('import-beskadiget');
  }
}
