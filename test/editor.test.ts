/**
 * For those who keep only Red Hat's YAML extension, which runs yaml-language-server against
 * our schema: this test starts that server over stdio, opens municipality files and asks it
 * what the editor would show. What the schema says is Danish (errorMessage,
 * patternErrorMessage, enumDescriptions); the server's own YAML syntax errors stay English,
 * as the README says. Our own language server is tested in test/lsp-server.test.ts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatMessage } from '../src/diagnostics/messages.js';
import { defaultRegulation, fullCitation } from '../src/regulations/index.js';
import { LspClient } from './lsp.js';
import { root } from './helpers.js';

// Behaviour, not speed (that is `npm run bench`): room for a machine shared by several test runs.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

const server = join(createRequire(import.meta.url).resolve('yaml-language-server/package.json'), '..', 'bin', 'yaml-language-server');
const settings = { validate: true, hover: true, completion: true, schemaStore: { enable: false } };
let client: LspClient;
let version = 0;

/** Opens a document at a municipality's path (so the schema line resolves) with the given text. */
function open(name: string, text: string): string {
  const uri = pathToFileURL(join(root, 'municipalities', `${name}.yml`)).href;
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: (version += 1), text } });
  return uri;
}

const textOf = (contents: any): string =>
  typeof contents === 'string' ? contents : Array.isArray(contents) ? contents.map(textOf).join('\n') : (contents?.value ?? '');

beforeAll(async () => {
  client = new LspClient(process.execPath, [server, '--stdio'], settings);
  await client.request('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    capabilities: {
      workspace: { configuration: true },
      textDocument: {
        completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        publishDiagnostics: {},
      },
    },
  });
  client.notify('initialized', {});
  client.notify('workspace/didChangeConfiguration', { settings: { yaml: settings } });
}, 30_000);

afterAll(async () => {
  await client?.close();
});

