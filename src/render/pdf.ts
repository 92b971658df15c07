/**
 * Stage 4 (PDF): the written HTML printed by Chromium for the byråd's agenda. One browser
 * per build and a small pool of pages; each page has JavaScript off and may load nothing
 * but its own file and the data: URLs inside it. A printed table of contents gets its page
 * numbers in two passes: print, read where each heading landed from the PDF's bookmarks,
 * fill the numbers in and print again (pdf-outline.ts reads the bookmarks).
 *
 * Chromium prints tagged PDF (`tagged: true`) from its accessibility tree, with bookmarks
 * (`outline: true`). One pass over the final print, in one parse and one save, does the
 * rest of PDF/UA-1 and PDF/A-2a: page content outside the tags becomes artifacts
 * (pdf-content.ts), the structure tree is repaired (pdf-structure.ts), and the metadata,
 * OutputIntent and identifier are set (pdf-archive.ts). Bookmarks are named after the
 * headings (Chromium runs a wrapped heading's lines together).
 */
import { readFile } from 'node:fs/promises';
import { inflateSync, deflateSync, constants as zlib } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { decodePDFRawStream, ParseSpeeds, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFRef, type PDFPage } from 'pdf-lib';
import type { Browser, Page } from 'puppeteer';
import { launchBrowser } from '../browser.js';
import { makeArchival, type ArchiveMetadata } from './pdf-archive.js';
import { bookmarkPages } from './pdf-outline.js';
import { parseToUnicode, rewritePage, type FontCodes } from './pdf-content.js';
import { repairStructure, type DefinitionList, type PageContent } from './pdf-structure.js';

export type PdfMetadata = ArchiveMetadata;

export interface PdfJob {
  htmlPath: string;
  metadata: PdfMetadata;
  /** A document whose headings' pages fill this page's `[data-side-standard]` (the annex cites the standard's pages). */
  pagesFrom?: { htmlPath: string; pdfPath: string };
}

/** The page of each heading id, or none when bookmarks and headings do not pair up. */
type HeadingPages = Record<string, number> | undefined;

/** A heading of the page, in document order: Chromium makes one bookmark of each. */
interface Heading {
  id: string;
  text: string;
}

/** pdf-lib yields to the event loop every few objects by default; a build wants it done. */
const loadPdf = (pdf: Uint8Array) => PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });

/** The bookmarks, depth-first, as they read in a viewer. */
function outlineItems(document: PDFDocument): PDFDict[] {
  const items: PDFDict[] = [];
  const walk = (item: PDFDict | undefined) => {
    for (let current = item; current; current = current.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      items.push(current);
      walk(current.lookupMaybe(PDFName.of('First'), PDFDict));
    }
  };
  walk(document.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict));
  return items;
}

/** The page (1-based) each bookmark points at, in order. */
function outlinePages(document: PDFDocument): number[] {
  const pageRefs = document.getPages().map((page) => page.ref);
  return outlineItems(document).map((item) => {
    const action = item.lookupMaybe(PDFName.of('A'), PDFDict);
    const destination = item.lookup(PDFName.of('Dest')) ?? action?.lookup(PDFName.of('D'));
    const target = destination instanceof PDFArray ? destination.get(0) : undefined;
    return target instanceof PDFRef ? pageRefs.indexOf(target) + 1 : 0;
  });
}

/** The page of each heading id in a print, or none when bookmarks and headings do not pair up. */
async function headingPages(printed: Uint8Array, headings: readonly Heading[]): Promise<HeadingPages> {
  const outline = bookmarkPages(printed) ?? outlinePages(await loadPdf(printed));
  if (outline.length !== headings.length) return undefined;
  return Object.fromEntries(headings.map((heading, index) => [heading.id, outline[index]!]));
}

