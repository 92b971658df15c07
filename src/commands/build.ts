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
import { BuildCache } from '../build/cache.js';
import type { MunicipalityResult } from '../build/municipality.js';
import { buildAll } from '../build/parallel.js';
import { checkFile, type FileCheck } from '../check/run.js';
import { formatMessage, type MessageArgs, type MessageCode } from '../diagnostics/messages.js';
import { allMunicipalityFiles, municipalityId } from '../files.js';
import { renderIndexPage } from '../render/index-page.js';
import type { PdfJob, PdfPrinter } from '../render/pdf.js';
import { formatDiagnostic } from '../report/diagnostics.js';
import { styleFor } from '../report/terminal.js';
import type { CommandContext } from '../usage.js';
import { writeFileAtomic } from '../write.js';
import { dateOption } from './check.js';
import { filesFromArguments } from './validate.js';

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
    warn('out-mappe-fejl', { mappe: outDir, detalje: (error as NodeJS.ErrnoException).code ?? String(error) });
    return 1;
  }
  const cache = BuildCache.load(outDir);

  const files = filesFromArguments(positionals);
  const tasks = files.map((file) => ({ file, date, outDir, withPdf, previous: options.fuld === true ? undefined : cache.get(municipalityId(file)) }));
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
        warn('pdf-fejlede', { fil: job.pdfPath, detalje: String((error as Error).message).split('\n')[0] });
      }
    });

  // A cold build will need the browser: start it while the HTML renders.
  if (withPdf && tasks.some((task) => task.previous === undefined)) printer = startPrinter();
  try {
    await buildAll(tasks, (result) => {
      results.push(result);
      if (result.status === 'ugyldig' && !result.check.valid) {
        warn('build-ugyldig', { kommune: result.id, mappe: `${join(outDir, result.id)}/` });
        for (const diagnostic of result.check.diagnostics) process.stderr.write(`${formatDiagnostic(diagnostic, result.check.text, style)}\n`);
      }
      for (const problem of result.problems) warn(problem.code, problem.args);
      if (result.status === 'uaendret') say(`${style.dim('=')} ${formatMessage('build-uaendret', { kommune: result.id })}`);
      for (const job of result.pdfJobs) printing.push(print(result, job));
    });
    await Promise.all(printing);
  } finally {
    await (await printer)?.close();
  }

  for (const result of results.filter((candidate) => candidate.status === 'bygget')) {
    // A municipality whose PDFs could not be made is built again next time.
    cache.set(result.id, { ...result.entry!, pdf: withPdf && !pdfMissing });
    const made = withPdf && !pdfMissing ? 'HTML, PDF og compliance-rapport' : 'HTML og compliance-rapport';
    say(`${style.green('✓')} ${formatMessage('build-kommune', { kommune: result.id, filer: made, tid: seconds(result.milliseconds) })}`);
  }
  await cache.save();

  // The overview shows every municipality, also those not rebuilt this time.
  const indexPath = join(outDir, 'index.html');
  const checks: FileCheck[] = results.map((result) => result.check);
  const others = allMunicipalityFiles().filter((file) => !files.includes(file));
  for (const file of others) checks.push(await checkFile(file, date));
  checks.sort((a, b) => municipalityId(a.file).localeCompare(municipalityId(b.file), 'da'));
  const index = renderIndexPage(
    checks.map((check) => ({ check, hasPdf: existsSync(join(outDir, municipalityId(check.file), 'kvalitetsstandard.pdf')) })),
    date,
  );
  if (!existsSync(indexPath) || readFileSync(indexPath, 'utf8') !== index) await writeFileAtomic(indexPath, index);

  const failed = results.filter((result) => result.status === 'ugyldig' || result.status === 'fejl').length;
  const unchanged = results.filter((result) => result.status === 'uaendret').length;
  say(
    formatMessage('build-opsummering', {
      bygget: results.length - failed - unchanged,
      uaendret: unchanged || undefined,
      i_alt: results.length,
      mappe: `${outDir}/`,
      tid: seconds(performance.now() - started),
      fejl: failed || undefined,
      oversigt: indexPath,
    }),
  );
  return failed > 0 || pdfMissing ? 1 : 0;
}
