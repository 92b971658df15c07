/**
 * Issue #20, "Hard to break, round 2": the importer. Each describe names the promise it
 * guards; each case is an attack or an accident from the issue, with variants of our own.
 * Hostile .docx files are built here, by hand where the test must make the file lie.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ImportError, convertDocx, type WordDocument } from '../src/import/docx.js';
import { importOutline } from '../src/import/index.js';
import { keyAllocator } from '../src/import/keys.js';
import { readEntry, zipEntries } from '../src/import/zip.js';
import { docxOf, Paragraph, withDocumentXml, zip, type ZipPart } from './import-docx.js';
import { root, stackTrace, type CliRun } from './helpers.js';

// Each case converts Word documents or runs the CLI on a shared two-core machine.
vi.setConfig({ testTimeout: 120_000 });

const cli = join(root, 'dist', 'cli.js');

/** The CLI with a time limit, so a read that hangs fails the test instead of the suite. */
function run(args: string[], cwd: string, timeout = 90_000): CliRun {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, encoding: 'utf8', timeout });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-import-haerdning-'));
  mkdirSync(join(dir, 'municipalities'));
  return dir;
}

/** Danish, no stack trace, the expected exit code. */
function expectClean(result: CliRun, status: number): void {
  expect(result.stdout + result.stderr).not.toMatch(stackTrace);
  expect(result.stderr).not.toContain('fejl i værktøjet');
  expect(result.status).toBe(status);
}

const written = (dir: string) => readdirSync(join(dir, 'municipalities'));

/** The parts of a real Word document, to rewrite and zip again. */
async function partsOf(children: Paragraph[] = [new Paragraph('Randers Kommune')]): Promise<ZipPart[]> {
  const whole = await docxOf(children);
  return zipEntries(whole).map((entry) => ({ name: entry.name, data: readEntry(whole, entry, 10_000_000) }));
}

const part = (parts: ZipPart[], name: string) => parts.find((each) => each.name === name)!;

/** XML that inflates to `megabytes` MB from a few KB: a comment of spaces. */
const bomb = (megabytes: number) =>
  Buffer.concat([Buffer.from('<?xml version="1.0"?><!--'), Buffer.alloc(megabytes * 1024 * 1024, 32), Buffer.from('--><x/>')]);

async function importError(bytes: Buffer): Promise<string> {
  const error = await convertDocx(bytes).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ImportError);
  return (error as ImportError).code;
}

describe('promise: what the converter reads is inflated under a cap per part and in total, wherever the part lies', () => {
  it('refuses a main document under word/media/ that the package relationships point to (the issue’s case)', async () => {
    const parts = await partsOf();
    const rels = part(parts, '_rels/.rels');
    rels.data = Buffer.from(rels.data.toString('utf8').replace(/Target="\/?word\/document\.xml"/, 'Target="word/media/document.xml"'));
    parts.push({ name: 'word/media/document.xml', data: bomb(60), claimedSize: 1000 });
    expect(await importError(zip(parts))).toBe('import-zip-bombe');
  });

  it('refuses a styles part under word/media/ with a picture’s name (a variant: the document’s own relationships)', async () => {
    const parts = await partsOf();
    const rels = part(parts, 'word/_rels/document.xml.rels');
    rels.data = Buffer.from(rels.data.toString('utf8').replace(/Target="styles\.xml"/, 'Target="media/image1.png"'));
    parts.push({ name: 'word/media/image1.png', data: bomb(50) });
    expect(await importError(zip(parts))).toBe('import-zip-bombe');
  });

  it('refuses parts each under the cap that together exceed the total', async () => {
    const parts = await partsOf();
    for (const name of ['word/styles.xml', 'word/numbering.xml', 'word/footnotes.xml']) {
      const existing = parts.find((each) => each.name === name);
      if (existing) existing.data = bomb(35);
      else parts.push({ name, data: bomb(35) });
    }
    const rels = part(parts, 'word/_rels/document.xml.rels');
    if (!rels.data.includes('numbering.xml'))
      rels.data = Buffer.from(
        rels.data
          .toString('utf8')
          .replace(
            '</Relationships>',
            '<Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>',
          ),
      );
    expect(await importError(zip(parts))).toBe('import-zip-bombe');
  });

  it('still reads a document whose pictures are large (pictures are never inflated)', async () => {
    const parts = await partsOf([new Paragraph('Randers Kommune tilbyder behandling.')]);
    parts.push({ name: 'word/media/image9.png', data: bomb(60) });
    const word = await convertDocx(zip(parts));
    expect(word.html).toContain('Randers Kommune tilbyder behandling.');
  });

  it('says it in Danish on the command line, exit 1, nothing written', async () => {
    const dir = workspace();
    const parts = await partsOf();
    const rels = part(parts, '_rels/.rels');
    rels.data = Buffer.from(rels.data.toString('utf8').replace(/Target="\/?word\/document\.xml"/, 'Target="word/media/x.xml"'));
    parts.push({ name: 'word/media/x.xml', data: bomb(60), claimedSize: 10 });
    writeFileSync(join(dir, 'bombe.docx'), zip(parts));
    const result = run(['importer', 'bombe.docx'], dir);
    expectClean(result, 1);
    expect(result.stderr).toMatch(/urimeligt meget, når det pakkes ud/);
    expect(written(dir)).toEqual([]);
  });
});

