/** One requirement of a regulation, e.g. BEK 1477/2019 § 4, stk. 1, nr. 11. */
export interface Requirement {
  /** Stable id used in the schema (`x-krav`), rules, reports and JSON: `§4.1.11`. */
  id: string;
  /** Citation as a Danish lawyer writes it: `§ 4, stk. 1, nr. 11`. */
  citation: string;
  /** Dotted path of the YAML field that carries this requirement's content. */
  field: string;
  /** Short Danish title, used as the default heading. */
  title: string;
  /** What to write to meet the requirement, in Danish: used in hover help and findings. */
  guidance: string;
  /** The legal text (quoted from the regulation). */
  legalText: string;
  /** Every legal value the requirement sets (a deadline, months, statuses), written once with its source: `frist_dage`. */
  parameters: Readonly<Record<string, Parameter>>;
  /** How a standard's heading names the requirement (the importer places sections by them). */
  headingTerms: HeadingTerms;
}

/** A legal value: 14 (days), or a fixed list (the four discharge statuses). */
export type ParameterValue = number | readonly string[];

export interface Parameter {
  value: ParameterValue;
  /** `dage`, `år`, `måneder`. */
  unit?: string;
  /** Where the law sets it: `SEL § 101, stk. 4`. */
  source: string;
  /** A list's values with their Danish words, in the list's order, where the data gives them. */
  items?: readonly ParameterItem[];
}

/** One value of a fixed list (a discharge status, a måltal) and how Danish says it. */
export interface ParameterItem {
  /** As a kvalitetsstandard writes it: `faerdigbehandlet`. */
  id: string;
  /** Its Danish name in messages: `færdigbehandlet`. */
  label: string;
  /** As the law's sentence lists it: `som »færdigbehandlet«`. */
  inLawsWords?: string;
  /** For completion and hover in editors. */
  description: string;
  /** How running text names it, matched against lower-case text. */
  reading?: RegExp;
}

/** Patterns matched against a heading in lower case, without its numbering. */
export interface HeadingTerms {
  /** Phrases of the law's own wording: a heading with one names the requirement above all others. */
  law: readonly RegExp[];
  /** The usual short names. */
  terms: readonly RegExp[];
}

/** A number the requirement's law sets (a bug, not a user's mistake, when the data lacks it). */
export function numberParameter(requirement: Requirement, name: string): number {
  const value = requirement.parameters[name]?.value;
  if (typeof value !== 'number') throw new Error(`${requirement.id} has no number parameter ${name}`);
  return value;
}

/** A fixed list the requirement's law sets (the discharge statuses, the måltal). */
export function listParameter(requirement: Requirement, name: string): readonly string[] {
  const value = requirement.parameters[name]?.value;
  if (!Array.isArray(value)) throw new Error(`${requirement.id} has no list parameter ${name}`);
  return value;
}

/** The values of a fixed list with their Danish words (a bug, not a user's mistake, when the data lacks them). */
export function listItems(requirement: Requirement, name: string): readonly ParameterItem[] {
  const items = requirement.parameters[name]?.items;
  if (!items) throw new Error(`${requirement.id} has no list parameter ${name} with items`);
  return items;
}

/** The one figure a standard may give for the first two måltal together (»stoffri eller reduceret«): `stoffri_eller_reduceret`. */
export function combinedMeasure(requirement: Requirement): string {
  const [first, second] = listParameter(requirement, 'maaltal');
  return `${first}_eller_${second}`;
}

/** A regulation that a kvalitetsstandard is judged against. */
export interface Regulation {
  /** Short id as written in a municipality file's `regelsaet`: `BEK 1477/2019`. */
  id: string;
  name: string;
  longName: string;
  /** The paragraph of the Act a standard under this regulation is made under: SEL § 101 → `101`. */
  paragraph: string;
  /** Link to the text on Retsinformation (ELI form); absent where it cannot be confirmed (the 2024 reissue). */
  eli?: string;
  /** The bekendtgørelse's number (1477) and the date it was issued (ISO), where known. */
  number?: number;
  issued?: string;
  /**
   * The days it is in force (ISO dates), only where confirmed; `remark` says what could not be.
   * Without `validFrom`, the date of issue bounds it (../regulations/select.ts).
   */
  validFrom?: string;
  validTo?: string;
  remark?: string;
  /** The provision that requires the standard (§ 3, stk. 1), as this version words it, where it differs. */
  standardProvision?: { citation: string; text: string };
  /** The folder it was loaded from at run time; absent for the regulations built into the tool. */
  origin?: string;
  /** Empty for a regulation the tool can name but not check (its requirements cannot be sourced). */
  requirements: readonly Requirement[];
  /** The elements each requirement's text names (see Aspect). */
  aspects: AspectCatalogue;
}

