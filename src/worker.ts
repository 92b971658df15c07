/**
 * A worker thread of src/parallel.ts: runs the function it was started with on each task it is
 * sent. A bundled command's function comes from the bundle, compiled from its code cache, as
 * the bin runs it (src/bundled.ts): the worker then starts in a fraction of the time the some
 * 80 modules take. Anything else, or everything when the bundle is missing or older than the
 * modules, is imported from its module: the same rule as the bin's, so a worker runs the way
 * its main thread does.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { bundledCommandModule, bundledCommands, bundleUpToDate, runBundle } from './bundled.js';
import type { WorkerMessage } from './parallel.js';

type Task = (task: unknown) => Promise<unknown>;
type Exports = Record<string, unknown>;

const { module, exportName } = workerData as { module: string; exportName: string };
const dist = new URL('.', import.meta.url);

/** The module, from the bundle when it is one of a bundled command's and the bundle is up to date. */
async function load(): Promise<Exports> {
  const path = module.startsWith(dist.href) ? module.slice(dist.href.length) : undefined;
  if (path !== undefined && [...bundledCommands].some((name) => bundledCommandModule(name) === path) && bundleUpToDate(dist)) {
    const { commandModules } = runBundle(dist).exports as { commandModules: Record<string, () => Promise<Exports>> };
    return commandModules[path]!();
  }
  return import(module) as Promise<Exports>;
}

const run = (await load())[exportName] as Task;

parentPort?.on('message', ({ index, task }: { index: number; task: unknown }) => {
  void run(task).then(
    (result) => parentPort?.postMessage({ index, result } satisfies WorkerMessage<unknown>),
    (error: unknown) => parentPort?.postMessage({ index, error: String((error as Error)?.message ?? error) } satisfies WorkerMessage<unknown>),
  );
});
parentPort?.postMessage({ ready: true } satisfies WorkerMessage<unknown>);
