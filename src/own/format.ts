/**
 * The format of a kommune's `.krav.yml`, checked key by key where it stands in the file,
 * and turned into runtime requirements. A subset of a requirement's krav.yml (the law as
 * data, issue 18): `krav` lists requirements with an own id (`egen-…`), `titel`, `tekst`
 * (the requirement in the kommune's words), `vejledning`, `emne`, and what the check looks
 * for: `aspekter` with `formuleringer` (or `stikord`), or a `felt` that must be filled.
 */
import { formatPath, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { MessageArgs, MessageCode } from '../diagnostics/messages.js';
import type { LoadedFile } from '../load.js';
import { buildSchema } from '../schema/definition.js';
import { locate, locateKey, type PathSegment } from '../source-location.js';
import { nearest } from '../suggest.js';
import { rx, rxCase } from '../regulations/bek-1477-2019-aspects.js';
import { defaultRegulation } from '../regulations/index.js';
import type { Aspect, Requirement, RequirementAspects } from '../regulations/regulation.js';

export const ownFileKeys = ['krav'] as const;
export const ownRequirementKeys = ['id', 'titel', 'tekst', 'vejledning', 'felt', 'emne', 'aspekter'] as const;
export const ownAspectKeys = ['id', 'beskrivelse', 'raad', 'formuleringer', 'stikord', 'sammenhaeng', 'medmindre', 'svar'] as const;
const cueKeys = ['formuleringer', 'mindst', 'delvist'] as const;
const wordingKeys = ['moenster', 'store_bogstaver'] as const;

export interface OwnRequirement extends Requirement {
  /** The searched aspects, when the requirement names any. */
  catalogue?: RequirementAspects;
  /** Whether the requirement's `felt` must be filled (its own check, besides any aspects). */
  fieldRequired: boolean;
}

/** An own id never meets the law's (`§4.1.6`): it begins with `egen-`. */
const ownId = /^egen-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A topic no heading has: without `emne`, a sentence's own words decide. */
const noTopic = /(?!)/;

type Path = PathSegment[];
type Map = Record<string, unknown>;

const isMap = (value: unknown): value is Map => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The type of a value, as »… skal være en tekst, men er en liste« says it. */
function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'tom';
  if (Array.isArray(value)) return 'en liste';
  if (typeof value === 'object') return 'en gruppe af felter';
  if (typeof value === 'number') return 'et tal';
  if (typeof value === 'boolean') return 'sand/falsk';
  return 'en tekst';
}

/** The JavaScript engine's reason a pattern fails, in Danish. */
function patternProblem(message: string): string {
  if (/unterminated group|missing \)/i.test(message)) return 'en parentes »(« lukkes ikke';
  if (/unmatched '\)'/i.test(message)) return 'en parentes »)« lukkes, uden at være åbnet';
  if (/nothing to repeat/i.test(message)) return '»*«, »+«, »?« eller »{« står uden noget foran';
  if (/unterminated character class/i.test(message)) return '»[« lukkes ikke med »]«';
  if (/\\ at end of pattern/i.test(message)) return 'mønsteret slutter med »\\«';
  return 'mønsteret er ikke gyldigt';
}

/** Dotted field paths of a kvalitetsstandard, read from the schema the validator is built from. */
interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}
let schemaRoot: SchemaNode | undefined;
function fieldProblem(field: string): MessageArgs | undefined {
  schemaRoot ??= buildSchema(defaultRegulation) as SchemaNode;
  let node: SchemaNode | undefined = schemaRoot;
  for (const key of field.split('.')) {
    const properties: Record<string, SchemaNode> = (node?.items ?? node)?.properties ?? {};
    node = properties[key];
    if (!node) return { vaerdi: field, forslag: nearest(key, Object.keys(properties)) };
  }
  return undefined;
}

class OwnReader {
  readonly diagnostics: Diagnostic[] = [];
  constructor(private readonly loaded: LoadedFile) {}

  error(code: MessageCode, args: MessageArgs, path: Path, key?: string): void {
    const span = key === undefined ? locate(this.loaded, path) : locateKey(this.loaded, path, key);
    this.diagnostics.push({
      code,
      args,
      severity: 'fejl',
      file: this.loaded.file,
      start: span.start,
      end: span.end,
      path: formatPath([...path, ...(key ? [key] : [])]),
    });
  }

  line(path: Path): number {
    return locate(this.loaded, path).start.line;
  }

  /** A group of fields with only the keys allowed here; false (and an error) when it is no group. */
  group(value: unknown, path: Path, name: string, allowed: readonly string[]): value is Map {
    if (!isMap(value)) {
      this.error('forkert-type', { felt: name, forventet: 'en gruppe af felter (»navn: værdi« på hver linje)', faktisk: typeName(value) }, path);
      return false;
    }
    for (const key of Object.keys(value)) {
      if (allowed.includes(key)) continue;
      this.error('ukendt-felt', { felt: key, forslag: nearest(key, allowed), tilladte: allowed.join(', ') }, path, key);
    }
    return true;
  }

  text(map: Map, key: string, path: Path, required: boolean): string | undefined {
    const value = map[key];
    if (value === undefined || value === null) {
      if (required) this.error('felt-mangler', { felt: key, i: formatPath(path) || undefined }, path);
      return undefined;
    }
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (typeof value === 'string') this.error('tom-tekst', { felt: key }, [...path, key]);
    else this.error('forkert-type', { felt: key, forventet: 'en tekst', faktisk: typeName(value) }, [...path, key]);
    return undefined;
  }

  list(map: Map, key: string, path: Path): unknown[] | undefined {
    const value = map[key];
    if (value === undefined || value === null) return undefined;
    if (Array.isArray(value)) return value;
    this.error('forkert-type', { felt: key, forventet: 'en liste (hvert element på sin egen linje med »- « foran)', faktisk: typeName(value) }, [...path, key]);
    return undefined;
  }

