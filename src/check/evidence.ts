/**
 * The evidence search: for one requirement, which sentences of the document express each
 * element (aspect) its legal text names, wherever they stand. Three kinds of source, in
 * this order of trust:
 * - `felt`: the requirement's own field;
 * - `markeret`: a section that says it covers the requirement (`daekker`);
 * - `fundet`: any other section, where a sentence on the requirement's subject expresses an
 *   aspect the first two did not.
 * A sentence that only points elsewhere (»læs om klageadgang i Generel information«) shows
 * that the document knows of the element but does not describe it.
 */
import type { Aspect, Regulation, Requirement, RequirementAspects } from '../regulations/index.js';
import {
  afterLabel,
  asksQuestion,
  type Cased,
  claimsCompliance,
  deniesPractice,
  evadesPractice,
  markByHeading,
  matches as patternMatches,
  notCurrentPractice,
  offersPossibilityOnly,
  paragraphsOf,
  plansForEndedYear,
  plansPractice,
  statesAim,
  textSentences,
  type DocumentText,
  type Sentence,
  type TextSection,
} from './document-text.js';
import { requirementsNamedBy } from '../regulations/headings.js';
import { citesOnlyOthers } from './legal-basis.js';
import { restatesLaw } from './restatement.js';
import { sentenceIndex, type SentenceIndex } from './sentence-index.js';
import { LetterPattern } from '../text/letters.js';
import type { How, Source } from './types.js';

export type { DocumentText } from './document-text.js';

export interface Evidence {
  requirement: Requirement;
  aspects: readonly Aspect[];
  /** The requirement's own field, if the document has it. */
  own?: TextSection;
  /** Sections that answer the requirement by name: its own field and those marked with `daekker`. */
  declared: TextSection[];
  /** Aspects expressed by a sentence that says something. */
  found: Set<string>;
  /** Aspects only pointed at (»se …«, »læs om … i …«). */
  pointed: Set<string>;
  /** Aspects only named in passing, not answered (»arbejdet med borgere, som har problemer med rusmidler«). */
  mentioned: Set<string>;
  /** Aspects only in quoted law: the reader learns the rule, not what the kommune does. */
  quoted: Set<string>;
  /** Aspects only claimed to be kept as the law asks (»Vi overholder behandlingsgarantien«): named, not described. */
  claimed: Set<string>;
  /**
   * The declared sections have text, but none of it answers anything: why, with the first
   * such sentence (a placeholder, the requirement restated, words about the document).
   */
  hollow?: { why: 'pladsholder' | 'gengivelse' | 'om-dokumentet'; sentence: Sentence };
  /** The sections and sentences the verdict rests on. */
  sources: Source[];
  /** The sections behind `sources`, in the same order, for rules that read more of them. */
  sourceSections: TextSection[];
  onDomain: boolean;
  /** The kind of document the title says it is, when not a standard (see DocumentText). */
  otherKind?: string;
  /** Where the text shows that kind, when the title does not (see DocumentText). */
  kindShownBy?: DocumentText['kindShownBy'];
}

/** A section whose heading or legal basis cites paragraphs, none of them the regulation's (»SEL § 85«, »Sundhedsloven § 141«), is about another service. */
function isAboutSomethingElse(section: TextSection, regulation: Regulation): boolean {
  return citesOnlyOthers([...section.lovgrundlag, section.heading].join(' '), regulation.paragraph);
}

/** Decided once per section, not once per requirement that searches it. */
const somethingElse = new WeakMap<TextSection, boolean>();
function isElsewhere(section: TextSection, regulation: Regulation): boolean {
  let result = somethingElse.get(section);
  if (result === undefined) somethingElse.set(section, (result = isAboutSomethingElse(section, regulation)));
  return result;
}

/**
 * Whether a sentence restates what the law asks, remembered: the judged requirement's own
 * wording, or another's (»Kommunen informerer om kvalitetskravene til døgnbehandlingstilbud«
 * names offers, but only as the restated § 5). A rule the law sets (§ 4, stk. 2) stated in its
 * words is the answer to that requirement, so it is not compared with its own; so is a report,
 * in the law's words, that what it asks of the document's making was done (»Repræsentanter for
 * brugerne er inddraget i revisionen«), where »… inddrages« only repeats the rule.
 */
