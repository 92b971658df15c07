/**
 * The byråd's papers, on the built output of the five municipalities: the compliance annex
 * written for politicians, print without stranded headings or near-empty last pages, a
 * site whose pages link to each other, and only what the document itself says.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { launchBrowser } from '../src/browser.js';
import { renderDocument } from '../src/render/html.js';
import { danishDate } from '../src/dates.js';
import { hasAnnexWording } from '../src/diagnostics/annex-messages.js';
import type { MessageCode } from '../src/diagnostics/messages.js';
import { axeViolations } from './axe.js';
import { fixtures, municipalityNames, root, runCli } from './helpers.js';
import { filled, readLayout, strandedHeadings } from './pdf-layout.js';
import { readOutline } from './pdf.js';

const date = '2026-11-24';
const out = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-papers-'));
let browser: Browser;

const pdfText = (file: string, page?: number) =>
  execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-layout', file, '-'], { encoding: 'utf8' });
const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
/** The visible text of an HTML page (tags dropped), to hold it to what a reader sees. */
const visibleText = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/g, ' ')
    .replace(/\s+/g, ' ');
const source = (name: string) => parse(readFileSync(join(root, 'municipalities', `${name}.yml`), 'utf8'));
const report = (name: string) => JSON.parse(readFileSync(join(out, name, 'compliance.json'), 'utf8'))[0];
const lowerFirst = (text: string) => `${text[0]!.toLowerCase()}${text.slice(1)}`;

beforeAll(async () => {
  const build = runCli(['build', '--out', out, '--dato', date]);
  expect(build.stderr).toBe('');
  browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
});

