/**
 * `kvalitetsstandard importer <fil.docx> [--kommune "Navn"] [--ud FIL]`: a kommune's Word
 * document to a municipality file, checked at once. The file is validated and checked
 * before it is written, written beside its target and linked into place (so it appears
 * whole or not at all, and never over an existing file).
 */
import { lstat, readlink, stat } from 'node:fs/promises';
import { createExclusive, makeDirectory } from '../write.js';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { failingStatuses } from '../check/index.js';
import { checkSource, type FileCheck } from '../check/run.js';
import { today } from '../dates.js';
import { formatMessage, type Message } from '../diagnostics/messages.js';
import { formatDiagnostic } from '../report/diagnostics.js';
import { allMunicipalityFiles, formatBytes, municipalitiesDir, municipalityIds, sameFile, slugify } from '../files.js';
import { maxFileBytes } from '../load.js';
import { ImportError } from '../import/errors.js';
import type { ImportedStandard } from '../import/imported.js';
import { draftName, isMunicipalitiesFolder, otherFilesFor } from '../import/existing.js';
import { consequenceQuestions } from '../import/interpreted.js';
import { importReportText } from '../import/report.js';
import { largestSections, limitInDocument } from '../import/source-limits.js';
import { standardToYaml } from '../import/yaml.js';
import { importWithinLimits } from '../import/within-limits.js';
import { complianceReportText } from '../report/compliance.js';
import { styleFor } from '../report/terminal.js';
import { UsageError, type CommandContext } from '../usage.js';
import { notInAName } from '../lint/control-characters.js';

function fail(code: Parameters<typeof formatMessage>[0], args: Parameters<typeof formatMessage>[1] = {}): number {
  process.stderr.write(`kvalitetsstandard: ${formatMessage(code, args)}\n`);
  return 1;
}

/**
 * Why build would refuse the target by its own rule (`municipalityIds`), as the importer says
 * it: a name that cannot be a folder in out/ (»Ærø.yml«, »x.txt«), a kommune's own
 * requirements (».krav.yml«), or another file in its folder that would build into the same
 * folder (»testby.yaml« beside »testby.yml«).
 */
