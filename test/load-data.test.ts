/**
 * Issue 18: the law as data, loaded at run time. The real regulation folder loads to the
 * same regulation the CLI uses (generated ahead of time); a copy with mistakes gets Danish
 * diagnostics at file:line:column, all of them, from every file; a kommune's own krav file
 * loads against the regulation's shared patterns and its wordings match.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/diagnostics/diagnostic.js';
import { formatMessage } from '../src/diagnostics/messages.js';
import { defaultRegulation, findRequirement, listItems, listParameter } from '../src/regulations/index.js';
import { loadRegulationFolder, loadRequirementFile } from '../src/regulations/load-data.js';
import { statusesIn } from '../src/text/statuses.js';
import { root } from './helpers.js';

const folder = join(root, 'src', 'regulations', 'bek-1477-2019');
const folders: string[] = [];
afterEach(() => {
  for (const made of folders.splice(0)) rmSync(made, { recursive: true, force: true });
});

function scratch(): string {
  const made = mkdtempSync(join(tmpdir(), 'law-data-'));
  folders.push(made);
  return made;
}

/** A copy of the real regulation folder, with `edit` applied to the named files. */
function copyWith(edits: Record<string, (text: string) => string>): string {
  const copy = join(scratch(), 'regelsaet');
  cpSync(folder, copy, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) writeFileSync(join(copy, file), edit(readFileSync(join(copy, file), 'utf8')));
  return copy;
}

/** The 1-based line of the first line of `file` that contains `text`. */
function lineOf(file: string, text: string): number {
  return (
    readFileSync(file, 'utf8')
      .split('\n')
      .findIndex((line) => line.includes(text)) + 1
  );
}

/**
 * A regulation with its RegExps compared by what they are, so two loads of the same data are
 * equal; without the strings its patterns need, which the built-in catalogue has from
 * `npm run generate` and a folder read at run time derives on first use (both tested in
 * test/sentence-index.test.ts).
 */
const comparable = (value: unknown): unknown =>
  value instanceof RegExp
    ? `/${value.source}/${value.flags}`
    : Array.isArray(value)
      ? value.map(comparable)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).flatMap(([key, child]) => (key === 'literals' ? [] : [[key, comparable(child)]])))
        : value;

function diagnosticsOf(result: { ok: true } | { ok: false; diagnostics: Diagnostic[] }): Diagnostic[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.diagnostics;
}

