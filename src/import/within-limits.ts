/**
 * An import under a time and a memory limit. The conversion is synchronous work that no
 * timer can interrupt, so it runs on a worker thread with a heap limit, and is stopped
 * when the time is up: a document that would take minutes or gigabytes gets a Danish
 * message instead of a hung terminal or a crash.
 */
import { Worker } from 'node:worker_threads';
import type { Message } from '../diagnostics/messages.js';
import { ImportError } from './errors.js';
import type { ImportedStandard } from './imported.js';
import type { ImportOptions } from './pipeline.js';

export interface ImportLimits {
  /** Wall-clock time for the whole import, reading included. */
  seconds: number;
  /** The worker's JavaScript heap. */
  memoryMb: number;
}

/** A 100-page standard imports in about a second; this is far beyond any real document. */
export const importLimits: ImportLimits = { seconds: 120, memoryMb: 1536 };

type Reply = { standard: ImportedStandard } | { failure: Message | { bug: string } };

export function importWithinLimits(path: string, options: ImportOptions, limits: ImportLimits = importLimits): Promise<ImportedStandard> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker.js', import.meta.url), {
      workerData: { path, options },
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb },
    });
    const settle = (outcome: () => void) => {
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(() => settle(() => reject(new ImportError('import-tidsgraense', { sekunder: limits.seconds }))), limits.seconds * 1000);
    worker.once('message', (reply: Reply) =>
      settle(() => {
        if ('standard' in reply) resolve(reply.standard);
        else if ('bug' in reply.failure) reject(new Error(reply.failure.bug));
        else reject(new ImportError(reply.failure.code, reply.failure.args));
      }),
    );
    worker.once('error', (error: NodeJS.ErrnoException) =>
      settle(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new ImportError('import-hukommelse', { graense: limits.memoryMb }) : error)),
    );
    // Ends without a reply only if it crashed; the promise is settled already otherwise.
    worker.once('exit', () => settle(() => reject(new Error('import worker stopped without a reply'))));
  });
}
