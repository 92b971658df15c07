/**
 * Reading a Word document: the file is checked first (size, kind, encryption, zip bomb),
 * then converted by mammoth, which maps Word's paragraph styles to semantic HTML (headings,
 * lists, tables, emphasis, links) and ignores page headers, footers and layout. Every
 * problem becomes an ImportError with a message code; nothing here writes anything.
 */
import mammoth from 'mammoth';
import type { Message } from '../diagnostics/messages.js';
import { readBounded } from '../files.js';
import { elementCounter } from './element-caps.js';
import { withFieldLinksJoined } from './field-links.js';
import { ImportError } from './errors.js';
import { withoutUnseenCharacters } from '../lint/control-characters.js';
import type { Diagram } from './imported.js';
import { boundedParts, type DocxParts } from './parts.js';
import { type DocumentModel, readDocumentModel, relationshipsIn, relationshipsName } from './references.js';
import { nothingUnseen, revealPart, withoutHiddenStyles, withoutUnsafeLinks, type Unseen } from './unseen.js';
import { decodeXml, paragraphsOfPart } from './xml-text.js';
import { xmlProblemIn } from './xml-problem.js';
import { zipEntries, ZipError, type ZipProblem } from './zip.js';

export { ImportError };

/** A Word file with text and a few pictures is well under this; larger ones are refused unread. */
export const maxDocxBytes = 50 * 1024 * 1024;

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
  /** What the document holds that the import leaves out or changes (hidden text, comments …), for the report. */
  unseen?: Unseen;
}

const cfbSignature = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** What a file that is not a zip is, as far as a user needs to know. */
function notZip(bytes: Buffer): ImportError {
  if (bytes.subarray(0, 8).equals(cfbSignature)) {
    // Office keeps a password-protected .docx in a compound file with an EncryptedPackage stream.
    const encrypted = bytes.includes(Buffer.from('EncryptedPackage', 'utf16le'));
    return new ImportError(encrypted ? 'import-krypteret' : 'import-gammelt-word', {});
  }
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return new ImportError('import-pdf', {});
  const slags = textKind(bytes.subarray(0, textSniffBytes).toString('utf8'));
  return slags ? new ImportError('import-tekstformat', { slags }) : new ImportError('import-ikke-docx', {});
}

/** How much of a file is read to tell what kind of text it is. */
const textSniffBytes = 4096;

/**
 * What kind of text a file is, when it is text and no Word document: a kvalitetsstandard in
 * YAML (the tool's own file, given by mistake), RTF, a web page, or plain text.
 */
function textKind(head: string): 'yaml' | 'rtf' | 'html' | 'tekst' | undefined {
  // Bytes that are no UTF-8 are no text this can name (a character cut at the end of what was read is).
  if (head.includes('\0') || head.slice(0, -3).includes('\ufffd')) return undefined;
  if (head.startsWith('{\\rtf')) return 'rtf';
  if (/^\ufeff?\s*<(?:!doctype html|html)\b/i.test(head)) return 'html';
  if (/^(?:kommune|titel)[ \t]*:/m.test(head)) return 'yaml';
  return 'tekst';
}

const zipProblemCodes: Record<ZipProblem, 'import-ikke-docx' | 'import-beskadiget' | 'import-krypteret' | 'import-zip-bombe'> = {
  'ikke-zip': 'import-ikke-docx',
  beskadiget: 'import-beskadiget',
  krypteret: 'import-krypteret',
  'for-stor': 'import-zip-bombe',
};

/*
 * The pre-check scans raw XML that no parser has accepted yet, so every scan searches forward
 * only (indexOf, or a pattern whose runs cannot overlap): a file full of openings without
 * their ends costs one pass, not one pass per opening.
 */

/** The drawings of a paragraph; an opening without its end ends the search. */
function drawingsIn(paragraph: string): string[] {
  const drawings: string[] = [];
  for (let from = 0; ; ) {
    const start = paragraph.indexOf('<w:drawing>', from);
    const end = start < 0 ? -1 : paragraph.indexOf('</w:drawing>', start);
    if (end < 0) return drawings;
    drawings.push(paragraph.slice(start, end));
    from = end + '</w:drawing>'.length;
  }
}

/** The attribute text of the first `<name …>` tag in the XML. */
function tagAttributes(xml: string, name: string): string {
  const start = xml.indexOf(`<${name}`);
  if (start < 0) return '';
  const end = xml.indexOf('>', start);
  return xml.slice(start + name.length + 1, end < 0 ? undefined : end);
}

