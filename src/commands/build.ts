/**
 * `kvalitetsstandard build [kommune…] [--out out] [--uden-pdf] [--dato ÅÅÅÅ-MM-DD] [--fuld] [--stille]`
 * For each municipality: out/<kommune>/kvalitetsstandard.{html,pdf} and
 * compliance.{html,json,pdf}; then out/index.html. What is unchanged since the last build
 * is neither rebuilt nor rewritten, and when nothing changed the build reads nothing but
 * its cache and the stamps of its inputs and outputs (src/build/cache.ts): the check, the
 * renderer and the workers are loaded only for what is to be made. One broken municipality
 * is reported and the others still build; its previous output stays.
 */
import { createHash } from 'node:crypto';
import { constants, existsSync } from 'node:fs';
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import {
  BuildCache,
  type BuildSettings,
  hasOutputs,
  manifestName,
  outputNames,
  outputsOf,
  readIfFile,
  rowStillHolds,
  stampOutputs,
  toolStamp,
  unchangedSince,
} from '../build/cache.js';
import type { MunicipalityResult, MunicipalityTask } from '../build/municipality.js';
import { fileSystemErrorText } from '../diagnostics/labels.js';
import { formatMessage, type MessageArgsByCode, type MessageCode } from '../diagnostics/messages.js';
import { allMunicipalityFiles, danishOrder, municipalityIds, sameFile, type Municipality } from '../files.js';
import type { PdfJob, PdfPrinter } from '../render/pdf.js';
import type { TaskWorker } from '../task-worker.js';
import { formatDiagnostic } from '../report/diagnostics.js';
import type { IndexEntry } from '../report/index-page.js';
import { styleFor } from '../report/terminal.js';
import type { CommandContext } from '../usage.js';
import { makeDirectory, mustWrite, removeStaleTemporaryFiles, stopWriting, writeFileAtomic } from '../write.js';
import { dateOption, filesFromArguments, outFolderOption } from './arguments.js';

