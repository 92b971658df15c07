/**
 * The files a kommune already has: a second file for the same kommune in municipalities/
 * puts it twice in the overview (every file there is built), so the importer advises a draft
 * outside the folder and warns when one is written into it anyway.
 */
import { basename, resolve } from 'node:path';
import { parse } from 'yaml';
import { allMunicipalityFiles, municipalitiesDir, readBounded, sameFile, slugify } from '../files.js';
import { maxFileBytes } from '../load.js';

/** The kommune a municipality file is about: its top-level `kommune:` line, read without parsing the whole file. */
function kommuneOfFile(path: string, folder: string): string | undefined {
  const read = readBounded(path, { maxBytes: maxFileBytes, within: folder });
  if (!read.ok) return undefined;
  const line = /^kommune:[^\n]*$/m.exec(read.bytes.toString('utf8'))?.[0];
  try {
    const value: unknown = line ? (parse(line) as Record<string, unknown>).kommune : undefined;
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `folder` is a project's municipalities folder, which every command builds (wherever the user stands). */
export const isMunicipalitiesFolder = (folder: string) => basename(resolve(folder)) === municipalitiesDir;

/** The other files in `folder` about the same kommune: named after it, or saying so in `kommune:`. */
export function otherFilesFor(kommune: string, folder: string, target: string): string[] {
  const slug = slugify(kommune);
  let files: string[];
  try {
    files = allMunicipalityFiles(folder);
  } catch {
    return [];
  }
  return files
    .filter((path) => !sameFile(path, target))
    .filter((path) => basename(path).replace(/\.ya?ml$/i, '') === slug || slugify(kommuneOfFile(path, folder) ?? '') === slug);
}

/** A draft's name outside municipalities/ (in the folder the user stands in), for an import whose file exists. */
export function draftName(target: string): string {
  const name = basename(target).replace(/\.ya?ml$/i, '');
  const inMunicipalities = isMunicipalitiesFolder(resolve(target, '..'));
  return inMunicipalities ? `${name}-importeret.yml` : target.replace(/(\.ya?ml)?$/i, '-importeret.yml');
}
