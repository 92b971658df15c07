/**
 * The language server's edge, against a real `kvalitetsstandard lsp --stdio` process: a
 * header without an end and a message over the cap drop the connection at once with a
 * Danish reason; requests before `initialize` and after `shutdown` get the protocol's
 * errors; positions that are no LSP position get InvalidParams, and any valid position
 * (however far past the text) gets an answer whose edit ranges lie inside the document.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ResponseError } from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { answering } from '../src/lsp/server.js';
import { maxHeaderBytes, maxMessageBytes, maxMessageDepth, ProtocolGate } from '../src/lsp/transport.js';
import { root } from './helpers.js';
import { LspClient } from './lsp.js';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

const cli = join(root, 'dist', 'cli.js');
const server = () => new LspClient(process.execPath, [cli, 'lsp', '--stdio'], {});
const uri = 'file:///tmp/kommune/municipalities/randers.yml';
const randers = readFileSync(join(root, 'municipalities', 'randers.yml'), 'utf8');

/** Peak resident memory of a process, from /proc (kB), while it runs. */
function peakMemoryKb(pid: number): number {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

async function initialized(): Promise<LspClient> {
  const client = server();
  await client.request('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { dato: '2026-11-23' } });
  client.notify('initialized', {});
  return client;
}

/** Writes raw bytes to a fresh server and measures how long it takes to drop the connection. */
async function dropped(...chunks: Buffer[]): Promise<{ code: number | null; stderr: string; ms: number; peakKb: number }> {
  const child = spawn(process.execPath, [cli, 'lsp', '--stdio'], { stdio: 'pipe' });
  let stderr = '';
  let peakKb = 0;
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.on('error', () => undefined);
  const sampler = setInterval(() => (peakKb = Math.max(peakKb, peakMemoryKb(child.pid!))), 20);
  const started = performance.now();
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  // Let the server start before the flood, so the time measured is the reader's.
  await new Promise((resolve) => setTimeout(resolve, 300));
  for (const chunk of chunks) child.stdin.write(chunk);
  const timeout = setTimeout(() => child.kill(), 20_000);
  const code = await exited;
  clearTimeout(timeout);
  clearInterval(sampler);
  return { code, stderr, ms: performance.now() - started, peakKb };
}

describe('the server drops a client that breaks the framing', () => {
  it('drops 8 MB of header without CRLF quickly, with bounded memory and a Danish reason', async () => {
    const baseline = await dropped(Buffer.from('Content-Length: x\r\n\r\n'));
    const result = await dropped(Buffer.alloc(8 * 1024 * 1024, 'a'));
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `kvalitetsstandard: Forbindelsen til editoren er lukket: en besked havde en header på over ${maxHeaderBytes} bytes uden afslutning. Det er ikke en editor, der taler LSP; start sprogserveren fra editoren.\n`,
    );
    expect(result.ms).toBeLessThan(baseline.ms + 2_000);
    // The 8 MB is never held: the peak is that of a server that read a broken 20-byte header, within a few MB.
    if (baseline.peakKb > 0) expect(result.peakKb).toBeLessThan(baseline.peakKb + 16 * 1024);
    expect(baseline.stderr).toContain('ingen gyldig »Content-Length«');
  });

  it('drops a header line that ends but is too long, split over many writes', async () => {
    const chunks = Array.from({ length: 64 }, () => Buffer.from(`X-Padding: ${'b'.repeat(256)}`));
    const result = await dropped(...chunks, Buffer.from('\r\n\r\n{}'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('en header på over 8192 bytes');
  });

  it('drops a message over the cap as soon as its header announces it, without waiting for the body', async () => {
    const result = await dropped(Buffer.from(`Content-Length: ${maxMessageBytes + 1}\r\n\r\n{"jsonrpc":"2.0"`));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`en besked på ${maxMessageBytes + 1} bytes er større end de ${maxMessageBytes} bytes`);
    expect(result.ms).toBeLessThan(10_000);
  });

  it('answers a body that is no JSON with ParseError, and JSON that is no JSON-RPC message with InvalidRequest, id null, in Danish, and goes on (before: dropped, exit 1)', async () => {
    const client = await initialized();
    const bodies: [string, number, string][] = [
      ['{not json', -32700, 'ikke er gyldig JSON'],
      ['', -32700, 'ikke er gyldig JSON'],
      ['\u00ff\u00fe', -32700, 'ikke er gyldig JSON'],
      ['[1,2]', -32600, 'der er en liste (flere beskeder i én, som LSP ikke bruger)'],
      ['[{"jsonrpc":"2.0","id":1,"method":"shutdown"}]', -32600, 'der er en liste'],
      ['{"id":1,"method":"initialize"}', -32600, 'der er et objekt uden »jsonrpc«: »2.0«'],
      ['{"jsonrpc":"1.0","id":1,"method":"shutdown"}', -32600, 'der er et objekt uden »jsonrpc«'],
      ['{"jsonrpc":2,"id":1,"method":"shutdown"}', -32600, 'der er et objekt uden »jsonrpc«'],
      ['5', -32600, 'der er 5,'],
      ['null', -32600, 'der er null,'],
      ['"tekst"', -32600, 'der er en tekst,'],
    ];
    for (const [body, code, said] of bodies) {
      const from = client.all.length;
      client.rawBody(body);
      expect(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }), body).toBeNull();
      expect(client.all.slice(from, -1), body).toEqual([
        {
          jsonrpc: '2.0',
          id: null,
          error: { code, message: expect.stringContaining(said), data: { kode: code === -32700 ? 'lsp-besked-ikke-json' : 'lsp-besked-ikke-jsonrpc' } },
        },
      ]);
    }
    expect(client.stderr).toBe('');
    await client.request('shutdown', null);
    client.notify('exit', null);
    expect(await client.exited).toBe(0);
  });

  it('drops a message nested deeper than any editor’s, wherever the nesting is (before: InternalError »meld fejlen«, then exit 70 on »Maximum call stack size exceeded«)', async () => {
    const deep = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
    const said =
      'kvalitetsstandard: Forbindelsen til editoren er lukket: en besked havde lister eller objekter inden i hinanden i mere end 100 niveauer, og en editors beskeder har højst et dusin. Start sprogserveren fra editoren.\n';
    for (const body of [
      `{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{},"initializationOptions":{"dato":${deep(200_000)}}}}`,
      `{"jsonrpc":"2.0","id":${deep(200_000)},"method":"shutdown"}`,
      `{"jsonrpc":"2.0","id":1,"method":"shutdown","params":${deep(maxMessageDepth)}}`,
    ]) {
      const result = await dropped(Buffer.from(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`));
      expect(result.code, body.slice(0, 60)).toBe(1);
      expect(result.stderr).toBe(said);
    }
    // As deep as the limit allows: answered as ever.
    const client = await initialized();
    const params = { textDocument: { uri }, position: { line: 0, character: 0 }, extra: JSON.parse(deep(maxMessageDepth - 4)) };
    expect(await client.request('textDocument/hover', params)).toBeNull();
    expect(client.stderr).toBe('');
    await client.close();
  });

  it('reads messages split at every byte and messages sharing one write', async () => {
    const client = server();
    const body = (id: number, method: string, params: unknown) => JSON.stringify({ jsonrpc: '2.0', id, method, params });
    const initialize = body(1, 'initialize', { processId: null, rootUri: null, capabilities: {} });
    const framed = `Content-Length: ${Buffer.byteLength(initialize)}\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n${initialize}`;
    for (const byte of Buffer.from(framed)) client.process.stdin.write(Buffer.from([byte]));
    const answer = client.request('shutdown', null);
    await expect(answer).resolves.toBeNull();
    client.notify('exit', null);
    expect(await client.exited).toBe(0);
    expect(client.stderr).toBe('');
  });
});

describe('the protocol’s life cycle', () => {
  it('answers requests before initialize with ServerNotInitialized and ignores notifications', async () => {
    const client = server();
    for (const method of ['textDocument/hover', 'textDocument/completion', 'shutdown']) {
      await expect(client.request(method, { textDocument: { uri }, position: { line: 0, character: 0 } })).rejects.toThrow(/"code":-32002/);
    }
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: randers } });
    await client.request('initialize', { processId: null, rootUri: null, capabilities: {} });
    client.notify('initialized', {});
    // The document opened too early is not known: hover has nothing to say about it.
    expect(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } })).toBeNull();
    await expect(client.request('initialize', { processId: null, rootUri: null, capabilities: {} })).rejects.toThrow(/"code":-32600/);
    await client.close();
  });

  it('answers requests after shutdown with InvalidRequest, and exits with 0 on exit', async () => {
    const client = await initialized();
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: randers } });
    await client.request('shutdown', null);
    const error = await client
      .request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } })
      .catch((caught: Error) => JSON.parse(caught.message));
    expect(error.code).toBe(-32600);
    expect(error.message).toContain('»shutdown« er modtaget');
    client.notify('exit', null);
    expect(await client.exited).toBe(0);
  });
});

describe('positions at the edge', () => {
  let client: LspClient;
  /** The server's own diagnostics of the document, as an editor sends them back with a code action request. */
  let published: any[];
  beforeAll(async () => {
    client = await initialized();
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: randers } });
    published = (await client.notification('textDocument/publishDiagnostics', (params) => params.uri === uri)).diagnostics;
  });
  afterAll(async () => {
    await client.close();
  });

  const lastLine = randers.split('\n').length - 1;
  const invalid = [
    { line: 1.5, character: 0 },
    { line: 3, character: 2.25 },
    { line: -1, character: 0 },
    { line: 0, character: -4 },
    { line: 2 ** 31, character: 0 },
    { line: '3', character: 0 },
    { line: null, character: 0 },
    { line: 3 },
  ];

  it('refuses positions that are not uintegers with InvalidParams, in Danish, for hover, completion and code actions', async () => {
    for (const position of invalid) {
      for (const method of ['textDocument/hover', 'textDocument/completion']) {
        const error = await client.request(method, { textDocument: { uri }, position }).catch((caught: Error) => JSON.parse(caught.message));
        expect(error.code, `${method} ${JSON.stringify(position)}`).toBe(-32602);
        expect(error.message).toContain('Positionen er ugyldig');
      }
      const range = { start: { line: 0, character: 0 }, end: position };
      const error = await client
        .request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } })
        .catch((caught: Error) => JSON.parse(caught.message));
      expect(error.code).toBe(-32602);
    }
  });

  it('answers valid positions anywhere (past a line’s end, past the last line, the largest uinteger), also code actions for diagnostics moved there, with ranges inside the document', async () => {
    const document = TextDocument.create(uri, 'yaml', 1, randers);
    const lines = randers.split('\n');
    const positions = [
      { line: 2 ** 31 - 1, character: 2 ** 31 - 1 },
      { line: lastLine + 1, character: 0 },
      { line: 0, character: 10_000 },
      ...[3, 10, 40, 80, lastLine].map((line) => ({ line, character: (lines[line] ?? '').length + 7 })),
    ];
    const inside = (position: { line: number; character: number }) =>
      Number.isInteger(position.line) &&
      Number.isInteger(position.character) &&
      position.character >= 0 &&
      position.line >= 0 &&
      position.line <= lastLine &&
      position.character <= (lines[position.line] ?? '').replace(/\r$/, '').length;
    for (const position of positions) {
      const answer = await client.request('textDocument/hover', { textDocument: { uri }, position });
      if (answer?.range) expect(inside(answer.range.start) && inside(answer.range.end), JSON.stringify(position)).toBe(true);
      const items = await client.request<any[]>('textDocument/completion', { textDocument: { uri }, position });
      for (const item of items) {
        const range = item.textEdit?.range;
        if (!range) continue;
        expect(inside(range.start) && inside(range.end), `${JSON.stringify(position)} ${item.label}`).toBe(true);
        expect(document.offsetAt(range.start)).toBeLessThanOrEqual(document.offsetAt(range.end));
      }
      // A code action asked there, alone and with each of the server's diagnostics moved there
      // (an editor sends the ones it shows, which may be from before its last edit).
      const range = { start: position, end: position };
      for (const diagnostics of [[], ...published.map((diagnostic) => [{ ...diagnostic, range }])]) {
        const actions = await client.request<any[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics } });
        for (const edit of actions.flatMap((action) => Object.values<any[]>(action.edit?.changes ?? {}).flat())) {
          expect(inside(edit.range.start) && inside(edit.range.end), `${JSON.stringify(position)} ${diagnostics[0]?.code}`).toBe(true);
        }
      }
    }
    expect(published.length).toBeGreaterThan(0);
    expect(client.stderr).toBe('');
  });
});

describe('a document grown by changes', () => {
  it('a change that would make a document longer than one message can carry is not applied and said in one Danish line; the server goes on answering', async () => {
    const client = await initialized();
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: 'titel: x\n' } });
    const start = { line: 0, character: 0 };
    const nine = 'x'.repeat(9 * 1024 * 1024);
    const insert = (version: number) =>
      client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start, end: start }, text: nine }] });
    insert(2);
    await client.notification('textDocument/publishDiagnostics', (params) => params.version === 2);
    // Before: applied, and so on without end; past V8's longest string the server stopped answering at full CPU.
    insert(3);
    const said = await client.notification('window/logMessage', (params) => params.message.includes('er ignoreret, fordi filen så ville fylde mere end'));
    expect(said.message).toMatch(/^kvalitetsstandard: En ændring af file:\S+ er ignoreret/);
    expect(await client.request('textDocument/hover', { textDocument: { uri }, position: start })).toBeNull();
    // A whole new text, then an insertion: within the limit once the first has replaced the rest, so applied.
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: 4 },
      contentChanges: [{ text: 'titel: y\n' }, { range: { start, end: start }, text: nine }],
    });
    const { diagnostics } = await client.notification('textDocument/publishDiagnostics', (params) => params.version === 4);
    expect(diagnostics.map((diagnostic: any) => diagnostic.message).join('\n')).toContain('Filen er for stor (9,0 MB)');
    expect(client.stderr).toBe('');
    await client.close();
  });
});

describe('many documents open', () => {
  it('a document opened past what all open documents may hold together is not read, and said in one Danish line; closing another makes room', async () => {
    const client = await initialized();
    const big = 'x'.repeat(15 * 1024 * 1024);
    const documentUri = (index: number) => `file:///tmp/kommune/municipalities/d${index}.yml`;
    const open = (index: number) =>
      client.notify('textDocument/didOpen', { textDocument: { uri: documentUri(index), languageId: 'yaml', version: 1, text: `titel: ${big}` } });
    // Before: a few hundred such opens and the server died out of memory, with V8's stack trace on stderr.
    for (let index = 0; index < 9; index += 1) open(index);
    const said = await client.notification('window/logMessage', (params) => params.message.includes('er ikke læst'));
    expect(said.message).toBe(
      `kvalitetsstandard: ${documentUri(8)} er ikke læst, fordi de åbne filer tilsammen så ville fylde mere end 134.217.728 tegn, og sprogserveren har ikke plads til mere. Luk de filer, du ikke bruger, og luk og åbn så denne igen.`,
    );
    expect(await client.request('textDocument/completion', { textDocument: { uri: documentUri(8) }, position: { line: 0, character: 0 } })).toEqual([]);
    client.notify('textDocument/didClose', { textDocument: { uri: documentUri(0) } });
    client.notify('textDocument/didClose', { textDocument: { uri: documentUri(8) } });
    open(8);
    const { diagnostics } = await client.notification(
      'textDocument/publishDiagnostics',
      (params) => params.uri === documentUri(8) && params.diagnostics.length > 0,
    );
    expect(diagnostics[0].message).toContain('Filen er for stor');
    expect(client.stderr).toBe('');
    await client.close();
  });
});

describe('diagnostic data the client made up', () => {
  it('acts only on data the server published: made-up lines, indentations and codes get no action, and the server answers at once', async () => {
    const client = await initialized();
    const text = `${randers}revisionn: x\n`;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    const { diagnostics } = await client.notification('textDocument/publishDiagnostics', (params) => params.uri === uri);
    const misspelled = diagnostics.find((diagnostic: any) => diagnostic.data?.code === 'ukendt-felt');
    const ask = (data: unknown) =>
      client.request<any[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: misspelled.range,
        context: { diagnostics: [{ ...misspelled, data }] },
      });
    const madeUp = [
      // Before: 300 million edits built (the server hung), edits at line -6, and »uventet fejl … meld fejlen« for a negative indentation.
      { kind: 'krav', id: '§4.1.1', field: 'x', citation: 'x', missingSection: false, commented: { titel: 'x', fra: 1, til: 3e8 } },
      { kind: 'krav', id: '§4.1.1', field: 'x', citation: 'x', missingSection: false, commented: { titel: 'x', fra: -5, til: 2 } },
      { kind: 'validering', code: 'yaml-felt-indrykning', args: { felt: 'x', mellemrum: 1, forventet: -1 } },
      { kind: 'validering', code: 'yaml-tabulator', args: { mellemrum: 1e10 } },
      { ...misspelled.data, args: { ...misspelled.data.args, forslag: 'noget andet' } },
    ];
    for (const data of madeUp) expect(await ask(data), JSON.stringify(data)).toEqual([]);
    // The server's own data, sent back, still gets its fix.
    expect((await ask(misspelled.data)).map((action) => action.title)).toEqual(['Ret til »revision«']);
    expect(client.stderr).toBe('');
    await client.close();
  });
});

describe('a document the editor sends malformed', () => {
  const ignored =
    /^kvalitetsstandard: »textDocument\/did(Open|Change)«( for \S+)? er ignoreret, fordi den ikke er, som protokollen kræver: .*luk og åbn filen i editoren/;

  it('a change with a position that is no uinteger is ignored and logged in one Danish line: the document stays as it was', async () => {
    const client = await initialized();
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: randers } });
    const before = await client.notification('textDocument/publishDiagnostics', (params) => params.uri === uri && params.version === 1);
    const positions = [
      { line: 1.5, character: 0 },
      { line: '3', character: 0 },
      { line: 3, character: -1 },
      { line: 2 ** 31, character: 0 },
      { line: 3 },
      null,
    ];
    let version = 1;
    for (const [index, position] of positions.entries()) {
      version += 1;
      const range = index % 2 === 0 ? { start: position, end: { line: 4, character: 0 } } : { start: { line: 0, character: 0 }, end: position };
      client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: 'titel: [\n' }] });
    }
    // A change with no text, and one valid change among invalid ones: the whole notification is ignored.
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: ++version },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }],
    });
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: ++version },
      contentChanges: [
        { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x: [' },
        { range: { start: { line: 0.5, character: 0 }, end: { line: 1, character: 0 } }, text: '' },
      ],
    });
    // A comment at the end changes no diagnostic of the text the server should still hold.
    const end = randers.split('\n').length - 1;
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: ++version },
      contentChanges: [{ range: { start: { line: end, character: 0 }, end: { line: end, character: 0 } }, text: '# slut\n' }],
    });
    const after = await client.notification('textDocument/publishDiagnostics', (params) => params.uri === uri && params.version === version);
    expect(after.diagnostics).toEqual(before.diagnostics);
    const logs = client.received('window/logMessage', (params) => ignored.test(params.message));
    expect(logs).toHaveLength(positions.length + 2);
    for (const log of logs) expect(log.message).not.toContain('\n');
    expect(logs[0].message).toContain(`»textDocument/didChange« for ${uri} er ignoreret`);
    expect(client.stderr).toBe('');
    await client.close();
  });

  it('an open or a change whose text, uri or version is not as the protocol says is ignored and logged; the server goes on', async () => {
    const client = await initialized();
    const other = 'file:///tmp/kommune/municipalities/tal.yml';
    const malformed: [string, unknown][] = [
      ['textDocument/didOpen', { textDocument: { uri: other, languageId: 'yaml', version: 1, text: 12345 } }],
      ['textDocument/didOpen', { textDocument: { uri: 42, languageId: 'yaml', version: 1, text: randers } }],
      ['textDocument/didOpen', { textDocument: { uri: other, languageId: 'yaml', version: '1', text: randers } }],
      ['textDocument/didOpen', { textDocument: 'tal.yml' }],
      ['textDocument/didOpen', null],
      ['textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: 12345 }] }],
      ['textDocument/didChange', { textDocument: { uri: ['x'], version: 2 }, contentChanges: [{ text: 'kommune: x' }] }],
      ['textDocument/didChange', { textDocument: { uri }, contentChanges: [{ text: 'kommune: x' }] }],
      ['textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: 'kommune: x' }],
    ];
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: randers } });
    const before = await client.notification('textDocument/publishDiagnostics', (params) => params.uri === uri && params.version === 1);
    for (const [method, params] of malformed) client.notify(method, params);
    await client.notification('window/logMessage', () => client.received('window/logMessage').length >= malformed.length);
    const logs = client.received('window/logMessage');
    expect(logs.map((log) => log.message)).toEqual(malformed.map(() => expect.stringMatching(ignored)));
    expect(logs.map((log) => log.message).join('')).not.toMatch(/uventet fejl|TypeError|\n\s+at /);
    // The open document is as it was: a whole-text change to the same text gives the same diagnostics.
    client.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: randers }] });
    const after = await client.notification('textDocument/publishDiagnostics', (params) => params.uri === uri && params.version === 3);
    expect(after.diagnostics).toEqual(before.diagnostics);
    expect(client.received('textDocument/publishDiagnostics', (params) => params.uri !== uri)).toEqual([]);
    expect(client.stderr).toBe('');
    await client.close();
  });
});