  count(map: Map, key: string, path: Path): number | undefined {
    const value = map[key];
    if (value === undefined) return undefined;
    if (Number.isInteger(value) && (value as number) >= 1) return value as number;
    this.error('forkert-type', { felt: key, forventet: 'et helt tal på mindst 1', faktisk: typeName(value) }, [...path, key]);
    return undefined;
  }

  /** A pattern as the law's catalogue writes it: a text, or `{moenster, store_bogstaver}`. */
  pattern(value: unknown, path: Path): RegExp | undefined {
    let source = value;
    let caseMatters = false;
    if (isMap(value)) {
      if (!this.group(value, path, 'formulering', wordingKeys)) return undefined;
      source = value.moenster;
      caseMatters = value.store_bogstaver === true;
      path = [...path, 'moenster'];
    }
    if (typeof source !== 'string' || source.trim() === '') {
      this.error('forkert-type', { felt: String(path.at(-1)), forventet: 'et søgemønster (en tekst)', faktisk: typeName(source) }, path);
      return undefined;
    }
    try {
      return caseMatters ? rxCase(source) : rx(source);
    } catch (error) {
      this.error('egne-krav-ugyldigt-moenster', { vaerdi: source, detalje: patternProblem(String((error as Error).message)) }, path);
      return undefined;
    }
  }

  patterns(map: Map, key: string, path: Path): RegExp[] {
    return (this.list(map, key, path) ?? []).flatMap((item, index) => this.pattern(item, [...path, key, index]) ?? []);
  }

  optionalPattern(map: Map, key: string, path: Path): RegExp | undefined {
    return map[key] === undefined ? undefined : this.pattern(map[key], [...path, key]);
  }
}

function readAspect(reader: OwnReader, value: unknown, path: Path): Aspect | undefined {
  if (!reader.group(value, path, 'aspekt', ownAspectKeys)) return undefined;
  const id = reader.text(value, 'id', path, true);
  const description = reader.text(value, 'beskrivelse', path, true);
  const wordings = reader.patterns(value, 'formuleringer', path);
  let cues: Aspect['cues'];
  if (value.stikord !== undefined && reader.group(value.stikord, [...path, 'stikord'], 'stikord', cueKeys)) {
    const cuePath = [...path, 'stikord'];
    cues = { wordings: reader.patterns(value.stikord, 'formuleringer', cuePath), least: reader.count(value.stikord, 'mindst', cuePath) ?? 2 };
    const partial = reader.count(value.stikord, 'delvist', cuePath);
    if (partial !== undefined) cues.partial = partial;
  }
  if (value.formuleringer === undefined && value.stikord === undefined) reader.error('felt-mangler', { felt: 'formuleringer', i: formatPath(path) }, path);
  const advice = reader.text(value, 'raad', path, false);
  const context = reader.optionalPattern(value, 'sammenhaeng', path);
  const unless = reader.optionalPattern(value, 'medmindre', path);
  const answer = reader.optionalPattern(value, 'svar', path);
  if (!id || !description) return undefined;
  return { id, description, advice: advice ?? `Beskriv ${description}.`, wordings, cues, context, unless, answer };
}

function readRequirement(reader: OwnReader, value: unknown, path: Path, seen: Map): OwnRequirement | undefined {
  if (!reader.group(value, path, 'krav', ownRequirementKeys)) return undefined;
  const id = reader.text(value, 'id', path, true);
  if (id && !ownId.test(id)) reader.error('egne-krav-ugyldigt-id', { vaerdi: id }, [...path, 'id']);
  else if (id && seen[id] !== undefined) reader.error('egne-krav-dobbelt-id', { vaerdi: id, linje: seen[id] as number }, [...path, 'id']);
  else if (id) seen[id] = reader.line([...path, 'id']);
  const title = reader.text(value, 'titel', path, true);
  const text = reader.text(value, 'tekst', path, true);
  const guidance = reader.text(value, 'vejledning', path, false);
  const field = reader.text(value, 'felt', path, false);
  const problem = field === undefined ? undefined : fieldProblem(field);
  if (problem) reader.error('egne-krav-ukendt-felt', problem, [...path, 'felt']);
  const topic = reader.optionalPattern(value, 'emne', path) ?? noTopic;
  const aspects = (reader.list(value, 'aspekter', path) ?? []).flatMap((aspect, index) => readAspect(reader, aspect, [...path, 'aspekter', index]) ?? []);
  if (value.aspekter === undefined && field === undefined) reader.error('egne-krav-intet-at-tjekke', {}, path, 'id');
  if (!id || !title || !text) return undefined;
  return {
    id,
    citation: 'Kommunens eget krav',
    field: field ?? '',
    title,
    guidance: guidance ?? text,
    legalText: text,
    fieldRequired: field !== undefined,
    catalogue: aspects.length > 0 ? { topic, aspects } : undefined,
  };
}

/** The requirements of a parsed `.krav.yml`, with an error where each mistake stands. */
export function checkOwnData(loaded: LoadedFile): { requirements: OwnRequirement[]; diagnostics: Diagnostic[] } {
  const reader = new OwnReader(loaded);
  const data = loaded.data;
  if (!reader.group(data, [], 'filen', ownFileKeys)) return { requirements: [], diagnostics: reader.diagnostics };
  if (data.krav === undefined) reader.error('felt-mangler', { felt: 'krav' }, []);
  const seen: Map = {};
  const requirements = (reader.list(data, 'krav', []) ?? []).flatMap((value, index) => readRequirement(reader, value, ['krav', index], seen) ?? []);
  return { requirements, diagnostics: reader.diagnostics };
}
