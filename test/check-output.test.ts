import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyStyles, styleFor } from '../src/report/terminal.js';
import { axeViolations, useBrowser } from './axe.js';
import { fixtures, root, runCli, stackTrace } from './helpers.js';

const complete = `${fixtures}/complete.yml`;
const onlyPartly = `${fixtures}/rules/4-2-opfoelgning/delvist-kun-en-opfoelgning.yml`;
const date = ['--dato', '2026-11-23'];

describe('check: text for people', () => {
  it('lists every requirement with its status, then the findings at file:line:column, then a summary', () => {
    const run = runCli(['check', ...date, 'municipalities/randers.yml']);
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('Randers Kommune (municipalities/randers.yml)');
    // No `regelsaet` in the file: the regulation in force on --dato, the 2024 reissue.
    expect(lines[1]).toBe(
      'Vurderet pr. 2026-11-23 efter BEK genudstedt 2024 (Bekendtgørelsen genudstedt ved barnets lov, gældende fra 1/1/2024), der gjaldt på datoen.',
    );
    expect(lines[2]).toMatch(/^Bemærk: Genudstedelsens nummer, udstedelsesdato, præcise titel og adresse på Retsinformation er ikke bekræftet/);
    expect(lines.filter((line) => /^ {2}§\d/.test(line))).toHaveLength(25);
    expect(run.stdout).toMatch(/^municipalities\/randers\.yml:\d+:1 {2}mangler {2}§4\.5 Den fremtidige indsats \(BEK genudstedt 2024 § 4, stk\. 5\)$/m);
    expect(run.stdout).toContain('Tilføj feltet »fremtidig_indsats« efter »hjemmeboende_boern«.');
    expect(run.stdout.trimEnd().split('\n').pop()).toBe('1 fil vurderet: 1 med mangler eller fejl.');
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('exits 0 when every requirement is met', () => {
    const run = runCli(['check', ...date, complete]);
    expect(run.stdout).toContain('Testby Kommune: 25 opfyldt, 0 delvist, 0 mangler, 0 kan ikke vurderes.');
    expect(run.status).toBe(0);
  });

  it('lets `delvist` pass, unless --streng', () => {
    expect(runCli(['check', ...date, onlyPartly]).status).toBe(1); // the fixture lacks other sections
    const partlyOnly = runCli(['check', ...date, '--format', 'json', onlyPartly]);
    const statuses = JSON.parse(partlyOnly.stdout)[0].krav.map((krav: { status: string }) => krav.status);
    expect(statuses).toContain('delvist');
  });

  it('reports an invalid file as invalid and checks it no further', () => {
    const run = runCli(['check', ...date, `${fixtures}/invalid/dato-ugyldig-dag.yml`, complete]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('dato-ugyldig-dag.yml: ugyldig, ikke vurderet');
    expect(run.stdout).toContain('dato-ugyldig-dag.yml:5:11  fejl  »2023-02-30« er ikke en gyldig dato.');
    expect(run.stdout).toContain('Testby Kommune: 25 opfyldt');
  });

  it('judges revision against --dato', () => {
    const early = JSON.parse(runCli(['check', '--dato', '2025-12-01', '--format', 'json', 'municipalities/broenderslev.yml']).stdout);
    const late = JSON.parse(runCli(['check', '--dato', '2026-11-23', '--format', 'json', 'municipalities/broenderslev.yml']).stdout);
    const revision = (report: any) => report[0].krav.find((krav: { id: string }) => krav.id === '§6.1').status;
    expect(revision(early)).toBe('opfyldt');
    expect(revision(late)).toBe('mangler');
  });

  it('refuses a bad --dato with exit code 2 and no stack trace, whether its form or its day is wrong', () => {
    for (const date of ['23-11-2026', '2026-13-45', '2026-02-30', '2026-00-10', '2026-11-00']) {
      const run = runCli(['check', '--dato', date, complete]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`»${date}« er ikke en gyldig dato for --dato. Skriv datoen som ÅÅÅÅ-MM-DD`);
      expect(run.stderr).not.toMatch(stackTrace);
    }
  });

  it('turns a --dato written as Danes write a day into the form it needs, and a file’s date too', () => {
    for (const date of ['6-12-2026', '06.12.2026', '6/12/2026', '6. december 2026', '6. dec. 2026']) {
      const run = runCli(['check', '--dato', date, complete]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`»${date}« er ikke en gyldig dato for --dato. Skriv datoen som ÅÅÅÅ-MM-DD, her »--dato 2026-12-06«.`);
    }
    // A month is no day to judge on: the general advice.
    expect(runCli(['check', '--dato', 'december 2026', complete]).stderr).toContain('Skriv datoen som ÅÅÅÅ-MM-DD, fx 2026-11-23.');
    const workspace = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-dato-'));
    const randers = readFileSync(join(root, 'municipalities', 'randers.yml'), 'utf8');
    for (const [written, iso] of [
      ['13.12.2021', '2021-12-13'],
      ['13-12-2021', '2021-12-13'],
      ['13. december 2021', '2021-12-13'],
      ['december 2021', '2021-12'],
    ]) {
      const file = join(workspace, 'randers.yml');
      writeFileSync(file, randers.replace('dato: 2021-12-13', `dato: ${written}`));
      const run = runCli(['validate', file]);
      expect(run.status).toBe(1);
      expect(run.stdout + run.stderr).toContain(`»${written}« er ikke skrevet, som en dato skal stå i filen. Skriv »${iso}«`);
    }
  });

  it('colours only a terminal without NO_COLOR', () => {
    const terminal = { isTTY: true } as NodeJS.WriteStream;
    const previous = process.env.NO_COLOR;
    delete process.env.NO_COLOR;
    // Styling becomes colour codes only on its way out (src/output.ts), after the text is escaped.
    expect(applyStyles(styleFor(terminal).red('x'), true)).toBe('\u001b[31mx\u001b[39m');
    expect(applyStyles(styleFor(terminal).red('x'), false)).toBe('x');
    process.env.NO_COLOR = '1';
    expect(styleFor(terminal).red('x')).toBe('x');
    expect(styleFor({ isTTY: false } as NodeJS.WriteStream).red('x')).toBe('x');
    if (previous === undefined) delete process.env.NO_COLOR;
    else process.env.NO_COLOR = previous;
  });
});

describe('check: JSON for machines', () => {
  it('lists a valid file’s warnings in »fejl« as validate does, the same that the text shows under »Advarsler:«', () => {
    const workspace = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-advarsler-'));
    const file = join(workspace, 'randers.yml');
    const randers = readFileSync(join(root, 'municipalities', 'randers.yml'), 'utf8');
    // A picture in the first »|« text, wherever that is.
    writeFileSync(file, randers.replace(/(\n( +)tekst: \|\n)/, '$1$2  ![Kort over huset](kort.png)\n\n'));
    const check = JSON.parse(runCli(['check', '--format', 'json', '--dato', '2026-11-23', file]).stdout);
    const validate = JSON.parse(runCli(['validate', '--format', 'json', file]).stdout);
    expect(check[0].gyldig).toBe(true);
    expect(check[0].fejl.map((entry: { kode: string; alvor: string }) => [entry.kode, entry.alvor])).toEqual([['billede-i-tekst', 'advarsel']]);
    expect(check[0].fejl).toEqual(validate[0].fejl);
    expect(runCli(['check', '--dato', '2026-11-23', file]).stdout).toMatch(/Advarsler:\n.*billede-i-tekst/s);
    // Without warnings, as before: empty.
    expect(JSON.parse(runCli(['check', '--format', 'json', '--dato', '2026-11-23', join(root, 'municipalities', 'randers.yml')]).stdout)[0].fejl).toEqual([]);
  });

  it('refuses a file name that build would refuse, as validate does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-name-'));
    const file = join(dir, 'Randers Kommune.yml');
    copyFileSync(join('municipalities', 'randers.yml'), file);
    const run = runCli(['check', '--dato', '2026-11-23', '--format', 'json', file]);
    expect(run.status).toBe(1);
    const [report] = JSON.parse(run.stdout);
    expect(report.gyldig).toBe(false);
    expect(report.fejl.map((fejl: { kode: string }) => fejl.kode)).toEqual(['filnavn-ugyldigt']);
  });

  it('has the documented shape', () => {
    const run = runCli(['check', ...date, '--format', 'json', 'municipalities/randers.yml', complete]);
    const report = JSON.parse(run.stdout);
    expect(report).toHaveLength(2);
    expect(Object.keys(report[0])).toEqual([
      'kommune',
      'fil',
      'dato',
      'regelsaet',
      'regelsaet_brugt',
      'gyldig',
      'krav',
      'opsummering',
      'gaeldende_opsummering',
      'oplysninger',
      'fejl',
    ]);
    expect(report[0]).toMatchObject({
      kommune: 'Randers Kommune',
      fil: 'municipalities/randers.yml',
      dato: '2026-11-23',
      regelsaet: 'BEK genudstedt 2024',
      gyldig: true,
    });
    const gavekort = report[0].krav.find((krav: { id: string }) => krav.id === '§4.5');
    expect(Object.keys(gavekort)).toEqual([
      'id',
      'titel',
      'lovhenvisning',
      'status',
      'skal_bekraeftes',
      'besked',
      'koder',
      'sti',
      'linje',
      'kolonne',
      'kilder',
      'grundlag',
      'forvaltningens_vurdering',
      'gaeldende_status',
    ]);
    expect(gavekort).toMatchObject({
      lovhenvisning: 'BEK genudstedt 2024 § 4, stk. 5',
      status: 'mangler',
      skal_bekraeftes: false,
      koder: ['afsnit-mangler'],
      sti: 'fremtidig_indsats',
    });
    expect(report[0].krav).toHaveLength(25);
    expect(report[1].opsummering).toEqual({ opfyldt: 25, delvist: 0, mangler: 0, 'kan ikke vurderes': 0 });
  });
});

