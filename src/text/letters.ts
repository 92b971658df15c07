/**
 * Patterns with `\p{L}` (a letter of any script) read at the cost of a class of letters
 * where the text allows it. Under the `u` flag V8 builds the property's hundreds of ranges
 * for every `\p{L}` in a pattern, both when it makes the pattern and when it compiles it:
 * 0.2-0.8 ms per pattern, in a process that checks one file in a few dozen. A class of
 * Latin-1's letters costs a fraction of that. On a text whose every character is in Latin-1
 * or is punctuation of U+2000-U+206F (»–«, »“«, »…«), as Danish text nearly always is, each
 * character is a letter exactly when it is in the class (test/letters.test.ts checks every
 * one, with and without `i`), so the two patterns read it alike. Any other text is read by
 * the pattern as written, made only when such a text comes.
 */

/** The letters of Latin-1, and its capitals. */
const letters = 'A-Za-zªµºÀ-ÖØ-öø-ÿ';
const capitals = 'A-ZÀ-ÖØ-Þ';

/** A character outside the texts the class reads as `\p{L}` reads them. */
const beyondLatin = /[^\0-\xff\u2000-\u206f]/;

/** A class, the property escapes read here, another escape, or other characters. */
const sourcePart = /\[(?:[^\]\\]|\\.)*\]|\\p\{Lu?\}|\\.|[^[\\]+/gs;

const asClass = (escape: string) => (escape === String.raw`\p{L}` ? letters : escape === String.raw`\p{Lu}` ? capitals : escape);

/** `\p{L}` and `\p{Lu}` as classes of Latin-1's letters, also inside a class. */
export function latinSource(source: string): string {
  return source.replace(sourcePart, (part) => {
    if (part.startsWith('[')) return part.replace(/\\p\{Lu?\}|\\./g, asClass);
    const ranges = asClass(part);
    return ranges === part ? part : `[${ranges}]`;
  });
}

/** A pattern, with the `u` flag, of `\p{L}` and `\p{Lu}` (the latter not under `i`, which folds more into it than into the class). */
export class LetterPattern {
  private latin?: RegExp;
  private anyScript?: RegExp;

  constructor(
    readonly source: string,
    readonly flags = 'u',
  ) {}

  /** The pattern as written. */
  get pattern(): RegExp {
    this.anyScript ??= new RegExp(this.source, this.flags);
    return this.anyScript;
  }

  /** The pattern that reads this text as the pattern as written does: for `replace`, `match` and `matchAll`. */
  for(text: string): RegExp {
    if (beyondLatin.test(text)) return this.pattern;
    this.latin ??= this.latinPattern();
    return this.latin;
  }

  test(text: string): boolean {
    return this.for(text).test(text);
  }

  exec(text: string): RegExpExecArray | null {
    return this.for(text).exec(text);
  }

  private latinPattern(): RegExp {
    const source = latinSource(this.source);
    if (!this.flags.includes('u') || /\\[pP]\{/.test(source) || (this.flags.includes('i') && this.source.includes(String.raw`\p{Lu}`)))
      throw new Error(`/${this.source}/${this.flags} is no pattern of Latin letters`);
    return new RegExp(source, this.flags);
  }
}
