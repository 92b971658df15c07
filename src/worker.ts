/**
 * A worker thread of src/parallel.ts or src/task-worker.ts: runs the function it was started
 * with on each task it is sent. A bundled command's function comes from the check bundle, and
 * a build's task module (the renderer, the PDF/UA pass) from a bundle of its own, compiled from
 * its code cache as the bin runs it (src/bundled.ts): the worker then starts in a fraction of
 * the time its modules take. Anything else, or a module whose bundle is missing or older than
 * the modules, is imported from its module: the same rule as the bin's.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { bundledCommandModule, bundledCommands, bundleUpToDate, checkBundle, fromModuleBundle, runBundle } from './bundled.js';
import type { WorkerMessage } from './parallel.js';

type Task = (task: unknown) => Promise<unknown>;
type Exports = Record<string, unknown>;

const { module, exportName } = workerData as { module: string; exportName: string };
const dist = new URL('.', import.meta.url);

/** The module, from its bundle when it has one and the bundle is up to date. */
async function load(): Promise<Exports> {
  const path = module.startsWith(dist.href) ? module.slice(dist.href.length) : '';
  if ([...bundledCommands].some((name) => bundledCommandModule(name) === path) && bundleUpToDate(dist, checkBundle)) {
    const { commandModules } = runBundle(dist, checkBundle).exports as { commandModules: Record<string, () => Promise<Exports>> };
    return commandModules[path]!();
  }
  return fromModuleBundle(dist, path) ?? (import(module) as Promise<Exports>);
}

const run = (await load())[exportName] as Task;

parentPort?.on('message', ({ index, task }: { index: number; task: unknown }) => {
  void run(task).then(
    (result) => parentPort?.postMessage({ index, result } satisfies WorkerMessage<unknown>),
    (error: unknown) => parentPort?.postMessage({ index, error: String((error as Error)?.message ?? error) } satisfies WorkerMessage<unknown>),
  );
});
parentPort?.postMessage({ ready: true } satisfies WorkerMessage<unknown>);