const restating = new WeakMap<Sentence, boolean>();
function restatesRequirement(sentence: Sentence, topic: RequirementAspects | undefined, regulation: Regulation): boolean {
  if (topic?.setsRule || (topic?.aboutDocument && reportsDone.test(sentence.lower))) return false;
  let result = restating.get(sentence);
  if (result === undefined) {
    // A table row's or a line's label (»Brugerrepræsentanter – Ved udarbejdelse og revision inddrages …«) names the requirement it restates.
    const rest = afterLabel(sentence.text);
    result = restatesLaw(sentence.text, restatable(regulation)) || (rest !== undefined && restatesLaw(rest, restatable(regulation)));
    restating.set(sentence, result);
  }
  return result;
}

/** A verb in the perfect or past with its participle (»er inddraget«, »har været i høring«, »blev hørt«): what was done. */
const reportsDone = new LetterPattern(String.raw`(?<!\p{L})(?:er|har|blev|var)(?: blevet| været)? (?:\p{L}+ ){0,2}?(?:\p{L}+(?:et|t)|hørt|deltaget)(?!\p{L})`);

/**
 * A reading of a sentence alone (and of the day it is judged on), made once per sentence: a
 * sentence is judged for every aspect of every requirement whose wordings it matches.
 */
function oncePerSentence<Extra>(read: (sentence: Sentence, extra?: Extra) => boolean): (sentence: Sentence, extra?: Extra) => boolean {
  const known = new WeakMap<Sentence, { extra: Extra | undefined; result: boolean }>();
  return (sentence, extra) => {
    const seen = known.get(sentence);
    if (seen !== undefined && seen.extra === extra) return seen.result;
    const result = read(sentence, extra);
    known.set(sentence, { extra, result });
    return result;
  };
}
/** Whether a sentence tells of practice that is not the kommune's now. */
const isNotCurrent = oncePerSentence(notCurrentPractice);
const denies = oncePerSentence(deniesPractice);
const aims = oncePerSentence(statesAim);
const plans = oncePerSentence<string>(plansPractice);
const evades = oncePerSentence(evadesPractice);
const claims = oncePerSentence(claimsCompliance);

/** The requirements a sentence can restate: not those whose rule the law sets (see above), once per regulation. */
const restatableOf = new WeakMap<Regulation, Requirement[]>();
function restatable(regulation: Regulation): Requirement[] {
  let result = restatableOf.get(regulation);
  if (!result) restatableOf.set(regulation, (result = regulation.requirements.filter((other) => !regulation.aspects.requirements[other.id]?.setsRule)));
  return result;
}

function matchesWording(aspect: Aspect, sentence: Sentence, index: SentenceIndex): boolean {
  if (sentence.isHeading || (aspect.unless && index.test(aspect.unless, sentence))) return false;
  return aspect.wordings.some((wording) => index.test(wording, sentence));
}

/** Whether the sentence right after this one in its section takes the answer back (the aspect's `naeste_saetning_medmindre`). */
function takenBack(aspect: Aspect, sentence: Sentence, section: TextSection, index: SentenceIndex): boolean {
  if (!aspect.nextUnless) return false;
  const next = section.sentences[section.sentences.indexOf(sentence) + 1];
  return next !== undefined && !next.isHeading && index.test(aspect.nextUnless, next);
}

/** Sentences of a paragraph or list that name enough different cues together: all of them (`svar`), or only in part (`naevnt`). */
function cueSentences(aspect: Aspect, section: TextSection, index: SentenceIndex): Map<Sentence, 'svar' | 'naevnt'> {
  const result = new Map<Sentence, 'svar' | 'naevnt'>();
  if (!aspect.cues) return result;
  const { wordings } = aspect.cues;
  const blocks = new Map<number, Sentence[]>();
  for (const sentence of index.candidatesIn(section, wordings)) {
    if (sentence.isHeading || (aspect.unless && index.test(aspect.unless, sentence))) continue;
    if (!wordings.some((cue) => index.test(cue, sentence))) continue;
    blocks.set(sentence.block, [...(blocks.get(sentence.block) ?? []), sentence]);
  }
  for (const members of blocks.values()) {
    const distinct = wordings.filter((cue) => members.some((sentence) => index.test(cue, sentence))).length;
    const worth = distinct >= aspect.cues.least ? 'svar' : distinct >= (aspect.cues.partial ?? Number.POSITIVE_INFINITY) ? 'naevnt' : undefined;
    if (worth) for (const sentence of members) result.set(sentence, worth);
  }
  return result;
}

/**
 * What a matched sentence is worth for an aspect: an answer; a mention in passing (words
 * about the document that carry a figure, or the aspect's words without the shape of an
 * answer); quoted law; a pointer; or nothing (a placeholder, a bare name, the requirement
 * restated, words about the document).
 */
