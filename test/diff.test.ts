/** `kvalitetsstandard diff`: what changed since the approved version, from git or a file. */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer';
import { launchBrowser } from '../src/browser.js';
import { axeViolations } from './axe.js';
import { root, runCli, stackTrace } from './helpers.js';

const workspace = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-diff-'));
const yaml = join(workspace, 'municipalities', 'randers.yml');
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', ...args], { cwd: workspace, stdio: 'pipe' });
let browser: Browser;

beforeAll(async () => {
  cpSync(join(root, 'municipalities', 'randers.yml'), yaml);
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'Godkendt af byrådet');
  git('tag', 'godkendt-2021');
  const approved = readFileSync(yaml, 'utf8');
  writeFileSync(
    yaml,
    approved
      .replace('frist_dage: 14', 'frist_dage: 10')
      .replace('udskrivningsstatusser: [faerdigbehandlet, andet_tilbud, hospital, anden_aarsag]', 'udskrivningsstatusser: [faerdigbehandlet, hospital]')
      .replace('Randers Kommune tilbyder social behandling', 'Randers Kommune tilbyder gratis social behandling')
      .replace(
        '\nhjemmeboende_boern:',
        '\nfremtidig_indsats:\n  overskrift: Hvad vil vi arbejde med fremover?\n  tekst: I 2027 åbner vi et tilbud til unge under 25 år.\n\nhjemmeboende_boern:',
      ),
  );
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('kvalitetsstandard diff', () => {
  it('shows changed text word by word, changed figures and compliance moves since a git version', { timeout: 60_000 }, async () => {
    const run = runCli(['diff', 'randers', '--fra', 'godkendt-2021', '--dato', '2026-11-23', '--uden-pdf'], { cwd: workspace });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Ændringer i Randers Kommune siden den godkendte udgave af 13. december 2021');
    expect(run.stdout).toContain('(municipalities/randers.yml og godkendt-2021)');
    expect(run.stdout).toContain('  + Hvad vil vi arbejde med fremover? (nyt afsnit)');
    expect(run.stdout).toContain('  ~ Hvad er formålet med den behandling, som jeg modtager? (ændret)');
    expect(run.stdout).toContain('Randers Kommune tilbyder {+gratis +}social behandling');
    expect(run.stdout).toContain('  Behandlingsgaranti (dage): 14 → 10');
    expect(run.stdout).toContain('  §4.5 Den fremtidige indsats: mangler → opfyldt');
    // A field the standard does not print: named by the schema, its values by the law's words.
    expect(run.stdout).toContain('Felter, som ikke står i den trykte tekst');
    expect(run.stdout).toContain(
      '  Opfølgning efter afsluttet behandling › Udskrivningsstatusser: færdigbehandlet, andet tilbud, hospital, anden årsag → færdigbehandlet, hospital',
    );
    const page = readFileSync(join(workspace, 'out', 'randers', 'aendringer.html'), 'utf8');
    expect(page).toContain('<h1>Ændringer siden seneste godkendelse: Randers Kommune</h1>');
    expect(page).toContain('<ins><span class="sr-only">tilføjet: </span>gratis </ins>');
    expect(page).toContain('<tr><th scope="row">Behandlingsgaranti (dage)</th><td>14</td><td>10</td></tr>');
    // Named as the council knows the versions; no git words, paths or Markdown.
    expect(page).toContain('den nye udgave, som endnu ikke er godkendt, sammenlignet med den godkendte udgave af 13. december 2021');
    expect(page).not.toMatch(/godkendt-2021|HEAD|municipalities\/|\.yml|\*\*|###/);
    expect(await axeViolations(browser, page)).toEqual([]);
    // On a phone the tables fold their long words instead of scrolling sideways.
    const tab = await browser.newPage();
    try {
      await tab.setViewport({ width: 375, height: 800 });
      await tab.goto(`file://${join(workspace, 'out', 'randers', 'aendringer.html')}`);
      expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    } finally {
      await tab.close();
    }
  });

  it('compares with a file too, and prints the PDF for the agenda', { timeout: 60_000 }, () => {
    const approved = join(workspace, 'godkendt.yml');
    writeFileSync(approved, execFileSync('git', ['show', 'godkendt-2021:municipalities/randers.yml'], { cwd: workspace }));
    const run = runCli(['diff', 'randers', '--fra', approved, '--dato', '2026-11-23'], { cwd: workspace });
    expect(run.status).toBe(0);
    const pdf = join(workspace, 'out', 'randers', 'aendringer.pdf');
    expect(existsSync(pdf)).toBe(true);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Title:\s+Ændringer siden seneste godkendelse: Randers Kommune/);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Hvad vil vi arbejde med fremover?');
    for (const shown of [info, text]) expect(shown).not.toContain(workspace);
    expect(info).toMatch(/Subject:\s+Randers Kommunes kvalitetsstandard: den nye udgave/);
  });

  it('says in Danish what is missing or wrong, without a stack trace', () => {
    const noFrom = runCli(['diff', 'randers'], { cwd: workspace });
    expect(noFrom.status).toBe(2);
    expect(noFrom.stderr).toContain('Angiv, hvad der skal sammenlignes med: --fra');
    const unknown = runCli(['diff', 'randers', '--fra', 'findes-ikke'], { cwd: workspace });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('»findes-ikke« er hverken en fil eller en git-version');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('\nmaalgruppe:', '\nmaalgrupe:'));
    const invalid = runCli(['diff', 'randers', '--fra', 'godkendt-2021', '--uden-pdf'], { cwd: workspace });
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toContain('»municipalities/randers.yml« er ikke gyldig og kan ikke sammenlignes.');
    expect(invalid.stderr).toContain('Ukendt felt »maalgrupe«');
    for (const run of [noFrom, unknown, invalid]) expect(run.stderr).not.toMatch(stackTrace);
  });
});
