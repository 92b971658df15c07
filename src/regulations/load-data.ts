/**
 * The law as data, read at run time: a regulation folder (regelsaet.yml and one krav.yml
 * per requirement: a test regulation) or a single krav file (a kommune's own requirement).
 * Each file is read bounded, parsed, checked against its JSON Schema (Ajv's validator,
 * compiled ahead of time by `npm run generate`) and converted by ./from-data.ts. Nothing is
 * thrown for bad input: every problem is a Danish diagnostic at its file, line and column,
 * and one broken krav file does not hide the problems of the others.
 */
import { dirname, join } from 'node:path';
import { type Diagnostic, formatPath } from '../diagnostics/diagnostic.js';
import { type MessageArgsByCode, type MessageCode, message } from '../diagnostics/messages.js';
import { isRegularFileAt, readBounded } from '../files.js';
import { validateKrav, validateRegelsaet } from '../generated/validate-regulation-data.js';
import { type LoadedFile, parseSource } from '../load.js';
import { locate, locateKey, pointerPath, type PathSegment } from '../source-location.js';
import { nearest } from '../suggest.js';
import { type Krav, type PatternProblem, type Regelsaet, regulationFromData, requirementFromData } from './from-data.js';
import type { Regulation, Requirement, RequirementAspects } from './regulation.js';

export type Loaded<T> = { ok: true; value: T } | { ok: false; diagnostics: Diagnostic[] };

/** A requirement read from its own file, with its aspects (what the check needs beside the Requirement). */
export interface LoadedRequirement {
  requirement: Requirement;
  aspects: RequirementAspects;
}

/** Far above any requirement or regelsæt (the largest krav.yml is under 10 KB). */
const maxDataBytes = 512 * 1024;

interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  parentSchema?: { properties?: Record<string, unknown> };
  data?: unknown;
}
type Validator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

const typeNames: Record<string, string> = {
  string: 'en tekst',
  number: 'et tal',
  integer: 'et helt tal',
  boolean: 'true eller false',
  array: 'en liste',
  object: 'en gruppe af underfelter',
};

const describe = (value: unknown) => (Array.isArray(value) ? 'en liste' : value === null ? 'tom' : (typeNames[typeof value] ?? typeof value));

function diagnosticAt<Code extends MessageCode>(loaded: LoadedFile, path: PathSegment[], code: Code, args: MessageArgsByCode[Code], key?: string): Diagnostic {
  const at = key === undefined ? locate(loaded, path) : locateKey(loaded, path, key);
  const where = key === undefined ? path : [...path, key];
  return { ...message(code, args), severity: 'fejl', file: loaded.file, start: at.start, end: at.end, path: formatPath(where) };
}

/** One schema error as a diagnostic, in the codes and words a municipality file's errors use. */
function schemaDiagnostic(loaded: LoadedFile, error: AjvError): Diagnostic {
  const path = pointerPath(error.instancePath);
  const felt = formatPath(path) || '(hele filen)';
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const allowed = Object.keys(error.parentSchema?.properties ?? {});
      return diagnosticAt(loaded, path, 'ukendt-felt', { felt: key, forslag: nearest(key, allowed), tilladte: allowed.join(', ') }, key);
    }
    case 'required':
      return diagnosticAt(loaded, path, 'felt-mangler', { felt: String(error.params.missingProperty), i: path.length > 0 ? felt : undefined });
    case 'type':
      return diagnosticAt(loaded, path, 'forkert-type', {
        felt,
        forventet: typeNames[String(error.params.type)] ?? String(error.params.type),
        faktisk: describe(error.data),
      });
    case 'format':
      return diagnosticAt(loaded, path, error.params.format === 'date' ? 'ugyldig-dato' : 'ugyldig-url', { vaerdi: String(error.data) });
    case 'minLength':
      return diagnosticAt(loaded, path, 'tom-tekst', { felt });
    case 'minItems':
      return diagnosticAt(loaded, path, 'tom-liste', { felt });
    case 'uniqueItems': {
      const [first, second] = [Number(error.params.i), Number(error.params.j)].sort((a, b) => a - b);
      return diagnosticAt(loaded, path, 'dublet-i-liste', { felt, nr1: first! + 1, nr2: second! + 1 });
    }
    case 'minimum':
      return diagnosticAt(loaded, path, 'tal-for-lille', { felt, graense: String(error.params.limit), vaerdi: String(error.data) });
    case 'pattern':
    case 'propertyNames':
      return diagnosticAt(loaded, path, 'ugyldigt-felt', { felt, detalje: 'brug kun små bogstaver a-z, tal, bindestreg og understregning' });
    case 'anyOf':
      return diagnosticAt(loaded, path, 'ugyldigt-felt', { felt, detalje: 'skriv et tal, en tekst eller en liste, som feltet kræver' });
    default:
      return diagnosticAt(loaded, path, 'ugyldigt-felt', { felt, detalje: error.keyword });
  }
}

