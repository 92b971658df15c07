/**
 * Stage 2: is the file well-formed? Checks the parsed data against the JSON Schema (with
 * the validator Ajv compiled ahead of time) and the few cross-references the schema cannot
 * express, and turns every problem into a Danish diagnostic at its line and column.
 * Missing content is not an error here: that is the compliance check's job.
 */
import { capDiagnostics, compareDiagnostics, formatPath, type Diagnostic } from './diagnostics/diagnostic.js';
import { type Message, type MessageArgsByCode, type MessageCode, message } from './diagnostics/messages.js';
import type { Kvalitetsstandard } from './generated/kvalitetsstandard.js';
import { validate as validateSchema } from './generated/validate-kvalitetsstandard.js';
import { isScalar } from 'yaml';
import { readLogo, slugify } from './files.js';
import { defaultRegulation } from './regulations/index.js';
import { chooseRegulation, knownRegulations } from './regulations/select.js';
import { positionAt, type LoadedFile } from './load.js';
import { parseStatedDate } from './dates.js';
import { markdownLimits, markdownProblem, markupCount } from './markdown-limits.js';
import { fullDatePattern, groundsPattern, statedDatePattern } from './schema/definition.js';
import { whereFieldBelongs } from './field-index.js';
import { isoDate, isoDay } from './text/dates.js';
import { boldHeadingWarnings } from './lint/bold-heading.js';
import { foldedLineWarnings } from './lint/folded-lines.js';
import { typedBulletWarnings } from './lint/typed-bullets.js';
import { pictureWarnings } from './lint/pictures.js';
import { withCharacterProblems } from './lint/control-characters.js';
import { sectionNames } from './sections.js';
import { nearest } from './suggest.js';
import { locate, locateKey, pointerPath, type PathSegment, type Span } from './source-location.js';
import { eachNode } from './yaml-nodes.js';

interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  parentSchema?: { properties?: Record<string, unknown>; pattern?: string };
  data?: unknown;
}

export type ValidationResult = { valid: true; document: Kvalitetsstandard; warnings: Diagnostic[] } | { valid: false; diagnostics: Diagnostic[] };

const typeNames: Record<string, string> = {
  string: 'en tekst',
  number: 'et tal',
  integer: 'et helt tal',
  boolean: 'true eller false',
  array: 'en liste (linjer, der begynder med »- «)',
  object: 'en gruppe af underfelter',
};

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'tom';
  if (Array.isArray(value)) return 'en liste';
  if (typeof value === 'object') return 'en gruppe af underfelter';
  if (typeof value === 'string') return `teksten »${value.length > 40 ? `${value.slice(0, 40)}…` : value}«`;
  if (typeof value === 'boolean') return `${value}`;
  // ».nan« and ».inf« (or »1e400«, too large to hold) are numbers to YAML, but none to count with; no »NaN« or »Infinity« in a message.
  if (Number.isNaN(value)) return '».nan«, som YAML læser som »ikke et tal«';
  if (value === Number.POSITIVE_INFINITY || value === Number.NEGATIVE_INFINITY)
    return 'et uendeligt stort tal (».inf« eller et tal med flere cifre, end der kan regnes med)';
  return Number.isInteger(value) ? `tallet ${value}` : `tallet ${String(value).replace('.', ',')}`;
}

function typeAdvice(expected: string, value: unknown): string | undefined {
  if (value === null) return 'Skriv en værdi efter kolonet, eller slet feltet.';
  if (expected === 'string' && typeof value === 'object')
    return 'Tjek indrykningen: fortsættelseslinjer i en tekst skal skrives som en blok med »|« efter kolonet.';
  if ((expected === 'integer' || expected === 'number') && typeof value === 'string') {
    // The number the text holds (»14 dage« → 14): the example is the user's own value.
    const digits = /\d+(?:[.,]\d+)?/.exec(value)?.[0];
    return digits ? `Skriv kun tallet, fx ${digits.replace(',', '.')}.` : 'Skriv kun tallet, uden enhed og tekst.';
  }
  if (expected === 'array' && typeof value !== 'object') return 'Skriv hvert element på sin egen linje med »- « foran.';
  return undefined;
}

