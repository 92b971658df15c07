/**
 * `kvalitetsstandard build` end to end: the five real municipalities into a temporary
 * out/, then the HTML checked in Chromium (structure, anchors, axe-core) and the PDFs
 * read back (pages, running header and footer, bookmarks, metadata).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer';
import { parse } from 'yaml';
import { writeSyntheticMunicipalities } from '../bench/synthetic.js';
import { launchBrowser } from '../src/browser.js';
import { readOutline } from './pdf.js';
import { axeViolations } from './axe.js';
import { municipalityNames, root, runCli, stackTrace } from './helpers.js';

const out = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-out-'));
const date = '2026-11-23';
let browser: Browser;
let firstBuild: ReturnType<typeof runCli>;
const buildTime = { started: 0, ended: 0 };

const pdfText = (file: string, page: number) => execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', file, '-'], { encoding: 'utf8' });
const pdfInfo = (file: string) =>
  Object.fromEntries(
    execFileSync('pdfinfo', [file], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]),
  );

beforeAll(async () => {
  buildTime.started = Date.now();
  firstBuild = runCli(['build', '--out', out, '--dato', date]);
  buildTime.ended = Date.now();
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

describe('build: the five municipalities', () => {
  it('reports each and writes every file', () => {
    expect(firstBuild.stderr).toBe('');
    expect(firstBuild.status).toBe(0);
    for (const name of municipalityNames) {
      expect(firstBuild.stdout).toMatch(new RegExp(`^✓ ${name}: HTML, PDF og compliance-rapport på [\\d,]+ m?s$`, 'm'));
      for (const file of ['kvalitetsstandard.html', 'kvalitetsstandard.pdf', 'compliance.html', 'compliance.json', 'compliance.pdf']) {
        expect(statSync(join(out, name, file)).size, `${name}/${file}`).toBeGreaterThan(1000);
      }
    }
    expect(firstBuild.stdout).toMatch(new RegExp(`Bygget 5 af 5 kommuner til ${out}/ på [\\d,]+ m?s\\. Oversigten: ${out}/index.html`));
  });

  it('gives byte-identical HTML when built again', { timeout: 120_000 }, () => {
    const again = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-again-'));
    expect(runCli(['build', '--out', again, '--dato', date, '--uden-pdf', '--stille']).status).toBe(0);
    for (const name of municipalityNames) {
      for (const file of ['kvalitetsstandard.html', 'compliance.html', 'compliance.json']) {
        expect(readFileSync(join(again, name, file)).equals(readFileSync(join(out, name, file))), `${name}/${file}`).toBe(true);
      }
    }
  });

  for (const name of municipalityNames) {
    describe(name, () => {
      const htmlFile = join(out, name, 'kvalitetsstandard.html');
      const pdfFile = join(out, name, 'kvalitetsstandard.pdf');
      const source = parse(readFileSync(join(root, 'municipalities', `${name}.yml`), 'utf8'));

      it('is a self-contained page: lang="da", one h1, headings in order, no script and nothing loaded from outside', async () => {
        const html = readFileSync(htmlFile, 'utf8');
        expect(html).toMatch(/^<!doctype html>\n<html lang="da">/);
        expect(html).not.toMatch(/<script|<link |<img[^>]+src="(?!data:)|<iframe|url\((?!data:)/i);
        const page = await browser.newPage();
        try {
          await page.setJavaScriptEnabled(false);
          const requests: string[] = [];
          await page.setRequestInterception(true);
          page.on('request', (request) => {
            requests.push(request.url());
            void request.continue();
          });
          await page.goto(`file://${htmlFile}`, { waitUntil: 'load' });
          const structure = await page.evaluate(() => ({
            h1: document.querySelectorAll('h1').length,
            levels: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => Number(heading.tagName[1])),
            brokenAnchors: [...document.querySelectorAll('a[href^="#"]')]
              .map((a) => a.getAttribute('href')!.slice(1))
              .filter((id) => !document.getElementById(id)),
            tocTargets: [...document.querySelectorAll('nav a')].length,
            landmarks: ['header', 'nav', 'main', 'footer'].filter((tag) => document.querySelector(tag)),
            chapters: [...document.querySelectorAll('main > .afsnit')].map((section) => section.id.replace(/^afsnit-/, '')),
          }));
          expect(structure.h1).toBe(1);
          structure.levels.forEach((level, index) => index === 0 || expect(level).toBeLessThanOrEqual(structure.levels[index - 1]! + 1));
          expect(structure.brokenAnchors).toEqual([]);
          expect(structure.tocTargets).toBeGreaterThan(5);
          expect(structure.landmarks).toEqual(['header', 'nav', 'main', 'footer']);
          const configured = (source.praesentation?.raekkefoelge ?? []).map((entry: string | string[]) => (Array.isArray(entry) ? entry[0] : entry));
          expect(structure.chapters).toEqual(configured);
          expect(requests.every((url) => url === `file://${htmlFile}` || url.startsWith('data:'))).toBe(true);
        } finally {
          await page.close();
        }
      });

      it('passes axe-core (WCAG 2.1 AA): the standard on a wide and a narrow screen, and its compliance report', async () => {
        const html = readFileSync(htmlFile, 'utf8');
        expect(await axeViolations(browser, html)).toEqual([]);
        expect(await axeViolations(browser, html, { width: 375, height: 800 })).toEqual([]);
        expect(await axeViolations(browser, readFileSync(join(out, name, 'compliance.html'), 'utf8'))).toEqual([]);
      });

      it('prints to A4 with a cover, a running header, »Side X af Y«, bookmarks named after the headings, and metadata', async () => {
        const info = pdfInfo(pdfFile);
        const pages = Number(info.Pages);
        expect(pages).toBeGreaterThan(4);
        expect(info['Page size']).toMatch(/^59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)$/);
        expect(info.Title).toBe(`${source.titel} – ${source.kommune}`);
        expect(info.Author).toBe(source.kommune);
        expect(info.Subject).toBe('Kvalitetsstandard for social behandling for stofmisbrug efter serviceloven § 101');
        expect(info.Tagged).toBe('yes');
        // Dated by the build; the approval has fields of its own in the XMP (test/pdf-ua.test.ts).
        const created = new Date(info.CreationDate!).getTime();
        expect(created).toBeGreaterThanOrEqual(Math.floor(buildTime.started / 1000) * 1000);
        expect(created).toBeLessThanOrEqual(buildTime.ended);
        expect(readFileSync(pdfFile, 'latin1')).toContain('/Lang (da)');

        const cover = pdfText(pdfFile, 1);
        expect(cover).toContain(source.kommune);
        expect(cover).not.toContain('Side 1 af');
        const second = pdfText(pdfFile, 2);
        expect(second).toContain(`${source.kommune} · ${source.titel}`.slice(0, 60));
        expect(second).toMatch(new RegExp(`Side 2 af ${pages}\\s*$`));
        expect(second).toContain('Indhold');

        const page = await browser.newPage();
        await page.setJavaScriptEnabled(false);
        await page.goto(`file://${htmlFile}`);
        const headings = await page.$$eval('h1, h2, h3, h4, h5, h6', (elements) =>
          elements.map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim()),
        );
        const tocPages = await page.$$eval('[data-side]', (elements) => elements.map((element) => element.getAttribute('data-side')));
        await page.close();
        const outline = await readOutline(readFileSync(pdfFile));
        expect(outline.map((entry) => entry.title)).toEqual(headings);
        expect(outline.every((entry) => entry.page >= 1 && entry.page <= pages)).toBe(true);
        expect(tocPages.length).toBeGreaterThan(5);
        // The printed contents give each heading the page its bookmark points at.
        const contents = pdfText(pdfFile, 2) + (pages > 2 ? pdfText(pdfFile, 3) : '');
        const firstChapter = outline.find((entry) => entry.depth === 1 && entry.title !== 'Indhold')!;
        expect(contents).toMatch(new RegExp(`${firstChapter.title.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*\\s${firstChapter.page}\\n`));
      });
    });
  }

  it('writes an overview of all municipalities side by side that passes axe-core', async () => {
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    for (const name of municipalityNames) expect(html).toContain(`<a href="${name}/kvalitetsstandard.html">`);
    expect(html).toContain('<td><span class="etiket">Godkendt: </span>20. november 2023</td>');
    expect(html.match(/<tr><th scope="row">§/g)).toHaveLength(25);
    expect(await axeViolations(browser, html)).toEqual([]);
    expect(await axeViolations(browser, html, { width: 375, height: 800 })).toEqual([]);
  });
});

describe('build: incremental', () => {
  const mtimes = (dir: string) =>
    Object.fromEntries(
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((name) => statSync(join(dir, name)).isFile())
        .map((name) => [name, statSync(join(dir, name)).mtimeMs]),
    );

  it('rewrites no file when nothing changed, and only the changed municipality’s when one did', { timeout: 120_000 }, () => {
    const workspace = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-incremental-'));
    cpSync(join(root, 'municipalities'), join(workspace, 'municipalities'), { recursive: true });
    // Saved an hour ago, as files are between builds: a file saved just before a build is read once more by the next (test/build-stamps.test.ts).
    const anHourAgo = new Date(Date.now() - 3_600_000);
    for (const name of municipalityNames) utimesSync(join(workspace, 'municipalities', `${name}.yml`), anHourAgo, anHourAgo);
    const target = join(workspace, 'out');
    const build = () => runCli(['build', '--out', target, '--dato', date, '--uden-pdf'], { cwd: workspace });
    expect(build().status).toBe(0);
    const before = mtimes(target);

    const unchanged = build();
    expect(unchanged.status).toBe(0);
    for (const name of municipalityNames) expect(unchanged.stdout).toContain(`= ${name}: uændret siden sidste build`);
    expect(unchanged.stdout).toContain('Bygget 0 af 5 kommuner');
    expect(mtimes(target)).toEqual(before);

    const yaml = join(workspace, 'municipalities', 'holstebro.yml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('Ved kommunalreformen', 'Ved kommunalreformen i 2007'));
    const one = build();
    expect(one.stdout).toContain('✓ holstebro: HTML og compliance-rapport');
    expect(one.stdout).toContain('Bygget 1 af 5 kommuner');
    const after = mtimes(target);
    const rewritten = Object.keys(after)
      .filter((name) => after[name] !== before[name])
      .sort();
    expect(rewritten.filter((name) => !name.startsWith('holstebro/') && name !== '.kvalitetsstandard-cache.json')).toEqual([]);
    expect(rewritten).toContain('holstebro/kvalitetsstandard.html');
    expect(readFileSync(join(target, 'holstebro', 'kvalitetsstandard.html'), 'utf8')).toContain('Ved kommunalreformen i 2007');
  });

  it('makes the PDFs that an HTML-only build left out, and rebuilds everything with --fuld', { timeout: 120_000 }, () => {
    const target = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-pdf-later-'));
    expect(runCli(['build', 'broenderslev', '--out', target, '--dato', date, '--uden-pdf']).status).toBe(0);
    expect(existsSync(join(target, 'broenderslev', 'kvalitetsstandard.pdf'))).toBe(false);
    const withPdf = runCli(['build', 'broenderslev', '--out', target, '--dato', date]);
    expect(withPdf.stdout).toContain('✓ broenderslev: HTML, PDF og compliance-rapport');
    expect(existsSync(join(target, 'broenderslev', 'kvalitetsstandard.pdf'))).toBe(true);
    expect(runCli(['build', 'broenderslev', '--out', target, '--dato', date]).stdout).toContain('= broenderslev: uændret');
    expect(runCli(['build', 'broenderslev', '--out', target, '--dato', date, '--fuld', '--uden-pdf']).stdout).toContain(
      '✓ broenderslev: HTML og compliance-rapport',
    );
  });
});

describe('build: many municipalities', () => {
  it('spreads a large build over worker threads with the same output as a single-threaded one', { timeout: 120_000 }, () => {
    const workspace = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-many-'));
    writeSyntheticMunicipalities(join(workspace, 'municipalities'), 40);
    const parallel = runCli(['build', '--out', join(workspace, 'out'), '--dato', date, '--uden-pdf'], { cwd: workspace });
    expect(parallel.status).toBe(0);
    expect(parallel.stdout).toContain('Bygget 40 af 40 kommuner');
    const single = runCli(['build', 'syntetisk-0017', '--out', join(workspace, 'alene'), '--dato', date, '--uden-pdf', '--stille'], { cwd: workspace });
    expect(single.status).toBe(0);
    for (const file of ['kvalitetsstandard.html', 'compliance.json']) {
      expect(readFileSync(join(workspace, 'out', 'syntetisk-0017', file)).equals(readFileSync(join(workspace, 'alene', 'syntetisk-0017', file)))).toBe(true);
    }
  });
});

describe('build: when something is wrong', () => {
  it('reports a broken municipality, builds the others and keeps the broken one’s previous output', { timeout: 120_000 }, () => {
    const workspace = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-broken-'));
    cpSync(join(root, 'municipalities'), join(workspace, 'municipalities'), { recursive: true });
    const target = join(workspace, 'out');
    expect(runCli(['build', '--out', target, '--dato', date, '--uden-pdf', '--stille'], { cwd: workspace }).status).toBe(0);
    const previous = readFileSync(join(target, 'randers', 'kvalitetsstandard.html'));
    const yaml = join(workspace, 'municipalities', 'randers.yml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('\nmaalgruppe:', '\nmaalgrupe:'));
    const run = runCli(['build', '--out', target, '--dato', date, '--uden-pdf'], { cwd: workspace });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('randers: filen er ugyldig og er ikke bygget; den forrige udgave');
    expect(run.stderr).toMatch(/municipalities\/randers\.yml:\d+:1 {2}fejl {2}Ukendt felt »maalgrupe«\. Mente du »maalgruppe«\?/);
    expect(run.stderr).not.toMatch(stackTrace);
    expect(run.stdout).toMatch(/Bygget 0 af 5 kommuner til .+ \(4 uændrede\); 1 fejlede\./);
    expect(readFileSync(join(target, 'randers', 'kvalitetsstandard.html')).equals(previous)).toBe(true);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toContain('Filen er ugyldig og er ikke bygget');
  });

  it('names a previous version only where there is one: not on a first build into an empty or new folder', { timeout: 120_000 }, () => {
    const workspace = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-foerste-'));
    cpSync(join(root, 'municipalities', 'holstebro.yml'), join(workspace, 'municipalities', 'holstebro.yml'));
    writeFileSync(join(workspace, 'municipalities', 'dupkeys.yml'), 'kommune: Testby Kommune\ntitel: Kvalitetsstandard\ntitel: Igen\n');
    mkdirSync(join(workspace, 'out1'));
    // A folder for the kommune that holds none of its outputs (a killed build's, or someone's notes) is no previous version either.
    mkdirSync(join(workspace, 'out3', 'dupkeys'), { recursive: true });
    writeFileSync(join(workspace, 'out3', 'dupkeys', 'noter.txt'), 'mine noter');
    for (const out of ['out1', 'out2', 'out3']) {
      const run = runCli(['build', '--out', out, '--dato', date, '--uden-pdf', '--stille'], { cwd: workspace });
      expect(run.status, out).toBe(1);
      expect(run.stderr).toContain('dupkeys: filen er ugyldig og er ikke bygget. Ret fejlene herunder.');
      expect(run.stderr).not.toContain('forrige udgave');
    }
    // Once built, a broken file keeps the version built before and says where it is.
    writeFileSync(join(workspace, 'municipalities', 'dupkeys.yml'), readFileSync(join(workspace, 'municipalities', 'holstebro.yml'), 'utf8'));
    expect(runCli(['build', '--out', 'out1', '--dato', date, '--uden-pdf', '--stille'], { cwd: workspace }).status).toBe(0);
    writeFileSync(join(workspace, 'municipalities', 'dupkeys.yml'), 'kommune: Testby Kommune\ntitel: Kvalitetsstandard\ntitel: Igen\n');
    const again = runCli(['build', '--out', 'out1', '--dato', date, '--uden-pdf', '--stille'], { cwd: workspace });
    expect(again.stderr).toContain('dupkeys: filen er ugyldig og er ikke bygget; den forrige udgave i out1/dupkeys/ er bevaret. Ret fejlene herunder.');
  });

  it('says a file that could not be read was not read, not that it is invalid, and builds the rest', { timeout: 120_000 }, () => {
    const workspace = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-ulaeselig-'));
    cpSync(join(root, 'municipalities', 'holstebro.yml'), join(workspace, 'municipalities', 'holstebro.yml'));
    // A folder where a file should be, and a name misspelt on the command line.
    mkdirSync(join(workspace, 'municipalities', 'mappe.yml'));
    const run = runCli(['build', 'holstebro', 'mappe', 'holstbro', '--dato', date, '--uden-pdf'], { cwd: workspace });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('mappe: filen kunne ikke læses og er ikke bygget. Ret fejlene herunder.');
    expect(run.stderr).toContain('holstbro: filen kunne ikke læses og er ikke bygget. Ret fejlene herunder.');
    expect(run.stderr).toContain('Mente du »holstebro«?');
    expect(run.stderr).not.toContain('ugyldig');
    expect(run.stdout).toMatch(/Bygget 1 af 3 kommuner/);
  });

  it('says in Danish when the output folder cannot be written', () => {
    const run = runCli(['build', 'randers', '--out', '/dev/null/ud', '--uden-pdf']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Mappen »/dev/null/ud« kan ikke oprettes eller skrives i (en del af stien er en fil, ikke en mappe (ENOTDIR)).');
    expect(run.stderr).not.toMatch(stackTrace);
  });

  it('says in Danish how to install Chromium when it is missing, and still builds the HTML', () => {
    const target = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-nochrome-'));
    const run = runCli(['build', 'randers', '--out', target, '--dato', date], { env: { PUPPETEER_EXECUTABLE_PATH: '/findes/ikke/chromium' } });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Chromium kunne ikke startes, så der er ikke lavet PDF'er (HTML er bygget). Installér det med »apt-get install chromium«");
    expect(run.stderr).not.toMatch(stackTrace);
    expect(existsSync(join(target, 'randers', 'kvalitetsstandard.html'))).toBe(true);
    expect(existsSync(join(target, 'randers', 'kvalitetsstandard.pdf'))).toBe(false);
  });
});
