/**
 * Drives `kvalitetsstandard lsp` over stdio as an editor does (initialize, didOpen,
 * didChange, completion, hover, codeAction, shutdown) on copies of the five municipality
 * files and on the broken fixtures, and applies its quick fixes and completions to the text.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkSource } from '../src/check/run.js';
import { terms } from '../src/diagnostics/labels.js';
import { formatMessage } from '../src/diagnostics/messages.js';
import { defaultRegulation, findRequirement, fullCitation, listItems } from '../src/regulations/index.js';
import { chooseRegulation } from '../src/regulations/select.js';

/** What a måltal's indicator means, as the requirement's data (or, for the combined figure, the tool) says. */
const measureMeaning = (id: string) =>
  listItems(findRequirement(defaultRegulation, '§4.3'), 'maaltal').find((item) => item.id === id)?.description ?? terms.combinedMeasure.description;
import { fixtures, municipalityNames, root, sectionsRepeatingAFieldAbove } from './helpers.js';
import { brokenFileExpectations } from './fixture-expectation.js';
import { LspClient } from './lsp.js';

// Behaviour, not speed (that is `npm run bench`): room for a machine shared by several test runs.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

const date = '2026-11-23';
/** The regulation a file without `regelsaet` is judged against on the date the tests give the server. */
const regulationOnEditorsDate = (() => {
  const choice = chooseRegulation(undefined, date);
  if (!choice.ok) throw new Error(`no regulation on ${date}`);
  return choice.regulation;
})();
const cli = join(root, 'dist', 'cli.js');
const work = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-lsp-'));
const requirement = (field: string) => defaultRegulation.requirements.find((candidate) => candidate.field === field)!;
const municipality = (name: string) => readFileSync(join(root, 'municipalities', `${name}.yml`), 'utf8');

let client: LspClient;
let counter = 0;
const versions = new Map<string, number>();

function start(initializationOptions: Record<string, unknown> = { dato: date }, args = ['--stdio']): Promise<LspClient> {
  const started = new LspClient(process.execPath, [cli, 'lsp', ...args], {});
  return started
    .request('initialize', { processId: process.pid, rootUri: pathToFileURL(work).href, capabilities: {}, initializationOptions })
    .then(() => (started.notify('initialized', {}), started));
}

/** Opens `text` as a new document and waits for its diagnostics. */
async function open(text: string, on = client, name = `fil-${(counter += 1)}`) {
  const uri = pathToFileURL(join(work, 'municipalities', `${name}.yml`)).href;
  versions.set(uri, 1);
  on.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  const published = await on.notification('textDocument/publishDiagnostics', (params) => params.uri === uri && params.version === 1);
  return { uri, diagnostics: published.diagnostics as any[] };
}

/** Replaces the whole text, as an editor's didChange does, and waits for the new diagnostics. */
async function change(uri: string, text: string, on = client): Promise<any[]> {
  const version = versions.get(uri)! + 1;
  versions.set(uri, version);
  on.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  const published = await on.notification('textDocument/publishDiagnostics', (params) => params.uri === uri && params.version === version);
  return published.diagnostics;
}

const errors = (diagnostics: any[]) => diagnostics.filter((diagnostic) => diagnostic.severity === 1);
const findings = (diagnostics: any[]) => diagnostics.filter((diagnostic) => diagnostic.data?.kind === 'krav');

async function actionsFor(uri: string, diagnostic: any): Promise<any[]> {
  return client.request('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
}

function apply(text: string, uri: string, action: any): string {
  return TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 0, text), action.edit.changes[uri]);
}

/** A completion's text as the editor leaves it once the snippet's tab stops are passed. */
function applyCompletion(text: string, item: any): string {
  const plain = String(item.textEdit.newText)
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\d+/g, '')
    .replace(/\\([$}\\])/g, '$1');
  return TextDocument.applyEdits(TextDocument.create('x', 'yaml', 0, text), [{ range: item.textEdit.range, newText: plain }]);
}

/** The text without a top-level section: its key line and every line indented below it. */
function _withoutSection(text: string, field: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`${field}:`));
  if (start < 0) return text;
  let end = start + 1;
  while (end < lines.length && (lines[end] === '' || /^\s/.test(lines[end]!))) end++;
  return [...lines.slice(0, start), ...lines.slice(end)].join('\n');
}

async function complete(uri: string, line: number, character: number): Promise<any[]> {
  return client.request('textDocument/completion', { textDocument: { uri }, position: { line, character } });
}

beforeAll(async () => {
  client = await start();
});

afterAll(async () => {
  await client?.close();
});

