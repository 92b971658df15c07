/**
 * Issue #20, "Hard to break, round 2": the importer. Each describe names the promise it
 * guards; each case is an attack or an accident from the issue, with variants of our own.
 * Hostile .docx files are built here, by hand where the test must make the file lie.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { ImportError, convertDocx, type WordDocument } from '../src/import/docx.js';
import { importOutline } from '../src/import/index.js';
import { nothingUnseen, revealPart } from '../src/import/unseen.js';
import { keyAllocator } from '../src/import/keys.js';
import { maxPartBytes, maxTotalBytes } from '../src/import/parts.js';
import { splitText } from '../src/import/split.js';
import { markdownProblem } from '../src/markdown-limits.js';
import { readEntry, zipEntries } from '../src/import/zip.js';
import { docxOf, ExternalHyperlink, HeadingLevel, importBytes, Paragraph, TextRun, withDocumentXml, zip, type ZipPart } from './import-docx.js';
import { expectClean, importError, run, workspace as importWorkspace, written } from './import-cli-run.js';
import { root } from './helpers.js';

// Each case converts Word documents or runs the CLI on a shared two-core machine.
vi.setConfig({ testTimeout: 120_000 });

const workspace = () => importWorkspace('import-haerdning');

/** The parts of a real Word document, to rewrite and zip again. */
async function partsOf(children: Paragraph[] = [new Paragraph('Randers Kommune')]): Promise<ZipPart[]> {
  const whole = await docxOf(children);
  return zipEntries(whole).map((entry) => ({ name: entry.name, data: readEntry(whole, entry, 10_000_000) }));
}

const part = (parts: ZipPart[], name: string) => parts.find((each) => each.name === name)!;

