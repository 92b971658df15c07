/**
 * Runs one function over many files on every core, handing the results back in the order of
 * the files. `build`, `check` and `validate` share it: the work per file is CPU-bound, so a
 * national run (hundreds of files) spreads it over worker threads, while a small run stays
 * in the main thread, where starting workers would cost more than it saves.
 *
 * Results are handed on as soon as every earlier one has been, and no worker runs further
 * ahead than a short window, so memory is bounded by a few files, not by their number.
 * KVALITETSSTANDARD_THREADS=1 forces the main thread, =N forces N workers (tests compare both).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { styleSecret } from './report/terminal.js';

export interface ParallelJob<Task, Result> {
  tasks: readonly Task[];
  /** The module exporting the function that does one task (workers import it by URL), and its name. */
  module: URL;
  exportName: string;
  /** Below this many tasks per worker, one thread is faster than starting workers (measured; see the README). */
  perWorker: number;
  /** Called once per task, in the order of `tasks`. */
  onResult(result: Result, index: number): void;
}

/** What a worker posts back: the task's result, or the message of what it threw. */
export interface WorkerReply<Result> {
  index: number;
  result?: Result;
  error?: string;
}

/** Two tasks in flight per worker: one is computed while the other's result is handed on. */
const inFlightPerWorker = 2;

function threadCount(tasks: number, perWorker: number): number {
  const forced = Number(process.env.KVALITETSSTANDARD_THREADS);
  if (Number.isInteger(forced) && forced >= 1) return Math.min(forced, Math.max(tasks, 1));
  return Math.min(availableParallelism(), 4, Math.ceil(tasks / perWorker));
}

export async function runParallel<Task, Result>(job: ParallelJob<Task, Result>): Promise<void> {
  const run = (await import(job.module.href))[job.exportName] as (task: Task) => Promise<Result>;
  const threads = threadCount(job.tasks.length, job.perWorker);
  if (threads <= 1) {
    for (const [index, task] of job.tasks.entries()) job.onResult(await run(task), index);
    return;
  }
  const workerData = { module: job.module.href, exportName: job.exportName, styleSecret };
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./worker.js', import.meta.url), { workerData }));
  try {
    await inOrder(job, workers);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

function inOrder<Task, Result>(job: ParallelJob<Task, Result>, workers: Worker[]): Promise<void> {
  const { tasks } = job;
  const window = workers.length * inFlightPerWorker * 4;
  const waiting = new Map<number, Result>();
  const inFlight = new Map<Worker, number>(workers.map((worker) => [worker, 0]));
  let next = 0;
  let handedOn = 0;
  return new Promise<void>((resolve, reject) => {
    const dispatch = () => {
      for (const worker of workers) {
        while (inFlight.get(worker)! < inFlightPerWorker && next < tasks.length && next < handedOn + window) {
          inFlight.set(worker, inFlight.get(worker)! + 1);
          worker.postMessage({ index: next, task: tasks[next] });
          next += 1;
        }
      }
    };
    const receive = (worker: Worker, reply: WorkerReply<Result>) => {
      if (reply.error !== undefined) return reject(new Error(reply.error));
      inFlight.set(worker, inFlight.get(worker)! - 1);
      waiting.set(reply.index, reply.result!);
      while (waiting.has(handedOn)) {
        const result = waiting.get(handedOn)!;
        waiting.delete(handedOn);
        job.onResult(result, handedOn);
        handedOn += 1;
      }
      if (handedOn === tasks.length) return resolve();
      dispatch();
    };
    for (const worker of workers) {
      worker.on('message', (reply: WorkerReply<Result>) => {
        try {
          receive(worker, reply);
        } catch (error) {
          reject(error);
        }
      });
      worker.on('error', reject);
    }
    if (tasks.length === 0) return resolve();
    dispatch();
  });
}
