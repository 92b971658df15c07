/**
 * PDF/UA-1 and PDF/A-2a: every PDF the tool writes (standard, compliance annex, diff) for
 * the five municipalities passes the checker in test/pdf-ua.ts, and a PDF printed by
 * plain Puppeteer from the same HTML does not. The text a screen reader gets has no
 * words run together across line breaks.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFArray, PDFDict, PDFDocument, type PDFHexString, PDFName, PDFStream, type PDFRawStream } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser } from 'puppeteer';
import { parse } from 'yaml';
import { launchBrowser } from '../src/browser.js';
import { bookmarkPages } from '../src/render/pdf-outline.js';
import { parseChromiumPdf } from '../src/render/pdf-parse.js';
import { readOutline } from './pdf.js';
import { municipalityNames, root, runCli } from './helpers.js';
import { checkPdf, runTogether, xmpProperty, type PdfCheck } from './pdf-ua.js';

const out = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-pdfua-'));
const date = '2026-11-23';
const kinds = ['kvalitetsstandard', 'compliance', 'aendringer'] as const;
const checks = new Map<string, PdfCheck>();
/** Each page's own text as printed (innerText with print styles), to compare the PDF's words with. */
const pageTexts = new Map<string, string>();
const built = { started: 0, ended: 0 };
let browser: Browser;

const pdfPath = (name: string, kind: string) => join(out, name, `${kind}.pdf`);

beforeAll(async () => {
  built.started = Date.now();
  expect(runCli(['build', '--out', out, '--dato', date, '--stille']).status).toBe(0);
  for (const name of municipalityNames) {
    // The approved version differs by a word, so the diff has something to show.
    const approved = join(out, `${name}-godkendt.yml`);
    writeFileSync(approved, readFileSync(join(root, 'municipalities', `${name}.yml`), 'utf8').replace(' og ', ' samt '));
    expect(runCli(['diff', name, '--fra', approved, '--dato', date, '--out', out]).status).toBe(0);
  }
  built.ended = Date.now();
  for (const name of municipalityNames) for (const kind of kinds) checks.set(`${name}/${kind}`, await checkPdf(readFileSync(pdfPath(name, kind))));
  browser = await launchBrowser();
  const page = await browser.newPage();
  await page.emulateMediaType('print');
  for (const name of municipalityNames) {
    for (const kind of kinds) {
      await page.goto(`file://${join(out, name, `${kind}.html`)}`);
      pageTexts.set(`${name}/${kind}`, await page.evaluate(() => document.body.innerText));
    }
  }
  await page.close();
}, 240_000);
afterAll(async () => {
  await browser?.close();
});