/** XML that inflates to `megabytes` MB from a few KB: a comment of spaces. */
const bomb = (megabytes: number) =>
  Buffer.concat([Buffer.from('<?xml version="1.0"?><!--'), Buffer.alloc(megabytes * 1024 * 1024, 32), Buffer.from('--><x/>')]);

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

  it('has the caps the README names: 40 MB a part, 80 MB in all', () => {
    expect([maxPartBytes, maxTotalBytes].map((bytes) => bytes / 1024 / 1024)).toEqual([40, 80]);
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
    const result = await run(['importer', 'bombe.docx'], dir);
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
    it(what, async () => {
      const dir = workspace();
      const result = await run(['importer', make(dir)], dir, 20_000);
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
    // Hidden runs and simple fields, which are taken out or unwrapped before conversion.
    await expectLinear(commentDocx('<w:r><w:rPr><w:vanish/></w:rPr><w:t>skjult</w:t></w:r><w:r '), 10_000);
    await expectLinear(commentDocx('<w:fldSimple w:instr=" DATE "<w:vanish '), 10_000);
    // Text boxes drawn without their VML copy, made readable before conversion: opened and never closed.
    await expectLinear(commentDocx('<w:drawing><w:txbxContent>'), 10_000);
    await expectLinear(commentDocx('<w:drawing><w:txbxContent></w:drawing>'), 10_000);
    // Tracked changes, accepted before conversion (#21): opened and never closed, and deletions whose text is cut out.
    await expectLinear(commentDocx('<w:ins w:id="1">'), 10_000);
    await expectLinear(commentDocx('<w:del w:id="1"><w:r><w:delText>x</w:delText></w:r></w:del>'), 10_000);
    // Links and pictures whose relationship is missing (#21): a link's text is read for the report, never past a few.
    await expectLinear(commentDocx('<w:hyperlink r:id="rIdIntet"><w:r><w:t>x</w:t></w:r>'), 10_000);
    await expectLinear(commentDocx('<wp:docPr id="1" name="Billede"/><a:blip r:embed="rIdIntet"/>'), 10_000);
  });

  it('comments, processing instructions and CDATA sections opened and never closed, and hidden runs among them, where the scans begin', async () => {
    // Taken out before every scan: the part as the scans get it, not a document the converter could read.
    const rawPart = (text: string) => (n: number) => {
      const xml = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${text.repeat(n)}</w:body></w:document>`;
      return () => revealPart('word/document.xml', xml, nothingUnseen());
    };
    await expectLinear(rawPart('<!--'), 20_000);
    await expectLinear(rawPart('<?x '), 20_000);
    await expectLinear(rawPart('<![CDATA['), 20_000);
    await expectLinear(rawPart('<w:r><w:rPr><w:vanish/>'), 10_000);
    await expectLinear(rawPart('<w:r><w:rPr><w:vanish/></w:rPr><w:r><!-- <w:t>x</w:t>'), 10_000);
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

/** A paragraph as a person writes one, numbered so the test can find every one again. */
const sentence = (index: number, words = 12) =>
  `Afsnit ${index}: Testby Kommune tilbyder social behandling af stofmisbrug ${'efter serviceloven og med respekt for borgeren '.repeat(Math.ceil(words / 6))}slut ${index}.`;

describe('promise: a plausible document never ends in exit 70; a section too long for one field is split and reported', () => {
  it('400 paragraphs without heading styles (the issue’s case): written, valid, split, nothing lost', async () => {
    const dir = workspace();
    const paragraphs = Array.from({ length: 400 }, (_, index) => sentence(index + 1));
    writeFileSync(join(dir, 'lang.docx'), await docxOf([new Paragraph('Testby Kommune'), ...paragraphs.map((text) => new Paragraph(text))]));
    const result = await run(['importer', 'lang.docx'], dir);
    expectClean(result, 0);
    expect(result.stdout).toMatch(/Afsnittet »Forord« var for langt til ét tekstfelt \(højst 30\.000 tegn\) og er delt i [2-9] afsnit/);
    expect(result.stdout).toMatch(/»Forord \(fortsat\)« → »forord-del-2«/);
    const yaml = readFileSync(join(dir, 'municipalities', 'testby.yml'), 'utf8');
    for (let index = 1; index <= 400; index += 1) expect(yaml).toContain(`slut ${index}.`);
    expect(parse(yaml).praesentation.raekkefoelge[0]).toEqual(expect.arrayContaining(['forord', 'forord-del-2']));
    expectClean(await run(['validate', 'municipalities/testby.yml'], dir), 0);
  });

  it('a long requirement section (a field with »_« in its name) stays in its chapter, the rest following it (a variant)', async () => {
    const dir = workspace();
    const children = [
      new Paragraph('Testby Kommune'),
      new Paragraph({ text: 'Frit valg', heading: HeadingLevel.HEADING_1 }),
      ...Array.from({ length: 300 }, (_, index) => new Paragraph(sentence(index + 1))),
      new Paragraph({ text: 'Om os', heading: HeadingLevel.HEADING_1 }),
      new Paragraph('Kort tekst.'),
    ];
    writeFileSync(join(dir, 'krav.docx'), await docxOf(children));
    const result = await run(['importer', 'krav.docx', '--ud', 'krav.yml'], dir);
    expectClean(result, 0);
    const document = parse(readFileSync(join(dir, 'krav.yml'), 'utf8'));
    const order = document.praesentation.raekkefoelge as Array<string | string[]>;
    const chapter = order.find((entry) => Array.isArray(entry) && entry.includes('frit_valg')) as string[];
    expect(chapter[0]).toBe('frit_valg');
    expect(chapter[1]).toBe('frit-valg-del-2');
    expect(document.oevrige_afsnit.find((section: { noegle: string }) => section.noegle === 'frit-valg-del-2').overskrift).toBe('Frit valg (fortsat)');
    expect(order.at(-1)).toBe('om-os');
  });

  it('splits at the coarsest boundary that works, within every text limit, and keeps every character (variants)', () => {
    const paragraphs = Array.from({ length: 300 }, (_, index) => sentence(index, 18)).join('\n\n');
    const oneParagraph = Array.from({ length: 400 }, (_, index) => sentence(index)).join(' ');
    const noSpaces = 'x'.repeat(70_000);
    const markup = Array.from({ length: 3_000 }, (_, index) => `**${index}**`).join(' ');
    for (const text of [paragraphs, oneParagraph, noSpaces, markup]) {
      const parts = splitText(text);
      expect(parts.length).toBeGreaterThan(1);
      for (const part of parts) expect(markdownProblem(part)).toBeUndefined();
      expect(parts.join('').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
    }
    // Paragraph boundaries first: no paragraph of the first text is cut.
    for (const part of splitText(paragraphs)) expect(part).toMatch(/^Afsnit \d+:[\s\S]*slut \d+\.$/);
    // A short text is left alone.
    expect(splitText('Kort tekst.\n\nEt afsnit mere.')).toEqual(['Kort tekst.\n\nEt afsnit mere.']);
  });
});

describe('promise: a table is as wide as Word lets it be, whatever a cell claims to span', () => {
  const spanning = (columns: string, rows: string) =>
    withDocumentXml((xml) =>
      xml.replace(
        '<w:body>',
        `<w:body><w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="${columns}"/><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>Åbningstid</w:t></w:r></w:p></w:tc></w:tr>` +
          `<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr>${rows}</w:tbl>`,
      ),
    );
  const widest = (yaml: string) => Math.max(...yaml.split('\n').map((line) => (line.trim().startsWith('|') ? line.split('|').length - 2 : 0)));

  it('a cell spanning 200,000 columns (w:gridSpan; a billion filled 1.5 GB) becomes a table of at most 63 columns, its text kept', async () => {
    const { yaml } = await importBytes(await spanning('200000', ''), { kommune: 'Testby' });
    expect(yaml).toContain('Åbningstid');
    expect(widest(yaml)).toBeLessThanOrEqual(63);
  });

  it('a span within the limit stays as written (a variant: 3 columns beside a row of 3 cells)', async () => {
    const cells = ['a', 'b', 'c'].map((each) => `<w:tc><w:p><w:r><w:t>${each}</w:t></w:r></w:p></w:tc>`).join('');
    const { yaml } = await importBytes(await spanning('3', `<w:tr>${cells}</w:tr>`), { kommune: 'Testby' });
    expect(widest(yaml)).toBe(3);
  });
});

describe('promise: a document with more structure than any standard is refused before it is converted', () => {
  const cell = (index: number) => `<w:tc><w:p><w:r><w:t>c${index}</w:t></w:r></w:p></w:tc>`;
  const table = (rows: number, columns: number, prefix = 'w') =>
    `<w:tbl>${`<w:tr>${Array.from({ length: columns }, (_, index) => cell(index)).join('')}</w:tr>`.repeat(rows)}</w:tbl>`.replaceAll('w:', `${prefix}:`);
  const withBody = (body: string, namespaces = '') =>
    withDocumentXml((xml) => xml.replace('<w:body>', `<w:body>${body}`).replace('<w:document ', `<w:document ${namespaces}`));
  it.each([
    ['a table of 300 × 300 cells (the issue’s case)', () => withBody(table(300, 300)), 'tabelceller', 90_000],
    ['60 tables of 10 × 10 cells, each one small (a variant)', () => withBody(table(10, 10).repeat(60)), 'tabelceller', 6_000],
    [
      'a table written under another namespace prefix for Word’s (a variant)',
      () => withBody(table(80, 80, 'x'), `xmlns:x="${wordNamespace}" `),
      'tabelceller',
      6_400,
    ],
    ['20,001 empty paragraphs', () => withBody('<w:p/>'.repeat(20_001)), 'afsnit', 20_002],
    ['200,001 text runs in a few paragraphs', () => withBody(`<w:p>${'<w:r><w:t>o </w:t></w:r>'.repeat(50_001)}</w:p>`.repeat(4)), 'tekststykker', 200_004],
  ] as const)('%s: a Danish message naming what and how many, and the converter never starts', async (_name, make, slags, antal) => {
    const bytes = await make();
    const converter = vi.spyOn(mammoth, 'convertToHtml');
    try {
      const error = await convertDocx(bytes).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ImportError);
      expect((error as ImportError).code).toBe('import-for-mange-elementer');
      expect((error as ImportError<'import-for-mange-elementer'>).args).toMatchObject({ slags, antal: expect.any(Number) });
      expect((error as ImportError<'import-for-mange-elementer'>).args.antal).toBeGreaterThanOrEqual(antal);
      expect(converter).not.toHaveBeenCalled();
    } finally {
      converter.mockRestore();
    }
  });

  it('a table of 50 × 5 cells, as a real standard may have, is imported as before', async () => {
    const { yaml } = await importBytes(await withBody(`<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Målgruppe</w:t></w:r></w:p>${table(50, 5)}`), {
      kommune: 'Testby',
    });
    expect(yaml).toContain('c4');
  });

  it('says it on the command line: exit 1, the counts in Danish, nothing written', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'tabel.docx'), await withBody(table(300, 300)));
    const result = await run(['importer', 'tabel.docx', '--kommune', 'Testby'], dir);
    expectClean(result, 1);
    expect(result.stderr).toContain('Dokumentet har 90.000 tabelceller');
    expect(result.stderr).toContain('grænsen er 5.000');
    expect(written(dir)).toEqual([]);
  });
});

describe('promise: never write a file the tool itself then refuses', () => {
  it('a document whose file would be over the 2 MB every command reads: a Danish message, exit 1, nothing written', async () => {
    const dir = workspace();
    const children = [new Paragraph('Testby Kommune'), ...Array.from({ length: 2_400 }, (_, index) => new Paragraph(sentence(index, 120)))];
    writeFileSync(join(dir, 'enorm.docx'), await docxOf(children));
    const result = await run(['importer', 'enorm.docx'], dir);
    expectClean(result, 1);
    expect(result.stderr).toMatch(/Den importerede fil ville fylde \d+,\d MB, men værktøjet læser højst 2,0 MB pr\. fil, så intet er skrevet/);
    // Where in the document it is (#21): the text before the first heading, here all of it.
    expect(result.stderr).toMatch(/Mest fylder teksten før den første overskrift \(\d+,\d MB\)\. Del dokumentet i flere/);
    expect(written(dir)).toEqual([]);
  });
});

describe('promise: never write a file under a name the tool then refuses (build’s rule for file names, before writing)', () => {
  for (const [name, forslag] of [
    ['udkast/Ærø.yml', 'udkast/aeroe.yml'],
    ['udkast/x.txt', 'udkast/x-txt.yml'],
    ['udkast/æøå 🙂.yml', 'udkast/aeoeaa.yml'],
    ['udkast/🙂.yml', 'randers.yml'],
    ['Testby Kommune.YAML', 'testby.yml'],
  ] as const) {
    it(`--ud ${name}: exit 1, nothing written, and the name validate would suggest (${forslag})`, async () => {
      const dir = workspace();
      mkdirSync(join(dir, 'udkast'));
      writeFileSync(join(dir, 'testby.docx'), await docxOf([new Paragraph('Testby Kommune'), new Paragraph('Vi tilbyder behandling.')]));
      const result = await run(['importer', 'testby.docx', '--ud', name], dir);
      expectClean(result, 1);
      expect(result.stderr).toContain(`»${name}« er ikke skrevet: filnavnet kan ikke bruges som mappe i out/`);
      expect(result.stderr).toContain(`Vælg et andet navn med --ud, fx »${forslag}«.`);
      expect(readdirSync(join(dir, 'udkast'))).toEqual([]);
      expect(readdirSync(dir).sort()).toEqual(['municipalities', 'testby.docx', 'udkast']);
    });
  }

  it('--ud a kommune’s own requirements (testby.krav.yml): exit 1, nothing written; the suggested name is written and valid', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'testby.docx'), await docxOf([new Paragraph('Testby Kommune'), new Paragraph('Vi tilbyder behandling.')]));
    const own = await run(['importer', 'testby.docx', '--ud', 'municipalities/testby.krav.yml'], dir);
    expectClean(own, 1);
    expect(own.stderr).toContain('»municipalities/testby.krav.yml« er kommunens egne krav, ikke en kvalitetsstandard.');
    expect(written(dir)).toEqual([]);
    expectClean(await run(['importer', 'testby.docx', '--ud', 'municipalities/testby.yml'], dir), 0);
    expectClean(await run(['validate', 'municipalities/testby.yml'], dir), 0);
  });
});

describe('promise: a file beyond the text limits is not written either (exit 1, not 70)', () => {
  it('more markup in the whole file than validate accepts, each section within its own limit (a variant of the issue’s size case)', async () => {
    const dir = workspace();
    // Check boxes typed as »[x]«: 4,000 markup characters a chapter, 24,000 in all.
    const children = [new Paragraph('Testby Kommune')];
    for (let chapter = 1; chapter <= 6; chapter += 1)
      children.push(new Paragraph({ text: `Kapitel ${chapter}`, heading: HeadingLevel.HEADING_1 }), new Paragraph('[x] afkrydset '.repeat(2_000)));
    writeFileSync(join(dir, 'fed.docx'), await docxOf(children));
    const result = await run(['importer', 'fed.docx'], dir);
    expectClean(result, 1);
    // Said about the document (#21): where the markup stands in it, never a line of the file that is not written.
    expect(result.stderr).toMatch(
      /^kvalitetsstandard: Dokumentets tekster har i alt 24\.\d{3} Markdown-tegn \(\*, _, \[, \], ~, <, >, \| og `\), men værktøjet tager højst 20\.000 i én fil, så intet er skrevet\. Flest står under »Kapitel 1« \([\d.]+\), »Kapitel 2« \([\d.]+\) og »Kapitel 3« \([\d.]+\)\./,
    );
    expect(result.stderr).toContain(
      'Fjern i Word de tegn, der kun er pynt (fx stjerner, streger eller afkrydsninger skrevet som »[x]«), eller del dokumentet i flere, og importér igen.',
    );
    expect(result.stderr).not.toMatch(/\.yml:\d+:\d+/);
    expect(written(dir)).toEqual([]);
  });
});

