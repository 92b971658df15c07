/** `kvalitetsstandard validate [filer…] [--format text|json]` */
import { formatOptionValue, UsageError, type CommandContext } from '../usage.js';
import { allMunicipalityFiles, municipalitiesDir, municipalityIds, resolveFileArguments } from '../files.js';
import { loadFile } from '../load.js';
import { validationReportJson, validationReportText, type FileDiagnostics } from '../report/diagnostics.js';
import { styleFor } from '../report/terminal.js';
import { validateLoaded } from '../validate.js';

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

export function filesFromArguments(positionals: readonly string[]): string[] {
  const files = positionals.length > 0 ? resolveFileArguments(positionals) : allMunicipalityFiles();
  if (files.length === 0) throw new UsageError('ingen-filer', { mappe: `${municipalitiesDir}/` });
  return files;
}

export async function runValidate({ positionals, options }: CommandContext): Promise<number> {
  const format = formatOptionValue(options.format, ['text', 'json']);
  const files = filesFromArguments(positionals);
  const results = await Promise.all(files.map(validateFile));
  // The name build would refuse (unsafe, or shared by x.yml and x.yaml) is an error here too.
  for (const problem of municipalityIds(files).refused) {
    results.find((result) => result.file === problem.file)?.diagnostics.push({ code: problem.code, args: problem.args, severity: 'fejl', file: problem.file });
  }
  process.stdout.write(format === 'json' ? validationReportJson(results) : validationReportText(results, styleFor(process.stdout)));
  return results.some((result) => result.diagnostics.some((diagnostic) => diagnostic.severity === 'fejl')) ? 1 : 0;
}