type Worth = 'svar' | 'naevnt' | 'lovtekst' | 'henvisning' | 'overholdt';

/** The requirement being judged, as the worth of a sentence depends on it, and the document's patterns read in one pass. */
interface Judged {
  regulation: Regulation;
  /** The date the document is judged at, when known (DocumentText.judgedOn). */
  judgedOn: string | undefined;
  catalogue: RequirementAspects | undefined;
  index: SentenceIndex;
}

/**
 * Facts that words about the document can still report, in part: a figure with its unit
 * (»for unge fra 18 år«) or a political body's decision (»det serviceniveau, Socialudvalget
 * har fastlagt«).
 */
const reportedFact = new LetterPattern(
  String.raw`\d+\s*(?:år|dage|hverdage|uger|måneder|timer|kr|%|procent)(?!\p{L})|(?:udvalg|byråd|kommunalbestyrelse)\p{L}* (?:har )?(?:fastlagt|besluttet|vedtaget|prioriteret)`,
  'iu',
);

/** Substances in general (»andre rusmidler«), which a sentence on alcohol and drugs together names instead of the drugs. */
const substances = new LetterPattern(String.raw`(?<!\p{L})(?:andre |alle )?rusmidler(?!\p{L})`);

/**
 * A sentence about a neighbouring service: it names the service and not the drugs (or names them only
 * as an example: »Forsorgshjemmet er for hjemløse med særlige sociale problemer, fx et stofmisbrug«),
 * or it gives the service's paragraph as its basis and not the regulation's, whatever it names
 * (»Efter sundhedslovens § 142 skal du tilbydes lægelig behandling for dit stofmisbrug senest 14 dage …«).
 */
function aboutNeighbour(sentence: Sentence, { regulation: { aspects, paragraph }, index }: Judged): boolean {
  if (!aspects.neighbour || !index.test(aspects.neighbour, sentence)) return false;
  if (citesOnlyOthers(sentence.lower, paragraph)) return true;
  if (substances.test(sentence.lower)) return false;
  return !index.test(aspects.domainCore, sentence) || !patternMatches(aspects.domainCore, withoutExamples(sentence));
}

/** An example or an inclusion in passing (»særlige sociale problemer, fx et stofmisbrug, …«, »herunder misbrug«), up to the clause's end. */
const example = /(?<![a-zæøå])(?:fx|f\.eks\.|for eksempel|eksempelvis|herunder|bl\.a\.|såsom)(?![a-zæøå])[^,.;:]*/gi;

/** A sentence without its examples: the drugs named only as one of a service's users' problems do not make it the field's. */
function withoutExamples(sentence: Sentence): Cased {
  return { text: sentence.text.replace(example, ''), lower: sentence.lower.replace(example, '') };
}

/** A text that names a neighbouring service and neither the drugs nor substances in general. */
function namesNeighbourOnly(text: Cased, { neighbour, domainCore }: Regulation['aspects']): boolean {
  return !!neighbour && patternMatches(neighbour, text) && !patternMatches(domainCore, text) && !substances.test(text.lower);
}

/** Whether the sentence names a neighbouring service and not the drugs, but as an example: for a rule that reads sentences the search passed by. */
export function namesNeighbourService(sentence: Sentence, regulation: Regulation): boolean {
  return namesNeighbourOnly(withoutExamples(sentence), regulation.aspects);
}

/** Whether a section is a neighbouring service's by its heading: the heading names the service, and no sentence under it the drugs. */
const neighbourSections = new WeakMap<TextSection, boolean>();
function isNeighbourSection(section: TextSection, { regulation: { aspects }, index }: Judged): boolean {
  let result = neighbourSections.get(section);
  if (result === undefined) {
    const heading = { text: section.heading, lower: section.headingLower };
    result = namesNeighbourOnly(heading, aspects) && !section.sentences.some((sentence) => index.test(aspects.domainCore, sentence));
    neighbourSections.set(section, result);
  }
  return result;
}

/**
 * A sentence that is a neighbouring service's by where it stands (»Du kontakter selv centret og kan
 * være anonym.« under »Sådan kommer du i behandling for ludomani«, or after a sentence on it): its
 * section's heading names the service, or its paragraph opens with a statement on it, and neither
 * names the drugs. A list of offers with the service among them (»alkoholbehandling«, »ambulant
 * behandling«) is not its, whichever item comes first.
 */
