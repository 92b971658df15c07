/**
 * Runs one function over many files on every core, handing the results back in the order of
 * the files. `build`, `check` and `validate` share it: the work per file is CPU-bound, so a
 * national run (hundreds of files) spreads it over worker threads, while a small run stays
 * in the main thread, where starting workers would cost more than it saves.
 *
 * Results are handed on as soon as every earlier one has been, and no worker runs further
 * ahead than a short window, so memory is bounded by a few files, not by their number.
 * KVALITETSSTANDARD_THREADS=1 forces the main thread alone, =N forces N threads in all (the main
 * thread and N-1 workers), whatever the number of files (tests compare both).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { styleSecret } from './style-secret.js';

export interface ParallelJob<Task, Result> {
  tasks: readonly Task[];
  /** The function that does one task, called in the main thread. */
  run(task: Task): Promise<Result>;
  /**
   * The module exporting the same function and its name, for the workers, which import it by URL.
   * The main thread calls `run` instead of importing it: a bundled CLI (scripts/bundle.mjs) has
   * its own copy of the module, and importing it by URL there would load a second one.
   */
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

/** What a worker posts once it has loaded its function (only then is it sent tasks), and its replies. */
export type WorkerMessage<Result> = { ready: true } | WorkerReply<Result>;

/** Two tasks in flight per worker: one is computed while the other's result travels. */
const inFlightPerWorker = 2;

/** Threads in all, the main thread included. */
function threadCount(tasks: number, perWorker: number): number {
  const forced = Number(process.env.KVALITETSSTANDARD_THREADS);
  if (Number.isInteger(forced) && forced >= 1) return Math.min(forced, Math.max(tasks, 1));
  return Math.min(availableParallelism(), 4, Math.ceil(tasks / perWorker));
}

export async function runParallel<Task, Result>(job: ParallelJob<Task, Result>): Promise<void> {
  const { run } = job;
  const threads = threadCount(job.tasks.length, job.perWorker);
  if (threads <= 1) {
    for (const [index, task] of job.tasks.entries()) job.onResult(await run(task), index);
    return;
  }
  const workerData = { module: job.module.href, exportName: job.exportName, styleSecret };
  const workers = Array.from({ length: threads - 1 }, () => new Worker(new URL('./worker.js', import.meta.url), { workerData }));
  try {
    await inOrder(job, run, workers);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** Shares the tasks between the workers and the main thread (which works while the workers start) and hands results on in order. */
function inOrder<Task, Result>(job: ParallelJob<Task, Result>, run: (task: Task) => Promise<Result>, workers: Worker[]): Promise<void> {
  const { tasks } = job;
  const window = (workers.length + 1) * inFlightPerWorker * 4;
  const waiting = new Map<number, Result>();
  // Only the workers that are ready: until then the main thread takes every task, so a worker
  // slow to start (loading, or a busy machine) never holds up the files it would have been sent.
  const inFlight = new Map<Worker, number>();
  let next = 0;
  let handedOn = 0;
  let mainBusy = false;
  return new Promise<void>((resolve, reject) => {
    const mayStart = () => next < tasks.length && next < handedOn + window;
    const dispatch = () => {
      for (const worker of inFlight.keys()) {
        while (inFlight.get(worker)! < inFlightPerWorker && mayStart()) {
          inFlight.set(worker, inFlight.get(worker)! + 1);
          worker.postMessage({ index: next, task: tasks[next] });
          next += 1;
        }
      }
      if (!mainBusy && mayStart()) {
        mainBusy = true;
        const index = next++;
        // On the next turn of the event loop: the workers' replies that came in meanwhile are
        // handled first, so a worker never waits idle for the main thread's run of files.
        setImmediate(() =>
          run(tasks[index]!).then((result) => {
            mainBusy = false;
            deliver(index, result);
          }, reject),
        );
      }
    };
    const deliver = (index: number, result: Result) => {
      waiting.set(index, result);
      try {
        while (waiting.has(handedOn)) {
          const ready = waiting.get(handedOn)!;
          waiting.delete(handedOn);
          job.onResult(ready, handedOn);
          handedOn += 1;
        }
      } catch (error) {
        return reject(error);
      }
      if (handedOn === tasks.length) return resolve();
      dispatch();
    };
    for (const worker of workers) {
      worker.on('message', (reply: WorkerMessage<Result>) => {
        if ('ready' in reply) {
          inFlight.set(worker, 0);
          return dispatch();
        }
        if (reply.error !== undefined) return reject(new Error(reply.error));
        inFlight.set(worker, inFlight.get(worker)! - 1);
        deliver(reply.index, reply.result!);
      });
      worker.on('error', reject);
    }
    if (tasks.length === 0) return resolve();
    dispatch();
  });
}
