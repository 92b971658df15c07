/** Load, validate and check one file: what `check`, `build` and the preview share. */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { loadFile, parseSource, type LoadedFile, type LoadResult } from '../load.js';
import { defaultRegulation } from '../regulations/index.js';
import { validateLoaded } from '../validate.js';
import type { Kvalitetsstandard } from '../generated/kvalitetsstandard.js';
import { loadOwnRequirementsFor } from '../own/requirements.js';
import { checkDocument, type Finding } from './index.js';
import { checkOwnRequirements } from './own.js';

/** A kommune's own requirements (`<kommune>.krav.yml`), reported apart: their findings, or what is wrong with the file. */
export interface OwnCheck {
  file: string;
  findings: Finding[];
  diagnostics: Diagnostic[];
  text?: string;
}

export type FileCheck = (
  | { valid: true; file: string; date: string; regulation: string; text: string; document: Kvalitetsstandard; findings: Finding[]; warnings: Diagnostic[] }
  | { valid: false; file: string; date: string; regulation: string; text?: string; diagnostics: Diagnostic[] }
) & { own?: OwnCheck };

/** The own requirements beside the file, judged when the file is valid; a broken `.krav.yml` stops nothing else. */
function ownCheck(file: string, valid: { loaded: LoadedFile; document: Kvalitetsstandard } | undefined, ownSource?: Uint8Array): OwnCheck | undefined {
  const load = loadOwnRequirementsFor(file, defaultRegulation, ownSource);
  if (!load) return undefined;
  const findings = load.requirements && valid ? checkOwnRequirements(valid.loaded, valid.document, load.requirements, defaultRegulation) : [];
  return { file: load.file, findings, diagnostics: load.diagnostics, text: load.text };
}

function checkLoadResult(file: string, result: LoadResult, date: string, ownSource?: Uint8Array): FileCheck {
  return withOwn(checkMunicipality(file, result, date), file, result, ownSource);
}

function withOwn(check: FileCheck, file: string, result: LoadResult, ownSource?: Uint8Array): FileCheck {
  const own = ownCheck(file, check.valid && result.ok ? { loaded: result.loaded, document: check.document } : undefined, ownSource);
  return own ? { ...check, own } : check;
}

function checkMunicipality(file: string, result: LoadResult, date: string): FileCheck {
  const regulation = defaultRegulation.id;
  if (!result.ok) return { valid: false, file, date, regulation, text: result.text, diagnostics: result.diagnostics };
  const validation = validateLoaded(result.loaded);
  if (!validation.valid)
    return { valid: false, file, date, regulation, text: result.loaded.text, diagnostics: [...result.warnings, ...validation.diagnostics] };
  const findings = checkDocument(result.loaded, validation.document, date);
  // The parsed YAML tree is large; only what the reports need is kept.
  return { valid: true, file, date, regulation, text: result.loaded.text, document: validation.document, findings, warnings: result.warnings };
}

export async function checkFile(file: string, date: string): Promise<FileCheck> {
  return checkLoadResult(file, await loadFile(file), date);
}

/** `ownSource`: the `.krav.yml` as an editor holds it, unsaved, instead of as it is on disk. */
export function checkSource(file: string, bytes: Uint8Array, date: string, ownSource?: Uint8Array): FileCheck {
  return checkLoadResult(file, parseSource(file, bytes), date, ownSource);
}

/** Today in Danish time, as ÅÅÅÅ-MM-DD. */
export function today(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());
}