function inNeighbourContext(sentence: Sentence, section: TextSection, judged: Judged): boolean {
  const { aspects } = judged.regulation;
  const known = neighbourContexts.get(sentence);
  if (known?.aspects === aspects) return known.result;
  const result = neighbourContextOf(sentence, section, judged);
  neighbourContexts.set(sentence, { aspects, result });
  return result;
}

/** Decided once per sentence, not once per aspect and requirement that finds it: the neighbour's pattern is long. */
const neighbourContexts = new WeakMap<Sentence, { aspects: Regulation['aspects']; result: boolean }>();
function neighbourContextOf(sentence: Sentence, section: TextSection, judged: Judged): boolean {
  if (isNeighbourSection(section, judged)) return true;
  const opening = section.sentences.find((other) => other.block === sentence.block);
  if (opening === undefined || opening === sentence || opening.bare || !namesNeighbourOnly(opening, judged.regulation.aspects)) return false;
  const paragraph = section.paragraphs.get(sentence.block) ?? '';
  return namesNeighbourOnly({ text: paragraph, lower: paragraph }, judged.regulation.aspects);
}

/**
 * A clause of »uden« up to its end, with the question or statement it governs (»… uden at inddrage
 * brugerne«, »… uden supervision og uden efteruddannelse«, »… uden at spørge til, om du har børn«):
 * what it names is not done.
 */
const withoutClause = /(?<![a-zæøåA-ZÆØÅ])[Uu]den(?![a-zæøå])[^,.;:]*(?:, (?:om|at|hvordan|hvorvidt|hvad|hvilke|hvem)(?![a-zæøå])[^,.;:]*)*/g;

const negatedBefore = /(?<![a-zæøå])(?:ikke|aldrig|ingen|intet|ingenting)(?![a-zæøå]).*(?<![a-zæøå])uden(?![a-zæøå])/;

/**
 * Whether the aspect's words stand only in a clause of »uden« (»Standarden er revideret uden at
 * inddrage brugerne«, »Du henvises til kommunens tilbud uden mulighed for frit valg«): the sentence
 * says it is lacking. Not when the rest says it too (»Du kan vælge et andet tilbud uden at søge om det«).
 */
function namedOnlyAsLacking(sentence: Sentence, aspect: Aspect): boolean {
  // A negation before it makes it a rule (»Ingen behandling afsluttes uden en plan for opfølgning«, »… ikke, uden at …«).
  if (!sentence.lower.includes('uden') || negatedBefore.test(sentence.lower)) return false;
  const rest = { text: sentence.text.replace(withoutClause, ''), lower: sentence.lower.replace(withoutClause, '') };
  return rest.lower !== sentence.lower && !aspect.wordings.some((wording) => patternMatches(wording, rest));
}

function worthOf(sentence: Sentence, aspect: Aspect, byCue: 'svar' | 'naevnt' | undefined, judged: Judged): Worth | undefined {
  if (sentence.role === 'pladsholder' || asksQuestion(sentence)) return undefined;
  if (sentence.role === 'om-dokumentet' && (!judged.catalogue?.aboutDocument || sentence.announces))
    return !byCue && reportedFact.test(sentence.text) ? 'naevnt' : undefined;
  if (sentence.pointer) return 'henvisning';
  // A bare name is worth nothing whether or not it restates the law: no need to compare it.
  if (!byCue && sentence.bare && sentence.role !== 'lovtekst') return undefined;
  // »Vi overholder behandlingsgarantien«, »Vi følger reglerne i serviceloven om frit valg«: the kommune's claim names the subject, in
  // the law's words or not, and says nothing of what it does (another's claim, or an old one, is not the kommune's).
  if (sentence.role !== 'lovtekst' && !sentence.anotherParty && claims(sentence) && !isNotCurrent(sentence)) return 'overholdt';
  if (restatesRequirement(sentence, judged.catalogue, judged.regulation)) return undefined;
  // Quoted law counts for the requirement it is about, not for every word it shares with others.
  if (sentence.role === 'lovtekst') return judged.catalogue && judged.index.test(judged.catalogue.topic, sentence) ? 'lovtekst' : undefined;
  // »Der er ingen brugerråd« says the practice the requirement asks for is missing; »Afgørelsen kan ikke påklages«, the right it describes.
  if ((judged.catalogue?.denialIsNoAnswer || aspect.denialIsNoAnswer) && (denies(sentence) || (!byCue && namedOnlyAsLacking(sentence, aspect))))
    return undefined;
  // A sentence about a neighbouring service alone (alcohol treatment, young people under barnets lov) is that service's.
  if (!judged.catalogue?.neighboursAnswer && aboutNeighbour(sentence, judged)) return undefined;
  // Practice that was, another kommune's, or what others propose says nothing of the kommune's, as a denial does not.
  if (sentence.anotherParty || isNotCurrent(sentence)) return undefined;
  // What was done in a period that has ended, unless the requirement asks how the document itself was made.
  if (sentence.ofPastPeriod && !judged.catalogue?.aboutDocument) return undefined;
  // Where the law asks what the kommune has or does, what it may do (»Der kan tilbydes familiesamtaler«) names the subject only.
  if ((judged.catalogue?.denialIsNoAnswer || aspect.denialIsNoAnswer) && offersPossibilityOnly(sentence)) return 'naevnt';
  // An aim or a plan names what the kommune wants; only a requirement that asks for aims and plans is answered by it.
  if (!judged.catalogue?.aimAnswers && (sentence.planned || aims(sentence) || plans(sentence, judged.judgedOn))) return 'naevnt';
  // Where aims and plans answer, a plan for a year that has ended is an old edition's.
  if (judged.catalogue?.aimAnswers && plansForEndedYear(sentence, judged.judgedOn)) return undefined;
  // »Visitationen sker efter en konkret vurdering« says that it happens, not how.
  if (evades(sentence)) return 'naevnt';
  if (byCue) return byCue;
  if (sentence.bare) return undefined;
  return aspect.answer && !judged.index.test(aspect.answer, sentence) ? 'naevnt' : 'svar';
}