describe('traffic the server does not understand is answered and logged in Danish, with the protocol’s codes', () => {
  /** What vscode-jsonrpc and vscode-languageserver say in English when left to themselves. */
  const english =
    /Unhandled method|failed with message|failed unexpectedly|defines \d+ params|parameters by (name|position)|Received|Notification handler|Cannot read|TypeError|\n\s+at /;
  const answerOf = (request: Promise<unknown>) =>
    request.then(
      (result) => ({ result }),
      (caught: Error) => JSON.parse(caught.message) as { code: number; message: string; data?: { kode?: string } },
    );

  it('answers a request for a method it does not have with MethodNotFound, in Danish', async () => {
    const client = await initialized();
    for (const method of ['foo/bar', '$/foo', 'textDocument/definition', 'workspace/executeCommand']) {
      const error = await answerOf(client.request(method, { textDocument: { uri }, position: { line: 0, character: 0 } }));
      expect(error, method).toEqual({
        code: -32601,
        message: expect.stringContaining(`kender ikke forespørgslen »${method}«`),
        data: { kode: 'lsp-ukendt-metode' },
      });
    }
    expect(client.received('window/logMessage')).toEqual([]);
    expect(client.stderr).toBe('');
    await client.close();
  });

  it('answers a known request whose params are not as the protocol says with InvalidParams, naming the field, in Danish', async () => {
    const client = await initialized();
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: randers } });
    await client.notification('textDocument/publishDiagnostics', (params) => params.uri === uri);
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } };
    const cases: [string, unknown, string][] = [
      ['textDocument/hover', { textDocument: { uri } }, 'position'],
      ['textDocument/hover', {}, 'textDocument.uri'],
      ['textDocument/hover', { textDocument: null, position: { line: 0, character: 0 } }, 'textDocument.uri'],
      ['textDocument/hover', { textDocument: { uri: 5 }, position: { line: 0, character: 0 } }, 'textDocument.uri'],
      ['textDocument/hover', undefined, 'params'],
      ['textDocument/hover', [{ textDocument: { uri } }, { line: 0, character: 0 }], 'params'],
      ['textDocument/hover', 'x', 'params'],
      ['textDocument/completion', { position: { line: 0, character: 0 } }, 'textDocument.uri'],
      ['textDocument/completion', { textDocument: { uri: 'file:///aldrig/aabnet.yml' } }, 'position'],
      ['textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 0 }, context: 'x' }, 'context'],
      ['textDocument/codeAction', { textDocument: { uri }, range }, 'context'],
      ['textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [null] } }, 'context'],
      ['textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [{ message: 'x', range: null }] } }, 'context'],
      ['textDocument/codeAction', { textDocument: { uri }, context: { diagnostics: [] } }, 'range'],
      ['textDocument/willSaveWaitUntil', { reason: 1 }, 'textDocument.uri'],
    ];
    for (const [method, params, felt] of cases) {
      const error = await answerOf(client.request(method, params));
      expect(error, `${method} ${JSON.stringify(params)}`).toEqual({
        code: -32602,
        message: expect.stringContaining(`kan ikke svare på »${method}«: »${felt}« mangler eller er ikke, som protokollen kræver`),
        data: { kode: 'lsp-ugyldige-parametre' },
      });
    }
    // A completion for a document never opened is no mistake: there is nothing to propose.
    expect(
      await client.request('textDocument/completion', { textDocument: { uri: 'file:///aldrig/aabnet.yml' }, position: { line: 0, character: 0 } }),
    ).toEqual([]);
    expect(client.received('window/logMessage')).toEqual([]);
    expect(client.stderr).toBe('');
    await client.close();
  });

  it('ignores a notification whose params are not as the protocol says with one Danish line, and goes on (a cancel without id no longer ends it with 70)', async () => {
    const client = await initialized();
    const garbage: [string, unknown][] = [
      ['textDocument/didClose', {}],
      ['textDocument/didClose', undefined],
      ['textDocument/didSave', { x: 1 }],
      ['textDocument/willSave', { textDocument: 'x' }],
      ['workspace/didChangeConfiguration', undefined],
      ['workspace/didChangeConfiguration', [1]],
      ['workspace/didChangeWorkspaceFolders', { event: null }],
      ['window/workDoneProgress/cancel', {}],
      ['$/setTrace', undefined],
      ['$/cancelRequest', {}],
      ['$/cancelRequest', { id: { a: 1 } }],
    ];
    for (const [method, params] of garbage) client.notify(method, params);
    // Unknown notifications are dropped without a word, as the protocol allows.
    client.notify('garbage/notification', { a: 1 });
    client.notify('$/garbage', null);
    expect(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } })).toBeNull();
    const logs = client.received('window/logMessage').map((log) => log.message as string);
    expect(logs).toEqual(
      garbage.map(([method]) => expect.stringMatching(new RegExp(`^kvalitetsstandard: »${method.replace(/[$/]/g, '\\$&')}« er ignoreret: »[^«]+« mangler`))),
    );
    expect(logs.join('\n')).not.toMatch(english);
    await client.request('shutdown', null);
    client.notify('exit', null);
    expect(await client.exited).toBe(0);
    expect(client.stderr).toBe('');
  });

  it('takes a method named like an object’s own (»__proto__«, »constructor«, »toString«) for an unknown method, as a request and as a notification', async () => {
    const client = await initialized();
    const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
    for (const method of names) {
      // A notification of such a name was looked up on the object's prototype and ended the server with 70.
      client.notify(method, {});
      const error = await answerOf(client.request(method, {}));
      expect(error, method).toEqual({ code: -32601, message: expect.stringContaining(`»${method}«`), data: { kode: 'lsp-ukendt-metode' } });
    }
    expect(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } })).toBeNull();
    await client.request('shutdown', null);
    client.notify('exit', null);
    expect(await client.exited).toBe(0);
    expect(client.stderr).toBe('');
  });

  it('answers a request whose id cannot be read with InvalidRequest and id null, and says in one Danish line what is wrong with an answer to nothing or a message that is neither (before: »kunne ikke behandle … meld det til udviklerne«)', async () => {
    const client = await initialized();
    const from = client.all.length;
    client.raw({ jsonrpc: '2.0', id: null, method: 'textDocument/hover' });
    client.raw({ jsonrpc: '2.0', id: { a: 1 }, method: 'textDocument/hover' });
    client.raw({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } });
    client.raw({ jsonrpc: '2.0' });
    expect(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } })).toBeNull();
    const said = client.all.slice(from, -1);
    const invalid = (hvad: string) => ({
      jsonrpc: '2.0',
      id: null,
      error: {
        code: -32600,
        message: expect.stringContaining(`en forespørgsel, hvis »id« er ${hvad}, men et id skal være et helt tal`),
        data: { kode: 'lsp-ugyldigt-id' },
      },
    });
    expect(said.filter((message) => message.error)).toEqual([invalid('null'), invalid('et objekt')]);
    expect(said.filter((message) => message.method).map((message) => message.params.message)).toEqual([
      expect.stringMatching(/^kvalitetsstandard: Editoren sendte et svar på en forespørgsel, sprogserveren ikke har stillet/),
      expect.stringMatching(/^kvalitetsstandard: Editoren sendte en besked, der hverken er en forespørgsel, en meddelelse eller et svar/),
    ]);
    expect(JSON.stringify(said)).not.toMatch(english);
    expect(client.stderr).toBe('');
    await client.close();
  });

  it('puts any English answer or log line of the library into Danish at the edge, keeping the code, and leaves the server’s own as they are', async () => {
    const written: any[] = [];
    const writer = {
      onError: () => ({ dispose() {} }),
      onClose: () => ({ dispose() {} }),
      write: async (message: unknown) => void written.push(message),
      end() {},
      dispose() {},
    };
    let deliver: (message: unknown) => void = () => undefined;
    const reader = {
      onError: () => ({ dispose() {} }),
      onClose: () => ({ dispose() {} }),
      onPartialMessage: () => ({ dispose() {} }),
      listen: (callback: (message: unknown) => void) => ((deliver = callback), { dispose() {} }),
      dispose() {},
    };
    const gate = new ProtocolGate(reader as never, writer as never);
    const passed: unknown[] = [];
    gate.listen((message) => passed.push(message));
    deliver({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    deliver({ jsonrpc: '2.0', id: 2, method: 'textDocument/hover', params: { textDocument: { uri }, position: { line: 0, character: 0 } } });
    deliver({ jsonrpc: '2.0', id: 3, method: 'textDocument/completion', params: { textDocument: { uri }, position: { line: 0, character: 0 } } });
    expect(passed).toHaveLength(3);
    await gate.output.write({
      jsonrpc: '2.0',
      id: 2,
      error: { code: -32603, message: "Request textDocument/hover failed with message: Cannot read properties of undefined (reading 'x')" },
    } as never);
    await gate.output.write({ jsonrpc: '2.0', id: 3, error: { code: -32601, message: 'Unhandled method textDocument/completion' } } as never);
    await gate.output.write({
      jsonrpc: '2.0',
      method: 'window/logMessage',
      params: { type: 1, message: "Notification handler 'x' failed with message: y" },
    } as never);
    await gate.output.write({ jsonrpc: '2.0', method: 'window/showMessage', params: { type: 1, message: 'Sending response failed.' } } as never);
    const own = { jsonrpc: '2.0', id: 1, error: { code: -32602, message: 'Positionen er ugyldig', data: { kode: 'lsp-ugyldig-position' } } };
    await gate.output.write(own as never);
    await gate.output.write({ jsonrpc: '2.0', method: 'window/logMessage', params: { type: 2, message: 'kvalitetsstandard: egen linje' } } as never);
    expect(written[0].error).toEqual({
      code: -32603,
      message: expect.stringContaining('uventet fejl i sprogserveren ved »textDocument/hover«'),
      data: { kode: 'lsp-intern-fejl' },
    });
    expect(written[1].error).toEqual({
      code: -32601,
      message: expect.stringContaining('kender ikke forespørgslen »textDocument/completion«'),
      data: { kode: 'lsp-ukendt-metode' },
    });
    expect(written[2].params).toEqual({ type: 1, message: expect.stringMatching(/^kvalitetsstandard: Sprogserveren kunne ikke behandle en besked/) });
    expect(written[3].params).toEqual({ type: 1, message: expect.stringMatching(/^kvalitetsstandard: Sprogserveren kunne ikke behandle en besked/) });
    expect(written[4]).toEqual(own);
    expect(written[5].params.message).toBe('kvalitetsstandard: egen linje');
    expect(JSON.stringify(written)).not.toMatch(english);
  });

  it('answers a handler’s own bug with InternalError in Danish, not »Request … failed with message«', () => {
    const handler = answering('textDocument/hover', (_params: { textDocument: { uri: string } }) => {
      throw new TypeError("Cannot read properties of undefined (reading 'line')");
    });
    let thrown: unknown;
    try {
      handler({ textDocument: { uri } });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ResponseError);
    const { code, message, data } = thrown as ResponseError<{ kode: string }>;
    expect({ code, data }).toEqual({ code: -32603, data: { kode: 'lsp-intern-fejl' } });
    expect(message).toBe(
      `Der skete en uventet fejl i sprogserveren ved »textDocument/hover« for ${uri}. Din fil er ikke ændret. Start editoren med KVALITETSSTANDARD_DEBUG=1 for detaljer, og meld fejlen til udviklerne.`,
    );
  });
});
