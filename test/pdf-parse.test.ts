/**
 * Our reader of Chromium's print (src/render/pdf-parse.ts) against pdf-lib's parser: on
 * PDFs made by pdf-lib and on hundreds of variations of them (other white space,
 * comments, escapes, numbers written otherwise, broken lengths, updates appended, files
 * cut short, garbage), loadPdf must give what PDFDocument.load gives, byte for byte once
 * saved, or fail where it fails; and the reader itself must read the plain files, so the
 * comparison is not only of pdf-lib with itself. Chromium's own print is compared in
 * pdf-ua.test.ts, which prints.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib';
import { loadPdf } from '../src/render/pdf-finish.js';
import { parseChromiumPdf } from '../src/render/pdf-parse.js';

const save = (document: PDFDocument) => document.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY });
/** The saved bytes, or the error's name: what each parser makes of the input. */
async function outcome(read: () => Promise<PDFDocument>): Promise<string> {
  try {
    return Buffer.from(await save(await read())).toString('latin1');
  } catch (error) {
    return `error: ${(error as Error).name}`;
  }
}

/** A small document with what a print has: pages, text, a link, metadata with parentheses and non-ASCII. */
async function sample(pages: number): Promise<string> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < pages; i++) {
    const page = document.addPage([595.28, 841.89]);
    page.drawText(`Side ${i + 1} (af ${pages}) – rusmiddelbehandling`, { x: 72.5, y: 700 - i, size: 11.33, font });
    page.drawRectangle({ x: 72, y: 72, width: 0.75, height: 100.125 });
  }
  const link = document.context.obj({
    Type: 'Annot',
    Subtype: 'Link',
    Rect: [0, -1.5, 10.25, 20],
    Border: [0, 0, 0],
    A: { S: 'URI', URI: PDFString.of('https://example.org/a\\(b\\)') },
  });
  document.getPage(0).node.set(PDFName.of('Annots'), document.context.obj([document.context.register(link)]));
  document.setTitle('Kvalitetsstandard (udkast) for Ærø');
  document.setAuthor('Kommunen');
  return Buffer.from(await save(document)).toString('latin1');
}

/** A random number generator that gives the same cases on every run. */
function random(seed: number): (below: number) => number {
  let state = seed;
  return (below) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % below;
  };
}

