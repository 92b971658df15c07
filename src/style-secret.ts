/**
 * This process's styling secret (src/report/terminal.ts explains the markers that carry it).
 * A worker renders report text for the main thread's output filter, so it is given the main
 * thread's secret: whoever starts a worker passes this value in `workerData.styleSecret`.
 * A leaf module, so that starting a worker does not import the report code.
 */
import { isMainThread, workerData } from 'node:worker_threads';

/**
 * 96 random bits from Math.random, which V8 seeds for each process from the system's random
 * source: what the secret guards against is text in a file, which sees nothing of this process's
 * numbers. node:crypto would be the only reason a check loaded it (a fiftieth of its time).
 */
function randomSecret(): string {
  const bits24 = () =>
    Math.floor(Math.random() * 2 ** 24)
      .toString(16)
      .padStart(6, '0');
  return `${bits24()}${bits24()}${bits24()}${bits24()}`;
}

export const styleSecret: string = (!isMainThread && (workerData as { styleSecret?: string } | null)?.styleSecret) || randomSecret();