describe('kvalitetsstandard lsp: diagnostics', () => {
  for (const name of municipalityNames) {
    it(`${name}: no errors, and exactly the check's findings, each with its citation`, async () => {
      const text = municipality(name);
      const { diagnostics } = await open(text);
      expect(errors(diagnostics)).toEqual([]);
      const check = checkSource(`${name}.yml`, Buffer.from(text), date);
      if (!check.valid) throw new Error('the municipality file is valid');
      const expected = check.findings.filter((finding) => finding.status !== 'opfyldt');
      expect(findings(diagnostics).map((diagnostic) => diagnostic.code)).toEqual(expected.map((finding) => finding.requirement.id));
      for (const [index, diagnostic] of findings(diagnostics).entries()) {
        const finding = expected[index]!;
        expect(diagnostic.severity).toBe(3);
        expect(diagnostic.message).toContain(finding.citation);
        expect(diagnostic.message).toContain(formatMessage(finding.messages[0]!.code, finding.messages[0]!.args));
        // At the finding's line, or, where that line is blank, on the content after it: never an underline of nothing.
        const lines = text.split('\n');
        const at = finding.span.start.line - 1;
        const shown = lines[diagnostic.range.start.line]!.slice(diagnostic.range.start.character, diagnostic.range.end.character);
        if (diagnostic.range.start.line !== at) expect(lines.slice(at, diagnostic.range.start.line).every((line) => !line.trim())).toBe(true);
        if (diagnostic.range.start.line === diagnostic.range.end.line) expect(shown.trim()).not.toBe('');
        // The sections the verdict rests on, to jump to.
        expect((diagnostic.relatedInformation ?? []).map((related: any) => [related.location.range.start.line + 1, related.message])).toEqual(
          (finding.sources ?? []).map((found) => [found.line, `Vurderingen bygger på afsnittet »${found.heading}«.`]),
        );
      }
    });
  }

  describe('a text that begins with a byte order mark (VS Code takes off one, so the file had two) or has CRLF or CR lines', () => {
    const lines = ['kommun: Testby Kommune', 'titel: Kvalitetsstandard', 'maalgrupe:', '  tekst: Borgere over 18 år.', ''];
    it.each([
      ['a BOM', '\ufeff', '\n'],
      ['a BOM, then CRLF lines', '\ufeff', '\r\n'],
      ['a BOM, then CR lines', '\ufeff', '\r'],
      ['no BOM, CRLF lines', '', '\r\n'],
    ])('%s: each error underlines its field name in the text as sent', async (_what, bom, newline) => {
      const text = bom + lines.join(newline);
      const { diagnostics } = await open(text);
      const document = TextDocument.create('file:///x.yml', 'yaml', 1, text);
      const underlined = errors(diagnostics).map((diagnostic) => [diagnostic.message.slice(0, 20), document.getText(diagnostic.range)]);
      expect(underlined).toEqual([
        ['Feltet »kommune« man', 'kommun'],
        ['Ukendt felt »kommun«', 'kommun'],
        ['Ukendt felt »maalgru', 'maalgrupe'],
      ]);
      // A BOM in the text is one more than a file begins with: a warning on it, as validate gives for the file.
      const extra = diagnostics.filter((diagnostic) => diagnostic.message.startsWith('Filen begynder med to usynlige BOM-tegn'));
      expect(extra.map((diagnostic) => document.getText(diagnostic.range))).toEqual(bom ? ['\ufeff'] : []);
    });

    it('two BOMs in the text (three in the file), then CRLF lines: the error validate gives, on the first of them', async () => {
      const text = `\ufeff\ufeff${lines.join('\r\n')}`;
      const { diagnostics } = await open(text);
      expect(errors(diagnostics).map((diagnostic) => [diagnostic.range, diagnostic.message.slice(0, 58)])).toEqual([
        [{ start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, 'Linjen begynder med et usynligt BOM-tegn (U+FEFF). Det ses'],
      ]);
    });
  });

  const invalidFixtures = brokenFileExpectations(join(fixtures, 'invalid'));
  for (const name of Object.keys(invalidFixtures)) {
    it(`broken fixture ${name}: the same Danish message at the same place as validate`, async () => {
      const text = readFileSync(join(fixtures, 'invalid', `${name}.yml`), 'utf8');
      const { diagnostics } = await open(text, client, name);
      const shown = diagnostics
        .filter((diagnostic) => diagnostic.data?.kind === 'validering')
        .map((diagnostic) => ({
          line: diagnostic.range.start.line + 1,
          column: diagnostic.range.start.character + 1,
          code: diagnostic.code,
          message: diagnostic.message,
        }));
      expect(shown).toEqual(invalidFixtures[name]);
    });
  }

  it('says of a file name build refuses (»Ærø.yml«, »Randers Kommune.yml«) what validate says, with the name to rename it to; a good name is said nothing of', async () => {
    const text = municipality('randers');
    for (const [name, forslag] of [
      ['Ærø', 'aeroe.yml'],
      ['Randers Kommune', 'randers.yml'],
    ]) {
      const { diagnostics } = await open(text, client, name);
      expect(errors(diagnostics).map((diagnostic) => [diagnostic.code, diagnostic.range.start, diagnostic.message])).toEqual([
        [
          'filnavn-ugyldigt',
          { line: 0, character: 0 },
          `»${name}.yml«: filnavnet kan ikke bruges som mappe i out/ og adresse på hjemmesiden. Et kommunenavn i filnavnet må kun indeholde små bogstaver a-z, tal og bindestreger. Omdøb filen til »${forslag}«.`,
        ],
      ]);
    }
    expect(errors((await open(text, client, 'aeroe')).diagnostics)).toEqual([]);
  });

  it('a file marked »ikke-tjek« gets no compliance findings, but is still validated', async () => {
    const text = `# kvalitetsstandard: ikke-tjek\n${municipality('holstebro')}`;
    const { uri, diagnostics } = await open(text);
    expect(findings(diagnostics)).toEqual([]);
    const broken = await change(uri, text.replace('\nkommune:', '\nkomune:'));
    expect(errors(broken).map((diagnostic) => diagnostic.message)).toContain('Ukendt felt »komune«. Mente du »kommune«?');
  });

  it('shows compliance findings as warnings, or not at all, as configured', async () => {
    const text = municipality('holstebro');
    const { uri, diagnostics } = await open(text);
    const count = findings(diagnostics).length;
    expect(count).toBeGreaterThan(0);
    client.notify('workspace/didChangeConfiguration', { settings: { kvalitetsstandard: { compliance: 'advarsel' } } });
    const warned = await client.notification(
      'textDocument/publishDiagnostics',
      (params) => params.uri === uri && findings(params.diagnostics).some((diagnostic: any) => diagnostic.severity === 2),
    );
    expect(findings(warned.diagnostics).map((diagnostic: any) => diagnostic.severity)).toEqual(Array(count).fill(2));
    client.notify('workspace/didChangeConfiguration', { settings: { kvalitetsstandard: { compliance: 'fra' } } });
    const off = await client.notification('textDocument/publishDiagnostics', (params) => params.uri === uri && params.diagnostics.length === 0);
    expect(off.diagnostics).toEqual([]);
    client.notify('workspace/didChangeConfiguration', { settings: { kvalitetsstandard: { compliance: 'information' } } });
    await client.notification('textDocument/publishDiagnostics', (params) => params.uri === uri && findings(params.diagnostics).length === count);
  });

  it('says in Danish when the date setting is no day, as --dato refuses it, and judges at today; a real date or none is said nothing of', async () => {
    const refused = /^kvalitetsstandard: Indstillingen »kvalitetsstandard\.dato« er »(.*)«, som ikke er en gyldig dato\. Skriv datoen som ÅÅÅÅ-MM-DD/;
    for (const [dato, shown] of [
      ['2026-13-45', '2026-13-45'],
      ['2026-02-30', '2026-02-30'],
      ['23.11.2026', '23.11.2026'],
      ['2026-11', '2026-11'],
      [20261123, '20261123'],
    ] as const) {
      const server = await start({ dato });
      const message = await server.notification('window/showMessage', () => true);
      expect(message.message, String(dato)).toMatch(refused);
      expect(refused.exec(message.message)?.[1]).toBe(shown);
      // Judged at today, as without the setting: the same findings as a server without it.
      const withoutDate = await start({});
      const text = municipality('holstebro');
      const [judged, today] = await Promise.all([open(text, server, 'dato-ugyldig'), open(text, withoutDate, 'dato-ingen')]);
      const shownOf = (diagnostics: any[]) => diagnostics.map(({ range, severity, code, message }) => ({ range, severity, code, message }));
      expect(shownOf(judged.diagnostics)).toEqual(shownOf(today.diagnostics));
      await Promise.all([server.close(), withoutDate.close()]);
    }
    const server = await start({ dato: date });
    server.notify('workspace/didChangeConfiguration', { settings: { kvalitetsstandard: { dato: '2026-04-31' } } });
    expect((await server.notification('window/showMessage', () => true)).message).toMatch(refused);
    server.notify('workspace/didChangeConfiguration', { settings: { kvalitetsstandard: { dato: '' } } });
    server.notify('workspace/didChangeConfiguration', { settings: { kvalitetsstandard: { dato: '2024-02-29' } } });
    await open(municipality('holstebro'), server, 'dato-gyldig');
    expect(server.received('window/showMessage')).toHaveLength(1);
    await server.close();
  });

  it('warns in Danish when compliance is no allowed value, naming the setting, the value and the values allowed, and falls back to the default', async () => {
    const warning = (value: string) =>
      `kvalitetsstandard: Indstillingen »kvalitetsstandard.compliance« er »${value}«, som ikke er en af de tilladte værdier: »information«, »advarsel« og »fra«. Vælg en af dem, eller slet indstillingen; indtil da bruges standardværdien »information«.`;
    const text = municipality('holstebro');
    const server = await start({ dato: date, compliance: 'rød' });
    expect(await server.notification('window/showMessage', () => true)).toEqual({ type: 2, message: warning('rød') });
    const shown = await open(text, server, 'compliance-ugyldig');
    expect(findings(shown.diagnostics).length).toBeGreaterThan(0);
    expect(new Set(findings(shown.diagnostics).map((diagnostic) => diagnostic.severity))).toEqual(new Set([3]));
    // Not the value before it: the default. »advarsel« first, then a value that cannot be used.
    server.notify('workspace/didChangeConfiguration', { settings: { kvalitetsstandard: { compliance: 'advarsel' } } });
    await server.notification(
      'textDocument/publishDiagnostics',
      (params) => params.uri === shown.uri && findings(params.diagnostics).every((d: any) => d.severity === 2),
    );
    for (const [value, written] of [
      ['Advarsel', 'Advarsel'],
      [2, '2'],
      [['fra'], '["fra"]'],
      [{ niveau: 'fra' }, '{"niveau":"fra"}'],
    ] as const) {
      server.notify('workspace/didChangeConfiguration', { settings: { kvalitetsstandard: { compliance: value } } });
      expect(await server.notification('window/showMessage', (params) => params.message === warning(written))).toEqual({ type: 2, message: warning(written) });
      await server.notification(
        'textDocument/publishDiagnostics',
        (params) => params.uri === shown.uri && findings(params.diagnostics).length > 0 && findings(params.diagnostics).every((d: any) => d.severity === 3),
      );
    }
    // A value allowed, a setting cleared or left out: nothing said.
    const before = server.received('window/showMessage').length;
    for (const kvalitetsstandard of [{ compliance: 'fra' }, { compliance: '' }, { compliance: null }, {}])
      server.notify('workspace/didChangeConfiguration', { settings: { kvalitetsstandard } });
    await open(text, server, 'compliance-gyldig');
    expect(server.received('window/showMessage')).toHaveLength(before);
    await server.close();
  });

  it('says every setting that cannot be used the same way, one warning each, and uses each one’s default', async () => {
    const server = await start({ compliance: 'blå', dato: '31-12-2026', regelsaetMapper: 'regelsaet/bek-2026' });
    await server.notification('window/showMessage', () => server.received('window/showMessage').length >= 3);
    expect(server.received('window/showMessage')).toEqual([
      {
        type: 2,
        message: expect.stringMatching(/^kvalitetsstandard: Indstillingen »kvalitetsstandard\.compliance« er »blå«, som ikke er en af de tilladte værdier/),
      },
      { type: 2, message: expect.stringMatching(/^kvalitetsstandard: Indstillingen »kvalitetsstandard\.dato« er »31-12-2026«, som ikke er en gyldig dato\./) },
      {
        type: 2,
        message:
          'kvalitetsstandard: Indstillingen »kvalitetsstandard.regelsaetMapper« er »regelsaet/bek-2026«, som ikke er en liste af højst 50 mapper. Skriv hver mappe som tekst i en liste, fx ["regelsaet/bek-2026"], eller slet indstillingen; indtil da bruges kun de indbyggede regelsæt.',
      },
    ]);
    server.notify('workspace/didChangeConfiguration', { settings: { kvalitetsstandard: { regelsaetMapper: ['regelsaet', 7] } } });
    expect((await server.notification('window/showMessage', (params) => params.message.includes('["regelsaet",7]'))).type).toBe(2);
    // More folders than any kommune uses is one warning, not a window for each folder that cannot be read (before: 10,000 windows).
    const shown = server.received('window/showMessage').length;
    const folders = Array.from({ length: 10_000 }, (_, index) => `findes-ikke-${index}`);
    server.notify('workspace/didChangeConfiguration', { settings: { kvalitetsstandard: { regelsaetMapper: folders } } });
    const many = await server.notification('window/showMessage', (params) => params.message.includes('findes-ikke-0'));
    expect(many.message).toMatch(/»\["findes-ikke-0",.*\(\d+\.\d+ tegn i alt\)«, som ikke er en liste af højst 50 mapper/);
    await server.request('textDocument/hover', { textDocument: { uri: 'file:///ingen.yml' }, position: { line: 0, character: 0 } });
    expect(server.received('window/showMessage').length).toBe(shown + 1);
    // Judged as a server without any setting: information, today.
    const plain = await start({});
    const text = municipality('holstebro');
    const [judged, defaults] = await Promise.all([open(text, server, 'alle-ugyldige'), open(text, plain, 'ingen-indstillinger')]);
    const shownOf = (diagnostics: any[]) => diagnostics.map(({ range, severity, code, message }) => ({ range, severity, code, message }));
    expect(shownOf(judged.diagnostics)).toEqual(shownOf(defaults.diagnostics));
    await Promise.all([server.close(), plain.close()]);
  });

  it('refuses a text larger than a file may be, in Danish, without checking it', async () => {
    const { diagnostics } = await open(`kommune: Testby\ntitel: x\nforord:\n  tekst: |\n${'    lang tekst\n'.repeat(200_000)}`);
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['fil-for-stor']);
    expect(diagnostics[0].message).toMatch(/^Filen er for stor \(2,9 MB\)\. En kvalitetsstandard fylder langt under 2 MB/);
  });

  it('debounces a burst of edits: the last version is checked, the ones before it mostly not', async () => {
    const text = municipality('randers');
    const { uri } = await open(text);
    const before = client.received('textDocument/publishDiagnostics', (params) => params.uri === uri).length;
    for (let version = 2; version <= 11; version++) {
      versions.set(uri, version);
      client.notify('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ text: text.replace('Randers Kommune', `Randers Kommune ${version}`) }],
      });
    }
    await client.notification('textDocument/publishDiagnostics', (params) => params.uri === uri && params.version === 11);
    const published = client.received('textDocument/publishDiagnostics', (params) => params.uri === uri).slice(before);
    // The first edit may be checked at once, and on a busy machine a gap longer than the pause can
    // fall inside the burst; most edits are still never checked.
    expect(published.length).toBeLessThanOrEqual(5);
    expect(published.at(-1)?.version).toBe(11);
  });
});

