/** What the commands share of reading their arguments: the files and the date. Light, so a command that needs no check does not load it. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isFullDate, today } from '../dates.js';
import { isoDay } from '../text/dates.js';
import { allMunicipalityFiles, liesWithin, type Municipality, municipalitiesDir, resolveFileArguments } from '../files.js';
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
  if (!isFullDate(date)) throw new UsageError('ugyldig-dato-tilvalg', { vaerdi: date, forslag: isoDay(date) });
  return date;
}

/**
 * The folder of --out, never among the files a command reads: not municipalities/ or a folder
 * in it (the kommuner's own templates are there), not the folder of a file it builds, and not
 * a folder whose <kommune>/, which it writes in, holds one. A build would otherwise put its
 * pages and reports between the YAML files.
 */
export function outFolderOption(value: unknown, sources: readonly Municipality[]): string {
  const out = String(value ?? 'out');
  if (out === '') throw new UsageError('tilvalg-mangler-vaerdi', { tilvalg: '--out', eksempel: '--out out' });
  const refuse = (slags: 'samme' | 'inde-i' | 'omkring', kilde: string, mappe = out) => new UsageError('out-mappe-ved-kilder', { mappe, kilde, slags });
  if (existsSync(municipalitiesDir) && liesWithin(out, municipalitiesDir))
    throw refuse(liesWithin(municipalitiesDir, out) ? 'samme' : 'inde-i', municipalitiesDir);
  for (const folder of new Set(sources.map(({ file }) => dirname(file)))) {
    if (liesWithin(out, folder) && liesWithin(folder, out)) throw refuse('samme', folder);
    const around = sources.find(({ id }) => liesWithin(folder, join(out, id)));
    if (around) throw refuse('omkring', folder, join(out, around.id));
  }
  return out;
}
