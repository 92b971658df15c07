/**
 * #18.4: a kommune's own requirements in `<kommune>.krav.yml`, judged by the same evidence
 * search as the law's and reported apart, in text and JSON; a broken file is a located
 * Danish error that stops nothing else.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { previewPage } from '../src/commands/preview-page.js';
import { allMunicipalityFiles } from '../src/files.js';
import { isHeavyPattern } from '../src/regulations/pattern-shape.js';
import { defaultRegulation } from '../src/regulations/index.js';
import { fixtures, root, runCli, stackTrace } from './helpers.js';

const date = ['--dato', '2026-11-23'];

/** One own requirement, of a telephone number (in none of the five files): test/fixtures/egne-krav/. */
const phoneRequirement = readFileSync(join(fixtures, 'egne-krav', 'telefon.krav.yml'), 'utf8');

/** A folder with a copy of a real municipality file (optionally with a section added) and, if given, its `.krav.yml`. */
function folderWith(name: string, own: string | undefined, contact?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'egne-krav-'));
  let text = readFileSync(join(root, 'municipalities', `${name}.yml`), 'utf8');
  if (contact !== undefined) {
    text = text.replace(/^oevrige_afsnit:\n/m, `oevrige_afsnit:\n  - noegle: kontakt\n    overskrift: Kontakt\n    tekst: ${contact}\n`);
  }
  writeFileSync(join(dir, `${name}.yml`), text);
  if (own !== undefined) writeFileSync(join(dir, `${name}.krav.yml`), own);
  return dir;
}

interface OwnJson {
  fil: string;
  gyldig: boolean;
  krav: { id: string; status: string; koder: string[]; besked: string; linje: number; kilder: { linje: number }[] }[];
  opsummering: Record<string, number> | null;
  fejl: { kode: string; besked: string; fil: string; linje: number; kolonne: number }[];
}

function checkJson(files: string[]): { kommune: string; krav: unknown[]; opsummering: unknown; egne_krav?: OwnJson }[] {
  return JSON.parse(runCli(['check', ...date, '--format', 'json', ...files]).stdout);
}

const ownOf = (file: string) => checkJson([file])[0]!.egne_krav!;