/**
 * `farve: #1a5fb4`: YAML reads everything from »#« as a comment, so the value is empty. The
 * comment straight after the key's colon, when it starts like a value (no space after »#«).
 */
function commentedValue(loaded: LoadedFile, key: Span): { text: string; span: Span } | undefined {
  const lineStart = loaded.lineCounter.lineStarts[key.start.line - 1] ?? 0;
  const lineEnd = loaded.text.indexOf('\n', lineStart);
  const line = loaded.text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).replace(/\r$/, '');
  const match = /^[^#]*?:[ \t]+(#\S.*)$/.exec(line);
  if (!match) return undefined;
  const text = match[1]!.trimEnd();
  const column = line.length - match[1]!.length + 1;
  return { text, span: { start: { line: key.start.line, column }, end: { line: key.start.line, column: column + text.length } } };
}

/** The fields of an assessment a person must write themselves, and what to say when one is left empty. */
const assessmentTextFields: Record<string, 'vurdering-uden-begrundelse' | 'vurdering-uden-af'> = {
  begrundelse: 'vurdering-uden-begrundelse',
  af: 'vurdering-uden-af',
};

/** An error in the file at `path` in its data, placed where `at` says (by default the path's own place). */
function errorAtPath(loaded: LoadedFile, path: readonly PathSegment[], problem: Message, at: Span = locate(loaded, path)): Diagnostic {
  return { ...problem, severity: 'fejl', file: loaded.file, start: at.start, end: at.end, path: formatPath(path) };
}

/**
 * An assessment's reason or author missing, empty or only spaces: one message that says why
 * it is needed, whichever keyword caught it.
 */
function assessmentTextProblem(loaded: LoadedFile, error: AjvError, path: PathSegment[]): Diagnostic | undefined {
  if (path[0] !== 'vurderinger' || typeof path[1] !== 'number') return undefined;
  const missing = error.keyword === 'required' ? String(error.params.missingProperty) : undefined;
  const field = missing ?? String(path[2]);
  const code = assessmentTextFields[field];
  const emptyValue = error.data === null || error.data === undefined || (typeof error.data === 'string' && error.data.trim() === '');
  if (!code || (missing === undefined && (path.length !== 3 || !emptyValue))) return undefined;
  const entry = (loaded.data as { vurderinger?: { krav?: unknown }[] }).vurderinger?.[path[1]];
  const krav = typeof entry?.krav === 'string' ? entry.krav : undefined;
  return errorAtPath(loaded, missing ? [...path, missing] : path, { code, args: { krav } }, missing ? locate(loaded, path, true) : locate(loaded, path));
}

/** The fields a schema's map allows, once per map: a file of many unknown keys has one error for each. */
const allowedByMap = new WeakMap<object, { names: string[]; list: string }>();
function allowedFields(properties: object): { names: string[]; list: string } {
  let allowed = allowedByMap.get(properties);
  if (!allowed) {
    const names = Object.keys(properties);
    allowed = { names, list: names.join(', ') };
    allowedByMap.set(properties, allowed);
  }
  return allowed;
}

/** A date field's value that is no date, with the form to write where it reads as a date a Dane writes (»13.12.2021«). */
const dateArgs = (value: unknown): MessageArgsByCode['ugyldig-dato'] => ({ vaerdi: String(value), forslag: isoDate(String(value)) });

