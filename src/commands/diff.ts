/**
 * `kvalitetsstandard diff <kommune> --fra <git-version eller fil> [--dato ÅÅÅÅ-MM-DD] [--out out] [--uden-pdf]`
 * What changed since the last approved version: printed, and written as
 * out/<kommune>/aendringer.html and .pdf to attach to the agenda beside the standard.
 */
import { execFileSync } from 'node:child_process';
import { dirname } from 'node:path';
import { join, relative, resolve } from 'node:path';
import { checkSource, type FileCheck } from '../check/run.js';
import { compare } from '../diff/compare.js';
import { formatMessage } from '../diagnostics/messages.js';
import { municipalityId, readBounded, resolveOneFile, somethingAt } from '../files.js';
import { maxFileBytes } from '../load.js';
import { formatDiagnostic } from '../report/diagnostics.js';
import { comparedVersions, diffReportHtml, diffReportText } from '../report/diff.js';
import { styleFor } from '../report/terminal.js';
import { UsageError, UserError, type CommandContext } from '../usage.js';
import { writeFileAtomic, mustWrite } from '../write.js';
import { dateOption, outFolderOption } from './arguments.js';

/** Whether --fra names a path: a file, or a link, even one that leads nowhere (a loop), which reading then explains. */
const givenAsFile = (from: string) => somethingAt(from);

/**
 * The earlier version: a file (read with the same bounds as any input), or the same file at
 * a git version (»HEAD~1«, »godkendt-2023«). A value that begins with »-« is refused, and
 * the revision is passed after --end-of-options, so git never reads it as an option
 * (»--output=FIL« would make git write a file).
 */
function previousVersion(file: string, from: string): Buffer {
  if (from.startsWith('-')) throw new UsageError('diff-fra-bindestreg', { fra: from });
  if (givenAsFile(from)) {
    const read = readBounded(from, { maxBytes: maxFileBytes });
    if (!read.ok) throw new UsageError('diff-fra-fil', { fra: from, aarsag: formatMessage(read.code, read.args) });
    return read.bytes;
  }
  try {
    const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const path = relative(top, resolve(file)).split('\\').join('/');
    // cat-file takes one object only; show took a range (»HEAD~1..HEAD«) too, and printed its log or nothing, read as the old file.
    return execFileSync('git', ['cat-file', 'blob', '--end-of-options', `${from}:${path}`], {
      cwd: top,
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: maxFileBytes + 1,
    });
  } catch {
    throw new UsageError('diff-fra-ukendt', { fra: from, fil: file });
  }
}

export async function runDiff({ positionals, options }: CommandContext): Promise<number> {
  if (positionals.length !== 1) throw new UsageError('diff-mangler-kommune', {});
  if (typeof options.fra !== 'string') throw new UsageError('diff-mangler-fra', {});
  const file = resolveOneFile(positionals[0]!);
  const id = municipalityId(file);
  const outDir = outFolderOption(options.out, [{ file, id }]);
  const date = dateOption(options.dato);
  const style = styleFor(process.stdout);
  // Named as the user can open it: the file given, or the file at its git version, so a message reads »navn:linje:kolonne«.
  const beforeName = givenAsFile(options.fra) ? options.fra : `${file}@${options.fra}`;
  const before = checkSource(beforeName, previousVersion(file, options.fra), date);
  const current = readBounded(file, { maxBytes: maxFileBytes, within: dirname(file) });
  if (!current.ok) throw new UserError('diff-fra-fil', { fra: file, aarsag: formatMessage(current.code, current.args) });
  const after = checkSource(file, current.bytes, date);
  const invalid = [before, after].filter((check): check is FileCheck & { valid: false } => !check.valid);
  if (invalid.length > 0) {
    for (const check of invalid) {
      process.stderr.write(`kvalitetsstandard: ${formatMessage('diff-ugyldig', { fil: check.file })}\n`);
      for (const diagnostic of check.diagnostics) process.stderr.write(`${formatDiagnostic(diagnostic, check.text, styleFor(process.stderr))}\n`);
    }
    return 1;
  }
  if (!before.valid || !after.valid) return 1;

  const context = { comparison: compare(before, after), file, from: options.fra, date };
  process.stdout.write(diffReportText(context, style));

  const dir = join(outDir, id);
  const htmlPath = join(dir, 'aendringer.html');
  await mustWrite(writeFileAtomic(htmlPath, diffReportHtml(context)), htmlPath);
  let written = htmlPath;
  if (options['uden-pdf'] !== true) {
    const { PdfPrinter } = await import('../render/pdf.js');
    let printer;
    try {
      printer = await PdfPrinter.start(1);
    } catch (error) {
      process.stderr.write(`kvalitetsstandard: ${formatMessage('chromium-mangler', { detalje: String((error as Error).message).split('\n')[0] ?? '' })}\n`);
      return 1;
    }
    try {
      const title = `Ændringer siden seneste godkendelse: ${after.document.kommune}`;
      const { pdf } = await printer.print({
        htmlPath,
        metadata: {
          title,
          author: after.document.kommune,
          subject: comparedVersions(context.comparison),
          keywords: ['kvalitetsstandard', 'ændringer'],
          approvals: after.document.godkendelse,
          revised: after.document.revision?.senest_revideret,
        },
      });
      await mustWrite(writeFileAtomic(join(dir, 'aendringer.pdf'), pdf), join(dir, 'aendringer.pdf'));
      written = `${htmlPath} og ${join(dir, 'aendringer.pdf')}`;
    } finally {
      await printer.close();
    }
  }
  process.stdout.write(`\n${formatMessage('diff-skrevet', { filer: written })}\n`);
  return 0;
}
