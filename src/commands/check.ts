/** `kvalitetsstandard check [filer…] [--dato ÅÅÅÅ-MM-DD] [--format text|json|html] [--streng]` */
import { failingStatuses } from '../check/index.js';
import { checkFile, type FileCheck } from '../check/run.js';
import { type Message, message } from '../diagnostics/messages.js';
import { municipalityIds } from '../files.js';
import { defaultRegulation } from '../regulations/index.js';
import { checkFails, complianceFileJson, complianceFileText, complianceVerdictText } from '../report/compliance.js';
import { colouredFor, styleOf } from '../report/terminal.js';
import { formatOptionValue, type CommandContext } from '../usage.js';
import { jsonArrayEntry, writeFileReports, type FileReport } from './file-reports.js';
import { dateOption, filesFromArguments } from './arguments.js';
import { loadRegulationFolders, regulationFolders } from './regulation-folders.js';

/** One file to check, as sent to a worker thread. */
export interface CheckTask {
  file: string;
  date: string;
  format: 'text' | 'json';
  strict: boolean;
  coloured: boolean;
  /** Regulation folders (--regelsaet-mappe), loaded in the worker that checks the file. */
  regulationDirs: string[];
  /** Why build would refuse the file's name (unsafe, or shared by x.yml and x.yaml): the file is then invalid, as in validate. */
  refused?: Message;
}

async function checkTaskFile({ file, date, refused }: Pick<CheckTask, 'file' | 'date' | 'refused'>): Promise<FileCheck> {
  if (!refused) return checkFile(file, date);
  return { valid: false, file, date, regulation: defaultRegulation.id, diagnostics: [{ ...refused, severity: 'fejl', file }] };
}

/** Checks one file and renders its part of the report (run by src/parallel.ts, in a worker or not). */
export async function checkReport(task: CheckTask): Promise<FileReport> {
  // Problems in a folder were reported by the main thread, which loaded it first.
  if (task.regulationDirs.length > 0) (await import('../regulations/runtime.js')).useRegulationFolders(task.regulationDirs);
  const check = await checkTaskFile(task);
  const failing = failingStatuses(task.strict);
  const chunk = task.format === 'json' ? jsonArrayEntry(complianceFileJson(check)) : complianceFileText(check, styleOf(task.coloured));
  return { chunk, failed: checkFails(check, failing), errors: 0 };
}

export async function runCheck({ positionals, options }: CommandContext): Promise<number> {
  const format = formatOptionValue(options.format, ['text', 'json', 'html']);
  const date = dateOption(options.dato);
  const strict = options.streng === true;
  const files = filesFromArguments(positionals);
  const regulationDirs = regulationFolders(options['regelsaet-mappe']);
  const brokenFolder = await loadRegulationFolders(regulationDirs);
  const refused = new Map(municipalityIds(files).refused.map(({ file, ...problem }) => [file, message(problem.code, problem.args)]));
  if (format === 'html') {
    // One page for the agenda: it needs every file's findings at once.
    const checks: FileCheck[] = [];
    for (const file of files) checks.push(await checkTaskFile({ file, date, refused: refused.get(file) }));
    process.stdout.write((await import('../report/compliance-html.js')).complianceReportHtml(checks));
    return brokenFolder || checks.some((check) => checkFails(check, failingStatuses(strict))) ? 1 : 0;
  }
  const coloured = colouredFor(process.stdout);
  const tasks = files.map(
    (file): CheckTask => ({ file, date, format: format === 'json' ? 'json' : 'text', strict, coloured, regulationDirs, refused: refused.get(file) }),
  );
  const totals = await writeFileReports(tasks, { run: checkReport, module: new URL(import.meta.url), exportName: 'checkReport' }, format === 'json');
  if (format === 'text') process.stdout.write(complianceVerdictText(totals.files, totals.failed, styleOf(coloured)));
  return brokenFolder || totals.failed > 0 ? 1 : 0;
}