describe('PDF/UA-1 and PDF/A-2a', () => {
  for (const name of municipalityNames) {
    for (const kind of kinds) {
      it(`${name}/${kind}.pdf passes the checker, and its tagged text reads as the HTML`, () => {
        const check = checks.get(`${name}/${kind}`)!;
        expect(check.findings).toEqual([]);
        expect(check.counts.untagged).toBe(0);
        expect(check.counts.artifacts).toBeGreaterThan(0);
        expect(check.counts.tagged).toBeGreaterThan(100);
        const html = readFileSync(join(out, name, `${kind}.html`), 'utf8');
        expect(runTogether(check.taggedText, pageTexts.get(`${name}/${kind}`)!)).toEqual([]);
        // Visually hidden text (a diff's »slettet: «) reaches the tags, though Chromium would not paint it.
        for (const [, hidden] of html.matchAll(/<span class="sr-only">([^<]+)<\/span>/g)) expect(check.taggedText).toContain(hidden!.trim());
      });
    }
  }

  it("reads bookmark pages from the bytes as pdfjs does, from Chromium's print and from pdf-lib's, and reads the print as pdf-lib does", {
    timeout: 60_000,
  }, async () => {
    const page = await browser.newPage();
    for (const name of municipalityNames) {
      const written = readFileSync(pdfPath(name, 'kvalitetsstandard'));
      await page.goto(`file://${join(out, name, 'kvalitetsstandard.html')}`);
      const printed = await page.pdf({ outline: true, tagged: true, format: 'a4' });
      for (const pdf of [written, printed]) {
        const pages = (await readOutline(pdf)).map((entry) => entry.page);
        expect(pages.length).toBeGreaterThan(5);
        expect(bookmarkPages(pdf)).toEqual(pages);
      }
      // Our reader of the print (src/render/pdf-parse.ts) reads it itself, into what pdf-lib makes of it.
      const saved = (document: PDFDocument) => document.save({ useObjectStreams: false });
      expect(Buffer.from(await saved(parseChromiumPdf(printed)))).toEqual(Buffer.from(await saved(await PDFDocument.load(printed, { updateMetadata: false }))));
    }
    await page.close();
    // Not a classic xref, or cut short: no answer rather than a wrong one.
    expect(bookmarkPages(Buffer.from('%PDF-1.7\n%%EOF'))).toBeUndefined();
    expect(bookmarkPages(readFileSync(pdfPath('randers', 'kvalitetsstandard')).subarray(0, 5000))).toBeUndefined();
  });

  it('fails a PDF that plain Puppeteer prints from the same HTML, and finds words run together in it', async () => {
    const page = await browser.newPage();
    const failed = new Set<string>();
    let joined = 0;
    for (const kind of ['kvalitetsstandard', 'compliance'] as const) {
      await page.goto(`file://${join(out, 'ikast-brande', `${kind}.html`)}`);
      const plain = await page.pdf({ printBackground: true, preferCSSPageSize: true, outline: true, tagged: true, format: 'a4' });
      const check = await checkPdf(plain);
      for (const finding of check.findings) failed.add(finding.condition);
      expect(check.counts.untagged).toBeGreaterThan(0);
      joined += runTogether(check.taggedText, pageTexts.get(`ikast-brande/${kind}`)!).length;
    }
    await page.close();
    // Untagged header and footer, no XMP, links without /Contents, LI holding links, Strong without a role map, no OutputIntent.
    for (const condition of ['01-005', '06-001', '28-012', '09-005', '02-001', 'PDF/A-2 6.2.3']) expect(failed).toContain(condition);
    expect(joined).toBeGreaterThan(50);
  });

  it('says who, what and when in XMP and Info alike: the municipality in the title, Danish, the approval in its own fields, the build as creation date', async () => {
    const source = parse(readFileSync(join(root, 'municipalities', 'randers.yml'), 'utf8'));
    const bytes = readFileSync(pdfPath('randers', 'kvalitetsstandard'));
    const document = await PDFDocument.load(bytes, { updateMetadata: false });
    const xmp = Buffer.from((document.catalog.lookup(PDFName.of('Metadata'), PDFStream) as PDFRawStream).contents).toString('utf8');
    expect(xmpProperty(xmp, 'dc:title')).toBe(`${source.titel} – Randers Kommune`);
    expect(document.getTitle()).toBe(`${source.titel} – Randers Kommune`);
    expect(xmpProperty(xmp, 'dc:creator')).toBe('Randers Kommune');
    expect(xmpProperty(xmp, 'dc:language')).toBe('da');
    expect(xmpProperty(xmp, 'dc:description')).toBe('Kvalitetsstandard for social behandling for stofmisbrug efter serviceloven § 101');
    expect(xmpProperty(xmp, 'pdf:Keywords')).toBe('kvalitetsstandard, stofmisbrug, serviceloven § 101, BEK genudstedt 2024');
    expect(xmpProperty(xmp, 'ks:ApprovedBy')).toBe('Byrådet');
    expect(xmpProperty(xmp, 'ks:ApprovalDate')).toBe('2021-12-13');
    expect(xmpProperty(xmp, 'pdfaid:part')).toBe('2');
    expect(xmpProperty(xmp, 'pdfaid:conformance')).toBe('A');
    expect(xmpProperty(xmp, 'pdfuaid:part')).toBe('1');
    // Our own namespace and pdfuaid are described for PDF/A (extension schemas).
    expect(xmp).toContain('<pdfaSchema:prefix>ks</pdfaSchema:prefix>');
    expect(xmp).toContain('<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>');
    const created = document.getCreationDate()!.getTime();
    expect(created).toBeGreaterThanOrEqual(Math.floor(built.started / 1000) * 1000);
    expect(created).toBeLessThanOrEqual(built.ended);
    expect(Date.parse(xmpProperty(xmp, 'xmp:CreateDate')!)).toBe(created);

    // Two approvals (Brønderslev) are two entries, in order.
    const two = await PDFDocument.load(readFileSync(pdfPath('broenderslev', 'compliance')), { updateMetadata: false });
    const twoXmp = Buffer.from((two.catalog.lookup(PDFName.of('Metadata'), PDFStream) as PDFRawStream).contents).toString('utf8');
    expect(xmpProperty(twoXmp, 'ks:ApprovedBy')).toBe('Social-, Handicap- og Sundhedsudvalget; Beskæftigelses- og Uddannelsesudvalget');

    // The identifier is a 16-byte hash, the same in both places, and differs between files.
    const id = document.context.trailerInfo.ID as PDFArray;
    const first = (id.get(0) as PDFHexString).asString();
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect((id.get(1) as PDFHexString).asString()).toBe(first);
    expect(((two.context.trailerInfo.ID as PDFArray).get(0) as PDFHexString).asString()).not.toBe(first);

    // The OutputIntent embeds the shipped sRGB profile unchanged.
    const intent = document.catalog.lookup(PDFName.of('OutputIntents'), PDFArray).lookup(0, PDFDict);
    const profile = intent.lookup(PDFName.of('DestOutputProfile'), PDFStream) as PDFRawStream;
    const { inflateSync } = await import('node:zlib');
    expect(Buffer.compare(inflateSync(profile.contents), readFileSync(join(root, 'assets', 'icc', 'sRGB.icc')))).toBe(0);
  });

  it("tags the cover's facts as a list of term (Lbl) and description (LBody), and every link by its text", async () => {
    const bytes = readFileSync(pdfPath('randers', 'kvalitetsstandard'));
    const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
    try {
      const cover = await pdf.getPage(1);
      type Node = { role?: string; children?: Node[]; type?: string; id?: string };
      const tree = (await cover.getStructTree()) as Node;
      const roles = (node: Node): string[] => [node.role ?? '', ...(node.children ?? []).flatMap(roles)];
      const list = (function find(node: Node): Node | undefined {
        return node.role === 'L' ? node : (node.children ?? []).map(find).find(Boolean);
      })(tree)!;
      const terms = /<dl class="forside-fakta">([\s\S]*?)<\/dl>/
        .exec(readFileSync(join(out, 'randers', 'kvalitetsstandard.html'), 'utf8'))![1]!
        .match(/<dt>/g)!.length;
      expect(terms).toBeGreaterThan(2);
      expect(list.children!.map((item) => item.role)).toEqual(Array(terms).fill('LI'));
      expect(list.children!.map((item) => item.children!.map((child) => child.role))).toEqual(Array(terms).fill(['Lbl', 'LBody']));
      expect(roles(tree)).not.toContain('Strong');
    } finally {
      await pdf.destroy();
    }
    const document = await PDFDocument.load(bytes, { updateMetadata: false });
    const contents = document
      .getPages()
      .flatMap((page) =>
        (page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)?.asArray() ?? []).map((ref) =>
          (document.context.lookup(ref, PDFDict).lookup(PDFName.of('Contents')) as PDFHexString).decodeText(),
        ),
      );
    // Each contents entry's link says its chapter; the cover's say their law.
    const html = readFileSync(join(out, 'randers', 'kvalitetsstandard.html'), 'utf8');
    const entries = [...html.matchAll(/<span class="toc-tekst">([^<]*)<\/span>/g)].map((match) =>
      match[1]!
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"')
        .replace(/&#x27;/g, "'")
        .trim(),
    );
    expect(entries.length).toBeGreaterThan(5);
    for (const entry of entries) expect(contents).toContain(entry);
    expect(contents.some((text) => /servicelov/i.test(text))).toBe(true);
    expect(contents.every((text) => text.trim().length > 0 && !/\s\s/.test(text))).toBe(true);
  });
});
