/**
 * The one conversion of the law as data (regelsaet.yml and one krav.yml per requirement,
 * schema/regelsaet.schema.json and schema/krav.schema.json) into the runtime objects the
 * check, importer and editor read: a Regulation, its Requirements with their parameters and
 * heading terms, and the AspectCatalogue with compiled RegExps. Used by the generated code
 * (src/generated/, no YAML at start-up) and by the run-time loader (./load-data.ts).
 *
 * A pattern is written as a regular expression where `\<` and `\>` mark the start and end
 * of a word (JavaScript's \b does not know æ, ø and å), `\p{L}` is a letter of Danish text
 * `{{navn}}` inserts a fragment of the regelsæt's `moenstre`, and `{navn}` the value of the
 * requirement's number parameter (`\<{frist_dage} dage`). It is matched against
 * the sentence in lower case (cheaper than the `i` flag), unless `store_bogstaver` says
 * capitals matter (an acronym, a name).
 */
import type { Formulering, Krav, Post, Regelsaet, RegulationData } from '../generated/regulation-data.js';
import {
  type Aspect,
  type AspectCatalogue,
  cataloguePatterns,
  type HeadingTerms,
  type Parameter,
  type ParameterItem,
  type Regulation,
  type Requirement,
  type RequirementAspects,
  type SharedPatterns,
} from './regulation.js';
import { numbersBelow, writtenNumber } from '../text/numbers.js';
import { isHeavyPattern } from './pattern-shape.js';

export type { Krav, Regelsaet, RegulationData } from '../generated/regulation-data.js';

/** A pattern that could not be made: where in the data (a key path) and why, in Danish. */
export interface PatternProblem {
  /** Index of the krav in RegulationData.krav; undefined for regelsaet.yml. */
  krav?: number;
  path: (string | number)[];
  reason: string;
}

/** Letters of Danish text; a class of them is far cheaper for the regex engine than \p{L} with the u flag. */
const letter = 'a-zæøåäöüéèáàâêîôûçñA-ZÆØÅÄÖÜÉÈÁÀÂÊÎÔÛÇÑ';

const never = /(?!)/;

/** `\<` and `\>` as word edges, `\p{L}` and `\p{Lu}` as classes of Danish letters. */
const expandEscapes = (source: string): string =>
  source
    .replace(/\\</g, `(?<![${letter}0-9])`)
    .replace(/\\>/g, `(?![${letter}0-9])`)
    .replace(/\\p\{Lu\}/g, '[A-ZÆØÅÄÖÜÉ]')
    .replace(/\\p\{L\}/g, `[${letter}]`);

/**
 * A number parameter in a pattern: `{navn}` its value; `{navn*7}` its value times a whole
 * number (a law's weeks counted in days); `{navn:tal}` the value in digits or in words, as
 * running text writes it (»4« or »fire«); `{navn:under}` any whole number from 1 up to it, in
 * digits (an age below the law's, »børn under 15 år« where the law says 18).
 */
const valuePlaceholder = /(?<!\{)\{([a-z][a-z0-9_]*)(?:\*(\d+))?(?::(tal|under))?\}(?!\})/g;

/** A number parameter written as `{navn:form}` in a pattern, as the pattern's alternatives. */
function valueAlternatives(value: number, form: 'tal' | 'under' | undefined): string {
  if (form === 'tal') return `(${writtenNumber(value)})`;
  if (form === 'under') return `(${numbersBelow(value)})`;
  return String(value);
}

/** Compiles patterns of one data file, collecting what is wrong instead of stopping at the first. */
class PatternCompiler {
  readonly problems: PatternProblem[] = [];
  /** The requirement's parameters, for `{navn}` in its patterns; set once they are read. */
  parameters: Readonly<Record<string, Parameter>> = {};
  constructor(
    private readonly fragments: Readonly<Record<string, string>>,
    private readonly krav?: number,
    /** Data already checked (the generated code): what only the importer reads is compiled on first use. */
    readonly deferred = false,
    /** Data from outside the tool (a regulation folder): a pattern that could search for very long is refused. */
    private readonly refuseHeavy = false,
  ) {}