const seconds = (ms: number) => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1).replace('.', ',')} s`);

export async function runBuild({ positionals, options }: CommandContext): Promise<number> {
  const started = performance.now();
  const files = filesFromArguments(positionals);
  // Every name that becomes a folder and a link is a safe slug, and no two files share one.
  const { municipalities: selected, refused: refusedHere } = municipalityIds(files);
  const outDir = outFolderOption(options.out, selected);
  const date = dateOption(options.dato);
  const quiet = options.stille === true;
  const withPdf = options['uden-pdf'] !== true;
  const style = styleFor(process.stderr);
  const say = (line: string) => quiet || process.stdout.write(`${line}\n`);
  const warn = <Code extends MessageCode>(code: Code, args: MessageArgsByCode[Code]) =>
    process.stderr.write(`${style.red('✗')} ${formatMessage(code, args)}\n`);
  try {
    await makeDirectory(outDir);
    // A folder that exists but may not be written is said once, before anything is built.
    await access(outDir, constants.W_OK);
  } catch (error) {
    warn('out-mappe-fejl', { mappe: outDir, detalje: fileSystemErrorText(error) });
    return 1;
  }
  // Stopped by Ctrl-C, kill or a closed terminal: say so, let the writes under way finish and
  // exit; src/write.ts removes half-written files on the way out and Puppeteer kills the
  // browser's process group. What was written is whole.
  // A build that prints renders on a worker thread (see below): its writes under way finish too.
  let renderer: TaskWorker<MunicipalityTask, MunicipalityResult> | undefined;
  let stopping = false;
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    process.once(signal, () => {
      warn('build-afbrudt', {});
      stopping = true;
      void Promise.all([stopWriting(), renderer?.idle(2000)]).then(() => process.exit(code));
    });
  }
  removeStaleTemporaryFiles(outDir);
  const cache = BuildCache.load(outDir);

  for (const problem of refusedHere) warn(problem.code, problem.args);
  const selectedIds = new Set(selected.map(({ id }) => id));
  const others = municipalityIds(allMunicipalityFiles().filter((file) => !files.some((given) => sameFile(given, file)))).municipalities.filter(
    ({ id }) => !selectedIds.has(id),
  );
  const settings: BuildSettings = { tool: toolStamp(), date, withPdf };
  const results: MunicipalityResult[] = [];
  const tasks: MunicipalityTask[] = [];
  for (const { file, id } of selected) {
    const previous = options.fuld === true ? undefined : cache.get(id);
    if (unchangedSince(previous, settings, join(outDir, id), outputsOf(withPdf))) {
      results.push({ id, file, status: 'uaendret', row: previous.row, pdfJobs: [], problems: [], milliseconds: 0 });
      say(`${style.dim('=')} ${formatMessage('build-uaendret', { kommune: id })}`);
    } else tasks.push({ file, id, date, outDir, withPdf, previous });
  }
  // The browser starts with the first PDF to make (or at once for a cold build) and prints while later HTML renders.
  let printer: Promise<PdfPrinter | undefined> | undefined;
  let pdfMissing = false;
  const printing: Promise<void>[] = [];
  const startPrinter = async (): Promise<PdfPrinter | undefined> => {
    try {
      const { PdfPrinter: Printer } = await import('../render/pdf.js');
      return await Printer.start(2);
    } catch (error) {
      pdfMissing = true;
      warn('chromium-mangler', { detalje: String((error as Error).message).split('\n')[0] ?? '' });
      return undefined;
    }
  };
  const print = (result: MunicipalityResult, job: PdfJob & { pdfPath: string }) =>
    (printer ??= startPrinter()).then(async (running) => {
      if (!running) return;
      try {
        const { pdf, milliseconds } = await running.print(job);
        await writeFileAtomic(job.pdfPath, pdf);
        result.milliseconds += milliseconds;
      } catch (error) {
        result.status = 'fejl';
        warn('pdf-fejlede', { fil: job.pdfPath, detalje: fileSystemErrorText(error), bevaret: existsSync(job.pdfPath) ? 'ja' : undefined });
      }
    });

  // A cold build will need the browser: start it while the HTML renders.
  if (withPdf && tasks.some((task) => task.previous === undefined)) printer = startPrinter();
  const onResult = (result: MunicipalityResult) => {
    results.push(result);
    if (result.invalid) {
      // The previous version is named only where there is one: a first build has none to keep.
      const folder = join(outDir, result.id);
      warn('build-ugyldig', {
        kommune: result.id,
        mappe: hasOutputs(folder) ? `${folder}/` : undefined,
        ulaest: result.invalid.text === undefined ? 'ja' : undefined,
      });
      for (const diagnostic of result.invalid.diagnostics) process.stderr.write(`${formatDiagnostic(diagnostic, result.invalid.text, style)}\n`);
    }
    // A broken .krav.yml stops nothing: the standard is built, and its annex says the own requirements were not judged.
    for (const diagnostic of result.own?.diagnostics ?? []) process.stderr.write(`${formatDiagnostic(diagnostic, result.own?.text, style)}\n`);
    for (const problem of result.problems) warn(problem.code, problem.args);
    if (result.status === 'uaendret') say(`${style.dim('=')} ${formatMessage('build-uaendret', { kommune: result.id })}`);
    for (const job of result.pdfJobs) printing.push(print(result, job));
  };
  const municipalityModule = new URL('../build/municipality.js', import.meta.url);
  try {
    if (tasks.length > 0 && withPdf) {
      // This thread drives Chromium, which waits whenever this thread is busy: the
      // municipalities are checked and rendered on a worker, one at a time and in order.
      const { TaskWorker } = await import('../task-worker.js');
      renderer = new TaskWorker(municipalityModule, 'buildMunicipality');
      try {
        for (const task of tasks) if (!stopping) onResult(await renderer.run(task));
      } finally {
        await renderer.close();
      }
      // Every PDF is now queued: Chromium may close once the last has printed. Meanwhile this
      // thread, which rendered nothing itself, loads what the overview needs (the law's data,
      // the report's styles): that took it some 150 ms after the last PDF.
      void printer?.then((running) => running?.releaseBrowser());
      import('../report/index-page.js').catch(() => undefined);
    } else if (tasks.length > 0) {
      const { runParallel } = await import('../parallel.js');
      await runParallel<MunicipalityTask, MunicipalityResult>({
        tasks,
        run: (await import('../build/municipality.js')).buildMunicipality,
        module: municipalityModule,
        exportName: 'buildMunicipality',
        perWorker: 16,
        onResult,
      });
    }
    await Promise.all(printing);
  } finally {
    await (await printer)?.close();
  }

  for (const result of results) {
    if (result.status === 'bygget') {
      // Recorded only now that every file is written, with each file as it was left; a municipality whose PDFs could not be made is built again next time.
      cache.set(result.id, { ...result.entry!, pdf: withPdf && !pdfMissing, outputs: stampOutputs(join(outDir, result.id), outputNames) });
      const made = withPdf && !pdfMissing ? 'HTML, PDF og compliance-rapport' : 'HTML og compliance-rapport';
      say(`${style.green('✓')} ${formatMessage('build-kommune', { kommune: result.id, filer: made, tid: seconds(result.milliseconds) })}`);
    } else if (result.status === 'uaendret' && result.entry) cache.set(result.id, result.entry);
  }

  // The overview shows every municipality with a safe, unique name, also those not rebuilt this time.
  const indexPath = join(outDir, 'index.html');
  const entries = await indexEntries(results, others, cache, settings, outDir);
  // Made again only when what it shows changed, or the file is not as this build left it.
  const indexKey = createHash('sha256')
    .update(JSON.stringify([settings.tool, date, entries]))
    .digest('hex');
  try {
    if (!cache.indexIntact(indexPath, indexKey)) {
      const index = (await import('../report/index-page.js')).renderIndexPage(entries, date);
      if (readIfFile(indexPath) !== index) await mustWrite(writeFileAtomic(indexPath, index), indexPath);
      cache.setIndex(indexPath, indexKey);
    }
  } finally {
    // What was built is recorded even when the overview could not be written.
    await mustWrite(cache.save(), join(outDir, manifestName));
  }

  const failed = results.filter((result) => result.status === 'ugyldig' || result.status === 'fejl').length + refusedHere.length;
  const unchanged = results.filter((result) => result.status === 'uaendret').length;
  say(
    formatMessage('build-opsummering', {
      bygget: results.length + refusedHere.length - failed - unchanged,
      uaendret: unchanged || undefined,
      i_alt: results.length + refusedHere.length,
      mappe: `${outDir}/`,
      tid: seconds(performance.now() - started),
      fejl: failed || undefined,
      oversigt: indexPath,
    }),
  );
  return failed > 0 || pdfMissing ? 1 : 0;
}

/** The overview's entries, by name: the municipalities of this build, and the others from their cache entry while it holds, else checked now. */
async function indexEntries(
  results: readonly MunicipalityResult[],
  others: readonly Municipality[],
  cache: BuildCache,
  settings: BuildSettings,
  outDir: string,
): Promise<IndexEntry[]> {
  const rows = results.map(({ file, id, row }) => ({ file, id, row }));
  for (const { file, id } of others) {
    const entry = cache.get(id);
    const row = rowStillHolds(entry, settings) ? entry.row : await (await import('../build/municipality.js')).overviewRow(file, settings.date);
    rows.push({ file, id, row });
  }
  return rows.sort((a, b) => danishOrder(a.id, b.id)).map((entry) => ({ ...entry, hasPdf: existsSync(join(outDir, entry.id, 'kvalitetsstandard.pdf')) }));
}
