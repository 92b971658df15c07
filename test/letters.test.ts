/**
 * Patterns of `\p{L}` read with a class of Latin-1's letters where the text allows it
 * (src/text/letters.ts). A pattern matches a text one character at a time, so the two read a
 * text alike when each of its characters is read alike: checked for every character of the
 * Basic Multilingual Plane, with and without `i`, as a letter, a capital, in a class and
 * negated. A text with a character beyond them is read by the pattern as written.
 */
import { describe, expect, it } from 'vitest';
import { LetterPattern, latinSource } from '../src/text/letters.js';

const shapes = [String.raw`^\p{L}$`, String.raw`^[^\p{L}]$`, String.raw`^[\p{L}\d-]$`, String.raw`^\p{Lu}$`, String.raw`^[^\p{Lu}a]$`];

describe('a pattern of letters', () => {
  it('reads every character as the pattern as written does, with and without i', () => {
    const differing: string[] = [];
    for (const flags of ['u', 'iu']) {
      for (const shape of shapes.filter((source) => !(flags.includes('i') && source.includes('Lu')))) {
        const pattern = new LetterPattern(shape, flags);
        for (let code = 0; code <= 0xffff; code += 1) {
          const char = String.fromCharCode(code);
          if (pattern.test(char) !== pattern.pattern.test(char)) differing.push(`/${shape}/${flags} U+${code.toString(16)}`);
        }
      }
    }
    expect(differing).toEqual([]);
  });

  it('reads Latin-1 and punctuation with the class, and other text with the pattern as written', () => {
    const pattern = new LetterPattern(String.raw`(?<!\p{L})rusmidler(?!\p{L})`);
    expect(pattern.for('Andre rusmidler – »hash« … 1½ år').source).toBe(latinSource(pattern.source));
    for (const text of ['Ελληνικά rusmidler', 'Kelvin \u212a', 'ſrusmidler', '🙂 rusmidler']) expect(pattern.for(text)).toBe(pattern.pattern);
    expect(pattern.test('andre rusmidler')).toBe(true);
    expect(pattern.test('ярусмидлер rusmidlerя')).toBe(false);
    expect(pattern.test('я rusmidler')).toBe(true);
  });

  it('finds the same matches in texts of other scripts and in Danish', () => {
    const words = new LetterPattern(String.raw`\p{L}+`, 'gu');
    for (const text of ['Borgeren får hjælp – også ved ÆØÅ', 'Straße, Ελλάδα und Київ', 'µ ß ÿ ſ \u212a \u212b']) {
      expect(text.match(words.for(text))).toEqual(text.match(words.pattern));
    }
    const event = new LetterPattern(String.raw`(?<!\p{L})(?:godkendt|revideret)(?!\p{L})`, 'iu');
    for (const text of ['Revideret 2024', 'GODKENDT', 'ikkegodkendt', 'go\u212aendt', 'Ελληνικάgodkendt']) {
      expect(event.exec(text)?.index, text).toBe(event.pattern.exec(text)?.index);
    }
  });

  it('rewrites the property escapes only, also inside a class', () => {
    expect(latinSource(String.raw`(?<![\p{L}\d])\p{Lu}\p{L}*\.[^\p{L}]`)).toBe(
      String.raw`(?<![A-Za-zªµºÀ-ÖØ-öø-ÿ\d])[A-ZÀ-ÖØ-Þ][A-Za-zªµºÀ-ÖØ-öø-ÿ]*\.[^A-Za-zªµºÀ-ÖØ-öø-ÿ]`,
    );
    expect(latinSource(String.raw`\\p{L}\]`)).toBe(String.raw`\\p{L}\]`);
  });

  it('refuses what the class would read otherwise: another property, capitals under i, no u flag', () => {
    for (const [source, flags] of [
      [String.raw`\p{N}`, 'u'],
      [String.raw`\p{Lu}`, 'iu'],
      [String.raw`\p{L}`, ''],
    ] as const)
      expect(() => new LetterPattern(source, flags).test('a')).toThrow(/no pattern of Latin letters/);
  });
});
