/**
 * One municipality's part of a build, when its cache entry's stamps no longer hold (see
 * ./cache.ts): check it, and render and write what is out of date (its PDFs are queued for
 * the browser, which the build runs once for all). Returns data, prints nothing, so it runs
 * the same in the main thread and in a worker.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { join } from 'node:path';
import { checkFile, type FileCheck } from '../check/run.js';
import { fileSystemErrorText } from '../diagnostics/labels.js';
import type { Message } from '../diagnostics/messages.js';
import type { PdfJob } from '../render/pdf.js';
import { complianceReportJson } from '../report/compliance.js';
import { writeFileAtomic } from '../write.js';
import { indexRow, type IndexRow } from '../report/index-row.js';
import { UserError } from '../usage.js';
import { complianceKey, documentKey, hasOutputs, inputFiles, logoFile, outputsIntact, stampInputs, toolStamp, type CacheEntry } from './cache.js';

export interface MunicipalityTask {
  file: string;
  /** Its safe name in out/ (src/files.ts municipalityId). */
  id: string;
  date: string;
  outDir: string;
  withPdf: boolean;
  /** What the last build recorded for it; none forces a rebuild. */
  previous?: CacheEntry;
}

export interface MunicipalityResult {
  id: string;
  file: string;
  status: 'ugyldig' | 'uaendret' | 'bygget' | 'fejl';
  /** The check of an invalid file, for its messages. */
  invalid?: FileCheck & { valid: false };
  /** What is wrong with the municipality's own requirements file: reported, and it stops nothing. */
  own?: { diagnostics: Diagnostic[]; text?: string };
  /** What the overview shows of a valid file. */
  row?: IndexRow;
  /** The cache entry to record when the municipality was built or found unchanged (its outputs are stamped by the build). */
  entry?: CacheEntry;
  pdfJobs: (PdfJob & { pdfPath: string })[];
  problems: Message[];
  milliseconds: number;
}

export async function buildMunicipality(task: MunicipalityTask): Promise<MunicipalityResult> {
  const started = performance.now();
  const { id } = task;
  const dir = join(task.outDir, id);
  // Stamped before anything is read, so a change made while it is read shows next time.
  const stampedAt = Date.now();
  const inputs = inputFiles(task.file, id);
  const inputStamps = stampInputs(inputs, stampedAt);
  const check = await checkFile(task.file, task.date);
  const result: MunicipalityResult = { id, file: task.file, status: 'ugyldig', pdfJobs: [], problems: [], milliseconds: 0 };
  if (check.own && check.own.diagnostics.length > 0) result.own = { diagnostics: check.own.diagnostics, text: check.own.text };
  if (!check.valid) return { ...result, invalid: check };
  result.row = indexRow(check);
  const logoStamps = stampInputs(logoFile(check.file, check.document.praesentation?.logo), stampedAt);

  const { previous, withPdf } = task;
  // Fresh: made from the same input, and every file is still exactly as that build left it.
  const fresh = (key: 'document' | 'compliance', files: string[], pdf: string) =>
    previous?.[key] === entry[key] && outputsIntact(previous, dir, files) && (!withPdf || (previous.pdf && outputsIntact(previous, dir, [pdf])));
  const { kommune, titel } = check.document;
  const keywords = ['kvalitetsstandard', 'stofmisbrug', 'serviceloven § 101', check.regulation];
  const approval = { approvals: check.document.godkendelse, revised: check.document.revision?.senest_revideret };
  let entry: CacheEntry = { document: '', compliance: '', pdf: withPdf };
  // Whether an earlier build's outputs were there before this one wrote any: a failure halfway through a first build must not say they are kept.
  let earlier: boolean | undefined;
  const write = async (path: string, text: string) => {
    earlier ??= hasOutputs(dir);
    await writeFileAtomic(path, text);
  };
  try {
    entry = {
      document: documentKey(check.file, check.text, id, check.document.praesentation?.logo),
      compliance: complianceKey(check.text, task.date, check.own && (check.own.text ?? check.own.diagnostics.map((diagnostic) => diagnostic.code).join())),
      pdf: withPdf,
      tool: toolStamp(),
      date: task.date,
      inputs: inputStamps && logoStamps && { ...inputStamps, ...logoStamps },
      row: result.row,
    };
    if (!fresh('document', ['kvalitetsstandard.html'], 'kvalitetsstandard.pdf')) {
      // The renderer is loaded only when something is to be rendered: an unchanged build stays quick.
      const { renderDocument } = await import('../render/html.js');
      const htmlPath = join(dir, 'kvalitetsstandard.html');
      await write(htmlPath, renderDocument(check.file, id, check.document));
      result.pdfJobs.push({
        htmlPath,
        pdfPath: join(dir, 'kvalitetsstandard.pdf'),
        metadata: {
          title: `${titel} – ${kommune}`,
          author: kommune,
          subject: 'Kvalitetsstandard for social behandling for stofmisbrug efter serviceloven § 101',
          keywords,
          ...approval,
        },
      });
    }
    if (!fresh('compliance', ['compliance.html', 'compliance.json'], 'compliance.pdf')) {
      const { annexTitle, complianceReportHtml } = await import('../report/compliance-html.js');
      const htmlPath = join(dir, 'compliance.html');
      await write(htmlPath, complianceReportHtml([check], { site: true }));
      await write(join(dir, 'compliance.json'), complianceReportJson([check]));
      result.pdfJobs.push({
        htmlPath,
        pdfPath: join(dir, 'compliance.pdf'),
        pagesFrom: { htmlPath: join(dir, 'kvalitetsstandard.html'), pdfPath: join(dir, 'kvalitetsstandard.pdf') },
        metadata: {
          // What its heading says, so a PDF reader's title bar and the first page agree.
          title: annexTitle(check.document),
          author: kommune,
          subject: `${titel} vurderet efter ${check.regulation} §§ 3-6 pr. ${check.date}`,
          keywords,
          ...approval,
        },
      });
    }
    result.status = result.pdfJobs.length > 0 ? 'bygget' : 'uaendret';
    // Unchanged: the same outputs, now vouched for by the new stamps.
    result.entry = result.status === 'uaendret' && previous ? { ...entry, pdf: previous.pdf, outputs: previous.outputs } : entry;
  } catch (error) {
    result.status = 'fejl';
    const kept = earlier ?? hasOutputs(dir);
    result.problems.push(
      error instanceof UserError
        ? problemOf(error, kept)
        : { code: 'skrivning-fejlede', args: { fil: dir, detalje: fileSystemErrorText(error), bevaret: kept ? 'ja' : undefined } },
    );
  }
  if (!withPdf) result.pdfJobs = [];
  result.milliseconds = performance.now() - started;
  return result;
}

/** What the overview shows of a municipality the build was not asked to build and has no current entry for (undefined: invalid). */
export async function overviewRow(file: string, date: string): Promise<IndexRow | undefined> {
  const check = await checkFile(file, date);
  return check.valid ? indexRow(check) : undefined;
}

/** A problem the build reports; a template's error says whether an earlier version of the kommune is kept (a first build has none). */
function problemOf(error: UserError, kept: boolean): Message {
  const problem = { code: error.code, args: error.args } as Message;
  return problem.code === 'skabelon-fejl' ? { code: problem.code, args: { ...problem.args, bevaret: kept ? 'ja' : undefined } } : problem;
}