describe('promise: an import never breaks an existing municipality (build’s collision rule, before writing)', () => {
  const testby = async (dir: string) =>
    writeFileSync(join(dir, 'testby.docx'), await docxOf([new Paragraph('Testby Kommune'), new Paragraph('Vi tilbyder behandling.')]));
  const existing = 'kommune: Testby Kommune\ntitel: Kvalitetsstandard\n';

  it('municipalities/testby.yaml present: no testby.yml beside it (the issue’s case), the existing file untouched', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'municipalities', 'testby.yaml'), existing);
    await testby(dir);
    for (const args of [
      ['importer', 'testby.docx'],
      ['importer', 'testby.docx', '--ud', 'municipalities/testby.yml'],
    ]) {
      const result = await run(args, dir);
      expectClean(result, 1);
      expect(result.stderr).toContain('»municipalities/testby.yaml« findes allerede og ville blive bygget til den samme mappe i out/ (»testby«)');
    }
    expect(written(dir)).toEqual(['testby.yaml']);
    expect(readFileSync(join(dir, 'municipalities', 'testby.yaml'), 'utf8')).toBe(existing);
  });

  it('the same rule in any folder --ud writes to (a variant); another municipality’s file does not stand in the way', async () => {
    const dir = workspace();
    mkdirSync(join(dir, 'udkast'));
    writeFileSync(join(dir, 'udkast', 'testby.yml'), existing);
    writeFileSync(join(dir, 'municipalities', 'randers.yaml'), existing);
    await testby(dir);
    const elsewhere = await run(['importer', 'testby.docx', '--ud', 'udkast/testby.YAML'], dir);
    expectClean(elsewhere, 1);
    expect(elsewhere.stderr).toContain('»udkast/testby.yml« findes allerede');
    expect(readdirSync(join(dir, 'udkast'))).toEqual(['testby.yml']);
    expectClean(await run(['importer', 'testby.docx'], dir), 0);
    expect(written(dir).sort()).toEqual(['randers.yaml', 'testby.yml']);
  });
});

