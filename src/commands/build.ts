/**
 * `kvalitetsstandard build [kommune…] [--out out] [--uden-pdf] [--dato ÅÅÅÅ-MM-DD] [--fuld] [--stille]`
 * For each municipality: out/<kommune>/kvalitetsstandard.{html,pdf} and
 * compliance.{html,json,pdf}; then out/index.html. What is unchanged since the last build
 * is neither rebuilt nor rewritten. One broken municipality is reported and the others
 * still build; its previous output stays.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { BuildCache, stampOutputs } from '../build/cache.js';
import { outputNames, type MunicipalityResult, type MunicipalityTask } from '../build/municipality.js';
import { checkFile, type FileCheck } from '../check/run.js';
import { fileSystemErrorText, formatMessage, type MessageArgs, type MessageCode } from '../diagnostics/messages.js';
import { allMunicipalityFiles, municipalityIds, sameFile } from '../files.js';
import { renderIndexPage } from '../report/index-page.js';
import type { PdfJob, PdfPrinter } from '../render/pdf.js';
import { formatDiagnostic } from '../report/diagnostics.js';
import { styleFor } from '../report/terminal.js';
import { runParallel } from '../parallel.js';
import type { CommandContext } from '../usage.js';
import { mustWrite, removeStaleTemporaryFiles, stopWriting, writeFileAtomic } from '../write.js';
import { dateOption } from './check.js';
import { filesFromArguments } from './validate.js';

/** The text of a file the build wrote before, or undefined when there is none (or something else stands there). */
function readIfFile(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

const seconds = (ms: number) => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1).replace('.', ',')} s`);

export async function runBuild({ positionals, options }: CommandContext): Promise<number> {
  const started = performance.now();
  const outDir = String(options.out ?? 'out');
  const date = dateOption(options.dato);
  const quiet = options.stille === true;
  const withPdf = options['uden-pdf'] !== true;
  const style = styleFor(process.stderr);
  const say = (line: string) => quiet || process.stdout.write(`${line}\n`);
  const warn = (code: MessageCode, args: MessageArgs) => process.stderr.write(`${style.red('✗')} ${formatMessage(code, args)}\n`);
  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    warn('out-mappe-fejl', { mappe: outDir, detalje: fileSystemErrorText(error) });
    return 1;
  }
  // Stopped by Ctrl-C, kill or a closed terminal: say so, let the writes under way finish and
  // exit; src/write.ts removes half-written files on the way out and Puppeteer kills the
  // browser's process group. What was written is whole.
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    process.once(signal, () => {
      warn('build-afbrudt', {});
      void stopWriting().then(() => process.exit(code));
    });
  }
  removeStaleTemporaryFiles(outDir);
  const cache = BuildCache.load(outDir);

  const files = filesFromArguments(positionals);
  // Every name that becomes a folder and a link is a safe slug, and no two files share one.
  const { municipalities: selected, refused: refusedHere } = municipalityIds(files);
  for (const problem of refusedHere) warn(problem.code, problem.args);
  const selectedIds = new Set(selected.map(({ id }) => id));
  const others = municipalityIds(allMunicipalityFiles().filter((file) => !files.some((given) => sameFile(given, file)))).municipalities.filter(
    ({ id }) => !selectedIds.has(id),
  );
  const tasks = selected.map(({ file, id }) => ({ file, id, date, outDir, withPdf, previous: options.fuld === true ? undefined : cache.get(id) }));
  const results: MunicipalityResult[] = [];
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
      warn('chromium-mangler', { detalje: String((error as Error).message).split('\n')[0] });
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
        warn('pdf-fejlede', { fil: job.pdfPath, detalje: fileSystemErrorText(error) });
      }
    });

  // A cold build will need the browser: start it while the HTML renders.
  if (withPdf && tasks.some((task) => task.previous === undefined)) printer = startPrinter();
  try {
    await runParallel<MunicipalityTask, MunicipalityResult>({
      tasks,
      module: new URL('../build/municipality.js', import.meta.url),
      exportName: 'buildMunicipality',
      perWorker: 16,
      onResult: (result) => {
        results.push(result);
        if (result.status === 'ugyldig' && !result.check.valid) {
          warn('build-ugyldig', { kommune: result.id, mappe: `${join(outDir, result.id)}/` });
          for (const diagnostic of result.check.diagnostics) process.stderr.write(`${formatDiagnostic(diagnostic, result.check.text, style)}\n`);
        }
        // A broken .krav.yml stops nothing: the standard is built, and its annex says the own requirements were not judged.
        const own = result.check.own;
        for (const diagnostic of own?.diagnostics ?? []) process.stderr.write(`${formatDiagnostic(diagnostic, own?.text, style)}\n`);
        for (const problem of result.problems) warn(problem.code, problem.args);
        if (result.status === 'uaendret') say(`${style.dim('=')} ${formatMessage('build-uaendret', { kommune: result.id })}`);
        for (const job of result.pdfJobs) printing.push(print(result, job));
      },
    });
    await Promise.all(printing);
  } finally {
    await (await printer)?.close();
  }

  for (const result of results.filter((candidate) => candidate.status === 'bygget')) {
    // Recorded only now that every file is written, with each file as it was left; a municipality whose PDFs could not be made is built again next time.
    cache.set(result.id, { ...result.entry!, pdf: withPdf && !pdfMissing, outputs: stampOutputs(join(outDir, result.id), outputNames) });
    const made = withPdf && !pdfMissing ? 'HTML, PDF og compliance-rapport' : 'HTML og compliance-rapport';
    say(`${style.green('✓')} ${formatMessage('build-kommune', { kommune: result.id, filer: made, tid: seconds(result.milliseconds) })}`);
  }
  await mustWrite(cache.save(), join(outDir, '.kvalitetsstandard-cache.json'));

  // The overview shows every municipality with a safe, unique name, also those not rebuilt this time.
  const indexPath = join(outDir, 'index.html');
  const checks: FileCheck[] = results.map((result) => result.check);
  for (const { file } of others) checks.push(await checkFile(file, date));
  const idOf = new Map([...selected, ...others].map(({ file, id }) => [file, id]));
  checks.sort((a, b) => idOf.get(a.file)!.localeCompare(idOf.get(b.file)!, 'da'));
  const index = renderIndexPage(
    checks.map((check) => ({ check, hasPdf: existsSync(join(outDir, idOf.get(check.file)!, 'kvalitetsstandard.pdf')) })),
    date,
  );
  if (readIfFile(indexPath) !== index) await mustWrite(writeFileAtomic(indexPath, index), indexPath);

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
