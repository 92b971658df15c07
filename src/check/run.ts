/** Load, validate and check one file: what `check`, `build` and the preview share. */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { loadFile, parseSource, type LoadResult, type LoadedFile } from '../load.js';
import { defaultRegulation, type Regulation } from '../regulations/index.js';
import { chooseRegulation, knownRegulations, type ChosenBy } from '../regulations/select.js';
import { locate } from '../source-location.js';
import { validateLoaded } from '../validate.js';
import type { Kvalitetsstandard } from '../generated/kvalitetsstandard.js';
import { documentText } from './document-text.js';
import { checkDocument, type Finding } from './index.js';
import { lawNotes, type LawNote } from './law-notes.js';

/** The regulation a file was judged against, and how it was chosen: every report names it. */
export interface RegulationUsed {
  regulation: Regulation;
  chosenBy: ChosenBy;
}

export type FileCheck =
  | {
      valid: true;
      file: string;
      date: string;
      regulation: string;
      regulationUsed: RegulationUsed;
      text: string;
      document: Kvalitetsstandard;
      findings: Finding[];
      notes: LawNote[];
      warnings: Diagnostic[];
    }
  | { valid: false; file: string; date: string; regulation: string; text?: string; diagnostics: Diagnostic[] };

/** A regulation known by name only (its requirements not in the tool): the file cannot be judged. */
function withoutRequirements(loaded: LoadedFile, document: Kvalitetsstandard, id: string, date: string): Diagnostic {
  const regulation = knownRegulations().find((known) => known.id === id)!;
  const checkable = knownRegulations().filter((known) => known.requirements.length > 0);
  const path = document.regelsaet === undefined ? 'titel' : 'regelsaet';
  const at = locate(loaded, [path]);
  const args = {
    id,
    navn: regulation.name,
    dato: document.regelsaet === undefined ? date : undefined,
    kendte: checkable.map((known) => known.id).join(', '),
  };
  return { code: 'regelsaet-uden-krav', args, severity: 'fejl', file: loaded.file, start: at.start, end: at.end, path };
}

function checkLoadResult(file: string, result: LoadResult, date: string): FileCheck {
  const unjudged = defaultRegulation.id;
  if (!result.ok) return { valid: false, file, date, regulation: unjudged, text: result.text, diagnostics: result.diagnostics };
  const validation = validateLoaded(result.loaded);
  const text = result.loaded.text;
  if (!validation.valid) return { valid: false, file, date, regulation: unjudged, text, diagnostics: [...result.warnings, ...validation.diagnostics] };
  const { document } = validation;
  const choice = chooseRegulation(document.regelsaet, date);
  if (!choice.ok) {
    const diagnostics = [...result.warnings, withoutRequirements(result.loaded, document, choice.id, date)];
    return { valid: false, file, date, regulation: choice.id, text, diagnostics };
  }
  const read = documentText(result.loaded, document, choice.regulation);
  const findings = checkDocument(result.loaded, document, date, choice.regulation, read);
  // Information about the law beside the verdicts: it changes no status and no exit code.
  const notes = lawNotes(file, text, document, read, date);
  const regulationUsed = { regulation: choice.regulation, chosenBy: choice.chosenBy };
  // The parsed YAML tree is large; only what the reports need is kept.
  return { valid: true, file, date, regulation: choice.regulation.id, regulationUsed, text, document, findings, notes, warnings: result.warnings };
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