describe('kvalitetsstandard lsp: quick fixes (applying them yields a valid file)', () => {
  const base = municipality('randers');

  async function fixed(broken: string, expectedMessage: string | RegExp, title: string): Promise<string> {
    const { uri, diagnostics } = await open(broken);
    const [diagnostic] = errors(diagnostics);
    expect(diagnostic?.message).toMatch(expectedMessage);
    const actions = await actionsFor(uri, diagnostic);
    const action = actions.find((candidate) => candidate.title === title);
    expect(action, actions.map((candidate) => candidate.title).join(', ')).toBeDefined();
    const result = apply(broken, uri, action);
    expect(errors(await change(uri, result))).toEqual([]);
    return result;
  }

  it('»Ret til »maalgruppe«« for a misspelt section', async () => {
    const broken = base.replace(/^maalgruppe:/m, 'maalgrupe:');
    const line = broken.split('\n').indexOf('maalgrupe:');
    const { diagnostics } = await open(broken);
    expect(errors(diagnostics)[0].range).toEqual({ start: { line, character: 0 }, end: { line, character: 9 } });
    expect(await fixed(broken, 'Ukendt felt »maalgrupe«. Mente du »maalgruppe«?', 'Ret til »maalgruppe«')).toBe(base);
  });

  it('»Flyt teksten ned på linjen under« for a text begun on the line of »|«, at each text of a real file', async () => {
    const lines = base.split('\n');
    const starts = lines.flatMap((line, index) => (/^ +tekst: \|$/.test(line) && /^ +\S/.test(lines[index + 1] ?? '') ? [index] : []));
    const prose = starts.filter((at) => !lines[at + 1]!.trim().startsWith('#'));
    for (const at of [prose[0]!, prose.at(-1)!]) {
      const broken = [...lines.slice(0, at), `${lines[at]} ${lines[at + 1]!.trim()}`, ...lines.slice(at + 2)].join('\n');
      expect(await fixed(broken, /skal begynde på linjen under »\|«/, 'Flyt teksten ned på linjen under')).toBe(base);
    }
    // A heading there is a comment to YAML: the file is valid, the heading lost; a warning with the same fix.
    const heading = starts.find((at) => /^ +#{2,6} /.test(lines[at + 1]!));
    expect(heading).toBeDefined();
    const commented = [...lines.slice(0, heading!), `${lines[heading!]} ${lines[heading! + 1]!.trim()}`, ...lines.slice(heading! + 2)].join('\n');
    const { uri, diagnostics } = await open(commented);
    const warning = diagnostics.find((diagnostic) => diagnostic.code === 'yaml-tekst-efter-blokmaerke');
    expect(warning?.severity).toBe(2);
    expect(warning?.message).toMatch(/er en kommentar i YAML og kommer ikke med/);
    const action = (await actionsFor(uri, warning!)).find((candidate) => candidate.title === 'Flyt teksten ned på linjen under');
    expect(apply(commented, uri, action)).toBe(base);
  });

  it('»Skriv »maalgruppe:«« for a section’s name written without its colon', async () => {
    const broken = base.replace(/^maalgruppe:$/m, 'maalgruppe');
    expect(broken).not.toBe(base);
    expect(await fixed(broken, /står alene på linjen/, 'Skriv »maalgruppe:«')).toBe(base);
  });

  it('»Skriv »maalgruppe:«« for a section’s name misspelt and without its colon: the fix writes the field’s name', async () => {
    for (const typo of ['maalgrupe', 'malgruppe', 'maalgrupep']) {
      const broken = base.replace(/^maalgruppe:$/m, typo);
      expect(broken).not.toBe(base);
      expect(await fixed(broken, new RegExp(`»${typo}« står alene på linjen.*Mente du »maalgruppe«`), 'Skriv »maalgruppe:«')).toBe(base);
    }
  });

  it('»Skriv »overskrift:«« for a field written with its value but without its colon', async () => {
    const line = base.split('\n').find((each, index, all) => /^ {2}overskrift: [^:#]+$/.test(each) && /^ {2}[a-z_]+:/.test(all[index + 1] ?? ''))!;
    const broken = base.replace(line, line.replace('overskrift:', 'overskrift'));
    expect(broken).not.toBe(base);
    expect(await fixed(broken, /Der mangler et kolon efter »overskrift«/, 'Skriv »overskrift:«')).toBe(base);
  });

  it('»Fjern »- « foran »dato«« for one list item written as two', async () => {
    const broken = base.replace('\n    dato: 2021-12-13\n', '\n  - dato: 2021-12-13\n');
    expect(broken).not.toBe(base);
    expect(await fixed(broken, /står som et nyt punkt i »godkendelse«/, 'Fjern »- « foran »dato«')).toBe(base);
  });

  it('»Ryk … ud som et afsnit for sig« for a section whose name was indented under the section above', async () => {
    const lines = base.split('\n');
    // A section whose first field the section above has too, so YAML reads it twice.
    const at = sectionsRepeatingAFieldAbove(lines)[0]!;
    expect(at).toBeGreaterThan(0);
    const broken = [...lines.slice(0, at), `  ${lines[at]}`, ...lines.slice(at + 1)].join('\n');
    const name = lines[at]!.slice(0, -1);
    expect(await fixed(broken, /har intet efter kolonet/, `Ryk »${name}« ud som et afsnit for sig`)).toBe(base);
  });

  it.each([
    ['a date', '    dato: 2021-12-13', '2021-12', '\u200b'],
    ['the kommune’s name, written as an escape in double quotes', 'kommune: Randers Kommune', 'Randers Kom', '\\u00AD'],
    ['a key', '  - noegle: lovgrundlag', 'lov', '\u2060'],
  ])('»Slet det usynlige tegn« in %s, at the character', async (_what, line, before, character) => {
    const written = character.startsWith('\\')
      ? line.replace(/: (.*)$/, (_all, value: string) => `: "${value.replace(before, `${before}${character}`)}"`)
      : line.replace(before, `${before}${character}`);
    const broken = base.replace(line, written);
    expect(broken).not.toBe(base);
    const at = broken.split('\n').indexOf(written);
    const { diagnostics } = await open(broken);
    const column = written.indexOf(character);
    expect(errors(diagnostics)[0].range).toEqual({ start: { line: at, character: column }, end: { line: at, character: column + character.length } });
    const result = await fixed(broken, /indeholder .*så den er ikke/, 'Slet det usynlige tegn');
    expect(result).toBe(base.replace(line, written.replace(character, '')));
  });

  it('»Ret til« a section key in the presentation order', async () => {
    const broken = base.replace(/^(\s+- )maalgruppe$/m, '$1maalgrupe');
    expect(broken).not.toBe(base);
    const result = await fixed(broken, 'Rækkefølgen nævner afsnittet »maalgrupe«, som ikke findes i filen. Mente du »maalgruppe«?', 'Ret til »maalgruppe«');
    expect(result).toBe(base);
  });

  it('»Ret til« an allowed value', async () => {
    const text = 'kommune: Testby Kommune\ntitel: Kvalitetsstandard\nmaaltal:\n  maal:\n    - indikator: stofri\n      procent: 40\n';
    const result = await fixed(text, /»stofri« er ikke en tilladt værdi.*Mente du »stoffri«\?/, 'Ret til »stoffri«');
    expect(result).toBe(text.replace('stofri', 'stoffri'));
  });

  for (const [written, iso] of [
    ['20.11.2023', '2023-11-20'],
    ['1/2-2024', '2024-02-01'],
    ['13. december 2021', '2021-12-13'],
    ['december 2021', '2021-12'],
    ['12/2021', '2021-12'],
  ] as const) {
    it(`a date written ${written} is rewritten as ${iso}`, async () => {
      const broken = base.replace('dato: 2021-12-13', `dato: ${written}`);
      expect(await fixed(broken, `»${written}« er ikke skrevet, som en dato skal stå i filen. Skriv »${iso}«`, `Skriv datoen som ${iso}`)).toBe(
        base.replace('2021-12-13', iso),
      );
    });
  }

  it('no date fix is offered where the day does not exist', async () => {
    const { uri, diagnostics } = await open(base.replace('dato: 2021-12-13', 'dato: 30.02.2023'));
    expect(await actionsFor(uri, errors(diagnostics)[0])).toEqual([]);
  });

  for (const title of ['Sæt teksten i anførselstegn', 'Skriv teksten som en blok med »|«']) {
    it(`a text with a colon: ${title}`, async () => {
      const broken = base.replace(/^undertitel: .*$/m, 'undertitel: Bemærk: gælder fra "2024" \\ frem  # fra byrådet');
      const result = await fixed(broken, /Et kolon efterfulgt af mellemrum/, title);
      const check = checkSource('x.yml', Buffer.from(result), date);
      // A block keeps its closing line break; the text itself is unchanged.
      expect(check.valid && check.document.undertitel?.trimEnd()).toBe('Bemærk: gælder fra "2024" \\ frem');
      expect(result).toContain('# fra byrådet');
    });
  }

  it('a text whose next lines YAML reads as a new field becomes a block', async () => {
    const broken = base.replace(/^undertitel: .*$/m, 'undertitel: Ring til os\n  på hverdage: 8-15\n  og i weekenden: 10-12');
    const result = await fixed(
      broken,
      /^Kolonet i »på hverdage: 8-15« gør linjen til et nyt felt, men linjen fortsætter teksten i »undertitel« fra linje 4/,
      'Skriv teksten som en blok med »|«',
    );
    const check = checkSource('x.yml', Buffer.from(result), date);
    expect(check.valid && check.document.undertitel).toBe('Ring til os\npå hverdage: 8-15\nog i weekenden: 10-12\n');
  });

  // Mistakes made by hand (test/yaml-mistakes.test.ts places them): each fix gives back the file as it was.
  const handMistakes: [string, string, RegExp, string][] = [
    [
      'a space left after removing »#«',
      '\nopgaver:',
      / er rykket 1 mellemrum ind, men felterne på samme niveau står helt ude til venstre/,
      'Fjern mellemrummet før »opgaver«',
    ],
    ['a field indented one too far', '\n  tekst: |\n    Behandlingen', /»tekst« er rykket 3 mellemrum ind/, 'Fjern mellemrummet før »tekst«'],
    ['a field indented one too little', '\n  tekst: |\n    Behandlingen', /»tekst« er rykket 1 mellemrum ind/, 'Ryk »tekst« 1 mellemrum længere ind'],
    ['a text line not indented under »tekst: |«', '\n    Rådgivning er for dig', /hører til teksten i »tekst«/, 'Ryk linjen 2 mellemrum længere ind'],
    [
      'a list item indented too little',
      '\n    - indikator: tilbagevenden_12_maaneder',
      /Punktet »- indikator: tilbagevenden_12_maaneder«/,
      'Ryk linjen 2 mellemrum længere ind',
    ],
    ['a missing space after the colon', '\nundertitel: Kvalitetsstandard', /mangler et mellemrum efter kolonet/, 'Indsæt et mellemrum efter kolonet'],
  ];
  const broken = (mistake: string, at: string) => {
    const [, rest] = /^\n(.*)$/s.exec(at)!;
    if (mistake.startsWith('a space left')) return base.replace(at, `\n ${rest}`);
    if (mistake.includes('one too far')) return base.replace(at, `\n ${rest}`);
    if (mistake.includes('one too little')) return base.replace(at, at.replace('\n  tekst', '\n tekst'));
    if (mistake.includes('not indented')) return base.replace(at, at.replace('\n    ', '\n  '));
    if (mistake.includes('list item')) return base.replace(at, at.replace('\n    -', '\n  -'));
    return base.replace(at, at.replace(': ', ':'));
  };
  it.each(handMistakes)('%s: the fix puts the file back', async (mistake, at, message, title) => {
    expect(base).toContain(at);
    expect(await fixed(broken(mistake, at), message, title)).toBe(base);
  });

  it('a colour YAML read as a comment, and text after a closing quote, are quoted', async () => {
    const colour = base.replace(/^praesentation:\n/m, 'praesentation:\n  farve: #1a5fb4\n');
    const quoted = await fixed(colour, /»#« begynder en kommentar i YAML/, 'Sæt teksten i anførselstegn');
    expect(quoted).toContain('farve: "#1a5fb4"');
    const early = base.replace(/^undertitel: .*$/m, 'undertitel: "Nr. 15" af 2021');
    expect(await fixed(early, /slutter ved det andet »"«/, 'Sæt teksten i anførselstegn')).toContain(`undertitel: '"Nr. 15" af 2021'`);
    const open = base.replace(/^undertitel: .*$/m, 'undertitel: "Nr. 15 af 2021');
    expect(await fixed(open, /lukkes aldrig/, 'Tilføj det afsluttende »"« sidst på linjen')).toContain('undertitel: "Nr. 15 af 2021"');
  });

  it('a tab in the indentation is replaced by spaces', async () => {
    const broken = base.replace('\n  overskrift: Hvad er formålet', '\n\toverskrift: Hvad er formålet');
    expect(await fixed(broken, /tabulator/, 'Erstat tabulatoren med mellemrum')).toBe(base);
  });

  const sections = defaultRegulation.requirements.filter((candidate) => !candidate.field.includes('.'));
  const head =
    'kommune: Testby Kommune\ntitel: Kvalitetsstandard for social behandling for stofmisbrug\ngodkendelse:\n  - organ: Byrådet\n    dato: 2026-01-15\n';
  // Two documents: one with no sections, one with every other section (so a missing one goes between two).
  const documents = {
    tom: head,
    halv:
      head +
      sections
        .filter((_, index) => index % 2 === 1)
        .map((candidate) => `\n${candidate.field}:\n  tekst: Tekst følger.\n`)
        .join(''),
  };
  const cases = Object.entries(documents).flatMap(([name, text]) =>
    // Revision is judged on the approval date, which both documents have (see the next test).
    sections
      .filter((candidate) => candidate.field !== 'revision' && !new RegExp(`^${candidate.field}:`, 'm').test(text))
      .map((candidate) => [candidate.field, name, text] as const),
  );
  it.each(cases)('a missing section %s (%s document) is inserted whole where the check says it belongs', async (field, _name, text) => {
    const { uri, diagnostics } = await open(text);
    const wanted = requirement(field);
    const finding = findings(diagnostics).find((diagnostic) => diagnostic.code === wanted.id);
    expect(finding?.message).toContain(`Afsnittet »${wanted.title}« mangler`);
    // Underlined on something to see, not on the blank line where the section belongs.
    const { start, end } = finding.range;
    expect(
      text
        .split('\n')
        [start.line]!.slice(start.character, start.line === end.line ? end.character : undefined)
        .trim(),
    ).not.toBe('');
    const actions = await actionsFor(uri, finding);
    // Shown on the next section's key, the finding's place also offers that section's own assessment.
    const titles = actions.map((action) => action.title);
    // Cited as the finding cites it: in the regulation the file is judged against on the editor's date.
    const citation = /\(([^()]*§[^()]*)\)$/.exec(finding.message)?.[1];
    expect(citation).toBe(fullCitation(regulationOnEditorsDate, wanted));
    expect(titles.slice(0, 2)).toEqual([
      `Tilføj afsnittet »${wanted.title}« (${citation})`,
      `Registrér forvaltningens vurdering af ${wanted.id} ${wanted.title}`,
    ]);
    for (const other of titles.slice(2)) expect(other).toMatch(/^Registrér forvaltningens vurdering af §/);
    const result = apply(text, uri, actions[0]);
    const after = await change(uri, result);
    expect(errors(after)).toEqual([]);
    // The section is there now, where the finding is shown, after exactly one blank line and before
    // exactly one (none at the end), in the regulation's order, and no longer missing.
    const lines = result.split('\n');
    const key = lines.indexOf(`${field}:`);
    expect(key).toBeGreaterThan(0);
    expect(key).toBeLessThanOrEqual(finding.range.start.line + 1);
    expect([lines[key - 1], lines[key - 2]!.trim() !== '']).toEqual(['', true]);
    const next = lines.findIndex((line, index) => index > key && /^\S/.test(line));
    if (next >= 0) expect([lines[next - 1]!.trim(), lines[next - 2]!.trim() !== '']).toEqual(['', true]);
    else expect(result.endsWith('\n\n')).toBe(false);
    const order = sections.map((candidate) => candidate.field).filter((name) => new RegExp(`^${name}:`, 'm').test(result));
    expect(order.map((name) => result.search(new RegExp(`^${name}:`, 'm')))).toEqual(
      [...order.map((name) => result.search(new RegExp(`^${name}:`, 'm')))].sort((a, b) => a - b),
    );
    const again = findings(after).find((diagnostic) => diagnostic.code === wanted.id);
    expect(again?.message ?? '').not.toContain(`Afsnittet »${wanted.title}« mangler`);
  });

  it('inserts no section for a requirement judged on other fields (revision, from the approval date); only the assessment is offered', async () => {
    const { uri, diagnostics } = await open(head.replace('2026-01-15', '2020-01-15'));
    const finding = findings(diagnostics).find((diagnostic) => diagnostic.code === requirement('revision').id);
    expect(finding.message).not.toContain('mangler. Tilføj feltet');
    expect((await actionsFor(uri, finding)).map((action) => action.title)).toEqual(['Registrér forvaltningens vurdering af §6.1 Revision mindst hvert 2. år']);
  });
});

describe('kvalitetsstandard lsp: completion', () => {
  it('offers the missing sections by Danish title and citation, inserting the whole section', async () => {
    const text = `${municipality('holstebro')}\n`;
    const { uri } = await open(text);
    const line = text.split('\n').length - 1;
    const items = await complete(uri, line, 0);
    const byLabel = new Map(items.map((item) => [item.label, item]));
    for (const field of ['serviceniveau', 'offentliggoerelse', 'maaltal']) {
      const wanted = requirement(field);
      const item = byLabel.get(wanted.title);
      expect(item, wanted.title).toBeDefined();
      expect(item.labelDetails.description).toBe(fullCitation(defaultRegulation, wanted));
      const result = applyCompletion(text, item);
      expect(result).toContain(`${field}:\n  overskrift: ${wanted.title}\n`);
      expect(errors(await change(uri, result))).toEqual([]);
      await change(uri, text);
    }
    // Sections already written are not offered again.
    expect(byLabel.has(requirement('visitation').title)).toBe(false);
    // The label is the title; nothing shown beside or under it says it again.
    for (const item of items) {
      for (const extra of [item.detail, item.labelDetails?.detail, item.labelDetails?.description]) expect(extra ?? '', item.label).not.toContain(item.label);
    }
  });

  it('inserts a section in a CRLF or CR-only file with that file’s line breaks, and the file reads with it (a variant)', async () => {
    for (const lineBreak of ['\r\n', '\r']) {
      const text = `kommune: Testby Kommune${lineBreak}titel: Kvalitetsstandard${lineBreak}${lineBreak}`;
      const { uri } = await open(text);
      const item = (await complete(uri, 2, 0)).find((candidate) => candidate.label === requirement('behandlingsgaranti').title);
      expect(item.textEdit.newText.split(lineBreak).length).toBeGreaterThan(3);
      expect(item.textEdit.newText.replaceAll(lineBreak, ''), JSON.stringify(lineBreak)).not.toMatch(/[\r\n]/);
      const result = applyCompletion(text, item);
      expect(errors(await change(uri, result))).toEqual([]);
      expect(result.replace(/\r\n?/g, '\n')).toMatch(/behandlingsgaranti:\n {2}overskrift: .*\n {2}# .*\n {2}tekst: \|\n.*\n {2}frist_dage: 14\n/);
    }
  });

  it('inserts a section with its structured fields (behandlingsgaranti: frist_dage)', async () => {
    const text = 'kommune: Testby Kommune\ntitel: Kvalitetsstandard\n\n';
    const { uri } = await open(text);
    const item = (await complete(uri, 2, 0)).find((candidate) => candidate.label === requirement('behandlingsgaranti').title);
    const result = applyCompletion(text, item);
    expect(result).toMatch(/behandlingsgaranti:\n {2}overskrift: .*\n {2}# .*\n {2}tekst: \|\n.*\n {2}frist_dage: 14\n/);
    expect(errors(await change(uri, result))).toEqual([]);
  });

  it('completes the fields of a section by their Danish titles', async () => {
    const text = 'kommune: Testby Kommune\ntitel: Kvalitetsstandard\nopfoelgning:\n  tekst: Vi følger op.\n  \n';
    const { uri } = await open(text);
    const labels = (await complete(uri, 4, 2)).map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(['Overskrift', 'Opfølgning efter måneder', 'Udskrivningsstatusser']));
    expect(labels).not.toContain('Tekst');
  });

  it('completes requirement ids in daekker, with their titles', async () => {
    const text =
      "kommune: Testby Kommune\ntitel: Kvalitetsstandard\noevrige_afsnit:\n  - noegle: hvem\n    overskrift: Hvem kan få hjælp?\n    daekker: ['§4.1.2', \n";
    const { uri } = await open(text);
    const items = await complete(uri, 5, 23);
    // Every requirement but the one already listed.
    expect(items.map((item) => item.label)).toEqual(defaultRegulation.requirements.map((candidate) => candidate.id).filter((id) => id !== '§4.1.2'));
    expect(items.find((item) => item.label === '§4.1.5').labelDetails.description).toBe(requirement('visitation').title);
    expect(items[0].textEdit.newText).toBe("'§3.2'");
  });

  it('completes daekker in a block list too, leaving out the ids already there', async () => {
    const text = 'kommune: Testby Kommune\ntitel: Kvalitetsstandard\nforord:\n  daekker:\n    - §3.2\n    - \n    - §4.5\n';
    const { uri } = await open(text);
    const labels = (await complete(uri, 5, 6)).map((item) => item.label);
    expect(labels).toHaveLength(defaultRegulation.requirements.length - 2);
    expect(labels).not.toContain('§3.2');
    expect(labels).not.toContain('§4.5');
  });

  it('»Ret til« a near-miss requirement id in daekker, keeping its quotes', async () => {
    const text = "kommune: Testby Kommune\ntitel: Kvalitetsstandard\nforord:\n  daekker: ['§4.1.22']\n";
    const { uri, diagnostics } = await open(text);
    const [diagnostic] = errors(diagnostics);
    expect(diagnostic.message).toMatch(/^»§4\.1\.22« er ikke en tilladt værdi for »forord\.daekker\[0\]«\. Mente du »§4\.1\.2«\?/);
    const [action] = await actionsFor(uri, diagnostic);
    expect(action.title).toBe('Ret til »§4.1.2«');
    const result = apply(text, uri, action);
    expect(result).toBe(text.replace('§4.1.22', '§4.1.2'));
    expect(errors(await change(uri, result))).toEqual([]);
  });

  it('completes the keys of praesentation.raekkefoelge from the sections in the file', async () => {
    const text =
      'kommune: Testby Kommune\ntitel: Kvalitetsstandard\npraesentation:\n  raekkefoelge:\n    - \nvisitation:\n  tekst: x\noevrige_afsnit:\n  - noegle: indledning\n    overskrift: Indledning\n';
    const { uri } = await open(text);
    const items = await complete(uri, 4, 6);
    expect(items.map((item) => item.label)).toEqual(['visitation', 'indledning']);
    const listed = await open(text.replace('    - \n', '    - indledning\n    - \n'));
    expect((await complete(listed.uri, 5, 6)).map((item) => item.label)).toEqual(['visitation']);
    expect(items[0].labelDetails.description).toBe(requirement('visitation').title);
  });

  it('completes enum values with their Danish descriptions', async () => {
    const text = 'kommune: Testby Kommune\ntitel: Kvalitetsstandard\nmaaltal:\n  maal:\n    - indikator: \n';
    const { uri } = await open(text);
    const items = await complete(uri, 4, 17);
    expect(items.map((item) => item.label)).toEqual(['stoffri', 'reduceret', 'stoffri_eller_reduceret', 'tilbagevenden_12_maaneder']);
    expect(items.map((item) => item.labelDetails.description)).toEqual(items.map((item) => measureMeaning(item.label)));
  });

  it('offers nothing inside a block of text', async () => {
    const text = 'kommune: Testby Kommune\ntitel: Kvalitetsstandard\nvisitation:\n  tekst: |\n    Du henvender dig \n';
    const { uri } = await open(text);
    expect(await complete(uri, 4, 21)).toEqual([]);
  });
});

describe('kvalitetsstandard lsp: hover', () => {
  const text = municipality('randers');
  const lines = text.split('\n');

  async function hoverAt(line: number, character: number): Promise<string> {
    const { uri } = await open(text);
    const result = await client.request('textDocument/hover', { textDocument: { uri }, position: { line, character } });
    return result?.contents?.value ?? '';
  }

  it('shows the law’s text, citation and guidance on a section', async () => {
    const wanted = requirement('maalgruppe');
    const shown = await hoverAt(
      lines.findIndex((line) => line.startsWith('maalgruppe:')),
      3,
    );
    for (const part of [wanted.legalText, fullCitation(defaultRegulation, wanted), wanted.guidance]) expect(shown).toContain(part);
  });

  it('shows the field and its section’s legal text on a field within a section', async () => {
    const section = lines.findIndex((line) => line.startsWith('behandlingsgaranti:'));
    const line = lines.findIndex((candidate, index) => index > section && candidate.startsWith('  tekst:'));
    const shown = await hoverAt(line, 4);
    expect(shown).toContain('**Tekst**');
    expect(shown).toContain(requirement('behandlingsgaranti').legalText);
  });

  it('explains a requirement id in daekker and an allowed value', async () => {
    const text = "kommune: Testby Kommune\ntitel: Kvalitetsstandard\nforord:\n  daekker: ['§4.1.5']\nmaaltal:\n  maal:\n    - indikator: reduceret\n";
    const { uri } = await open(text);
    const onId = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 14 } });
    expect(onId.contents.value).toContain(requirement('visitation').legalText);
    const onValue = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 6, character: 20 } });
    expect(onValue.contents.value).toContain(measureMeaning('reduceret'));
    const ordered = await open(
      'kommune: Testby Kommune\ntitel: Kvalitetsstandard\npraesentation:\n  raekkefoelge: [forord, [visitation, behandlingsgaranti]]\n',
    );
    const onSection = await client.request('textDocument/hover', { textDocument: { uri: ordered.uri }, position: { line: 3, character: 27 } });
    expect(onSection.contents.value).toContain(requirement('visitation').legalText);
  });

  it('explains every field of the file, in Danish', async () => {
    const { uri } = await open(text);
    const keyLines = lines.map((line, index) => [line, index] as const).filter(([line]) => /^\s*(-\s+)?[a-z_]+:/.test(line));
    for (const [line, index] of keyLines) {
      const character = line.search(/[a-z]/);
      const result = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: index, character } });
      expect(result?.contents?.value, line).toMatch(/\*\*[A-ZÆØÅ]/);
    }
  });
});

