/**
 * Messages that are framed but wrong in every other way, sent one after the other to one
 * real `kvalitetsstandard lsp --stdio`: after each, the server still answers a hover on an
 * open document exactly as before, has written nothing to stderr, and has said nothing that
 * suggests a bug of its own (»uventet fejl«, »kunne ikke behandle«) or in English. A request
 * whose id cannot be read gets InvalidRequest with id null; one whose method is no string
 * gets InvalidRequest with its id; params not as the protocol says get InvalidParams.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatMessage } from '../src/diagnostics/messages.js';
import { maxIdLength } from '../src/lsp/transport.js';
import { root } from './helpers.js';
import { LspClient } from './lsp.js';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const cli = join(root, 'dist', 'cli.js');
const uri = 'file:///tmp/kommune/municipalities/randers.yml';
const other = 'file:///tmp/kommune/municipalities/ikast-brande.yml';
const never = 'file:///tmp/kommune/municipalities/aldrig-aabnet.yml';
const randers = readFileSync(join(root, 'municipalities', 'randers.yml'), 'utf8');
const probe = { textDocument: { uri }, position: { line: 1, character: 2 } };
const zero = { line: 0, character: 0 };
const range = (startLine: number, startCharacter: number, endLine: number, endCharacter: number) => ({
  start: { line: startLine, character: startCharacter },
  end: { line: endLine, character: endCharacter },
});

/** What the server must never say to a client's mistake: its own bug, the library's English, a stack. */
const buggy = new RegExp(
  [
    formatMessage('lsp-besked-ikke-behandlet', {}).slice(0, 40),
    'uventet fejl',
    'Unhandled method',
    'failed with message',
    'Received',
    'handler',
    'TypeError',
    '\\n\\s+at ',
  ].join('|'),
);

/** Each log line the server writes for a message it sets aside, by a few words of its own. */
const logged = {
  'lsp-besked-uden-metode': 'hverken er en forespørgsel',
  'lsp-svar-uden-forespoergsel': 'et svar på en forespørgsel, sprogserveren ikke har stillet',
  'lsp-ugyldig-metode': 'hvis »method« er',
  'lsp-dokument-ignoreret': 'er ignoreret, fordi den ikke er, som protokollen kræver',
  'lsp-besked-ignoreret': 'er ignoreret: »id« mangler',
} as const;

type Expected = { answer: { id: unknown; code: number; kode: string } } | { log: keyof typeof logged } | { result: unknown } | 'quiet';
type Case = [name: string, message: Record<string, unknown>, expected: Expected];

const invalidRequest = (id: unknown, kode: string) => ({ answer: { id, code: -32600, kode } });
const invalidParams = (id: number) => ({ answer: { id, code: -32602, kode: 'lsp-ugyldige-parametre' } });
let nextId = 10_000;
const request = (method: unknown, params: unknown) => ({ jsonrpc: '2.0', id: ++nextId, method, params });
const notification = (method: unknown, params: unknown) => ({ jsonrpc: '2.0', method, params });
const hoverAt = (position: unknown) => request('textDocument/hover', { textDocument: { uri }, position });
const change = (target: string, version: unknown, contentChanges: unknown) =>
  notification('textDocument/didChange', { textDocument: { uri: target, version }, contentChanges });

/** How the answer names each id: what is wrong with it, in Danish. */
const idWords: Record<string, string> = {
  'an object': 'et objekt',
  'an empty object': 'et objekt',
  'an array': 'en liste',
  'a float': 'decimaltallet 1.5',
  'a negative float': 'decimaltallet -0.25',
  true: 'sandhedsværdien true',
  false: 'sandhedsværdien false',
  null: 'null',
  'a negative huge number': 'tallet -1e+300, som er for stort til at blive gengivet præcist',
  'an integer past 2^53': 'tallet 1152921504606847000, som er for stort til at blive gengivet præcist',
  'a 10 MB string': 'en tekst på 10.485.760 tegn',
  [`a string of ${maxIdLength + 1} characters`]: `en tekst på ${maxIdLength + 1} tegn`,
};

