/**
 * Many literal strings found in a text in one pass (Aho and Corasick's automaton): a trie of
 * the strings where, at each node, a character that continues no string from there falls
 * back to the longest suffix that still starts one. Each string carries the numbers of the
 * patterns that need it (./required-literals.ts), and a scan reports those numbers.
 */
export class LiteralAutomaton {
  /** Edges of the trie below the root, by node × 65536 + the character's code unit. */
  private readonly edges = new Map<number, number>();
  /** Edges from the root, by code unit (0: none): a scan is back at the root after most characters. */
  private readonly fromRoot = new Int32Array(65536);
  /** Per node: the node above it, the character that leads to it, and its depth. */
  private readonly parents: number[] = [0];
  private readonly chars: number[] = [0];
  private readonly depths: number[] = [0];
  /** Per node, where to go on when the next character continues no string from it (set by `seal`). */
  private failure = new Int32Array(1);
  /** Per node, the patterns whose string ends there. */
  private readonly ends: (number[] | undefined)[] = [undefined];
  /** Per node, the nearest node on its failure chain where a string ends, or 0 (set by `seal`). */
  private endOnFailure = new Int32Array(1);

  get empty(): boolean {
    return this.parents.length === 1;
  }

  add(literal: string, pattern: number): void {
    let node = 0;
    for (let index = 0; index < literal.length; index += 1) {
      const char = literal.charCodeAt(index);
      let child = node === 0 ? this.fromRoot[char] || undefined : this.edges.get(node * 65536 + char);
      if (child === undefined) {
        child = this.parents.length;
        if (node === 0) this.fromRoot[char] = child;
        else this.edges.set(node * 65536 + char, child);
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

  /** Links every node to its fallback, nearest the root first; after the last `add`. */
  seal(): void {
    this.failure = new Int32Array(this.parents.length);
    this.endOnFailure = new Int32Array(this.parents.length);
    const order = [...this.parents.keys()].slice(1).sort((a, b) => this.depths[a]! - this.depths[b]!);
    for (const node of order) {
      const parent = this.parents[node]!;
      const fallback = parent === 0 ? 0 : this.step(this.failure[parent]!, this.chars[node]!);
      this.failure[node] = fallback;
      this.endOnFailure[node] = this.ends[fallback] ? fallback : this.endOnFailure[fallback]!;
    }
  }

  private step(from: number, char: number): number {
    for (let node = from; node !== 0; node = this.failure[node]!) {
      const to = this.edges.get(node * 65536 + char);
      if (to !== undefined) return to;
    }
    return this.fromRoot[char]!;
  }

  /** Calls `found` with the pattern of every string in `text`, once per occurrence. */
  scan(text: string, found: (pattern: number) => void): void {
    let node = 0;
    for (let index = 0; index < text.length; index += 1) {
      node = this.step(node, text.charCodeAt(index));
      for (let end = this.ends[node] ? node : this.endOnFailure[node]!; end !== 0; end = this.endOnFailure[end]!) {
        for (const pattern of this.ends[end]!) found(pattern);
      }
    }
  }
}