describe('own requirements: judged by the evidence search', () => {
  it('is met by a sentence that gives the number, and reported apart from the law', () => {
    const dir = folderWith('randers', phoneRequirement, 'Du kan ringe til rusmiddelbehandlingen på telefon 8915 1515 alle hverdage.');
    const [entry] = checkJson([join(dir, 'randers.yml')]);
    expect(entry!.krav).toHaveLength(25);
    expect(entry!.egne_krav!.krav).toMatchObject([{ id: 'egen-telefon', status: 'opfyldt' }]);
    const text = runCli(['check', ...date, join(dir, 'randers.yml')]).stdout;
    expect(text).toContain(`Kommunens egne krav (${join(dir, 'randers.krav.yml')})`);
    expect(text).toMatch(/^ {2}egen-telefon opfyldt +Telefonnummer$/m);
    expect(text).toContain('Kommunens egne krav: 1 opfyldt, 0 delvist, 0 mangler, 0 kan ikke vurderes.');
    // Apart: after the law's summary, not among the law's 25 rows.
    expect(text.indexOf('Kommunens egne krav')).toBeGreaterThan(text.indexOf('Randers Kommune: '));
  });

  it('is not met when the document does not say it, with the aspect and advice', () => {
    const dir = folderWith('randers', phoneRequirement);
    const run = runCli(['check', ...date, join(dir, 'randers.yml')]);
    expect(run.stdout).toMatch(/^ {2}egen-telefon mangler +Telefonnummer$/m);
    expect(run.stdout).toContain('Standarden beskriver ikke telefonnummeret til rusmiddelbehandlingen. Skriv telefonnummeret, fx »Ring på telefon 8915 1515«.');
    expect(ownOf(join(dir, 'randers.yml')).krav[0]).toMatchObject({ status: 'mangler', koder: ['aspekt-mangler'] });
  });

  it('does not count a sentence that only restates the requirement, though it has the wording', () => {
    const restated = folderWith('randers', phoneRequirement, 'Kommunen oplyser telefonnummeret til rusmiddelbehandlingen.');
    expect(ownOf(join(restated, 'randers.yml')).krav[0]!.status).toBe('mangler');
    // The same wording with something of the kommune's own is an answer.
    const answered = folderWith('randers', phoneRequirement, 'Telefonnummeret til rusmiddelbehandlingen er 8915 1515.');
    expect(ownOf(join(answered, 'randers.yml')).krav[0]!.status).toBe('opfyldt');
  });

  it('does not count an answer the next sentence takes back, when the aspect says what takes it back', () => {
    const takenBack = `${phoneRequirement}        naeste_saetning_medmindre: '\\<(lukket|ikke åben)\\>'\n`;
    const closed = 'Du kan ringe til rusmiddelbehandlingen på telefon 8915 1515. Telefonen er lukket i hele juli.';
    expect(ownOf(join(folderWith('randers', takenBack, closed), 'randers.yml')).krav[0]!.status).not.toBe('opfyldt');
    const open = 'Du kan ringe til rusmiddelbehandlingen på telefon 8915 1515. Vi svarer alle hverdage.';
    expect(ownOf(join(folderWith('randers', takenBack, open), 'randers.yml')).krav[0]!.status).toBe('opfyldt');
    // Without the key, the same text is met: the next sentence takes nothing back by itself.
    expect(ownOf(join(folderWith('randers', phoneRequirement, closed), 'randers.yml')).krav[0]!.status).toBe('opfyldt');
  });

  it('judges a `felt` by whether it is filled, and both together', () => {
    const own = `krav:
  - id: egen-revision
    titel: Næste revision
    tekst: Standarden skal sige, hvornår den revideres næste gang.
    felt: revision.naeste_revision
  - id: egen-godkendt
    titel: Godkendt politisk
    tekst: Standarden skal sige, hvem der har godkendt den.
    felt: godkendelse.organ
`;
    const dir = folderWith('broenderslev', own);
    const krav = ownOf(join(dir, 'broenderslev.yml')).krav;
    expect(krav.map((entry) => [entry.id, entry.status])).toEqual([
      ['egen-revision', 'mangler'],
      ['egen-godkendt', 'opfyldt'],
    ]);
    expect(krav[0]!.besked).toBe('Feltet »revision.naeste_revision« er ikke udfyldt. Standarden skal sige, hvornår den revideres næste gang.');
    // Both: met only as far as both are, with what is missing of either.
    const both = (field: string) => `${phoneRequirement}    felt: ${field}\n`;
    const answered = folderWith('randers', both('godkendelse.organ'), 'Ring til rusmiddelbehandlingen på telefon 8915 1515.');
    expect(ownOf(join(answered, 'randers.yml')).krav[0]).toMatchObject({ status: 'opfyldt' });
    const noField = folderWith('randers', both('revision.naeste_revision'), 'Ring til rusmiddelbehandlingen på telefon 8915 1515.');
    expect(ownOf(join(noField, 'randers.yml')).krav[0]).toMatchObject({ status: 'mangler', koder: ['eget-felt-mangler'] });
    const noAspect = folderWith('randers', both('godkendelse.organ'));
    expect(ownOf(join(noAspect, 'randers.yml')).krav[0]).toMatchObject({ status: 'mangler', koder: ['aspekt-mangler'] });
  });
});