/**
 * Whether a list's lead-in read with its items (»Vi gør følgende: …«) holds an item in the
 * aspect's words that is no answer on its own: excluded by the aspect, a duty restated, a claim of
 * compliance, a denial, a pointer (»Sådan inddrager vi brugerne: – Se brugerrådets vedtægter i bilag 3«). The lead-in would lend it what it lacks. Items that are only part of a
 * statement (»Tilbuddet er til borgere, som: har et skadeligt forbrug af kokain; er fyldt 18 år«),
 * worth a mention alone, still answer through it.
 */
function lendsToExcludedItem(aspect: Aspect, leadIn: Sentence, judged: Judged): boolean {
  return (
    leadIn.listItems?.some((item) => {
      if (!aspect.wordings.some((wording) => judged.index.test(wording, item))) return false;
      if (aspect.unless && judged.index.test(aspect.unless, item)) return true;
      const worth = worthOf(item, aspect, undefined, judged);
      return worth === undefined || worth === 'overholdt' || worth === 'henvisning';
    }) ?? false
  );
}

interface Match {
  sentence: Sentence;
  /** Per aspect (id), what the sentence is worth for it. */
  aspects: Map<string, Worth>;
  /** Matched by an aspect's wordings, not only as one of several cues. */
  stated: boolean;
}

const answers = (match: Match) => [...match.aspects.values()].includes('svar');

function matchSection(section: TextSection, aspects: readonly Aspect[], judged: Judged, onSubject: (sentence: Sentence, aspect: Aspect) => boolean): Match[] {
  const found = new Map<Sentence, Match>();
  const add = (sentence: Sentence, aspect: Aspect, byCue?: 'svar' | 'naevnt') => {
    if (!onSubject(sentence, aspect) || (!judged.catalogue?.neighboursAnswer && inNeighbourContext(sentence, section, judged))) return;
    const worth = worthOf(sentence, aspect, byCue, judged);
    if (!worth) return;
    const match = found.get(sentence) ?? { sentence, aspects: new Map<string, Worth>(), stated: !byCue };
    if (match.aspects.get(aspect.id) !== 'svar') match.aspects.set(aspect.id, worth);
    match.stated ||= !byCue;
    found.set(sentence, match);
  };
  const { index } = judged;
  for (const aspect of aspects) {
    for (const sentence of index.candidatesIn(section, aspect.wordings))
      if (matchesWording(aspect, sentence, index) && !takenBack(aspect, sentence, section, index) && !lendsToExcludedItem(aspect, sentence, judged))
        add(sentence, aspect);
    for (const [sentence, worth] of cueSentences(aspect, section, index)) add(sentence, aspect, worth);
  }
  return [...found.values()].sort((a, b) => a.sentence.line - b.sentence.line);
}

