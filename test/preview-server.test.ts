/**
 * The preview's HTTP server against hostile local traffic, with real requests to a
 * `kvalitetsstandard preview` started on port 0: connections are bounded (the live-reload
 * streams included; beyond the cap a Danish 503), only GET and HEAD are answered (others 405),
 * only this machine's names (others a Danish 403), a header too large gets 431, one too slow
 * 408, and no path leads to a file. Each refusal is Danish, and the server goes on answering.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { type IncomingMessage, request } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatMessage } from '../src/diagnostics/messages.js';
import { previewHttpServer, previewLimits } from '../src/commands/preview.js';
import { root, stackTrace } from './helpers.js';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

const cli = join(root, 'dist', 'cli.js');
let child: ChildProcess;
let port = 0;
let stdout = '';
let stderr = '';

beforeAll(async () => {
  child = spawn(process.execPath, [cli, 'preview', 'randers', '--port', '0'], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  port = await new Promise<number>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      stdout += chunk;
      const match = /127\.0\.0\.1:(\d+)/.exec(stdout);
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', () => reject(new Error(`preview stopped: ${stderr}`)));
  });
});

afterAll(async () => {
  const exited = new Promise((resolve) => child.on('exit', resolve));
  child.kill('SIGINT');
  expect(await exited).toBe(0);
  expect(stdout + stderr).not.toMatch(stackTrace);
});

type Answer = { status: number; headers: IncomingMessage['headers']; body: string };

/** One request on its own connection (no agent keeps it), read to the end. */
function get(path: string, options: { method?: string; host?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const call = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        agent: false,
        headers: { host: options.host ?? `127.0.0.1:${port}`, ...options.headers },
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      },
    );
    call.on('error', reject);
    call.end();
  });
}

/** Bytes written as they are to a new connection; resolves with all the server wrote before it closed. */
function raw(bytes: string | Buffer, serverPort = port): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(serverPort, '127.0.0.1');
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
    socket.write(bytes);
  });
}

/** The status line and body of a raw HTTP answer. */
const statusOf = (answer: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1]);

const randers = readFileSync(join(root, 'municipalities', 'randers.yml'), 'utf8');
/** What a file the server must never serve would show: the YAML's own lines, package.json's, /etc/passwd's. */
const fileContent = /kommune: Randers|"name": "kvalitetsstandard"|root:x:0:0|serviceniveau:/;

describe('preview refuses what is not a GET from this machine, in Danish', () => {
  it('answers POST, PUT, DELETE, PATCH, OPTIONS and made-up methods with 405 and Allow, on every path, and still serves GET', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'PROPFIND', 'TRACE'])
      for (const path of ['/', '/aendringer', '/x']) {
        const answer = await get(path, { method });
        expect(`${method} ${path} ${answer.status}`).toBe(`${method} ${path} 405`);
        expect(answer.headers.allow).toBe('GET, HEAD');
        expect(answer.body).toBe(`${formatMessage('preview-metode', { metode: method })}\n`);
      }
    const head = await get('/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect((await get('/')).body).toContain('Randers');
  });

  it('answers a Host that is not 127.0.0.1 or localhost at its port with a Danish 403 and nothing of the page (DNS rebinding)', async () => {
    for (const host of [
      'evil.example',
      `evil.example:${port}`,
      `127.0.0.1:${port + 1}`,
      `localhost.evil.example:${port}`,
      '127.0.0.1',
      `[::1]:${port}`,
      `0.0.0.0:${port}`,
      `127.0.0.2:${port}`,
    ]) {
      const answer = await get('/', { host });
      expect(`${host} ${answer.status}`).toBe(`${host} 403`);
      expect(answer.body).toBe(`${formatMessage('preview-forkert-vaert', {})}\n`);
    }
    // No Host at all (HTTP/1.0) is no name of this machine either.
    const bare = await raw('GET / HTTP/1.0\r\n\r\n');
    expect(statusOf(bare)).toBe(403);
    expect(bare).not.toContain('Randers');
    for (const host of [`127.0.0.1:${port}`, `LOCALHOST:${port}`]) expect((await get('/', { host })).status).toBe(200);
  });

  it('serves no file for any path: encoded, double-encoded, backslashed or NUL traversal gets 404 or 400, in Danish', async () => {
    const paths = [
      '/..%2f..%2fpackage.json',
      '/..%2F..%2Fmunicipalities%2Franders.yml',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/..%252f..%252fpackage.json',
      '/%252e%252e%252fmunicipalities%252franders.yml',
      '/..\\..\\package.json',
      '/..%5c..%5cpackage.json',
      '/municipalities/randers.yml',
      '/randers.yml',
      '/../municipalities/randers.yml',
      '//etc/passwd',
      '/package.json%00.html',
      '/%00',
      '/aendringer/../../package.json',
      '/./',
    ];
    for (const path of paths) {
      const answer = await raw(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`);
      expect(`${path} ${statusOf(answer)}`).toBe(`${path} 404`);
      expect(answer).toContain(formatMessage('preview-ikke-fundet', {}));
      expect(answer).not.toMatch(fileContent);
    }
    // A NUL or a raw control character in the request line is no HTTP: 400, in Danish.
    for (const line of ['GET /\0 HTTP/1.1', 'GET /..\0/package.json HTTP/1.1', 'GET /\x01 HTTP/1.1', 'GET / HTTP/1.1\0']) {
      const answer = await raw(`${line}\r\nHost: 127.0.0.1:${port}\r\n\r\n`);
      expect(`${JSON.stringify(line)} ${statusOf(answer)}`).toBe(`${JSON.stringify(line)} 400`);
      expect(answer).toContain(formatMessage('preview-ugyldig-forespoergsel', {}));
      expect(answer).not.toMatch(fileContent);
    }
    expect(randers).toMatch(fileContent);
    expect((await get('/')).status).toBe(200);
  });

  it('answers a header over the cap with a Danish 431, and garbage that is no HTTP with a Danish 400', async () => {
    for (const header of [
      `X-Big: ${'a'.repeat(previewLimits.headerBytes)}`,
      `Cookie: ${'k=v; '.repeat(previewLimits.headerBytes / 4)}`,
      Array.from({ length: 3 }, (_, index) => `X-${index}: ${'b'.repeat(previewLimits.headerBytes / 2)}`).join('\r\n'),
    ]) {
      const answer = await raw(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n${header}\r\n\r\n`);
      expect(statusOf(answer)).toBe(431);
      expect(answer).toContain(formatMessage('preview-header-for-stor', { max: previewLimits.headerBytes }));
    }
    for (const garbage of [
      'hello\r\n\r\n',
      '\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03',
      'GET / HTTP/9.9\r\n\r\n',
      'GET / HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n',
    ]) {
      const answer = await raw(garbage);
      expect(`${JSON.stringify(garbage)} ${statusOf(answer)}`).toBe(`${JSON.stringify(garbage)} 400`);
      expect(answer).toContain(formatMessage('preview-ugyldig-forespoergsel', {}));
    }
    expect((await get('/')).status).toBe(200);
  });
});

