/** `kvalitetsstandard validate [filer…] [--format text|json]` */
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { today } from '../dates.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { isOwnRequirementsFile, municipalityFileOf, municipalityIds } from '../files.js';
import type { Kvalitetsstandard } from '../generated/kvalitetsstandard.js';
import { loadOwnRequirementsFor, readOwnRequirements, type OwnRequirementsLoad } from '../own/requirements.js';
import { defaultRegulation, type Regulation } from '../regulations/index.js';
import { chooseRegulation } from '../regulations/select.js';
import { loadFile } from '../load.js';
import { errorCount, validationFileJson, validationFileText, validationSummaryText, type FileDiagnostics } from '../report/diagnostics.js';
import { colouredFor, styleOf, type Style } from '../report/terminal.js';
import { formatOptionValue, type CommandContext } from '../usage.js';
import { validateLoaded } from '../validate.js';
import { filesFromArguments } from './arguments.js';
import { jsonArrayEntry, writeFileReports, type FileReport } from './file-reports.js';
import { loadRegulationFolders, regulationFolders } from './regulation-folders.js';

/** A file's diagnostics, and those of its own requirements (`<kommune>.krav.yml`) when it has them. */
export interface Validation extends FileDiagnostics {
  own?: FileDiagnostics;
}

export async function validateFile(file: string): Promise<Validation> {
  if (isOwnRequirementsFile(basename(file))) return ownValidation(readOwnRequirements(file, await regulationOfMunicipality(municipalityFileOf(file))));
  const result = await loadFile(file);
  if (!result.ok) return { file, text: result.text, diagnostics: result.diagnostics };
  const validation = validateLoaded(result.loaded);
  const own = loadOwnRequirementsFor(file, validation.valid ? regulationOf(validation.document) : defaultRegulation);
  return {
    file,
    text: result.loaded.text,
    diagnostics: validation.valid ? [...result.warnings, ...validation.warnings] : [...result.warnings, ...validation.diagnostics],
    ...(own ? { own: ownValidation(own) } : {}),
  };
}

const ownValidation = ({ file, text, diagnostics }: OwnRequirementsLoad): FileDiagnostics => ({ file, text, diagnostics });

/** The regulation `check` would judge the document by today, against which its own requirements are read. */
function regulationOf(document: Kvalitetsstandard): Regulation {
  const choice = chooseRegulation(document.regelsaet, today());
  return choice.ok ? choice.regulation : defaultRegulation;
}

/** The same for a `.krav.yml` named alone: its kommune's file, if that is there and valid. */
async function regulationOfMunicipality(file: string): Promise<Regulation> {
  if (!existsSync(file)) return defaultRegulation;
  const result = await loadFile(file);
  const validation = result.ok ? validateLoaded(result.loaded) : undefined;
  return validation?.valid ? regulationOf(validation.document) : defaultRegulation;
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
  const errors = errorCount(result) + (result.own ? errorCount(result.own) : 0);
  return { chunk: json ? jsonArrayEntry(validationJson(result)) : validationText(result, styleOf(coloured)), failed: errors > 0, errors };
}

/** A file's entry in the JSON report; `egne_krav` only for a file with a `.krav.yml` beside it (documented in the README). */
const validationJson = ({ own, ...result }: Validation) => ({ ...validationFileJson(result), ...(own ? { egne_krav: validationFileJson(own) } : {}) });

/** A file's part of the text report, its own requirements' right after it. */
const validationText = ({ own, ...result }: Validation, style: Style) => validationFileText(result, style) + (own ? validationFileText(own, style) : '');

export async function runValidate({ positionals, options }: CommandContext): Promise<number> {
  const format = formatOptionValue(options.format, ['text', 'json']);
  const files = filesFromArguments(positionals);
  // A `.krav.yml` named here is validated as one (validateFile), not refused as a municipality file.
  const refused = new Map(
    municipalityIds(files)
      .refused.filter((problem) => problem.code !== 'egne-krav-ikke-kommune')
      .map((problem): [string, Diagnostic] => [problem.file, { ...problem, severity: 'fejl' }]),
  );
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
