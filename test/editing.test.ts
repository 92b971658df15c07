/** The editing loop: `ny` for a new municipality and `preview` in Chromium. */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './axe.js';
import { root, runCli, stackTrace } from './helpers.js';

describe('kvalitetsstandard ny', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-ny-'));

  it('creates a valid file with every requirement as a placeholder, which check lists as missing', () => {
    const run = runCli(['ny', 'Ærø'], { cwd: workspace });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Oprettede municipalities/aeroe.yml for Ærø Kommune.');
    const file = join(workspace, 'municipalities', 'aeroe.yml');
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/kvalitetsstandard.schema.json');
    expect(text).toContain('kommune: Ærø Kommune');
    expect(text).toContain('# gavekort:');
    expect(runCli(['validate', 'aeroe'], { cwd: workspace }).status).toBe(0);
    // Each section cites the law as `check` will cite it today: the regulation in force now.
    const [today] = JSON.parse(runCli(['check', 'aeroe', '--format', 'json'], { cwd: workspace }).stdout);
    for (const krav of today.krav as { id: string; titel: string; lovhenvisning: string }[]) {
      if (krav.id !== '§4.1.15' && krav.id !== '§4.1.2') continue;
      expect(text).toContain(`# ${krav.lovhenvisning}: ${krav.titel}`);
    }
    expect(text).toContain(`svarer til et krav i ${today.regelsaet_brugt.navn} (${today.regelsaet}).`);

    const [report] = JSON.parse(runCli(['check', 'aeroe', '--dato', '2026-11-23', '--format', 'json'], { cwd: workspace }).stdout);
    const statuses = Object.fromEntries(report.krav.map((krav: { id: string; status: string }) => [krav.id, krav.status]));
    // Every placeholder is missing; revision cannot be judged until an approval date is filled in (§6.1's rule).
    for (const [id, status] of Object.entries(statuses)) expect(status, id).toBe(id === '§6.1' ? 'kan ikke vurderes' : 'mangler');
    expect(Object.keys(statuses)).toHaveLength(25);
  });

  it('gives names with æ, ø, å and spaces a safe file name', () => {
    expect(runCli(['ny', 'Høje-Taastrup Kommune'], { cwd: workspace }).stdout).toContain('municipalities/hoeje-taastrup.yml for Høje-Taastrup Kommune');
    expect(runCli(['ny', 'Lolland Å Strand'], { cwd: workspace }).stdout).toContain('municipalities/lolland-aa-strand.yml');
  });

  it('refuses to overwrite an existing file', () => {
    const file = join(workspace, 'municipalities', 'aeroe.yml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}# mine noter\n`);
    const before = readFileSync(file, 'utf8');
    const run = runCli(['ny', 'Ærø'], { cwd: workspace });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('»municipalities/aeroe.yml« findes allerede og er ikke ændret.');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('asks for a name', () => {
    const run = runCli(['ny'], { cwd: workspace });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Skriv kommunens navn, fx »kvalitetsstandard ny Ærø«.');
  });
});

describe('kvalitetsstandard preview', () => {
  const browser = useBrowser();

  it('serves the standard with its compliance panel, reloads on save, shows errors over the last good page and stops on Ctrl-C', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-preview-'));
    cpSync(join(root, 'municipalities', 'randers.yml'), join(workspace, 'municipalities', 'randers.yml'));
    const yaml = join(workspace, 'municipalities', 'randers.yml');
    const original = readFileSync(yaml, 'utf8');
    const server = spawn(process.execPath, [join(root, 'dist', 'cli.js'), 'preview', 'randers', '--port', '0'], {
      cwd: workspace,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let output = '';
    server.stdout.on('data', (chunk) => (output += chunk));
    server.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => server.on('exit', resolve));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL in: ${output}`)), 10_000);
        server.stdout.on('data', () => {
          const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
          if (match) {
            clearTimeout(timer);
            resolve(match[0]);
          }
        });
      });
      expect(output).toContain('Forhåndsvisning af randers: http://127.0.0.1:');

      const page = await browser().newPage();
      await page.goto(url, { waitUntil: 'load' });
      expect(await page.$eval('h1', (h1) => h1.textContent)).toBe('Kvalitetsstandard for social behandling for stofmisbrug');
      expect(await page.$eval('.forhaandsvisning summary', (summary) => summary.textContent)).toMatch(/^Compliance pr\. \d{4}-\d{2}-\d{2}: \d+ opfyldt/);

      // The panel starts folded to its summary line: the text stays readable.
      const panel = () =>
        page.evaluate(() => ({
          open: document.querySelector<HTMLDetailsElement>('.forhaandsvisning details')?.open,
          share: (document.querySelector('.forhaandsvisning')?.getBoundingClientRect().height ?? 0) / window.innerHeight,
          text: document.querySelector('.forhaandsvisning')?.textContent ?? '',
        }));
      expect(await panel()).toMatchObject({ open: false });
      expect((await panel()).share).toBeLessThan(0.12);
      // Opened, it stays open over a reload, and takes at most a third of the window; it quotes in »…« only.
      await page.click('.forhaandsvisning summary');
      expect((await panel()).share).toBeLessThanOrEqual(0.34);
      expect((await panel()).text).not.toMatch(/[“”„]/);

      // A save: the page reloads itself with the new text within a second or two.
      writeFileSync(yaml, original.replace('Randers Kommune tilbyder social behandling', 'Randers Kommune tilbyder NU social behandling'));
      await page.waitForFunction(() => document.body.textContent?.includes('Randers Kommune tilbyder NU social behandling'), { timeout: 5000 });
      expect(await panel()).toMatchObject({ open: true });
      await page.click('.forhaandsvisning summary');

      // An invalid save while reading far down the page: the Danish message with its line, in view, over the last good rendering.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      writeFileSync(yaml, original.replace('\nmaalgruppe:', '\nmaalgrupe:'));
      await page.waitForSelector('[role="alert"]', { timeout: 5000 });
      const alert = await page.$eval('[role="alert"]', (element) => element.textContent ?? '');
      expect(alert).toMatch(/Linje \d+, kolonne 1: Ukendt felt »maalgrupe«\. Mente du »maalgruppe«\?/);
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
      const banner = await page.$eval('[role="alert"]', (element) => element.getBoundingClientRect().toJSON());
      expect(banner.top).toBeGreaterThanOrEqual(0);
      expect(banner.bottom).toBeLessThanOrEqual(await page.evaluate(() => window.innerHeight));
      expect(await page.evaluate(() => document.body.textContent?.includes('Randers Kommune tilbyder NU social behandling'))).toBe(true);
      // The panel says why it has no status; the fold chosen before the error is kept.
      expect((await panel()).text).toContain('Ingen compliance-status lige nu: filen har en fejl, og en fil med fejl kan ikke vurderes');
      writeFileSync(yaml, original);
      await page.waitForFunction(() => !document.querySelector('[role="alert"]'), { timeout: 5000 });
      expect(await panel()).toMatchObject({ open: false });
      await page.close();
    } finally {
      server.kill('SIGINT');
    }
    expect(await exited).toBe(0);
    expect(output).toContain('Forhåndsvisningen er stoppet.');
    expect(output).not.toMatch(stackTrace);
  });

  it('explains a taken port and a missing municipality in Danish', () => {
    const missing = runCli(['preview', 'findes-ikke']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('»findes-ikke« findes ikke.');
    expect(runCli(['preview', 'randers', '--port', 'abc']).stderr).toContain('»abc« er ikke et portnummer.');
  });
});

describe('the template of ny, for each regulation', () => {
  it('cites the regulation it is made for, and takes its legal values from it', async () => {
    const { newMunicipalityYaml } = await import('../src/commands/new.js');
    const { builtInRegulations, fullCitation, findRequirement, numberParameter } = await import('../src/regulations/index.js');
    const withRequirements = builtInRegulations.filter((regulation) => regulation.requirements.length > 0);
    expect(withRequirements.length).toBeGreaterThan(1);
    for (const regulation of withRequirements) {
      const text = newMunicipalityYaml('Ærø Kommune', 'aeroe', regulation);
      const guarantee = findRequirement(regulation, '§4.1.6');
      expect(text, regulation.id).toContain(`# ${fullCitation(regulation, guarantee)}: ${guarantee.title}`);
      expect(text, regulation.id).toContain(`#   frist_dage: ${numberParameter(guarantee, 'frist_dage')}`);
      for (const other of withRequirements.filter((each) => each !== regulation)) {
        expect(text, `${regulation.id} cites ${other.id}`).not.toContain(`# ${fullCitation(other, guarantee)}:`);
      }
    }
  });
});
