/**
 * Metamorphic tests of the evidence search (issue #9): a requirement answered in prose keeps
 * its verdict when its section is moved, untagged, into `oevrige_afsnit` under the
 * document's own heading or a neutral one, and the finding then names the new section.
 * Not a word of the document changes, so neither may the verdict.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMap, parseDocument, type YAMLMap } from 'yaml';
import { checkSource, type FileCheck } from '../src/check/run.js';
import { defaultRegulation } from '../src/regulations/index.js';
import { matrixDate } from './compliance-matrix.js';
import { municipalityNames, root } from './helpers.js';
import { moveToOtherSections, withoutSection } from './section-moves.js';

/** Requirements answered by data, not prose: the address (§3.3), the named offers (§5.2), the dates (§6.1). */
const answeredByData = new Set(['§3.3', '§5.2', '§6.1']);
type ValidCheck = FileCheck & { valid: true };

function check(name: string, source: string): ValidCheck {
  const result = checkSource(`municipalities/${name}.yml`, Buffer.from(source), matrixDate);
  if (!result.valid) throw new Error(`${name}: ${JSON.stringify(result.diagnostics.slice(0, 2))}`);
  return result;
}

interface Move {
  name: string;
  id: string;
  heading: string;
  before: string;
  after: string;
  namesNewSection: boolean;
  /** The verdict with the section deleted: the same means the document answers the requirement elsewhere too. */
  withoutIt: string;
}

function movesOf(name: string): Move[] {
  const source = readFileSync(join(root, 'municipalities', `${name}.yml`), 'utf8');
  const original = check(name, source);
  const document = parseDocument(source);
  const moves: Move[] = [];
  for (const requirement of defaultRegulation.requirements) {
    if (answeredByData.has(requirement.id) || requirement.field.includes('.')) continue;
    const section = document.get(requirement.field) as YAMLMap | undefined;
    if (!isMap(section) || !section.get('tekst')) continue;
    const ownHeading = section.get('overskrift');
    const headings = [...(typeof ownHeading === 'string' ? [ownHeading] : []), 'Praktiske oplysninger'];
    const withoutIt = check(name, withoutSection(source, requirement.field)).findings.find((finding) => finding.requirement.id === requirement.id)!.status;
    for (const heading of headings) {
      const moved = check(name, moveToOtherSections(source, requirement.field, heading));
      const before = original.findings.find((finding) => finding.requirement.id === requirement.id)!;
      const after = moved.findings.find((finding) => finding.requirement.id === requirement.id)!;
      moves.push({
        name,
        id: requirement.id,
        heading,
        before: before.status,
        after: after.status,
        namesNewSection: after.sources?.some((found) => found.heading === heading && found.how === 'fundet') ?? false,
        withoutIt,
      });
    }
  }
  return moves;
}

/** Moves that change the verdict, each with its reason in the source text. */
const knownExceptions: Record<string, string> = {
  'ikast-brande §6.2 Praktiske oplysninger':
    'Its one sentence involves users and relatives in revision only »i det omfang det er muligt«, no promise, so no answer (as a denial is none): in its own field the field has text on the subject (delvist), elsewhere nothing is found (mangler).',
};

describe('evidence search: moving a section under another heading keeps its verdict', () => {
  const moves = municipalityNames.flatMap(movesOf);

  it('covers every requirement answered in prose in the five files, under its own and a neutral heading', () => {
    expect(moves.length).toBeGreaterThan(150);
  });

  it('keeps the verdict in at least 95 % of the moves, and every exception is known and argued', () => {
    const changed = moves.filter((move) => move.before !== move.after);
    const unexplained = changed.filter((move) => !knownExceptions[`${move.name} ${move.id} ${move.heading}`]);
    expect(unexplained.map((move) => `${move.name} ${move.id} »${move.heading}«: ${move.before} → ${move.after}`)).toEqual([]);
    expect(1 - changed.length / moves.length).toBeGreaterThanOrEqual(0.95);
  });

  it('names the new section as where the requirement was found, unless other sections answer it as fully', () => {
    // A document may answer a requirement in several places (Randers follows up on the plan
    // both under »Plan for din behandling« and »Hvordan følges der op …«); the finding names
    // the best few, and the moved section need not be among them when it adds nothing.
    const needed = moves.filter((move) => move.after !== 'mangler' && move.withoutIt !== move.after);
    const unnamed = needed.filter((move) => !move.namesNewSection);
    expect(unnamed.map((move) => `${move.name} ${move.id} »${move.heading}«`)).toEqual([]);
    expect(needed.length).toBeGreaterThan(40);
  });
});
