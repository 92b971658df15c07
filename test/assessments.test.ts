/**
 * Issue 17: the forvaltning's own assessments (`vurderinger`). Recorded on copies of the five
 * real files, then the files are edited: an assessment older than an edit to the text it rests
 * on is flagged, one over unchanged text (or text changed only in its spacing) is not.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { groundsHash } from '../src/check/assessments.js';
import { checkSource, type FileCheck } from '../src/check/run.js';
import type { Finding } from '../src/check/index.js';
import { previewPage } from '../src/commands/preview-page.js';
import { codeActions } from '../src/lsp/code-actions.js';
import { completions } from '../src/lsp/completion.js';
import { hover } from '../src/lsp/hover.js';
import { analyze } from '../src/lsp/diagnostics.js';
import { renderIndexPage } from '../src/report/index-page.js';
import { indexRow } from '../src/report/index-row.js';
import { axeViolations, useBrowser } from './axe.js';
import { fixtures, municipalityNames, root, runCli } from './helpers.js';

const date = '2026-11-23';
const work = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-vurderinger-'));
const municipality = (name: string) => readFileSync(join(root, 'municipalities', `${name}.yml`), 'utf8');

function check(text: string, file = 'test.yml'): FileCheck {
  return checkSource(file, new TextEncoder().encode(text), date);
}

function findings(text: string): Finding[] {
  const result = check(text);
  if (!result.valid) throw new Error(`invalid: ${JSON.stringify(result.diagnostics.map((diagnostic) => diagnostic.code))}`);
  return result.findings;
}

const finding = (text: string, id: string) => findings(text).find((candidate) => candidate.requirement.id === id)!;

/** The hash `grundlag` should record for `id` over the text as it is. */
function groundsOf(text: string, id: string): string {
  const result = check(text);
  if (!result.valid) throw new Error('invalid');
  return groundsHash(result.document, result.findings.find((candidate) => candidate.requirement.id === id)!);
}

interface Entry {
  krav: string;
  status: string;
  begrundelse?: string;
  grundlag?: string;
}

/** The text with a `vurderinger` list appended, as a person would write it. */
function withAssessments(text: string, entries: Entry[]): string {
  const items = entries.map((entry) =>
    [
      `  - krav: '${entry.krav}'`,
      `    status: ${entry.status}`,
      ...(entry.begrundelse === undefined ? [] : [`    begrundelse: ${JSON.stringify(entry.begrundelse)}`]),
      '    af: Anna Hansen, Rusmiddelcentret',
      '    dato: 2026-11-20',
      ...(entry.grundlag ? [`    grundlag: ${entry.grundlag}`] : []),
    ].join('\n'),
  );
  return `${text.trimEnd()}\n\nvurderinger:\n${items.join('\n')}\n`;
}

/** An assessment of `id` over the file as it is now: with the hash of the sections the finding rests on. */
function assessedNow(text: string, id: string, status = 'opfyldt'): string {
  return withAssessments(text, [
    { krav: id, status, begrundelse: 'Forvaltningen har læst afsnittet og finder kravet besvaret.', grundlag: groundsOf(text, id) },
  ]);
}

/** A requirement whose finding rests on a sentence in the file, and that sentence's line. */
function withEvidence(text: string): { id: string; line: number } {
  const found = findings(text).find((candidate) => candidate.sources?.some((source) => source.sentences.length > 0))!;
  return { id: found.requirement.id, line: found.sources!.find((source) => source.sentences.length > 0)!.sentences[0]!.line };
}

const replaceLine = (text: string, line: number, change: (content: string) => string) =>
  text
    .split('\n')
    .map((content, index) => (index === line - 1 ? change(content) : content))
    .join('\n');

