/** Load, validate and check one file: what `check`, `build` and the preview share. */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { loadFile, parseSource, type LoadResult } from '../load.js';
import { defaultRegulation } from '../regulations/index.js';
import { validateLoaded } from '../validate.js';
import type { Kvalitetsstandard } from '../generated/kvalitetsstandard.js';
import { documentText } from './document-text.js';
import { checkDocument, type Finding } from './index.js';
import { lawNotes, type LawNote } from './law-notes.js';

export type FileCheck =
  | {
      valid: true;
      file: string;
      date: string;
      regulation: string;
      text: string;
      document: Kvalitetsstandard;
      findings: Finding[];
      notes: LawNote[];
      warnings: Diagnostic[];
    }
  | { valid: false; file: string; date: string; regulation: string; text?: string; diagnostics: Diagnostic[] };

function checkLoadResult(file: string, result: LoadResult, date: string): FileCheck {
  const regulation = defaultRegulation.id;
  if (!result.ok) return { valid: false, file, date, regulation, text: result.text, diagnostics: result.diagnostics };
  const validation = validateLoaded(result.loaded);
  if (!validation.valid)
    return { valid: false, file, date, regulation, text: result.loaded.text, diagnostics: [...result.warnings, ...validation.diagnostics] };
  const text = documentText(result.loaded, validation.document, defaultRegulation);
  const findings = checkDocument(result.loaded, validation.document, date, text);
  // Information about the law beside the verdicts: it changes no status and no exit code.
  const notes = lawNotes(file, result.loaded.text, validation.document, text, date);
  // The parsed YAML tree is large; only what the reports need is kept.
  return { valid: true, file, date, regulation, text: result.loaded.text, document: validation.document, findings, notes, warnings: result.warnings };
}

export async function checkFile(file: string, date: string): Promise<FileCheck> {
  return checkLoadResult(file, await loadFile(file), date);
}

export function checkSource(file: string, bytes: Uint8Array, date: string): FileCheck {
  return checkLoadResult(file, parseSource(file, bytes), date);
}

/** Today in Danish time, as ÅÅÅÅ-MM-DD. */
export function today(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());
}