const badIds: [string, unknown][] = [
  ['an object', { a: 1 }],
  ['an empty object', {}],
  ['an array', [1]],
  ['a float', 1.5],
  ['a negative float', -0.25],
  ['true', true],
  ['false', false],
  ['null', null],
  ['a negative huge number', -1e300],
  ['an integer past 2^53', 2 ** 60],
  ['a 10 MB string', 'x'.repeat(10 * 1024 * 1024)],
  [`a string of ${maxIdLength + 1} characters`, 'æ'.repeat(maxIdLength + 1)],
];

function cases(): Case[] {
  const list: Case[] = [];
  for (const [name, id] of badIds) {
    for (const method of ['textDocument/hover', 'shutdown', 'initialize', 'foo/bar'])
      list.push([`${method} with ${name} as id`, { jsonrpc: '2.0', id, method, params: probe }, invalidRequest(null, 'lsp-ugyldigt-id')]);
    // Without a method it is no request: an answer to nothing, or nothing at all.
    list.push([`an answer with ${name} as id`, { jsonrpc: '2.0', id, result: 1 }, { log: 'lsp-besked-uden-metode' }]);
  }
  for (const method of [5, null, {}, [], true, ['textDocument/hover']]) {
    const asked = request(method, probe);
    list.push([`a request whose method is ${JSON.stringify(method)}`, asked, invalidRequest(asked.id, 'lsp-ugyldig-metode')]);
    list.push([`a notification whose method is ${JSON.stringify(method)}`, notification(method, {}), { log: 'lsp-ugyldig-metode' }]);
  }
  for (const params of [[probe.textDocument, probe.position], 'x', 5, true, { textDocument: uri, position: zero }, { textDocument: { uri: [] } }]) {
    for (const method of ['textDocument/hover', 'textDocument/completion', 'textDocument/codeAction']) {
      const asked = request(method, params);
      list.push([`${method} with params ${JSON.stringify(params)}`, asked, invalidParams(asked.id)]);
    }
  }
  for (const method of ['foo/bar', '$/unknown', 'textDocument/didFoo', 'initialize', 'shutdown', 'textDocument/hover'])
    list.push([`the unknown or misplaced notification ${method}`, notification(method, probe), 'quiet']);
  list.push([
    'a second initialize',
    request('initialize', { processId: null, rootUri: null, capabilities: {} }),
    invalidRequest(nextId, 'lsp-allerede-startet'),
  ]);
  list.push(['a hover on a document never opened', request('textDocument/hover', { textDocument: { uri: never }, position: zero }), { result: null }]);
  list.push(['a completion on a document never opened', request('textDocument/completion', { textDocument: { uri: never }, position: zero }), { result: [] }]);
  list.push([
    'a code action on a document never opened',
    request('textDocument/codeAction', { textDocument: { uri: never }, range: range(0, 0, 1, 0), context: { diagnostics: [] } }),
    { result: [] },
  ]);
  for (const position of [
    { line: -1, character: 0 },
    { line: 0, character: -1 },
    { line: 0.5, character: 0 },
    { line: 2 ** 31, character: 0 },
    { line: 1e308, character: 0 },
    { line: '1', character: 0 },
    { line: null, character: 0 },
    { line: 0 },
    [0, 0],
  ]) {
    const asked = hoverAt(position);
    list.push([`a hover at ${JSON.stringify(position)}`, asked, { answer: { id: asked.id, code: -32602, kode: 'lsp-ugyldig-position' } }]);
  }
  for (const position of [
    { line: 2 ** 31 - 1, character: 2 ** 31 - 1 },
    { line: 100_000_000, character: 0 },
    { line: 1, character: 1_000_000 },
  ])
    list.push([`a hover far past the text, at ${JSON.stringify(position)}`, hoverAt(position), 'quiet']);
  for (const reversed of [range(5, 0, 1, 0), range(2 ** 31 - 1, 0, 0, 0), range(1, 5, 1, 0)])
    list.push([
      `a code action on the reversed range ${JSON.stringify(reversed)}`,
      request('textDocument/codeAction', { textDocument: { uri }, range: reversed, context: { diagnostics: [] } }),
      'quiet',
    ]);
  // The other document is opened, changed in every hostile way, opened twice and closed twice.
  list.push([
    'an open of a second document',
    notification('textDocument/didOpen', { textDocument: { uri: other, languageId: 'yaml', version: 1, text: 'a: 1\nb: 2\n' } }),
    'quiet',
  ]);
  list.push([
    'the second document opened again',
    notification('textDocument/didOpen', { textDocument: { uri: other, languageId: 'yaml', version: 1, text: 'kommune: X\n' } }),
    'quiet',
  ]);
  const changes: [string, unknown][] = [
    [
      'overlapping changes',
      [
        { range: range(0, 0, 0, 5), text: 'ab' },
        { range: range(0, 1, 0, 3), text: 'cd' },
      ],
    ],
    ['a change past the last line', [{ range: range(1_000_000, 0, 1_000_001, 0), text: 'z: 1\n' }]],
    ['a change at the largest position', [{ range: range(2 ** 31 - 1, 2 ** 31 - 1, 2 ** 31 - 1, 2 ** 31 - 1), text: '#' }]],
    ['a reversed change', [{ range: range(3, 0, 0, 0), text: '' }]],
    ['a change with a wrong rangeLength', [{ range: range(0, 0, 0, 1), rangeLength: -5, text: 'q' }]],
    ['a whole-text change among ranged ones', [{ text: 'a: 1\n' }, { range: range(0, 0, 0, 1), text: 'b' }]],
  ];
  let version = 1;
  for (const [name, contentChanges] of changes) list.push([name, change(other, ++version, contentChanges), 'quiet']);
  const badChanges: [string, unknown, unknown][] = [
    ['a change at a negative position', 99, [{ range: range(-1, 0, 0, 0), text: 'x' }]],
    ['a change at a fractional position', 99, [{ range: range(0, 0.5, 0, 1), text: 'x' }]],
    ['a change whose text is a number', 99, [{ text: 5 }]],
    ['a change whose changes are an object', 99, { text: 'x' }],
    ['a change with no changes', 99, []],
    ['a change whose version is a float', 1.5, [{ text: 'x' }]],
    ['a change whose version is a string', '2', [{ text: 'x' }]],
  ];
  for (const [name, badVersion, contentChanges] of badChanges) list.push([name, change(other, badVersion, contentChanges), { log: 'lsp-dokument-ignoreret' }]);
  list.push(['a change of a document never opened', change(never, 1, [{ text: 'x' }]), 'quiet']);
  list.push(['a save of a document never opened', notification('textDocument/didSave', { textDocument: { uri: never } }), 'quiet']);
  list.push(['a close of a document never opened', notification('textDocument/didClose', { textDocument: { uri: never } }), 'quiet']);
  list.push(['a close of the second document', notification('textDocument/didClose', { textDocument: { uri: other } }), 'quiet']);
  list.push(['the second document closed again', notification('textDocument/didClose', { textDocument: { uri: other } }), 'quiet']);
  // Answers to nothing the server asked, and messages that are neither request, notification nor answer.
  for (const answer of [
    { jsonrpc: '2.0', id: 999, result: null },
    { jsonrpc: '2.0', id: 'svar', error: { code: -32600, message: 'x' } },
    { jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } },
  ])
    list.push([`the answer ${JSON.stringify(answer)}`, answer, { log: 'lsp-svar-uden-forespoergsel' }]);
  for (const odd of [
    { jsonrpc: '2.0' },
    { jsonrpc: '2.0', id: 5 },
    { jsonrpc: '2.0', id: null, result: 1 },
    { jsonrpc: '2.0', id: 6, result: 1, error: { code: 1, message: 'x' } },
    { jsonrpc: '2.0', id: 7, error: null },
    { jsonrpc: '2.0', id: 8, error: { code: 'x', message: 5 } },
    { jsonrpc: '2.0', params: {} },
  ])
    list.push([`the message ${JSON.stringify(odd)}`, odd, { log: 'lsp-besked-uden-metode' }]);
  for (const id of [123_456, 'ukendt', { a: 1 }, 1.5])
    list.push([
      `a cancel of ${JSON.stringify(id)}`,
      notification('$/cancelRequest', { id }),
      Number.isSafeInteger(id) || typeof id === 'string' ? 'quiet' : { log: 'lsp-besked-ignoreret' },
    ]);
  return list;
}

