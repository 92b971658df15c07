/** `kvalitetsstandard validate [filer…] [--format text|json]` */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { municipalityIds } from '../files.js';
import { loadFile } from '../load.js';
import { errorCount, validationFileJson, validationFileText, validationSummaryText, type FileDiagnostics } from '../report/diagnostics.js';
import { colouredFor, styleOf } from '../report/terminal.js';
import { formatOptionValue, type CommandContext } from '../usage.js';
import { validateLoaded } from '../validate.js';
import { filesFromArguments } from './arguments.js';
import { jsonArrayEntry, writeFileReports, type FileReport } from './file-reports.js';
import { loadRegulationFolders, regulationFolders } from './regulation-folders.js';

export async function validateFile(file: string): Promise<FileDiagnostics> {
  const result = await loadFile(file);
  if (!result.ok) return { file, text: result.text, diagnostics: result.diagnostics };
  const validation = validateLoaded(result.loaded);
  return {
    file,
    text: result.loaded.text,
    diagnostics: validation.valid ? [...result.warnings, ...validation.warnings] : [...result.warnings, ...validation.diagnostics],
  };
}

/** One file to validate, as sent to a worker thread. */
export interface ValidateTask {
  file: string;
  json: boolean;
  coloured: boolean;
  /** Regulation folders (--regelsaet-mappe): their ids are known `regelsaet` values. */
  regulationDirs: string[];
  /** Why build would refuse the file's name (unsafe, or shared by x.yml and x.yaml): an error here too. */
  refused?: Diagnostic;
}

/** Validates one file and renders its part of the report (run by src/parallel.ts, in a worker or not). */
export async function validateReport({ file, json, coloured, regulationDirs, refused }: ValidateTask): Promise<FileReport> {
  if (regulationDirs.length > 0) (await import('../regulations/runtime.js')).useRegulationFolders(regulationDirs);
  const result = await validateFile(file);
  if (refused) result.diagnostics.push(refused);
  const errors = errorCount(result);
  return { chunk: json ? jsonArrayEntry(validationFileJson(result)) : validationFileText(result, styleOf(coloured)), failed: errors > 0, errors };
}

export async function runValidate({ positionals, options }: CommandContext): Promise<number> {
  const format = formatOptionValue(options.format, ['text', 'json']);
  const files = filesFromArguments(positionals);
  const refused = new Map(municipalityIds(files).refused.map((problem): [string, Diagnostic] => [problem.file, { ...problem, severity: 'fejl' }]));
  const coloured = colouredFor(process.stdout);
  const regulationDirs = regulationFolders(options['regelsaet-mappe']);
  const brokenFolder = await loadRegulationFolders(regulationDirs);
  // The refusal goes with the first mention of the file only.
  const tasks = files.map(
    (file, index): ValidateTask => ({
      file,
      json: format === 'json',
      coloured,
      regulationDirs,
      refused: files.indexOf(file) === index ? refused.get(file) : undefined,
    }),
  );
  const totals = await writeFileReports(tasks, { run: validateReport, module: new URL(import.meta.url), exportName: 'validateReport' }, format === 'json');
  if (format === 'text') process.stdout.write(validationSummaryText(totals.files, totals.failed, totals.errors, styleOf(coloured)));
  return brokenFolder || totals.failed > 0 ? 1 : 0;
}