describe('own requirements: a no that is no answer', () => {
  const council = (flag: string) => `krav:
  - id: egen-raad
    titel: Brugerråd
    tekst: Standarden skal beskrive kommunens brugerråd.
${flag}    aspekter:
      - id: raad
        beskrivelse: brugerrådet
        formuleringer: ['brugerråd']
`;
  const denied = 'Kommunen har ikke et brugerråd for rusmiddelbehandlingen.';
  it('counts a sentence that denies it, unless the requirement or its aspect says a no is no answer', () => {
    const statusWith = (own: string, contact = denied) => ownOf(join(folderWith('randers', own, contact), 'randers.yml')).krav[0]!.status;
    expect(statusWith(council(''))).toBe('opfyldt');
    expect(statusWith(council('    nej_er_intet_svar: true\n'))).toBe('mangler');
    expect(statusWith(council('').replace("formuleringer: ['brugerråd']", "formuleringer: ['brugerråd']\n        nej_er_intet_svar: true"))).toBe('mangler');
    // What there is still answers it.
    expect(statusWith(council('    nej_er_intet_svar: true\n'), 'Kommunens brugerråd for rusmiddelbehandlingen mødes fire gange om året.')).toBe('opfyldt');
  });

  it('says where a flag is not true or false', () => {
    const dir = folderWith('randers', council('    nej_er_intet_svar: ja tak\n'));
    const run = runCli(['validate', join(dir, 'randers.krav.yml')]);
    expect(run.stdout).toMatch(/randers\.krav\.yml:5:24 {2}fejl {2}.*nej_er_intet_svar.*true eller false/);
    expect(run.status).toBe(1);
  });
});

describe('own requirements: compiled by the law’s conversion', () => {
  const offers = (list: string) =>
    `krav:\n  - id: egen-tilbud\n    titel: Tilbuddene\n    tekst: Standarden skal nævne mindst tre slags tilbud.\n    aspekter:\n      - id: tilbud\n        beskrivelse: kommunens slags tilbud\n        stikord: {liste: ${list}, mindst: 3}\n`;
  it('may use the regulation’s cue lists, and names one that does not exist where it stands', () => {
    const dir = folderWith('randers', offers('tilbudstyper'));
    expect(ownOf(join(dir, 'randers.yml')).krav[0]!.status).toBe('opfyldt');
    writeFileSync(join(dir, 'randers.krav.yml'), offers('tilbudsformer'));
    const json = ownOf(join(dir, 'randers.yml'));
    expect(json.gyldig).toBe(false);
    expect(json.fejl[0]).toMatchObject({ linje: 8, besked: expect.stringContaining('stikordslisten »tilbudsformer« findes ikke') });
  });
});