describe('promise: --kommune is one line of text', () => {
  for (const [what, value] of [
    ['a line break (the issue’s case)', 'Test\nby'],
    ['a carriage return', 'Test\rby'],
    ['a tab', 'Test\tby'],
    ['an escape sequence', 'Test\u001b[31mby'],
    ['a right-to-left override', 'Test\u202eby'],
    ['a zero-width space (before: the file it made was refused, exit 70)', 'Test\u200bby'],
    ['a soft hyphen', 'Test\u00adby'],
    ['a byte order mark inside it', 'Test\ufeffby'],
  ] as const) {
    it(`refuses ${what} in Danish, exit 2, nothing read or written`, async () => {
      const dir = workspace();
      const result = await run(['importer', 'findes-ikke.docx', '--kommune', value], dir);
      expectClean(result, 2);
      expect(result.stderr).toContain('--kommune må ikke indeholde linjeskift, usynlige tegn eller styretegn');
      expect(written(dir)).toEqual([]);
    });
  }
});

describe('promise: the whole import has a time and a memory limit', () => {
  /** The built module: the worker thread runs the compiled files. */
  const limited = () => import(join(root, 'dist', 'import', 'within-limits.js')) as Promise<typeof import('../src/import/within-limits.js')>;

  it('stops at the time limit or the heap limit with a Danish message, and imports within them', async () => {
    const dir = workspace();
    const path = join(dir, 'testby.docx');
    writeFileSync(path, await docxOf([new Paragraph('Testby Kommune'), ...Array.from({ length: 200 }, (_, index) => new Paragraph(sentence(index)))]));
    const { importWithinLimits, importLimits } = await limited();
    const outcome = (limits: { seconds: number; memoryMb: number }) =>
      importWithinLimits(path, { fileName: 'testby' }, limits).catch((error: ImportError) => error);
    const late = await outcome({ seconds: 0.01, memoryMb: importLimits.memoryMb });
    expect((late as ImportError).code).toBe('import-tidsgraense');
    const starved = await outcome({ seconds: 60, memoryMb: 8 });
    expect((starved as ImportError).code).toBe('import-hukommelse');
    // The limits the README names.
    expect(importLimits).toEqual({ seconds: 120, memoryMb: 1536 });
    const standard = await importWithinLimits(path, { fileName: 'testby' });
    expect(standard.kommune.value).toBe('Testby Kommune');
  });
});

