import { describe, expect, it } from 'vitest';
import { fixtures, runCli, stackTrace } from './helpers.js';

describe('kvalitetsstandard validate (the command line)', () => {
  it('exits 1 on an invalid file and prints file:line:column, the Danish message and the line', () => {
    const run = runCli(['validate', `${fixtures}/invalid/ukendt-felt-stavefejl.yml`]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('ukendt-felt-stavefejl.yml:3:1  fejl  Ukendt felt »maalgrupe«. Mente du »maalgruppe«?');
    expect(run.stdout).toContain('    3 | maalgrupe:\n      | ^^^^^^^^^');
    expect(run.stdout).toContain('1 fil tjekket: 0 gyldige, 1 ugyldig med i alt 1 fejl.');
  });

  it('prints JSON with --format json', () => {
    const run = runCli(['validate', '--format', 'json', `${fixtures}/invalid/dato-ugyldig-dag.yml`]);
    expect(run.status).toBe(1);
    const [report] = JSON.parse(run.stdout);
    expect(report.gyldig).toBe(false);
    expect(report.fejl[0]).toMatchObject({ kode: 'ugyldig-dato', linje: 5, kolonne: 11, sti: 'godkendelse[0].dato', alvor: 'fejl' });
  });

  it('exits 2 with a Danish message for usage errors', () => {
    const unknownCommand = runCli(['valdiate']);
    expect(unknownCommand.status).toBe(2);
    expect(unknownCommand.stderr).toContain('Ukendt kommando »valdiate«. Mente du »validate«?');
    const unknownOption = runCli(['validate', '--formt', 'json']);
    expect(unknownOption.status).toBe(2);
    expect(unknownOption.stderr).toContain('Ukendt tilvalg »--formt«. Mente du »--format«?');
    const badFormat = runCli(['validate', '--format', 'xml']);
    expect(badFormat.status).toBe(2);
    expect(badFormat.stderr).toContain('Formatet »xml« kendes ikke.');
  });

  it('never shows a stack trace, whatever it is given', () => {
    for (const args of [['validate', '/'], ['validate', '/dev/null'], ['validate', '/nonexistent/x.yml'], ['validate', '--format'], ['check-all']]) {
      const run = runCli(args);
      expect(run.stdout + run.stderr).not.toMatch(stackTrace);
      expect([1, 2]).toContain(run.status);
    }
  });

  it('--help describes the command in Danish', () => {
    const run = runCli(['validate', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Brug: kvalitetsstandard validate [filer…] [--format text|json]');
  });
});
