/** Which municipality files a command works on. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const municipalitiesDir = 'municipalities';

const isYaml = (name: string) => /\.ya?ml$/i.test(name);

/** Every municipality file, sorted, or none when the folder is missing. */
export function allMunicipalityFiles(dir = municipalitiesDir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter(isYaml)
    .sort((a, b) => a.localeCompare(b, 'da'))
    .map((name) => join(dir, name));
}

/**
 * The files named on the command line; a bare municipality name (»randers«) means its file
 * in municipalities/. Anything else is passed on as given, so a missing file or a folder
 * gets its own Danish message from the load stage.
 */
export function resolveFileArguments(args: readonly string[], dir = municipalitiesDir): string[] {
  return args.map((arg) => {
    const candidate = join(dir, `${arg}.yml`);
    return !isYaml(arg) && !arg.includes('/') && !existsSync(arg) && existsSync(candidate) ? candidate : arg;
  });
}

/** `municipalities/randers.yml` → `randers` */
export function municipalityId(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.ya?ml$/i, '');
}