describe('vurderinger: flagged when the text it rests on changes', () => {
  it.each(municipalityNames)('%s: not flagged over the unchanged file, flagged after a sentence it rests on is reworded', (name) => {
    const text = municipality(name);
    const { id, line } = withEvidence(text);
    const assessed = assessedNow(text, id);
    expect(finding(assessed, id).assessment).toMatchObject({ status: 'opfyldt', af: 'Anna Hansen, Rusmiddelcentret', dato: '2026-11-20' });
    expect(finding(assessed, id).assessment!.review).toBeUndefined();

    const reworded = replaceLine(assessed, line, (content) => content.replace(/(\p{L}{4,})/u, '$1 ikke'));
    expect(reworded).not.toBe(assessed);
    expect(finding(reworded, id).assessment!.review).toBe('grundlag-aendret');
  });

  it.each(municipalityNames)('%s: not flagged when only the spacing of that sentence changes, or another part of the file', (name) => {
    const text = municipality(name);
    const { id, line } = withEvidence(text);
    const assessed = assessedNow(text, id);
    const respaced = replaceLine(assessed, line, (content) => content.replace(/(\S) (\S)/, '$1   $2').replace(/$/, '  '));
    expect(respaced).not.toBe(assessed);
    expect(finding(respaced, id).assessment!.review).toBeUndefined();
    // The same sentence broken over two lines, as an editor reflows a paragraph.
    const reflowed = replaceLine(assessed, line, (content) => content.replace(/^(\s*)(.*?\S) (\S.*)$/, '$1$2\n$1$3'));
    expect(reflowed.split('\n').length).toBe(assessed.split('\n').length + 1);
    expect(finding(reflowed, id).assessment!.review).toBeUndefined();
    // A tab and a no-break space are spacing too; two words run together are an edit.
    const tabbed = replaceLine(assessed, line, (content) => content.replace(/(\S) (\S)/, '$1\t$2').replace(/(\S) (\S)([^ ]*)$/, '$1\u00a0$2$3'));
    expect(finding(tabbed, id).assessment!.review).toBeUndefined();
    const joined = replaceLine(assessed, line, (content) => content.replace(/(\S) (\S)/, '$1$2'));
    expect(finding(joined, id).assessment!.review).toBe('grundlag-aendret');
    const retitled = assessed.replace(/^titel: .*$/m, 'titel: En helt anden titel');
    expect(finding(retitled, id).assessment!.review).toBeUndefined();
  });

  it('is not flagged when a section it rests on is re-indented or moved, and is when a section is added to its own field', () => {
    const text = municipality('randers');
    const assessed = assessedNow(text, '§4.1.2');
    // The same section with every line indented two spaces deeper: the same words, other YAML.
    const deeper = assessed.replace(/^maalgruppe:\n(?:(?: .*)?\n)+/m, (section) => section.replace(/^(?= {2})/gm, '  '));
    expect(deeper).not.toBe(assessed);
    expect(check(deeper).valid).toBe(true);
    expect(finding(deeper, '§4.1.2').assessment!.review).toBeUndefined();
    const section = /^maalgruppe:\n(?:(?: .*)?\n)+/m.exec(assessed)![0];
    const moved = assessed.replace(section, '').replace(/^vurderinger:/m, `${section}\nvurderinger:`);
    expect(moved.indexOf('maalgruppe:')).toBeGreaterThan(assessed.indexOf('maalgruppe:'));
    expect(finding(moved, '§4.1.2').assessment!.review).toBeUndefined();

    const sentence = 'Behandlingen er også for dig, der er pårørende.';
    const added = assessed.replace(/^maalgruppe:\n {2}overskrift: .*\n {2}tekst: \|\n/m, (start) => `${start}    ${sentence}\n\n`);
    expect(added).toContain(sentence);
    expect(finding(added, '§4.1.2').assessment!.review).toBe('grundlag-aendret');
  });

  it('flags an assessment without grundlag, and says which hash to write', () => {
    const text = withAssessments(municipality('randers'), [{ krav: '§4.5', status: 'opfyldt', begrundelse: 'Beskrevet i byrådets rusmiddelstrategi.' }]);
    const assessed = finding(text, '§4.5');
    expect(assessed.assessment!.review).toBe('grundlag-mangler');
    const run = runCliOn(text, ['check', '--dato', date]);
    expect(run.stdout).toContain('Skal genvurderes: vurderingen har intet grundlag');
    expect(run.stdout).toMatch(/»grundlag: v1-[0-9a-f]{16}«/);
    expect(run.stdout).toContain(`»grundlag: ${assessed.assessment!.grounds}«`);
  });
});

