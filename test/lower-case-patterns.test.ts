/**
 * The check's own patterns that read a sentence's lower-case copy carry no `i` flag: V8
 * compiles a case-insensitive pattern with every letter and class in both cases, several ms
 * per run for the longest. Read against the lower-case text, each must match exactly where
 * it would match the text as written with the flag: checked on every sentence and heading of
 * the five files, the drafts, the off-topic texts and the corpus, each as written, in
 * capitals and with every word capitalised, and on text in other scripts. Characters whose
 * lower case is not what the flag folds are checked for what they are read as.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentText, lowerCasePatterns as documentTextPatterns, roleOf } from '../src/check/document-text.js';
import { loadFile } from '../src/load.js';
import { defaultRegulation } from '../src/regulations/index.js';
import { durationsIn, isAboutFollowUp, laterStartsIn, lowerCasePatterns as durationPatterns, monthsIn, startDeadlinesIn } from '../src/text/durations.js';
import { validateLoaded } from '../src/validate.js';
import { findCorpus } from '../scripts/corpus-agreement.js';
import { fixtures, municipalityNames, root } from './helpers.js';

const yamlIn = (folder: string) =>
  existsSync(folder)
    ? readdirSync(folder)
        .filter((name) => name.endsWith('.yml'))
        .map((name) => join(folder, name))
    : [];
const corpus = findCorpus();
const files = [
  ...municipalityNames.map((name) => join(root, 'municipalities', `${name}.yml`)),
  ...['drafts', 'off-topic'].flatMap((folder) => yamlIn(join(fixtures, 'evidence', folder))),
  ...(corpus ? yamlIn(join(corpus, 'dokumenter')) : []),
];

async function sentencesOf(file: string): Promise<string[]> {
  const result = await loadFile(file);
  if (!result.ok) return [];
  const validation = validateLoaded(result.loaded);
  if (!validation.valid) return [];
  const text = documentText(result.loaded, validation.document, defaultRegulation);
  return text.sections.flatMap((section) => [section.heading, ...section.sentences.map((sentence) => sentence.text)]);
}

/** Without the `g` flag, so that `test` does not go on from where the last match ended. */
const lowerCasePatterns = [...documentTextPatterns, ...durationPatterns].map((pattern) => new RegExp(pattern.source, pattern.flags.replace('g', '')));

const capitalised = (text: string) => text.replace(/(?<!\p{L})\p{L}/gu, (letter) => letter.toUpperCase());
/** The pattern as it was written before it read lower-case text: the same, with the `i` flag. */
const caseInsensitive = (pattern: RegExp) => new RegExp(pattern.source, `${pattern.flags}i`);

/** Where the lower-case reading differs from the case-insensitive one on these texts, as »pattern: text«. */
function disagreements(texts: readonly string[]): string[] {
  return lowerCasePatterns.flatMap((pattern) => {
    const reference = caseInsensitive(pattern);
    return texts.filter((text) => pattern.test(text.toLowerCase()) !== reference.test(text)).map((text) => `${pattern.source.slice(0, 40)}: ${text}`);
  });
}

