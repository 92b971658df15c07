/**
 * `kvalitetsstandard build [kommune…] [--out out] [--uden-pdf] [--dato ÅÅÅÅ-MM-DD] [--stille]`
 * For each municipality: out/<kommune>/kvalitetsstandard.{html,pdf} and
 * compliance.{html,json,pdf}; then out/index.html. One broken municipality is reported and
 * the others still build; its previous output stays.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FileCheck } from '../check/run.js';
import { checkFile } from '../check/run.js';
import { formatMessage, type MessageArgs, type MessageCode } from '../diagnostics/messages.js';
import { allMunicipalityFiles, municipalityId } from '../files.js';
import { LogoError, renderDocument } from '../render/html.js';
import { renderIndexPage } from '../render/index-page.js';
import { PdfPrinter, type PdfJob } from '../render/pdf.js';
import { complianceReportJson } from '../report/compliance.js';
import { complianceReportHtml } from '../report/compliance-html.js';
import { formatDiagnostic } from '../report/diagnostics.js';
import { styleFor } from '../report/terminal.js';
import type { CommandContext } from '../usage.js';
import { writeFileAtomic } from '../write.js';
import { dateOption } from './check.js';
import { filesFromArguments } from './validate.js';

interface Built {
  check: FileCheck;
  dir: string;
  pdfJobs: (PdfJob & { pdfPath: string })[];
  failed: boolean;
  /** Time spent on this municipality: its HTML and, in parallel with others, its PDFs. */
  milliseconds: number;
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

  const checks = await Promise.all(filesFromArguments(positionals).map((file) => checkFile(file, date)));
  const built: Built[] = [];
  for (const check of checks) {
    const id = municipalityId(check.file);
    const dir = join(outDir, id);
    const renderStarted = performance.now();
    const entry: Built = { check, dir, pdfJobs: [], failed: false, milliseconds: 0 };
    built.push(entry);
    if (!check.valid) {
      entry.failed = true;
      warn('build-ugyldig', { kommune: id, mappe: `${dir}/` });
      for (const diagnostic of check.diagnostics) process.stderr.write(`${formatDiagnostic(diagnostic, check.text, style)}\n`);
      continue;
    }
    try {
      const html = renderDocument(check.file, id, check.document);
      const documentPath = join(dir, 'kvalitetsstandard.html');
      const compliancePath = join(dir, 'compliance.html');
      await writeFileAtomic(documentPath, html);
      await writeFileAtomic(compliancePath, complianceReportHtml([check]));
      await writeFileAtomic(join(dir, 'compliance.json'), complianceReportJson([check]));
      const { kommune, titel } = check.document;
      const date = [...(check.document.godkendelse ?? []).map((approval) => approval.dato), check.document.revision?.senest_revideret ?? ''].sort().pop() || undefined;
      const keywords = ['kvalitetsstandard', 'stofmisbrug', 'serviceloven § 101', check.regulation];
      entry.pdfJobs.push(
        { htmlPath: documentPath, pdfPath: join(dir, 'kvalitetsstandard.pdf'), metadata: { title: titel, author: kommune, subject: 'Kvalitetsstandard for social behandling for stofmisbrug efter serviceloven § 101', keywords, date } },
        { htmlPath: compliancePath, pdfPath: join(dir, 'compliance.pdf'), metadata: { title: `Compliance-rapport: ${kommune}`, author: kommune, subject: `${titel} vurderet efter ${check.regulation} §§ 3-6 pr. ${check.date}`, keywords, date: check.date } },
      );
      entry.milliseconds += performance.now() - renderStarted;
    } catch (error) {
      entry.failed = true;
      if (error instanceof LogoError) warn('logo-findes-ikke', { logo: error.logo });
      else warn('skrivning-fejlede', { fil: dir, detalje: String((error as Error).message) });
    }
  }

  let pdfMissing = false;
  const jobs = built.flatMap((entry) => entry.pdfJobs.map((job) => ({ entry, job })));
  if (withPdf && jobs.length > 0) {
    let printer: PdfPrinter | undefined;
    try {
      printer = await PdfPrinter.start(2);
    } catch (error) {
      pdfMissing = true;
      warn('chromium-mangler', { detalje: String((error as Error).message).split('\n')[0] });
    }
    if (printer) {
      const started = printer;
      try {
        await Promise.all(
          jobs.map(async ({ entry, job }) => {
            const printStarted = performance.now();
            try {
              await writeFileAtomic(job.pdfPath, await started.print(job));
              entry.milliseconds += performance.now() - printStarted;
            } catch (error) {
              entry.failed = true;
              warn('pdf-fejlede', { fil: job.pdfPath, detalje: String((error as Error).message).split('\n')[0] });
            }
          }),
        );
      } finally {
        await started.close();
      }
    }
  }

  for (const entry of built.filter((candidate) => candidate.check.valid && !candidate.failed)) {
    const files = withPdf && !pdfMissing ? 'HTML, PDF og compliance-rapport' : 'HTML og compliance-rapport';
    say(`${style.green('✓')} ${formatMessage('build-kommune', { kommune: municipalityId(entry.check.file), filer: files, tid: seconds(entry.milliseconds) })}`);
  }

  // The overview shows every municipality, also those not rebuilt this time.
  const indexPath = join(outDir, 'index.html');
  const others = allMunicipalityFiles().filter((file) => !checks.some((check) => check.file === file));
  const indexChecks = [...checks, ...(await Promise.all(others.map((file) => checkFile(file, date))))].sort((a, b) =>
    municipalityId(a.file).localeCompare(municipalityId(b.file), 'da'),
  );
  const entries = indexChecks.map((check) => ({ check, hasPdf: existsSync(join(outDir, municipalityId(check.file), 'kvalitetsstandard.pdf')) }));
  await writeFileAtomic(indexPath, renderIndexPage(entries, date));
  const failed = built.filter((entry) => entry.failed).length;
  say(
    formatMessage('build-opsummering', {
      bygget: built.length - failed,
      i_alt: built.length,
      mappe: `${outDir}/`,
      tid: seconds(performance.now() - started),
      fejl: failed || undefined,
      oversigt: indexPath,
    }),
  );
  return failed > 0 || pdfMissing ? 1 : 0;
}