describe('loadRegulationFolder', () => {
  it('loads the real BEK 1477/2019 folder to the regulation the CLI uses', () => {
    const loaded = loadRegulationFolder(folder);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(comparable(loaded.value)).toEqual(comparable(defaultRegulation));
    expect(loaded.value.requirements).toHaveLength(25);
  });

  it('reports every broken file at its line and column, in Danish, and stops the regulation', () => {
    const copy = copyWith({
      '4-1-6-behandlingsgaranti/krav.yml': (text) => text.replace('titel: Behandlingsgaranti', 'titel: Behandlingsgaranti\ntitle: Garanti'),
      '4-1-2-maalgruppe/krav.yml': (text) => text.replace(/^lovtekst: /m, 'lovtekst: [ikke lukket\n'),
    });
    const diagnostics = diagnosticsOf(loadRegulationFolder(copy));
    const unknown = diagnostics.find((diagnostic) => diagnostic.code === 'ukendt-felt');
    expect(unknown?.file).toBe(join(copy, '4-1-6-behandlingsgaranti', 'krav.yml'));
    expect(unknown?.start).toEqual({ line: lineOf(unknown!.file, 'title: Garanti'), column: 1 });
    expect(formatMessage(unknown!.code, unknown!.args)).toContain('titel');
    expect(diagnostics.some((diagnostic) => diagnostic.file.endsWith(join('4-1-2-maalgruppe', 'krav.yml')) && diagnostic.code.startsWith('yaml-'))).toBe(true);
    for (const diagnostic of diagnostics) expect(formatMessage(diagnostic.code, diagnostic.args)).not.toMatch(/undefined|\bat \w+ \(/);
  });

  it('points at a pattern that is not a regular expression (also a heading term), an unknown {{fragment}} and an unknown cue list', () => {
    const copy = copyWith({
      '4-1-6-behandlingsgaranti/krav.yml': (text) => text.replace(/^emne: .*$/m, "emne: 'garanti|(frist'"),
      '4-3-maaltal/krav.yml': (text) => text.replace('{{mindre_forbrug}}', '{{mindre_brug}}'),
      '3-2-serviceniveau/krav.yml': (text) => text.replace('liste: tilbudstyper', 'liste: tilbudsarter'),
      '4-1-7-frit-valg/krav.yml': (text) => text.replace('    - frit valg', "    - 'frit [valg'"),
    });
    const diagnostics = diagnosticsOf(loadRegulationFolder(copy));
    const at = (folderName: string) => diagnostics.find((diagnostic) => diagnostic.file === join(copy, folderName, 'krav.yml'));
    const regex = at('4-1-6-behandlingsgaranti');
    expect(regex).toMatchObject({ code: 'ugyldigt-felt', path: 'emne', start: { line: lineOf(regex!.file, 'emne:'), column: 7 } });
    expect(formatMessage(regex!.code, regex!.args)).toContain('ikke et gyldigt regulært udtryk');
    expect(formatMessage(at('4-3-maaltal')!.code, at('4-3-maaltal')!.args)).toContain('{{mindre_brug}}');
    expect(at('4-1-7-frit-valg')).toMatchObject({
      path: 'overskrifter.ord[0]',
      start: { line: lineOf(join(copy, '4-1-7-frit-valg', 'krav.yml'), 'frit [valg') },
    });
    expect(at('3-2-serviceniveau')).toMatchObject({
      path: 'aspekter[0].stikord.liste',
      start: { line: lineOf(join(copy, '3-2-serviceniveau', 'krav.yml'), 'tilbudsarter') },
    });
  });

  it("fills a pattern's {parameter} with the number the data gives, and reads a list's items with their words and patterns", () => {
    const copy = copyWith({
      '4-1-6-behandlingsgaranti/krav.yml': (text) => text.replace('frist_dage: {vaerdi: 14,', 'frist_dage: {vaerdi: 10,'),
      '4-2-opfoelgning/krav.yml': (text) =>
        text
          .replace('navn: hospital, lovens_ord: til »hospital«', 'navn: sygehus, lovens_ord: til »sygehus«')
          .replace('moenster: hospital|sygehus', 'moenster: hospital|sygehus|psykiatri'),
      '4-3-maaltal/krav.yml': (text) => text.replace('tilbagevenden_maaneder: {vaerdi: 12,', 'tilbagevenden_maaneder: {vaerdi: 24,'),
      '4-4-hjemmeboende-boern/krav.yml': (text) => text.replace('boern_under_aar: {vaerdi: 18,', 'boern_under_aar: {vaerdi: 15,'),
    });
    const loaded = loadRegulationFolder(copy);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const regulation = loaded.value;
    const topic = regulation.aspects.requirements['§4.1.6']!.topic;
    expect([topic.test('behandling inden for 10 dage'), topic.test('behandling inden for 14 dage')]).toEqual([true, false]);
    const statuses = listItems(findRequirement(regulation, '§4.2'), 'udskrivningsstatusser');
    expect(statuses.map((status) => status.id)).toEqual(listParameter(findRequirement(defaultRegulation, '§4.2'), 'udskrivningsstatusser'));
    expect(statuses[2]).toMatchObject({ id: 'hospital', label: 'sygehus', inLawsWords: 'til »sygehus«', description: 'Udskrevet til hospital.' });
    expect(statusesIn('Du udskrives til psykiatrien eller med anden årsag.', statuses)).toEqual(['hospital', 'anden_aarsag']);
    expect(
      statusesIn('Du udskrives til psykiatrien eller med anden årsag.', listItems(findRequirement(defaultRegulation, '§4.2'), 'udskrivningsstatusser')),
    ).toEqual(['anden_aarsag']);
    const [, , back] = listItems(findRequirement(regulation, '§4.3'), 'maaltal');
    expect(back!.label).toBe('andelen, der vender tilbage til behandling inden for 24 måneder');
    expect([back!.reading!.test('20 % vender tilbage inden for 24 måneder'), back!.reading!.test('20 % vender tilbage inden for 12 måneder')]).toEqual([
      true,
      false,
    ]);
    // {boern_under_aar:under}: any age below the law's, which leaves older children out; the law's own age is the law.
    const children = findRequirement(regulation, '§4.4');
    expect(children.title).toBe('Hjemmeboende børn under 15 år');
    const leavesOut = regulation.aspects.requirements['§4.4']!.aspects[0]!.unless!;
    const ages = [14, 15, 12, 1, 17].map((age) => leavesOut.test(`vi spørger, om du har hjemmeboende børn under ${age} år.`));
    expect(ages).toEqual([true, false, true, true, false]);
  });

  it('points at a pattern whose {parameter} is no number parameter, an item text with an unknown {parameter}, and a list that mixes bare ids with items', () => {
    const copy = copyWith({
      '4-1-6-behandlingsgaranti/krav.yml': (text) => text.replace('\\<{frist_dage} dage', '\\<{frist_dag} dage'),
      '4-2-opfoelgning/krav.yml': (text) => text.replace(/^ {6}- \{id: hospital,.*$/m, '      - hospital'),
      '4-3-maaltal/krav.yml': (text) =>
        text.replace(
          'navn: andelen, der vender tilbage til behandling inden for {tilbagevenden_maaneder}',
          'navn: andelen, der vender tilbage inden for {maaneder}',
        ),
    });
    const diagnostics = diagnosticsOf(loadRegulationFolder(copy));
    const at = (folderName: string) => diagnostics.find((diagnostic) => diagnostic.file === join(copy, folderName, 'krav.yml'));
    expect(at('4-1-6-behandlingsgaranti')).toMatchObject({ code: 'ugyldigt-felt', path: 'emne' });
    expect(formatMessage(at('4-1-6-behandlingsgaranti')!.code, at('4-1-6-behandlingsgaranti')!.args)).toContain('{frist_dag}');
    expect(at('4-2-opfoelgning')).toMatchObject({ code: 'ugyldigt-felt', path: 'parametre.udskrivningsstatusser.vaerdi' });
    expect(at('4-3-maaltal')).toMatchObject({ code: 'ugyldigt-felt', path: 'parametre.maaltal.vaerdi[2].navn' });
    expect(formatMessage(at('4-3-maaltal')!.code, at('4-3-maaltal')!.args)).toContain('{maaneder}');
  });

  it('says which requirement folder is missing', () => {
    const copy = copyWith({ 'regelsaet.yml': (text) => text.replace('- 4-1-7-frit-valg', '- 4-1-7-frit-vlag') });
    const diagnostics = diagnosticsOf(loadRegulationFolder(copy));
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'fil-findes-ikke', file: join(copy, '4-1-7-frit-vlag', 'krav.yml') })]);
  });
  it('refuses a krav.yml that links out of the regulation folder', () => {
    const copy = copyWith({});
    const outside = join(scratch(), 'krav.yml');
    cpSync(join(copy, '4-1-7-frit-valg', 'krav.yml'), outside);
    rmSync(join(copy, '4-1-7-frit-valg', 'krav.yml'));
    symlinkSync(outside, join(copy, '4-1-7-frit-valg', 'krav.yml'));
    expect(diagnosticsOf(loadRegulationFolder(copy))).toEqual([expect.objectContaining({ code: 'fil-uden-for-mappe' })]);
  });
});