describe('the editor (yaml-language-server with our schema)', () => {
  it('offers the missing required sections at the top level, with their Danish titles', async () => {
    const text = `${readFileSync(join(root, 'municipalities', 'holstebro.yml'), 'utf8')}\n`;
    const uri = open('holstebro', text);
    const line = text.split('\n').length - 1;
    const result = await client.request('textDocument/completion', { textDocument: { uri }, position: { line, character: 0 } });
    const items: any[] = Array.isArray(result) ? result : result.items;
    const byLabel = new Map(items.map((item) => [item.label, item]));
    // Holstebro lacks these (see test/compliance-matrix.ts); the editor offers each.
    for (const field of ['serviceniveau', 'offentliggoerelse', 'maaltal']) {
      expect(byLabel.has(field), field).toBe(true);
    }
    const requirement = defaultRegulation.requirements.find((candidate) => candidate.field === 'maaltal')!;
    const documentation = textOf(byLabel.get('maaltal').documentation);
    expect(documentation).toContain(requirement.title);
    expect(documentation).toContain(fullCitation(defaultRegulation, requirement));
    // Choosing one inserts the section with its heading and text, not an empty key.
    const inserted = byLabel.get('maaltal').insertText ?? byLabel.get('maaltal').textEdit.newText;
    expect(inserted).toMatch(new RegExp(`^maaltal:\\n +overskrift: \\$\\{1:${requirement.title}\\}\\n +tekst: `));
    const guarantee = byLabel.get('serviceniveau') && items.find((item) => item.label === 'serviceniveau');
    expect(guarantee.insertText ?? guarantee.textEdit.newText).toContain('overskrift: ${1:Tilbud, ydelser og serviceniveau}');
    // Sections already written are not offered again.
    expect(byLabel.has('visitation')).toBe(false);
  });

  it('shows the law’s text and citation on hover', async () => {
    const text = readFileSync(join(root, 'municipalities', 'randers.yml'), 'utf8');
    const uri = open('randers', text);
    const line = text.split('\n').findIndex((candidate) => candidate.startsWith('maalgruppe:'));
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line, character: 3 } });
    const shown = textOf(hover.contents);
    expect(shown).toContain('Målgruppen for tilbuddene om stofmisbrugsbehandling.');
    expect(shown).toContain('BEK 1477/2019 § 4, stk. 1, nr. 2');
  });

  it('reports a wrong type as a diagnostic at the right line, in Danish', async () => {
    const text = [
      '# yaml-language-server: $schema=../schema/kvalitetsstandard.schema.json',
      'kommune: Testby Kommune',
      'titel: Kvalitetsstandard',
      'behandlingsgaranti:',
      '  tekst: Du får tilbudt behandling inden for 14 dage.',
      '  frist_dage: fjorten dage',
      '',
    ].join('\n');
    const uri = open('testby-redigering', text);
    const published = await client.notification('textDocument/publishDiagnostics', (params) => params.uri === uri && params.diagnostics.length > 0);
    const [diagnostic] = published.diagnostics;
    expect(diagnostic.range.start.line).toBe(5);
    expect(diagnostic.range.start.character).toBe(14);
    expect(diagnostic.message).toBe(formatMessage('skema-tal', { titel: 'Frist i dage', eksempel: 14 }));
  });

  /** Every Danish message the schema gives yaml-language-server. */
  const schemaMessages = new Set<string>();
  (function collect(node: unknown): void {
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'errorMessage' || key === 'patternErrorMessage') && typeof value === 'string') schemaMessages.add(value);
      else collect(value);
    }
  })(JSON.parse(readFileSync(join(root, 'schema', 'kvalitetsstandard.schema.json'), 'utf8')));

  const head = ['# yaml-language-server: $schema=../schema/kvalitetsstandard.schema.json', 'kommune: Testby Kommune', 'titel: Kvalitetsstandard', ''].join(
    '\n',
  );
  const mistakes: [string, string, string, RegExp][] = [
    ['a misspelt section', 'maalgrupe:\n  tekst: Alle over 18.\n', 'maalgrupe', /^Ukendt felt/],
    ['a date written the Danish way', 'godkendelse:\n  - organ: Byrådet\n    dato: 20.11.2023\n', '20.11.2023', /ÅÅÅÅ-MM-DD/],
    ['a misspelt value', 'maaltal:\n  maal:\n    - indikator: stofri\n', 'stofri', /stoffri, reduceret/],
    ['a key with capitals', 'oevrige_afsnit:\n  - noegle: Indledning\n    overskrift: Indledning\n', 'Indledning', /små bogstaver/],
    ['a section written as one line of text', 'maalgruppe: Alle borgere over 18\n', 'Alle', /skal være en gruppe af felter/],
    ['a text whose second line has a colon', 'visitation:\n  tekst: Ring til os\n  på hverdage: 8-15\n', 'på', /skal være en gruppe af felter/],
    ['a web address without https://', 'offentliggoerelse:\n  url: www.kommune.dk\n', 'www.kommune.dk', /https:\/\//],
  ];
  for (const [name, body, marked, message] of mistakes) {
    it(`says what is wrong in Danish: ${name}`, async () => {
      const text = head + body;
      const uri = open(`testby-${name.replace(/\W+/g, '-')}`, text);
      const published = await client.notification('textDocument/publishDiagnostics', (params) => params.uri === uri && params.diagnostics.length > 0);
      const [diagnostic] = published.diagnostics;
      expect(published.diagnostics).toHaveLength(1);
      expect(schemaMessages.has(diagnostic.message), diagnostic.message).toBe(true);
      expect(diagnostic.message).toMatch(message);
      const line = text.split('\n')[diagnostic.range.start.line]!;
      expect(line.slice(diagnostic.range.start.character)).toMatch(new RegExp(`^${marked}`));
    });
  }

  it('inserts a section with its fixed figures (behandlingsgaranti: frist_dage 14)', async () => {
    const uri = open('testby-afsnit', `${head}\n`);
    const result = await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 4, character: 0 } });
    const items: any[] = Array.isArray(result) ? result : result.items;
    const item = items.find((candidate) => candidate.label === 'behandlingsgaranti');
    expect(item.insertText ?? item.textEdit.newText).toMatch(
      /^behandlingsgaranti:\n +overskrift: \$\{1:Behandlingsgaranti\}\n +tekst: \$\{2:""\}\n +frist_dage: \$\{3:14\}$/,
    );
  });

  it('offers a section’s snippet, by its Danish title, after its key (defaultSnippets)', async () => {
    const uri = open('testby-snippet', `${head}behandlingsgaranti: \n`);
    const result = await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 3, character: 20 } });
    const items: any[] = Array.isArray(result) ? result : result.items;
    const snippet = items.find((item) => item.label === 'Behandlingsgaranti');
    expect(snippet.insertText ?? snippet.textEdit.newText).toMatch(/overskrift: Behandlingsgaranti\n +tekst: \$\{1\}\n +frist_dage: 14$/);
  });

  it('shows the Danish meaning of each allowed value in completion', async () => {
    const text = `${head}maaltal:\n  maal:\n    - indikator: \n`;
    const uri = open('testby-vaerdier', text);
    const result = await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 5, character: 17 } });
    const items: any[] = Array.isArray(result) ? result : result.items;
    const stoffri = items.find((item) => item.label === 'stoffri');
    expect(textOf(stoffri.documentation)).toBe('Andelen, der er stoffri efter afsluttet behandling.');
  });

  const english: [string, string, string][] = [
    ['a tab as indentation', 'behandlingsgaranti:\n\tfrist_dage: 14\n', 'Tabs are not allowed as indentation'],
    ['a colon in a one-line text', 'visitation:\n  tekst: Ring til os: hverdage\n', 'Nested mappings are not allowed in compact mappings'],
    ['a number above its limit', 'maaltal:\n  maal:\n    - indikator: stoffri\n      procent: 120\n', 'Value is above the maximum of 100.'],
    ['an empty heading', 'visitation:\n  overskrift: ""\n', 'String is shorter than the minimum length of 1.'],
  ];
  for (const [name, body, message] of english) {
    it(`leaves what the schema cannot word in English, as the README says: ${name}`, async () => {
      const uri = open(`testby-engelsk-${name.replace(/\W+/g, '-')}`, head + body);
      const published = await client.notification('textDocument/publishDiagnostics', (params) => params.uri === uri && params.diagnostics.length > 0);
      expect(published.diagnostics.map((diagnostic: any) => diagnostic.message)).toContain(message);
    });
  }
});
