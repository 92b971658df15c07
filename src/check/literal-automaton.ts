/**
 * Many literal strings found in a text in one pass (Aho and Corasick's automaton): a trie of
 * the strings where, at each node, a character that continues no string from there falls
 * back to the longest suffix that still starts one. Sealed into a table with one step per
 * character of the text (characters that occur in no string are one class). Each string
 * carries the numbers of the patterns that need it (./required-literals.ts), and a scan
 * reports those numbers.
 */
export class LiteralAutomaton {
  /** Edges of the trie while it is built, by node × 65536 + the character's code unit. */
  private readonly edges = new Map<number, number>();
  /** Per node: the node above it, the character that leads to it, and its depth. */
  private readonly parents: number[] = [0];
  private readonly chars: number[] = [0];
  private readonly depths: number[] = [0];
  /** Per node, the patterns whose string ends there. */
  private readonly ends: (number[] | undefined)[] = [undefined];
  /** Per node, the nearest node on its failure chain where a string ends, or 0 (set by `seal`). */
  private endOnFailure = new Int32Array(1);
  /** Per code unit, its class: 0 for a character in no string, else 1 and up. */
  private readonly classes = new Uint16Array(65536);
  private classCount = 1;
  /** The next node, at node × classCount + class (set by `seal`). */
  private steps = new Int32Array(1);

  get empty(): boolean {
    return this.parents.length === 1;
  }

  add(literal: string, pattern: number): void {
    let node = 0;
    for (let index = 0; index < literal.length; index += 1) {
      const char = literal.charCodeAt(index);
      if (this.classes[char] === 0) this.classes[char] = this.classCount++;
      let child = this.edges.get(node * 65536 + char);
      if (child === undefined) {
        child = this.parents.length;
        this.edges.set(node * 65536 + char, child);
        this.parents.push(node);
        this.chars.push(char);
        this.depths.push(index + 1);
        this.ends.push(undefined);
      }
      node = child;
    }
    const ends = (this.ends[node] ??= []);
    if (!ends.includes(pattern)) ends.push(pattern);
  }

  /**
   * Fills the table, nearest the root first: a node steps where its fallback steps, except
   * along its own edges; its fallback is where its parent's fallback steps on its character.
   * After the last `add`.
   */
  seal(): void {
    const count = this.parents.length;
    const width = this.classCount;
    const steps = new Int32Array(count * width);
    const failure = new Int32Array(count);
    this.endOnFailure = new Int32Array(count);
    const order = [...this.parents.keys()].sort((a, b) => this.depths[a]! - this.depths[b]!);
    // Each node's row is complete before its children's: set a node's own edges right after its row.
    const childrenOf = new Map<number, number[]>();
    for (const node of order.slice(1)) childrenOf.set(this.parents[node]!, [...(childrenOf.get(this.parents[node]!) ?? []), node]);
    for (const node of order) {
      const parent = this.parents[node]!;
      if (node !== 0) {
        const fallback = parent === 0 ? 0 : steps[failure[parent]! * width + this.classes[this.chars[node]!]!]!;
        failure[node] = fallback;
        this.endOnFailure[node] = this.ends[fallback] ? fallback : this.endOnFailure[fallback]!;
        steps.copyWithin(node * width, fallback * width, fallback * width + width);
      }
      for (const child of childrenOf.get(node) ?? []) steps[node * width + this.classes[this.chars[child]!]!] = child;
    }
    this.steps = steps;
  }

  /** Calls `found` with the pattern of every string in `text`, once per occurrence. */
  scan(text: string, found: (pattern: number) => void): void {
    const { steps, classes, classCount, ends, endOnFailure } = this;
    let node = 0;
    for (let index = 0; index < text.length; index += 1) {
      node = steps[node * classCount + classes[text.charCodeAt(index)]!]!;
      for (let end = ends[node] ? node : endOnFailure[node]!; end !== 0; end = endOnFailure[end]!) {
        for (const pattern of ends[end]!) found(pattern);
      }
    }
  }
}