/** Every link from a page to a file beside it (no #anchor, no scheme) resolves to a file in out/. */
function localLinks(htmlFile: string): string[] {
  const html = readFileSync(htmlFile, 'utf8');
  return [...html.matchAll(/href="([^"#:]+)(#[^"]*)?"/g)].map((match) => resolve(dirname(htmlFile), match[1]!));
}

describe('the compliance annex, for a reader who has never seen YAML', { timeout: 30_000 }, () => {
  for (const name of municipalityNames) {
    describe(name, () => {
      const htmlFile = join(out, name, 'compliance.html');
      const pdfFile = join(out, name, 'compliance.pdf');

      it('opens with a one-paragraph conclusion that counts and names what is not met', () => {
        const html = readFileSync(htmlFile, 'utf8');
        const json = report(name);
        const conclusion = visibleText(/<p class="konklusion">([\s\S]*?)<\/p>/.exec(html)![1]!).trim();
        const counts = json.opsummering;
        expect(conclusion).toMatch(new RegExp(`^Kvalitetsstandarden opfylder (${counts.opfyldt} af|alle) bekendtgørelsens 25 krav\\.`));
        const missing = json.krav.filter((krav: { status: string }) => krav.status === 'mangler');
        if (missing.length > 0) expect(conclusion).toContain(`${missing.length} krav mangler: »${lowerFirst(missing[0].titel)}«`);
        for (const krav of json.krav.filter((candidate: { status: string }) => candidate.status !== 'opfyldt')) {
          expect(conclusion).toContain(`»${lowerFirst(krav.titel)}«`);
        }
        // It is the first thing under the title.
        expect(html.indexOf('class="konklusion"')).toBeLessThan(html.indexOf('<table'));
      });

      it('is called in its PDF’s metadata what its heading calls it', () => {
        const heading = visibleText(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(readFileSync(htmlFile, 'utf8'))![1]!).trim();
        expect(heading).toMatch(/^Vurdering af .+s kvalitetsstandard$/);
        expect(/^Title:\s+(.*)$/m.exec(execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' }))![1]).toBe(heading);
      });

      it('keeps dates whole: the spaces in them do not break', () => {
        // What the page shows (the running header in its style is CSS, not text).
        const html = readFileSync(htmlFile, 'utf8').replace(/<style>[\s\S]*?<\/style>/g, '');
        expect(visibleText(html)).toMatch(/\d\. \p{L}+ \d{4}/u);
        for (const token of visibleText(html).match(
          /\d{1,2}\. (?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december) \d{4}/g,
        ) ?? []) {
          expect(html, token).not.toContain(token);
        }
      });

      it('gives per requirement its title, the law’s words, the status in words and symbol, and a plain finding', () => {
        const html = readFileSync(htmlFile, 'utf8');
        const json = report(name);
        const rows = html.split('<tr>\n<th scope="row">').slice(1);
        expect(rows).toHaveLength(25);
        const words: Record<string, string> = { opfyldt: 'Opfyldt', delvist: 'Delvist opfyldt', mangler: 'Mangler', 'kan ikke vurderes': 'Kan ikke vurderes' };
        rows.forEach((row, index) => {
          const krav = json.krav[index];
          expect(row).toContain(`<span class="krav-titel">${krav.titel}</span>`);
          expect(row).toContain(`<span class="paragraf">${krav.lovhenvisning}</span>`);
          expect(row).toMatch(/<span class="lovtekst">»[^<]{10,}«<\/span>/);
          expect(row).toMatch(new RegExp(`<svg class="symbol"[^>]*aria-hidden="true"[^>]*>.*</svg> ${words[krav.status]}</span>`));
          if (krav.status !== 'opfyldt') expect(visibleText(row.slice(row.indexOf('class="vurdering"')))).toMatch(/\p{L}{3,}.*\./u);
        });
      });

      it('says nothing meant for the editor: no file paths, line numbers, field names, YAML instructions or ISO dates', () => {
        const text = visibleText(readFileSync(htmlFile, 'utf8'));
        const printed = pdfText(pdfFile);
        const fields = Object.keys(source(name)).filter((key) => key.includes('_'));
        for (const page of [text, printed]) {
          expect(page).not.toMatch(/municipalities\/|\.ya?ml\b|linje \d|kolonne \d|Tilføj feltet|feltet »|\d{4}-\d{2}-\d{2}|»\|«/);
          for (const field of [...fields, 'praesentation', 'raekkefoelge', 'oevrige_afsnit']) expect(page).not.toContain(field);
        }
        expect(text).toContain(`Vurderet ${danishDate(date)} efter`);
      });

      it('links each finding to its section of the published standard, and prints that section’s page', async () => {
        const html = readFileSync(htmlFile, 'utf8');
        const standard = readFileSync(join(out, name, 'kvalitetsstandard.html'), 'utf8');
        const targets = [...html.matchAll(/href="kvalitetsstandard\.html#([^"]+)"/g)].map((match) => match[1]!);
        expect(targets.length).toBeGreaterThanOrEqual(5);
        for (const id of targets) expect(standard, id).toContain(`id="${id}"`);
        // In the PDF: the page where the standard's PDF has that heading.
        const outline = await readOutline(readFileSync(join(out, name, 'kvalitetsstandard.pdf')));
        // In content order (-raw), so a table cell's lines stay together.
        const printed = execFileSync('pdftotext', ['-raw', pdfFile, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
        const cited = [...printed.matchAll(/»([^«]+)«, side (\d+)/g)];
        expect(cited.length).toBeGreaterThanOrEqual(5);
        for (const [, heading, page] of cited) {
          if (heading === 'Forsiden') {
            expect(Number(page)).toBe(1);
            continue;
          }
          const pages = outline.filter((entry) => entry.title.replace(/^\d+\. /, '') === heading).map((entry) => entry.page);
          expect(pages, heading).toContain(Number(page));
        }
      });

      it('has a running header on every page, a table that fits A4, and symbols from no fallback font', async () => {
        const pages = pageCount(pdfFile);
        const kommune = source(name).kommune;
        for (let page = 1; page <= pages; page++)
          expect(pdfText(pdfFile, page), `page ${page}`).toContain(`${kommune} · Vurdering efter BEK genudstedt 2024 · ${danishDate(date)}`);
        const layout = await readLayout(readFileSync(pdfFile));
        for (const page of layout.pages) for (const line of page.lines) expect(line.right, line.text).toBeLessThanOrEqual(page.width - 45);
        const fonts = execFileSync('pdffonts', [pdfFile], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
        expect(fonts.length).toBeGreaterThan(0);
        for (const font of fonts) expect(font).toMatch(/IBMPlexSans/);
        expect(readFileSync(htmlFile, 'utf8')).not.toMatch(/[✓✗◐]/);
      });

      it('does not scroll sideways at 375 px and passes axe-core there', async () => {
        const html = readFileSync(htmlFile, 'utf8');
        expect(await axeViolations(browser, html, { width: 375, height: 800 })).toEqual([]);
      });
    });
  }

  it('marks an overdue revision as overdue, and not one that is still to come', { timeout: 60_000 }, () => {
    // Randers was approved 13 December 2021: overdue since 13 December 2023.
    const late = readFileSync(join(out, 'randers', 'compliance.html'), 'utf8');
    expect(visibleText(late)).toContain('Revisionen er overskredet: standarden skulle have været revideret senest 13. december 2023.');
    expect(late).toContain('<strong class="overskredet">Overskredet</strong>');
    const early = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-papers-early-'));
    expect(runCli(['build', 'randers', '--out', early, '--dato', '2023-01-02', '--uden-pdf', '--stille']).status).toBe(0);
    const timely = readFileSync(join(early, 'randers', 'compliance.html'), 'utf8');
    expect(timely).not.toContain('class="overskredet"');
    expect(visibleText(timely)).toContain('Senest godkendt eller revideret 13. december 2021; næste revision skal ske senest 13. december 2023.');
  });

  it('cites the standard’s pages also when only the annex is rebuilt (a new date), from the standard’s PDF of the last build', { timeout: 120_000 }, () => {
    const target = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-papers-pages-'));
    expect(runCli(['build', 'randers', '--out', target, '--dato', date, '--stille']).status).toBe(0);
    const standard = join(target, 'randers', 'kvalitetsstandard.pdf');
    const printed = statSync(standard).mtimeMs;
    const again = runCli(['build', 'randers', '--out', target, '--dato', '2026-12-01']);
    expect(again.status).toBe(0);
    // The standard was not printed again: its pages come from the PDF on disk.
    expect(statSync(standard).mtimeMs).toBe(printed);
    const annex = execFileSync('pdftotext', ['-raw', join(target, 'randers', 'compliance.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(annex).toContain('1. december 2026');
    expect(annex).toMatch(/»Hvem omfatter behandlingen\?«, side \d+\./);
    const first = execFileSync('pdftotext', ['-raw', join(out, 'randers', 'compliance.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const page = (text: string) => /»Hvem omfatter behandlingen\?«, side (\d+)/.exec(text)![1];
    expect(page(annex)).toBe(page(first));
  });

  it('has its own plain wording for every finding code the rules use', () => {
    const codes = new Set<string>();
    const fixtureDir = join(fixtures, 'rules');
    for (const file of execFileSync('find', [fixtureDir, '-name', '*.yml'], { encoding: 'utf8' }).split('\n').filter(Boolean)) {
      // Each fixture's `# forventet:` block names the codes of its messages.
      for (const match of readFileSync(file, 'utf8').matchAll(/^#\s+-\s+kode: (\S+)$/gm)) codes.add(match[1]!);
    }
    expect(codes.size).toBeGreaterThan(10);
    for (const code of codes) expect(hasAnnexWording(code as MessageCode), code).toBe(true);
  });
});

describe('print: what a typographer would sign', { timeout: 30_000 }, () => {
  for (const name of municipalityNames) {
    for (const kind of ['kvalitetsstandard', 'compliance'] as const) {
      it(`${name}/${kind}.pdf: no heading ends a page, and the last page is more than a line or two`, async () => {
        const layout = await readLayout(readFileSync(join(out, name, `${kind}.pdf`)));
        expect(layout.headings.length).toBeGreaterThanOrEqual(1);
        expect(strandedHeadings(layout).map((heading) => `${heading.title} (side ${heading.page})`)).toEqual([]);
        const last = layout.pages[layout.pages.length - 1]!;
        expect(last.lines.length).toBeGreaterThanOrEqual(3);
        expect(filled(last)).toBeGreaterThan(0.1);
      });
    }

    it(`${name}/kvalitetsstandard.pdf: no holes, every page of the text at least 70 % full`, async () => {
      const layout = await readLayout(readFileSync(join(out, name, 'kvalitetsstandard.pdf')));
      // The text starts after the cover and the contents (which ends its page on purpose).
      const contents = layout.headings.findIndex((heading) => heading.title === 'Indhold');
      const first = layout.headings[contents + 1]!.page;
      const holes = layout.pages.slice(first - 1, -1).filter((page) => filled(page) < 0.7);
      expect(holes.map((page) => `side ${page.number}: ${Math.round(filled(page) * 100)} %`)).toEqual([]);
    });

    it(`${name}/kvalitetsstandard.pdf: lines of about 65-80 characters, and the approval or a draft marking on the cover`, async () => {
      const pdfFile = join(out, name, 'kvalitetsstandard.pdf');
      const layout = await readLayout(readFileSync(pdfFile));
      const body = layout.pages.slice(2).flatMap((page) => page.lines);
      const widest = Math.max(...body.map((line) => line.right - line.left));
      const full = body
        .filter((line) => line.right - line.left > widest * 0.9)
        .map((line) => line.text.length)
        .sort((a, b) => a - b);
      const median = full[Math.floor(full.length / 2)]!;
      expect(median).toBeGreaterThanOrEqual(65);
      expect(median).toBeLessThanOrEqual(80);

      const document = source(name);
      const cover = pdfText(pdfFile, 1).replace(/\s+/g, ' ');
      const second = pdfText(pdfFile, 2);
      if (document.godkendelse?.length) {
        expect(cover).toContain(`Godkendt af ${document.godkendelse[0].organ} ${danishDate(document.godkendelse[0].dato)}`);
        expect(second).not.toContain('Udkast');
      } else {
        expect(cover).toContain('UDKAST – IKKE GODKENDT');
        expect(second).toContain('Udkast – ikke godkendt');
      }
    });
  }

  it('finds a stranded heading when there is one: a heading pushed to the foot of a page is caught', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-papers-stranded-'));
    const page = `<!doctype html><html lang="da"><head><meta charset="utf-8"><style>@page { size: A4; margin: 20mm; } body { font: 11pt sans-serif; } p { margin: 0; height: 232mm; } h2 { margin: 0; }</style></head>
<body><h1>Titel</h1><p>Tekst, der fylder næsten hele siden.</p><h2>Forladt overskrift</h2></body></html>`;
    writeFileSync(join(workspace, 'side.html'), page);
    const tab = await browser.newPage();
    await tab.goto(`file://${join(workspace, 'side.html')}`);
    const pdf = await tab.pdf({ format: 'a4', preferCSSPageSize: true, outline: true, tagged: true });
    await tab.close();
    const stranded = strandedHeadings(await readLayout(pdf));
    expect(stranded.map((heading) => heading.title)).toEqual(['Forladt overskrift']);
  });
});

describe('one site: pages that link to each other, and only what the document says', { timeout: 30_000 }, () => {
  for (const name of municipalityNames) {
    it(`${name}: the standard links to its PDF, its annex and the overview, and the annex links back`, () => {
      const standard = join(out, name, 'kvalitetsstandard.html');
      const annex = join(out, name, 'compliance.html');
      const fromStandard = localLinks(standard);
      const fromAnnex = localLinks(annex);
      for (const file of ['kvalitetsstandard.pdf', 'compliance.html']) expect(fromStandard).toContain(join(out, name, file));
      expect(fromStandard).toContain(join(out, 'index.html'));
      for (const file of ['kvalitetsstandard.html', 'compliance.pdf']) expect(fromAnnex).toContain(join(out, name, file));
      expect(fromAnnex).toContain(join(out, 'index.html'));
      for (const link of [...fromStandard, ...fromAnnex]) expect(existsSync(link), link).toBe(true);
      const overview = localLinks(join(out, 'index.html'));
      for (const file of ['kvalitetsstandard.html', 'compliance.html', 'kvalitetsstandard.pdf']) expect(overview).toContain(join(out, name, file));
    });

    it(`${name}: the footer gives the approval or draft, when last updated, and the legal basis the document states`, () => {
      const document = source(name);
      const html = readFileSync(join(out, name, 'kvalitetsstandard.html'), 'utf8');
      const footer = visibleText(/<footer class="sidefod">([\s\S]*?)<\/footer>/.exec(html)![1]!);
      const dates = [...(document.godkendelse ?? []).map((approval: { dato: string }) => approval.dato), document.revision?.senest_revideret]
        .filter(Boolean)
        .sort();
      if (document.godkendelse?.length) expect(footer).toContain(`Godkendt af ${document.godkendelse[0].organ}`);
      else expect(footer).toContain('Udkast – ikke godkendt.');
      if (dates.length > 0) expect(footer).toContain(`Sidst opdateret ${danishDate(dates[dates.length - 1])}.`);
      for (const basis of document.lovgrundlag ?? []) expect(footer.replace(/\s+/g, '')).toContain(basis.replace(/\s+/g, ''));
      // No fixed claim about which bekendtgørelse the document was written after.
      if (!(document.lovgrundlag ?? []).some((basis: string) => basis.includes('1477'))) expect(footer).not.toMatch(/1477|udarbejdet efter/);
    });
  }

  it('links to the other published pages only where they are published (not in the preview)', () => {
    const file = join(root, 'municipalities', 'randers.yml');
    expect(renderDocument(file, 'randers', source('randers'))).toContain('<nav class="udgivelse"');
    expect(renderDocument(file, 'randers', source('randers'), { site: false })).not.toContain('<nav class="udgivelse"');
  });

  it('puts a bare publication address in the footer, not as a chapter; text of its own makes it one', { timeout: 60_000 }, () => {
    const workspace = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-papers-site-'));
    cpSync(join(root, 'municipalities'), join(workspace, 'municipalities'), { recursive: true });
    const yaml = join(workspace, 'municipalities', 'randers.yml');
    const original = readFileSync(yaml, 'utf8');
    const url = 'https://www.randers.dk/kvalitetsstandarder';
    const extra = `offentliggoerelse:\n  url: ${url}\n`;
    writeFileSync(
      join(workspace, 'municipalities', 'logo.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#004b87"/></svg>',
    );
    const presentation = `  logo: logo.svg\n  tilgaengelighedserklaering: https://www.was.digst.dk/randers-dk\n  kontakt:\n    navn: Rusmiddelcentret\n    telefon: 89 15 00 00\n    email: rusmiddel@randers.dk\n`;
    writeFileSync(yaml, original.replace(/^praesentation:\n/m, `${extra}praesentation:\n${presentation}`));
    const target = join(workspace, 'out');
    const run = runCli(['build', 'randers', '--out', target, '--dato', date, '--uden-pdf', '--stille'], { cwd: workspace });
    expect(run.stderr).toBe('');
    const html = readFileSync(join(target, 'randers', 'kvalitetsstandard.html'), 'utf8');
    expect(html).not.toContain('id="afsnit-offentliggoerelse"');
    expect(html).toMatch(
      /<header class="forside" id="forside">\s*<p class="forside-kommune"><img class="logo" src="data:image\/svg\+xml;base64,[^"]+" alt="Randers Kommune">/,
    );
    expect(html).not.toMatch(/<a href="#afsnit-offentliggoerelse"/);
    const footer = /<footer class="sidefod">([\s\S]*?)<\/footer>/.exec(html)![1]!;
    expect(footer).toContain(`<p>Standarden er offentliggjort på <a href="${url}">${url}</a>.</p>`);
    expect(html).toContain(`<dt>Offentliggjort</dt><dd><a href="${url}">${url}</a></dd>`);
    expect(html).toContain('<dt>Kontakt</dt><dd>Rusmiddelcentret, telefon <a href="tel:89150000">89\u00a015\u00a000\u00a000</a>');
    expect(footer).toContain('<a href="https://www.was.digst.dk/randers-dk">Tilgængelighedserklæring</a>');
    expect(footer).toContain(
      'Kontakt: Rusmiddelcentret, telefon <a href="tel:89150000">89\u00a015\u00a000\u00a000</a>, <a href="mailto:rusmiddel@randers.dk">rusmiddel@randers.dk</a>.',
    );
    const annex = readFileSync(join(target, 'randers', 'compliance.html'), 'utf8');
    // The annex points at the cover, where the address stands.
    expect(annex).toMatch(
      /Offentliggørelse på internettet[\s\S]*?Beskrevet i afsnittet »<a class="skaerm" href="kvalitetsstandard.html#forside">Forsiden<\/a>/,
    );
    expect(annex).toContain('Tilgængelighedserklæring');

    // Revision dates alone are facts for the cover and footer too, not a chapter of the regulation's title.
    writeFileSync(yaml, original.replace(/^praesentation:\n/m, `revision:\n  senest_revideret: 2025-06-16\n  naeste_revision: 2027-06\npraesentation:\n`));
    expect(runCli(['build', 'randers', '--out', target, '--dato', date, '--uden-pdf', '--stille'], { cwd: workspace }).status).toBe(0);
    const dated = readFileSync(join(target, 'randers', 'kvalitetsstandard.html'), 'utf8');
    expect(dated).not.toContain('id="afsnit-revision"');
    expect(dated).toContain('<dt>Sidst opdateret</dt><dd>16.\u00a0juni\u00a02025</dd>');
    expect(dated).toContain('<dt>Næste revision</dt><dd>juni\u00a02027</dd>');
    expect(visibleText(/<footer class="sidefod">([\s\S]*?)<\/footer>/.exec(dated)![1]!)).toContain('Sidst opdateret 16. juni 2025. Næste revision: juni 2027.');

    writeFileSync(
      yaml,
      original.replace(
        /^praesentation:\n/m,
        `offentliggoerelse:\n  overskrift: Her finder du standarden\n  tekst: Standarden ligger på kommunens hjemmeside.\n  url: ${url}\npraesentation:\n`,
      ),
    );
    expect(runCli(['build', 'randers', '--out', target, '--dato', date, '--uden-pdf', '--stille'], { cwd: workspace }).status).toBe(0);
    const withText = readFileSync(join(target, 'randers', 'kvalitetsstandard.html'), 'utf8');
    expect(withText).toContain('<a href="#afsnit-offentliggoerelse"><span class="toc-tekst">Her finder du standarden</span>');
    expect(withText).toContain(`Standarden findes på <a href="${url}">${url}</a>.`);
  });

  it('marks overdue revisions in the overview, and not those still to come', { timeout: 60_000 }, () => {
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).toContain('<strong class="overskredet">13. december 2023: overskredet</strong>');
    const early = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-papers-overview-'));
    expect(runCli(['build', '--out', early, '--dato', '2023-01-02', '--uden-pdf', '--stille']).status).toBe(0);
    const before = readFileSync(join(early, 'index.html'), 'utf8');
    // Randers' is still to come; Fredericia's (revised 2016) was overdue already.
    expect(before).toContain('13. december 2023</td>');
    expect(before).not.toContain('13. december 2023: overskredet');
    expect(before).toContain('<strong class="overskredet">31. december 2018: overskredet</strong>');
  });

  it('never scrolls sideways at 375 px, and its focus indicator has at least 3:1 contrast', async () => {
    const pages = ['index.html', ...municipalityNames.flatMap((name) => [`${name}/kvalitetsstandard.html`, `${name}/compliance.html`])];
    for (const path of pages) {
      const page = await browser.newPage();
      try {
        await page.setViewport({ width: 375, height: 800 });
        await page.goto(`file://${join(out, path)}`);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width, path).toBeLessThanOrEqual(375);
        // A caption spans its folded table, not a narrow column of one word per line.
        const captions = await page.evaluate(() => [...document.querySelectorAll('caption')].map((caption) => caption.getBoundingClientRect().width));
        for (const captionWidth of captions) expect(captionWidth, path).toBeGreaterThan(300);
        // Keyboard focus on the first link, as a keyboard user would reach it.
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement;
          const style = getComputedStyle(element);
          // A transparent body shows the browser's white.
          const body = getComputedStyle(document.body).backgroundColor;
          const background = body === 'rgba(0, 0, 0, 0)' ? 'rgb(255, 255, 255)' : body;
          return { tag: element.tagName, outline: style.outlineStyle, width: parseFloat(style.outlineWidth), color: style.outlineColor, background };
        });
        expect(focus.tag, path).toBe('A');
        expect(focus.outline, path).not.toBe('none');
        expect(focus.width, path).toBeGreaterThanOrEqual(2);
        expect(contrast(focus.color, focus.background), path).toBeGreaterThanOrEqual(3);
      } finally {
        await page.close();
      }
    }
  }, 60_000);
});

/** WCAG contrast ratio of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = (color.match(/\d+(\.\d+)?/g) ?? ['255', '255', '255']).slice(0, 3).map((value) => {
      const channel = Number(value) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
