/**
 * The corpus as a measure: real published standards, each read against BEK 1477/2019 by a
 * person before any run (`vurderinger.json`, reasons in `vurderinger.md`), compared cell by
 * cell with what `check` says. A verdict written `a|b` accepts either. A false `opfyldt`
 * (the check says met where the reading does not) is counted on its own: it is the error
 * a byråd must never be shown.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFile } from '../src/check/run.js';

/** The date the reading judged §6.1 at (vurderinger.md: »more than 2 years before 2026-11-24«). */
export const readingDate = '2026-11-24';

/**
 * The corpus folder: `shared/corpus` beside the repository (a fresh clone in CI), else the
 * nearest `shared/corpus` found walking up from the repository (a worktree nested deeper).
 */
export function findCorpus(start = resolve(dirname(fileURLToPath(import.meta.url)), '..')): string | undefined {
  for (let folder = start; ; folder = dirname(folder)) {
    const candidate = join(folder, '..', 'shared', 'corpus');
    if (existsSync(join(candidate, 'vurderinger.json'))) return resolve(candidate);
    if (dirname(folder) === folder) return undefined;
  }
}

export interface Difference {
  requirement: string;
  expected: string;
  actual: string;
}

export interface DocumentAgreement {
  document: string;
  cells: number;
  agreeing: number;
  differences: Difference[];
  /** Requirements the check calls `opfyldt` where the reading does not accept it. */
  falseMet: string[];
  /** Set when the file could not be checked (invalid): every cell then disagrees. */
  error?: string;
}

export async function measureDocument(corpus: string, document: string, expected: Record<string, string>): Promise<DocumentAgreement> {
  const result = await checkFile(join(corpus, document), readingDate);
  const actual = new Map(result.valid ? result.findings.map((finding) => [finding.requirement.id, finding.status as string]) : []);
  const differences: Difference[] = [];
  const falseMet: string[] = [];
  for (const [requirement, reading] of Object.entries(expected)) {
    const status = actual.get(requirement) ?? '(ingen vurdering)';
    const accepted = reading.split('|');
    if (accepted.includes(status)) continue;
    differences.push({ requirement, expected: reading, actual: status });
    if (status === 'opfyldt') falseMet.push(requirement);
  }
  const cells = Object.keys(expected).length;
  return {
    document,
    cells,
    agreeing: cells - differences.length,
    differences,
    falseMet,
    error: result.valid ? undefined : JSON.stringify(result.diagnostics.map((diagnostic) => diagnostic.code)),
  };
}

export async function measureCorpus(corpus: string): Promise<DocumentAgreement[]> {
  const readings = JSON.parse(readFileSync(join(corpus, 'vurderinger.json'), 'utf8')) as Record<string, Record<string, string>>;
  return Promise.all(Object.entries(readings).map(([document, expected]) => measureDocument(corpus, document, expected)));
}

export function totals(results: readonly DocumentAgreement[]): { cells: number; agreeing: number; share: number; falseMet: number } {
  const cells = results.reduce((sum, result) => sum + result.cells, 0);
  const agreeing = results.reduce((sum, result) => sum + result.agreeing, 0);
  return { cells, agreeing, share: cells === 0 ? 1 : agreeing / cells, falseMet: results.reduce((sum, result) => sum + result.falseMet.length, 0) };
}