/** Whether a sentence of the section contains a string of the aspects' wordings or cues: no other sentence can answer them. */
function mayAnswer(section: TextSection, aspects: readonly Aspect[], index: SentenceIndex): boolean {
  return aspects.some(
    (aspect) => index.hasCandidateIn(section, aspect.wordings) || (aspect.cues !== undefined && index.hasCandidateIn(section, aspect.cues.wordings)),
  );
}

/** At most this many other sections are named as where the search found a requirement answered. */
const foundSources = 3;

/** At most this many sentences are quoted per source: enough to see why, short enough to read. */
const quotedSentences = 5;

function toSource(section: TextSection, how: How, matches: readonly Match[]): Source {
  return {
    heading: section.heading,
    path: section.path,
    line: matches[0]?.sentence.line ?? section.line,
    how,
    aspects: [...new Set(matches.flatMap((match) => [...match.aspects.keys()]))],
    answers: matches.some(answers),
    sentences: matches.slice(0, quotedSentences).map((match) => ({
      text: match.sentence.text,
      line: match.sentence.line,
      aspects: [...match.aspects.keys()],
      pointer: match.sentence.pointer,
      quoted: [...match.aspects.values()].includes('lovtekst') || undefined,
      claimed: [...match.aspects.values()].includes('overholdt') || undefined,
    })),
  };
}

/**
 * Why declared text answers nothing, when none of it does: the first sentence that shows it.
 * Bare names beside it (a table's column names, »Emne – Beskrivelse«) say nothing either.
 */
function hollowness(declared: readonly TextSection[], judged: Judged): Evidence['hollow'] {
  const sentences = declared.flatMap((section) => section.sentences).filter((sentence) => !sentence.isHeading && !sentence.bare);
  if (sentences.length === 0) return undefined;
  const whyOf = (sentence: Sentence) =>
    sentence.role === 'pladsholder'
      ? 'pladsholder'
      : sentence.role === 'om-dokumentet' && (!judged.catalogue?.aboutDocument || sentence.announces)
        ? 'om-dokumentet'
        : restatesRequirement(sentence, judged.catalogue, judged.regulation)
          ? 'gengivelse'
          : undefined;
  const reasons: NonNullable<Evidence['hollow']>['why'][] = [];
  for (const sentence of sentences) {
    // One sentence that may answer is enough: the rest need not be compared with the law.
    const why = whyOf(sentence);
    if (why === undefined) return undefined;
    reasons.push(why);
  }
  const index = Math.max(reasons.indexOf('gengivelse'), 0);
  return { why: reasons[index]!, sentence: sentences[index]! };
}

