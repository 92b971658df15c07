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
import type { Aspect, Regulation, Requirement } from '../regulations/index.js';
import { matches as patternMatches, paragraphsOf, textSentences, type DocumentText, type Sentence, type TextSection } from './document-text.js';
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
  /** The sections and sentences the verdict rests on. */
  sources: Source[];
  /** The sections behind `sources`, in the same order, for rules that read more of them. */
  sourceSections: TextSection[];
  onDomain: boolean;
}

/** Citations of other paragraphs in a heading or a section's legal basis (»SEL § 85«, »Sundhedsloven § 141«). */
const paragraphCitation = /§+\s*(\d+)/g;

/** A section that quotes the law: what the statute says, not what the municipality offers. */
const lawQuotation = /lovgrundlag|lovgivning|lovtekst|regelgrundlag|lovbestemmelse|love og regler|lovens tekst|(?<!\p{L})loven(?!\p{L})/iu;
/** A sentence of a statute quoted in the text (»Stk. 3. Kommunalbestyrelsen skal …«). */
const statuteSentence =
  /^(?:stk\.\s*\d|§\s*\d+\s*[a-z]?\.|kommunalbestyrelsen (?:skal|kan|træffer|indgår|sørger|tilbyder|fastsætter)|\p{L}*ministeren (?:fastsætter|kan))/iu;

/**
 * A section that states its legal basis, and none of it is the regulation's paragraph, is
 * about another service; one that quotes the law says what the statute says.
 */
function isAboutSomethingElse(section: TextSection, regulation: Regulation): boolean {
  if (lawQuotation.test(section.heading)) return true;
  const stated = [...section.lovgrundlag, section.heading].join(' ');
  const paragraphs = [...stated.matchAll(paragraphCitation)].map((match) => match[1]);
  return paragraphs.length > 0 && !paragraphs.includes(regulation.paragraph);
}

/** Decided once per section, not once per requirement that searches it. */
const somethingElse = new WeakMap<TextSection, boolean>();
function isElsewhere(section: TextSection, regulation: Regulation): boolean {
  let result = somethingElse.get(section);
  if (result === undefined) somethingElse.set(section, (result = isAboutSomethingElse(section, regulation)));
  return result;
}

/** Which patterns a sentence matches, remembered: the offer kinds, for one, serve three requirements. */
const matched = new WeakMap<Sentence, Map<RegExp, boolean>>();
function sentenceMatches(pattern: RegExp, sentence: Sentence): boolean {
  let known = matched.get(sentence);
  if (!known) matched.set(sentence, (known = new Map()));
  let result = known.get(pattern);
  if (result === undefined) known.set(pattern, (result = patternMatches(pattern, sentence)));
  return result;
}

function matchesWording(aspect: Aspect, sentence: Sentence): boolean {
  if (sentence.isHeading || (aspect.unless && sentenceMatches(aspect.unless, sentence))) return false;
  return aspect.wordings.some((wording) => sentenceMatches(wording, sentence));
}

/** Sentences of a paragraph or list that name enough different cues together. */
function cueSentences(aspect: Aspect, sentences: readonly Sentence[]): Set<Sentence> {
  const result = new Set<Sentence>();
  if (!aspect.cues) return result;
  const blocks = new Map<number, Sentence[]>();
  for (const sentence of sentences) {
    if (sentence.isHeading || (aspect.unless && sentenceMatches(aspect.unless, sentence))) continue;
    if (!aspect.cues.wordings.some((cue) => sentenceMatches(cue, sentence))) continue;
    blocks.set(sentence.block, [...(blocks.get(sentence.block) ?? []), sentence]);
  }
  for (const members of blocks.values()) {
    const distinct = aspect.cues.wordings.filter((cue) => members.some((sentence) => sentenceMatches(cue, sentence))).length;
    if (distinct >= aspect.cues.least) for (const sentence of members) result.add(sentence);
  }
  return result;
}

interface Match {
  sentence: Sentence;
  aspects: Set<string>;
  pointer: boolean;
  /** Matched by an aspect's wordings, not only as one of several cues. */
  stated: boolean;
}