function schemaDiagnostic(loaded: LoadedFile, error: AjvError): Diagnostic {
  const path = pointerPath(error.instancePath);
  const assessmentProblem = assessmentTextProblem(loaded, error, path);
  if (assessmentProblem) return assessmentProblem;
  const felt = formatPath(path) || '(hele filen)';
  const value = error.data;
  let problem: Message;
  let at = locate(loaded, path);
  let diagnosticPath = path;

  // A date field (year, year-month or full date) fails as one thing, whichever keyword caught it.
  const keyword = error.parentSchema?.pattern === statedDatePattern && error.keyword !== 'type' ? 'date' : error.keyword;
  switch (keyword) {
    case 'date':
      problem = { code: 'ugyldig-dato', args: dateArgs(value) };
      break;
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const allowed = allowedFields(error.parentSchema?.properties ?? {});
      const forslag = nearest(key, allowed.names);
      problem = { code: 'ukendt-felt', args: { felt: key, forslag, hoererTil: forslag ? undefined : whereFieldBelongs(key), tilladte: allowed.list } };
      at = locateKey(loaded, path, key);
      diagnosticPath = [...path, key];
      break;
    }
    case 'required':
      problem = { code: 'felt-mangler', args: { felt: String(error.params.missingProperty), i: path.length > 0 ? felt : undefined } };
      at = locate(loaded, path, true);
      break;
    case 'type': {
      const expected = String(error.params.type);
      const isDate = error.parentSchema?.pattern === statedDatePattern;
      const comment = value === null ? commentedValue(loaded, at) : undefined;
      if (comment) {
        problem = { code: 'vaerdi-er-kommentar', args: { felt, navn: String(path[path.length - 1]), kommentar: comment.text } };
        at = comment.span;
        break;
      }
      problem = {
        code: 'forkert-type',
        args: isDate
          ? { felt, forventet: 'en dato', faktisk: describeValue(value), raad: 'Skriv datoen som ÅÅÅÅ-MM-DD, fx 2023-11-20.' }
          : { felt, forventet: typeNames[expected] ?? expected, faktisk: describeValue(value), raad: typeAdvice(expected, value) },
      };
      break;
    }
    case 'format':
      problem = error.params.format === 'date' ? { code: 'ugyldig-dato', args: dateArgs(value) } : { code: 'ugyldig-url', args: { vaerdi: String(value) } };
      break;
    case 'pattern': {
      const field = path[path.length - 1];
      const pattern = error.parentSchema?.pattern;
      const code =
        pattern === fullDatePattern
          ? 'ugyldig-vurderingsdato'
          : pattern === groundsPattern
            ? 'ugyldigt-grundlag'
            : field === 'noegle'
              ? 'ugyldig-noegle'
              : field === 'farve'
                ? 'ugyldig-farve'
                : 'ugyldig-url';
      problem =
        code === 'ugyldig-vurderingsdato'
          ? { code, args: { vaerdi: String(value), forslag: isoDay(String(value)) } }
          : { code, args: { vaerdi: String(value) } };
      break;
    }
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map(String);
      problem = { code: 'ugyldig-vaerdi', args: { felt, vaerdi: String(value), tilladte: allowed.join(', '), forslag: nearest(String(value), allowed) } };
      break;
    }
    case 'minimum':
    case 'maximum':
      problem = {
        code: error.keyword === 'minimum' ? 'tal-for-lille' : 'tal-for-stort',
        args: { felt, graense: String(error.params.limit), vaerdi: String(value) },
      };
      break;
    case 'minLength':
      problem = { code: 'tom-tekst', args: { felt } };
      break;
    case 'minItems':
      problem = { code: 'tom-liste', args: { felt } };
      break;
    case 'uniqueItems': {
      const [first, second] = [Number(error.params.i), Number(error.params.j)].sort((a, b) => a - b);
      problem = { code: 'dublet-i-liste', args: { felt, nr1: first! + 1, nr2: second! + 1 } };
      break;
    }
    case 'anyOf':
      problem = { code: 'ugyldig-raekkefoelge', args: { felt } };
      break;
    default:
      problem = { code: 'ugyldigt-felt', args: { felt, detalje: error.keyword } };
  }
  return errorAtPath(loaded, diagnosticPath, problem, at);
}

