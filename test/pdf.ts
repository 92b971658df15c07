/** Reads a PDF's bookmarks back with pdfjs-dist, a parser independent of the one the build uses. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface OutlineEntry {
  title: string;
  /** 1-based. */
  page: number;
  depth: number;
}

export async function readOutline(pdf: Uint8Array): Promise<OutlineEntry[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false }).promise;
  try {
    const entries: OutlineEntry[] = [];
    type Item = { title: string; dest: string | unknown[] | null; items: Item[] };
    const walk = async (items: Item[], depth: number) => {
      for (const item of items) {
        const dest = typeof item.dest === 'string' ? await document.getDestination(item.dest) : item.dest;
        const ref = Array.isArray(dest) ? dest[0] : undefined;
        const page = ref && typeof ref === 'object' ? (await document.getPageIndex(ref as never)) + 1 : Number.NaN;
        entries.push({ title: item.title, page, depth });
        await walk(item.items ?? [], depth + 1);
      }
    };
    await walk(((await document.getOutline()) ?? []) as Item[], 0);
    return entries;
  } finally {
    await document.destroy();
  }
}
