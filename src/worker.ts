/** A worker thread of src/parallel.ts: runs the function it was started with on each task it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerReply } from './parallel.js';

const { module, exportName } = workerData as { module: string; exportName: string };
const run = (await import(module))[exportName] as (task: unknown) => Promise<unknown>;

parentPort?.on('message', ({ index, task }: { index: number; task: unknown }) => {
  void run(task).then(
    (result) => parentPort?.postMessage({ index, result } satisfies WorkerReply<unknown>),
    (error: unknown) => parentPort?.postMessage({ index, error: String((error as Error)?.message ?? error) } satisfies WorkerReply<unknown>),
  );
});
