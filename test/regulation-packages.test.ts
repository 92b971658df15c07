/**
 * A regulation is a dated package (issue 18 item 3): `regelsaet` or `--dato` chooses it from
 * the registry, every report names it, and a regulation loaded from a folder at run time
 * (test/fixtures/regulations/test-regelsaet, named by no TypeScript) works end to end:
 * check, JSON, annex, validate, preview and the editor.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { checkFile } from '../src/check/run.js';
import { previewPage } from '../src/commands/preview-page.js';
import { builtInRegulations, defaultRegulation } from '../src/regulations/index.js';
import { useRegulationFolders } from '../src/regulations/runtime.js';
import { indexRow } from '../src/report/index-row.js';
import { renderIndexPage } from '../src/report/index-page.js';
import { chooseRegulation, regulationInForce } from '../src/regulations/select.js';
import { fixtures, root, runCli, stackTrace } from './helpers.js';
import { LspClient } from './lsp.js';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const folder = join(fixtures, 'regulations', 'test-regelsaet');
const work = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-regelsaet-'));
const byId = (id: string) => builtInRegulations.find((regulation) => regulation.id === id)!;
const reissue = byId('BEK genudstedt 2024');

/** A small standard on the two fields the test regulation asks about; `visitation` and extra lines vary per test. */
function standard(name: string, { regelsaet, visitation, extra = '' }: { regelsaet?: string; visitation: string; extra?: string }): string {
  const file = join(work, `${name}.yml`);
  const lines = [
    'kommune: Testby Kommune',
    'titel: Kvalitetsstandard for social behandling for stofmisbrug',
    ...(regelsaet ? [`regelsaet: ${regelsaet}`] : []),
    'maalgruppe:',
    '  tekst: Tilbuddet er for borgere over 18 år med et stofmisbrug.',
    'visitation:',
    `  tekst: ${visitation}`,
    extra,
  ];
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const json = (args: string[]) => JSON.parse(runCli(['check', '--format', 'json', ...args]).stdout);
const waiting = 'Du kontakter rusmiddelcentret og aftaler en samtale. Du får en samtale inden for 5 hverdage.';
const noWaiting = 'Du kontakter rusmiddelcentret og aftaler en samtale om behandling.';

describe('the registry: which regulation a date or a regelsaet chooses', () => {
  it('chooses the regulation in force on the date: BEK 430/2014 (named only), BEK 1477/2019, then the 2024 reissue', () => {
    expect(chooseRegulation(undefined, '2016-06-01')).toEqual({ ok: false, reason: 'uden-krav', id: 'BEK 430/2014' });
    for (const [date, id] of [
      ['2019-12-17', 'BEK 1477/2019'],
      ['2021-12-13', 'BEK 1477/2019'],
      ['2023-12-31', 'BEK 1477/2019'],
      ['2024-01-01', 'BEK genudstedt 2024'],
      ['2026-11-23', 'BEK genudstedt 2024'],
    ] as const) {
      const choice = chooseRegulation(undefined, date);
      expect(choice.ok && [choice.regulation.id, choice.chosenBy], date).toEqual([id, 'dato']);
    }
    // Before any known regulation: the tool's default, said as such.
    expect(chooseRegulation(undefined, '2010-01-01')).toMatchObject({ ok: true, regulation: defaultRegulation, chosenBy: 'standard' });
  });

  it('lets the document’s regelsaet choose, whatever the date, and knows an unknown id from one known by name only', () => {
    expect(chooseRegulation('BEK 1477/2019', '2026-11-23')).toMatchObject({ ok: true, regulation: { id: 'BEK 1477/2019' }, chosenBy: 'regelsaet' });
    expect(chooseRegulation('BEK genudstedt 2024', '2021-01-01')).toMatchObject({ ok: true, chosenBy: 'regelsaet' });
    expect(chooseRegulation('BEK 430/2014', '2016-01-01')).toEqual({ ok: false, reason: 'uden-krav', id: 'BEK 430/2014' });
    expect(chooseRegulation('BEK 1447/2019', '2026-11-23')).toEqual({ ok: false, reason: 'ukendt', id: 'BEK 1447/2019' });
  });

  it('never has two regulations in force on one day, and each chosen one is in force on it', () => {
    for (let year = 2015; year <= 2027; year += 1)
      for (const day of ['01-01', '06-30', '12-31']) {
        const date = `${year}-${day}`;
        const chosen = regulationInForce(date)!;
        expect((chosen.validFrom ?? chosen.issued)! <= date, date).toBe(true);
        expect(chosen.validTo === undefined || date <= chosen.validTo, date).toBe(true);
      }
  });

  it('models the 2024 reissue with its changed wording and only what is confirmed: no number, date or address, and says so', () => {
    expect(reissue.validFrom).toBe('2024-01-01');
    expect([reissue.number, reissue.issued, reissue.eli]).toEqual([undefined, undefined, undefined]);
    expect(reissue.remark).toMatch(/nummer, udstedelsesdato, præcise titel og adresse .* er ikke bekræftet/);
    expect(reissue.standardProvision?.text).toContain('til personer, der er fyldt 18 år, efter § 101 i lov om social service');
    expect(reissue.requirements).toBe(defaultRegulation.requirements);
    expect(byId('BEK 1477/2019').validTo).toBe('2023-12-31');
    const earlier = byId('BEK 430/2014');
    expect([earlier.number, earlier.issued, earlier.requirements.length]).toEqual([430, '2014-04-30', 0]);
  });
});

describe('check names the regulation it used', () => {
  it('judges a file without regelsaet by the date: the same verdicts under 1477 and the reissue, cited by the one in force', () => {
    const [before] = json(['--dato', '2023-06-01', 'municipalities/randers.yml']);
    const [after] = json(['--dato', '2026-11-23', 'municipalities/randers.yml']);
    expect([before.regelsaet, before.regelsaet_brugt.valgt_efter, before.regelsaet_brugt.nummer]).toEqual(['BEK 1477/2019', 'dato', 1477]);
    expect(after.regelsaet_brugt).toMatchObject({
      id: 'BEK genudstedt 2024',
      nummer: null,
      dato: null,
      eli: null,
      gyldig_fra: '2024-01-01',
      valgt_efter: 'dato',
    });
    expect(after.regelsaet_brugt.bemaerkning).toContain('ikke bekræftet');
    for (const krav of after.krav) expect(krav.lovhenvisning.startsWith('BEK genudstedt 2024 § ')).toBe(true);
    // Revision (§6.1) is judged against the date itself; the rest must not change with the regulation's name.
    const statuses = (report: { krav: { id: string; status: string }[] }) => report.krav.filter((krav) => krav.id !== '§6.1').map((krav) => krav.status);
    expect(statuses(after)).toEqual(statuses(before));
  });

  it('names in the site’s overview every regulation the files were judged against', async () => {
    const randers = await checkFile(join(root, 'municipalities', 'randers.yml'), '2026-11-23');
    const named = await checkFile(standard('overview-1477', { regelsaet: 'BEK 1477/2019', visitation: waiting }), '2026-11-23');
    const page = renderIndexPage(
      [
        { file: randers.file, id: 'randers', row: randers.valid ? indexRow(randers) : undefined, hasPdf: false },
        { file: named.file, id: 'overview-1477', row: named.valid ? indexRow(named) : undefined, hasPdf: false },
      ],
      '2026-11-23',
    );
    expect(page).toContain(
      'vurderet pr. 23. november 2026 efter Bekendtgørelsen genudstedt ved barnets lov, gældende fra 1/1/2024 (BEK genudstedt 2024) og <a href="https://www.retsinformation.dk/eli/lta/2019/1477">Bekendtgørelse nr. 1477 af 17/12/2019</a> (BEK 1477/2019).',
    );
    expect(page).toContain('<caption>Status for hvert krav i BEK genudstedt 2024 og BEK 1477/2019</caption>');
  });

  it('follows regelsaet over the date, in the terminal too', () => {
    const file = standard('named-1477', { regelsaet: 'BEK 1477/2019', visitation: waiting });
    const [report] = json(['--dato', '2026-11-23', file]);
    expect(report.regelsaet_brugt).toMatchObject({ id: 'BEK 1477/2019', valgt_efter: 'regelsaet', gyldig_til: '2023-12-31' });
    const text = runCli(['check', '--dato', '2026-11-23', file]).stdout;
    expect(text).toContain('Vurderet pr. 2026-11-23 efter BEK 1477/2019 (Bekendtgørelse nr. 1477 af 17/12/2019), som dokumentets »regelsaet« angiver.');
  });

  it('refuses an unknown regelsaet at its line, suggesting the nearest and naming every known one', () => {
    const file = standard('unknown', { regelsaet: 'BEK 1447/2019', visitation: waiting });
    const run = runCli(['check', file]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      `${file}:3:12  fejl  »BEK 1447/2019« er ikke en tilladt værdi for »regelsaet«. Mente du »BEK 1477/2019«? Tilladt: BEK 430/2014, BEK 1477/2019, BEK genudstedt 2024.`,
    );
  });

  it('says plainly that BEK 430/2014 is known but cannot be checked, named or in force on the date', () => {
    const named = standard('named-430', { regelsaet: 'BEK 430/2014', visitation: waiting });
    const [report] = json([named]);
    expect(report.gyldig).toBe(false);
    expect(report.fejl[0]).toMatchObject({ kode: 'regelsaet-uden-krav', linje: 3 });
    expect(report.fejl[0].besked).toBe(
      '»BEK 430/2014« (Bekendtgørelse nr. 430 af 30/04/2014) kendes af værktøjet, men dens krav findes ikke i værktøjet, så standarden kan ikke vurderes efter den. Skriv et af disse regelsæt i feltet »regelsaet«: BEK 1477/2019, BEK genudstedt 2024.',
    );
    const [dated] = json(['--dato', '2016-06-01', standard('dated-2016', { visitation: waiting })]);
    expect(dated.fejl[0].besked).toMatch(/^Pr\. 2016-06-01 gjaldt »BEK 430\/2014« .* Vurdér pr\. en senere dato med --dato/);
  });
});

describe('a regulation loaded from a folder at run time (--regelsaet-mappe)', () => {
  const options = ['--regelsaet-mappe', folder];

  it('is chosen by the date it is in force from, and judges its own two requirements on their aspects', () => {
    const met = standard('test-met', { visitation: waiting });
    const [report] = json([...options, '--dato', '2030-02-01', met]);
    expect(report.regelsaet_brugt).toMatchObject({ id: 'TEST 1/2030', valgt_efter: 'dato', mappe: folder, gyldig_fra: '2030-01-01' });
    expect(report.krav.map((krav: { id: string; status: string; lovhenvisning: string }) => [krav.id, krav.status, krav.lovhenvisning])).toEqual([
      ['§1.1', 'opfyldt', 'TEST 1/2030 § 1, stk. 1'],
      ['§1.2', 'opfyldt', 'TEST 1/2030 § 1, stk. 2'],
    ]);
    // Without the waiting time, §1.2 lacks its aspect; moved to another section, the search finds it there.
    const [missing] = json([...options, '--dato', '2030-02-01', standard('test-missing', { visitation: noWaiting })]);
    expect(missing.krav[1]).toMatchObject({ status: 'delvist', koder: ['aspekt-mangler'] });
    expect(missing.krav[1].besked).toContain('hvor længe borgeren højst venter på den første samtale');
    const moved = standard('test-moved', {
      visitation: noWaiting,
      extra: ['oevrige_afsnit:', '  - noegle: ventetid', '    overskrift: Ventetid', `    tekst: ${waiting}`].join('\n'),
    });
    const [found] = json([...options, '--dato', '2030-02-01', moved]);
    expect(found.krav[1].kilder.map((kilde: { hvordan: string; afsnit: string }) => [kilde.hvordan, kilde.afsnit])).toContainEqual(['fundet', 'Ventetid']);
    // The built-in regulations are unchanged beside it: before 2030, the reissue.
    expect(json([...options, '--dato', '2029-12-31', met])[0].regelsaet).toBe('BEK genudstedt 2024');
  });

  it('is named in the terminal and in the annex, linked to its address', () => {
    const file = standard('test-named', { regelsaet: 'TEST 1/2030', visitation: noWaiting });
    const text = runCli(['check', ...options, file]);
    expect(text.stdout).toContain('efter TEST 1/2030 (Testbekendtgørelse nr. 1 af 1/12/2029), som dokumentets »regelsaet« angiver.');
    expect(text.stdout).toContain('Bemærk: Et opdigtet regelsæt');
    const annex = runCli(['check', ...options, '--format', 'html', file]).stdout;
    expect(annex).toContain('<a href="https://www.example.org/test-regelsaet">Testbekendtgørelse nr. 1 af 1/12/2029</a> (TEST 1/2030)');
    expect(annex).toContain('TEST 1/2030 § 1, stk. 2');
    expect(annex).toContain('<dt>Om regelsættet</dt><dd>Et opdigtet regelsæt');
    expect(annex.match(/<tr>\n<th scope="row">/g)).toHaveLength(2);
  });

  it('is a known regelsaet for validate only when its folder is given', () => {
    const file = standard('test-validate', { regelsaet: 'TEST 1/2030', visitation: waiting });
    const without = runCli(['validate', file]);
    expect(without.status).toBe(1);
    expect(without.stdout).toContain('»TEST 1/2030« er ikke en tilladt værdi for »regelsaet«.');
    expect(runCli(['validate', ...options, file]).status).toBe(0);
  });

  it('reports a broken folder at its files, in Danish, and checks the other files all the same', () => {
    const broken = join(work, 'broken');
    mkdirSync(join(broken, 'eneste-krav'), { recursive: true });
    writeFileSync(
      join(broken, 'regelsaet.yml'),
      'id: BROKEN 1/2031\nnavn: Brudt\ntitel: Brudt\nparagraf: "101"\neli: https://www.example.org/b\nkrav: [eneste-krav]\ndomaene: misbrug\n',
    );
    writeFileSync(join(broken, 'eneste-krav', 'krav.yml'), 'id: §1\ntitel: Et krav\nvejledning: Skriv det.\nemne: "(uafsluttet"\n');
    const run = runCli(['check', '--regelsaet-mappe', broken, '--dato', '2026-11-23', 'municipalities/randers.yml']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`${join(broken, 'eneste-krav', 'krav.yml')}:4:\\d+ +fejl +.*emne`));
    expect(run.stderr).not.toMatch(stackTrace);
    expect(run.stdout).toContain('Vurderet pr. 2026-11-23 efter BEK genudstedt 2024');
  });

  it('says of its regelsaet.yml, or any file, given for the folder that it is a file, naming the folder to give (before: »…/regelsaet.yml/regelsaet.yml findes ikke«)', () => {
    const given = join(folder, 'regelsaet.yml');
    const run = runCli(['validate', '--regelsaet-mappe', given, 'municipalities/randers.yml']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `${given}  fejl  Det er en fil, ikke en mappe. Et regelsæt angives med sin mappe (den med regelsaet.yml og en mappe pr. krav), fx »${folder}«. [regelsaet-mappe-er-fil]`,
    );
    expect(run.stderr).not.toContain('regelsaet.yml/regelsaet.yml');
    expect(run.stdout).toContain('municipalities/randers.yml: gyldig');
  });

  it('refuses a wording that could search for very long, at its place, as in a kommune’s own requirements', { timeout: 20_000 }, () => {
    for (const [name, heavy] of [
      ['branches', '([a-zæøå ]|[a-zæøå ])+\\d{7}'],
      ['anything', '(.*){5}\\d{9}'],
    ]) {
      const slow = join(work, `slow-${name}`);
      cpSync(folder, slow, { recursive: true });
      const krav = join(slow, '1-1-maalgruppe', 'krav.yml');
      writeFileSync(krav, readFileSync(krav, 'utf8').replace(/^( {6}- ).*$/m, `$1'${heavy}'`));
      const run = runCli(['check', '--regelsaet-mappe', slow, '--dato', '2030-02-01', 'municipalities/randers.yml']);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(new RegExp(`${krav}:\\d+:\\d+ +fejl +.*gentagelse`));
      expect(run.stderr).not.toMatch(stackTrace);
    }
  });

  it('takes several folders, and leaves out one whose id a known regulation has, saying so', () => {
    const clash = join(work, 'clash');
    cpSync(folder, clash, { recursive: true });
    const regelsaet = join(clash, 'regelsaet.yml');
    writeFileSync(regelsaet, readFileSync(regelsaet, 'utf8').replace('id: TEST 1/2030', 'id: BEK 1477/2019'));
    const file = standard('test-clash', { regelsaet: 'TEST 1/2030', visitation: waiting });
    const run = runCli(['check', ...options, '--regelsaet-mappe', clash, file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${regelsaet}  fejl  Regelsættet »BEK 1477/2019« i »${clash}« har samme id som et regelsæt, værktøjet allerede kender`);
    expect(run.stdout).toContain('Testby Kommune: 2 opfyldt');
    expect(json(['--regelsaet-mappe', clash, '--dato', '2022-01-01', 'municipalities/randers.yml'])[0].regelsaet_brugt.mappe).toBeNull();
  });

  it('is named in the preview’s compliance panel', () => {
    useRegulationFolders([folder]);
    const file = standard('test-preview', { regelsaet: 'TEST 1/2030', visitation: noWaiting });
    const page = previewPage(file, 'test-preview')();
    expect(page).toMatch(
      /<p>Vurderet pr\. \d{4}-\d{2}-\d{2} efter TEST 1\/2030 \(Testbekendtgørelse nr\. 1 af 1\/12\/2029\), som dokumentets »regelsaet« angiver\.<\/p>/,
    );
    expect(page).toContain('Ventetid på første samtale');
  });
});

describe('the editor with the setting regelsaetMapper', () => {
  let client: LspClient | undefined;
  afterAll(async () => {
    await client?.close();
  });

  it('shows the loaded regulation’s findings under its name, and offers it when completing regelsaet', async () => {
    client = new LspClient(process.execPath, [join(root, 'dist', 'cli.js'), 'lsp', '--stdio'], {});
    await client.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(work).href,
      capabilities: {},
      // Relative to the workspace, as a user writes it in the folder's settings.
      initializationOptions: { dato: '2030-02-01', regelsaetMapper: [relative(work, folder), 'no-such-folder'] },
    });
    client.notify('initialized', {});
    // A folder that is not there is said, in Danish, and the other still loads.
    const shown = await client.notification('window/showMessage', () => true);
    expect(shown.message).toMatch(/^kvalitetsstandard: .*no-such-folder.*regelsaet\.yml +fejl +Filen findes ikke\./);
    const text = readFileSync(standard('test-editor', { visitation: noWaiting }), 'utf8');
    const uri = pathToFileURL(join(work, 'test-editor.yml')).href;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    const published = await client.notification('textDocument/publishDiagnostics', (params) => params.uri === uri);
    const finding = published.diagnostics.find((diagnostic: { code: string }) => diagnostic.code === '§1.2');
    expect(finding).toMatchObject({ source: 'kvalitetsstandard', codeDescription: { href: 'https://www.example.org/test-regelsaet' } });
    expect(finding.message).toContain('TEST 1/2030 § 1, stk. 2');
    const withKey = `${text}regelsaet: \n`;
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: withKey }] });
    const line = withKey.split('\n').length - 2;
    const items = await client.request('textDocument/completion', { textDocument: { uri }, position: { line, character: 11 } });
    const labels = items.map((item: { label: string }) => item.label);
    expect(labels).toEqual(['BEK 1477/2019', 'BEK genudstedt 2024', 'TEST 1/2030']);
    // Hovering the value says what the regulation is, when it is in force and what is not confirmed.
    const chosen = `${text}regelsaet: TEST 1/2030\n`;
    client.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: chosen }] });
    const shownHover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line, character: 14 } });
    expect(shownHover.contents.value).toBe(
      '**Testbekendtgørelse nr. 1 af 1/12/2029** (TEST 1/2030)\n\nTestbekendtgørelse om kvalitetsstandard for social behandling for stofmisbrug\n\nGælder fra 1. januar 2030. Har 2 krav.\n\nEt opdigtet regelsæt, som kun bruges til at afprøve regelsæt, der indlæses ved kørsel.',
    );
    expect(shownHover.range).toEqual({ start: { line, character: 11 }, end: { line, character: 22 } });
  });
});

describe('the generator reads the law’s data as the loader does: a mistake is its file and line', () => {
  it('a key written twice in a krav.yml stops it with the file and line, no stack trace', async () => {
    const { regulationFolderData } = await import('../scripts/generate-regulations.js');
    const copy = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-generer-'));
    cpSync(join(root, 'src', 'regulations', 'bek-1477-2019'), join(copy, 'bek'), { recursive: true });
    cpSync(join(root, 'schema'), join(copy, 'schema'), { recursive: true });
    const file = join(copy, 'bek', '4-4-hjemmeboende-boern', 'krav.yml');
    const text = readFileSync(file, 'utf8');
    const line = text.split('\n').findIndex((each) => each.startsWith('    sammenhaeng:')) + 1;
    writeFileSync(file, text.replace(/^ {4}sammenhaeng:/m, '    sammenhaeng: x\n    sammenhaeng:'));
    expect(() => regulationFolderData(copy, 'bek')).toThrow(new RegExp(`^bek/4-4-hjemmeboende-boern/krav\\.yml: Map keys must be unique at line ${line + 1}`));
    expect(regulationFolderData(root, join('src', 'regulations', 'bek-1477-2019')).krav.length).toBe(25);
  });
});
