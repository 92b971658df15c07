/**
 * The format of a kommune's `.krav.yml`, checked key by key where it stands in the file,
 * and turned into runtime requirements. A subset of a requirement's krav.yml (the law as
 * data, issue 18): `krav` lists requirements with an own id (`egen-…`), `titel`, `tekst`
 * (the requirement in the kommune's words), `vejledning`, `emne`, and what the check looks
 * for: `aspekter` with `formuleringer` (or `stikord`), or a `felt` that must be filled.
 */
import { formatPath, type Diagnostic } from '../diagnostics/diagnostic.js';
import { type MessageArgsByCode, type MessageCode, message } from '../diagnostics/messages.js';
import type { LoadedFile } from '../load.js';
import { buildSchema } from '../schema/definition.js';
import { locate, locateKey, type PathSegment } from '../source-location.js';
import { nearest } from '../suggest.js';
import { requirementFromData, type Krav, type PatternProblem } from '../regulations/from-data.js';
import type { Aspekt, Formulering } from '../generated/regulation-data.js';
import { defaultRegulation } from '../regulations/index.js';
import { isHeavyPattern } from '../regulations/pattern-shape.js';
import type { Regulation, Requirement, RequirementAspects } from '../regulations/regulation.js';

const patternHelp = 'Et søgemønster: \\< og \\> er ordgrænser, \\p{L} et bogstav, \\d et ciffer; det læses mod sætningen med små bogstaver.';

/** Each level's keys with what they mean, in Danish: the reader allows these, the editor offers them. */
export const ownFormat = {
  fil: { krav: 'De krav, kommunen selv stiller til standarden: en liste med ét krav pr. punkt.' },
  krav: {
    id: 'Kravets faste id: »egen-« og små bogstaver, tal og bindestreger, fx egen-1 eller egen-telefon.',
    titel: 'Kort titel, som rapporterne viser, fx »Telefonnummer og åbningstider«.',
    tekst: 'Kravet med kommunens egne ord, fx »Standarden skal oplyse telefonnummer og åbningstider.« En sætning, der kun gentager den, tæller ikke som svar.',
    vejledning: 'Hvad standarden skal skrive for at opfylde kravet (vises, når det mangler). Uden den vises »tekst«.',
    felt: 'Et felt i kvalitetsstandarden, der skal være udfyldt, fx revision.naeste_revision.',
    emne: `Kravets emne, som en overskrift siger det (uden det: kravets titel). ${patternHelp}`,
    aspekter: 'Det, standarden skal beskrive: hvert aspekt med de formuleringer, der udtrykker det.',
    nej_er_intet_svar: `true: en sætning, der siger, at kommunen ikke har eller gør det, kravet spørger om (»Der er ingen brugerråd«), besvarer det ikke.`,
  },
  aspekt: {
    id: 'Aspektets id, fx telefon.',
    beskrivelse: 'Hvad aspektet er, så det passer efter »Standarden beskriver ikke …«, fx »kommunens telefonnummer«.',
    raad: 'Hvad der skal skrives, når aspektet mangler. Uden det: »Beskriv <beskrivelse>.«',
    formuleringer: `En sætning med én af disse udtrykker aspektet. ${patternHelp}`,
    stikord: 'Eller: mindst så mange forskellige stikord i ét afsnit eller én liste.',
    sammenhaeng: `Uden for et afsnit om kravets emne tæller en sætning kun, når dens afsnit også matcher dette. ${patternHelp}`,
    medmindre: `En sætning, der matcher dette, handler om noget andet og tæller ikke. ${patternHelp}`,
    naeste_saetning_medmindre: `Matcher sætningen lige efter svaret dette, tager den svaret tilbage (»Ventetiden kan dog være længere«), og svaret tæller ikke. ${patternHelp}`,
    svar: `Et svar har denne form; en sætning uden den nævner kun emnet (delvist). ${patternHelp}`,
    nej_er_intet_svar: 'true: som for kravet, for dette aspekt alene.',
  },
  stikord: {
    liste: 'En stikordsliste fra regelsættet, fx tilbudstyper.',
    formuleringer: `Stikordene. ${patternHelp}`,
    mindst: 'Så mange forskellige stikord skal stå sammen (standard: 2).',
    delvist: 'Så mange stikord nævner aspektet delvist.',
  },
  formulering: {
    moenster: patternHelp,
    store_bogstaver: 'true: mønsteret læses mod sætningen, som den er skrevet (et navn, en forkortelse).',
  },
} as const;