describe('the language server survives every malformed but framed message', () => {
  let client: LspClient;
  let expectedHover: unknown;

  beforeAll(async () => {
    client = new LspClient(process.execPath, [cli, 'lsp', '--stdio'], {});
    await client.request('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { dato: '2026-11-23' } });
    client.notify('initialized', {});
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: randers } });
    await client.notification('textDocument/publishDiagnostics', (params) => params.uri === uri);
    expectedHover = await client.request('textDocument/hover', probe);
  });

  afterAll(() => client.process.kill());

  it('answers each with the protocol’s Danish answer or log line (or nothing), and a valid hover after it as before; no stderr, exit 0 at the end', async () => {
    expect(JSON.stringify(expectedHover)).toContain('Kommunens navn');
    for (const [name, message, expected] of cases()) {
      const from = client.all.length;
      client.raw(message);
      expect(await client.request('textDocument/hover', probe), name).toEqual(expectedHover);
      const said = client.all.slice(from, -1).filter((written) => written.method !== 'textDocument/publishDiagnostics');
      expect(JSON.stringify(said), name).not.toMatch(buggy);
      expect(client.stderr, name).toBe('');
      const id = (message as { id?: unknown }).id;
      if (expected === 'quiet')
        expect(
          said.filter((written) => written.method === 'window/logMessage' || written.error),
          name,
        ).toEqual([]);
      else if ('answer' in expected) {
        expect(said, name).toContainEqual({
          jsonrpc: '2.0',
          id: expected.answer.id,
          error: expect.objectContaining({ code: expected.answer.code, data: { kode: expected.answer.kode } }),
        });
        // The answer is said in Danish, naming what was wrong with the message.
        const answer = said.find((written) => written.error?.data?.kode === expected.answer.kode);
        expect(answer?.error.message, name).toMatch(/^(Editoren sendte|Sprogserveren|Positionen er ugyldig)/);
        if (expected.answer.kode === 'lsp-ugyldigt-id')
          expect(answer?.error.message, name).toContain(`hvis »id« er ${idWords[name.replace(/^.* with (.*) as id$/, '$1')]},`);
      } else if ('log' in expected) {
        expect(
          said.map((written) => written.params?.message),
          name,
        ).toContainEqual(expect.stringMatching(new RegExp(`^kvalitetsstandard: .*${logged[expected.log]}`)));
        expect(
          said.filter((written) => written.method === 'window/logMessage'),
          name,
        ).toHaveLength(1);
        expect(
          said.filter((written) => written.id !== undefined),
          name,
        ).toEqual([]);
      } else expect(said, name).toContainEqual({ jsonrpc: '2.0', id, result: expected.result });
    }
    await client.request('shutdown', null);
    client.notify('exit', null);
    expect(await client.exited).toBe(0);
    expect(client.stderr).toBe('');
  });
});

