/**
 * Writes a report of many files as it is made: each file's part is rendered where the file
 * was checked (a worker thread or the main thread, src/parallel.ts) and written as soon as
 * every earlier file's part has been, so the output is the same, in the same order, however
 * many threads ran, and memory does not grow with the number of files.
 */
import { runParallel, type ParallelJob } from '../parallel.js';

/** One file's part of a report, and what the verdict at the end counts. */
export interface FileReport {
  chunk: string;
  failed: boolean;
  errors: number;
}

export interface ReportTotals {
  files: number;
  failed: number;
  errors: number;
}

/**
 * Below this many files per worker, the main thread alone is faster: a worker repeats the
 * check's one-time warm-up, and a check thread keeps V8's own threads busy too, so on two
 * cores two threads only paid from about 200 files (measured; see the README's developer notes).
 */
const filesPerWorker = 200;

/**
 * An entry of a JSON array as `JSON.stringify(array, null, 2)` writes it: the array of the one
 * value without its brackets (a third faster than indenting the value's own lines again).
 */
export function jsonArrayEntry(value: unknown): string {
  return JSON.stringify([value], null, 2).slice(2, -2);
}

/** Writes each task's report to stdout in order (as one JSON array when `json`), and returns the totals. */
export async function writeFileReports<Task>(
  tasks: readonly Task[],
  reportOne: Pick<ParallelJob<Task, FileReport>, 'run' | 'module' | 'exportName'>,
  json: boolean,
): Promise<ReportTotals> {
  const totals: ReportTotals = { files: tasks.length, failed: 0, errors: 0 };
  await runParallel<Task, FileReport>({
    tasks,
    ...reportOne,
    perWorker: filesPerWorker,
    onResult: (report, index) => {
      if (report.failed) totals.failed += 1;
      totals.errors += report.errors;
      process.stdout.write(json ? `${index === 0 ? '[\n' : ',\n'}${report.chunk}` : report.chunk);
    },
  });
  if (json) process.stdout.write(tasks.length === 0 ? '[]\n' : '\n]\n');
  return totals;
}