/** Ways to vary a PDF's text after a given place that keep it a PDF as Chromium writes them: our reader must read these itself. */
const valid: ((text: string, at: number) => string)[] = [
  (text, at) => text.replace(/\n/g, (newline, offset: number) => (offset === text.indexOf('\n', at) ? '\r\n' : newline)),
  (text, at) => `${text.slice(0, at)}${text.slice(at).replace(' ', '  \t')}`,
  (text, at) => `${text.slice(0, at)}${text.slice(at).replace('\n', '\n% a comment (with a paren\n')}`,
  (text, at) => `${text.slice(0, at)}${text.slice(at).replace(/\[(\d+) /, '[+$1.00 ')}`,
  (text, at) => `${text.slice(0, at)}${text.slice(at).replace('[0 ', '[-0 ')}`,
  (text, at) => `${text.slice(0, at)}${text.slice(at).replace(/ (\d+)\.(\d+)/, ' .$2')}`,
  (text, at) => `${text.slice(0, at)}${text.slice(at).replace('/Type', '/Ty#70e')}`,
  (text, at) => `${text.slice(0, at)}${text.slice(at).replace('/Type /', '/Type/')}`,
  (text, at) => `${text.slice(0, at)}${text.slice(at).replace('<<', '<< ')}`,
  (text, at) => `${text.slice(0, at)}${text.slice(at).replace('<<', '<</Z 1 /Y 2 /Z [3]')}`,
  (text, at) => `${text.slice(0, at)}${text.slice(at).replace('>>', ' >>')}`,
  (text, at) => `${text.slice(0, at)}${text.slice(at).replace('(', '(x(y)\\)\\\\ ')}`,
  (text, at) => `${text.slice(0, at)}${text.slice(at).replace(/\(([^()\\]*)\)/, '(\\\\$1\\\\)')}`,
  (text, at) => `${text.slice(0, at)}${text.slice(at).replace(/ <([0-9A-F]{4})/, ' < $1 ')}`,
  (text, at) => `${text.slice(0, at)}${text.slice(at).replace('stream\n', 'stream\r\n')}`,
  (text, at) => `${text.slice(0, at)}${text.slice(at).replace('[', '[ true false null ')}`,
];
/** Ways that break it, or go beyond what Chromium writes: pdf-lib reads these (or fails). */
const broken: ((text: string, at: number, pick: (below: number) => number) => string)[] = [
  (text, at) => `${text.slice(0, at)}${text.slice(at).replace(/ (\d+) /, ' $1.2.3 ')}`,
  (text, at) => `${text.slice(0, at)}${text.slice(at).replace('(', '(\\')}`,
  (text, at) => `${text.slice(0, at)}${text.slice(at).replace(/\/Length (\d+)/, (_, length: string) => `/Length ${Number(length) + 1}`)}`,
  (text, at) => `${text.slice(0, at)}${text.slice(at).replace('endobj', '')}`,
  (text, at) => `${text.slice(0, at)}${text.slice(at).replace(' 0 R', ' 0 RG')}`,
  (text, at) => `${text.slice(0, at)}${text.slice(at).replace(' 0 R', ' 0.5 R')}`,
  (text, at) => `${text.slice(0, at)}${text.slice(at).replace(/\n(\d+) 0 obj/, '\n$1 0obj')}`,
  (text, at) => `${text.slice(0, at)}${text.slice(at).replace(/true|false|null/, 'nulls')}`,
  (text, at) => `${text.slice(0, at)}${text.slice(at).replace(/\nendobj\n/, '\nendobj\n\xff\xfe junk\n')}`,
  (text) => text.replace(/\n1 0 obj/, '\n0 0 obj\n<<>>\nendobj\n1 0 obj'),
  (text) => text.replace('/Root', '/Encrypt 1 0 R\n/Root'),
  (text) => text.replace('%PDF-1.7', '%PDF-1.7x'),
  (text) => `garbage\n${text}`,
  (text, _, pick) =>
    `${text}\n${pick(2) ? '1 0 obj\n<</Type /Catalog>>\nendobj\n' : ''}xref\n0 1\n0000000000 65535 f \ntrailer\n<</Size 1 /Root 1 0 R>>\nstartxref\n9\n%%EOF\n`,
  (text, at) => text.slice(0, at),
];
const variations = [...valid, ...broken];

describe('reading a PDF', () => {
  let samples: string[];
  beforeAll(async () => {
    samples = [await sample(1), await sample(3)];
  });

  it('reads the plain files and their valid variations itself, and as pdf-lib does', async () => {
    for (const text of samples) {
      for (const pdf of [text, ...valid.map((vary) => vary(text, 0))].map((variant) => Buffer.from(variant, 'latin1'))) {
        const expected = await outcome(() => PDFDocument.load(pdf, { updateMetadata: false }));
        expect(expected).toMatch(/^%PDF/);
        expect(await outcome(async () => parseChromiumPdf(pdf))).toBe(expected);
      }
    }
  });

  it('gives what pdf-lib gives, or fails where it fails, on hundreds of varied and broken files', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const pick = random(20261205);
    let read = 0;
    let cases = 0;
    for (const base of samples) {
      for (let round = 0; round < 150; round++) {
        let text = base;
        for (let changes = 1 + pick(3); changes > 0; changes--) text = variations[pick(variations.length)]!(text, pick(text.length), pick);
        const pdf = Buffer.from(text, 'latin1');
        const expected = await outcome(() => PDFDocument.load(pdf, { updateMetadata: false }));
        expect(await outcome(() => loadPdf(pdf)), `case ${cases}`).toBe(expected);
        try {
          parseChromiumPdf(pdf);
          read++;
        } catch {}
        cases++;
      }
    }
    warn.mockRestore();
    // Our reader read a good part of them itself (the rest went to pdf-lib).
    expect(read).toBeGreaterThan(cases / 5);
    expect(read).toBeLessThan(cases);
  });
});
