/** The import's worker thread: one document, its standard (or its problem) posted back once. */
import { parentPort, workerData } from 'node:worker_threads';
import { fromModuleBundle } from '../bundled.js';
import type { ImportOptions } from './pipeline.js';

type Task = typeof import('./worker-task.js');
const { ImportError, importFile } = (fromModuleBundle(new URL('../', import.meta.url), 'import/worker-task.js') ?? (await import('./worker-task.js'))) as Task;

const { path, options } = workerData as { path: string; options: ImportOptions };

/** What the main thread needs to say about a failure: a Danish message, or the bug's own text. */
function failureOf(error: unknown): { code?: string; args?: unknown; bug?: string } {
  if (error instanceof ImportError) return { code: error.code, args: error.args };
  // Lists or tables nested thousands deep exhaust the stack: no Word document a person wrote.
  if (error instanceof RangeError && /call stack/i.test(error.message)) return { code: 'import-for-indviklet', args: {} };
  return { bug: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}

importFile(path, options).then(
  (standard) => parentPort?.postMessage({ standard }),
  (error: unknown) => parentPort?.postMessage({ failure: failureOf(error) }),
);
