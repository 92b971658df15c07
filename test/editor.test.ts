/**
 * Policy staff edit in VS Code with the YAML extension, which runs yaml-language-server
 * against our schema. This test starts that server over stdio, opens municipality files
 * and asks it what the editor would show.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultRegulation, fullCitation } from '../src/regulations/index.js';
import { LspClient } from './lsp.js';
import { root } from './helpers.js';

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

const textOf = (contents: any): string => (typeof contents === 'string' ? contents : Array.isArray(contents) ? contents.map(textOf).join('\n') : contents?.value ?? '');

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

  it('reports a wrong type as a diagnostic at the right line', async () => {
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
    expect(diagnostic.severity).toBe(1);
    expect(diagnostic.message).toMatch(/integer/i);
  });
});