describe('vurderinger: a malformed entry is a Danish error at its line and column', () => {
  const validate = (text: string) => {
    const result = check(text);
    if (result.valid) throw new Error('expected the file to be invalid');
    return result.diagnostics;
  };
  const lineOf = (text: string, needle: string, from = 0) => text.slice(0, text.indexOf(needle, from)).split('\n').length;

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['only spaces', '   \n  '],
  ])('refuses a reason that is %s', (_, begrundelse) => {
    const text = withAssessments(municipality('holstebro'), [{ krav: '§4.1.2', status: 'opfyldt', begrundelse }]);
    const [diagnostic, ...rest] = validate(text);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({ code: 'vurdering-uden-begrundelse', path: 'vurderinger[0].begrundelse', args: { krav: '§4.1.2' } });
    const line = begrundelse === undefined ? lineOf(text, "- krav: '§4.1.2'") : lineOf(text, 'begrundelse:');
    expect(diagnostic!.start!.line).toBe(line);
    const run = runCliOn(text, ['validate']);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`:${line}:\\d+ {2}fejl {2}Vurderingen af »§4\\.1\\.2« har ingen begrundelse\\. Skriv under »begrundelse:«`));
  });

  it('suggests the nearest requirement id for an unknown one (»Mente du …?«)', () => {
    const text = withAssessments(municipality('fredericia'), [{ krav: '§4.1.22', status: 'delvist', begrundelse: 'Se teksten.' }]);
    const [diagnostic] = validate(text);
    expect(diagnostic).toMatchObject({ code: 'ugyldig-vaerdi', path: 'vurderinger[0].krav', start: { line: lineOf(text, "'§4.1.22'"), column: 11 } });
    const run = runCliOn(text, ['validate']);
    expect(run.stdout).toContain('»§4.1.22« er ikke en tilladt værdi for »vurderinger[0].krav«. Mente du »§4.1.2«?');
  });

  it('refuses a requirement assessed twice, at the second entry', () => {
    const entry = { krav: '§4.1.5', status: 'opfyldt', begrundelse: 'Visitationen er beskrevet.' };
    const text = withAssessments(municipality('ikast-brande'), [entry, { krav: '§4.1.2', status: 'opfyldt', begrundelse: 'Målgruppen er beskrevet.' }, entry]);
    const [diagnostic, ...rest] = validate(text);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({ code: 'vurdering-dobbelt', args: { krav: '§4.1.5', nr1: 1, nr2: 3 }, path: 'vurderinger[2].krav' });
    expect(diagnostic!.start!.line).toBe(lineOf(text, "- krav: '§4.1.5'", text.indexOf("- krav: '§4.1.2'")));
  });

  it('refuses a status, date or grundlag the tool does not know, and a missing author', () => {
    const text = `${municipality('broenderslev').trimEnd()}\n\nvurderinger:\n  - krav: '§4.1.2'\n    status: godt nok\n    begrundelse: Beskrevet.\n    dato: 20.11.2026\n    grundlag: abc\n`;
    const codes = validate(text).map((diagnostic) => [diagnostic.code, diagnostic.path]);
    expect(codes).toEqual([
      ['vurdering-uden-af', 'vurderinger[0].af'],
      ['ugyldig-vaerdi', 'vurderinger[0].status'],
      ['ugyldig-vurderingsdato', 'vurderinger[0].dato'],
      ['ugyldigt-grundlag', 'vurderinger[0].grundlag'],
    ]);
    const impossible = text.replace('godt nok', 'opfyldt').replace('20.11.2026', '2026-02-30').replace('grundlag: abc', 'af: Bo');
    expect(validate(impossible).map((diagnostic) => diagnostic.code)).toEqual(['ugyldig-vurderingsdato']);
  });
});

/** Runs the CLI on `text` written to a file of its own. */
function runCliOn(text: string, args: string[]) {
  const file = join(work, `fil-${Math.random().toString(36).slice(2)}.yml`);
  writeFileSync(file, text);
  return { ...runCli([...args, file]), file };
}

