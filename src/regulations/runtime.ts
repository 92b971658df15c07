/**
 * Regulation folders given at run time (`--regelsaet-mappe`, the editor's setting
 * `kvalitetsstandard.regelsaetMapper`): each is loaded once per process (or worker thread)
 * and joins the registry, so `regelsaet` and `--dato` can choose it like a built-in one.
 */
import { join, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { loadRegulationFolder } from './load-data.js';
import { addRegulations } from './select.js';

const loadedFolders = new Map<string, Diagnostic[]>();

function loadFolder(dir: string): Diagnostic[] {
  const result = loadRegulationFolder(dir);
  if (!result.ok) return result.diagnostics;
  return addRegulations([{ ...result.value, origin: dir }]).map((clash) => ({
    code: 'regelsaet-findes-allerede',
    args: { id: clash.id, mappe: dir },
    severity: 'fejl',
    file: join(dir, 'regelsaet.yml'),
  }));
}

/** Loads the folders not loaded yet; what is wrong in them, each problem located in its file (the first time only). */
export function useRegulationFolders(dirs: readonly string[]): Diagnostic[] {
  return dirs.flatMap((dir) => {
    const key = resolve(dir);
    if (loadedFolders.has(key)) return [];
    const diagnostics = loadFolder(dir);
    loadedFolders.set(key, diagnostics);
    return diagnostics;
  });
}