const wordNamespace = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const w = `xmlns:w="${wordNamespace}"`;
const textRun = (text: string, properties = '') => `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const paragraph = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;

/** A Testby document with `body` (WordprocessingML) at the start of its text, and extra parts. */
async function documentWith(body: string, extra: ZipPart[] = []): Promise<Buffer> {
  const whole = await withDocumentXml((xml) => xml.replace('<w:body>', `<w:body>${body}`), [new Paragraph('Testby Kommune')]);
  const parts = zipEntries(whole).map((entry) => ({ name: entry.name, data: readEntry(whole, entry, 10_000_000) }));
  return zip([...parts, ...extra]);
}

const comments = (...texts: string[]): ZipPart => ({
  name: 'word/comments.xml',
  data: Buffer.from(
    `<?xml version="1.0"?><w:comments ${w}>${texts.map((text, id) => `<w:comment w:id="${id}" w:author="Korrektur">${paragraph(textRun(text))}</w:comment>`).join('')}</w:comments>`,
  ),
});

describe('promise: hidden text is never published silently', () => {
  const cases: Array<[string, string]> = [
    ['<w:vanish/> (the issue’s case)', '<w:vanish/>'],
    ['w:val="true"', '<w:vanish w:val="true"/>'],
    ['w:val="1" beside other formatting', '<w:b/><w:vanish w:val="1"/><w:i/>'],
  ];
  for (const [what, properties] of cases) {
    it(`leaves out a run hidden with ${what} and counts it for the report`, async () => {
      const bytes = await documentWith(paragraph(textRun('Synlig tekst. '), textRun('Intern note om budgettet.', properties), textRun('Mere synlig tekst.')));
      const word = await convertDocx(bytes);
      expect(word.html).not.toContain('budgettet');
      expect(word.html).toContain('Synlig tekst. Mere synlig tekst.');
      expect(word.unseen?.hidden).toEqual(['Intern note om budgettet.']);
    });
  }

  it('does not read an approval from a hidden line in the page header or footer (a variant)', async () => {
    const whole = await docxOf([new Paragraph('Testby Kommune'), new Paragraph('Vi tilbyder behandling.')], 'Godkendt i Byrådet den 1. marts 2020');
    const parts = zipEntries(whole).map((entry) => ({ name: entry.name, data: readEntry(whole, entry, 10_000_000) }));
    const furniture = parts.filter((each) => /^word\/(header|footer)\d*\.xml$/.test(each.name));
    expect(furniture.length).toBeGreaterThan(0);
    for (const each of furniture)
      each.data = Buffer.from(
        each.data
          .toString('utf8')
          .replace(/<w:r>(?:<w:rPr>)?/g, '<w:r><w:rPr><w:vanish/>')
          .replace(/<w:vanish\/><w:vanish\/>/g, '<w:vanish/>'),
      );
    const visible = await importBytes(whole);
    expect(visible.standard.godkendelse.map((approval) => approval.value.dato)).toEqual(['2020-03-01']);
    const hidden = await importBytes(zip(parts));
    expect(hidden.standard.godkendelse).toEqual([]);
    expect(hidden.yaml).not.toContain('2020');
  });

  it.each([
    ['another prefix bound to Word’s namespace on the document (the converter reads it; the scan for hidden runs did not)', 'v2', (xml: string) => xml],
    [
      'the prefix declared on the run itself, in single quotes',
      'x',
      (xml: string) => xml.replace(` xmlns:x="${wordNamespace}"`, '').replace('<x:r>', `<x:r xmlns:x='${wordNamespace}'>`),
    ],
    [
      'the namespace written with character references',
      'y',
      (xml: string) => xml.replace(`xmlns:y="${wordNamespace}"`, `xmlns:y="&#104;ttp&#x3A;${wordNamespace.slice(5)}"`),
    ],
    ['Word’s strict namespace', 'z', (xml: string) => xml.replace(wordNamespace, 'http://purl.oclc.org/ooxml/wordprocessingml/main')],
  ])('refuses a hidden run under %s, naming the prefix, before converting', async (_what, prefix, rewrite) => {
    const hiddenRun = `<${prefix}:r><${prefix}:rPr><${prefix}:vanish/></${prefix}:rPr><${prefix}:t>Intern note om budgettet.</${prefix}:t></${prefix}:r>`;
    const bytes = await withDocumentXml((xml) =>
      rewrite(
        xml
          .replace('<w:document ', `<w:document xmlns:${prefix}="${wordNamespace}" `)
          .replace('<w:body>', `<w:body>${paragraph(textRun('Synlig tekst. '), hiddenRun)}`),
      ),
    );
    const converter = vi.spyOn(mammoth, 'convertToHtml');
    try {
      const error = await convertDocx(bytes).catch((caught: unknown) => caught);
      expect((error as ImportError).code).toBe('import-ukendt-navnerum');
      expect((error as ImportError<'import-ukendt-navnerum'>).args).toEqual({ praefiks: prefix });
      expect(converter).not.toHaveBeenCalled();
    } finally {
      converter.mockRestore();
    }
  });

  describe('text hidden by a style (»Skjult« set in a character, paragraph or table style, a default style or the document’s defaults)', () => {
    const style = (type: 'character' | 'paragraph' | 'table', id: string, properties: string, basedOn?: string) =>
      `<w:style w:type="${type}" w:styleId="${id}"><w:name w:val="${id}"/>${basedOn ? `<w:basedOn w:val="${basedOn}"/>` : ''}<w:rPr>${properties}</w:rPr></w:style>`;
    const styles = [
      style('character', 'Skjult', '<w:vanish/>'),
      style('character', 'SkjultFed', '<w:b/>', 'Skjult'),
      style('character', 'SynligIgen', '<w:vanish w:val="0"/>', 'Skjult'),
      style('paragraph', 'SkjultAfsnit', '<w:vanish/>'),
      style('character', 'RingA', '<w:i/>', 'RingB'),
      style('character', 'RingB', '<w:b/>', 'RingA'),
    ].join('');
    const styledRun = (text: string, id: string) => textRun(text, `<w:rStyle w:val="${id}"/>`);
    const body =
      paragraph(textRun('Synlig tekst. '), styledRun('Note i tegntypografi.', 'Skjult'), styledRun('Note i en typografi baseret på den.', 'SkjultFed')) +
      paragraph(styledRun('Vist igen. ', 'SynligIgen'), styledRun('Typografier i ring. ', 'RingA'), textRun('Slut.')) +
      `<w:p><w:pPr><w:pStyle w:val="SkjultAfsnit"/></w:pPr>${textRun('Et helt afsnit i skjult typografi.')}</w:p>`;

    /** The document with the styles added to its styles part, which may be moved to another name (the relationship follows). */
    async function styledDocument(stylesPart: string, content = body, change = (xml: string) => xml): Promise<Buffer> {
      const whole = await withDocumentXml((xml) => xml.replace('<w:body>', `<w:body>${content}`), [new Paragraph('Testby Kommune')]);
      const parts = zipEntries(whole).map((entry) => ({ name: entry.name, data: readEntry(whole, entry, 10_000_000) }));
      const stylesXml = part(parts, 'word/styles.xml');
      stylesXml.data = Buffer.from(change(stylesXml.data.toString('utf8').replace('</w:styles>', `${styles}</w:styles>`)));
      stylesXml.name = stylesPart;
      const relationships = part(parts, 'word/_rels/document.xml.rels');
      relationships.data = Buffer.from(relationships.data.toString('utf8').replace('Target="styles.xml"', `Target="${stylesPart.replace('word/', '')}"`));
      return zip(parts);
    }

    it.each(['word/styles.xml', 'word/media/image9.png'])('leaves the hidden text out and counts it, with the styles in %s', async (stylesPart) => {
      const word = await convertDocx(await styledDocument(stylesPart));
      expect(word.html).not.toMatch(/Note i|skjult typografi/);
      expect(word.html).toContain('Synlig tekst.');
      expect(word.html).toContain('Vist igen. Typografier i ring. Slut.');
      expect(word.unseen?.hidden).toEqual(['Note i tegntypografi.', 'Note i en typografi baseret på den.', 'Et helt afsnit i skjult typografi.']);
    });

    const hiddenDefault = (xml: string) => xml.replace('<w:rPrDefault/>', '<w:rPrDefault><w:rPr><w:b/><w:vanish/></w:rPr></w:rPrDefault>');
    const hiddenNormal = (xml: string) => xml.replace('<w:name w:val="Normal"/><w:qFormat/>', '<w:name w:val="Normal"/><w:qFormat/><w:rPr><w:vanish/></w:rPr>');
    const hiddenCharacterDefault = (xml: string) =>
      xml.replace('</w:styles>', `${style('character', 'Standardskrifttype', '<w:vanish/>').replace('<w:style ', '<w:style w:default="1" ')}</w:styles>`);
    const hiddenTable = (xml: string) => xml.replace('</w:styles>', `${style('table', 'SkjultTabel', '<w:vanish/>')}</w:styles>`);
    const styledParagraph = (id: string, ...runs: string[]) => `<w:p><w:pPr><w:pStyle w:val="${id}"/></w:pPr>${runs.join('')}</w:p>`;
    const table = (id: string, text: string) =>
      `<w:tbl><w:tblPr><w:tblStyle w:val="${id}"/></w:tblPr><w:tblGrid><w:gridCol w:w="5000"/></w:tblGrid><w:tr><w:tc>${paragraph(textRun(text))}</w:tc></w:tr></w:tbl>`;
    it.each<[string, (xml: string) => string, string, string[], string]>([
      [
        'the document’s defaults (docDefaults), unless a style shows it again',
        hiddenDefault,
        paragraph(textRun('Skjult af standarden. '), styledRun('Vist af sin typografi.', 'SynligIgen')),
        ['Skjult af standarden.', 'Testby Kommune'],
        'Vist af sin typografi.',
      ],
      [
        'the default paragraph style (Normal), also in a style based on it',
        hiddenNormal,
        paragraph(textRun('Afsnit uden typografi.')) +
          styledParagraph('Heading1', textRun('Overskrift baseret på Normal.')) +
          paragraph(styledRun('Vist igen.', 'SynligIgen')),
        ['Afsnit uden typografi.', 'Overskrift baseret på Normal.', 'Testby Kommune'],
        'Vist igen.',
      ],
      [
        'the default character style, for runs without a style of their own',
        hiddenCharacterDefault,
        paragraph(textRun('Tekst uden tegntypografi. '), styledRun('Fed tekst i sin egen typografi.', 'SkjultFed').replace('SkjultFed', 'Fed')),
        ['Tekst uden tegntypografi.', 'Testby Kommune'],
        'Fed tekst i sin egen typografi.',
      ],
      [
        'a table style, for the text in its cells',
        hiddenTable,
        table('SkjultTabel', 'Celle i skjult tabel.') + paragraph(textRun('Efter tabellen.')),
        ['Celle i skjult tabel.'],
        'Efter tabellen.',
      ],
      [
        'a paragraph style, but not a run whose character style shows it again',
        (xml) => xml,
        styledParagraph('SkjultAfsnit', textRun('Skjult afsnit. '), styledRun('Vist igen.', 'SynligIgen')),
        ['Skjult afsnit.'],
        'Vist igen.',
      ],
    ])('leaves out text hidden by %s', async (_what, change, content, hidden, shown) => {
      const word = await convertDocx(
        await styledDocument('word/styles.xml', content, (xml) => change(xml).replace('</w:styles>', `${style('character', 'Fed', '<w:b/>')}</w:styles>`)),
      );
      expect(word.unseen?.hidden).toEqual(hidden);
      for (const text of hidden) expect(word.html).not.toContain(text);
      expect(word.html).toContain(shown);
    });
  });

  it('reads a document whose namespace declarations hold character references past Unicode (no parser’s, no bug)', async () => {
    const bytes = await withDocumentXml((xml) => xml.replace('<w:document ', '<w:document xmlns:q="&#99999999999;&#xFFFFFFFFF;" '));
    const word = await convertDocx(bytes).catch((caught: unknown) => caught);
    expect(word).not.toBeInstanceOf(RangeError);
  });

  it('keeps text whose hiding is switched off (w:val="0", "false") and a paragraph mark that is hidden', async () => {
    const bytes = await documentWith(
      paragraph(textRun('Nul. ', '<w:vanish w:val="0"/>'), textRun('Falsk.', '<w:vanish w:val="false"/>')) +
        `<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>${textRun('Afsnitsmærket er skjult, teksten ikke.')}</w:p>`,
    );
    const word = await convertDocx(bytes);
    expect(word.html).toContain('Nul. Falsk.');
    expect(word.html).toContain('Afsnitsmærket er skjult, teksten ikke.');
    expect(word.unseen?.hidden).toEqual([]);
  });
});

describe('promise: the import never writes a control character, a direction mark or a character that shows nothing, which validate refuses', () => {
  it('leaves them out of the text and of the title property (also written as character references), and writes a valid file (before: exit 70)', async () => {
    const whole = await withDocumentXml(
      (xml) =>
        xml.replace(
          '<w:body>',
          `<w:body><w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>M\u202eålgruppe</w:t></w:r></w:p>${paragraph(textRun('Borgere over 18 år\u2066 med \u0085stofmisbrug\u0007.'))}`,
        ),
      [new Paragraph('Testby Kommune')],
    );
    const parts = zipEntries(whole).map((entry) => ({ name: entry.name, data: readEntry(whole, entry, 10_000_000) }));
    const core = part(parts, 'docProps/core.xml');
    core.data = Buffer.from(
      core.data.toString('utf8').replace(/<dc:title>[^<]*<\/dc:title>|(?=<\/cp:coreProperties>)/, '<dc:title>Kvalitets&#x202E;standard&#x1B;</dc:title>'),
    );
    const dir = workspace();
    writeFileSync(join(dir, 'styretegn.docx'), zip(parts));
    const result = await run(['importer', 'styretegn.docx', '--kommune', 'Testby'], dir);
    expectClean(result, 0);
    const yaml = readFileSync(join(dir, 'municipalities', 'testby.yml'), 'utf8');
    expect(yaml).toContain('Borgere over 18 år med');
    expect(yaml).toContain('titel: Kvalitetsstandard');
    expect(yaml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\\u202|\\x1/i);
    const validated = await run(['validate', 'municipalities/testby.yml'], dir);
    expectClean(validated, 0);
  });

  it('leaves out what is no character (half a surrogate pair, U+FFFE, U+FFFF, written as character references) and keeps a character beyond the first plane (before: »\\ud800« in the file, »�« on the page)', async () => {
    const whole = await withDocumentXml(
      (xml) =>
        xml.replace(
          '<w:body>',
          `<w:body><w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Mål&#xD800;gruppe</w:t></w:r></w:p>${paragraph(textRun('Borgere&#xDFFF; over 18 år&#xFFFE; med &#x1F600; og&#xFFFF; stofmisbrug.'))}`,
        ),
      [new Paragraph('Testby Kommune')],
    );
    const dir = workspace();
    writeFileSync(join(dir, 'ingen-tegn.docx'), whole);
    expectClean(await run(['importer', 'ingen-tegn.docx', '--kommune', 'Testby'], dir), 0);
    const yaml = readFileSync(join(dir, 'municipalities', 'testby.yml'), 'utf8');
    expect(yaml).toContain('overskrift: Målgruppe');
    expect(yaml).toContain('Borgere over 18 år med \u{1F600} og stofmisbrug.');
    expect(yaml).not.toMatch(/\\u[dD][89a-fA-F]|[\ufffe\uffff\ufffd]/);
    expectClean(await run(['validate', 'municipalities/testby.yml'], dir), 0);
  });

  it('leaves out characters that show nothing (a soft hyphen from Word, a zero-width space, a word joiner), which validate refuses in a heading', async () => {
    const whole = await withDocumentXml(
      (xml) =>
        xml.replace(
          '<w:body>',
          `<w:body><w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Behandlings</w:t><w:softHyphen/><w:t>garanti​</w:t></w:r></w:p>${paragraph(textRun('Du får en samtale inden for 14 dage efter henvendel⁠sen.'))}`,
        ),
      [new Paragraph('Testby Kommune')],
    );
    const dir = workspace();
    writeFileSync(join(dir, 'usynligt.docx'), whole);
    expectClean(await run(['importer', 'usynligt.docx', '--kommune', 'Testby'], dir), 0);
    const yaml = readFileSync(join(dir, 'municipalities', 'testby.yml'), 'utf8');
    expect(yaml).toContain('overskrift: Behandlingsgaranti');
    expect(yaml).toContain('henvendelsen');
    expect(yaml).not.toMatch(/[\u00ad\u200b\u2060]/);
    const validated = await run(['validate', 'municipalities/testby.yml'], dir);
    expectClean(validated, 0);
    expect(validated.stdout).not.toContain('advarsel');
  });
});

