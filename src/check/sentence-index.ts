/**
 * The aspect catalogue's patterns read against a document's sentences in one pass. Each
 * sentence is scanned once for the literal strings the patterns need (./required-literals.ts);
 * a pattern is then run only on the sentences that contain one of its strings, at most once
 * per sentence, whichever requirement asks. Built once per document, on the first request.
 */
import { type AspectCatalogue, cataloguePatterns } from '../regulations/index.js';
import { matches, type DocumentText, type Sentence, type TextSection } from './document-text.js';
import { LiteralAutomaton } from './literal-automaton.js';
import { requiredLiterals } from './required-literals.js';

/** The catalogue's patterns, numbered, with the strings they need. */
interface PatternTable {
  numbers: Map<RegExp, number>;
  patterns: RegExp[];
  /** Patterns with no string known: every sentence is a candidate. */
  unfiltered: number[];
  /**
   * The strings looked for in the lower-case text, and those looked for in the text as written:
   * the strings with capitals of the patterns that read the text as written (the `u` flag, see
   * `matches`). A string without capitals in the text is in its lower case too (lower-casing
   * leaves lower-case letters be), so one scan finds the candidates of nearly every pattern.
   */
  lower: LiteralAutomaton;
  text: LiteralAutomaton;
}

const tables = new WeakMap<AspectCatalogue, PatternTable>();
function patternTable(catalogue: AspectCatalogue): PatternTable {
  let table = tables.get(catalogue);
  if (table) return table;
  const patterns = [...cataloguePatterns(catalogue)];
  table = {
    numbers: new Map(patterns.map((pattern, number) => [pattern, number])),
    patterns,
    unfiltered: [],
    lower: new LiteralAutomaton(),
    text: new LiteralAutomaton(),
  };
  for (const [number, pattern] of patterns.entries()) {
    const literals = catalogue.literals?.has(pattern) ? catalogue.literals.get(pattern) : requiredLiterals(pattern);
    if (!literals) table.unfiltered.push(number);
    else for (const literal of literals) (pattern.unicode && literal !== literal.toLowerCase() ? table.text : table.lower).add(literal, number);
  }
  table.lower.seal();
  table.text.seal();
  tables.set(catalogue, table);
  return table;
}

/** Per pattern and sentence: not a candidate (none of its strings is in the sentence), not yet run, matched, not matched. */
const excluded = 0;
const unknown = 1;
const matched = 2;
const failed = 3;

export class SentenceIndex {
  private readonly table: PatternTable;
  private readonly sentences: Sentence[] = [];
  private readonly positions = new Map<Sentence, number>();
  private readonly starts = new Map<TextSection, number>();
  /** Per pattern, the positions of the sentences that contain one of its strings, in order. */
  private readonly candidates: number[][];
  /** Per pattern and sentence (at pattern × sentences + position), one of the states above. */
  private readonly states: Uint8Array;
  private readonly lowered = new Map<string, { text: string; lower: string }>();
  private readonly unions = new WeakMap<readonly RegExp[], number[] | undefined>();

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
    this.candidates = this.table.patterns.map(() => []);
    this.states = new Uint8Array(this.table.patterns.length * this.sentences.length);
    const { lower, text: asWritten, unfiltered } = this.table;
    for (let position = 0; position < this.sentences.length; position += 1) {
      const sentence = this.sentences[position]!;
      if (!lower.empty) this.markFound(lower, lower.scan(sentence.lower), position);
      if (!asWritten.empty) this.markFound(asWritten, asWritten.scan(sentence.text), position);
      for (const pattern of unfiltered) this.mark(pattern, position);
    }
  }

  /** Marks the sentence for the patterns of the strings a scan found in it. */
  private markFound(automaton: LiteralAutomaton, count: number, position: number): void {
    for (let index = 0; index < count; index += 1) for (const pattern of automaton.patternsAt(automaton.found[index]!)) this.mark(pattern, position);
  }

  private mark(pattern: number, position: number): void {
    const list = this.candidates[pattern]!;
    if (list[list.length - 1] === position) return;
    list.push(position);
    this.states[pattern * this.sentences.length + position] = unknown;
  }

  /** Whether the pattern matches the sentence, as `matches` says. */
  test(pattern: RegExp, sentence: Sentence): boolean {
    const number = this.table.numbers.get(pattern);
    const position = this.positions.get(sentence);
    if (number === undefined || position === undefined) return matches(pattern, sentence);
    return this.testAt(number, position);
  }

  private testAt(number: number, position: number): boolean {
    const at = number * this.sentences.length + position;
    const state = this.states[at];
    if (state === excluded) return false;
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
    const union = this.candidatesOfAny(patterns);
    if (start === undefined || !union) return section.sentences;
    const end = start + section.sentences.length;
    const result: Sentence[] = [];
    for (let index = firstAtLeast(union, start); index < union.length && union[index]! < end; index += 1) result.push(this.sentences[union[index]!]!);
    return result;
  }

  /** The positions of the sentences that are candidates for any of the patterns (an aspect's wordings), once per list; undefined if one is not in the catalogue. */
  private candidatesOfAny(patterns: readonly RegExp[]): number[] | undefined {
    if (this.unions.has(patterns)) return this.unions.get(patterns);
    const numbers = patterns.map((pattern) => this.table.numbers.get(pattern));
    let union: number[] | undefined;
    if (!numbers.includes(undefined)) {
      const marked = new Uint8Array(this.sentences.length);
      for (const number of numbers) for (const position of this.candidates[number!]!) marked[position] = 1;
      union = [];
      // An index loop: entries() made a pair for every sentence, a fifth of what the check allocated.
      for (let position = 0; position < marked.length; position += 1) if (marked[position] === 1) union.push(position);
    }
    this.unions.set(patterns, union);
    return union;
  }

  /** A text and its lower case, made once per document (the sub-heading above many sentences). */
  lowerCased(text: string): { text: string; lower: string } {
    let both = this.lowered.get(text);
    if (!both) this.lowered.set(text, (both = { text, lower: text.toLowerCase() }));
    return both;
  }
}

/** The first index of a sorted list whose value is at least `value`. */
function firstAtLeast(list: readonly number[], value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

const indexes = new WeakMap<DocumentText, SentenceIndex>();

/** The document's index for the catalogue, built on the first request. */
export function sentenceIndex(text: DocumentText, catalogue: AspectCatalogue): SentenceIndex {
  let index = indexes.get(text);
  if (index?.catalogue !== catalogue) indexes.set(text, (index = new SentenceIndex(text, catalogue)));
  return index;
}
