/**
 * Which section of the earlier version a section is, and whether it moved. A section keeps
 * its key, or else it is the earlier section it (nearly) repeats: a key renamed, or a section
 * moved from the other sections into a requirement's field, is the same text and not one
 * section removed and another added. It moved when its chapter changed, or when it no longer
 * stands in the order the sections around it keep.
 */
import { diffArrays } from 'diff';
import type { PrintedPart } from './printed.js';

/** How much of two sections' words (heading and text, counted) they share: 1 for the same words in any order, 0 for none. */
const likenessFloor = 0.7;

type Bag = Map<string, number>;

function bagOf(part: PrintedPart): Bag {
  const bag: Bag = new Map();
  for (const word of `${part.heading} ${part.text}`.toLowerCase().split(/\s+/)) if (word) bag.set(word, (bag.get(word) ?? 0) + 1);
  return bag;
}

function likeness(a: Bag, b: Bag): number {
  let [shared, total] = [0, 0];
  for (const [word, count] of a) [shared, total] = [shared + Math.min(count, b.get(word) ?? 0), total + count];
  for (const count of b.values()) total += count;
  return total === 0 ? 1 : (2 * shared) / total;
}

const isSection = (part: PrintedPart) => part.chapter !== undefined;
const sameHeading = (a: PrintedPart, b: PrintedPart) => a.headingPrinted && b.headingPrinted && a.heading === b.heading;

/**
 * For each part of `current`, the key of the part of `old` it is: its own key, or else, of the
 * sections without a counterpart, the one with its heading, or else the most alike, best pairs first.
 */
export function matchedParts(old: Map<string, PrintedPart>, current: Map<string, PrintedPart>): Map<string, string> {
  const matched = new Map([...current.keys()].filter((key) => old.has(key)).map((key) => [key, key]));
  const gone = [...old.values()].filter((part) => isSection(part) && !current.has(part.key)).map((part) => ({ part, bag: bagOf(part) }));
  const come = [...current.values()].filter((part) => isSection(part) && !old.has(part.key)).map((part) => ({ part, bag: bagOf(part) }));
  // The surest pairs first: the same printed heading (two alike appendices are told apart by it), then the most alike words.
  const pairs = gone
    .flatMap((was) =>
      come.map((now) => ({ was: was.part.key, now: now.part.key, sameHeading: sameHeading(was.part, now.part), likeness: likeness(was.bag, now.bag) })),
    )
    .filter((pair) => pair.likeness >= likenessFloor)
    .sort((a, b) => Number(b.sameHeading) - Number(a.sameHeading) || b.likeness - a.likeness);
  const taken = new Set<string>();
  for (const pair of pairs) {
    if (matched.has(pair.now) || taken.has(pair.was)) continue;
    matched.set(pair.now, pair.was);
    taken.add(pair.was);
  }
  return matched;
}

/**
 * Where a moved section stands now, by the headings a reader sees: the section before it in
 * its chapter (or the chapter before it, for a chapter), unless that one prints no heading;
 * whether it is the first; and its chapter (none for a chapter).
 */
export interface Move {
  after?: string;
  first: boolean;
  chapter?: string;
}

/** The sections of `current` that moved, with where they stand now. `matched` is matchedParts'. */
export function movedSections(old: Map<string, PrintedPart>, current: Map<string, PrintedPart>, matched: Map<string, string>): Map<string, Move> {
  const sections = [...current.values()].filter((part) => isSection(part) && matched.has(part.key));
  const kept = new Set(matched.values());
  const oldOrder = [...old.values()].filter((part) => isSection(part) && kept.has(part.key)).map((part) => part.key);
  const outOfOrder = new Set(
    diffArrays(
      oldOrder,
      sections.map((part) => matched.get(part.key)!),
    ).flatMap((part) => (part.added ? part.value : [])),
  );
  const moves = new Map<string, Move>();
  for (const [index, part] of sections.entries()) {
    const was = old.get(matched.get(part.key)!)!;
    const chapterBefore = was.chapter;
    const chapterNow = matched.get(part.chapter!) ?? part.chapter;
    if (chapterBefore === chapterNow && !outOfOrder.has(was.key)) continue;
    const ownChapter = part.chapter === part.key;
    const before = sections
      .slice(0, index)
      .reverse()
      .find((other) => (ownChapter ? other.chapter === other.key : other.chapter === part.chapter && other.key !== part.chapter));
    // A section printing no heading of its own is named by its chapter: no place to point at.
    const after = before?.headingPrinted ? before.heading : undefined;
    moves.set(part.key, { after, first: !before, chapter: ownChapter ? undefined : current.get(part.chapter!)?.heading });
  }
  return moves;
}