describe('check: HTML for the byråd', () => {
  const browser = useBrowser();

  it('is the annex for the byråd: status, citation and what is missing per requirement, without the editor’s file details', () => {
    const run = runCli(['check', ...date, '--format', 'html', 'municipalities/randers.yml']);
    expect(run.stdout).toMatch(/^<!doctype html>\n<html lang="da">/);
    expect(run.stdout).toContain('<h1 id="vurdering-municipalities-randers-yml">Vurdering af Randers Kommunes kvalitetsstandard</h1>');
    expect(run.stdout.match(/<tr>\n<th scope="row">/g)).toHaveLength(25);
    expect(run.stdout).toContain('BEK genudstedt 2024 § 4, stk. 5');
    expect(run.stdout).toContain('</svg> Mangler</span>');
    // Outside the published site there is nothing to link to.
    expect(run.stdout).not.toContain('kvalitetsstandard.html');
  });

  it('passes axe-core (WCAG 2.1 AA) on a wide and a narrow screen, for one and several files', { timeout: 60_000 }, async () => {
    const one = runCli(['check', ...date, '--format', 'html', 'municipalities/randers.yml']).stdout;
    const several = runCli(['check', ...date, '--format', 'html', 'municipalities/randers.yml', `${fixtures}/invalid/dato-ugyldig-dag.yml`]).stdout;
    expect(await axeViolations(browser(), one)).toEqual([]);
    expect(await axeViolations(browser(), one, { width: 375, height: 800 })).toEqual([]);
    expect(await axeViolations(browser(), several)).toEqual([]);
  });
});