/** anyOf reports each failed branch too; the anyOf error alone says it best. */
function withoutAnyOfBranches(errors: AjvError[]): AjvError[] {
  const anyOfPaths = errors.filter((error) => error.keyword === 'anyOf').map((error) => error.schemaPath.replace(/\/anyOf$/, '/anyOf/'));
  return errors.filter((error) => !anyOfPaths.some((prefix) => error.schemaPath.startsWith(prefix)));
}

/**
 * A section key that is the preface's or a requirement's own field: which field, and a key
 * to use instead (from the section's heading, else the key with the list's name), one that
 * no other section has.
 */
function reservedKeyArgs(
  document: Kvalitetsstandard,
  section: { noegle: string; overskrift?: string },
  list: 'oevrige_afsnit' | 'bilag',
): MessageArgsByCode['forbeholdt-afsnitsnoegle'] {
  const taken = new Set([...sectionNames, ...[...(document.oevrige_afsnit ?? []), ...(document.bilag ?? [])].map((other) => other.noegle)]);
  const fromHeading = slugify(section.overskrift ?? '');
  let forslag = fromHeading && !taken.has(fromHeading) ? fromHeading : `${section.noegle}-${list === 'bilag' ? 'bilag' : 'afsnit'}`;
  for (let number = 2; taken.has(forslag); number += 1) forslag = `${section.noegle}-${number}`;
  const requirement = defaultRegulation.requirements.find((candidate) => candidate.field === section.noegle);
  return { noegle: section.noegle, krav: requirement ? `${requirement.id} ${requirement.title}` : undefined, forslag };
}

/** A `regelsaet` no known regulation has: said as a wrong value, with the nearest and every known id. */
function unknownRegulationDiagnostics(loaded: LoadedFile, document: Kvalitetsstandard): Diagnostic[] {
  if (document.regelsaet === undefined) return [];
  const choice = chooseRegulation(document.regelsaet, '');
  if (choice.ok || choice.reason !== 'ukendt') return [];
  const known = knownRegulations().map((regulation) => regulation.id);
  const args = { felt: 'regelsaet', vaerdi: document.regelsaet, tilladte: known.join(', '), forslag: nearest(document.regelsaet, known) };
  return [errorAtPath(loaded, ['regelsaet'], message('ugyldig-vaerdi', args))];
}

