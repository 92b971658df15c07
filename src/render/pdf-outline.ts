/**
 * Where each bookmark of a Chromium print points, read straight from the bytes: the
 * contents' page numbers need only that, and a full parse (pdf-lib) of every intermediate
 * print cost more than the rest of the contents pass. Chromium (Skia) writes a classic
 * xref table and plain dictionaries, one key per line; anything else (or any surprise)
 * returns undefined and the caller parses the file properly.
 */

/** 1-based page of each bookmark, depth-first as they read in a viewer. */
export function bookmarkPages(pdf: Uint8Array): number[] | undefined {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-64));
  if (!startxref) return undefined;
  const xref = /^xref\s+0\s+(\d+)\s+/.exec(text.slice(Number(startxref[1]), Number(startxref[1]) + 64));
  if (!xref) return undefined;
  const entries = Number(startxref[1]) + xref[0].length;
  const count = Number(xref[1]);
  const object = (number: number): string | undefined => {
    if (number <= 0 || number >= count) return undefined;
    const entry = text.slice(entries + 20 * number, entries + 20 * number + 18);
    if (!/^\d{10} \d{5} n$/.test(entry)) return undefined;
    const start = Number(entry.slice(0, 10));
    const end = text.indexOf('endobj', start);
    const body = text.slice(start, end < 0 ? start : end);
    return body.startsWith(`${number} 0 obj`) ? body : undefined;
  };
  const ref = (body: string | undefined, key: string) => {
    const match = body && new RegExp(`(?:^|[\\n<])/${key} (\\d+) 0 R`).exec(body);
    return match ? Number(match[1]) : undefined;
  };
  const trailer = text.slice(entries + 20 * count);
  const catalog = object(ref(trailer, 'Root') ?? 0);
  if (!catalog) return undefined;

  const pages: number[] = [];
  const collect = (number: number, depth: number): boolean => {
    const node = object(number);
    if (!node || depth > 32) return false;
    if (/\/Type \/Page\b(?!s)/.test(node)) {
      pages.push(number);
      return true;
    }
    const kids = /\/Kids \[([^\]]*)\]/.exec(node);
    return kids !== null && [...kids[1]!.matchAll(/(\d+) 0 R/g)].every((kid) => collect(Number(kid[1]), depth + 1));
  };
  if (!collect(ref(catalog, 'Pages') ?? 0, 0)) return undefined;

  const result: number[] = [];
  const seen = new Set<number>();
  const walk = (number: number | undefined): boolean => {
    for (let current = number; current !== undefined; ) {
      const item = object(current);
      if (!item || seen.has(current)) return false;
      seen.add(current);
      const destination = /(?:^|[\n<])\/Dest \[\s*(\d+) 0 R/.exec(item);
      result.push(destination ? pages.indexOf(Number(destination[1])) + 1 : 0);
      if (!walk(ref(item, 'First'))) return false;
      current = ref(item, 'Next');
    }
    return true;
  };
  const outlines = catalog.includes('/Outlines') ? object(ref(catalog, 'Outlines') ?? 0) : undefined;
  if (catalog.includes('/Outlines') && (!outlines || !walk(ref(outlines, 'First')))) return undefined;
  return result;
}
