/**
 * The last step of a PDF, run on a worker thread (src/worker.ts) so that the thread driving
 * Chromium stays free while pdf-lib parses and saves: one pass over the final print, in one
 * parse and one save, does the rest of PDF/UA-1 and PDF/A-2a. Page content outside the tags
 * becomes artifacts (pdf-content.ts), the structure tree is repaired (pdf-structure.ts), the
 * metadata, OutputIntent and identifier are set (pdf-archive.ts), and bookmarks are named
 * after the headings (Chromium runs a wrapped heading's lines together).
 */
import { inflateSync, deflateSync, constants as zlib } from 'node:zlib';
import {
  decodePDFRawStream,
  ParseSpeeds,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  nameText,
  pdfName,
  PDFRawStream,
  PDFRef,
  type PDFPage,
} from './pdf-lib.js';
import { makeArchival, type ArchiveMetadata } from './pdf-archive.js';
import { parseToUnicode, rewritePage, type FontCodes } from './pdf-content.js';
import { parseChromiumPdf } from './pdf-parse.js';
import { repairStructure, type DefinitionList, type PageContent } from './pdf-structure.js';

/** A heading of the page, in document order: Chromium makes one bookmark of each. */
export interface Heading {
  id: string;
  text: string;
}

/** What the worker is sent: Chromium's final print and what was read from the page. */
export interface FinishTask {
  printed: Uint8Array;
  metadata: ArchiveMetadata;
  headings: readonly Heading[];
  definitionLists: readonly DefinitionList[];
}

/**
 * Chromium's print read by our reader (pdf-parse.ts), or by pdf-lib where that reader does
 * not know what it finds. pdf-lib yields to the event loop every few objects by default; a
 * build wants it done.
 */
export async function loadPdf(pdf: Uint8Array): Promise<PDFDocument> {
  try {
    return parseChromiumPdf(pdf);
  } catch {
    return PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  }
}

/** The bookmarks, depth-first, as they read in a viewer. */
function outlineItems(document: PDFDocument): PDFDict[] {
  const items: PDFDict[] = [];
  const walk = (item: PDFDict | undefined) => {
    for (let current = item; current; current = current.lookupMaybe(pdfName('Next'), PDFDict)) {
      items.push(current);
      walk(current.lookupMaybe(pdfName('First'), PDFDict));
    }
  };
  walk(document.catalog.lookupMaybe(pdfName('Outlines'), PDFDict)?.lookupMaybe(pdfName('First'), PDFDict));
  return items;
}

/** The page (1-based) each bookmark points at, in order. */
export function outlinePages(document: PDFDocument): number[] {
  const pageRefs = document.getPages().map((page) => page.ref);
  return outlineItems(document).map((item) => {
    const action = item.lookupMaybe(pdfName('A'), PDFDict);
    const destination = item.lookup(pdfName('Dest')) ?? action?.lookup(pdfName('D'));
    const target = destination instanceof PDFArray ? destination.get(0) : undefined;
    return target instanceof PDFRef ? pageRefs.indexOf(target) + 1 : 0;
  });
}

/**
 * Chromium names a bookmark by the heading's line boxes run together (»social
 * behandlingfor«); name each by its heading's text instead, when the counts agree.
 */
function retitleOutline(document: PDFDocument, headings: readonly Heading[]): void {
  const items = outlineItems(document);
  if (items.length !== headings.length) return;
  items.forEach((item, index) => item.set(pdfName('Title'), PDFHexString.fromText(headings[index]!.text)));
}

/** A stream's bytes: Chromium deflates, which node's zlib undoes far faster than pdf-lib's own decoder. */
function streamBytes(stream: unknown): Uint8Array {
  if (!(stream instanceof PDFRawStream)) return new Uint8Array();
  const filter = stream.dict.get(pdfName('Filter'));
  if (filter === undefined) return stream.contents;
  if (filter === pdfName('FlateDecode')) return inflateSync(stream.contents);
  return decodePDFRawStream(stream).decode();
}

/** The page's fonts by resource name, decoded once per font object for the document. */
function pageFonts(document: PDFDocument, page: PDFPage, cache: Map<PDFRef, FontCodes>): Map<string, FontCodes> {
  const fonts = new Map<string, FontCodes>();
  const dict = page.node.Resources()?.lookupMaybe(pdfName('Font'), PDFDict);
  for (const [name, ref] of dict?.entries() ?? []) {
    if (!(ref instanceof PDFRef)) continue;
    let codes = cache.get(ref);
    if (!codes) {
      const font = document.context.lookup(ref, PDFDict);
      const toUnicode = font.lookup(pdfName('ToUnicode'));
      const codeLength = font.get(pdfName('Subtype')) === pdfName('Type0') ? 2 : 1;
      codes = parseToUnicode(Buffer.from(streamBytes(toUnicode)).toString('latin1'), codeLength);
      cache.set(ref, codes);
    }
    fonts.set(nameText(name), codes);
  }
  return fonts;
}

/** Every page's content made PDF/UA's: artifacts marked, spaces at line ends, text per MCID. */
function markArtifacts(document: PDFDocument): PageContent[] {
  const context = document.context;
  const fontCache = new Map<PDFRef, FontCodes>();
  return document.getPages().map((page) => {
    const contents = page.node.get(pdfName('Contents'));
    const refs =
      contents instanceof PDFArray ? contents.asArray().filter((item): item is PDFRef => item instanceof PDFRef) : contents instanceof PDFRef ? [contents] : [];
    const parts = refs.map((ref) => streamBytes(context.lookup(ref)));
    const data = parts.length === 1 ? parts[0]! : Buffer.concat(parts.flatMap((part) => [part, Buffer.from('\n')]));
    const rewrite = rewritePage(data, pageFonts(document, page, fontCache));
    if (rewrite.content !== data && refs.length > 0) {
      const compressed = deflateSync(rewrite.content, { level: zlib.Z_BEST_SPEED });
      context.assign(refs[0]!, context.stream(compressed, { Filter: 'FlateDecode' }));
      for (const ref of refs.slice(1)) context.delete(ref);
      page.node.set(pdfName('Contents'), refs[0]!);
    }
    return { ref: page.ref, texts: rewrite.texts, artifacts: rewrite.artifacts };
  });
}

/** The finished PDF/UA-1 and PDF/A-2a file. */
export async function finishPdf({ printed, metadata, headings, definitionLists }: FinishTask): Promise<Uint8Array> {
  const document = await loadPdf(printed);
  retitleOutline(document, headings);
  repairStructure(document, markArtifacts(document), definitionLists);
  makeArchival(document, metadata, printed);
  return document.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY });
}
