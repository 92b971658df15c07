/**
 * #18.4: a kommune's own requirements, written beside its file as `<kommune>.krav.yml`
 * (municipalities/randers.yml → municipalities/randers.krav.yml) in a subset of a
 * requirement's krav.yml, and judged by the same evidence search as the law's. Read with
 * the bounds and YAML diagnostics of every input; a mistake is a Danish error at its
 * line and column, and the municipality's own check runs all the same.
 */
import { message } from '../diagnostics/messages.js';
import { dirname } from 'node:path';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { ownRequirementsFileOf, readBounded, somethingAt } from '../files.js';
import { withCharacterProblems } from '../lint/control-characters.js';
import { maxFileBytes, parseSource, type LoadedFile } from '../load.js';
import { checkOwnData, type OwnRequirement } from './format.js';
import type { Regulation } from '../regulations/regulation.js';

export type { OwnRequirement } from './format.js';

/** The requirements of one `.krav.yml`, as the runtime objects the law's requirements are. */
export interface OwnRequirements {
  file: string;
  requirements: readonly OwnRequirement[];
}

/** What reading a `.krav.yml` gave: the requirements, or the errors that stopped them. */
export interface OwnRequirementsLoad {
  file: string;
  requirements?: OwnRequirements;
  diagnostics: Diagnostic[];
  /** The file's text, for the excerpt under an error. */
  text?: string;
}

/** Reads the `.krav.yml` beside a municipality file, if there is one (or takes its text, as an editor holds it). */
export function loadOwnRequirementsFor(municipalityFile: string, regulation: Regulation, source?: Uint8Array): OwnRequirementsLoad | undefined {
  const file = ownRequirementsFileOf(municipalityFile);
  if (source) return ownRequirementsFromSource(file, source, regulation);
  // A link to nothing or in a ring is there too, and said: never silently no own requirements.
  return somethingAt(file) ? readOwnRequirements(file, regulation) : undefined;
}

/** Reads a `.krav.yml` by its own name (`validate` is given one): a file that is missing is an error here. */
export function readOwnRequirements(file: string, regulation: Regulation): OwnRequirementsLoad {
  const read = readBounded(file, { maxBytes: maxFileBytes, within: dirname(file) });
  if (!read.ok) return { file, diagnostics: [{ ...message(read.code, read.args), severity: 'fejl', file }] };
  return ownRequirementsFromSource(file, read.bytes, regulation);
}

/** Parses and checks a `.krav.yml` already read: the entry point for the editor too, on unsaved text. */
export function ownRequirementsFromSource(file: string, bytes: Uint8Array, regulation: Regulation): OwnRequirementsLoad {
  const parsed = parseSource(file, bytes, null);
  if (!parsed.ok) return { file, diagnostics: parsed.diagnostics, text: parsed.text };
  return ownRequirementsFromLoaded(parsed.loaded, parsed.warnings, regulation);
}

function ownRequirementsFromLoaded(loaded: LoadedFile, warnings: Diagnostic[], regulation: Regulation): OwnRequirementsLoad {
  const checked = checkOwnData(loaded, regulation);
  // Its texts reach the annex as the standard's do: no control character or direction mark there either.
  const { errors, warnings: textWarnings } = withCharacterProblems(loaded, checked.diagnostics);
  const diagnostics = [...warnings, ...errors, ...textWarnings].sort(compareDiagnostics);
  const { file, text } = loaded;
  if (diagnostics.some((diagnostic) => diagnostic.severity === 'fejl')) return { file, diagnostics, text };
  return { file, requirements: { file, requirements: checked.requirements }, diagnostics, text };
}

/**
 * The regulation the own requirements are searched under: the law's, with them added, so a
 * sentence that only restates a kommune's own requirement (or the law's) answers nothing,
 * as the check's restatement rule says.
 */
export function withOwnRequirements(regulation: Regulation, own: OwnRequirements): Regulation {
  const catalogues = Object.fromEntries(own.requirements.flatMap((requirement) => (requirement.catalogue ? [[requirement.id, requirement.catalogue]] : [])));
  return {
    ...regulation,
    requirements: [...regulation.requirements, ...own.requirements],
    aspects: { ...regulation.aspects, requirements: { ...regulation.aspects.requirements, ...catalogues } },
  };
}
