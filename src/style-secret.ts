/**
 * This process's styling secret (src/report/terminal.ts explains the markers that carry it).
 * A worker renders report text for the main thread's output filter, so it is given the main
 * thread's secret: whoever starts a worker passes this value in `workerData.styleSecret`.
 * A leaf module, so that starting a worker does not import the report code.
 */
import { randomBytes } from 'node:crypto';
import { isMainThread, workerData } from 'node:worker_threads';

export const styleSecret: string = (!isMainThread && (workerData as { styleSecret?: string } | null)?.styleSecret) || randomBytes(12).toString('hex');