describe('what a client sends is repeated in a message cut short and on one line', () => {
  const huge = 'x'.repeat(1024 * 1024);
  const forged = 'file:///tmp/a.yml\nkvalitetsstandard: en falsk linje\r\n';

  it('says a megabyte method name, address or setting in a few hundred characters, and never a line break the client sent', async () => {
    const client = new LspClient(process.execPath, [cli, 'lsp', '--stdio'], {});
    try {
      await client.request('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
      client.notify('initialized', {});
      const from = client.all.length;
      await expect(client.request(`ukendt/${huge}`, {})).rejects.toThrow('lsp-ukendt-metode');
      for (const target of [`file:///${huge}`, forged])
        client.notify('textDocument/didOpen', { textDocument: { uri: target, languageId: 'yaml', version: 1.5, text: '' } });
      client.notify('workspace/didChangeConfiguration', { settings: { kvalitetsstandard: { dato: huge, compliance: [huge] } } });
      await client.request('textDocument/hover', { textDocument: { uri: never }, position: zero });
      const said = client.all.slice(from).map((written) => written.error?.message ?? written.params?.message);
      const texts = said.filter((text): text is string => typeof text === 'string');
      // The unknown method, the two documents set aside, and the two settings that cannot be used.
      expect(texts).toHaveLength(5);
      for (const text of texts) {
        expect(text.length, text.slice(0, 300)).toBeLessThan(1200);
        expect(text).not.toMatch(/[\r\n]/);
      }
      // The method, the address and both settings, each with its length.
      expect(texts.filter((text) => /\(1\.048\.5\d\d tegn i alt\)/.test(text))).toHaveLength(4);
    } finally {
      await client.close();
    }
  });
});