/** Opens the live-reload stream and resolves once the server has answered it (the connection is then counted). */
function stream(): Promise<{ status: number; close: () => void }> {
  return new Promise((resolve, reject) => {
    const call = request({ host: '127.0.0.1', port, path: '/aendringer', agent: false, headers: { host: `127.0.0.1:${port}` } }, (response) => {
      response.resume();
      resolve({ status: response.statusCode ?? 0, close: () => call.destroy() });
    });
    call.on('error', reject);
    call.end();
  });
}

describe('preview bounds its connections, the live-reload streams included', () => {
  it(`holds ${previewLimits.connections} at once; the next gets a Danish 503 and is closed; a closed one makes room`, async () => {
    const streams = await Promise.all(Array.from({ length: previewLimits.connections }, () => stream()));
    expect(streams.map(({ status }) => status)).toEqual(Array(previewLimits.connections).fill(200));
    for (const path of ['/', '/aendringer', '/x']) {
      const refused = await get(path);
      expect(`${path} ${refused.status}`).toBe(`${path} 503`);
      expect(refused.body).toBe(`${formatMessage('preview-optaget', { max: previewLimits.connections })}\n`);
      expect(refused.headers.connection).toBe('close');
    }
    streams.pop()!.close();
    // The server counts the closed connection out as soon as it sees it closed.
    let status = 503;
    for (let attempt = 0; attempt < 200 && status === 503; attempt += 1) status = (await get('/')).status;
    expect(status).toBe(200);
    for (const open of streams) open.close();
  });
});

describe('preview bounds how long a request may take to arrive (slowloris)', () => {
  it('closes a connection whose header never ends with a Danish 408, and answers others meanwhile', async () => {
    // The caps the README names.
    expect(previewLimits).toMatchObject({ connections: 64, headerBytes: 8 * 1024, headerMs: 10_000, requestMs: 30_000 });
    // The real server with its real handler, at times a test can wait for.
    const limits = { ...previewLimits, headerMs: 300, requestMs: 600, checkMs: 50 };
    let listening = 0;
    const server = previewHttpServer(
      (_request, response) => response.end('ok'),
      () => listening,
      limits,
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    listening = (server.address() as { port: number }).port;
    try {
      for (const start of ['GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: a', 'GET / HTT', '']) {
        const answer = await raw(start, listening);
        expect(`${JSON.stringify(start)} ${statusOf(answer)}`).toBe(`${JSON.stringify(start)} 408`);
        expect(answer).toContain(formatMessage('preview-for-langsom', { sekunder: limits.headerMs / 1000 }));
      }
      expect(await raw(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${listening}\r\nConnection: close\r\n\r\n`, listening)).toMatch(/^HTTP\/1\.1 200[\s\S]*ok$/);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