/** Cross-references: section keys are unique and the presentation order names real sections. */
function crossReferenceDiagnostics(loaded: LoadedFile, document: Kvalitetsstandard): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const report = <Code extends MessageCode>(code: Code, args: MessageArgsByCode[Code], path: PathSegment[]) =>
    diagnostics.push(errorAtPath(loaded, path, message(code, args)));

  const keys = new Set<string>(sectionNames);
  for (const list of ['oevrige_afsnit', 'bilag'] as const) {
    document[list]?.forEach((section, index) => {
      const at: PathSegment[] = [list, index, 'noegle'];
      // The preface's and the requirements' own fields are taken before any section's key.
      if (sectionNames.includes(section.noegle)) report('forbeholdt-afsnitsnoegle', reservedKeyArgs(document, section, list), at);
      else if (keys.has(section.noegle)) report('dobbelt-afsnitsnoegle', { noegle: section.noegle }, at);
      keys.add(section.noegle);
    });
  }

  // The logo is read at render time; a wrong path is found here, with its line.
  const logo = document.praesentation?.logo;
  if (logo) {
    const read = readLogo(loaded.file, logo);
    if (!read.ok) report(read.code, read.args, ['praesentation', 'logo']);
  }

  // The schema's pattern admits 2023-02-30; the calendar does not.
  const dates: [PathSegment[], string | number | undefined][] = [
    ...(document.godkendelse ?? []).map((approval, index) => [['godkendelse', index, 'dato'], approval.dato] as [PathSegment[], string | number]),
    [['revision', 'senest_revideret'], document.revision?.senest_revideret],
    [['revision', 'naeste_revision'], document.revision?.naeste_revision],
  ];
  for (const [path, value] of dates) {
    if (value !== undefined && !parseStatedDate(value)) report('ugyldig-dato', dateArgs(value), path);
  }
  diagnostics.push(...assessmentDiagnostics(loaded, document));

  // Every text within the Markdown limits, so check, build and preview agree on what renders.
  let markup = 0;
  eachNode(loaded.document.contents, (node) => {
    if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return;
    const count = markupCount(node.value);
    markup += count;
    const problem = markdownProblem(node.value, count);
    if (!problem) return;
    const start = positionAt(loaded.lineCounter, node.range[0]);
    diagnostics.push({
      ...problem,
      severity: 'fejl',
      file: loaded.file,
      start,
      end: positionAt(loaded.lineCounter, node.range[1]),
    });
  });

  if (markup > markdownLimits.markupPerFile) {
    diagnostics.push({
      code: 'markdown-fil-for-meget-opmaerkning',
      args: { antal: markup, graense: markdownLimits.markupPerFile },
      severity: 'fejl',
      file: loaded.file,
    });
  }

  const seen = new Set<string>();
  document.praesentation?.raekkefoelge?.forEach((entry, index) => {
    const names = typeof entry === 'string' ? [[entry, [index]] as const] : entry.map((name, inner) => [name, [index, inner]] as const);
    for (const [name, position] of names) {
      const path: PathSegment[] = ['praesentation', 'raekkefoelge', ...position];
      if (!keys.has(name)) report('ukendt-afsnit-i-raekkefoelge', { afsnit: name, forslag: nearest(name, [...keys]) }, path);
      else if (seen.has(name)) report('afsnit-to-gange-i-raekkefoelge', { afsnit: name }, path);
      seen.add(name);
    }
  });
  return diagnostics;
}

/** Each requirement assessed once, on a day the calendar has. */
function assessmentDiagnostics(loaded: LoadedFile, document: Kvalitetsstandard): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const first = new Map<string, number>();
  document.vurderinger?.forEach((assessment, index) => {
    const report = <Code extends MessageCode>(code: Code, args: MessageArgsByCode[Code], field: string) =>
      diagnostics.push(errorAtPath(loaded, ['vurderinger', index, field], message(code, args)));
    if (!parseStatedDate(assessment.dato)) report('ugyldig-vurderingsdato', { vaerdi: assessment.dato, forslag: isoDay(assessment.dato) }, 'dato');
    const earlier = first.get(assessment.krav);
    if (earlier === undefined) first.set(assessment.krav, index);
    else report('vurdering-dobbelt', { krav: assessment.krav, nr1: earlier + 1, nr2: index + 1 }, 'krav');
  });
  return diagnostics;
}

/** At most this many of a foreign file's fields are named. */
const foreignFieldsNamed = 3;

/**
 * A file none of whose fields a kvalitetsstandard has, and none near one (»version«, »services«:
 * another program's settings, picked by mistake): one error that says so, not one per field.
 */
function foreignFile(loaded: LoadedFile, errors: readonly AjvError[]): Diagnostic | undefined {
  const keys = Object.keys(loaded.data as Record<string, unknown>);
  const unknownAtTop = errors.filter((error) => error.keyword === 'additionalProperties' && error.instancePath === '');
  if (keys.length < 2 || unknownAtTop.length < keys.length) return undefined;
  const allowed = Object.keys(unknownAtTop[0]!.parentSchema?.properties ?? {});
  if (keys.some((key) => nearest(key, allowed) !== undefined)) return undefined;
  const felter = keys.slice(0, foreignFieldsNamed).map((key) => `»${key}«`);
  const problem = message('fil-ikke-kvalitetsstandard', {
    felter: felter.join(', '),
    flere: keys.length > foreignFieldsNamed ? keys.length - foreignFieldsNamed : undefined,
  });
  return { ...problem, severity: 'fejl', file: loaded.file, ...locateKey(loaded, [], keys[0]!) };
}