/** One attribute's value in a tag's attribute text, decoded. */
function attributeValue(attributes: string, name: string): string {
  const at = attributes.search(new RegExp(`(?:^|\\s)${name}="`));
  if (at < 0) return '';
  const start = attributes.indexOf('"', at) + 1;
  const end = attributes.indexOf('"', start);
  return decodeXml(attributes.slice(start, end < 0 ? undefined : end)).trim();
}

/** Drawings that are SmartArt or charts, in document order, each with the text before it. */
function diagramsOf(xml: string): Diagram[] {
  const diagrams: Diagram[] = [];
  let before = '';
  for (const paragraph of xml.split('</w:p>')) {
    for (const drawing of drawingsIn(paragraph)) {
      const uri = attributeValue(tagAttributes(drawing, 'a:graphicData'), 'uri');
      const kind = uri.includes('diagram') ? 'diagram' : uri.includes('chart') ? 'graf' : undefined;
      if (!kind) continue;
      const properties = tagAttributes(drawing, 'wp:docPr');
      const description = attributeValue(properties, 'descr') || attributeValue(properties, 'title') || attributeValue(properties, 'name');
      diagrams.push({ kind, description, after: before });
    }
    const text = paragraphsOfPart(`${paragraph}</w:p>`).join(' ');
    if (text) before = text;
  }
  return diagrams;
}

/** What a zip without a Word document is, by the part that names its kind: a document from LibreOffice (OpenDocument), an Excel workbook, a PowerPoint presentation. */
function otherPackage(names: readonly string[]): 'odt' | 'regneark' | 'praesentation' | 'andet' {
  if (names.includes('content.xml') && names.includes('mimetype')) return 'odt';
  if (names.includes('xl/workbook.xml')) return 'regneark';
  if (names.includes('ppt/presentation.xml')) return 'praesentation';
  return 'andet';
}

/** The package relationship that names the main document part. */
const officeDocument = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';

/**
 * The main document part, found as the converter finds it: where the package's relationships
 * (_rels/.rels) point, if that part is in the archive, else word/document.xml. Word writes
 * word/document.xml; Word for the web and Office 365 often word/document2.xml. Undefined when
 * neither is there.
 */
