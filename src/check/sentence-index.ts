/**
 * The aspect catalogue's patterns read against a document's sentences in one pass. Each
 * sentence is scanned once for the literal strings the patterns need (./required-literals.ts);
 * a pattern is then run only on the sentences that contain one of its strings, at most once
 * per sentence, whichever requirement asks. Built once per document, on the first request.
 * What a scan finds is kept per sentence as a set of bits, one per pattern (see
 * ./literal-automaton.ts): a string found sets the bits of all its patterns at once.
 */
import { type AspectCatalogue, cataloguePatterns } from '../regulations/index.js';
import { matches, type DocumentText, type Sentence, type TextSection } from './document-text.js';
import { LiteralAutomaton } from './literal-automaton.js';
import { requiredLiterals } from './required-literals.js';

/** The catalogue's patterns, numbered, with the strings they need. */
interface PatternTable {
  numbers: Map<RegExp, number>;
  patterns: RegExp[];
  /** Patterns with no string known, as a set: every sentence is a candidate. */
  unfiltered: Uint32Array;
  /**
   * The strings looked for in the lower-case text, and those looked for in the text as written:
   * the strings with capitals of the patterns that read the text as written (the `u` flag, see
   * `matches`). A string without capitals in the text is in its lower case too (lower-casing
   * leaves lower-case letters be), so one scan finds the candidates of nearly every pattern.
   */
  lower: LiteralAutomaton;
  text: LiteralAutomaton;
  /** The sets of the lists of patterns asked for (see `patternSet`). */
  sets: WeakMap<readonly RegExp[], PatternSet | undefined>;
}

const tables = new WeakMap<AspectCatalogue, PatternTable>();
function patternTable(catalogue: AspectCatalogue): PatternTable {
  let table = tables.get(catalogue);
  if (table) return table;
  const patterns = [...cataloguePatterns(catalogue)];
  table = {
    numbers: new Map(patterns.map((pattern, number) => [pattern, number])),
    patterns,
    unfiltered: new Uint32Array(Math.ceil(patterns.length / 32)),
    lower: new LiteralAutomaton(),
    text: new LiteralAutomaton(),
    sets: new WeakMap(),
  };
  for (const [number, pattern] of patterns.entries()) {
    const literals = catalogue.literals?.has(pattern) ? catalogue.literals.get(pattern) : requiredLiterals(pattern);
    if (!literals) table.unfiltered[number >>> 5]! |= 1 << (number & 31);
    else for (const literal of literals) (pattern.unicode && literal !== literal.toLowerCase() ? table.text : table.lower).add(literal, number);
  }
  table.lower.seal(patterns.length);
  table.text.seal(patterns.length);
  tables.set(catalogue, table);
  return table;
}

/** Per pattern and sentence, once it is a candidate: not yet run, matched, not matched. */
const unknown = 0;
const matched = 1;
const failed = 2;

export class SentenceIndex {
  private readonly table: PatternTable;
  private readonly sentences: Sentence[] = [];
  private readonly positions = new Map<Sentence, number>();
  private readonly starts = new Map<TextSection, number>();
  /** Words per set of patterns. */
  private readonly words: number;
  /** Per sentence (at position × words), the set of the patterns it is a candidate for: it contains one of their strings. */
  private readonly candidates: Uint32Array;
  /** Per pattern and candidate sentence (at pattern × sentences + position), one of the states above. */
  private readonly states: Uint8Array;
  private readonly lowered = new Map<string, { text: string; lower: string }>();

  constructor(
    text: DocumentText,
    readonly catalogue: AspectCatalogue,
  ) {
    this.table = patternTable(catalogue);
    for (const section of text.sections) {
      this.starts.set(section, this.sentences.length);
      for (const sentence of section.sentences) {
        this.positions.set(sentence, this.sentences.length);
        this.sentences.push(sentence);
      }
    }
    const { lower, text: asWritten, unfiltered } = this.table;
    const words = unfiltered.length;
    this.words = words;
    this.candidates = new Uint32Array(this.sentences.length * words);
    this.states = new Uint8Array(this.table.patterns.length * this.sentences.length);
    for (let position = 0; position < this.sentences.length; position += 1) {
      const sentence = this.sentences[position]!;
      this.candidates.set(unfiltered, position * words);
      if (!lower.empty) lower.scan(sentence.lower, this.candidates, position * words);
      if (!asWritten.empty) asWritten.scan(sentence.text, this.candidates, position * words);
    }
  }

