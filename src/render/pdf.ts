/**
 * Stage 4 (PDF): the written HTML printed by Chromium for the byråd's agenda. One browser
 * per build and a small pool of pages; each page has JavaScript off and may load nothing
 * but its own file and the data: URLs inside it. A printed table of contents gets its page
 * numbers in two passes: print, read where each heading landed from the PDF's bookmarks,
 * fill the numbers in and print again (pdf-lib reads the bookmarks and, at the end, names
 * them after the headings and sets the metadata). Metadata is set afterwards (Chromium sets only the
 * title), with dates from the document, so the same input gives the same PDF.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { ParseSpeeds, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName } from 'pdf-lib';
import type { Browser, Page } from 'puppeteer';
import { launchBrowser } from '../browser.js';

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** ÅÅÅÅ-MM-DD from the document (approval or revision); none leaves the dates out. */
  date?: string;
}

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
    return pageRefs.findIndex((ref) => ref === target) + 1;
  });
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

function headingPages(pdf: PDFDocument, headings: readonly Heading[]): HeadingPages {
  const outline = outlinePages(pdf);
  if (outline.length !== headings.length) return undefined;
  return Object.fromEntries(headings.map((heading, index) => [heading.id, outline[index]!]));
}

/** The heading pages of a document printed by an earlier build (its HTML and PDF on disk). */
async function printedHeadingPages({ htmlPath, pdfPath }: { htmlPath: string; pdfPath: string }): Promise<HeadingPages> {
  try {
    const [page, pdf] = await Promise.all([readFile(htmlPath, 'utf8'), readFile(pdfPath)]);
    const headings = [...page.matchAll(/<h[1-6]\b([^>]*)>/g)].map((match) => ({ id: /\sid="([^"]*)"/.exec(match[1]!)?.[1] ?? '', text: '' }));
    return headingPages(await loadPdf(pdf), headings);
  } catch {
    return undefined;
  }
}

async function finish(document: PDFDocument, metadata: PdfMetadata, headings: readonly Heading[]): Promise<Uint8Array> {
  retitleOutline(document, headings);
  document.setTitle(metadata.title, { showInWindowTitleBar: true });
  document.setAuthor(metadata.author);
  document.setSubject(metadata.subject);
  document.setKeywords(metadata.keywords);
  document.setCreator('kvalitetsstandard');
  document.setProducer('kvalitetsstandard (Chromium og pdf-lib)');
  document.setLanguage('da');
  if (metadata.date) {
    const date = new Date(`${metadata.date}T12:00:00Z`);
    document.setCreationDate(date);
    document.setModificationDate(date);
  } else {
    const info = document.context.lookup(document.context.trailerInfo.Info, PDFDict);
    info.delete(PDFName.of('CreationDate'));
    info.delete(PDFName.of('ModDate'));
  }
  // Chromium's trailer ID changes with every print; a fixed one keeps output reproducible.
  // Hex strings: a title's »(« or »\« written raw into a literal string would break the trailer (#10).
  document.context.trailerInfo.ID = document.context.obj([PDFHexString.fromText(metadata.title.slice(0, 16)), PDFHexString.fromText(metadata.author.slice(0, 16))]);
  return document.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY });
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
        await page.$$eval('[data-side-standard]', (elements, numbers) => {
          for (const element of elements) element.textContent = String((numbers as Record<string, number>)[element.getAttribute('data-side-standard') ?? ''] ?? '');
        }, cited);
      }
      // Every heading is visible (the stylesheet shows even the footnotes' label), so each has a bookmark.
      const headings = await page.$$eval('h1, h2, h3, h4, h5, h6', (elements) =>
        elements.map((element) => ({ id: element.id, text: (element.textContent ?? '').replace(/\s+/g, ' ').trim() })),
      );
      let pdf = await loadPdf(await page.pdf(printOptions));
      const hasContents = (await page.$('[data-side]')) !== null;
      // Two layouts, unless the numbers change the contents' length; a third settles that.
      for (let pass = 0; hasContents && pass < 2; pass++) {
        const pages = headingPages(pdf, headings);
        if (!pages) break;
        const changed = await page.$$eval(
          '[data-side]',
          (elements, numbers) =>
            elements.reduce((count, element) => {
              const value = String((numbers as Record<string, number>)[element.getAttribute('data-side') ?? ''] ?? '');
              if (element.textContent === value) return count;
              element.textContent = value;
              return count + 1;
            }, 0),
          pages,
        );
        if (changed === 0) break;
        pdf = await loadPdf(await page.pdf(printOptions));
      }
      settle(headingPages(pdf, headings));
      return finish(pdf, job.metadata, headings);
    });
    return { pdf: result, milliseconds };
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}
