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
/** The node a step leads to (see `steps`). */
const stepTarget = (step: number, width: number): number => (step < 0 ? -step - 1 : step) / width;

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
  /**
   * The step from a node on a class, at node × classCount + class (set by `seal`): where the
   * next node's row starts (node × classCount), or -row - 1 where a string ends at the next node
   * or on its failure chain. So `scan` reads one number per character, multiplies nothing, and
   * looks further only where a string ends.
   */
  private steps = new Int32Array(1);
  /** 32-bit words per set of patterns (set by `seal`). */
  words = 0;
  /** Per node, the set of the patterns of the strings that end there or on its failure chain, at node × words (set by `seal`). */
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
   * on its character, found as the edge to it is made. After the last `add`; `patterns`: how
   * many patterns a set has room for (by default, one more than the highest number added).
   */
  seal(patterns = this.highestPattern() + 1): void {
    this.buildTrie();
    const count = this.parents.length;
    const width = this.classCount;
    const steps = new Int32Array(count * width);
    const failure = new Int32Array(count);
    const hasEnd = new Uint8Array(count);
    const { order, starts } = this.byDepth();
    for (let depth = 0; depth + 1 < starts.length; depth += 1) {
      for (let at = starts[depth]!; at < starts[depth + 1]!; at += 1) {
        const node = order[at]!;
        if (node !== 0) steps.copyWithin(node * width, failure[node]! * width, failure[node]! * width + width);
      }
      // The next depth's nodes and their edges, before a node deeper still copies a row of this one.
      for (let at = starts[depth + 1]!; at < (starts[depth + 2] ?? count); at += 1) {
        const child = order[at]!;
        const parent = this.parents[child]!;
        const step = this.classes[this.chars[child]!]!;
        const fallback = parent === 0 ? 0 : stepTarget(steps[failure[parent]! * width + step]!, width);
        failure[child] = fallback;
        hasEnd[child] = this.ends[child] || hasEnd[fallback] === 1 ? 1 : 0;
        steps[parent * width + step] = hasEnd[child] === 1 ? -child * width - 1 : child * width;
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
    for (let at = 1; at < order.length; at += 1) {
      const node = order[at]!;
      const fallback = failure[node]!;
      reach.copyWithin(node * words, fallback * words, fallback * words + words);
      const own = ends[node];
      if (own) for (const pattern of own) reach[node * words + (pattern >>> 5)]! |= 1 << (pattern & 31);
    }
    this.reach = reach;
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
    const { steps, classes, classCount, reach, words } = this;
    let row = 0;
    for (let index = 0; index < text.length; index += 1) {
      const step = steps[row + classes[text.charCodeAt(index)]!]!;
      if (step >= 0) {
        row = step;
        continue;
      }
      row = -step - 1;
      const node = row / classCount;
      for (let word = 0; word < words; word += 1) into[at + word]! |= reach[node * words + word]!;
    }
  }
}
