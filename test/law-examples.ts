/**
 * The fixtures of each requirement, kept beside its data (issue 18): the eksempler.yml in
 * its folder under src/regulations/bek-1477-2019/. Per aspect, wordings a kvalitetsstandard
 * may use for it, which the evidence search must find, and near misses, which share words
 * with it but do not express it; written the way such standards are written in general
 * (citizen-facing, formal, list items, table cells), not taken from the five files in
 * municipalities/. Each entry is Markdown, as in a `tekst` field; a list or a table counts
 * as one block. Read by test/evidence-wordings.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { root } from './helpers.js';

export interface WordingFixtures {
  /** At least three different wordings that express the element (`fundet`). */
  found: string[];
  /** At least one sentence that shares words with the element but does not express it (`naesten`). */
  nearMiss: string[];
  /**
   * Sentences that express the element only in its own section: elsewhere their subject is
   * another one (»Har du brug for tolk, sørger vi for det. Det koster ikke noget for dig.«) (`naesten_andetsteds`).
   */
  nearMissElsewhere?: string[];
}

/**
 * Two further kinds of near miss per aspect (issue 17): the aspect's own word in another
 * sense (`anden_betydning`), and the requirement restated in the law's words or a draft's
 * without an answer (`gentaget`). Neither may be taken for the element, in its own field or elsewhere.
 */
export interface NearMissKinds {
  otherSense: string[];
  restated: string[];
}

interface ExamplesFile {
  emne_overskrifter?: string[];
  aspekter?: Record<string, { fundet?: string[]; naesten?: string[]; naesten_andetsteds?: string[]; anden_betydning?: string[]; gentaget?: string[] }>;
}

const folder = join(root, 'src', 'regulations', 'bek-1477-2019');

/** Requirement id → its examples file, for each requirement folder that has one. */
function examplesFiles(): [string, ExamplesFile][] {
  const { krav } = parse(readFileSync(join(folder, 'regelsaet.yml'), 'utf8')) as { krav: string[] };
  return krav
    .filter((name) => existsSync(join(folder, name, 'eksempler.yml')))
    .map((name) => [
      (parse(readFileSync(join(folder, name, 'krav.yml'), 'utf8')) as { id: string }).id,
      parse(readFileSync(join(folder, name, 'eksempler.yml'), 'utf8')) as ExamplesFile,
    ]);
}

const knownKeys = new Set(['emne_overskrifter', 'aspekter']);
const knownKinds = new Set(['fundet', 'naesten', 'naesten_andetsteds', 'anden_betydning', 'gentaget']);

/** A misspelt key would drop its examples without a word: refuse it. */
function checked([id, examples]: [string, ExamplesFile]): [string, ExamplesFile] {
  const unknown = [
    ...Object.keys(examples).filter((key) => !knownKeys.has(key)),
    ...Object.values(examples.aspekter ?? {}).flatMap((kinds) => Object.keys(kinds).filter((key) => !knownKinds.has(key))),
  ];
  if (unknown.length > 0) throw new Error(`eksempler.yml of ${id}: unknown keys ${unknown.join(', ')}`);
  return [id, examples];
}

const files = examplesFiles().map(checked);

const perAspect = <T>(pick: (examples: NonNullable<ExamplesFile['aspekter']>[string]) => T | undefined): Record<string, Record<string, T>> =>
  Object.fromEntries(
    files.map(([id, examples]) => [
      id,
      Object.fromEntries(
        Object.entries(examples.aspekter ?? {}).flatMap(([aspect, kinds]) => {
          const picked = pick(kinds);
          return picked === undefined ? [] : [[aspect, picked]];
        }),
      ),
    ]),
  );

/** Requirement id → aspect id → wordings found and near misses. */
export const wordings = perAspect<WordingFixtures>((kinds) =>
  kinds.fundet === undefined
    ? undefined
    : { found: kinds.fundet, nearMiss: kinds.naesten ?? [], ...(kinds.naesten_andetsteds ? { nearMissElsewhere: kinds.naesten_andetsteds } : {}) },
);

/** Requirement id → aspect id → the word in another sense, and the requirement restated. */
export const nearMissKinds = perAspect<NearMissKinds>((kinds) =>
  kinds.anden_betydning === undefined && kinds.gentaget === undefined ? undefined : { otherSense: kinds.anden_betydning ?? [], restated: kinds.gentaget ?? [] },
);

/**
 * Headings kommuner put over a requirement's subject, in their own words: under such a
 * heading, a sentence counts for the requirement even where it does not name the subject.
 */
export const headings: Record<string, string[]> = Object.fromEntries(
  files.flatMap(([id, examples]) => (examples.emne_overskrifter ? [[id, examples.emne_overskrifter]] : [])),
);
