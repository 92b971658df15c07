/**
 * One worker thread (src/worker.ts) that runs one module's exported function on each task it
 * is given, for CPU-bound work that must keep the main thread free. A build's main thread
 * drives Chromium: every moment it spends on work of its own (checking, rendering, pdf-lib)
 * is a moment the browser waits for its next command.
 */
import { Worker } from 'node:worker_threads';
import type { WorkerMessage } from './parallel.js';
import { styleSecret } from './style-secret.js';

export class TaskWorker<Task, Result> {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (result: Result) => void; reject: (error: Error) => void }>();
  private readonly running = new Set<Promise<Result>>();
  private sent = 0;
  private failure: Error | undefined;

  constructor(module: URL, exportName: string) {
    this.worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: { module: module.href, exportName, styleSecret } });
    this.worker.on('message', (reply: WorkerMessage<Result>) => {
      // The worker says when it has loaded its function; tasks sent before then wait in its queue.
      if ('ready' in reply) return;
      const { index, result, error } = reply;
      const task = this.pending.get(index);
      this.pending.delete(index);
      if (error === undefined) task?.resolve(result!);
      else task?.reject(new Error(error));
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`${exportName}: worker stopped (${code})`)));
  }

  /** A worker that dies (out of memory, say) fails the tasks it had and those sent after. */
  private fail(error: Error): void {
    this.failure ??= error;
    for (const task of this.pending.values()) task.reject(error);
    this.pending.clear();
  }

  run(task: Task): Promise<Result> {
    if (this.failure) return Promise.reject(this.failure);
    const index = this.sent++;
    const result = new Promise<Result>((resolve, reject) => {
      this.pending.set(index, { resolve, reject });
      this.worker.postMessage({ index, task });
    });
    this.running.add(result);
    void result.catch(() => undefined).finally(() => this.running.delete(result));
    return result;
  }

  /** Resolves when the tasks under way have finished, or after `milliseconds` (a signal's exit waits for their writes). */
  async idle(milliseconds: number): Promise<void> {
    await Promise.race([Promise.allSettled([...this.running]), new Promise((resolve) => setTimeout(resolve, milliseconds).unref())]);
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