describe('patterns that read lower-case text', () => {
  it('match where they would match the text as written with the i flag, on every sentence as written, in capitals and capitalised', async () => {
    const written = (await Promise.all(files.map(sentencesOf))).flat();
    expect(written.length).toBeGreaterThan(1000);
    // With what follows each number in them, which the reader of months reads (»1 og 6 måneder«).
    const sentences = [
      ...written,
      ...written.flatMap((sentence) => [...sentence.matchAll(/\d+/g)].map((number) => sentence.slice(number.index + number[0].length))),
    ];
    // Every pattern meets sentences it matches.
    for (const pattern of lowerCasePatterns)
      expect(
        sentences.some((sentence) => pattern.test(sentence.toLowerCase())),
        pattern.source,
      ).toBe(true);
    expect(disagreements(sentences)).toEqual([]);
    expect(disagreements(sentences.map((sentence) => sentence.toUpperCase()))).toEqual([]);
    expect(disagreements(sentences.map(capitalised))).toEqual([]);
  });

  it('give a sentence the same role, time limits and months whatever its case', async () => {
    const sentences = (await Promise.all(files.slice(0, 5).map(sentencesOf))).flat();
    const readings = (texts: string[]) =>
      texts.map((text) => ({
        role: roleOf({ text, lower: text.toLowerCase() }, false),
        durations: durationsIn(text),
        start: startDeadlinesIn([{ text }]),
        laterStart: laterStartsIn([{ text }]),
        followUp: isAboutFollowUp(text),
        months: monthsIn(text),
      }));
    const asWritten = readings(sentences);
    for (const reading of ['role', 'start', 'followUp', 'months'] as const) {
      expect(asWritten.filter((each) => [each[reading]].flat().some(Boolean)).length, reading).toBeGreaterThan(3);
    }
    expect(readings(sentences.map((sentence) => sentence.toUpperCase()))).toEqual(asWritten);
    expect(readings(sentences.map(capitalised))).toEqual(asWritten);
  });

  it('agree on text with letters of other scripts, and read lookalike signs as the letters they stand for', async () => {
    const sentences = (await Promise.all(files.slice(0, 5).map(sentencesOf))).flat();
    const samples = sentences
      .filter((sentence) => sentence.length < 80 && lowerCasePatterns.some((pattern) => pattern.test(sentence.toLowerCase())))
      .slice(0, 60);
    expect(samples.length).toBe(60);
    /** Each character put in front of every word, at the end, and in place of every fourth character. */
    const variants = (character: string) =>
      samples.flatMap((sample) => [
        `${sample}${character}`,
        ...[...sample.matchAll(/(?<!\p{L})\p{L}/gu)].map((word) => `${sample.slice(0, word.index)}${character}${sample.slice(word.index)}`),
        ...[...sample].flatMap((_, at) => (at % 4 === 0 ? [`${sample.slice(0, at)}${character}${sample.slice(at + 1)}`] : [])),
      ]);
    // Greek, Cyrillic, German ß and ẞ, dotless ı, a ligature, a title-case digraph, full-width and combining letters.
    for (const character of ['Σ', 'ς', 'Ж', 'ж', 'ß', 'ẞ', 'ı', 'ﬁ', 'ǅ', 'Ａ', 'ŉ', '\u0301'])
      expect(disagreements(variants(character)), character).toEqual([]);
    // The Kelvin, Ångström and Ohm signs and the dotted capital I are read as k, å, ω and i (with its dot), which the flag
    // without `u` did not fold them to: a text read as lower case takes »Kvalitetsstandarden« for what it says.
    for (const [sign, letter] of [
      ['\u212A', 'k'],
      ['\u212B', 'å'],
      ['\u2126', 'ω'],
      ['\u0130', 'i\u0307'],
    ] as const) {
      const texts = variants(sign);
      const differing = lowerCasePatterns.flatMap((pattern) =>
        texts.filter((text) => pattern.test(text.toLowerCase()) !== caseInsensitive(pattern).test(text.replaceAll(sign, letter))),
      );
      expect(differing, sign).toEqual([]);
    }
    // Long s and the Greek iota subscript, which the flag with `u` folds to s and ι (a letter), stay themselves in lower
    // case; neither is written in Danish. A pattern reading lower case does not take »Tekſt følger« for »Tekst følger«.
    expect(disagreements(['Tekſt følger'])).toHaveLength(1);
    expect(disagreements(['Tekst følger', 'Tekst ſkal følge', 'Tekſt skal følge'])).toEqual([]);
  });

  it('have no capital letter, which lower-case text never contains', () => {
    // Outside escapes (\W, \S, \D, \B, \p{Lu}): a literal capital would never match.
    for (const pattern of lowerCasePatterns) expect(pattern.source.replace(/\\p\{\w+\}|\\./g, ''), pattern.source).not.toMatch(/\p{Lu}/u);
  });
});
