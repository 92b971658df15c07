/**
 * `kvalitetsstandard diff <kommune> --fra <git-version eller fil> [--dato ÅÅÅÅ-MM-DD] [--out out] [--uden-pdf]`
 * What changed since the last approved version: printed, and written as
 * out/<kommune>/aendringer.html and .pdf to attach to the agenda beside the standard.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { checkSource, type FileCheck } from '../check/run.js';
import { compare } from '../diff/compare.js';
import { formatMessage } from '../diagnostics/messages.js';
import { municipalityId, resolveFileArguments } from '../files.js';
import { formatDiagnostic } from '../report/diagnostics.js';
import { diffReportHtml, diffReportText } from '../report/diff.js';
import { styleFor } from '../report/terminal.js';
import { UsageError, type CommandContext } from '../usage.js';
import { writeFileAtomic } from '../write.js';
import { dateOption } from './check.js';

/** The earlier version: a file, or the same file at a git version (»HEAD~1«, »godkendt-2023«). */
function previousVersion(file: string, from: string): Buffer {
  if (existsSync(from)) return readFileSync(from);
  try {
    const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const path = relative(top, resolve(file)).split('\\').join('/');
    return execFileSync('git', ['show', `${from}:${path}`], { cwd: top, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 16 * 1024 * 1024 });
  } catch {
    throw new UsageError('diff-fra-ukendt', { fra: from, fil: file });
  }
}

export async function runDiff({ positionals, options }: CommandContext): Promise<number> {
  if (positionals.length !== 1) throw new UsageError('diff-mangler-kommune');
  if (typeof options.fra !== 'string') throw new UsageError('diff-mangler-fra');
  const [file] = resolveFileArguments(positionals) as [string];
  if (!existsSync(file)) throw new UsageError('fil-findes-ikke-argument', { fil: file });
  const date = dateOption(options.dato);
  const style = styleFor(process.stdout);
  const before = checkSource(`${options.fra}:${file}`, previousVersion(file, options.fra), date);
  const after = checkSource(file, readFileSync(file), date);
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

  const dir = join(String(options.out ?? 'out'), municipalityId(file));
  const htmlPath = join(dir, 'aendringer.html');
  await writeFileAtomic(htmlPath, diffReportHtml(context));
  let written = htmlPath;
  if (options['uden-pdf'] !== true) {
    const { PdfPrinter } = await import('../render/pdf.js');
    let printer;
    try {
      printer = await PdfPrinter.start(1);
    } catch (error) {
      process.stderr.write(`kvalitetsstandard: ${formatMessage('chromium-mangler', { detalje: String((error as Error).message).split('\n')[0] })}\n`);
      return 1;
    }
    try {
      const title = `Ændringer siden seneste godkendelse: ${after.document.kommune}`;
      const { pdf } = await printer.print({
        htmlPath,
        metadata: { title, author: after.document.kommune, subject: `${after.document.titel} sammenlignet med ${options.fra}`, keywords: ['kvalitetsstandard', 'ændringer'], date },
      });
      await writeFileAtomic(join(dir, 'aendringer.pdf'), pdf);
      written = `${htmlPath} og ${join(dir, 'aendringer.pdf')}`;
    } finally {
      await printer.close();
    }
  }
  process.stdout.write(`\n${formatMessage('diff-skrevet', { filer: written })}\n`);
  return 0;
}