export function gatherEvidence(text: DocumentText, regulation: Regulation, requirement: Requirement): Evidence {
  const catalogue = regulation.aspects.requirements[requirement.id];
  const aspects = catalogue?.aspects ?? [];
  const own = text.sections.find((section) => section.requirement?.id === requirement.id);
  const marked = text.sections.filter((section) => section !== own && section.covers.includes(requirement.id));
  const declared = own ? [own, ...marked] : marked;
  const evidence: Evidence = {
    requirement,
    aspects,
    own,
    declared,
    found: new Set(),
    pointed: new Set(),
    mentioned: new Set(),
    quoted: new Set(),
    claimed: new Set(),
    sources: [],
    sourceSections: [],
    onDomain: text.onDomain,
    ...(text.otherKind ? { otherKind: text.otherKind } : {}),
    ...(text.kindShownBy ? { kindShownBy: text.kindShownBy } : {}),
  };
  if (!text.onDomain || aspects.length === 0) return evidence;
  const judged: Judged = { regulation, judgedOn: text.judgedOn, catalogue, index: sentenceIndex(text, regulation.aspects) };
  const sets: Record<Worth, Set<string>> = {
    svar: evidence.found,
    naevnt: evidence.mentioned,
    lovtekst: evidence.quoted,
    henvisning: evidence.pointed,
    overholdt: evidence.claimed,
  };

  const record = (section: TextSection, how: How, matches: Match[]) => {
    if (matches.length === 0) return;
    evidence.sources.push(toSource(section, how, matches));
    evidence.sourceSections.push(section);
    for (const match of matches) for (const [id, worth] of match.aspects) sets[worth].add(id);
  };

  // Declared sections answer by name: any sentence in them may express an aspect, and a
  // pointer in them (»Se kommunens hjemmeside.«) points for the whole requirement, as a claim
  // that the law is kept (»Kommunen lever op til lovens krav om opfølgning.«) claims it for the whole.
  for (const section of declared) {
    const matches = matchSection(section, aspects, judged, (_, aspect) => !catalogue?.aboutDocument || inItsSense(section, aspect));
    const forWhole = (sentence: Sentence): Worth | undefined => {
      if (sentence.isHeading || matches.some((match) => match.sentence === sentence)) return undefined;
      if (sentence.pointer) return 'henvisning';
      return !sentence.role && !sentence.anotherParty && claims(sentence) ? 'overholdt' : undefined;
    };
    const forTheWhole = section.sentences.flatMap((sentence): Match[] => {
      const worth = forWhole(sentence);
      return worth ? [{ sentence, aspects: new Map(aspects.map((aspect) => [aspect.id, worth])), stated: true }] : [];
    });
    record(
      section,
      section === own ? 'felt' : 'markeret',
      [...matches, ...forTheWhole].sort((a, b) => a.sentence.line - b.sentence.line),
    );
  }
  evidence.hollow = hollowness(declared, judged);

  // The rest of the document: only for what is still missing, and only on the subject.
  const missing = aspects.filter((aspect) => !evidence.found.has(aspect.id));
  if (missing.length === 0) return evidence;
  const topic = catalogue!.topic;
  const candidates = text.sections
    .filter((section) => !declared.includes(section) && !isElsewhere(section, regulation) && mayAnswer(section, missing, judged.index))
    .map((section) => {
      const heading = { text: section.heading, lower: section.headingLower };
      const subheadingOf = (sentence: Sentence) => judged.index.lowerCased(sentence.subheading ?? '');
      // A requirement on the document itself (§ 6, stk. 2) is headed only by its own heading or one that says that sense too
      // (»Brugerne og kvalitetsstandarden«), not by a heading on the users alone (»Brugerne var med«, over their part in furnishing a centre).
      const headed = headsSubject(topic, heading, requirement, regulation);
      const heads = (cased: Cased, aspect: Aspect) =>
        (cased === heading ? headed : headsSubject(topic, cased, requirement, regulation)) &&
        (!catalogue!.aboutDocument || patternMatches(aspect.context!, cased) || namedByHeading(cased.text, regulation).includes(requirement));
      const onSubject = (sentence: Sentence, aspect: Aspect) => {
        // The heading above a sentence can say whose it is (»Leverandørens forpligtelser«).
        if (aspect.unless && (patternMatches(aspect.unless, heading) || patternMatches(aspect.unless, subheadingOf(sentence)))) return false;
        if (!aspect.context || heads(heading, aspect) || (sentence.subheading !== undefined && heads(subheadingOf(sentence), aspect))) return true;
        // The paragraph or list a sentence stands in gives its subject, as the heading above it does; a table's row, its own.
        const paragraph = (!sentence.tableRow && section.paragraphs.get(sentence.block)) || sentence.lower;
        return patternMatches(aspect.context, { text: paragraph, lower: paragraph });
      };
      const matches = matchSection(section, missing, judged, onSubject);
      const answering = matches.filter(answers);
      const distinct = new Set(answering.flatMap((match) => [...match.aspects.keys()])).size;
      const density = answering.length / Math.max(section.sentences.length, 1);
      const stated = answering.filter((match) => match.stated).length;
      // The section that is about the subject and states the most, most densely, is the best
      // source; a sentence that states an aspect outweighs one more item in a list.
      return {
        section,
        matches,
        score:
          (headed ? 1000 : 0) + distinct * 100 + Math.min(stated, 5) * 15 + density * 40 + Math.min(answering.length, 10) + (answering.length > 0 ? 10000 : 0),
      };
    })
    .filter((candidate) => candidate.matches.length > 0)
    .sort((a, b) => b.score - a.score);
  // The best few: enough to see where the document says it, not every passing mention.
  candidates.forEach(({ section, matches }, rank) => {
    const addsSomething = matches.some((match) => [...match.aspects].some(([id, worth]) => !evidence.found.has(id) && !sets[worth].has(id)));
    if (rank < foundSources || addsSomething) record(section, 'fundet', matches);
  });
  return evidence;
}

/**
 * Whether a heading puts the requirement's subject above its sentences: it names the subject
 * (the topic), and it is not the usual name of another requirement's only (»Brugerinddragelse«
 * is §4.1.10's, about treatment; it shares words with §6.2's, the users heard on the standard,
 * but is no heading of it), unless it also says this one's subject in the words of an aspect's
 * context. Under such a heading a sentence must show the subject itself.
 */