describe('promise: the import never writes a line break YAML does not read as one (validate warns of it)', () => {
  it('a paragraph separator, a line separator or a next-line character in the text, a heading and the title property separates words with a space', async () => {
    const whole = await withDocumentXml(
      (xml) =>
        xml.replace(
          '<w:body>',
          `<w:body><w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Behandlings\u2029garanti</w:t></w:r></w:p>${paragraph(textRun('Du får en samtale inden for 14&#x2029;dage efter&#x2028;henvendelsen&#x85;og en plan.'))}`,
        ),
      [new Paragraph('Testby Kommune')],
    );
    const parts = zipEntries(whole).map((entry) => ({ name: entry.name, data: readEntry(whole, entry, 10_000_000) }));
    const core = part(parts, 'docProps/core.xml');
    core.data = Buffer.from(
      core.data.toString('utf8').replace(/<dc:title>[^<]*<\/dc:title>|(?=<\/cp:coreProperties>)/, '<dc:title>Kvalitets&#x2029;standard</dc:title>'),
    );
    const dir = workspace();
    writeFileSync(join(dir, 'skilletegn.docx'), zip(parts));
    expectClean(await run(['importer', 'skilletegn.docx', '--kommune', 'Testby'], dir), 0);
    const yaml = readFileSync(join(dir, 'municipalities', 'testby.yml'), 'utf8');
    expect(yaml).not.toMatch(/[\u0085\u2028\u2029]/);
    expect(yaml).toContain('overskrift: Behandlings garanti');
    expect(yaml).toContain('Du får en samtale inden for 14 dage efter henvendelsen og en plan.');
    const validated = await run(['validate', 'municipalities/testby.yml'], dir);
    expectClean(validated, 0);
    expect(validated.stdout).not.toContain('advarsel');
  });
});

