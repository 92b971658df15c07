/** `kvalitetsstandard diff`: what changed since the approved version, from git or a file. */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
      // The same words in another form, two list items swapped, and a section moved to another chapter.
      .replace('Randers Kommune vil som udgangspunkt tilbyde', 'Randers Kommune vil **som udgangspunkt** tilbyde')
      .replace(/( +- Har et behandlingskrævende[^\n]*\n)( +- Ønsker rådgivning[^\n]*\n)/, '$2$1')
      .replace('[visitation, behandlingsplan, handleplaner]', '[visitation, handleplaner, behandlingsplan]')
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
    expect(run.stdout).toContain('    Kun formateringen er ændret:\n      - fed skrift tilføjet: »som udgangspunkt«');
    expect(run.stdout).toMatch(/\[-flyttet herfra: Har et behandlingskrævende .*\{\+flyttet hertil: Har et behandlingskrævende/);
    expect(run.stdout).toContain('  > Plan for din behandling/støtte (flyttet)\n    Står nu i kapitlet »Hvordan behandler Randers Kommune min ansøgning?«.');
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
    expect(page).toContain('<p class="formatering">Kun formateringen er ændret:</p>\n<ul><li>fed skrift tilføjet: »som udgangspunkt«</li></ul>');
    expect(page).toContain('<del class="flyttet"><span class="maerke">flyttet herfra: </span>Har et behandlingskrævende');
    expect(page).toContain('<small>(flyttet)</small>');
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

  it('says in Danish what is missing or wrong, without a stack trace', { timeout: 60_000 }, () => {
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

describe('kvalitetsstandard diff, used with the mistakes a new user makes', () => {
  // A repository of its own: the tests above leave their file changed.
  const folder = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-diff-fejl-'));
  const own = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', ...args], { cwd: folder, stdio: 'pipe' });
  const source = readFileSync(join(root, 'municipalities', 'randers.yml'), 'utf8');
  beforeAll(() => {
    own('init', '-q');
    own('commit', '-q', '--allow-empty', '-m', 'Før kommunens fil');
    own('tag', 'uden-fil');
    mkdirSync(join(folder, 'municipalities'));
    writeFileSync(join(folder, 'municipalities', 'randers.yml'), source);
    own('add', '.');
    own('commit', '-q', '-m', 'Godkendt');
  });
  const diff = (args: string[], env?: Record<string, string>) => runCli(['diff', ...args, '--uden-pdf'], { cwd: folder, env });
  const danishAdvice = (run: { stderr: string }) => {
    expect(run.stderr).not.toMatch(stackTrace);
    expect(run.stderr).not.toMatch(/\b(Error|error|undefined|ENOENT|fatal)\b/);
    expect(run.stderr).toMatch(/\b(angiv|vælg|ret|tjek|brug|gem)\b/i);
  };

  it('refuses a --fra that is not an earlier version, and says what to give instead', { timeout: 60_000 }, () => {
    const outside = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-uden-git-'));
    cpSync(join(folder, 'municipalities'), join(outside, 'municipalities'), { recursive: true });
    const cases: Array<[string[], string, Record<string, string>?]> = [
      [['randers', '--fra', 'municipalities/randers.yml'], 'er den samme fil som'],
      [['municipalities/randers.yml', '--fra', './municipalities/../municipalities/randers.yml'], 'er den samme fil som'],
      [['randers', '--fra', 'uden-fil'], 'findes ikke i git-versionen »uden-fil«'],
      [['randers', '--fra', 'godkendt-1999'], 'er hverken en fil eller en git-version'],
      [['randers', '--fra', 'HEAD~1..HEAD'], 'er hverken en fil eller en git-version'],
      [['randers', '--fra', 'municipalities'], 'Det er en mappe'],
      [['municipalities', '--fra', 'HEAD'], '»municipalities« kan ikke læses: Det er en mappe'],
      [['randers', '--fra', 'HEAD'], 'git er ikke installeret', { PATH: join(folder, 'ingen-programmer') }],
    ];
    for (const [args, said, env] of cases) {
      const run = diff(args, env);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toContain(said);
      danishAdvice(run);
    }
    const noRepository = runCli(['diff', 'randers', '--fra', 'HEAD', '--uden-pdf'], { cwd: outside });
    expect(noRepository.status).toBe(2);
    expect(noRepository.stderr).toContain('ligger ikke i et git-arkiv');
    danishAdvice(noRepository);
  });

  it('names what is wrong in an earlier version that is not YAML or not valid, by its file, line and column', { timeout: 60_000 }, () => {
    const write = (name: string, content: string | Buffer) => {
      writeFileSync(join(folder, name), content);
      return name;
    };
    const invalid = [
      write('binaer.yml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 1])),
      write('notat.txt', 'Et notat om noget helt andet.\n'),
      write('tom.yml', ''),
      write('uafsluttet.yml', `${source.slice(0, source.indexOf('Kvalitetsstandard nr.'))}"Kvalitetsstandard nr. 15\n`),
    ];
    for (const name of invalid) {
      const run = diff(['randers', '--fra', name]);
      expect(run.status, name).toBe(1);
      expect(run.stderr).toContain(`»${name}« er ikke gyldig og kan ikke sammenlignes.`);
      expect(run.stderr).toMatch(new RegExp(`^${name.replace('.', '\\.')}(:\\d+:\\d+)?  fejl  `, 'm'));
      danishAdvice(run);
    }
  });

  it('says how to correct a git version that is not valid: saved as a file, corrected and compared with', { timeout: 60_000 }, () => {
    const yamlFile = join(folder, 'municipalities', 'randers.yml');
    writeFileSync(yamlFile, source.replace('\nmaalgruppe:', '\nmaalgrupe:'));
    own('commit', '-q', '-am', 'En udgave med en stavefejl');
    own('tag', 'gammel-udgave');
    writeFileSync(yamlFile, source);
    own('commit', '-q', '-am', 'Rettet');
    const run = diff(['randers', '--fra', 'gammel-udgave']);
    expect(run.status).toBe(1);
    const command = 'git show "gammel-udgave:./municipalities/randers.yml" > randers-gammel-udgave.yml';
    expect(run.stderr).toContain(`gem den som en fil med »${command}«, ret fejlene herunder i den, og brug --fra randers-gammel-udgave.yml.`);
    expect(run.stderr).toMatch(/^municipalities\/randers\.yml@gammel-udgave:\d+:\d+ {2}fejl {2}Ukendt felt »maalgrupe«/m);
    danishAdvice(run);
    // Following the advice works.
    execFileSync('sh', ['-c', command], { cwd: folder });
    const saved = join(folder, 'randers-gammel-udgave.yml');
    writeFileSync(saved, readFileSync(saved, 'utf8').replace('\nmaalgrupe:', '\nmaalgruppe:'));
    const corrected = diff(['randers', '--fra', 'randers-gammel-udgave.yml']);
    expect(corrected.status).toBe(0);
    expect(corrected.stdout).toContain('Ingen ændringer.');
  });

  it('compares with an earlier version cut short anywhere, or says where it is broken', { timeout: 60_000 }, () => {
    for (const share of [0.02, 0.3, 0.55, 0.8]) {
      const at = Math.floor(source.length * share);
      writeFileSync(join(folder, 'kort.yml'), source.slice(0, at));
      const run = diff(['randers', '--fra', 'kort.yml']);
      expect([0, 1], `afskåret efter ${at} tegn`).toContain(run.status);
      if (run.status === 1) {
        expect(run.stderr).toMatch(/^kort\.yml(:\d+:\d+)? {2}fejl {2}/m);
        danishAdvice(run);
      } else expect(run.stdout).toMatch(/\((nyt afsnit|ændret)\)/);
      expect(run.stderr).not.toMatch(stackTrace);
    }
  });

  it("warns, and still compares, when --fra is another municipality's standard", { timeout: 60_000 }, () => {
    const other = readFileSync(join(root, 'municipalities', 'holstebro.yml'));
    writeFileSync(join(folder, 'holstebro.yml'), other);
    const run = diff(['randers', '--fra', 'holstebro.yml']);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('Advarsel: »holstebro.yml« handler om Holstebro Kommune, ikke om Randers Kommune.');
    const same = diff(['randers', '--fra', 'HEAD']);
    expect(same.status).toBe(0);
    expect(same.stderr).toBe('');
    expect(same.stdout).toContain('Ingen ændringer.');
  });
});