/** The heading pages of a document printed by an earlier build (its HTML and PDF on disk). */
async function printedHeadingPages({ htmlPath, pdfPath }: { htmlPath: string; pdfPath: string }): Promise<HeadingPages> {
  try {
    const [page, pdf] = await Promise.all([readFile(htmlPath, 'utf8'), readFile(pdfPath)]);
    const headings = [...page.matchAll(/<h[1-6]\b([^>]*)>/g)].map((match) => ({ id: /\sid="([^"]*)"/.exec(match[1]!)?.[1] ?? '', text: '' }));
    return await headingPages(pdf, headings);
  } catch {
    return undefined;
  }
}

/**
 * Chromium names a bookmark by the heading's line boxes run together (»social
 * behandlingfor«); name each by its heading's text instead, when the counts agree.
 */
function retitleOutline(document: PDFDocument, headings: readonly Heading[]): void {
  const items = outlineItems(document);
  if (items.length !== headings.length) return;
  items.forEach((item, index) => item.set(PDFName.of('Title'), PDFHexString.fromText(headings[index]!.text)));
}

/** A stream's bytes: Chromium deflates, which node's zlib undoes far faster than pdf-lib's own decoder. */
function streamBytes(stream: unknown): Uint8Array {
  if (!(stream instanceof PDFRawStream)) return new Uint8Array();
  const filter = stream.dict.get(PDFName.of('Filter'));
  if (filter === undefined) return stream.contents;
  if (filter === PDFName.of('FlateDecode')) return inflateSync(stream.contents);
  return decodePDFRawStream(stream).decode();
}

/** The page's fonts by resource name, decoded once per font object for the document. */
function pageFonts(document: PDFDocument, page: PDFPage, cache: Map<PDFRef, FontCodes>): Map<string, FontCodes> {
  const fonts = new Map<string, FontCodes>();
  const dict = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict);
  for (const [name, ref] of dict?.entries() ?? []) {
    if (!(ref instanceof PDFRef)) continue;
    let codes = cache.get(ref);
    if (!codes) {
      const font = document.context.lookup(ref, PDFDict);
      const toUnicode = font.lookup(PDFName.of('ToUnicode'));
      const codeLength = font.get(PDFName.of('Subtype')) === PDFName.of('Type0') ? 2 : 1;
      codes = parseToUnicode(Buffer.from(streamBytes(toUnicode)).toString('latin1'), codeLength);
      cache.set(ref, codes);
    }
    fonts.set(name.decodeText(), codes);
  }
  return fonts;
}

/** Every page's content made PDF/UA's: artifacts marked, spaces at line ends, text per MCID. */
function markArtifacts(document: PDFDocument): PageContent[] {
  const context = document.context;
  const fontCache = new Map<PDFRef, FontCodes>();
  return document.getPages().map((page) => {
    const contents = page.node.get(PDFName.of('Contents'));
    const refs =
      contents instanceof PDFArray ? contents.asArray().filter((item): item is PDFRef => item instanceof PDFRef) : contents instanceof PDFRef ? [contents] : [];
    const parts = refs.map((ref) => streamBytes(context.lookup(ref)));
    const data = parts.length === 1 ? parts[0]! : Buffer.concat(parts.flatMap((part) => [part, Buffer.from('\n')]));
    const rewrite = rewritePage(data, pageFonts(document, page, fontCache));
    if (rewrite.content !== data && refs.length > 0) {
      const compressed = deflateSync(rewrite.content, { level: zlib.Z_BEST_SPEED });
      context.assign(refs[0]!, context.stream(compressed, { Filter: 'FlateDecode' }));
      for (const ref of refs.slice(1)) context.delete(ref);
      page.node.set(PDFName.of('Contents'), refs[0]!);
    }
    return { ref: page.ref, texts: rewrite.texts, artifacts: rewrite.artifacts };
  });
}

async function finish(
  printed: Uint8Array,
  document: PDFDocument,
  metadata: PdfMetadata,
  headings: readonly Heading[],
  definitionLists: readonly DefinitionList[],
): Promise<Uint8Array> {
  retitleOutline(document, headings);
  repairStructure(document, markArtifacts(document), definitionLists);
  makeArchival(document, metadata, printed);
  return document.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY });
}

/**
 * Runs in the page before the first print: the headings (each has a bookmark: the stylesheet
 * shows even the footnotes' label), the description lists (Chromium tags them as generic
 * content; the structure pass finds each by its text) and whether there is a printed
 * contents. Visually hidden text (»slettet: «, »tilføjet: « in a diff) is clipped away, so
 * Chromium would not paint it and the PDF's tags would lose it: it is painted transparent.
 */
function readPage(): { headings: Heading[]; definitionLists: DefinitionList[]; hasContents: boolean } {
  const text = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  for (const element of document.querySelectorAll<HTMLElement>('body *')) {
    const style = getComputedStyle(element);
    if (style.clip !== 'rect(0px, 0px, 0px, 0px)' && style.clipPath !== 'inset(50%)') continue;
    element.style.setProperty('clip', 'auto');
    element.style.setProperty('clip-path', 'none');
    element.style.setProperty('overflow', 'visible');
    element.style.setProperty('color', 'transparent');
    element.style.setProperty('white-space', 'pre');
    // Set to the left of where it stands: text running out to the right would widen the page
    // at a line's end, and Chromium would shrink the whole page to fit.
    element.style.setProperty('width', '20em');
    element.style.setProperty('margin-left', '-20em');
    element.style.setProperty('text-align', 'right');
    // Read on from the word before it (»samt« then »tilføjet: «), it needs a space of its own.
    element.prepend(' ');
  }
  return {
    headings: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((element) => ({ id: element.id, text: text(element) })),
    definitionLists: [...document.querySelectorAll('dl')].map((list) =>
      [...list.querySelectorAll(':scope > dt, :scope > dd, :scope > div > dt, :scope > div > dd')].map((item) => ({
        term: item.tagName === 'DT',
        text: item.textContent ?? '',
      })),
    ),
    hasContents: document.querySelector('[data-side]') !== null,
  };
}