function matchSection(section: TextSection, aspects: readonly Aspect[], onSubject: (sentence: Sentence, aspect: Aspect) => boolean): Match[] {
  const found = new Map<Sentence, Match>();
  const add = (sentence: Sentence, aspect: Aspect, stated: boolean) => {
    if (!onSubject(sentence, aspect)) return;
    const match = found.get(sentence) ?? { sentence, aspects: new Set<string>(), pointer: sentence.pointer, stated };
    match.aspects.add(aspect.id);
    match.stated ||= stated;
    found.set(sentence, match);
  };
  for (const aspect of aspects) {
    for (const sentence of section.sentences) if (matchesWording(aspect, sentence)) add(sentence, aspect, true);
    for (const sentence of cueSentences(aspect, section.sentences)) add(sentence, aspect, false);
  }
  return [...found.values()].sort((a, b) => a.sentence.line - b.sentence.line);
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
    aspects: [...new Set(matches.flatMap((match) => [...match.aspects]))],
    sentences: matches
      .slice(0, quotedSentences)
      .map((match) => ({ text: match.sentence.text, line: match.sentence.line, aspects: [...match.aspects], pointer: match.pointer })),
  };
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
    sources: [],
    sourceSections: [],
    onDomain: text.onDomain,
  };
  if (!text.onDomain || aspects.length === 0) return evidence;

  const record = (section: TextSection, how: How, matches: Match[]) => {
    if (matches.length === 0) return;
    evidence.sources.push(toSource(section, how, matches));
    evidence.sourceSections.push(section);
    for (const match of matches) for (const id of match.aspects) (match.pointer ? evidence.pointed : evidence.found).add(id);
  };

  // Declared sections answer by name: any sentence in them may express an aspect, and a
  // pointer in them (»Se kommunens hjemmeside.«) points for the whole requirement.
  for (const section of declared) {
    const matches = matchSection(section, aspects, () => true);
    const pointers = section.sentences
      .filter((sentence) => !sentence.isHeading && sentence.pointer && !matches.some((match) => match.sentence === sentence))
      .map((sentence) => ({ sentence, aspects: new Set(aspects.map((aspect) => aspect.id)), pointer: true, stated: true }));
    record(
      section,
      section === own ? 'felt' : 'markeret',
      [...matches, ...pointers].sort((a, b) => a.sentence.line - b.sentence.line),
    );
  }

  // The rest of the document: only for what is still missing, and only on the subject.
  const missing = aspects.filter((aspect) => !evidence.found.has(aspect.id));
  if (missing.length === 0) return evidence;
  const topic = catalogue!.topic;
  const candidates = text.sections
    .filter((section) => !declared.includes(section) && !isElsewhere(section, regulation))
    .map((section) => {
      const heading = { text: section.heading, lower: section.headingLower };
      const subheadingOf = (sentence: Sentence) => ({ text: sentence.subheading ?? '', lower: (sentence.subheading ?? '').toLowerCase() });
      const headed = patternMatches(topic, heading);
      const onSubject = (sentence: Sentence, aspect: Aspect) => {
        // A quoted statute says what the law requires, not what the municipality does.
        if (statuteSentence.test(sentence.text)) return false;
        // The heading above a sentence can say whose it is (»Leverandørens forpligtelser«).
        if (aspect.unless && (patternMatches(aspect.unless, heading) || patternMatches(aspect.unless, subheadingOf(sentence)))) return false;
        if (!aspect.context || headed || (sentence.subheading !== undefined && patternMatches(topic, subheadingOf(sentence)))) return true;
        // The paragraph or list a sentence stands in gives its subject, as the heading above it does.
        const paragraph = section.paragraphs.get(sentence.block) ?? sentence.lower;
        return patternMatches(aspect.context, { text: paragraph, lower: paragraph });
      };
      const matches = matchSection(section, missing, onSubject).filter((match) => !match.pointer);
      const distinct = new Set(matches.flatMap((match) => [...match.aspects])).size;
      const density = matches.length / Math.max(section.sentences.length, 1);
      const stated = matches.filter((match) => match.stated).length;
      // The section that is about the subject and states the most, most densely, is the best
      // source; a sentence that states an aspect outweighs one more item in a list.
      return { section, matches, score: (headed ? 1000 : 0) + distinct * 100 + Math.min(stated, 5) * 15 + density * 40 + Math.min(matches.length, 10) };
    })
    .filter((candidate) => candidate.matches.length > 0)
    .sort((a, b) => b.score - a.score);
  // The best few: enough to see where the document says it, not every passing mention.
  candidates.forEach(({ section, matches }, rank) => {
    const addsAnAspect = matches.some((match) => [...match.aspects].some((id) => !evidence.found.has(id)));
    if (rank < foundSources || addsAnAspect) record(section, 'fundet', matches);
  });
  return evidence;
}

/** Count a section as answering aspects by what it states in data (an address, a deadline), not in sentences. */
export function creditSection(evidence: Evidence, section: TextSection, how: How, aspects: readonly string[]): void {
  for (const id of aspects) evidence.found.add(id);
  const known = evidence.sourceSections.indexOf(section);
  if (known >= 0) {
    const source = evidence.sources[known]!;
    source.aspects = [...new Set([...source.aspects, ...aspects])];
    return;
  }
  evidence.sources.push({ heading: section.heading, path: section.path, line: section.line, how, aspects: [...aspects], sentences: [] });
  evidence.sourceSections.push(section);
}

/** Every sentence of the sections the evidence rests on. */
export function sourceSentences(evidence: Evidence): Sentence[] {
  return evidence.sourceSections.flatMap((section) => section.sentences);
}

/**
 * The requirements a free-standing text answers, with the aspects it expresses: for a
 * section of a document being imported, before it has a place in a file.
 */
export function answeredRequirements(markdown: string, heading: string, regulation: Regulation): { id: string; aspects: string[]; complete: boolean }[] {
  const sentences = textSentences(markdown, 1, 1, 0);
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