const keysOf = (level: keyof typeof ownFormat) => Object.keys(ownFormat[level]);
const fileKeys = keysOf('fil');
const requirementKeys = keysOf('krav');
const aspectKeys = keysOf('aspekt');
const cueKeys = keysOf('stikord');
const wordingKeys = keysOf('formulering');

export interface OwnRequirement extends Requirement {
  /** The searched aspects, when the requirement names any. */
  catalogue?: RequirementAspects;
  /** Whether the requirement's `felt` must be filled (its own check, besides any aspects). */
  fieldRequired: boolean;
}

/** An own id never meets the law's (`§4.1.6`): it begins with `egen-`. */
const ownId = /^egen-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What the reports show where a law's requirement has its citation. */
const ownCitation = 'Kommunens eget krav';

type Path = PathSegment[];
type Fields = Record<string, unknown>;

const isMap = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);

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
function fieldProblem(field: string): MessageArgsByCode['egne-krav-ukendt-felt'] | undefined {
  schemaRoot ??= buildSchema(defaultRegulation) as SchemaNode;
  let node: SchemaNode | undefined = schemaRoot;
  for (const key of field.split('.')) {
    const properties: Record<string, SchemaNode> = (node?.items ?? node)?.properties ?? {};
    // Own keys only: »constructor« or »toString« is no field, whatever an object inherits.
    node = Object.hasOwn(properties, key) ? properties[key] : undefined;
    if (!node) return { vaerdi: field, forslag: nearest(key, Object.keys(properties)) };
  }
  return undefined;
}

class OwnReader {
  readonly diagnostics: Diagnostic[] = [];
  readonly data: unknown;
  constructor(private readonly loaded: LoadedFile) {
    this.data = loaded.data;
  }