/** `BEK 1477/2019 § 4, stk. 1, nr. 11` */
export function fullCitation(regulation: Regulation, requirement: Requirement): string {
  return `${regulation.id} ${requirement.citation}`;
}

/**
 * One element a requirement's legal text names (§ 4, stk. 1, nr. 3: the aim, and »de
 * værdier og normer«), with the wordings that express it in a document.
 */
export interface Aspect {
  /** Stable id, used in message arguments and the JSON report: `vaerdier`. */
  id: string;
  /** What the element is, in Danish, to follow »beskriver ikke …«. */
  description: string;
  /** What to write, in Danish. */
  advice: string;
  /** A sentence with any of these expresses the element. */
  wordings: readonly RegExp[];
  /** Or: at least `least` different cues in one paragraph or list (»motiverende, helhedsorienteret og anerkendende«). */
  cues?: {
    wordings: readonly RegExp[];
    least: number;
    /** Fewer, but at least this many, name the element in part. */
    partial?: number;
  };
  /**
   * Outside the sections that answer the requirement by name, a sentence counts only when
   * it, or the heading above it, is on this subject (»opfølgning« about the plan, not any).
   */
  context?: RegExp;
  /** A sentence that matches this is about something else (another body's staff, a gift card's value). */
  unless?: RegExp;
  /** The sentence right after an answer, in its section, that matches this takes the answer back (»Ventetiden kan dog være længere«). */
  nextUnless?: RegExp;
  /**
   * The shape of an answer: a sentence with the aspect's words but without this only names
   * the subject in passing, and counts as a mention (»delvist«), not an answer.
   */
  answer?: RegExp;
  /** As RequirementAspects.denialIsNoAnswer, for this aspect alone: a right the law gives, which a sentence denying it does not describe. */
  denialIsNoAnswer?: boolean;
}

/** What the regulation's text names for each requirement, and how a document speaks of them. */
export interface AspectCatalogue {
  /**
   * Words that only a text about the regulation's field uses; a document with too few is
   * about something else, and nothing in it answers a requirement.
   */
  domain: RegExp;
  /**
   * Words that name the field itself and not a neighbouring one (drugs, not alcohol): a text
   * about the field uses at least one of them, however many of the domain's shared words
   * (treatment, guarantee, dependence) a text about alcohol treatment also has.
   */
  domainCore: RegExp;
  /**
   * Words that name a neighbouring service with a law of its own (alcohol treatment under
   * sundhedsloven § 141, young people under barnets lov): a sentence with one of them and none
   * of `domainCore` is about that service, and answers no requirement.
   */
  neighbour?: RegExp;
  /** Per requirement id: the requirement's subject as a heading says it, and its aspects. */
  requirements: Readonly<Record<string, RequirementAspects>>;
  /** The regulation's shared pattern fragments (`{{navn}}`) and cue lists, for requirements loaded later (a kommune's own). */
  shared?: SharedPatterns;
  /**
   * Per pattern, the strings one of which its every match contains (undefined: none known),
   * as `npm run generate` derived them for a built-in regulation (src/check/required-literals.ts);
   * absent for data read at run time, where they are derived on first use.
   */
  literals?: ReadonlyMap<RegExp, readonly string[] | undefined>;
}

/** Every pattern of the catalogue, once, in the catalogue's order. */
export function cataloguePatterns(catalogue: AspectCatalogue): Set<RegExp> {
  const patterns = new Set<RegExp>([catalogue.domain, catalogue.domainCore, ...(catalogue.neighbour ? [catalogue.neighbour] : [])]);
  for (const requirement of Object.values(catalogue.requirements)) {
    patterns.add(requirement.topic);
    for (const aspect of requirement.aspects) {
      for (const pattern of [...aspect.wordings, ...(aspect.cues?.wordings ?? []), aspect.context, aspect.unless, aspect.nextUnless, aspect.answer])
        if (pattern) patterns.add(pattern);
    }
  }
  return patterns;
}

export interface SharedPatterns {
  fragments: Readonly<Record<string, string>>;
  lists: Readonly<Record<string, readonly RegExp[]>>;
}

/** A requirement's subject as a heading says it, and its aspects. */
export interface RequirementAspects {
  topic: RegExp;
  aspects: readonly Aspect[];
  /** The requirement is about the document itself (its publication, its users' part in it): words about the document may answer it. */
  aboutDocument?: boolean;
  /** The law sets a rule (a deadline, a figure): stating the rule in the law's words answers it. */
  setsRule?: boolean;
  /** The requirement asks for the kommune's aims (its goal, its targets, its future work): a sentence of aim answers it. */
  aimAnswers?: boolean;
  /** The requirement asks for something the kommune must have or do: saying it has or does none is no answer. */
  denialIsNoAnswer?: boolean;
  /** The requirement asks how the effort is coordinated with others (handleplaner): a sentence naming a neighbouring service may answer it. */
  neighboursAnswer?: boolean;
}