/** A file read (inside `within`: no symlink out of it), parsed and checked against its schema: its data, or why not. */
function readDataFile<T>(file: string, validate: Validator, within: string): Loaded<{ loaded: LoadedFile; data: T }> {
  const read = readBounded(file, { maxBytes: maxDataBytes, within });
  if (!read.ok) return { ok: false, diagnostics: [{ ...message(read.code, read.args), severity: 'fejl', file }] };
  const parsed = parseSource(file, read.bytes, null);
  if (!parsed.ok) return { ok: false, diagnostics: parsed.diagnostics };
  const { loaded } = parsed;
  if (validate(loaded.data)) return { ok: true, value: { loaded, data: loaded.data as T } };
  // Type and required errors inside an anyOf branch repeat what the anyOf error says.
  const errors = (validate.errors ?? []).filter(
    (error, _, all) => !all.some((other) => other.keyword === 'anyOf' && other !== error && other.instancePath === error.instancePath),
  );
  return { ok: false, diagnostics: errors.map((error) => schemaDiagnostic(loaded, error)) };
}

function patternDiagnostic(loaded: LoadedFile, problem: PatternProblem, prefix: PathSegment[] = []): Diagnostic {
  const path = [...prefix, ...problem.path];
  return diagnosticAt(loaded, path, 'ugyldigt-felt', { felt: formatPath(path), detalje: problem.reason });
}

/**
 * A regulation folder: regelsaet.yml names its requirements' folders in order, each with a
 * krav.yml. The Regulation, or every problem found in any of its files.
 */
export function loadRegulationFolder(dir: string): Loaded<Regulation> {
  // A file given for the folder (most often its regelsaet.yml): said as such, not »…/regelsaet.yml/regelsaet.yml findes ikke«.
  if (isRegularFileAt(dir)) return { ok: false, diagnostics: [{ ...message('regelsaet-mappe-er-fil', { mappe: dirname(dir) }), severity: 'fejl', file: dir }] };
  const regelsaet = readDataFile<Regelsaet>(join(dir, 'regelsaet.yml'), validateRegelsaet as Validator, dir);
  if (!regelsaet.ok) return regelsaet;
  const files = regelsaet.value.data.krav.map((folder) => readDataFile<Krav>(join(dir, folder, 'krav.yml'), validateKrav as Validator, dir));
  const diagnostics = files.flatMap((file) => (file.ok ? [] : file.diagnostics));
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  const read = files.flatMap((file) => (file.ok ? [file.value] : []));
  const { regulation, problems } = regulationFromData({ regelsaet: regelsaet.value.data, krav: read.map((file) => file.data) }, false, true);
  if (problems.length === 0) return { ok: true, value: regulation };
  return {
    ok: false,
    diagnostics: problems.map((problem) => patternDiagnostic(problem.krav === undefined ? regelsaet.value.loaded : read[problem.krav]!.loaded, problem)),
  };
}

/**
 * One krav file (a kommune's own requirement, `<kommune>.krav.yml`). Its patterns may use
 * the fragments and cue lists of the regulation it is checked with.
 */
export function loadRequirementFile(file: string, regulation?: Regulation): Loaded<LoadedRequirement> {
  const read = readDataFile<Krav>(file, validateKrav as Validator, dirname(file));
  if (!read.ok) return read;
  const { requirement, aspects, problems } = requirementFromData(read.value.data, regulation?.aspects.shared);
  if (problems.length > 0) return { ok: false, diagnostics: problems.map((problem) => patternDiagnostic(read.value.loaded, problem)) };
  return { ok: true, value: { requirement, aspects } };
}