describe('promise: nothing the document shows vanishes without a line in the report', () => {
  it('imports the shown result of simple fields (w:fldSimple), in its place', async () => {
    const field = (instruction: string, shown: string) => `<w:fldSimple w:instr="${instruction}">${textRun(shown)}</w:fldSimple>`;
    const bytes = await documentWith(
      paragraph(textRun('Godkendt '), field(' DATE \\@ "d. MMMM yyyy" ', '1. marts 2024'), textRun(' af '), field(' MERGEFIELD organ ', 'Byrådet')),
    );
    const { yaml } = await importBytes(bytes);
    expect(yaml).toMatch(/Godkendt 1\. marts 2024 af Byrådet|organ: Byrådet/);
    expect((await convertDocx(bytes)).html).toContain('Godkendt 1. marts 2024 af Byrådet');
  });

  it('keeps the words around a page break, a column break, a carriage return and an absolute tab inside a paragraph apart (before: »AlfaBetaGammaDelta«, »Telefon89151515«)', async () => {
    const bytes = await documentWith(
      paragraph(`<w:r><w:t>Alfa</w:t><w:br w:type="page"/><w:t>Beta</w:t><w:cr/><w:t>Gamma</w:t><w:br w:type="column"/><w:t>Delta</w:t></w:r>`) +
        paragraph('<w:r><w:t>Telefon</w:t><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/><w:t>89151515</w:t></w:r>'),
    );
    const { html } = await convertDocx(bytes);
    expect(html).toContain('<p>Alfa<br />Beta<br />Gamma<br />Delta</p>');
    expect(html).toContain('<p>Telefon\t89151515</p>');
    expect((await importBytes(bytes)).yaml).toContain('Alfa Beta Gamma Delta');
  });

  it('imports the text of a text box drawn without Word’s VML copy (before: lost without a trace), and that of Word’s own text box once', async () => {
    const box = (text: string) =>
      `<w:drawing><wp:anchor><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent>${paragraph(textRun(text))}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>`;
    const wordsOwn = `<mc:AlternateContent><mc:Choice Requires="wps">${box('Tegningens kopi')}</mc:Choice><mc:Fallback><w:pict><w:txbxContent>${paragraph(textRun('Words egen tekstboks'))}</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent>`;
    const bytes = await documentWith(paragraph(textRun('Før boksen'), `<w:r>${box('Kun i tegningen')}</w:r>`) + paragraph(`<w:r>${wordsOwn}</w:r>`));
    const { html } = await convertDocx(bytes);
    expect(html).toContain('<p>Før boksen</p><p>Kun i tegningen</p>');
    expect(html).toContain('Words egen tekstboks');
    expect(html).not.toContain('Tegningens kopi');
  });

  it('reads a part written in UTF-16, ISO-8859-1 or Windows-1252, as its byte order mark or XML declaration says (before: »æøå« became »���«); an encoding no one knows is a damaged document', async () => {
    const text = 'Rusmiddelcentret på Ærø – “åbent”';
    const documentIn = async (encode: (xml: string) => Buffer, declared: string) => {
      const whole = await withDocumentXml(
        (xml) =>
          xml
            .replace(/^<\?xml[^>]*\?>/, `<?xml version="1.0" encoding="${declared}" standalone="yes"?>`)
            .replace('<w:body>', `<w:body>${paragraph(textRun(text))}`),
        [new Paragraph('Testby Kommune')],
      );
      const parts = zipEntries(whole).map((entry) => ({ name: entry.name, data: readEntry(whole, entry, 10_000_000) }));
      return zip(parts.map((part) => (part.name === 'word/document.xml' ? { ...part, data: encode(part.data.toString('utf8')) } : part)));
    };
    const windows1252 = (xml: string) => Buffer.from(xml.replace('–', '\x96').replace('“', '\x93').replace('”', '\x94'), 'latin1');
    const utf16 = (xml: string) => Buffer.concat([Uint8Array.of(0xff, 0xfe), Buffer.from(xml, 'utf16le')]);
    for (const [encode, declared] of [
      [windows1252, 'windows-1252'],
      [windows1252, 'ISO-8859-1'],
      [utf16, 'UTF-16'],
    ] as const) {
      expect((await convertDocx(await documentIn(encode, declared))).html, declared).toContain(text);
    }
    expect(await importError(await documentIn((xml) => Buffer.from(xml), 'x-ukendt'))).toBe('import-beskadiget');
  });

  it('counts reviewer comments (with an example), embedded chunks, and links to addresses a web page cannot use', async () => {
    const bytes = await documentWith(`${paragraph(textRun('Tekst med kommentar.'))}<w:altChunk r:id="rIdChunk1"/><w:altChunk r:id="rIdChunk2"/>`, [
      comments('Skal datoen ikke rettes?', 'Enig.'),
    ]);
    const word = await convertDocx(bytes);
    expect(word.unseen?.comments).toEqual(['Skal datoen ikke rettes?', 'Enig.']);
    expect(word.unseen?.altChunks).toBe(2);
  });

  it('keeps the text of javascript:, data:, file: and vbscript: links without the link, and keeps web links (variants)', async () => {
    const addresses = ['javascript:alert(document.domain)', 'data:text/html;base64,PHNjcmlwdD4=', 'file:///C:/Intern/noter.docx', 'VBScript:msgbox(1)'];
    const children = [
      new Paragraph('Testby Kommune'),
      ...addresses.map((link, index) => new Paragraph({ children: [new ExternalHyperlink({ link, children: [new TextRun(`link nummer ${index}`)] })] })),
      new Paragraph({ children: [new ExternalHyperlink({ link: 'https://testby.dk/stof', children: [new TextRun('vores side')] })] }),
      new Paragraph({ children: [new ExternalHyperlink({ link: 'mailto:stof@testby.dk', children: [new TextRun('skriv til os')] })] }),
    ];
    const bytes = await docxOf(children);
    const word = await convertDocx(bytes);
    expect(word.unseen?.links.map((link) => link.address)).toEqual(addresses);
    const { yaml } = await importBytes(bytes);
    for (const [index] of addresses.entries()) expect(yaml).toContain(`link nummer ${index}`);
    expect(yaml).not.toMatch(/javascript:|data:text|file:|vbscript:/i);
    expect(yaml).toContain('[vores side](https://testby.dk/stof)');
    expect(yaml).toContain('[skriv til os](mailto:stof@testby.dk)');
  });

  it('says all of it in the import report on the command line, and the YAML has none of the hidden text', async () => {
    const dir = workspace();
    const body =
      paragraph(textRun('Synlig. '), textRun('Kun til internt brug.', '<w:vanish/>')) +
      paragraph(textRun('Opdateret '), `<w:fldSimple w:instr=" DATE ">${textRun('4. december 2026')}</w:fldSimple>`) +
      '<w:altChunk r:id="rIdChunk1"/>';
    writeFileSync(join(dir, 'alt.docx'), await documentWith(body, [comments('Husk at opdatere tallene.')]));
    const result = await run(['importer', 'alt.docx'], dir);
    expectClean(result, 0);
    expect(result.stdout).toContain('1 stykke(r) tekst er formateret som skjult i Word og er udeladt, fx »Kun til internt brug.«');
    expect(result.stdout).toContain('Dokumentet har 1 kommentar(er) fra en korrekturlæsning, som ikke er importeret, fx »Husk at opdatere tallene.«');
    expect(result.stdout).toContain('Dokumentet har 1 indlejret(e) stykke(r) fra en anden fil');
    const yaml = readFileSync(join(dir, 'municipalities', 'testby.yml'), 'utf8');
    expect(yaml).not.toContain('internt brug');
    expect(yaml).toContain('Opdateret 4. december 2026');
  });
});

