/** A minimal Language Server Protocol client over stdio, to test the editor pairing for real. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

type Message = { id?: any; method?: string; params?: any; result?: any; error?: any };

export class LspClient {
  readonly process: ChildProcessWithoutNullStreams;
  /** Everything the server wrote to stderr (a server must not write its internals there). */
  stderr = '';
  /** The exit code, once the server has exited. */
  readonly exited: Promise<number | null>;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, (message: Message) => void>();
  private readonly notifications: Message[] = [];
  private readonly waiters: { method: string; test: (params: any) => boolean; resolve: (params: any) => void }[] = [];

  constructor(
    command: string,
    args: string[],
    private readonly settings: Record<string, unknown>,
  ) {
    this.process = spawn(command, args, { stdio: 'pipe' });
    this.process.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.process.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) => this.process.on('exit', (code) => resolve(code)));
  }

  /** Every notification of this method received so far that passes the test. */
  received<T = any>(method: string, test: (params: any) => boolean = () => true): T[] {
    return this.notifications.filter((message) => message.method === method && test(message.params)).map((message) => message.params as T);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString()) as Message;
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.handle(message);
    }
  }

  /** Every message the server wrote, in order. */
  readonly all: Message[] = [];

  private handle(message: Message): void {
    this.all.push(message);
    if (message.id !== undefined && message.method) {
      // A request from the server: answer what it asks of a client.
      const result = message.method === 'workspace/configuration' ? message.params.items.map(() => this.settings) : null;
      this.send({ id: message.id, result });
    } else if (message.id !== undefined) {
      this.pending.get(message.id)?.(message);
      this.pending.delete(message.id);
    } else if (message.method) {
      this.notifications.push(message);
      for (const waiter of [...this.waiters]) {
        if (waiter.method === message.method && waiter.test(message.params)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve(message.params);
        }
      }
    }
  }

  private send(message: Message): void {
    this.raw({ jsonrpc: '2.0', ...message });
  }

  /** Writes any JSON value as one framed message, as it is (no »jsonrpc« added). */
  raw(message: unknown): void {
    this.rawBody(JSON.stringify(message));
  }

  /** Writes any text as the body of one framed message. */
  rawBody(body: string): void {
    this.process.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }

  request<T = any>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, (message) => (message.error ? reject(new Error(JSON.stringify(message.error))) : resolve(message.result as T)));
      this.send({ id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  /** The next notification of this method that passes the test (or one already received). */
  notification<T = any>(method: string, test: (params: any) => boolean, timeoutMs = 15_000): Promise<T> {
    const seen = this.notifications.find((message) => message.method === method && test(message.params));
    if (seen) return Promise.resolve(seen.params as T);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${method} within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({ method, test, resolve: (params) => (clearTimeout(timer), resolve(params)) });
    });
  }

  async close(): Promise<void> {
    await this.request('shutdown', null).catch(() => undefined);
    this.notify('exit', null);
    this.process.kill();
  }
}
