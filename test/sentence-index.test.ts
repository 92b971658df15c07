/**
 * The evidence search's one pass (src/check/sentence-index.ts): every sentence is read once
 * for the literal strings the catalogue's patterns need (src/check/required-literals.ts), and
 * a pattern runs only where one of its strings stands. The strings must never leave out a
 * text the pattern matches: checked on every sentence of the five files and the fixtures,
 * on patterns made at random, and on the syntax one by one.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentText, matches, type DocumentText } from '../src/check/document-text.js';
import { requiredLiterals } from '../src/check/required-literals.js';
import { LiteralAutomaton } from '../src/check/literal-automaton.js';
import { SentenceIndex } from '../src/check/sentence-index.js';
import { loadFile } from '../src/load.js';
import { cataloguePatterns, defaultRegulation } from '../src/regulations/index.js';
import { validateLoaded } from '../src/validate.js';
import { fixtures, municipalityNames, root } from './helpers.js';

const catalogue = defaultRegulation.aspects;

async function textOf(file: string): Promise<DocumentText> {
  const result = await loadFile(file);
  if (!result.ok) throw new Error(`not loaded: ${file}`);
  const validation = validateLoaded(result.loaded);
  if (!validation.valid) throw new Error(`invalid: ${file}`);
  return documentText(result.loaded, validation.document, defaultRegulation);
}

/** The five files, and drafts that restate the law or only have headings, and texts about other things. */
const files = [
  ...municipalityNames.map((name) => join(root, 'municipalities', `${name}.yml`)),
  ...['drafts', 'off-topic'].flatMap((folder) => readdirSync(join(fixtures, 'evidence', folder)).map((name) => join(fixtures, 'evidence', folder, name))),
];

const contains = (literals: readonly string[], text: string) => literals.some((literal) => text.includes(literal));

