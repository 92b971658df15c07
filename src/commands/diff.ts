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
import { formatBytes, municipalityId, readBounded, resolveOneFile, somethingAt, type ReadResult } from '../files.js';
import { maxFileBytes } from '../load.js';
import { formatDiagnostic } from '../report/diagnostics.js';
import { comparedVersions, diffReportHtml, diffReportText } from '../report/diff.js';
import { styleFor } from '../report/terminal.js';
import { UsageError, type CommandContext } from '../usage.js';
import { writeFileAtomic, mustWrite } from '../write.js';
import { dateOption, outFolderOption } from './arguments.js';

/** Whether --fra names a path: a file, or a link, even one that leads nowhere (a loop), which reading then explains. */
const givenAsFile = (from: string) => somethingAt(from);

const git = (args: string[], cwd: string, maxBuffer?: number) => execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer });

function succeeds(args: string[], cwd: string): boolean {
  try {
    git(args, cwd);
    return true;
  } catch {
    return false;
  }
}

/** The repository's top folder and the file's path in it, or undefined when the file is not in one; git not installed is said as such. */
function repositoryPath(file: string, from: string): { top: string; path: string } | undefined {
  try {
    const top = git(['rev-parse', '--show-toplevel'], dirname(resolve(file)))
      .toString('utf8')
      .trim();
    const path = relative(top, resolve(file)).split('\\').join('/');
    return path.startsWith('../') ? undefined : { top, path };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError('diff-git-mangler', { fra: from });
    return undefined;
  }
}

/**
 * The same file at a git version (»HEAD~1«, »godkendt-2023«), or why not, said as what the
 * user can do: the file is in no repository, git knows no such version, the version lacks
 * the file (added or renamed later), or the file there is too large. The revision is passed
 * after --end-of-options, so git never reads it as an option (»--output=FIL« would make git write a file).
 */
function gitVersion(file: string, from: string): Buffer {
  const repository = repositoryPath(file, from);
  if (!repository) throw new UsageError('diff-ikke-git', { fra: from, fil: file });
  const { top, path } = repository;
  // cat-file takes one object only; show took a range (»HEAD~1..HEAD«) too, and printed its log or nothing, read as the old file.
  const object = ['--end-of-options', `${from}:${path}`];
  let size: number;
  try {
    size = Number(git(['cat-file', '-s', ...object], top).toString('utf8'));
  } catch {
    // cat-file names one object; rev-parse would also take »^HEAD« (all but HEAD) as a version.
    const known = succeeds(['cat-file', '-e', '--end-of-options', `${from}^{commit}`], top);
    throw new UsageError(known ? 'diff-fra-uden-fil' : 'diff-fra-ukendt', { fra: from, fil: file });
  }
  if (size > maxFileBytes)
    throw new UsageError('diff-fra-fil', {
      fra: from,
      aarsag: formatMessage('fil-for-stor', { stoerrelse: formatBytes(size), graense: formatBytes(maxFileBytes) }),
    });
  return git(['cat-file', 'blob', ...object], top, maxFileBytes + 1);
}

/** The earlier version: a file (read with the same bounds as any input, never the compared file itself), or the file at a git version. */
function previousVersion(file: string, current: ReadResult & { ok: true }, from: string): Buffer {
  if (from.startsWith('-')) throw new UsageError('diff-fra-bindestreg', { fra: from });
  if (!givenAsFile(from)) return gitVersion(file, from);
  const read = readBounded(from, { maxBytes: maxFileBytes });
  if (!read.ok) throw new UsageError('diff-fra-fil', { fra: from, aarsag: formatMessage(read.code, read.args) });
  if (read.realPath === current.realPath) throw new UsageError('diff-fra-samme-fil', { fra: from, fil: file });
  return read.bytes;
}

/**
 * Each invalid version's errors. A git version cannot be corrected where it is (often it was
 * written before the schema changed): the message gives the command that saves it as a file
 * to correct and compare with instead.
 */
function reportInvalid(before: FileCheck, after: FileCheck, file: string, from: string): void {
  for (const check of [before, after]) {
    if (check.valid) continue;
    const saved = `${municipalityId(file)}-${from.replace(/[^A-Za-z0-9._-]+/g, '-')}.yml`;
    const command = `git show "${from}:./${relative(process.cwd(), resolve(file)).split('\\').join('/')}" > ${saved}`;
    const message =
      check === before && !givenAsFile(from)
        ? formatMessage('diff-ugyldig-git', { fil: check.file, kommando: command, gemt: saved })
        : formatMessage('diff-ugyldig', { fil: check.file });
    process.stderr.write(`kvalitetsstandard: ${message}\n`);
    for (const diagnostic of check.diagnostics) process.stderr.write(`${formatDiagnostic(diagnostic, check.text, styleFor(process.stderr))}\n`);
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
  const current = readBounded(file, { maxBytes: maxFileBytes, within: dirname(file) });
  if (!current.ok) throw new UsageError('fil-argument-kan-ikke-laeses', { fil: positionals[0]!, aarsag: formatMessage(current.code, current.args) });
  const before = checkSource(beforeName, previousVersion(file, current, options.fra), date);
  const after = checkSource(file, current.bytes, date);
  if (!before.valid || !after.valid) {
    reportInvalid(before, after, file, options.fra);
    return 1;
  }
  if (before.document.kommune !== after.document.kommune)
    process.stderr.write(
      `kvalitetsstandard: ${formatMessage('diff-anden-kommune', { fra: beforeName, kommune: after.document.kommune, anden: before.document.kommune })}\n`,
    );

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