describe('loadRequirementFile', () => {
  const ownFile = (text: string) => {
    const file = join(scratch(), 'randers.krav.yml');
    writeFileSync(file, text);
    return file;
  };

  it("loads a kommune's own requirement, with the regulation's cue lists and fragments", () => {
    const file = ownFile(
      [
        'id: randers-1',
        'titel: Telefon og åbningstider',
        'vejledning: Oplys telefonnummer og åbningstider, og svar inden for {svar_dage} dage.',
        'parametre:',
        "  svar_dage: {vaerdi: 3, enhed: dage, kilde: 'Byrådets beslutning'}",
        'aspekter:',
        '  - id: telefon',
        '    beskrivelse: telefonnummeret',
        '    raad: Skriv telefonnummeret.',
        "    formuleringer: ['\\<tlf\\.|\\<telefon\\p{L}*', {moenster: '\\<SMS\\>', store_bogstaver: true}]",
        "    naeste_saetning_medmindre: '\\<lukket\\>'",
        '  - id: tilbud',
        '    beskrivelse: tilbuddene',
        '    raad: Nævn tilbuddene.',
        '    formuleringer: []',
        '    stikord: {liste: tilbudstyper, mindst: 2}',
        '',
      ].join('\n'),
    );
    const loaded = loadRequirementFile(file, defaultRegulation);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const { requirement, aspects } = loaded.value;
    expect(requirement.guidance).toBe('Oplys telefonnummer og åbningstider, og svar inden for 3 dage.');
    expect(requirement.parameters.svar_dage).toEqual({ value: 3, unit: 'dage', source: 'Byrådets beslutning' });
    const [phone, offers] = aspects.aspects;
    expect(phone!.wordings[0]!.test('ring på telefonnummer 89 15 15 15')).toBe(true);
    expect(phone!.wordings[0]!.test('mikrotelefon')).toBe(false);
    expect(phone!.wordings[1]!.test('Skriv en SMS')).toBe(true);
    expect(phone!.wordings[1]!.test('skriv en sms')).toBe(false);
    expect(phone!.nextUnless?.test('telefonen er lukket i juli')).toBe(true);
    expect(offers!.cues?.wordings).toBe(defaultRegulation.aspects.shared?.lists.tilbudstyper);
    // No `emne`: a heading that is the title names the subject.
    expect(aspects.topic.test('telefon og åbningstider')).toBe(true);
  });

  it('gives located Danish errors for a malformed file and never throws', () => {
    const file = ownFile(
      ['id: randers-1', 'titel: Telefon', 'vejledning: Skriv {telefon}.', 'aspekter:', '  - id: telefon', '    beskrivelse: 7', ''].join('\n'),
    );
    const diagnostics = diagnosticsOf(loadRequirementFile(file, defaultRegulation));
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.start?.line])).toEqual(
      expect.arrayContaining([
        ['felt-mangler', 5],
        ['forkert-type', 6],
      ]),
    );
    const unknownPlaceholder = diagnosticsOf(loadRequirementFile(ownFile('id: k\ntitel: T\nvejledning: Skriv {telefon}.\n')));
    expect(unknownPlaceholder).toEqual([expect.objectContaining({ code: 'ugyldigt-felt', path: 'vejledning', start: { line: 3, column: 13 } })]);
    expect(formatMessage(unknownPlaceholder[0]!.code, unknownPlaceholder[0]!.args)).toContain('{telefon}');
    for (const text of ['', '- id: k\n', 'id: [\n', '\u0000\u0001']) expect(loadRequirementFile(ownFile(text)).ok).toBe(false);
    expect(diagnosticsOf(loadRequirementFile(join(scratch(), 'findes-ikke.krav.yml')))[0]?.code).toBe('fil-findes-ikke');
  });
});
