/**
 * #18.4 in the editor: the language server shows a kommune's own requirements in its
 * municipality file, and checks and completes the `.krav.yml` itself as it is typed.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures, root } from './helpers.js';
import { LspClient } from './lsp.js';

const work = mkdtempSync(join(tmpdir(), 'egne-krav-lsp-'));
const folder = join(work, 'municipalities');
let client: LspClient;
let version = 0;

const own = readFileSync(join(fixtures, 'egne-krav', 'telefon.krav.yml'), 'utf8');

async function open(file: string, text: string): Promise<any[]> {
  const uri = pathToFileURL(file).href;
  version += 1;
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version, text } });
  const expected = version;
  return (await client.notification('textDocument/publishDiagnostics', (params) => params.uri === uri && params.version === expected)).diagnostics;
}

beforeAll(async () => {
  mkdirSync(folder);
  copyFileSync(join(root, 'municipalities', 'randers.yml'), join(folder, 'randers.yml'));
  client = new LspClient(process.execPath, [join(root, 'dist', 'cli.js'), 'lsp', '--stdio'], {});
  await client.request('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(work).href,
    capabilities: {},
    initializationOptions: { dato: '2026-11-23' },
  });
  client.notify('initialized', {});
});

afterAll(async () => {
  await client?.close();
});

describe('the language server and a kommune’s own requirements', () => {
  it('shows an own requirement not met in the municipality file, and a broken .krav.yml as one note that points to it', async () => {
    const randers = join(folder, 'randers.yml');
    writeFileSync(join(folder, 'randers.krav.yml'), own);
    const diagnostics = await open(randers, readFileSync(randers, 'utf8'));
    const mine = diagnostics.find((diagnostic) => diagnostic.code === 'egen-telefon');
    expect(mine.message).toContain('Standarden beskriver ikke telefonnummeret til rusmiddelbehandlingen.');
    expect(mine.message).toContain('Kommunens eget krav');
    expect(mine.data).toBeUndefined();
    writeFileSync(join(folder, 'randers.krav.yml'), 'krav:\n  - id: egen-1\n    titl: Telefon\n');
    const broken = await open(join(folder, 'randers-kopi.yml'), readFileSync(randers, 'utf8'));
    expect(broken.find((diagnostic) => diagnostic.code === 'egen-telefon')).toBeUndefined();
    // randers-kopi.yml has no .krav.yml of its own: nothing about own requirements.
    expect(broken.find((diagnostic) => diagnostic.code === 'egne-krav-fil-fejl')).toBeUndefined();
    const again = await open(randers, `${readFileSync(randers, 'utf8')}\n`);
    const note = again.find((diagnostic) => diagnostic.code === 'egne-krav-fil-fejl');
    expect(note.message).toMatch(/^Kommunens egne krav i ».*randers\.krav\.yml« kan ikke vurderes: der er \d+ fejl i filen, fx i linje 2, kolonne 5:/);
  });

  it('judges the municipality file again as its .krav.yml is typed, unsaved', async () => {
    const file = join(folder, 'randers-udkast.yml');
    copyFileSync(join(root, 'municipalities', 'randers.yml'), file);
    const uri = pathToFileURL(file).href;
    const before = await open(file, readFileSync(file, 'utf8'));
    expect(before.find((diagnostic) => diagnostic.code === 'egen-telefon')).toBeUndefined();
    /** The next diagnostics published for the municipality file, after those received so far. */
    const next = () => {
      const count = client.received('textDocument/publishDiagnostics', (params) => params.uri === uri).length;
      let index = 0;
      return client.notification('textDocument/publishDiagnostics', (params) => params.uri === uri && index++ >= count);
    };
    const judging = next();
    // Not on disk: only in the editor.
    await open(join(folder, 'randers-udkast.krav.yml'), own);
    const judged = await judging;
    expect(judged.diagnostics.find((diagnostic: any) => diagnostic.code === 'egen-telefon').message).toContain('Telefonnummer');
    // Closed unsaved: back to what is on disk (no .krav.yml).
    const closing = next();
    client.notify('textDocument/didClose', { textDocument: { uri: pathToFileURL(join(folder, 'randers-udkast.krav.yml')).href } });
    const closed = await closing;
    expect(closed.diagnostics.length).toBeGreaterThan(0);
    expect(closed.diagnostics.find((diagnostic: any) => diagnostic.code === 'egen-telefon')).toBeUndefined();
  });

  it('checks the .krav.yml as it is typed, at the line and column of each mistake', async () => {
    const file = join(folder, 'holstebro.krav.yml');
    const diagnostics = await open(
      file,
      "krav:\n  - id: egen-1\n    titel: Telefon\n    tekts: Oplys det.\n    aspekter:\n      - id: t\n        beskrivelse: telefonen\n        formuleringer: ['tele(fon']\n",
    );
    expect(diagnostics.map((diagnostic) => [diagnostic.range.start.line, diagnostic.range.start.character, diagnostic.code])).toEqual([
      [1, 4, 'felt-mangler'],
      [3, 4, 'ukendt-felt'],
      [7, 24, 'egne-krav-ugyldigt-moenster'],
    ]);
    expect(diagnostics[1].message).toBe('Ukendt felt »tekts«. Mente du »tekst«?');
    expect(await open(join(folder, 'ikast-brande.krav.yml'), own)).toEqual([]);
  });

  it('completes the format’s keys at each level, the fields for felt and the cue lists for liste', async () => {
    const uri = pathToFileURL(join(folder, 'fredericia.krav.yml')).href;
    const text = 'krav:\n  - id: egen-1\n    \n    aspekter:\n      - id: t\n        \n        stikord:\n          liste: \n    felt: rev\n';
    version += 1;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version, text } });
    const labels = async (line: number, character: number) =>
      ((await client.request('textDocument/completion', { textDocument: { uri }, position: { line, character } })) as any[]).map((item) => item.label);
    const requirementKeys = await labels(2, 4);
    expect(requirementKeys).toEqual(expect.arrayContaining(['titel', 'tekst', 'vejledning', 'emne']));
    // Keys already written are not offered again, nor a municipality file's.
    expect(requirementKeys).not.toContain('felt');
    expect(requirementKeys).not.toContain('kommune');
    expect(await labels(5, 8)).toEqual(expect.arrayContaining(['beskrivelse', 'formuleringer', 'raad', 'medmindre']));
    expect(await labels(7, 17)).toContain('tilbudstyper');
    expect(await labels(8, 13)).toContain('revision.naeste_revision');
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 8, character: 5 } });
    expect(hover.contents.value).toContain('skal være udfyldt');
  });
});