describe('promise: a document from Word for the web is read like one from Word (the main part is where the package points)', () => {
  /** The parts of a real Word document with its main part renamed, as Word for the web and Office 365 save it. */
  async function renamedMain(name: string, target = name): Promise<Buffer> {
    const parts = await partsOf([
      new Paragraph('Testby Kommune'),
      new Paragraph({ text: 'Visitation', heading: HeadingLevel.HEADING_1 }),
      new Paragraph('Vi visiterer inden for 14 dage.'),
    ]);
    part(parts, 'word/document.xml').name = name;
    const rels = parts.find((each) => each.name === 'word/_rels/document.xml.rels');
    if (rels) rels.name = name.replace(/([^/]+)$/, '_rels/$1.rels');
    const rewrite = (each: ZipPart, from: string, to: string) => (each.data = Buffer.from(each.data.toString('utf8').replace(from, to)));
    rewrite(part(parts, '_rels/.rels'), 'Target="word/document.xml"', `Target="${target}"`);
    rewrite(part(parts, '[Content_Types].xml'), 'PartName="/word/document.xml"', `PartName="/${name}"`);
    return zip(parts);
  }

  it('word/document2.xml (the issue’s case): imported with its text, on the command line too', async () => {
    const { standard, yaml } = await importBytes(await renamedMain('word/document2.xml'));
    expect(standard.kommune.value).toBe('Testby Kommune');
    expect(yaml).toContain('Vi visiterer inden for 14 dage.');
    const dir = workspace();
    writeFileSync(join(dir, 'web.docx'), await renamedMain('word/document2.xml'));
    const result = await run(['importer', 'web.docx'], dir);
    expectClean(result, 0);
    expect(readFileSync(join(dir, 'municipalities', 'testby.yml'), 'utf8')).toContain('Vi visiterer inden for 14 dage.');
  });

  it('a target written from the package’s root (»/word/document22.xml«), and hidden text in it still left out (variants)', async () => {
    const bytes = await renamedMain('word/document22.xml', '/word/document22.xml');
    expect((await importBytes(bytes)).yaml).toContain('Vi visiterer inden for 14 dage.');
    const parts = zipEntries(bytes).map((entry) => ({ name: entry.name, data: readEntry(bytes, entry, 10_000_000) }));
    const main = part(parts, 'word/document22.xml');
    main.data = Buffer.from(main.data.toString('utf8').replace('<w:body>', `<w:body>${paragraph(textRun('Kun til internt brug.', '<w:vanish/>'))}`));
    const word = await convertDocx(zip(parts));
    expect(word.html).not.toContain('internt brug');
    expect(word.unseen?.hidden).toEqual(['Kun til internt brug.']);
  });

  it('a package that points to a part it does not have, and has no word/document.xml, is still no Word document', async () => {
    const parts = (await partsOf()).filter((each) => each.name !== 'word/document.xml');
    expect(await importError(zip(parts))).toBe('import-ikke-word');
  });
});