describe('promise: the document is read like every other input (one bounded reader, its Danish messages)', () => {
  const cases: Array<[string, (dir: string) => string, RegExp]> = [
    ['/dev/zero', () => '/dev/zero', /ikke en almindelig fil/],
    [
      'a FIFO',
      (dir) => {
        spawnSync('mkfifo', [join(dir, 'roer.docx')]);
        return 'roer.docx';
      },
      /ikke en almindelig fil/,
    ],
    ['a folder', () => 'municipalities', /er en mappe/],
    [
      'a symlink to /dev/zero',
      (dir) => {
        spawnSync('ln', ['-s', '/dev/zero', join(dir, 'nul.docx')]);
        return 'nul.docx';
      },
      /ikke en almindelig fil/,
    ],
    [
      'a file over the size limit',
      (dir) => {
        spawnSync('truncate', ['-s', '51M', join(dir, 'stor.docx')]);
        return 'stor.docx';
      },
      /for stort \(51,0 MB\); grænsen er 50,0 MB/,
    ],
  ];
  for (const [what, make, message] of cases) {
    it(what, () => {
      const dir = workspace();
      const result = run(['importer', make(dir)], dir, 20_000);
      expectClean(result, 1);
      expect(result.stderr).toMatch(message);
      expect(written(dir)).toEqual([]);
    });
  }
});

/** Milliseconds one call takes. */
async function timed(work: () => unknown): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/**
 * 4× the input takes under 8× the time (a quadratic scan takes 16×). Measured in the same
 * test, after a warm-up, with a margin for a busy machine.
 */
async function expectLinear(make: (n: number) => Promise<() => unknown> | (() => unknown), n: number): Promise<void> {
  const small = await make(n);
  const large = await make(4 * n);
  await small();
  const once = await timed(small);
  const fourTimes = await timed(large);
  expect(fourTimes).toBeLessThan(8 * once + 150);
}

const htmlDocument = (html: string): WordDocument => ({ html, pageFurniture: [], diagrams: [], images: 0 });
const importHtml = (html: string) => () => importOutline(htmlDocument(html), { kommune: 'Testby', fileName: 'test' });
/** A valid document whose text carries `text` `n` times inside an XML comment, where only a raw scan sees it. */
const commentDocx = (text: string) => async (n: number) => {
  const bytes = await withDocumentXml((xml) => xml.replace('<w:body>', `<w:body><!--${text.repeat(n)}-->`), [new Paragraph('Testby Kommune')]);
  return () => convertDocx(bytes);
};

describe('promise: every scan over document text is linear (4× the input takes under 8× the time)', () => {
  it('drawings opened and never closed (the issue’s case: the pre-check’s drawing scan)', async () => {
    await expectLinear(commentDocx('<w:drawing>'), 20_000);
  });

  it('text runs opened and never closed, and drawing properties without their end (variants)', async () => {
    await expectLinear(commentDocx('<w:t '), 20_000);
    await expectLinear(commentDocx('<w:drawing><a:graphicData uri="diagram '), 10_000);
  });

  it('abbreviations in a row (»stk. 1, nr. …«), where sentences are split', async () => {
    await expectLinear((n) => importHtml(`<h1>Visitation</h1><p>${'stk. 1, nr. '.repeat(n)}</p>`), 5_000);
  });

  it('link brackets opened and never closed, where the text is read for the law’s requirements', async () => {
    await expectLinear((n) => importHtml(`<h1>Om tilbuddet</h1><p>${'['.repeat(n)}</p>`), 8_000);
    await expectLinear((n) => importHtml(`<h1>Om tilbuddet</h1><p>${'[a]('.repeat(n)}</p>`), 4_000);
  });

  it('chapters with the same heading get their keys in linear time (the issue’s case), and distinct keys', async () => {
    const keyFor = keyAllocator(['visitation']);
    await expectLinear((n) => () => Array.from({ length: n }, () => keyFor('Samme overskrift')), 20_000);
    const keys = Array.from({ length: 5 }, () => keyFor('Visitation'));
    expect(keys).toEqual(['visitation-2', 'visitation-3', 'visitation-4', 'visitation-5', 'visitation-6']);
    // A heading whose own slug is a numbered key already taken moves on, never repeats one.
    const another = keyAllocator([]);
    expect(['Kapitel 2', 'Kapitel', 'Kapitel', 'Kapitel'].map(another)).toEqual(['kapitel-2', 'kapitel', 'kapitel-3', 'kapitel-4']);
  });
});
