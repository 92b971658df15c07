/** `kvalitetsstandard check [filer…] [--dato ÅÅÅÅ-MM-DD] [--format text|json|html] [--streng]` */
import { failingStatuses, findingFails } from '../check/index.js';
import { checkFile, today, type FileCheck } from '../check/run.js';
import { municipalityIds } from '../files.js';
import { defaultRegulation } from '../regulations/index.js';
import { complianceReportJson, complianceReportText } from '../report/compliance.js';
import { styleFor } from '../report/terminal.js';
import { formatOptionValue, UsageError, type CommandContext } from '../usage.js';
import { filesFromArguments } from './validate.js';

export function dateOption(value: unknown): string {
  if (value === undefined) return today();
  const date = String(value);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date) && new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) === date;
  if (!valid) throw new UsageError('ugyldig-dato-tilvalg', { vaerdi: date });
  return date;
}

export async function runCheck({ positionals, options }: CommandContext): Promise<number> {
  const format = formatOptionValue(options.format, ['text', 'json', 'html']);
  const date = dateOption(options.dato);
  const failing = failingStatuses(options.streng === true);
  const files = filesFromArguments(positionals);
  // A name build would refuse (unsafe, or shared by x.yml and x.yaml) makes the file invalid, as in validate.
  const refused = new Map(municipalityIds(files).refused.map((problem) => [problem.file, problem]));
  const checks = await Promise.all(
    files.map(async (file): Promise<FileCheck> => {
      const problem = refused.get(file);
      if (!problem) return checkFile(file, date);
      return { valid: false, file, date, regulation: defaultRegulation.id, diagnostics: [{ code: problem.code, args: problem.args, severity: 'fejl', file }] };
    }),
  );
  if (format === 'json') process.stdout.write(complianceReportJson(checks));
  else if (format === 'html') process.stdout.write((await import('../report/compliance-html.js')).complianceReportHtml(checks));
  else process.stdout.write(complianceReportText(checks, failing, styleFor(process.stdout)));
  const failed = checks.some((check) => !check.valid || check.findings.some((finding) => findingFails(finding, failing)));
  return failed ? 1 : 0;
}