describe('vurderinger: check shows both, and its exit code follows the assessment', () => {
  it('passes when the forvaltning assesses every failing requirement as met, and the JSON keeps the tool’s status', () => {
    const text = municipality('randers');
    const failing = findings(text).filter((candidate) => candidate.status === 'mangler' || candidate.status === 'kan ikke vurderes');
    expect(failing.length).toBeGreaterThan(0);
    const assessed = withAssessments(
      text,
      failing.map((candidate) => ({
        krav: candidate.requirement.id,
        status: 'opfyldt',
        begrundelse: 'Beskrevet i byrådets rusmiddelpolitik.',
        grundlag: groundsOf(text, candidate.requirement.id),
      })),
    );
    expect(runCliOn(text, ['check', '--dato', date]).status).toBe(1);
    const run = runCliOn(assessed, ['check', '--dato', date]);
    expect(run.status).toBe(0);
    const first = failing[0]!;
    expect(run.stdout).toContain(`Forvaltningens vurdering: opfyldt – Beskrevet i byrådets rusmiddelpolitik. (Anna Hansen, Rusmiddelcentret, 2026-11-20).`);
    expect(run.stdout).toContain(`Værktøjet fandt: ${first.status} – `);
    expect(run.stdout).toMatch(
      new RegExp(`^ {2}${first.requirement.id.replace(/\./g, '\\.')} +opfyldt .*\\(forvaltningens vurdering; værktøjet fandt: ${first.status}\\)$`, 'm'),
    );

    const json = JSON.parse(runCliOn(assessed, ['check', '--dato', date, '--format', 'json']).stdout)[0];
    const krav = json.krav.find((candidate: { id: string }) => candidate.id === first.requirement.id);
    expect(krav.status).toBe(first.status);
    expect(krav.gaeldende_status).toBe('opfyldt');
    expect(krav.grundlag).toBe(groundsOf(text, first.requirement.id));
    expect(krav.forvaltningens_vurdering).toMatchObject({
      status: 'opfyldt',
      begrundelse: 'Beskrevet i byrådets rusmiddelpolitik.',
      af: 'Anna Hansen, Rusmiddelcentret',
      dato: '2026-11-20',
      grundlag: groundsOf(text, first.requirement.id),
      skal_genvurderes: false,
      aarsag: null,
    });
    expect(krav.forvaltningens_vurdering.linje).toBeGreaterThan(text.split('\n').length);
    const unassessed = json.krav.find((candidate: { id: string }) => candidate.id === '§4.1.2');
    expect(unassessed.forvaltningens_vurdering).toBeNull();
    expect(unassessed.gaeldende_status).toBe(unassessed.status);
    expect(json.gaeldende_opsummering.mangler).toBe(0);
    expect(json.opsummering.mangler).toBeGreaterThan(0);
  });

  it('fails when the forvaltning assesses a requirement the tool finds met as missing, and when an assessment must be reviewed', () => {
    const text = readFileSync(join(fixtures, 'complete.yml'), 'utf8');
    expect(runCliOn(text, ['check', '--dato', date]).status).toBe(0);
    const missing = withAssessments(text, [
      { krav: '§4.1.2', status: 'mangler', begrundelse: 'Målgruppen er beskrevet for bredt.', grundlag: groundsOf(text, '§4.1.2') },
    ]);
    const run = runCliOn(missing, ['check', '--dato', date]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Værktøjet fandt: opfyldt – ');

    const agreed = assessedNow(text, '§4.1.2');
    expect(runCliOn(agreed, ['check', '--dato', date]).status).toBe(0);
    const stale = agreed.replace('forbrug af hash, kokain eller andre stoffer', 'forbrug af hash eller andre stoffer');
    expect(stale).not.toBe(agreed);
    expect(finding(stale, '§4.1.2').assessment!.review).toBe('grundlag-aendret');
    const flagged = runCliOn(stale, ['check', '--dato', date]);
    expect(flagged.status).toBe(1);
    expect(flagged.stdout).toContain('Skal genvurderes: teksten i');
    const json = JSON.parse(runCliOn(stale, ['check', '--dato', date, '--format', 'json']).stdout)[0];
    expect(json.krav.find((candidate: { id: string }) => candidate.id === '§4.1.2').forvaltningens_vurdering).toMatchObject({
      skal_genvurderes: true,
      aarsag: 'grundlag-aendret',
    });
  });
});

describe('vurderinger: the language server', () => {
  const settings = { compliance: 'information' as const, date };

  it.each(municipalityNames)('%s: »Registrér forvaltningens vurdering« inserts an entry that validates, once reasoned, and is not flagged', (name) => {
    const text = municipality(name);
    const uri = `file:///${name}.yml`;
    const document = TextDocument.create(uri, 'yaml', 1, text);
    const diagnostics = analyze(uri, `${name}.yml`, text, settings).filter((diagnostic) => diagnostic.source === 'kvalitetsstandard' && diagnostic.code);
    const target = diagnostics.find((diagnostic) => (diagnostic.data as { kind?: string }).kind === 'krav')!;
    const id = String(target.code);
    const actions = codeActions(uri, document, [target], { file: `${name}.yml`, range: target.range, date });
    const action = actions.find((candidate) => candidate.title.startsWith('Registrér forvaltningens vurdering'))!;
    expect(action.title).toContain(id);
    const edits = action.edit!.changes![uri]!;
    const inserted = TextDocument.applyEdits(document, edits);

    // Until a person writes the reason and the author, the file says so where they belong.
    const unreasoned = check(inserted);
    expect(unreasoned.valid).toBe(false);
    if (unreasoned.valid) return;
    expect(unreasoned.diagnostics.map((diagnostic) => diagnostic.code).sort()).toEqual(['vurdering-uden-af', 'vurdering-uden-begrundelse']);

    const reasoned = inserted
      .replace(/( {2,}begrundelse: \|\n)/, '$1      Forvaltningen har læst afsnittet og finder det dækkende.\n')
      .replace(/( {2,}af:)$/m, '$1 Anna Hansen');
    const assessed = finding(reasoned, id);
    expect(assessed.assessment).toMatchObject({ dato: date, begrundelse: 'Forvaltningen har læst afsnittet og finder det dækkende.\n', af: 'Anna Hansen' });
    expect(assessed.assessment!.status).toBe(finding(text, id).status);
    expect(assessed.assessment!.review).toBeUndefined();
    // Recorded once: the action is not offered again for the same requirement.
    const again = TextDocument.create(uri, 'yaml', 2, reasoned);
    const later = codeActions(uri, again, [], { file: `${name}.yml`, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, date });
    expect(later.filter((candidate) => candidate.title.includes(id))).toEqual([]);
  });

  it('offers the action in a section the tool finds met, appends to an existing list, and shows the assessment as a diagnostic', () => {
    const text = assessedNow(municipality('randers'), '§4.5', 'mangler');
    const uri = 'file:///randers.yml';
    const document = TextDocument.create(uri, 'yaml', 1, text);
    const line = text.split('\n').findIndex((content) => content.startsWith('maalgruppe:')) + 2;
    const range = { start: { line, character: 4 }, end: { line, character: 4 } };
    const [action] = codeActions(uri, document, [], { file: 'randers.yml', range, date });
    expect(action!.title).toBe('Registrér forvaltningens vurdering af §4.1.2 Målgruppe');
    const inserted = TextDocument.applyEdits(document, action!.edit!.changes![uri]!);
    const reasoned = inserted.replace(/( {2,}begrundelse: \|\n)/, '$1      Målgruppen er beskrevet.\n').replace(/( {2,}af:)$/m, '$1 Bo');
    expect(reasoned.match(/^vurderinger:/gm)).toHaveLength(1);
    const result = findings(reasoned);
    expect(result.filter((candidate) => candidate.assessment).map((candidate) => candidate.requirement.id)).toEqual(['§4.1.2', '§4.5']);

    const shown = analyze(uri, 'randers.yml', reasoned, settings).find((diagnostic) => diagnostic.code === '§4.1.2')!;
    expect(shown.message).toContain('Forvaltningens vurdering: opfyldt – Målgruppen er beskrevet. (Bo, 2026-11-23).');
    expect(shown.message).toContain('Værktøjet fandt: opfyldt');
    const entryLine = reasoned.split('\n').findIndex((content) => content.includes("krav: '§4.1.2'"));
    expect(shown.range.start.line).toBe(entryLine);
  });
});

describe('vurderinger: completion and hover in the editor', () => {
  const text = 'kommune: X\ntitel: Y\nvurderinger:\n  - krav: \n    status: \n    begrundelse: Se teksten.\n';

  it('completes a requirement id with its title, and a status with what it means', () => {
    const ids = completions(text, { line: 3, character: 10 });
    expect(ids.map((item) => item.label)).toContain('§4.1.2');
    expect(ids.find((item) => item.label === '§4.1.2')!.labelDetails?.description).toBe('Målgruppe (BEK 1477/2019 § 4, stk. 1, nr. 2)');
    const values = completions(text, { line: 4, character: 12 });
    expect(values.map((item) => item.label)).toEqual(['opfyldt', 'delvist', 'mangler', 'kan ikke vurderes']);
    expect(JSON.stringify(values)).toContain('Forvaltningen vurderer, at standarden opfylder kravet delvist.');
  });

  it('explains the reason on hover', () => {
    expect(JSON.stringify(hover(text, { line: 5, character: 6 }))).toContain('Den vises for byrådet.');
  });
});

describe('vurderinger: the language server, when an assessment must be reviewed', () => {
  const settings = { compliance: 'information' as const, date };

  it.each([
    ['after its text changed', true],
    ['without grundlag', false],
  ])('warns at the entry %s, and »læst igen« records today and the current hash', (_, withGrounds) => {
    const text = municipality('fredericia');
    const { id, line } = withEvidence(text);
    const entry = { krav: id, status: 'delvist', begrundelse: 'Beskrivelsen er for kort.', grundlag: withGrounds ? groundsOf(text, id) : undefined };
    const stale = replaceLine(withAssessments(text, [entry]), line, (content) => content.replace(/(\p{L}{4,})/u, '$1 ikke'));
    const uri = 'file:///fredericia.yml';
    const diagnostic = analyze(uri, 'fredericia.yml', stale, settings).find((candidate) => candidate.code === id)!;
    expect(diagnostic.severity).toBe(2);
    expect(diagnostic.message).toContain('Skal genvurderes');
    expect(stale.split('\n')[diagnostic.range.start.line]).toContain(`krav: '${id}'`);
    const document = TextDocument.create(uri, 'yaml', 1, stale);
    const [action, ...rest] = codeActions(uri, document, [diagnostic], { file: 'fredericia.yml', range: diagnostic.range, date });
    expect(rest).toEqual([]);
    expect(action!.title).toMatch(new RegExp(`^Afsnittene er læst igen: vurderingen af ${id.replace(/\./g, '\\.')} `));
    const reviewed = TextDocument.applyEdits(document, action!.edit!.changes![uri]!);
    const assessment = finding(reviewed, id).assessment!;
    expect(assessment).toMatchObject({ status: 'delvist', begrundelse: 'Beskrivelsen er for kort.', dato: date });
    expect(assessment.review).toBeUndefined();
    expect(reviewed.match(/^ +grundlag:/gm)).toHaveLength(1);
  });
});

describe('vurderinger: the annex for the byråd', () => {
  const browser = useBrowser();

  it('shows the forvaltning’s verdict and reason, the tool’s finding beside it, and the review flag, and passes axe-core', { timeout: 60_000 }, async () => {
    const text = municipality('randers');
    const missing = findings(text).find((candidate) => candidate.status === 'mangler')!;
    const assessed = withAssessments(text, [
      {
        krav: missing.requirement.id,
        status: 'opfyldt',
        begrundelse: 'Beskrevet i byrådets rusmiddelpolitik, vedtaget 2025.',
        grundlag: groundsOf(text, missing.requirement.id),
      },
      { krav: '§4.1.2', status: 'delvist', begrundelse: 'Unge under 18 år er ikke nævnt.' },
    ]);
    const annex = runCliOn(assessed, ['check', '--dato', date, '--format', 'html']).stdout;
    const row = (title: string) =>
      annex.slice(annex.indexOf(`<span class="krav-titel">${title}</span>`), annex.indexOf('</tr>', annex.indexOf(`>${title}</span>`)));
    const met = row(missing.requirement.title);
    expect(met).toContain('</svg> Opfyldt</span><br><span class="vurderet-af">Forvaltningens vurdering</span>');
    expect(met).toContain(
      'Forvaltningens vurdering: opfyldt – Beskrevet i byrådets rusmiddelpolitik, vedtaget 2025. (Anna Hansen, Rusmiddelcentret, 20.\u00a0november\u00a02026).', // the page keeps a date together
    );
    expect(met).toContain('Værktøjet fandt: mangler.');
    expect(met).not.toContain('Skal genvurderes');
    const partly = row('Målgruppe');
    expect(partly).toContain('</svg> Delvist opfyldt</span>');
    expect(partly).toContain('Værktøjet fandt: opfyldt.');
    expect(partly).toContain('Skal genvurderes: det kan ikke ses, om teksten, vurderingen bygger på, er ændret');
    expect(annex).toContain('Forvaltningen har selv vurderet 2 krav; for 2 af dem fandt værktøjet noget andet. 1 vurdering skal genvurderes');
    // The conclusion counts the forvaltning's status: one more met, one fewer missing than the tool alone.
    const metCount = (html: string) => Number(/opfylder (\d+) af bekendtgørelsens/.exec(html)![1]);
    const toolOnly = runCliOn(text, ['check', '--dato', date, '--format', 'html']).stdout;
    expect(metCount(annex)).toBe(metCount(toolOnly) + 1 - (finding(text, '§4.1.2').status === 'opfyldt' ? 1 : 0));
    // The annex never shows the editor's details (the hash, the entry's line).
    expect(annex).not.toContain(groundsOf(text, missing.requirement.id));
    expect(await axeViolations(browser(), annex)).toEqual([]);
    expect(await axeViolations(browser(), annex, { width: 375, height: 800 })).toEqual([]);
  });
});

describe('vurderinger: the preview’s panel and the overview of all kommuner', () => {
  const text = municipality('holstebro');
  const target = findings(text).find((candidate) => candidate.status !== 'opfyldt')!;
  const assessed = withAssessments(text, [
    {
      krav: target.requirement.id,
      status: 'opfyldt',
      begrundelse: 'Forvaltningen har læst afsnittet og finder kravet besvaret.',
      grundlag: groundsOf(text, target.requirement.id),
    },
  ]);

  it('the panel shows the assessment with the tool’s finding beside it, and counts the status that counts', () => {
    const { file } = runCliOn(assessed, ['validate']);
    const page = previewPage(file, 'holstebro')();
    const panel = page.slice(page.indexOf('<aside class="forhaandsvisning"'));
    expect(panel).toContain(
      `${target.requirement.id} ${target.requirement.title}: opfyldt.</strong> Forvaltningens vurdering: opfyldt – Forvaltningen har læst afsnittet`,
    );
    expect(panel).toContain(`Værktøjet fandt: ${target.status} – `);
    expect(panel).toContain('(1 efter forvaltningens vurdering)');
  });

  it('the overview counts and shows the status that counts, marked as the forvaltning’s', () => {
    const before = findings(text);
    const after = findings(assessed);
    const checked = check(assessed);
    if (!checked.valid) throw new Error('the assessed file must be valid');
    const page = renderIndexPage([{ file: checked.file, id: 'test', row: indexRow(checked), hasPdf: false }], date);
    const count = (list: Finding[], status: string) => list.filter((candidate) => (candidate.assessment?.status ?? candidate.status) === status).length;
    expect(count(after, 'opfyldt')).toBe(count(before, 'opfyldt') + 1);
    expect(page).toContain(`<td class="tal"><span class="etiket">Opfyldt: </span>${count(after, 'opfyldt')}</td>`);
    expect(page).toContain('<br><small>forvaltningens vurdering</small>');
  });
});
