/**
 * Reads where text stands on each page of a PDF (pdfjs-dist, independent of the build's
 * pdf-lib), to find what a typographer would: a heading that ends a page, a page left
 * largely empty before the end, and a last page that holds next to nothing.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface TextLine {
  /** Distance from the top of the page, in points. */
  top: number;
  /** Where the line's text begins and ends, from the left edge, in points. */
  left: number;
  right: number;
  text: string;
}

export interface PageText {
  number: number;
  width: number;
  height: number;
  /** Lines of the page's body, without the running header and footer (the margin boxes). */
  lines: TextLine[];
}

export interface HeadingPlace {
  title: string;
  page: number;
  /** Distance of the heading's top from the top of its page, in points. */
  top: number;
}

export interface PdfLayout {
  pages: PageText[];
  headings: HeadingPlace[];
}

/** The margin boxes (running header and »Side X af Y«) sit in the page margins: 22 mm top, 20 mm bottom at most. */
const marginPoints = 50;

export async function readLayout(pdf: Uint8Array): Promise<PdfLayout> {
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false }).promise;
  try {
    const pages: PageText[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const [, , width, height] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const byLine = new Map<number, { parts: string[]; left: number; right: number }>();
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const top = Math.round(height - item.transform[5]!);
        const key = [...byLine.keys()].find((other) => Math.abs(other - top) <= 2) ?? top;
        const line = byLine.get(key) ?? { parts: [], left: Number.POSITIVE_INFINITY, right: 0 };
        line.parts.push(item.str);
        line.left = Math.min(line.left, item.transform[4]!);
        line.right = Math.max(line.right, item.transform[4]! + item.width);
        byLine.set(key, line);
      }
      const lines = [...byLine.entries()]
        .filter(([top]) => top > marginPoints && top < height - marginPoints)
        .sort(([a], [b]) => a - b)
        .map(([top, line]) => ({ top, left: line.left, right: line.right, text: line.parts.join(' ').replace(/\s+/g, ' ').trim() }));
      pages.push({ number, width, height, lines });
    }
    const headings: HeadingPlace[] = [];
    type Item = { title: string; dest: string | unknown[] | null; items: Item[] };
    const walk = async (items: Item[]) => {
      for (const item of items) {
        const dest = typeof item.dest === 'string' ? await document.getDestination(item.dest) : item.dest;
        if (Array.isArray(dest) && dest[0] && typeof dest[0] === 'object') {
          const page = (await document.getPageIndex(dest[0] as never)) + 1;
          const y = typeof dest[3] === 'number' ? dest[3] : 0;
          headings.push({ title: item.title, page, top: pages[page - 1]!.height - y });
        }
        await walk(item.items ?? []);
      }
    };
    await walk(((await document.getOutline()) ?? []) as Item[]);
    return { pages, headings };
  } finally {
    await document.destroy();
  }
}

/**
 * Headings that end a page: nothing of their own text follows them on the page; or one line
 * that introduces what comes next (ends with a colon), or that is the first line of a
 * paragraph split across the page (the next page goes on mid-sentence). A heading with a
 * whole one-line paragraph under it keeps »the first lines of what follows«.
 */
export function strandedHeadings({ pages, headings }: PdfLayout): HeadingPlace[] {
  return headings.filter((heading) => {
    const page = pages[heading.page - 1]!;
    const below = page.lines.filter((line) => line.top > heading.top + 4);
    // Skip the heading's own lines (a long heading wraps).
    let title = heading.title.replace(/\s+/g, '');
    let index = 0;
    while (index < below.length && title.length > 0) {
      const text = below[index]!.text.replace(/\s+/g, '');
      if (!title.startsWith(text.slice(0, Math.min(text.length, title.length)))) break;
      title = title.slice(text.length);
      index += 1;
    }
    const following = below.slice(index);
    if (following.length === 0) return true;
    if (following.length > 1) return false;
    const continuation = pages[heading.page]?.lines[0]?.text ?? '';
    return following[0]!.text.endsWith(':') || /^\p{Ll}/u.test(continuation);
  });
}

/** How much of a page's body height its text uses (0 to 1), from the body's top to its last line. */
export function filled(page: PageText): number {
  if (page.lines.length === 0) return 0;
  const top = 62; // 22 mm
  const bottom = page.height - 57; // 20 mm
  return Math.min(1, (page.lines[page.lines.length - 1]!.top - top) / (bottom - top));
}
