/** What the commands share of reading their arguments: the files and the date. Light, so a command that needs no check does not load it. */
import { isFullDate, today } from '../dates.js';
import { allMunicipalityFiles, municipalitiesDir, resolveFileArguments } from '../files.js';
import { UsageError } from '../usage.js';

/** The files named on the command line, or every municipality file. */
export function filesFromArguments(positionals: readonly string[]): string[] {
  const files = positionals.length > 0 ? resolveFileArguments(positionals) : allMunicipalityFiles();
  if (files.length === 0) throw new UsageError('ingen-filer', { mappe: `${municipalitiesDir}/` });
  return files;
}

/** The date of --dato (ÅÅÅÅ-MM-DD, a real day), or today's in Denmark. */
export function dateOption(value: unknown): string {
  if (value === undefined) return today();
  const date = String(value);
  if (!isFullDate(date)) throw new UsageError('ugyldig-dato-tilvalg', { vaerdi: date });
  return date;
}
