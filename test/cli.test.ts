import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveFileArguments, slugify } from '../src/files.js';
import { fixtures, root, runCli, stackTrace } from './helpers.js';

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

  it('names a value for every option that lacks one, never »…«', () => {
    const cases: Array<[string[], string]> = [
      [['check', '--dato'], '--dato 2026-11-23'],
      [['build', '--out'], '--out out'],
      [['diff', 'randers', '--fra'], '--fra HEAD~1'],
      [['preview', 'randers', '--port'], '--port 8080'],
      [['importer', 'x.docx', '--kommune'], '--kommune "Ærø"'],
      [['importer', 'x.docx', '--ud'], '--ud kladde.yml'],
      [['validate', '--regelsaet-mappe'], '--regelsaet-mappe mit-regelsaet'],
    ];
    for (const [args, example] of cases) {
      const run = runCli(args);
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(`kvalitetsstandard: Tilvalget »${args.at(-1)}« skal have en værdi, fx ${example}.\n`);
    }
  });

  it('an option whose value is only spaces is said to lack one, never taken for the default (before: »--kommune "  "« imported the document’s own kommune, »--ud " "« wrote the default file)', () => {
    const cases: Array<[string[], string]> = [
      [['importer', 'x.docx', '--kommune', '   '], '--kommune'],
      [['importer', 'x.docx', '--ud', ' \t'], '--ud'],
      [['check', '--dato', ' '], '--dato'],
      [['validate', '--regelsaet-mappe', '  '], '--regelsaet-mappe'],
    ];
    for (const [args, option] of cases) {
      const run = runCli(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`^kvalitetsstandard: Tilvalget »${option}« skal have en værdi, fx ${option} \\S+`));
    }
  });

  it('refuses a --kommune longer than any kommune’s name, before the document is read (before: said to be a field »læst ud af dokumentet«, to shorten in Word)', () => {
    const run = runCli(['importer', 'findes-ikke.docx', '--kommune', 'a'.repeat(100_000)]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'kvalitetsstandard: --kommune har 100.000 tegn, men et kommunenavn har højst 100. Skriv kun kommunens navn, fx »--kommune Randers«.\n',
    );
  });

  it('a value that begins with »-« is said to be one, with how to write it, not »skal have en værdi«; a forgotten value before another option still is', () => {
    const cases: Array<[string[], string]> = [
      [
        ['importer', 'x.docx', '--kommune', '- Ærø'],
        'Værdien »- Ærø« til »--kommune« begynder med »-« og kan forveksles med et tilvalg. Skriv den med »=«: --kommune="- Ærø".',
      ],
      [
        ['importer', 'x.docx', '--ud', '-kladde.yml'],
        'Værdien »-kladde.yml« til »--ud« begynder med »-« og kan forveksles med et tilvalg. Skriv den med »=«: --ud="-kladde.yml".',
      ],
      [
        ['diff', 'randers', '--fra', '-1'],
        '»-1« kan ikke bruges som --fra, fordi den begynder med »-«. Angiv en git-version (fx HEAD~1 eller et tag) eller en fil (skriv »./« foran et filnavn, der begynder med »-«).',
      ],
      [['diff', 'randers', '--fra', '--uden-pdf'], 'Tilvalget »--fra« skal have en værdi, fx --fra HEAD~1.'],
      [['check', '--dato', '-h'], 'Tilvalget »--dato« skal have en værdi, fx --dato 2026-11-23.'],
    ];
    for (const [args, said] of cases) {
      const run = runCli(args);
      expect(run.stderr).toBe(`kvalitetsstandard: ${said}\n`);
      expect(run.status).toBe(2);
    }
  });

  it('refuses an empty argument or option value (a variable a script did not set), before reading or writing anything', () => {
    const workspace = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-tomt-'));
    // args[0] is the command, so the empty one's index is its number among the arguments.
    for (const args of [
      ['validate', ''],
      ['check', 'randers', ''],
      ['build', '', '--uden-pdf'],
      ['ny', ''],
      ['importer', ''],
    ]) {
      const run = runCli(args, { cwd: workspace });
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(
        `kvalitetsstandard: Argument nr. ${args.indexOf('')} er tomt (»""«), fx en variabel i et script, der ikke er sat. Skriv, hvad der skal stå der, eller udelad det. Skriv »kvalitetsstandard ${args[0]} --help« for at se, hvad kommandoen tager.\n`,
      );
    }
    for (const args of [
      ['check', '--dato', ''],
      ['validate', '--format', ''],
      ['importer', 'x.docx', '--kommune', ''],
      ['validate', '--regelsaet-mappe', 'a', '--regelsaet-mappe', ''],
    ]) {
      const run = runCli(args, { cwd: workspace });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`^kvalitetsstandard: Tilvalget »${args.at(-2)}« skal have en værdi, fx ${args.at(-2)} \\S+\\.\n$`));
    }
    expect(readdirSync(workspace)).toEqual([]);
  });

  it('a file given that is a link to nothing or in a ring is said as such by every command, not taken for a kommune in municipalities/', () => {
    const workspace = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-links-'));
    mkdirSync(join(workspace, 'municipalities'));
    symlinkSync('findes-ikke.yml', join(workspace, 'vaek.yml'));
    symlinkSync('ring-b.yml', join(workspace, 'ring-a.yml'));
    symlinkSync('ring-a.yml', join(workspace, 'ring-b.yml'));
    const dangling = 'Filen er et link til »findes-ikke.yml«, som ikke findes. Ret linket, eller angiv selve filen.';
    const loop = 'Filen er et link, der peger på sig selv i ring (en symlink-løkke). Slet linket, eller lad det pege på en rigtig fil.';
    for (const [file, said] of [
      ['vaek.yml', dangling],
      ['ring-a.yml', loop],
    ] as const) {
      for (const command of ['validate', 'check']) {
        const run = runCli([command, file], { cwd: workspace });
        expect(run.status).toBe(1);
        expect(run.stdout).toContain(`${file}  fejl  ${said}`);
        expect(run.stdout).not.toContain('municipalities/');
      }
      for (const args of [
        ['preview', file],
        ['diff', file, '--fra', file],
      ]) {
        const run = runCli(args, { cwd: workspace });
        expect(run.status).toBe(2);
        expect(run.stderr).toBe(`kvalitetsstandard: »${file}« kan ikke læses: ${said}\n`);
      }
    }
  });

  it('a path that cannot be looked at (through a file, far too long) or a municipalities/ in a ring is a Danish message in every command, never exit 70', () => {
    const through = 'municipalities/randers.yml/x';
    const long = `${'a'.repeat(100_000)}.yml`;
    const runs: Array<[string[], number, RegExp]> = [
      [['validate', through], 1, /municipalities\/randers\.yml\/x\.yml {2}fejl {2}Filen findes ikke\./],
      [['check', `${through}.yml`], 1, /Filen findes ikke\./],
      [['build', through, '--uden-pdf', '--out', join(mkdtempSync(join(tmpdir(), 'kvalitetsstandard-sti-')), 'ud')], 1, /Filen findes ikke\./],
      [['preview', through], 2, /»municipalities\/randers\.yml\/x« findes ikke\./],
      [['diff', through, '--fra', 'HEAD'], 2, /»municipalities\/randers\.yml\/x« findes ikke\./],
      [['diff', 'randers', '--fra', through], 2, /er hverken en fil eller en git-version/],
      [['diff', 'randers', '--fra', long], 2, /er hverken en fil eller en git-version/],
      [['validate', '--regelsaet-mappe', through, 'municipalities/randers.yml'], 1, /x\/regelsaet\.yml {2}fejl {2}Filen findes ikke\./],
    ];
    for (const [args, status, said] of runs) {
      const run = runCli(args);
      expect(run.stdout + run.stderr, args.join(' ').slice(0, 80)).toMatch(said);
      expect(run.stderr).not.toContain('uventet fejl');
      expect(run.stdout + run.stderr).not.toMatch(/ENOTDIR|ENAMETOOLONG|scandir|lstat/);
      expect(run.status, args.join(' ').slice(0, 80)).toBe(status);
    }
    const ring = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-ring-'));
    symlinkSync('municipalities', join(ring, 'municipalities'));
    const run = runCli(['validate'], { cwd: ring });
    expect(run.stderr).toBe(
      'kvalitetsstandard: Mappen »municipalities« kan ikke læses: den er et link, der peger på sig selv i ring (ELOOP). Ret det, eller angiv filerne, fx »kvalitetsstandard validate municipalities/randers.yml«.\n',
    );
    expect(run.status).toBe(1);
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

describe('every command takes every name `ny` takes', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-navne-'));
  const dir = join(workspace, 'municipalities');
  const names = ['Lyngby-Taarbæk', 'Høje-Taastrup', 'Ærø'];
  for (const name of names) runCli(['ny', name], { cwd: workspace });
  // The approved version beside the folder: --fra is never the compared file itself.
  const approved = join(workspace, 'lyngby-taarbaek-godkendt.yml');
  if (existsSync(join(dir, 'lyngby-taarbaek.yml'))) copyFileSync(join(dir, 'lyngby-taarbaek.yml'), approved);

  it('resolves the name as typed, in lower case, with »Kommune«, as a path, with or without .yml, to the file `ny` wrote', () => {
    for (const name of names) {
      const written = join(dir, `${slugify(name)}.yml`);
      expect(existsSync(written), name).toBe(true);
      const forms = [name, name.toLowerCase(), `${name} Kommune`, slugify(name), `${slugify(name)}.yml`, `${name}.yml`];
      for (const form of forms) expect(resolveFileArguments([form], dir), form).toEqual([written]);
      for (const form of [join(dir, name), join(dir, `${name}.yml`), join(dir, slugify(name))])
        expect(resolveFileArguments([form], dir), form).toEqual([written]);
    }
  });

  it('checks, validates and compares »Lyngby-Taarbæk« and »lyngby-taarbæk« without asking to rename the file', () => {
    for (const form of ['Lyngby-Taarbæk', 'lyngby-taarbæk']) {
      for (const args of [
        ['validate', form],
        ['check', form],
        ['diff', form, '--fra', approved, '--uden-pdf'],
      ]) {
        const run = runCli(args, { cwd: workspace });
        expect(run.stdout + run.stderr, args.join(' ')).not.toMatch(/Omdøb|findes ikke/);
        expect(run.stderr).not.toMatch(stackTrace);
      }
    }
    expect(runCli(['validate', 'Lyngby-Taarbæk'], { cwd: workspace }).stdout).toContain('municipalities/lyngby-taarbaek.yml: gyldig');
  });

  it('suggests the nearest kommune for a name that matches no file: a prefix, a word of it, a misspelling', () => {
    const cases: [string[], string][] = [
      [['check', 'lyngby'], 'Mente du »lyngby-taarbaek«?'],
      [['validate', 'taastrup'], 'Mente du »hoeje-taastrup«?'],
      [['check', 'Lyngbi-Taarbæk'], 'Mente du »lyngby-taarbaek«?'],
      [['diff', 'lyngby', '--fra', 'HEAD'], 'Mente du »lyngby-taarbaek«?'],
      [['preview', 'aero'], 'Mente du »aeroe«?'],
    ];
    for (const [args, expected] of cases) {
      const run = runCli(args, { cwd: workspace });
      expect(run.status, args.join(' ')).not.toBe(0);
      expect(run.stdout + run.stderr, args.join(' ')).toContain(expected);
      expect(run.stderr).not.toMatch(stackTrace);
    }
  });
});

describe('`ny` takes the names every command takes, and one name only', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-ny-navne-'));
  const entries = () => (existsSync(join(workspace, 'municipalities')) ? readdirSync(join(workspace, 'municipalities')).sort() : []);

  it('a name written as a file or a path into municipalities/ means that kommune: created once, then refused as existing', () => {
    for (const [form, file, kommune] of [
      ['randers.yml', 'randers.yml', 'randers Kommune'],
      ['Ærø.YAML', 'aeroe.yml', 'Ærø Kommune'],
      ['./municipalities/Høje-Taastrup.yml', 'hoeje-taastrup.yml', 'Høje-Taastrup Kommune'],
      ['municipalities/lyngby-taarbæk', 'lyngby-taarbaek.yml', 'lyngby-taarbæk Kommune'],
      ['municipalities/odense.krav.yml', 'odense.yml', 'odense Kommune'],
    ]) {
      const made = runCli(['ny', form!], { cwd: workspace });
      expect(made.status, form).toBe(0);
      expect(made.stdout).toContain(`Oprettede municipalities/${file} for ${kommune}.`);
      expect(readFileSync(join(workspace, 'municipalities', file!), 'utf8')).toContain(`kommune: ${kommune}\n`);
    }
    for (const form of ['randers', 'municipalities/randers.yml', 'randers.yml', 'Randers Kommune.yml', 'aeroe.yml']) {
      const again = runCli(['ny', form], { cwd: workspace });
      expect(again.status, form).toBe(1);
      expect(again.stderr).toMatch(/»municipalities\/(randers|aeroe)\.yml« findes allerede og er ikke ændret/);
    }
    expect(entries()).toEqual(['aeroe.yml', 'hoeje-taastrup.yml', 'lyngby-taarbaek.yml', 'odense.yml', 'randers.yml']);
  });

  it('leaves no part of the file when it cannot be written whole (a file size limit, as a full disk), so »ny« can be run again', () => {
    const folder = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-ny-graense-'));
    const made = () => (existsSync(join(folder, 'municipalities')) ? readdirSync(join(folder, 'municipalities')) : []);
    // `ulimit -f` in KB: the template is some 12 KB, so each limit cuts it at a different place.
    for (const kilobytes of [1, 4, 9]) {
      const cut = spawnSync('bash', ['-c', `ulimit -f ${kilobytes} && exec "$0" "$@"`, process.execPath, join(root, 'dist', 'cli.js'), 'ny', 'testby'], {
        cwd: folder,
        encoding: 'utf8',
      });
      expect(cut.status, `${kilobytes} KB`).toBe(1);
      expect(cut.stderr).toBe(
        'kvalitetsstandard: »municipalities/testby.yml« kan ikke oprettes: filen bliver større, end systemet tillader (EFBIG). Kør kommandoen i en mappe, du kan skrive i.\n',
      );
      expect(made()).toEqual([]);
    }
    expect(runCli(['ny', 'testby'], { cwd: folder }).status).toBe(0);
    expect(made()).toEqual(['testby.yml']);
    expect(readFileSync(join(folder, 'municipalities', 'testby.yml'), 'utf8')).toMatch(/^kommune: testby Kommune$/m);
  });

  it('refuses a path into another folder, and more than one argument, as wrong usage (exit 2), writing nothing', () => {
    const before = entries();
    for (const [args, expected] of [
      [['ny', 'udkast/randers.yml'], '»udkast/randers.yml« ligger ikke i »municipalities/«, og »ny« opretter kun kommuner dér.'],
      [['ny', '../randers'], '»../randers« ligger ikke i »municipalities/«'],
      [['ny', 'Ærø', 'Fanø'], 'Kommandoen »ny« tager kun ét argument, ikke også »Fanø«. Står der mellemrum i et navn, så sæt hele navnet i anførselstegn'],
      [['ny', 'Høje-Taastrup', 'Kommune'], 'ikke også »Kommune«'],
      [['ny', 'a', 'b', 'c'], 'ikke også »b«'],
    ] as const) {
      const run = runCli([...args], { cwd: workspace });
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toContain(expected);
      expect(run.stderr).not.toMatch(stackTrace);
    }
    expect(entries()).toEqual(before);
  });
});