const printOptions = { printBackground: true, preferCSSPageSize: true, outline: true, tagged: true, format: 'a4' } as const;

export class PdfPrinter {
  private readonly idle: Page[] = [];
  private readonly waiting: ((page: Page) => void)[] = [];
  /** The heading pages of each document printed in this build, for the pages that cite them. */
  private readonly printedPages = new Map<string, Promise<HeadingPages>>();

  private constructor(private readonly browser: Browser) {}

  static async start(pages = 2): Promise<PdfPrinter> {
    const browser = await launchBrowser();
    const printer = new PdfPrinter(browser);
    try {
      for (let index = 0; index < pages; index++) printer.idle.push(await printer.isolatedPage());
    } catch (error) {
      await browser.close();
      throw error;
    }
    return printer;
  }

  private async isolatedPage(): Promise<Page> {
    const page = await this.browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      const allowed = url.startsWith('data:') || url === (page as Page & { allowedUrl?: string }).allowedUrl;
      // A request may already be settled when its page closes; that is no error of the build.
      (allowed ? request.continue() : request.abort('blockedbyclient')).catch(() => undefined);
    });
    return page;
  }

  private async withPage<T>(task: (page: Page) => Promise<T>): Promise<{ result: T; milliseconds: number }> {
    const page = this.idle.pop() ?? (await new Promise<Page>((resolve) => this.waiting.push(resolve)));
    const started = performance.now();
    try {
      const result = await task(page);
      return { result, milliseconds: performance.now() - started };
    } finally {
      const next = this.waiting.shift();
      if (next) next(page);
      else this.idle.push(page);
    }
  }

  /** The PDF, and how long printing took (not counting the wait for a free page). */
  async print(job: PdfJob): Promise<{ pdf: Uint8Array; milliseconds: number }> {
    let settle: (pages: HeadingPages) => void = () => undefined;
    this.printedPages.set(job.htmlPath, new Promise((resolve) => (settle = resolve)));
    // Waited for before taking a page from the pool: the cited document was queued first.
    const cited = job.pagesFrom ? await (this.printedPages.get(job.pagesFrom.htmlPath) ?? printedHeadingPages(job.pagesFrom)) : undefined;
    try {
      return await this.printPage(job, cited, settle);
    } finally {
      settle(undefined);
    }
  }

  private async printPage(job: PdfJob, cited: HeadingPages, settle: (pages: HeadingPages) => void): Promise<{ pdf: Uint8Array; milliseconds: number }> {
    const { result, milliseconds } = await this.withPage(async (page) => {
      const url = pathToFileURL(job.htmlPath).href;
      (page as Page & { allowedUrl?: string }).allowedUrl = url;
      await page.goto(url, { waitUntil: 'load' });
      if (cited) {
        await page.evaluate((numbers) => {
          for (const element of document.querySelectorAll('[data-side-standard]'))
            element.textContent = String(numbers[element.getAttribute('data-side-standard') ?? ''] ?? '');
        }, cited);
      }
      // One evaluation for all that is read from the page (Puppeteer's $$eval makes a handle per element).
      const { headings, definitionLists, hasContents } = await page.evaluate(readPage);
      let printed = await page.pdf(printOptions);
      // Two layouts, unless the numbers change the contents' length; a third settles that.
      for (let pass = 0; hasContents && pass < 2; pass++) {
        const pages = await headingPages(printed, headings);
        if (!pages) break;
        const changed = await page.evaluate(
          (numbers) =>
            [...document.querySelectorAll('[data-side]')].reduce((count, element) => {
              const value = String(numbers[element.getAttribute('data-side') ?? ''] ?? '');
              if (element.textContent === value) return count;
              element.textContent = value;
              return count + 1;
            }, 0),
          pages,
        );
        if (changed === 0) break;
        printed = await page.pdf(printOptions);
      }
      settle(await headingPages(printed, headings));
      return finish(printed, await loadPdf(printed), job.metadata, headings, definitionLists);
    });
    return { pdf: result, milliseconds };
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}