export function mainDocumentName(parts: DocxParts): string | undefined {
  const relationships = parts.text('_rels/.rels') ?? '';
  for (const [tag] of relationships.matchAll(/<(?:[\w.-]+:)?Relationship\s[^<>]*>/g)) {
    if (attributeValue(tag, 'Type') !== officeDocument) continue;
    const target = attributeValue(tag, 'Target').replace(/^\//, '');
    if (target && parts.names.includes(target)) return target;
  }
  // An empty main document is there, and damaged: the converter says so.
  return parts.names.includes('word/document.xml') ? 'word/document.xml' : undefined;
}

/** The parts of the page headers and footers. */
const pageFurnitureParts = /^word\/(header|footer)\d*\.xml$/;

/** The archive's parts, each read only under the caps, and the main document's name; an ImportError for anything that is not a readable Word document. */
function openDocx(bytes: Buffer, unseen: Unseen): { parts: DocxParts; main: string } {
  if (bytes.length === 0) throw new ImportError('import-tom-fil', {});
  let entries;
  try {
    entries = zipEntries(bytes);
  } catch (error) {
    if (error instanceof ZipError && error.problem === 'ikke-zip') throw notZip(bytes);
    throw importErrorOf(error);
  }
  const count = elementCounter();
  // A part's links and pictures are checked against its relationships (read when it has any) and the parts there are.
  const context = (name: string) => () => ({
    relationships: relationshipsIn(parts.text(relationshipsName(name)) ?? ''),
    hasPart: (part: string) => parts.exists(part),
  });
  const parts: DocxParts = boundedParts(bytes, entries, (name, text) => {
    count(text);
    return revealPart(name, text, unseen, context(name));
  });
  let main;
  try {
    main = mainDocumentName(parts);
  } catch (error) {
    throw importErrorOf(error);
  }
  if (main === undefined) throw new ImportError('import-ikke-word', { slags: otherPackage(parts.names) });
  if (entries.some((entry) => entry.encrypted)) throw new ImportError('import-krypteret', {});
  return { parts, main };
}

/** A problem met reading a part, as the importer's message; anything else unchanged. */
function importErrorOf(error: unknown): unknown {
  return error instanceof ZipError ? new ImportError(zipProblemCodes[error.problem], {}) : error;
}

/** What mammoth does not read: the title property, the page headers and footers, and diagrams; without control characters, as the text. */
function inspectDocx(parts: DocxParts, main: string): Pick<WordDocument, 'propertiesTitle' | 'pageFurniture' | 'diagrams'> {
  const title = /<dc:title>([^<]*)<\/dc:title>/.exec(parts.text('docProps/core.xml') ?? '')?.[1];
  const propertiesTitle = title ? withoutUnseenCharacters(decodeXml(title)).replace(/\s+/g, ' ').trim() || undefined : undefined;
  const furniture = parts.names
    .filter((name) => pageFurnitureParts.test(name))
    .flatMap((name) => paragraphsOfPart(parts.text(name) ?? '').map(withoutUnseenCharacters));
  const diagrams = diagramsOf(parts.text(main) ?? '').map((diagram) => ({
    ...diagram,
    description: withoutUnseenCharacters(diagram.description),
    after: withoutUnseenCharacters(diagram.after),
  }));
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
  // A page or column break inside a paragraph separates its words as a line break does; mammoth drops it, joining them.
  "br[type='page'] => br",
  "br[type='column'] => br",
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

/** Where a link that leads nowhere points, if `path` is one. */
/** The bounded reader's problems, said the way the importer says them (a Word document, not a .yml file), naming it. */
function importReadProblem(read: Message, path: string): ImportError {
  switch (read.code) {
    case 'fil-er-mappe':
      return new ImportError('import-er-mappe', { fil: path });
    case 'fil-findes-ikke':
      return new ImportError('import-findes-ikke', { fil: path });
    case 'fil-link-uden-maal':
      return new ImportError('import-link-uden-maal', { fil: path, maal: read.args.maal });
    case 'fil-loekke':
      return new ImportError('import-loekke', { fil: path });
    case 'fil-for-stor':
      return new ImportError('import-for-stor', read.args);
    case 'fil-kan-ikke-laeses':
      return new ImportError('import-kan-ikke-laeses', read.args);
    default:
      return new ImportError(read.code, read.args);
  }
}

/** The document's bytes, read like every input: a regular file of at most maxDocxBytes (no FIFO, device or folder). */
export function readDocxBytes(path: string): Buffer {
  const read = readBounded(path, { maxBytes: maxDocxBytes });
  if (read.ok) return read.bytes;
  throw importReadProblem(read, path);
}

export async function readWordDocument(path: string): Promise<WordDocument> {
  return convertDocx(readDocxBytes(path));
}

export async function convertDocx(bytes: Buffer): Promise<WordDocument> {
  const unseen = nothingUnseen();
  const { parts, main } = openDocx(bytes, unseen);
  let facts;
  try {
    facts = inspectDocx(parts, main);
  } catch (error) {
    throw importErrorOf(error);
  }
  let images = 0;
  try {
    const result = await mammoth.convertToHtml(
      // mammoth's own `file` input (not in its typings): every part it opens is read through the caps.
      { file: parts } as unknown as { buffer: Buffer },
      {
        styleMap,
        externalFileAccess: false,
        transformDocument: (document: DocumentModel) =>
          readDocumentModel(
            document,
            (tree) => withoutUnsafeLinks(withoutHiddenStyles(houseHeadingStyles(withFieldLinksJoined(tree)), unseen), unseen),
            unseen,
          ),
        // The picture is not read; its description (alt text) says what was there.
        convertImage: mammoth.images.imgElement(async () => {
          images += 1;
          return { src: `billede-${images}` };
        }),
      },
    );
    // Control characters, marks that turn the text's direction and characters that show nothing are never published (src/lint/control-characters.ts).
    return { html: withoutUnseenCharacters(result.value), images, ...facts, unseen };
  } catch (error) {
    if (error instanceof ZipError && error.problem !== 'beskadiget') throw importErrorOf(error);
    // Tables or lists nested thousands deep exhaust the converter's stack: not a document a person wrote.
    if (error instanceof RangeError && /call stack/i.test(error.message)) throw new ImportError('import-for-indviklet', {});
    throw damaged(parts);
  }
}

/** Why the converter failed on a document: the first part it read that is not XML, with where, or damaged as a whole. */
function damaged(parts: DocxParts): ImportError {
  for (const name of parts.textsRead) {
    let text;
    try {
      text = parts.original(name);
    } catch {
      // A part that cannot be inflated again has been said (it failed its first read).
      continue;
    }
    const problem = text === undefined ? undefined : xmlProblemIn(text);
    if (problem) return new ImportError('import-beskadiget-del', { del: name, ...problem });
  }
  return new ImportError('import-beskadiget', {});
}
