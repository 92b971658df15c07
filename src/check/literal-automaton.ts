/**
 * Many literal strings found in a text in one pass (Aho and Corasick's automaton): a trie of
 * the strings where, at each node, a character that continues no string from there falls
 * back to the longest suffix that still starts one. Sealed into a table with one step per
 * character of the text (characters that occur in no string are one class). Each string
 * carries the numbers of the patterns that need it (./required-literals.ts), and a scan
 * reports them as a set of bits, one per pattern (bit n % 32 of word n / 32), ORed into the
 * caller's array: a node's set holds the patterns of its own strings and of those that end on
 * its failure chain, so a scan reads one node per character and never walks the chain. Built
 * once per process, so built with index loops over arrays: the engine runs it before it has
 * optimised anything.
 */
export class LiteralAutomaton {
  /** The strings added, each with the patterns that need it, until `seal`. */
  private readonly added = new Map<string, number[]>();
  /** Per node (set by `seal`): the node above it, the character that leads to it, and its depth. */
  private readonly parents: number[] = [0];
  private readonly chars: number[] = [0];
  private readonly depths: number[] = [0];
  /** Per node, the patterns whose string ends there. */
  private readonly ends: (number[] | undefined)[] = [undefined];
  /** Per code unit, its class: 0 for a character in no string, else 1 and up. */
  private readonly classes = new Uint16Array(65536);
  private classCount = 1;
  /** The next node, at node × classCount + class (set by `seal`). */
  private steps = new Int32Array(1);
  /** 32-bit words per set of patterns (set by `seal`). */
  words = 0;
  /** Per node, 1 where a string ends there or on its failure chain (set by `seal`): what `scan` reads at every character. */
  private hasEnd = new Uint8Array(1);
  /** Per node, the set of the patterns of all those strings, at node × words (set by `seal`). */
  private reach = new Uint32Array(0);

  get empty(): boolean {
    return this.added.size === 0;
  }

  add(literal: string, pattern: number): void {
    const patterns = this.added.get(literal);
    if (!patterns) this.added.set(literal, [pattern]);
    else if (!patterns.includes(pattern)) patterns.push(pattern);
  }

  /**
   * The trie of the strings in sorted order, where a string shares with the one before it
   * the path of their common start: no lookup of edges.
   */
  private buildTrie(): void {
    const path = [0];
    let previous = '';
    for (const literal of [...this.added.keys()].sort()) {
      let common = 0;
      while (common < previous.length && common < literal.length && previous.charCodeAt(common) === literal.charCodeAt(common)) common += 1;
      for (let index = common; index < literal.length; index += 1) {
        const char = literal.charCodeAt(index);
        if (this.classes[char] === 0) this.classes[char] = this.classCount++;
        path[index + 1] = this.parents.length;
        this.parents.push(path[index]!);
        this.chars.push(char);
        this.depths.push(index + 1);
        this.ends.push(undefined);
      }
      this.ends[path[literal.length]!] = this.added.get(literal);
      previous = literal;
    }
  }

  /**
   * Fills the table a depth at a time: a node steps where its fallback steps, except along its
   * own edges; its fallback, shallower and so complete, is where its parent's fallback steps
   * on its character. After the last `add`; `patterns`: how many patterns a set has room for
   * (by default, one more than the highest number added).
   */
  seal(patterns = this.highestPattern() + 1): void {
    this.buildTrie();
    const count = this.parents.length;
    const width = this.classCount;
    const steps = new Int32Array(count * width);
    const failure = new Int32Array(count);
    const { order, starts } = this.byDepth();
    for (let depth = 0; depth + 1 < starts.length; depth += 1) {
      for (let at = starts[depth]!; at < starts[depth + 1]!; at += 1) {
        const node = order[at]!;
        const parent = this.parents[node]!;
        if (node === 0) continue;
        const fallback = parent === 0 ? 0 : steps[failure[parent]! * width + this.classes[this.chars[node]!]!]!;
        failure[node] = fallback;
        steps.copyWithin(node * width, fallback * width, fallback * width + width);
      }
      // The next depth's edges, before a node deeper still copies a row of this one.
      for (let at = starts[depth + 1]!; at < (starts[depth + 2] ?? count); at += 1) {
        const child = order[at]!;
        steps[this.parents[child]! * width + this.classes[this.chars[child]!]!] = child;
      }
    }
    this.steps = steps;
    this.words = Math.ceil(patterns / 32);
    this.gatherReach(order, failure);
  }

  private highestPattern(): number {
    let highest = -1;
    for (const patterns of this.added.values()) for (const pattern of patterns) highest = Math.max(highest, pattern);
    return highest;
  }

  /**
   * Each node's set of patterns: those of its own strings, and its failure's set, which is
   * complete before it, as the failure is shallower (`order` is by depth).
   */
  private gatherReach(order: Int32Array, failure: Int32Array): void {
    const { words, ends } = this;
    const reach = new Uint32Array(order.length * words);
    const hasEnd = new Uint8Array(order.length);
    for (let at = 1; at < order.length; at += 1) {
      const node = order[at]!;
      const fallback = failure[node]!;
      reach.copyWithin(node * words, fallback * words, fallback * words + words);
      const own = ends[node];
      if (own) for (const pattern of own) reach[node * words + (pattern >>> 5)]! |= 1 << (pattern & 31);
      hasEnd[node] = own || hasEnd[fallback] === 1 ? 1 : 0;
    }
    this.reach = reach;
    this.hasEnd = hasEnd;
  }

  /** The nodes ordered by depth, and where each depth starts in that order (a counting sort). */
  private byDepth(): { order: Int32Array; starts: Int32Array } {
    const count = this.depths.length;
    let deepest = 0;
    for (let node = 0; node < count; node += 1) deepest = Math.max(deepest, this.depths[node]!);
    const starts = new Int32Array(deepest + 2);
    for (let node = 0; node < count; node += 1) starts[this.depths[node]! + 1]! += 1;
    for (let depth = 1; depth < starts.length; depth += 1) starts[depth]! += starts[depth - 1]!;
    const next = starts.slice();
    const order = new Int32Array(count);
    for (let node = 0; node < count; node += 1) order[next[this.depths[node]!]!++] = node;
    return { order, starts };
  }

  /** ORs into `into`, from word `at` on, the set of the patterns of the strings in `text`. */
  scan(text: string, into: Uint32Array, at: number): void {
    const { steps, classes, classCount, hasEnd, reach, words } = this;
    let node = 0;
    for (let index = 0; index < text.length; index += 1) {
      node = steps[node * classCount + classes[text.charCodeAt(index)]!]!;
      if (hasEnd[node] === 1) for (let word = 0; word < words; word += 1) into[at + word]! |= reach[node * words + word]!;
    }
  }
}