  /** Whether the pattern matches the sentence, as `matches` says. */
  test(pattern: RegExp, sentence: Sentence): boolean {
    const number = this.table.numbers.get(pattern);
    const position = this.positions.get(sentence);
    if (number === undefined || position === undefined) return matches(pattern, sentence);
    return this.testAt(number, position);
  }

  private testAt(number: number, position: number): boolean {
    if ((this.candidates[position * this.words + (number >>> 5)]! & (1 << (number & 31))) === 0) return false;
    const at = number * this.sentences.length + position;
    const state = this.states[at];
    if (state === unknown) {
      const result = matches(this.table.patterns[number]!, this.sentences[position]!);
      this.states[at] = result ? matched : failed;
      return result;
    }
    return state === matched;
  }

  /**
   * The sentences of a section that contain a string one of the patterns needs, in order:
   * the others match none of them. Patterns not in the catalogue leave every sentence in.
   */
  candidatesIn(section: TextSection, patterns: readonly RegExp[]): Sentence[] {
    const start = this.starts.get(section);
    const set = patternSet(this.table, patterns);
    if (start === undefined || !set) return section.sentences;
    const end = start + section.sentences.length;
    const result: Sentence[] = [];
    for (let position = this.nextCandidate(set, start, end); position < end; position = this.nextCandidate(set, position + 1, end)) {
      result.push(this.sentences[position]!);
    }
    return result;
  }

  /** Whether the section has a sentence that `candidatesIn` would list. */
  hasCandidateIn(section: TextSection, patterns: readonly RegExp[]): boolean {
    const start = this.starts.get(section);
    const set = patternSet(this.table, patterns);
    if (start === undefined || !set) return section.sentences.length > 0;
    const end = start + section.sentences.length;
    return this.nextCandidate(set, start, end) < end;
  }

  /** The first position from `position` on, before `end`, of a sentence that is a candidate for one of the set's patterns; `end` if none is. */
  private nextCandidate(set: PatternSet, position: number, end: number): number {
    const { words, candidates } = this;
    for (let at = position; at < end; at += 1) {
      for (const word of set.used) if ((candidates[at * words + word]! & set.bits[word]!) !== 0) return at;
    }
    return end;
  }

  /** A text and its lower case, made once per document (the sub-heading above many sentences). */
  lowerCased(text: string): { text: string; lower: string } {
    let both = this.lowered.get(text);
    if (!both) this.lowered.set(text, (both = { text, lower: text.toLowerCase() }));
    return both;
  }
}

/** A list of patterns (an aspect's wordings) as a set, with the words it has bits in: its patterns are near each other in the catalogue. */
interface PatternSet {
  bits: Uint32Array;
  used: number[];
}

/** The set of a list of the catalogue's patterns, made once per list; undefined if one is not in the catalogue. */
function patternSet(table: PatternTable, patterns: readonly RegExp[]): PatternSet | undefined {
  const known = table.sets;
  if (known.has(patterns)) return known.get(patterns);
  let set: PatternSet | undefined;
  const numbers = patterns.map((pattern) => table.numbers.get(pattern));
  if (!numbers.includes(undefined)) {
    const bits = new Uint32Array(table.unfiltered.length);
    for (const number of numbers) bits[number! >>> 5]! |= 1 << (number! & 31);
    set = { bits, used: [...bits.keys()].filter((word) => bits[word] !== 0) };
  }
  known.set(patterns, set);
  return set;
}

const indexes = new WeakMap<DocumentText, SentenceIndex>();

/** The document's index for the catalogue, built on the first request. */
export function sentenceIndex(text: DocumentText, catalogue: AspectCatalogue): SentenceIndex {
  let index = indexes.get(text);
  if (index?.catalogue !== catalogue) indexes.set(text, (index = new SentenceIndex(text, catalogue)));
  return index;
}
