/** `--regelsaet-mappe MAPPE` (check, validate, preview): regulation folders loaded beside the built-in ones. */
import { colouredFor, styleOf } from '../report/terminal.js';
import { formatDiagnostic } from '../report/diagnostics.js';

export function regulationFolders(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
}

/**
 * Loads the folders; a broken one is reported on stderr, each problem at its file and line,
 * and stops nothing else (a file naming it then gets »ukendt regelsæt«). True when one was broken.
 */
export async function loadRegulationFolders(dirs: readonly string[]): Promise<boolean> {
  if (dirs.length === 0) return false;
  const problems = (await import('../regulations/runtime.js')).useRegulationFolders(dirs);
  const style = styleOf(colouredFor(process.stderr));
  for (const problem of problems) process.stderr.write(`${formatDiagnostic(problem, undefined, style)}\n`);
  return problems.length > 0;
}
