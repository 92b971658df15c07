/**
 * Stage 4 (PDF): the written HTML printed by Chromium for the byråd's agenda. One browser
 * per build and a small pool of pages; each page has JavaScript off and may load nothing
 * but its own file and the data: URLs inside it. A printed table of contents gets its page
 * numbers in two passes: print, read where each heading landed from the PDF's bookmarks,
 * fill the numbers in and print again (pdf-outline.ts reads the bookmarks).
 *
 * Chromium prints tagged PDF (`tagged: true`) from its accessibility tree, with bookmarks
 * (`outline: true`); pdf-finish.ts makes the final print PDF/UA-1 and PDF/A-2a on a worker
 * thread. A page goes back to the pool as soon as it has printed, and this thread, which
 * drives Chromium, never waits on pdf-lib: the browser prints the next document meanwhile.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer';
import { launchBrowser } from '../browser.js';
import { TaskWorker } from '../task-worker.js';
import type { ArchiveMetadata } from './pdf-archive.js';
import type { FinishTask, Heading } from './pdf-finish.js';
import { bookmarkPages } from './pdf-outline.js';
import type { DefinitionList } from './pdf-structure.js';

export type PdfMetadata = ArchiveMetadata;

export interface PdfJob {
  htmlPath: string;
  metadata: PdfMetadata;
  /** A document whose headings' pages fill this page's `[data-side-standard]` (the annex cites the standard's pages). */
  pagesFrom?: { htmlPath: string; pdfPath: string };
}

/** The page of each heading id, or none when bookmarks and headings do not pair up. */
type HeadingPages = Record<string, number> | undefined;

/** The bookmarks' pages by a full parse, for bytes not as Chromium writes them: only then is pdf-lib loaded on this thread. */
async function parsedOutlinePages(printed: Uint8Array): Promise<number[]> {
  const { loadPdf, outlinePages } = await import('./pdf-finish.js');
  return outlinePages(await loadPdf(printed));
}

/** The page of each heading id in a print, or none when bookmarks and headings do not pair up. */
async function headingPages(printed: Uint8Array, headings: readonly Heading[]): Promise<HeadingPages> {
  const outline = bookmarkPages(printed) ?? (await parsedOutlinePages(printed));
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
  private browserClosed?: Promise<void>;

  private constructor(
    private readonly browser: Browser,
    private readonly finisher: TaskWorker<FinishTask, Uint8Array>,
  ) {}

  static async start(pages = 2): Promise<PdfPrinter> {
    let browser: Browser | undefined;
    let finisher: TaskWorker<FinishTask, Uint8Array> | undefined;
    try {
      browser = await launchBrowser();
      // Started only now, not to slow the browser's start: it is ready long before the first print is.
      finisher = new TaskWorker<FinishTask, Uint8Array>(new URL('./pdf-finish.js', import.meta.url), 'finishPdf');
      const printer = new PdfPrinter(browser, finisher);
      // Chromium starts with a blank page: it is the pool's first, and the others open beside it,
      // not one after another (each took 100-300 ms before the first print could start).
      const [opened] = await browser.pages();
      await Promise.all(Array.from({ length: pages }, async (_, index) => printer.idle.push(await printer.isolatedPage(index === 0 ? opened : undefined))));
      return printer;
    } catch (error) {
      await Promise.all([browser?.close(), finisher?.close()]);
      throw error;
    }
  }

  /** A page (`opened`, or a new one) with JavaScript off that may load only its own file. */
  private async isolatedPage(opened?: Page): Promise<Page> {
    const page = opened ?? (await this.browser.newPage());
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

  /** The PDF, and how long printing and the PDF/UA pass took (not counting the wait for a free page). */
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

  /**
   * For a caller that will print nothing more: the browser closes as soon as every job given
   * so far has left its page (its heading pages are settled then, or it failed), while the
   * PDF/UA pass of the last ones still runs. Chromium takes some 200 ms to close; `close` then
   * waits for it and the rest.
   */
  releaseBrowser(): void {
    this.browserClosed ??= Promise.all(this.printedPages.values()).then(() => this.browser.close());
    // Its failure is `close`'s to report, not an unhandled rejection in the meantime.
    this.browserClosed.catch(() => undefined);
  }

  private async printPage(job: PdfJob, cited: HeadingPages, settle: (pages: HeadingPages) => void): Promise<{ pdf: Uint8Array; milliseconds: number }> {
    const { result: task, milliseconds } = await this.withPage(async (page): Promise<FinishTask> => {
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
      return { printed, metadata: job.metadata, headings, definitionLists };
    });
    settle(await headingPages(task.printed, task.headings));
    const started = performance.now();
    const pdf = await this.finisher.run(task);
    return { pdf, milliseconds: milliseconds + performance.now() - started };
  }

  async close(): Promise<void> {
    await Promise.all([this.browserClosed ?? this.browser.close(), this.finisher.close()]);
  }
}