/**
 * One list item written as two (»- organ: Byrådet« and, under it, »- dato: …«: a »- « too
 * many): each half lacks what the other has. One error on the second half's line, which says
 * so, instead of a missing field in each. Returns the diagnostics and the errors they explain.
 */
function splitItems(loaded: LoadedFile, errors: readonly AjvError[]): { diagnostics: Diagnostic[]; explained: Set<AjvError> } {
  const missing = new Map<string, AjvError[]>();
  for (const error of errors.filter((each) => each.keyword === 'required' && /\/\d+$/.test(each.instancePath)))
    missing.set(error.instancePath, [...(missing.get(error.instancePath) ?? []), error]);
  const diagnostics: Diagnostic[] = [];
  const explained = new Set<AjvError>();
  for (const [pointer, lower] of missing) {
    const path = pointerPath(pointer);
    const index = path.at(-1) as number;
    if (index === 0) continue;
    const list = path.slice(0, -1);
    const upper = missing.get(pointer.replace(/\d+$/, String(index - 1))) ?? [];
    if (upper.some((error) => explained.has(error))) continue;
    const items = list.reduce<unknown>((value, step) => (value as Record<string | number, unknown>)?.[step], loaded.data) as unknown[] | undefined;
    const above = items?.[index - 1] as Record<string, unknown> | undefined;
    const below = lower[0]!.data as Record<string, unknown>;
    const lacks = (errorsOf: AjvError[]) => errorsOf.map((error) => String(error.params.missingProperty));
    const has = (item: Record<string, unknown> | undefined, keys: string[]) => item !== null && typeof item === 'object' && keys.every((key) => key in item);
    // The half below has none of the fields above, and each half has what the other lacks.
    if (!has(above, lacks(lower)) || !has(below, lacks(upper)) || Object.keys(below).some((key) => key in above!)) continue;
    const args = { liste: formatPath(list), felter: Object.keys(below).join(', '), mangler: lacks(lower).join(', '), over: Object.keys(above!)[0] ?? '' };
    diagnostics.push(errorAtPath(loaded, [...list, index], message('punkt-delt-i-to', args)));
    for (const error of [...upper, ...lower]) explained.add(error);
  }
  return { diagnostics, explained };
}

export function validateLoaded(loaded: LoadedFile): ValidationResult {
  if (!validateSchema(loaded.data)) {
    const errors = withoutAnyOfBranches((validateSchema as unknown as { errors: AjvError[] }).errors ?? []);
    const foreign = foreignFile(loaded, errors);
    if (foreign) return { valid: false, diagnostics: [foreign] };
    // A value can break two keywords that say the same (an address failing both `format` and `pattern`).
    const seen = new Set<string>();
    const split = splitItems(loaded, errors);
    const unique = [...split.diagnostics, ...errors.filter((error) => !split.explained.has(error)).map((error) => schemaDiagnostic(loaded, error))].filter(
      (diagnostic) => {
        const key = `${diagnostic.code}\u0000${diagnostic.path}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      },
    );
    return { valid: false, diagnostics: capDiagnostics(withCharacterProblems(loaded, unique).errors.sort(compareDiagnostics)) };
  }
  const document = loaded.data as Kvalitetsstandard;
  const { errors, warnings } = withCharacterProblems(loaded, [
    ...crossReferenceDiagnostics(loaded, document),
    ...unknownRegulationDiagnostics(loaded, document),
  ]);
  return errors.length > 0
    ? { valid: false, diagnostics: capDiagnostics(errors.sort(compareDiagnostics)) }
    : {
        valid: true,
        document,
        warnings: [...boldHeadingWarnings(loaded), ...foldedLineWarnings(loaded), ...typedBulletWarnings(loaded), ...pictureWarnings(loaded), ...warnings].sort(
          compareDiagnostics,
        ),
      };
}
