/**
 * markdownToHtml builds the tree of a text of plain headings, paragraphs and lists itself
 * instead of parsing it (plainTree in src/render/markdown.ts). That may change its speed only: on every
 * text, the real ones, the real ones with Markdown put in at random places, and random text
 * (plain-looking and hostile), it must give the same HTML, or the same error, as the parser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { markdownToHtml, parsedMarkdownToHtml, plainTree } from '../src/render/markdown.js';
import { UserError } from '../src/usage.js';
import { root } from './helpers.js';

const options = { sectionLevel: 2, idPrefix: 'afsnit-test' };

/** The HTML, or the code of the user error. */
function outcome(render: typeof markdownToHtml, text: string): string {
  try {
    return render(text, options);
  } catch (error) {
    if (error instanceof UserError) return `fejl: ${error.code}`;
    throw error;
  }
}

/** Every string in the five municipalities' files: their texts, headings and names. */
function municipalityStrings(): string[] {
  const strings: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') strings.push(value);
    else if (value && typeof value === 'object') for (const inner of Object.values(value)) walk(inner);
  };
  const dir = join(root, 'municipalities');
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.yml'))) walk(parse(readFileSync(join(dir, name), 'utf8')));
  return strings;
}

/** A seeded generator (mulberry32), so a failure can be run again. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What the fast path must leave to the parser, or agree with it on: Markdown, GFM and characters the parser treats apart. */
// biome-ignore format: a list of inputs reads best in rows
const hostile = [
  '*x*', '_x_', '**x**', '`x`', '~~x~~', '~x~', '\\*', '\\', '&amp;', '&#65;', '&', '<b>x</b>', '<https://eksempel.dk>', '<!-- x -->',
  '[x](https://eksempel.dk)', '![x](y.png)', '[^1]', '\n\n[^1]: Note.', '[x]: /y', '[ ] ', 'www.eksempel.dk', 'WWW.eksempel.dk',
  'http://eksempel.dk', 'https://eksempel.dk', 'navn@eksempel.dk', 'mailto:navn@eksempel.dk', 'a|b', '\n| a | b |\n| - | - |',
  '\n:-- | --:', '  \n', '\\\n', ' ', '\t', '\r\n', '\r', '\u00a0', '\ufeff', '\u0000', '\u000c', '\u000b', '\n===', '\n---', '\n***', '\n___',
  '\n    kode', '\n  fortsat', '\n1. ', '\n1) ', '\n12345. ', '\n- ', '\n* ', '\n+ ', '\n> ', '>', '\n# ', '\n#', '\n####### syv',
  '\n## x ##', '\n##  to mellemrum', '\n## x #', '\n#x', '\n```\nkode\n```', '\n~~~', '\n=', '\n:', '\n§ 3', '\n(a)', '\n"citat"', '#',
  ':', '§ 101', '1.', '2026', '\n\n\n', '\n', 'æøå ÆØÅ', '…', '–', '=', '!', '?', '^', '$', '%', '/', '{x}', '\u2028',
  '\n- punkt', '\n\n- punkt', '\n-  to', '\n - ind', '\n-', '\n- - x', '\n- # x', '\n- 1. x', '\n- > x', '\n-\tx', '\n  - ind',
];

describe('plain headings, paragraphs and lists without the parser', () => {
  it('give the same HTML as the parser on the real texts, and are most of them', { timeout: 60_000 }, () => {
    const texts = municipalityStrings();
    const plain = texts.filter((text) => plainTree(text));
    for (const text of texts) expect(outcome(markdownToHtml, text), text).toBe(outcome(parsedMarkdownToHtml, text));
    // Not a test of nothing: the fast path takes a good part of the texts, headings included.
    expect(plain.length).toBeGreaterThan(texts.length / 3);
    expect(plain.some((text) => /^#{2,} /m.test(text))).toBe(true);
    expect(plain.some((text) => /^- /m.test(text))).toBe(true);
  });

  it('give the same HTML as the parser when Markdown is put into real plain texts at random places', { timeout: 60_000 }, () => {
    const next = random(20261205);
    const plain = municipalityStrings().filter((text) => text.length > 40 && plainTree(text));
    let checked = 0;
    for (const text of plain.slice(0, 24)) {
      for (const insert of hostile) {
        const at = Math.floor(next() * (text.length + 1));
        const changed = text.slice(0, at) + insert + text.slice(at);
        expect(outcome(markdownToHtml, changed), JSON.stringify(changed)).toBe(outcome(parsedMarkdownToHtml, changed));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('give the same HTML as the parser on random text, plain-looking and hostile', { timeout: 60_000 }, () => {
    const next = random(4);
    const pick = (alphabet: string[]) => alphabet[Math.floor(next() * alphabet.length)]!;
    const words = ['kommunen', 'Behandling', 'stof', 'ÆØÅ', 'www', 'x', '§', '101', '2026', 'i', 'og'];
    // biome-ignore format: a list of inputs reads best in rows
    const plainLooking = [
      ...words, ...words, ' ', ' ', ' ', '\n', '\n', '\n\n', '# ', '## ', '###### ', '#', ':', '.', ',', '(', ')', '"', '-', '=', '1.', '§ 3',
      '\n- ', '\n- ', '\n\n- ', '- ', '\n-', '\n-  ', '\n - ',
    ];
    const anything = [...plainLooking, ...hostile, ...Array.from({ length: 95 }, (_, code) => String.fromCharCode(32 + code))];
    let fast = 0;
    for (const [alphabet, count] of [
      [plainLooking, 1500],
      [anything, 1500],
    ] as const) {
      for (let index = 0; index < count; index++) {
        const text = Array.from({ length: Math.floor(next() * 40) }, () => pick(alphabet)).join('');
        if (plainTree(text)) fast += 1;
        expect(outcome(markdownToHtml, text), JSON.stringify(text)).toBe(outcome(parsedMarkdownToHtml, text));
      }
    }
    expect(fast).toBeGreaterThan(200);
  });
});