describe('the strings a pattern needs', () => {
  it('are found for the catalogue, and every sentence a pattern matches contains one of them', async () => {
    const patterns = [...cataloguePatterns(catalogue)];
    const known = patterns.filter((pattern) => requiredLiterals(pattern));
    // A pattern without strings still works (it runs on every sentence), but the pass is for the catalogue.
    expect(known.length / patterns.length).toBeGreaterThan(0.95);
    let matched = 0;
    for (const file of files) {
      const text = await textOf(file);
      for (const sentence of text.sections.flatMap((section) => section.sentences)) {
        for (const pattern of known) {
          if (!matches(pattern, sentence)) continue;
          matched += 1;
          expect(contains(requiredLiterals(pattern)!, pattern.unicode ? sentence.text : sentence.lower), `${pattern.source} / ${sentence.text}`).toBe(true);
        }
      }
    }
    expect(matched).toBeGreaterThan(500);
  });

  it('come with the built-in regulation as `npm run generate` derived them, the same as derived from each pattern now', () => {
    const patterns = [...cataloguePatterns(catalogue)];
    expect(catalogue.literals?.size).toBe(patterns.length);
    for (const pattern of patterns) {
      // A new RegExp: its strings are derived from its source, not taken from the catalogue.
      expect(catalogue.literals?.get(pattern), pattern.source).toEqual(requiredLiterals(new RegExp(pattern.source, pattern.flags)));
    }
  });

  it('read each construct of the syntax', () => {
    const of = (source: string, flags = '') => {
      const literals = requiredLiterals(new RegExp(source, flags));
      return literals && [...literals].sort();
    };
    expect(of('kost|mad')).toEqual(['kost', 'mad']);
    expect(of('behandlingsplan(en)?')).toEqual(['behandlingsplan']);
    expect(of('(?<![a-zæøå])frit valg(?![a-zæøå])')).toEqual(['frit valg']);
    expect(of('træffe[rs]? (en |[a-zæøå]+ )?(afgørelse|beslutning)')).toEqual(['træffe']);
    expect(of('varer ([a-z]+ ){0,2}(op til|mellem)')).toEqual(['varer ']);
    expect(of('\\d+ (dage|uger)')).toEqual([' dage', ' uger']);
    expect(of('§ ?101')).toEqual(['§ 101', '§101']);
    expect(of('\\.dk\\/')).toEqual(['.dk/']);
    // Nothing needed: an optional part, a wide class, or a flag that changes what a character matches.
    expect(of('(kost)?')).toBeUndefined();
    expect(of('[^.]{0,40}')).toBeUndefined();
    expect(of('kost', 'i')).toBeUndefined();
    expect(of('kost', 'g')).toBeUndefined();
    // A construct the reader does not know: no strings, rather than a guess.
    expect(of('a\\cJb')).toBeUndefined();
  });

  it('never leave out a text that a pattern made at random matches', () => {
    let seed = 20261204;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const atoms = ['a', 'b', 'ab', 'æ', ' ', '\\.', '.', '[ab]', '[^a]', '[a-c]', '\\d', '\\s', '\\b', '^', '$', '\\x61', '\\u00e6'];
    const generate = (depth: number): string => {
      const roll = random();
      if (depth > 3 || roll < 0.3) return pick(atoms);
      if (roll < 0.5) return generate(depth + 1) + generate(depth + 1);
      if (roll < 0.65) return `(${generate(depth + 1)}|${generate(depth + 1)})`;
      if (roll < 0.8) return `(?:${generate(depth + 1)})${pick(['?', '*', '+', '{0,2}', '{1,2}', '{2}', '??', ''])}`;
      if (roll < 0.9) return `(?<![a-c])${generate(depth + 1)}(?!${generate(depth + 1)})`;
      return `(?=${generate(depth + 1)})${generate(depth + 1)}`;
    };
    const text = () => Array.from({ length: Math.floor(random() * 8) }, () => pick(['a', 'b', 'c', 'æ', ' ', '.', '1'])).join('');
    let checked = 0;
    for (let round = 0; round < 3000; round += 1) {
      const pattern = new RegExp(generate(0), pick(['', 'u']));
      const literals = requiredLiterals(pattern);
      if (!literals) continue;
      for (let sample = 0; sample < 40; sample += 1) {
        const candidate = text();
        if (pattern.test(candidate)) {
          checked += 1;
          expect(contains(literals, candidate), `${pattern} / ${JSON.stringify(candidate)}`).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});

describe('the automaton of strings', () => {
  it('finds the patterns of every string in the text, as looking for every string in turn does, and adds them to what is there', () => {
    let seed = 20261205;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const word = (most: number) => Array.from({ length: 1 + Math.floor(random() * most) }, () => 'abæ –'[Math.floor(random() * 5)]).join('');
    /** The patterns a scan finds, as numbers, scanned into the second of three sets whose first and last hold every pattern. */
    const scanned = (automaton: LiteralAutomaton, text: string) => {
      const { words } = automaton;
      const sets = new Uint32Array(3 * words).fill(0xffffffff);
      sets.fill(0, words, 2 * words);
      automaton.scan(text, sets, words);
      expect([...sets.subarray(0, words), ...sets.subarray(2 * words)].every((bits) => bits === 0xffffffff)).toBe(true);
      return Array.from({ length: words * 32 }, (_, pattern) => pattern).filter((pattern) => (sets[words + (pattern >>> 5)]! & (1 << (pattern & 31))) !== 0);
    };
    let reported = 0;
    for (let round = 0; round < 300; round += 1) {
      // Short strings over few characters: prefixes, suffixes and repeats of each other, one string for several patterns.
      const strings = Array.from({ length: 1 + Math.floor(random() * 12) }, () => ({ literal: word(4), pattern: Math.floor(random() * 70) }));
      const automaton = new LiteralAutomaton();
      for (const { literal, pattern } of strings) automaton.add(literal, pattern);
      automaton.seal();
      const text = word(30);
      const first = scanned(automaton, text);
      // A second scan of the same automaton finds the same.
      expect(scanned(automaton, text)).toEqual(first);
      const expected = [...new Set(strings.filter(({ literal }) => text.includes(literal)).map(({ pattern }) => pattern))].sort((a, b) => a - b);
      expect(first, `${JSON.stringify(strings)} / ${JSON.stringify(text)}`).toEqual(expected);
      reported += first.length;
    }
    expect(reported).toBeGreaterThan(300);
  });
});

describe('the one pass over a document', () => {
  it('answers as running every pattern on every sentence does, and leaves no matching sentence out of the candidates', async () => {
    const patterns = [...cataloguePatterns(catalogue)];
    // The built-in catalogue with the generated strings, and as data read at run time, which derives them.
    const derived = { ...catalogue, literals: undefined };
    for (const [file, tested] of [...files.slice(0, 3).map((file) => [file, catalogue] as const), [files[3]!, derived] as const]) {
      const text = await textOf(file);
      const index = new SentenceIndex(text, tested);
      for (const section of text.sections) {
        for (const pattern of patterns) {
          const candidates = new Set(index.candidatesIn(section, [pattern]));
          for (const sentence of section.sentences) {
            const expected = matches(pattern, sentence);
            expect(index.test(pattern, sentence)).toBe(expected);
            if (expected) expect(candidates.has(sentence)).toBe(true);
          }
        }
      }
    }
  });
});

describe('patterns that read the text as written', () => {
  it('find their sentences whatever the case around their strings, those with capitals and those without', () => {
    // Case-sensitive wordings: strings without capitals (read in the lower-case scan) and with them (read as written).
    const patterns = [/udføres af centret/u, /ASI-interview/u, /Ærø/u, /[Cc]enter for misbrug/u, /ΣΣ og σ/u];
    const catalogue = {
      domain: patterns[0]!,
      domainCore: patterns[0]!,
      requirements: { x: { topic: patterns[1]!, aspects: [{ wordings: patterns.slice(2) }] } },
    } as unknown as typeof defaultRegulation.aspects;
    const written = [
      'Behandlingen udføres af centret.',
      'BEHANDLINGEN UDFØRES AF CENTRET.',
      'Behandlingen Udføres af Centret.',
      'Et ASI-interview i İzmir og på Ærø.',
      'Et asi-interview på ærø.',
      'Center for misbrug og center for misbrug.',
      'ΣΣ og σ, ikke σσ og σ.',
      'Intet af det.',
    ];
    const sentences = written.map((text, line) => ({ text, lower: text.toLowerCase(), pointer: false, line, block: line }));
    const text = { sections: [{ sentences }], onDomain: true } as unknown as DocumentText;
    const index = new SentenceIndex(text, catalogue);
    let matched = 0;
    for (const pattern of patterns) {
      const candidates = new Set(index.candidatesIn(text.sections[0]!, [pattern]));
      for (const sentence of sentences) {
        const expected = matches(pattern, sentence);
        expect(index.test(pattern, sentence), `${pattern} / ${sentence.text}`).toBe(expected);
        if (expected) expect(candidates.has(sentence), `${pattern} / ${sentence.text}`).toBe(true);
        matched += Number(expected);
      }
    }
    expect(matched).toBe(5);
  });
});
