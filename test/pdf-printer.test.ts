/**
 * The printer's pool of pages: every page, the blank one Chromium opens with as well as those
 * opened beside it, runs no JavaScript and loads nothing but its own file, whichever page a
 * document happens to get.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// From dist/: the printer starts its PDF/UA worker from the built modules beside it.
const root = join(import.meta.dirname, '..');
const { PdfPrinter } = (await import(pathToFileURL(join(root, 'dist', 'render', 'pdf.js')).href)) as typeof import('../src/render/pdf.js');

const folder = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-printer-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A page that shows »SCRIPT KØRTE« if its script runs and »STIL HENTET« if its style sheet is fetched. */
function hostilePage(name: string): string {
  writeFileSync(join(folder, `${name}.css`), 'body::after { content: "STIL HENTET"; }');
  const page = join(folder, `${name}.html`);
  writeFileSync(
    page,
    `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>${name}</title><link rel="stylesheet" href="${name}.css"></head>` +
      `<body><h1 id="overskrift">Side ${name}</h1><p>Almindelig tekst.</p><script>document.body.append('SCRIPT KØRTE')</script></body></html>`,
  );
  return page;
}

describe('the pool of pages a build prints with', () => {
  it('runs no script and fetches no other file on any page, the one Chromium opened with included', { timeout: 60_000 }, async () => {
    const printer = await PdfPrinter.start(2);
    try {
      const metadata = { title: 'Prøve', author: 'Prøve Kommune', subject: 'Prøve', keywords: [] };
      // More documents than pages, printed at once: each page of the pool prints at least one.
      const names = ['a', 'b', 'c', 'd'];
      const printed = await Promise.all(names.map((name) => printer.print({ htmlPath: hostilePage(name), metadata })));
      for (const [index, { pdf }] of printed.entries()) {
        const file = join(folder, `${names[index]}.pdf`);
        writeFileSync(file, pdf);
        const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
        expect(text).toContain(`Side ${names[index]}`);
        expect(text).not.toContain('SCRIPT KØRTE');
        expect(text).not.toContain('STIL HENTET');
      }
    } finally {
      await printer.close();
    }
  });
});