  pattern(source: string, caseSensitive: boolean, path: (string | number)[]): RegExp {
    // Most patterns use no fragment: the CLI converts every pattern at start-up.
    const withFragments = source.includes('{{') ? this.withFragments(source, path) : source;
    const withValues = withFragments !== undefined && /\{[a-z]/.test(withFragments) ? this.withValues(withFragments, path) : withFragments;
    if (withValues === undefined) return never;
    if (this.refuseHeavy && isHeavyPattern(withValues)) {
      return this.fail(
        path,
        'mønsteret har en gentagelse inde i en gentagelse (fx »(a+)+«), to alternativer i en gentagelse (fx »(a|b)+«), ».*« i en gentagelse eller mere end to ».*« (eller »[^.]*«) efter hinanden (fx »a.*b.*c.*d«), som kan få tjekket til at søge i meget lang tid; sæt en grænse for den ydre gentagelse, fx »(\\p{L}+ ){0,3}«, eller del mønsteret op i flere',
      );
    }
    const expanded = withValues.includes('\\') ? expandEscapes(withValues) : withValues;
    // Lower-case wordings lose their capitals, but not their escapes (\d, \S).
    const written =
      caseSensitive || expanded === expanded.toLowerCase()
        ? expanded
        : expanded.replace(/\\.|[^\\]+/g, (part) => (part.startsWith('\\') ? part : part.toLowerCase()));
    try {
      return new RegExp(written, caseSensitive ? 'u' : '');
    } catch (error) {
      return this.fail(path, `mønsteret er ikke et gyldigt regulært udtryk (${(error as Error).message})`);
    }
  }

  /** The pattern with its {{navn}} fragments inserted, or undefined (and a problem) where one is unknown. */
  private withFragments(source: string, path: (string | number)[]): string | undefined {
    const unknown = [...source.matchAll(/\{\{([^{}]*)\}\}/g)].map((match) => match[1]!).find((name) => !Object.hasOwn(this.fragments, name));
    if (unknown === undefined) return source.replace(/\{\{([^{}]*)\}\}/g, (_, name: string) => this.fragments[name]!);
    this.fail(path, `mønsteret bruger {{${unknown}}}, som ikke findes under »moenstre« i regelsaet.yml`);
    return undefined;
  }

  /**
   * The pattern with its {navn} number parameters filled in, or undefined (and a problem) where
   * one is no number parameter. A requirement without parameters (a kommune's own) reads
   * braces as written, as it always has.
   */
  private withValues(source: string, path: (string | number)[]): string | undefined {
    if (Object.keys(this.parameters).length === 0) return source;
    const wrong = [...source.matchAll(valuePlaceholder)].map((match) => match[1]!).find((name) => typeof this.parameters[name]?.value !== 'number');
    if (wrong === undefined) {
      return source.replace(valuePlaceholder, (_, name: string, factor: string | undefined, form: 'tal' | 'under' | undefined) =>
        valueAlternatives((this.parameters[name]!.value as number) * Number(factor ?? 1), form),
      );
    }
    this.fail(path, `mønsteret bruger {${wrong}}, som ikke er en tal-parameter under »parametre«`);
    return undefined;
  }

  wording(wording: Formulering, path: (string | number)[]): RegExp {
    return typeof wording === 'string' ? this.pattern(wording, false, path) : this.pattern(wording.moenster, wording.store_bogstaver, [...path, 'moenster']);
  }

  wordings(wordings: readonly Formulering[], path: (string | number)[]): RegExp[] {
    return wordings.map((wording, index) => this.wording(wording, [...path, index]));
  }

  optional(source: string | undefined, path: (string | number)[]): RegExp | undefined {
    return source === undefined ? undefined : this.pattern(source, false, path);
  }

  fail(path: (string | number)[], reason: string): RegExp {
    this.problems.push({ krav: this.krav, path, reason });
    return never;
  }
}

/** `{frist_dage}` in a text becomes the parameter's value: 14, or »færdigbehandlet, …«. */
export function fillParameters(text: string, parameters: Readonly<Record<string, Parameter>>): string {
  if (!text.includes('{')) return text;
  return text.replace(/\{([a-z][a-z0-9_]*)\}/g, (whole, name: string) => {
    const value = parameters[name]?.value;
    if (value === undefined) return whole;
    return typeof value === 'number' ? String(value) : value.join(', ');
  });
}

/** The parameters' values first, then their list items, whose words and patterns may use those values. */
function parametersOf(krav: Krav, compiler: PatternCompiler): Record<string, Parameter> {
  const entries = Object.entries(krav.parametre ?? {});
  const values: Record<string, Parameter> = Object.fromEntries(
    entries.map(([name, { vaerdi, enhed, kilde }]) => [
      name,
      {
        value: typeof vaerdi === 'number' ? vaerdi : vaerdi.map((item) => (typeof item === 'string' ? item : item.id)),
        ...(enhed ? { unit: enhed } : {}),
        source: kilde,
      },
    ]),
  );
  compiler.parameters = values;
  for (const [name, { vaerdi }] of entries) {
    if (typeof vaerdi === 'number') continue;
    const posts = vaerdi.filter((item): item is Post => typeof item !== 'string');
    if (posts.length === 0) continue;
    if (posts.length < vaerdi.length) compiler.fail(['parametre', name, 'vaerdi'], 'skriv enten alle værdier med id og navn eller ingen');
    values[name] = { ...values[name]!, items: posts.map((post, index) => itemOf(post, ['parametre', name, 'vaerdi', index], values, compiler)) };
  }
  return values;
}

function itemOf(post: Post, path: (string | number)[], parameters: Readonly<Record<string, Parameter>>, compiler: PatternCompiler): ParameterItem {
  for (const key of ['navn', 'lovens_ord', 'beskrivelse'] as const) {
    const [unknown] = unknownPlaceholders(post[key] ?? '', parameters);
    if (unknown) compiler.fail([...path, key], `teksten bruger {${unknown}}, som ikke findes under »parametre«`);
  }
  const reading = compiler.optional(post.moenster, [...path, 'moenster']);
  return {
    id: post.id,
    label: fillParameters(post.navn, parameters),
    ...(post.lovens_ord !== undefined ? { inLawsWords: fillParameters(post.lovens_ord, parameters) } : {}),
    description: fillParameters(post.beskrivelse, parameters),
    ...(reading ? { reading } : {}),
  };
}

/** A text's `{name}` placeholders that name no parameter. */
function unknownPlaceholders(text: string, parameters: Readonly<Record<string, Parameter>>): string[] {
  if (!text.includes('{')) return [];
  return [...text.matchAll(/\{([a-z][a-z0-9_]*)\}/g)].map((match) => match[1]!).filter((name) => !Object.hasOwn(parameters, name));
}

function requirementOf(krav: Krav, compiler: PatternCompiler): Requirement {
  const parameters = parametersOf(krav, compiler);
  for (const key of ['titel', 'lovtekst', 'vejledning'] as const) {
    const [unknown] = unknownPlaceholders(krav[key] ?? '', parameters);
    if (unknown) compiler.fail([key], `teksten bruger {${unknown}}, som ikke findes under »parametre«`);
  }
  return {
    id: krav.id,
    citation: krav.henvisning ?? '',
    field: krav.felt ?? '',
    title: fillParameters(krav.titel, parameters),
    guidance: fillParameters(krav.vejledning, parameters),
    legalText: fillParameters(krav.lovtekst ?? '', parameters),
    parameters,
    headingTerms: headingTermsOf(krav.overskrifter ?? {}, compiler),
  };
}

/** The importer's heading terms; the check never reads them, so from checked data they are compiled when first read. */
function headingTermsOf(terms: NonNullable<Krav['overskrifter']>, compiler: PatternCompiler): HeadingTerms {
  const compile = (): HeadingTerms => ({
    law: (terms.lov ?? []).map((term, index) => compiler.pattern(term, false, ['overskrifter', 'lov', index])),
    terms: (terms.ord ?? []).map((term, index) => compiler.pattern(term, false, ['overskrifter', 'ord', index])),
  });
  if (!compiler.deferred) return compile();
  let compiled: HeadingTerms | undefined;
  return {
    get law() {
      compiled ??= compile();
      return compiled.law;
    },
    get terms() {
      compiled ??= compile();
      return compiled.terms;
    },
  };
}

function aspectOf(
  aspekt: NonNullable<Krav['aspekter']>[number],
  path: (string | number)[],
  shared: SharedPatterns,
  compiler: PatternCompiler,
  parameters: Readonly<Record<string, Parameter>>,
): Aspect {
  const aspect: Aspect = {
    id: aspekt.id,
    description: fillParameters(aspekt.beskrivelse, parameters),
    advice: fillParameters(aspekt.raad, parameters),
    wordings: compiler.wordings(aspekt.formuleringer, [...path, 'formuleringer']),
  };
  const cues = aspekt.stikord;
  if (cues) {
    const at = [...path, 'stikord'];
    let wordings: readonly RegExp[] = [];
    if (cues.liste !== undefined && cues.formuleringer !== undefined) compiler.fail(at, 'skriv enten »liste« eller »formuleringer«, ikke begge');
    else if (cues.liste !== undefined)
      wordings = shared.lists[cues.liste] ?? [
        compiler.fail([...at, 'liste'], `stikordslisten »${cues.liste}« findes ikke under »stikordslister« i regelsaet.yml`),
      ];
    else if (cues.formuleringer !== undefined) wordings = compiler.wordings(cues.formuleringer, [...at, 'formuleringer']);
    else compiler.fail(at, 'skriv »liste« (en stikordsliste fra regelsaet.yml) eller »formuleringer«');
    aspect.cues = { wordings, least: cues.mindst, ...(cues.delvist !== undefined ? { partial: cues.delvist } : {}) };
  }
  const context = compiler.optional(aspekt.sammenhaeng, [...path, 'sammenhaeng']);
  const unless = compiler.optional(aspekt.medmindre, [...path, 'medmindre']);
  const nextUnless = compiler.optional(aspekt.naeste_saetning_medmindre, [...path, 'naeste_saetning_medmindre']);
  const answer = compiler.optional(aspekt.svar, [...path, 'svar']);
  if (context) aspect.context = context;
  if (unless) aspect.unless = unless;
  if (nextUnless) aspect.nextUnless = nextUnless;
  if (answer) aspect.answer = answer;
  if (aspekt.nej_er_intet_svar) aspect.denialIsNoAnswer = true;
  return aspect;
}

/** A heading that is the requirement's title names its subject, when the data gives no `emne`. */
const escapedTitle = (title: string) => title.toLowerCase().replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');

function aspectsOf(krav: Krav, requirement: Requirement, shared: SharedPatterns, compiler: PatternCompiler): RequirementAspects {
  return {
    topic: compiler.pattern(krav.emne ?? escapedTitle(requirement.title), false, ['emne']),
    aspects: (krav.aspekter ?? []).map((aspekt, index) => aspectOf(aspekt, ['aspekter', index], shared, compiler, requirement.parameters)),
    ...(krav.om_dokumentet ? { aboutDocument: true } : {}),
    ...(krav.saetter_regel ? { setsRule: true } : {}),
    ...(krav.maal_svarer ? { aimAnswers: true } : {}),
    ...(krav.nej_er_intet_svar ? { denialIsNoAnswer: true } : {}),
    ...(krav.naboer_svarer ? { neighboursAnswer: true } : {}),
  };
}

/** One requirement and its aspects, against a regulation's shared patterns (a kommune's own krav file). */
export function requirementFromData(
  krav: Krav,
  shared: SharedPatterns = { fragments: {}, lists: {} },
  index?: number,
  deferred = false,
  refuseHeavy = false,
): { requirement: Requirement; aspects: RequirementAspects; problems: PatternProblem[] } {
  const compiler = new PatternCompiler(shared.fragments, index, deferred, refuseHeavy);
  const requirement = requirementOf(krav, compiler);
  return { requirement, aspects: aspectsOf(krav, requirement, shared, compiler), problems: compiler.problems };
}

/** The regelsæt's fragments and compiled cue lists. */
function sharedOf(regelsaet: Regelsaet, compiler: PatternCompiler): SharedPatterns {
  const fragments = regelsaet.moenstre ?? {};
  const lists = Object.fromEntries(
    Object.entries(regelsaet.stikordslister ?? {}).map(([name, wordings]) => [name, compiler.wordings(wordings, ['stikordslister', name])]),
  );
  return { fragments, lists };
}

/** The regulation, or the problems that stop it (each located by file and key path). */
export function regulationFromData(data: RegulationData, deferred = false, fromFolder = false): { regulation: Regulation; problems: PatternProblem[] } {
  const { regelsaet } = data;
  const compiler = new PatternCompiler(regelsaet.moenstre ?? {}, undefined, false, fromFolder);
  const shared = sharedOf(regelsaet, compiler);
  const domain = compiler.pattern(regelsaet.domaene, false, ['domaene']);
  const domainCore = regelsaet.domaene_kerne === undefined ? domain : compiler.pattern(regelsaet.domaene_kerne, false, ['domaene_kerne']);
  const neighbour = regelsaet.naboomraade === undefined ? undefined : compiler.pattern(regelsaet.naboomraade, false, ['naboomraade']);
  const problems = [...compiler.problems];
  const requirements: Requirement[] = [];
  const catalogue: Record<string, RequirementAspects> = {};
  data.krav.forEach((krav, index) => {
    const converted = requirementFromData(krav, shared, index, deferred, fromFolder);
    problems.push(...converted.problems);
    if (Object.hasOwn(catalogue, krav.id)) problems.push({ krav: index, path: ['id'], reason: `id »${krav.id}« bruges også af et andet krav i regelsættet` });
    requirements.push(converted.requirement);
    catalogue[krav.id] = converted.aspects;
  });
  const aspects: AspectCatalogue = { domain, domainCore, ...(neighbour ? { neighbour } : {}), requirements: catalogue, shared };
  const regulation: Regulation = {
    id: regelsaet.id,
    name: regelsaet.navn,
    longName: regelsaet.titel,
    paragraph: regelsaet.paragraf,
    eli: regelsaet.eli,
    ...(regelsaet.nummer !== undefined ? { number: regelsaet.nummer } : {}),
    ...(regelsaet.dato !== undefined ? { issued: regelsaet.dato } : {}),
    ...(regelsaet.gyldig_fra !== undefined ? { validFrom: regelsaet.gyldig_fra } : {}),
    ...(regelsaet.gyldig_til !== undefined ? { validTo: regelsaet.gyldig_til } : {}),
    ...(regelsaet.bemaerkning !== undefined ? { remark: regelsaet.bemaerkning } : {}),
    requirements,
    aspects,
  };
  return { regulation, problems };
}

/** Per pattern of a catalogue, in `cataloguePatterns` order: the strings one of which its every match contains, or null where none are known. */
export type CatalogueLiterals = readonly (readonly string[] | null)[];

/**
 * For data already checked in full by `npm run generate` (the generated code), with the
 * strings its patterns need as the generation derived them: a problem here is a bug in the
 * committed data.
 */
export function regulationFromCheckedData(data: RegulationData, literals?: CatalogueLiterals): Regulation {
  const { regulation, problems } = regulationFromData(data, true);
  if (problems.length > 0) throw new Error(`${data.regelsaet.id}: ${problems.map((problem) => `${problem.path.join('.')}: ${problem.reason}`).join('; ')}`);
  if (literals) regulation.aspects.literals = literalsByPattern(regulation.aspects, literals);
  return regulation;
}

function literalsByPattern(catalogue: AspectCatalogue, literals: CatalogueLiterals): Map<RegExp, readonly string[] | undefined> {
  const patterns = [...cataloguePatterns(catalogue)];
  if (patterns.length !== literals.length) throw new Error(`${literals.length} generated literal lists for ${patterns.length} patterns: run npm run generate`);
  return new Map(patterns.map((pattern, index) => [pattern, literals[index] ?? undefined]));
}