function refusedTarget(target: string): Message | undefined {
  // The target is judged beside the other files, never beside itself (a name already taken is said before this).
  const others = allMunicipalityFiles(dirname(target)).filter((file) => !sameFile(file, target));
  const { refused } = municipalityIds([...others, target]);
  const problem = refused.find((each) => sameFile(each.file, target));
  if (problem?.code === 'filnavn-kollision') return { code: 'import-kollision', args: { fil: target, andre: problem.args.andre, id: problem.args.id } };
  if (problem?.code === 'filnavn-ugyldigt') {
    const forslag = problem.args.forslag && join(dirname(target), problem.args.forslag);
    return { code: 'import-filnavn-ugyldigt', args: { fil: target, forslag } };
  }
  return problem;
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code ?? String(error);

/** Where a link points, when `path` is a link (read without following it). */
async function linkTarget(path: string): Promise<string | undefined> {
  const entry = await lstat(path).catch(() => undefined);
  return entry?.isSymbolicLink() ? readlink(path).catch(() => undefined) : undefined;
}

/** A name that can only be a folder's: it ends in a separator, or is ».« or »..«. */
const namesFolder = (target: string) => /[\\/]$/.test(target) || ['.', '..'].includes(basename(target));

/**
 * Why the file cannot be written at `target`, named as the user wrote it: the name is a
 * folder's; its folder is missing, a file, or a link that leads nowhere or in a ring; or
 * something is already there, a file, a folder or a link (a link whose target is gone too:
 * the importer never writes through a link).
 */
async function targetProblem(target: string, slug: string): Promise<Message | undefined> {
  // A folder named like a file (municipalities/randers.yml/) gets a draft's name, another folder the file in it.
  const forslag = /\.ya?ml$/i.test(target) ? draftName(target) : join(target, `${slug || 'kommune'}.yml`);
  if (namesFolder(target)) return { code: 'import-ud-er-mappe', args: { fil: target, forslag } };
  const folder = dirname(target);
  const folderStats = await stat(folder).catch((error: unknown) => errorCode(error));
  if (typeof folderStats === 'string') {
    if (folderStats === 'ELOOP') return { code: 'import-mappe-kan-ikke-bruges', args: { fil: target, mappe: folder, slags: 'loekke' } };
    const maal = await linkTarget(folder);
    if (maal !== undefined) return { code: 'import-mappe-kan-ikke-bruges', args: { fil: target, mappe: folder, slags: 'link', maal } };
    return { code: 'import-ud-mappe-findes-ikke', args: { mappe: folder } };
  }
  if (!folderStats.isDirectory()) return { code: 'import-mappe-kan-ikke-bruges', args: { fil: target, mappe: folder, slags: 'fil' } };
  const entry = await lstat(target).catch(() => undefined);
  if (!entry) return undefined;
  const followed = await stat(target).catch((error: unknown) => errorCode(error));
  if (followed === 'ELOOP') return { code: 'import-ud-link', args: { fil: target } };
  if (typeof followed === 'string') return { code: 'import-ud-link', args: { fil: target, maal: (await linkTarget(target)) ?? '' } };
  if (followed.isDirectory()) return { code: 'import-ud-er-mappe', args: { fil: target, forslag } };
  // A FIFO or a device (»--ud /dev/stdout«) is no file that »findes allerede« with a draft beside it.
  if (!followed.isFile()) return { code: 'import-ud-ikke-almindelig', args: { fil: target, forslag: `${slug || 'kommune'}.yml` } };
  return { code: 'import-findes', args: { fil: target, forslag: draftName(target) } };
}

/** Problems with --ud whose advice names the kommune's file (known once the document is read): said after the import. */
const namesTheKommune = new Set<string>(['import-ud-er-mappe', 'import-ud-ikke-almindelig']);

/** What `validate` refuses because a text is beyond the tool's limits: the document's size, not an importer bug. */
const limitCodes = new Set<string>([
  'markdown-for-lang',
  'markdown-for-dyb',
  'markdown-for-meget-opmaerkning',
  'markdown-for-mange-html',
  'markdown-fil-for-meget-opmaerkning',
]);

/**
 * The file as the tool itself will read it, before it is written: within the size every
 * command reads, valid and within the limits for texts. Returns the check, or the exit code
 * after saying why nothing was written (1 for a document beyond a limit, 70 for an importer bug).
 * A limit is said about the place in the Word document (src/import/source-limits.ts), never
 * by a line of the file that is not written.
 */
function checkBeforeWriting(target: string, yaml: string, standard: ImportedStandard): FileCheck | number {
  const bytes = new TextEncoder().encode(yaml);
  if (bytes.length > maxFileBytes)
    return fail('import-resultat-for-stort', {
      stoerrelse: formatBytes(bytes.length),
      graense: formatBytes(maxFileBytes),
      stoerste: largestSections(standard),
    });
  const limit = limitInDocument(standard, yaml);
  if (limit) return fail(limit.code, limit.args);
  const check = checkSource(target, bytes, today());
  if (check.valid) return check;
  const errors = check.diagnostics.filter((diagnostic) => diagnostic.severity === 'fejl');
  if (errors.every((diagnostic) => limitCodes.has(diagnostic.code)))
    // Only if the file breaks a limit limitInDocument does not know of: the limit's own words, without the lines of a file that does not exist.
    return fail('import-over-graense', { fejl: errors.map((diagnostic) => formatMessage(diagnostic.code, diagnostic.args)) });
  const detail = check.diagnostics.map((diagnostic) => formatDiagnostic(diagnostic, check.text, styleFor(process.stderr))).join('\n');
  process.stderr.write(`kvalitetsstandard: ${formatMessage('import-ugyldig-yaml', { detalje: check.diagnostics[0]?.code ?? '' })}\n${detail}\n`);
  return 70;
}

/** Every file in municipalities/ is built: a second one for the same kommune lists it twice in the overview. */
function warnIfKommuneTwice(kommune: string, directory: string, target: string): void {
  if (!isMunicipalitiesFolder(directory)) return;
  for (const other of otherFilesFor(kommune, directory, target))
    process.stderr.write(`kvalitetsstandard: ${formatMessage('import-advarsel-kommune-findes', { anden: other, kommune })}\n`);
}

/** The longest --kommune taken: »Ringkøbing-Skjern Kommune« has 25 characters. */
const maxKommuneLength = 100;

export async function runImport({ positionals, options }: CommandContext): Promise<number> {
  const [source, extra] = positionals;
  if (!source) throw new UsageError('import-mangler-fil', {});
  if (extra !== undefined) throw new UsageError('for-mange-argumenter', { kommando: 'importer', argument: extra });
  const kommuneOption = typeof options.kommune === 'string' ? options.kommune.trim() : undefined;
  if (kommuneOption && notInAName.test(kommuneOption)) throw new UsageError('import-kommune-styretegn', {});
  if (kommuneOption && kommuneOption.length > maxKommuneLength)
    throw new UsageError('import-kommune-for-lang', { tegn: kommuneOption.length, max: maxKommuneLength });
  const sourceName = basename(source);
  const given = typeof options.ud === 'string' && options.ud.trim() ? options.ud.trim() : undefined;
  if (given) {
    // What is wrong with --ud itself is said before the document is converted (which may take a while), not after.
    const early = (await targetProblem(given, '')) ?? refusedTarget(given);
    if (early && !namesTheKommune.has(early.code)) return fail(early.code, early.args);
  }

  let standard;
  try {
    standard = await importWithinLimits(source, { kommune: kommuneOption || undefined, fileName: sourceName.replace(/\.docx$/i, '') });
  } catch (error) {
    if (error instanceof ImportError) return fail(error.code, error.args);
    throw error;
  }

  let target: string;
  const slug = slugify(standard.kommune.value);
  if (given) target = given;
  else {
    if (!slug) return fail('import-ugyldigt-navn', { navn: standard.kommune.value });
    target = join(municipalitiesDir, `${slug}.yml`);
    try {
      await makeDirectory(municipalitiesDir);
    } catch (error) {
      // municipalities/ that is a file or a link leading nowhere is said by targetProblem, by its name.
      const code = errorCode(error);
      if (code !== 'EEXIST' && code !== 'ENOENT' && code !== 'ENOTDIR' && code !== 'ELOOP')
        return fail('import-kan-ikke-skrive', { fil: target, aarsag: code });
    }
  }
  const problem = await targetProblem(target, slug);
  if (problem) return fail(problem.code, problem.args);
  const directory = dirname(resolve(target));
  const schemaPath = relative(directory, resolve('schema/kvalitetsstandard.schema.json')).split('\\').join('/');
  const yaml = standardToYaml(standard, { sourceName, schemaPath });

  const refusal = refusedTarget(target);
  if (refusal) return fail(refusal.code, refusal.args);
  const checked = checkBeforeWriting(target, yaml, standard);
  if (typeof checked === 'number') return checked;
  const check = checked;
  let created: boolean;
  try {
    created = await createExclusive(target, yaml);
  } catch (error) {
    // A folder one may not write to, a read-only or full disk: the user's to fix, not a bug.
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return fail('import-kan-ikke-skrive', { fil: target, aarsag: code });
  }
  if (!created) return fail('import-findes', { fil: target, forslag: draftName(target) });
  if (check.valid) standard.questions.push(...consequenceQuestions(standard.questions, check.findings));
  const style = styleFor(process.stdout);
  process.stdout.write(importReportText(standard, sourceName, style));
  // `check randers` finds municipalities/randers.yml; a file elsewhere is named by its path.
  const name = given ? target : basename(target).replace(/\.ya?ml$/i, '');
  process.stdout.write(`\n${formatMessage('import-skrevet', { fil: target, navn: name })}\n\n`);
  process.stdout.write(`${style.bold(formatMessage('import-rapport-check', {}))}\n`);
  process.stdout.write(complianceReportText([check], failingStatuses(false), style));
  warnIfKommuneTwice(standard.kommune.value, dirname(target), target);
  return 0;
}