function headsSubject(topic: RegExp, heading: Cased, requirement: Requirement, regulation: Regulation): boolean {
  if (!patternMatches(topic, heading)) return false;
  const named = namedByHeading(heading.text, regulation);
  if (named.length === 0 || named.includes(requirement)) return true;
  // Unless it says this one's subject too (»Brugerinddragelse i arbejdet med kvalitetsstandarden«).
  return regulation.aspects.requirements[requirement.id]?.aspects.some((aspect) => aspect.context && patternMatches(aspect.context, heading)) ?? false;
}

/** The requirements a heading names (as the importer reads headings), once per heading text. */
const namedBy = new WeakMap<Regulation, Map<string, Requirement[]>>();
function namedByHeading(heading: string, regulation: Regulation): Requirement[] {
  let known = namedBy.get(regulation);
  if (!known) namedBy.set(regulation, (known = new Map()));
  let named = known.get(heading);
  if (!named) known.set(heading, (named = requirementsNamedBy(heading, regulation)));
  return named;
}

/**
 * Whether a section that answers by name speaks anywhere of its aspect's subject (`sammenhaeng`):
 * for a requirement about the document itself, users involved in their treatment or in the
 * centre's decisions, with no word of the standard, its draft or its revision in the whole
 * section, are involved in something else.
 */
function inItsSense(section: TextSection, aspect: Aspect): boolean {
  if (!aspect.context) return true;
  for (const paragraph of section.paragraphs.values()) if (patternMatches(aspect.context, { text: paragraph, lower: paragraph })) return true;
  return false;
}

/** Count a section as answering aspects by what it states in data (an address, a deadline), not in sentences. */
export function creditSection(evidence: Evidence, section: TextSection, how: How, aspects: readonly string[]): void {
  for (const id of aspects) evidence.found.add(id);
  const known = evidence.sourceSections.indexOf(section);
  if (known >= 0) {
    const source = evidence.sources[known]!;
    source.aspects = [...new Set([...source.aspects, ...aspects])];
    source.answers = true;
    return;
  }
  evidence.sources.push({ heading: section.heading, path: section.path, line: section.line, how, aspects: [...aspects], answers: true, sentences: [] });
  evidence.sourceSections.push(section);
}

/** A sentence the kommune could have written as its own: not quoted law, not a placeholder. */
const ownSentence = (sentence: Sentence) => sentence.role !== 'lovtekst' && sentence.role !== 'pladsholder';

/** Every sentence of the sections the evidence rests on that the kommune could have written as its own. */
export function sourceSentences(evidence: Evidence): Sentence[] {
  return evidence.sourceSections.flatMap((section) => section.sentences).filter(ownSentence);
}

/**
 * The sentences of the evidence's sections that no aspect's exclusions take out (its `medmindre`, or
 * `naeste_saetning_medmindre` of the sentence after): for a rule that reads a figure from any of
 * them, so that a guarantee kept only »som udgangspunkt« gives no deadline.
 */
export function sourceSentencesKept(evidence: Evidence): Sentence[] {
  const excluded = (sentence: Sentence, next: Sentence | undefined) =>
    evidence.aspects.some(
      ({ unless, nextUnless }) => (unless && patternMatches(unless, sentence)) || (nextUnless && next && !next.isHeading && patternMatches(nextUnless, next)),
    );
  return evidence.sourceSections.flatMap(({ sentences }) => sentences.filter((sentence, at) => !excluded(sentence, sentences[at + 1]))).filter(ownSentence);
}

/**
 * The requirements a free-standing text answers, with the aspects it expresses: for a
 * section of a document being imported, before it has a place in a file.
 */
export function answeredRequirements(markdown: string, heading: string, regulation: Regulation): { id: string; aspects: string[]; complete: boolean }[] {
  const sentences = markByHeading(heading, textSentences(markdown, 1, 0));
  const section: TextSection = {
    key: 'tekst',
    kind: 'afsnit',
    path: [],
    heading,
    headingLower: heading.toLowerCase(),
    paragraphs: paragraphsOf(sentences),
    line: 1,
    covers: [],
    lovgrundlag: [],
    sentences,
  };
  const text: DocumentText = { sections: [section], onDomain: true };
  return regulation.requirements.flatMap((requirement) => {
    const evidence = gatherEvidence(text, regulation, requirement);
    if (evidence.found.size === 0) return [];
    return [{ id: requirement.id, aspects: [...evidence.found], complete: evidence.aspects.every((aspect) => evidence.found.has(aspect.id)) }];
  });
}