describe('kvalitetsstandard lsp: hard to break', () => {
  it('answers completion and hover anywhere in a file, and past its end, without an error', async () => {
    const text = municipality('broenderslev');
    const { uri } = await open(text);
    const lines = text.split('\n');
    const positions = lines.flatMap((line, index) => [0, Math.floor(line.length / 2), line.length].map((character) => ({ line: index, character })));
    positions.push({ line: lines.length + 3, character: 0 }, { line: 0, character: 500 });
    for (const position of positions) {
      const items = await complete(uri, position.line, position.character);
      expect(Array.isArray(items)).toBe(true);
      await client.request('textDocument/hover', { textDocument: { uri }, position });
    }
  });

  it('checks a file cut short anywhere, in Danish, and says nothing on stderr', async () => {
    const text = municipality('holstebro');
    const { uri } = await open(text);
    for (const share of [0.05, 0.2, 0.37, 0.5, 0.71, 0.9]) {
      const cut = text.slice(0, Math.floor(text.length * share));
      const diagnostics = await change(uri, cut);
      for (const diagnostic of diagnostics) expect(diagnostic.message).not.toMatch(/\b(the|is|not|expected|undefined)\b/);
    }
    expect(client.stderr).toBe('');
  });
});

describe('kvalitetsstandard lsp: lifecycle', () => {
  it('shuts down and exits cleanly when the editor says so, with nothing on stderr', async () => {
    // Started as vscode-languageclient starts a command: with --stdio and the client's process id.
    const server = await start({ dato: date }, ['--stdio', `--clientProcessId=${process.pid}`]);
    await open(municipality('fredericia'), server);
    await server.request('shutdown', null);
    server.notify('exit', null);
    expect(await server.exited).toBe(0);
    expect(server.stderr).toBe('');
  });

  it('accepts being started without --stdio, and answers in Danish when given a wrong option', async () => {
    const { spawnSync } = await import('node:child_process');
    const wrong = spawnSync(process.execPath, [cli, 'lsp', '--socket=9000'], { encoding: 'utf8' });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('Ukendt tilvalg »--socket«');
  });
});