describe('own requirements: a malformed file', () => {
  const cases: [string, string, RegExp][] = [
    ['bad YAML', "krav:\n  - id: egen-1\n    titel: 'Telefon\n", /^.*randers\.krav\.yml:3:12 {2}fejl {2}Anførselstegnet/m],
    [
      'an unknown key',
      'krav:\n  - id: egen-1\n    titel: Telefon\n    tekts: Oplys telefonnummeret.\n    felt: kommune\n',
      /randers\.krav\.yml:4:5 {2}fejl {2}Ukendt felt »tekts«\. Mente du »tekst«\?/,
    ],
    [
      'a bad pattern',
      "krav:\n  - id: egen-1\n    titel: Telefon\n    tekst: Oplys telefonnummeret.\n    aspekter:\n      - id: telefon\n        beskrivelse: telefonnummeret\n        formuleringer: ['(telefon']\n",
      /randers\.krav\.yml:8:25 {2}fejl {2}Formuleringen »\(telefon« kan ikke læses som et søgemønster \(en parentes »\(« lukkes ikke\)/,
    ],
    [
      'an id of the law',
      'krav:\n  - id: §4.1.6\n    titel: Telefon\n    tekst: Oplys telefonnummeret.\n    felt: kommune\n',
      /randers\.krav\.yml:2:9 {2}fejl {2}Id'et »§4\.1\.6« kan ikke bruges/,
    ],
    [
      'nothing to look for',
      'krav:\n  - id: egen-1\n    titel: Telefon\n    tekst: Oplys telefonnummeret.\n',
      /randers\.krav\.yml:2:5 {2}fejl {2}Kravet siger ikke, hvad tjekket skal lede efter/,
    ],
    [
      'a field that does not exist',
      'krav:\n  - id: egen-1\n    titel: Telefon\n    tekst: Oplys telefonnummeret.\n    felt: revision.naest_revision\n',
      /»revision\.naest_revision« er ikke et felt i en kvalitetsstandard\. Mente du »naeste_revision«\?/,
    ],
    [
      'a name an object inherits, as a field',
      'krav:\n  - id: egen-1\n    titel: Telefon\n    tekst: Oplys telefonnummeret.\n    felt: constructor\n',
      /»constructor« er ikke et felt i en kvalitetsstandard/,
    ],
    [
      'a title with a mark that turns the text’s direction (for the annex)',
      'krav:\n  - id: egen-1\n    titel: "Telefon \\u202eretsinformation"\n    tekst: Oplys telefonnummeret.\n    felt: kommune\n',
      /randers\.krav\.yml:3:21 {2}fejl {2}Teksten i »krav\[0\]\.titel« indeholder et usynligt tegn, der vender tekstens retning \(U\+202E\)/,
    ],
    [
      'a pattern that could search for very long',
      "krav:\n  - id: egen-1\n    titel: Telefon\n    tekst: Oplys telefonnummeret.\n    aspekter:\n      - id: telefon\n        beskrivelse: telefonnummeret\n        formuleringer: ['(\\p{L}+ )*telefon']\n",
      /randers\.krav\.yml:8:25 {2}fejl {2}Formuleringen »\(\\p\{L\}\+ \)\*telefon« har en gentagelse inde i en gentagelse/,
    ],
    [
      'a pattern with more than two ».*« in a row (minutes of search on a paragraph that almost matches)',
      "krav:\n  - id: egen-1\n    titel: Telefon\n    tekst: Oplys telefonnummeret.\n    aspekter:\n      - id: telefon\n        beskrivelse: telefonnummeret\n        formuleringer: ['e.*e.*e.*e.*e.*e.*[#@]']\n",
      /randers\.krav\.yml:8:25 {2}fejl {2}Formuleringen »e\.\*e\.\*e\.\*e\.\*e\.\*e\.\*\[#@\]« har .* mere end to ».\*« \(eller »\[\^\.\]\*«\) efter hinanden/,
    ],
  ];
  it.each(cases)('%s: a located Danish error, and the municipality is still checked', (_, own, error) => {
    const dir = folderWith('randers', own);
    const run = runCli(['check', ...date, join(dir, 'randers.yml')]);
    expect(run.stdout).toContain('Kommunens egne krav');
    expect(run.stdout).toContain('ugyldig, ikke vurderet');
    expect(run.stdout).toMatch(error);
    expect(run.stdout.match(/^ {2}§\d/gm)).toHaveLength(25);
    expect(run.stdout).toMatch(/^Randers Kommune: \d+ opfyldt/m);
    expect(run.stdout + run.stderr).not.toMatch(stackTrace);
    expect(run.status).toBe(1);
    const json = ownOf(join(dir, 'randers.yml'));
    expect(json.gyldig).toBe(false);
    expect(json.fejl[0]).toMatchObject({ fil: join(dir, 'randers.krav.yml'), alvor: 'fejl' });
  });

  it.each(cases)('%s: validate finds it too, beside the municipality or named alone', (_, own, error) => {
    const dir = folderWith('randers', own);
    for (const file of ['randers.yml', 'randers.krav.yml']) {
      const run = runCli(['validate', join(dir, file)]);
      expect(run.stdout).toMatch(error);
      expect(run.stdout).not.toContain('ikke en kvalitetsstandard');
      expect(run.stdout + run.stderr).not.toMatch(stackTrace);
      expect(run.status).toBe(1);
    }
    const [entry] = JSON.parse(runCli(['validate', '--format', 'json', join(dir, 'randers.yml')]).stdout);
    expect(entry).toMatchObject({ fil: join(dir, 'randers.yml'), gyldig: true, fejl: [], egne_krav: { fil: join(dir, 'randers.krav.yml'), gyldig: false } });
    expect(entry.egne_krav.fejl[0]).toMatchObject({ fil: join(dir, 'randers.krav.yml'), alvor: 'fejl' });
  });
});

describe('own requirements: a .krav.yml that is a link to nothing or in a ring is said, never silently no own requirements', () => {
  const kinds: [string, (file: string) => void, RegExp][] = [
    [
      'a link to a file that is gone',
      (file) => symlinkSync('slettet.krav.yml', file),
      /randers\.krav\.yml {2}fejl {2}Filen er et link til »slettet\.krav\.yml«, som ikke findes/,
    ],
    ['a link in a ring', (file) => symlinkSync('randers.krav.yml', file), /randers\.krav\.yml {2}fejl {2}Filen er et link, der peger på sig selv i ring/],
    ['a folder (as before)', (file) => mkdirSync(file), /randers\.krav\.yml {2}fejl {2}Det er en mappe, ikke en fil/],
  ];
  it.each(kinds)('%s: check, validate and the JSON say it; the municipality is still checked', (_, make, error) => {
    const dir = folderWith('randers', undefined);
    make(join(dir, 'randers.krav.yml'));
    const checked = runCli(['check', ...date, join(dir, 'randers.yml')]);
    expect(checked.stdout).toContain('Kommunens egne krav');
    expect(checked.stdout).toMatch(error);
    expect(checked.stdout).toMatch(/^Randers Kommune: \d+ opfyldt/m);
    expect(checked.stdout + checked.stderr).not.toMatch(stackTrace);
    expect(checked.status).toBe(1);
    const validated = runCli(['validate', join(dir, 'randers.yml')]);
    expect(validated.stdout).toMatch(error);
    expect(validated.status).toBe(1);
    expect(ownOf(join(dir, 'randers.yml'))).toMatchObject({ fil: join(dir, 'randers.krav.yml'), gyldig: false });
  });
});

describe('own requirements: validate', () => {
  it('says a valid file is valid, and leaves the JSON of a file without one as it was', () => {
    const dir = folderWith('randers', phoneRequirement);
    const run = runCli(['validate', join(dir, 'randers.yml')]);
    expect(run.stdout).toContain(`✓ ${join(dir, 'randers.krav.yml')}: gyldig`);
    expect(run.status).toBe(0);
    expect(JSON.parse(runCli(['validate', '--format', 'json', join(dir, 'randers.yml')]).stdout)[0].egne_krav).toEqual({
      fil: join(dir, 'randers.krav.yml'),
      gyldig: true,
      fejl: [],
    });
    const without = folderWith('randers', undefined);
    expect(Object.keys(JSON.parse(runCli(['validate', '--format', 'json', join(without, 'randers.yml')]).stdout)[0])).toEqual(['fil', 'gyldig', 'fejl']);
  });

  it('says so when a .krav.yml it is given does not exist', () => {
    const dir = folderWith('randers', undefined);
    const run = runCli(['validate', join(dir, 'randers.krav.yml')]);
    expect(run.stdout).toMatch(/randers\.krav\.yml {2}fejl {2}Filen findes ikke/);
    expect(run.status).toBe(1);
  });
});

describe('own requirements: beside one municipality only', () => {
  it('applies to that file, and is no municipality file of its own', () => {
    const dir = mkdtempSync(join(tmpdir(), 'egne-krav-'));
    mkdirSync(join(dir, 'municipalities'));
    for (const name of ['randers', 'holstebro']) copyFileSync(join(root, 'municipalities', `${name}.yml`), join(dir, 'municipalities', `${name}.yml`));
    writeFileSync(join(dir, 'municipalities', 'randers.krav.yml'), phoneRequirement);
    expect(allMunicipalityFiles(join(dir, 'municipalities')).map((file) => file.split('/').pop())).toEqual(['holstebro.yml', 'randers.yml']);
    const [holstebro, randers] = checkJson([join(dir, 'municipalities', 'holstebro.yml'), join(dir, 'municipalities', 'randers.yml')]);
    expect(holstebro).not.toHaveProperty('egne_krav');
    expect(randers!.egne_krav!.krav.map((entry) => entry.id)).toEqual(['egen-telefon']);
    // `validate` of the folder sees two municipality files, not three.
    expect(runCli(['validate'], { cwd: dir }).stdout).toContain('2 filer tjekket');
  });
});

describe('own requirements: the annex and build', () => {
  it('has a table of its own after the law’s, or says why the requirements were not judged', () => {
    const address =
      '  - id: egen-adresse\n    titel: Adresse på nettet\n    tekst: Standarden skal oplyse, hvor den står på nettet.\n    felt: offentliggoerelse.url\n';
    const dir = folderWith('randers', phoneRequirement + address, 'Du kan ringe til rusmiddelbehandlingen på telefon 8915 1515.');
    const annex = runCli(['check', ...date, '--format', 'html', join(dir, 'randers.yml')]).stdout;
    const own = annex.slice(annex.indexOf('<section class="egne-krav">'));
    expect(annex.indexOf('<section class="egne-krav">')).toBeGreaterThan(annex.indexOf('Bekendtgørelsens 25 krav'));
    expect(own).toContain('<h2>Kommunens egne krav</h2>');
    expect(own).toContain('Kommunen har selv stillet 2 krav til standarden');
    expect(own).toContain('Standarden opfylder 1 af dem.');
    expect(own).toMatch(/<span class="krav-titel">Telefonnummer<\/span>[\s\S]*Opfyldt/);
    // Said to the byråd without the field's name.
    expect(own).toContain('Oplysningen »Adresse på nettet« står ikke i standarden.');
    expect(own).not.toContain('offentliggoerelse');
    writeFileSync(join(dir, 'randers.krav.yml'), 'krav:\n  - id: egen-1\n    titel: [Telefon\n');
    const broken = runCli(['check', ...date, '--format', 'html', join(dir, 'randers.yml')]).stdout;
    expect(broken).toContain('Bekendtgørelsens 25 krav');
    expect(broken).toContain('Kommunens egne krav kunne ikke vurderes');
    expect(broken).toMatch(/<code>linje \d+, kolonne \d+<\/code>/);
  });

  it('is picked up by build, and a change to it rebuilds the annex', () => {
    const dir = mkdtempSync(join(tmpdir(), 'egne-krav-'));
    mkdirSync(join(dir, 'municipalities'));
    copyFileSync(join(root, 'municipalities', 'randers.yml'), join(dir, 'municipalities', 'randers.yml'));
    writeFileSync(join(dir, 'municipalities', 'randers.krav.yml'), phoneRequirement);
    const build = () => runCli(['build', '--uden-pdf', ...date, 'randers'], { cwd: dir });
    const first = build();
    expect(first.stderr).not.toMatch(stackTrace);
    const json = () => JSON.parse(readFileSync(join(dir, 'out', 'randers', 'compliance.json'), 'utf8'))[0];
    expect(json().egne_krav.krav[0]).toMatchObject({ id: 'egen-telefon', status: 'mangler' });
    expect(readFileSync(join(dir, 'out', 'randers', 'compliance.html'), 'utf8')).toContain('Kommunens egne krav');
    // The overview names them too, apart from the law's comparison.
    const overview = () => readFileSync(join(dir, 'out', 'index.html'), 'utf8');
    expect(overview()).toContain('<h2>Kommunernes egne krav</h2>');
    expect(overview()).toMatch(
      /<th scope="row">Randers Kommune<\/th><td><span class="etiket">Krav: <\/span>egen-telefon Telefonnummer<\/td><td><span class="etiket">Status: <\/span><span class="status mangler">.*? mangler<\/span><\/td><\/tr>/,
    );
    writeFileSync(join(dir, 'municipalities', 'randers.krav.yml'), phoneRequirement.replace('egen-telefon', 'egen-tlf'));
    expect(build().stdout).not.toContain('uændret');
    expect(json().egne_krav.krav[0].id).toBe('egen-tlf');
    expect(overview()).toContain('egen-tlf Telefonnummer');
    // A broken file is said on stderr at its line; the standard is built all the same.
    writeFileSync(join(dir, 'municipalities', 'randers.krav.yml'), 'krav:\n  - id: egen-1\n    titl: Telefon\n');
    const broken = build();
    expect(broken.stderr).toMatch(/randers\.krav\.yml:3:5 {2}fejl {2}Ukendt felt »titl«/);
    expect(json().egne_krav.gyldig).toBe(false);
    expect(overview()).toContain('randers.krav.yml har fejl og er ikke vurderet');
    // Without a .krav.yml, the overview has no such part.
    rmSync(join(dir, 'municipalities', 'randers.krav.yml'));
    build();
    expect(overview()).not.toContain('Kommunernes egne krav');
  });
});

describe('own requirements: the preview', () => {
  it('shows them apart in the panel, and a broken file’s errors at their lines without hiding the page', () => {
    const dir = folderWith('randers', phoneRequirement);
    const page = previewPage(join(dir, 'randers.yml'), 'randers');
    const panel = (html: string) => html.slice(html.indexOf('<aside class="forhaandsvisning"'));
    const shown = panel(page());
    expect(shown).toMatch(
      /<summary>Compliance pr\. [\d-]+: \d+ opfyldt[^<]* · Kommunens egne krav: 0 opfyldt, 0 delvist, 1 mangler, 0 kan ikke vurderes<\/summary>/,
    );
    expect(shown).toContain(`<h3>Kommunens egne krav (${join(dir, 'randers.krav.yml')})</h3>`);
    expect(shown).toContain('egen-telefon Telefonnummer: mangler.');
    writeFileSync(join(dir, 'randers.krav.yml'), 'krav:\n  - id: egen-1\n    titl: Telefon\n');
    const broken = page();
    expect(broken).toContain('<main');
    expect(broken).not.toContain('role="alert"');
    expect(panel(broken)).toContain('Kommunens egne krav: fejl i filen, ikke vurderet');
    expect(panel(broken)).toContain('Linje 3, kolonne 5: Ukendt felt »titl«. Mente du »titel«?');
  });
});

describe('own requirements: what is refused', () => {
  it('holds a kommune to no stricter a pattern rule than the law’s own patterns keep, and refuses the shapes that search for long', () => {
    const patterns = Object.values(defaultRegulation.aspects.requirements).flatMap((catalogue) =>
      catalogue.aspects.flatMap((aspect) => [...aspect.wordings, ...(aspect.cues?.wordings ?? []), aspect.context, aspect.unless, aspect.answer]),
    );
    const sources = patterns.flatMap((pattern) => (pattern ? [pattern.source] : []));
    expect(sources.length).toBeGreaterThan(100);
    expect(sources.filter(isHeavyPattern)).toEqual([]);
    const heavy = [
      '(a+)+',
      '(\\p{L}+ )*',
      '((ab)+c)*',
      '(a{2,})+',
      '(.*){5}\\d{9}',
      '([a-zæøå ]|[a-zæøå ])+\\d{7}',
      '([^.]+){3}x',
      '(\\S+ ?){2,4}$',
      'e.*e.*e.*[#@]',
      'a[^.]*b[\\s\\S]*c\\S+d',
      '(a.*|b)c.*d.*',
      '(?=x)a[a-zæ ]+b.*c.{0,500}d',
      '^(?!.*x.*y.*z)',
    ];
    expect(heavy.filter(isHeavyPattern)).toEqual(heavy);
    const light = [
      '(\\p{L}+ ){0,3}telefon',
      '\\<(telefon|tlf)\\p{L}*\\.? *(nr\\.? *)?\\d',
      '(åben|åbent)',
      '.{0,160}\\d+ ?%',
      '(\\d{2} ?){4}',
      'e.*e.*[#@]',
      '(?=.*a.*b)x.*y.*z',
      'a.*b|c.*d|e.*f',
      '\\p{L}*\\p{L}*\\p{L}*\\d',
      '[^.]{0,19}a[^.]{0,19}b.{0,19}c',
    ];
    expect(light.filter(isHeavyPattern)).toEqual([]);
  });

  it('says what a .krav.yml is when it is named as a municipality file', () => {
    const dir = folderWith('randers', phoneRequirement);
    const run = runCli(['check', ...date, join(dir, 'randers.krav.yml')]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      `»${join(dir, 'randers.krav.yml')}« er kommunens egne krav, ikke en kvalitetsstandard. Angiv kommunens egen fil, »${join(dir, 'randers.yml')}«`,
    );
  });
});
