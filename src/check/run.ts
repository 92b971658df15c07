/** Load, validate and check one file: what `check`, `build` and the preview share. */
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { loadFile, parseSource, type LoadResult, type LoadedFile } from '../load.js';
import { defaultRegulation, type Regulation } from '../regulations/index.js';
import { chooseRegulation, knownRegulations, type ChosenBy } from '../regulations/select.js';
import { locate } from '../source-location.js';
import { validateLoaded } from '../validate.js';
import type { Kvalitetsstandard } from '../generated/kvalitetsstandard.js';
import { documentText } from './document-text.js';
import { loadOwnRequirementsFor } from '../own/requirements.js';
import { checkDocument, type Finding } from './index.js';
import { lawNotes, type LawNote } from './law-notes.js';
import { checkOwnRequirements } from './own.js';

/** The regulation a file was judged against, and how it was chosen: every report names it. */
export interface RegulationUsed {
  regulation: Regulation;
  chosenBy: ChosenBy;
}

/** A kommune's own requirements (`<kommune>.krav.yml`), reported apart: their findings, or what is wrong with the file. */
export interface OwnCheck {
  file: string;
  findings: Finding[];
  diagnostics: Diagnostic[];
  text?: string;
}

export type FileCheck = (
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
  | { valid: false; file: string; date: string; regulation: string; text?: string; diagnostics: Diagnostic[] }
) & { own?: OwnCheck };

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

/** The own requirements beside the file, judged (against the regulation the file is judged by) when the file is valid; a broken `.krav.yml` stops nothing else. */
function ownCheck(file: string, check: FileCheck, result: LoadResult, ownSource?: Uint8Array): OwnCheck | undefined {
  const regulation = check.valid ? check.regulationUsed.regulation : defaultRegulation;
  const load = loadOwnRequirementsFor(file, regulation, ownSource);
  if (!load) return undefined;
  const findings =
    load.requirements && check.valid && result.ok ? checkOwnRequirements(result.loaded, check.document, load.requirements, regulation, check.date) : [];
  return { file: load.file, findings, diagnostics: load.diagnostics, text: load.text };
}

function checkLoadResult(file: string, result: LoadResult, date: string, ownSource?: Uint8Array): FileCheck {
  const check = checkMunicipality(file, result, date);
  const own = ownCheck(file, check, result, ownSource);
  return own ? { ...check, own } : check;
}

function checkMunicipality(file: string, result: LoadResult, date: string): FileCheck {
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
  const read = documentText(result.loaded, document, choice.regulation, date);
  const findings = checkDocument(result.loaded, document, date, choice.regulation, read);
  // Information about the law beside the verdicts: it changes no status and no exit code.
  const notes = lawNotes(file, text, document, read, date);
  const regulationUsed = { regulation: choice.regulation, chosenBy: choice.chosenBy };
  // The parsed YAML tree is large; only what the reports need is kept.
  const warnings = [...result.warnings, ...validation.warnings].sort(compareDiagnostics);
  return { valid: true, file, date, regulation: choice.regulation.id, regulationUsed, text, document, findings, notes, warnings };
}

export async function checkFile(file: string, date: string): Promise<FileCheck> {
  return checkLoadResult(file, await loadFile(file), date);
}

/** `ownSource`: the `.krav.yml` as an editor holds it, unsaved, instead of as it is on disk. */
export function checkSource(file: string, bytes: Uint8Array, date: string, ownSource?: Uint8Array): FileCheck {
  return checkLoadResult(file, parseSource(file, bytes), date, ownSource);
}