  error<Code extends MessageCode>(code: Code, args: MessageArgsByCode[Code], path: Path, key?: string): void {
    const span = key === undefined ? locate(this.loaded, path) : locateKey(this.loaded, path, key);
    this.diagnostics.push({
      ...message(code, args),
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
  group(value: unknown, path: Path, name: string, allowed: readonly string[]): value is Fields {
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

  text(map: Fields, key: string, path: Path, required: boolean): string | undefined {
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

  list(map: Fields, key: string, path: Path): unknown[] | undefined {
    const value = map[key];
    if (value === undefined || value === null) return undefined;
    if (Array.isArray(value)) return value;
    this.error('forkert-type', { felt: key, forventet: 'en liste (hvert element på sin egen linje med »- « foran)', faktisk: typeName(value) }, [...path, key]);
    return undefined;
  }

  count(map: Fields, key: string, path: Path): number | undefined {
    const value = map[key];
    if (value === undefined) return undefined;
    if (Number.isInteger(value) && (value as number) >= 1) return value as number;
    this.error('forkert-type', { felt: key, forventet: 'et helt tal på mindst 1', faktisk: typeName(value) }, [...path, key]);
    return undefined;
  }

  /** A yes or no (`true`/`false`), when given. */
  flag(map: Fields, key: string, path: Path): boolean | undefined {
    const value = map[key];
    if (value === undefined || typeof value === 'boolean') return value;
    this.error('forkert-type', { felt: key, forventet: 'true eller false', faktisk: typeName(value) }, [...path, key]);
    return undefined;
  }

  /** A pattern as the law's krav.yml writes it: a text, or `{moenster, store_bogstaver}` (compiled later, by the law's conversion). */
  wording(value: unknown, path: Path): Formulering | undefined {
    if (isMap(value)) {
      if (!this.group(value, path, 'formulering', wordingKeys)) return undefined;
      const source = this.pattern(value.moenster, [...path, 'moenster']);
      return source === undefined ? undefined : { moenster: source, store_bogstaver: value.store_bogstaver === true };
    }
    return this.pattern(value, path);
  }

  pattern(value: unknown, path: Path): string | undefined {
    if (typeof value === 'string' && isHeavyPattern(value)) this.error('egne-krav-moenster-for-tungt', { vaerdi: value }, path);
    else if (typeof value === 'string' && value.trim() !== '') return value;
    else this.error('forkert-type', { felt: String(path.at(-1)), forventet: 'et søgemønster (en tekst)', faktisk: typeName(value) }, path);
    return undefined;
  }

  wordings(map: Fields, key: string, path: Path): Formulering[] | undefined {
    const list = this.list(map, key, path);
    return list?.flatMap((item, index) => this.wording(item, [...path, key, index]) ?? []);
  }

  optionalPattern(map: Fields, key: string, path: Path): string | undefined {
    return map[key] === undefined ? undefined : this.pattern(map[key], [...path, key]);
  }
}

function readCues(reader: OwnReader, value: unknown, path: Path): Aspekt['stikord'] {
  if (!reader.group(value, path, 'stikord', cueKeys)) return undefined;
  const liste = value.liste === undefined ? undefined : reader.text(value, 'liste', path, true);
  const formuleringer = reader.wordings(value, 'formuleringer', path);
  const delvist = reader.count(value, 'delvist', path);
  return {
    mindst: reader.count(value, 'mindst', path) ?? 2,
    ...(liste ? { liste } : {}),
    ...(formuleringer ? { formuleringer } : {}),
    ...(delvist ? { delvist } : {}),
  };
}

function readAspect(reader: OwnReader, value: unknown, path: Path): Aspekt | undefined {
  if (!reader.group(value, path, 'aspekt', aspectKeys)) return undefined;
  const id = reader.text(value, 'id', path, true);
  const beskrivelse = reader.text(value, 'beskrivelse', path, true);
  const raad = reader.text(value, 'raad', path, false);
  const formuleringer = reader.wordings(value, 'formuleringer', path) ?? [];
  const stikord = value.stikord === undefined ? undefined : readCues(reader, value.stikord, [...path, 'stikord']);
  if (value.formuleringer === undefined && value.stikord === undefined) reader.error('felt-mangler', { felt: 'formuleringer', i: formatPath(path) }, path);
  const patterns = Object.fromEntries(
    (['sammenhaeng', 'medmindre', 'naeste_saetning_medmindre', 'svar'] as const).flatMap((key) => {
      const pattern = reader.optionalPattern(value, key, path);
      return pattern === undefined ? [] : [[key, pattern]];
    }),
  );
  const denialIsNoAnswer = reader.flag(value, 'nej_er_intet_svar', path);
  if (!id || !beskrivelse) return undefined;
  return {
    id,
    beskrivelse,
    raad: raad ?? `Beskriv ${beskrivelse}.`,
    formuleringer,
    ...(stikord ? { stikord } : {}),
    ...patterns,
    ...(denialIsNoAnswer ? { nej_er_intet_svar: true } : {}),
  };
}

/** One requirement of the file as the law's krav.yml data, or undefined (with errors) when it cannot be. */
function readRequirement(
  reader: OwnReader,
  value: unknown,
  path: Path,
  seen: Record<string, number>,
): { krav: Krav; fieldRequired: boolean; complete: boolean } | undefined {
  if (!reader.group(value, path, 'krav', requirementKeys)) return undefined;
  const id = reader.text(value, 'id', path, true);
  if (id && !ownId.test(id)) reader.error('egne-krav-ugyldigt-id', { vaerdi: id }, [...path, 'id']);
  else if (id && seen[id] !== undefined) reader.error('egne-krav-dobbelt-id', { vaerdi: id, linje: seen[id] }, [...path, 'id']);
  else if (id) seen[id] = reader.line([...path, 'id']);
  const titel = reader.text(value, 'titel', path, true);
  const tekst = reader.text(value, 'tekst', path, true);
  const vejledning = reader.text(value, 'vejledning', path, false);
  const felt = reader.text(value, 'felt', path, false);
  const problem = felt === undefined ? undefined : fieldProblem(felt);
  if (problem) reader.error('egne-krav-ukendt-felt', problem, [...path, 'felt']);
  const emne = reader.optionalPattern(value, 'emne', path);
  const denialIsNoAnswer = reader.flag(value, 'nej_er_intet_svar', path);
  const aspekter = reader.list(value, 'aspekter', path)?.flatMap((aspect, index) => readAspect(reader, aspect, [...path, 'aspekter', index]) ?? []);
  if (value.aspekter === undefined && felt === undefined) reader.error('egne-krav-intet-at-tjekke', {}, path, 'id');
  // Converted even when incomplete, so a bad pattern is said beside the missing keys.
  const krav: Krav = {
    id: id ?? '',
    henvisning: ownCitation,
    titel: titel ?? '',
    lovtekst: tekst ?? '',
    vejledning: vejledning ?? tekst ?? '',
    ...(felt ? { felt } : {}),
    ...(emne ? { emne } : {}),
    ...(denialIsNoAnswer ? { nej_er_intet_svar: true } : {}),
  };
  if (aspekter && aspekter.length > 0) krav.aspekter = aspekter;
  return { krav, fieldRequired: felt !== undefined, complete: !!(id && titel && tekst) };
}

/** A pattern the law's conversion could not compile, said at its place in the file. */
function patternError(reader: OwnReader, problem: PatternProblem, path: Path): void {
  const at = [...path, ...problem.path];
  const engine = /regulært udtryk \((.*)\)$/.exec(problem.reason);
  // Not the engine's: a list or fragment of the regelsæt that does not exist, in the conversion's own words.
  if (!engine) {
    reader.error('ugyldigt-felt', { felt: formatPath(at), detalje: problem.reason }, at);
    return;
  }
  const source = at.reduce<unknown>((value, key) => (value as Record<string | number, unknown> | undefined)?.[key], reader.data);
  reader.error('egne-krav-ugyldigt-moenster', { vaerdi: String(source ?? ''), detalje: patternProblem(engine[1]!) }, at);
}

/** The requirements of a parsed `.krav.yml`, converted as the law's are, with an error where each mistake stands. */
export function checkOwnData(loaded: LoadedFile, regulation: Regulation): { requirements: OwnRequirement[]; diagnostics: Diagnostic[] } {
  const reader = new OwnReader(loaded);
  const data = loaded.data;
  if (!reader.group(data, [], 'filen', fileKeys)) return { requirements: [], diagnostics: reader.diagnostics };
  if (data.krav === undefined) reader.error('felt-mangler', { felt: 'krav' }, []);
  const seen: Record<string, number> = {};
  const requirements = (reader.list(data, 'krav', []) ?? []).flatMap((value, index) => {
    const path = ['krav', index];
    const read = readRequirement(reader, value, path, seen);
    if (!read) return [];
    const { requirement, aspects, problems } = requirementFromData(read.krav, regulation.aspects.shared);
    for (const problem of problems) patternError(reader, problem, path);
    if (!read.complete) return [];
    return [{ ...requirement, fieldRequired: read.fieldRequired, ...(aspects.aspects.length > 0 ? { catalogue: aspects } : {}) }];
  });
  return { requirements, diagnostics: reader.diagnostics };
}
