/**
 * Runs municipality builds on every core: Markdown rendering is CPU-bound, so a national
 * build (hundreds of files) spreads it over worker threads. Small builds stay in the main
 * thread, where starting workers would cost more than it saves.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { buildMunicipality, type MunicipalityResult, type MunicipalityTask } from './municipality.js';

/** Below this many files one thread is faster than starting workers. */
const workerThreshold = 16;

export async function buildAll(tasks: readonly MunicipalityTask[], onResult: (result: MunicipalityResult) => void): Promise<void> {
  const threads = Math.min(availableParallelism(), 4, Math.ceil(tasks.length / workerThreshold));
  if (threads <= 1) {
    for (const task of tasks) onResult(await buildMunicipality(task));
    return;
  }
  let next = 0;
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./worker.js', import.meta.url)));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let inFlight = 0;
            const send = () => {
              if (next >= tasks.length) return inFlight === 0 && resolve();
              inFlight += 1;
              worker.postMessage(tasks[next++]);
            };
            worker.on('message', (message: { result?: MunicipalityResult; error?: string }) => {
              if (message.error !== undefined) return reject(new Error(message.error));
              inFlight -= 1;
              onResult(message.result!);
              send();
            });
            worker.on('error', reject);
            // Two tasks in flight per worker: one renders while the other's files are written.
            send();
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
