/**
 * Synthetic municipality files for the scale benchmark, made from the five real ones:
 * new names, sections in shuffled order, texts shortened or lengthened. Deterministic
 * (a seeded generator), so every run measures the same input.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { allMunicipalityFiles } from '../src/files.js';

/** mulberry32: small, fast, good enough to shuffle test data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], next: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(next() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

/** Every `tekst` made shorter or longer by whole paragraphs (factor 0.5-2). */
function varyLengths(value: unknown, next: () => number): unknown {
  if (Array.isArray(value)) return value.map((item) => varyLengths(item, next));
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => {
      if (key !== 'tekst' || typeof child !== 'string') return [key, varyLengths(child, next)];
      const paragraphs = child.split(/\n\n+/);
      const factor = 0.5 + next() * 1.5;
      const count = Math.max(1, Math.round(paragraphs.length * factor));
      return [key, Array.from({ length: count }, (_, index) => paragraphs[index % paragraphs.length]).join('\n\n')];
    }),
  );
}

export function writeSyntheticMunicipalities(dir: string, count: number, seed = 1477): string[] {
  const sources = allMunicipalityFiles().map((file) => parse(readFileSync(file, 'utf8')) as Record<string, any>);
  const next = random(seed);
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let index = 0; index < count; index++) {
    const source = sources[index % sources.length]!;
    const document = varyLengths(structuredClone(source), next) as Record<string, any>;
    const number = String(index + 1).padStart(4, '0');
    document.kommune = `Syntetisk Kommune ${number}`;
    if (document.praesentation?.raekkefoelge) document.praesentation.raekkefoelge = shuffle(document.praesentation.raekkefoelge, next);
    const file = join(dir, `syntetisk-${number}.yml`);
    writeFileSync(file, `# yaml-language-server: $schema=../schema/kvalitetsstandard.schema.json\n${stringify(document, { lineWidth: 0 })}`);
    files.push(file);
  }
  return files;
}
