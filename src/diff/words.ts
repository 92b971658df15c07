/**
 * The printed text of a part before and after, word by word: line by line first (a line is a
 * paragraph, a list item or a table cell), so a line that only moved (list items reordered)
 * is said to have moved, not to be removed in one place and added in another; the lines
 * that did change are compared word by word.
 */
import { diffArrays, diffWords } from 'diff';

export interface WordChange {
  /** `movedAway` is a line where it stood before, `moved` the same line where it stands now. */
  kind: 'same' | 'added' | 'removed' | 'moved' | 'movedAway';
  text: string;
}

/**
 * How many edits a diff looks for before it calls the texts rewritten: the diff's time grows
 * with the text times the edits, and a text turned upside down (thousands of lines reversed)
 * would otherwise take minutes. Past it, lines are compared as wholes (so moved lines are still
 * »flyttet«), words as all removed and all added.
 */
export const maxEdits = 2000;

const sameLine = (a: string, b: string) => a.trimEnd() === b.trimEnd();

function byWord(before: string, after: string): WordChange[] {
  const parts = diffWords(before, after, { maxEditLength: maxEdits }) ?? [
    { removed: true, added: false, value: before },
    { removed: false, added: true, value: after },
  ];
  return parts
    .filter((part) => part.value !== '')
    .map((part) => ({
      kind: part.added ? ('added' as const) : part.removed ? ('removed' as const) : ('same' as const),
      text: part.value,
    }));
}

/** Lines counted by their text, so each is taken as many times as it is there. */
function counted(lines: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(line.trimEnd(), (counts.get(line.trimEnd()) ?? 0) + 1);
  return counts;
}

/** Takes `line` out of `counts` (once), telling whether it was there. */
function takeOut(counts: Map<string, number>, line: string): boolean {
  const left = counts.get(line.trimEnd()) ?? 0;
  if (left > 0) counts.set(line.trimEnd(), left - 1);
  return left > 0;
}

/**
 * One side of a change, cut at its lines that moved: the changed text before each moved line,
 * with that line (the last piece has none), so the moved lines stand where they stand in the text.
 */
function cutAtMoved(lines: readonly string[], moved: Map<string, number>, kind: 'moved' | 'movedAway'): { text: string; moved?: WordChange }[] {
  const pieces: { text: string; moved?: WordChange }[] = [{ text: '' }];
  for (const line of lines) {
    if (takeOut(moved, line)) {
      pieces.at(-1)!.moved = { kind, text: line };
      pieces.push({ text: '' });
    } else pieces.at(-1)!.text += line;
  }
  return pieces;
}

export function wordChanges(before: string, after: string): WordChange[] {
  const [was, now] = [before.split(/(?<=\n)/), after.split(/(?<=\n)/)];
  const parts = diffArrays(was, now, { comparator: sameLine, maxEditLength: maxEdits }) ?? [
    { removed: true, added: false, value: was, count: was.length },
    { removed: false, added: true, value: now, count: now.length },
  ];
  const removed = counted(parts.filter((part) => part.removed).flatMap((part) => part.value));
  const added = parts.filter((part) => part.added).flatMap((part) => part.value);
  // A line both removed somewhere and added somewhere else moved; each line as many times as it moved.
  const movedLines = added.filter((line) => line.trim() !== '' && takeOut(removed, line));
  const [awayLines, hereLines] = [counted(movedLines), counted(movedLines)];
  const changes: WordChange[] = [];
  let hunk = { removed: [] as string[], added: [] as string[] };
  // The changed text between two moved lines of each side is compared word by word, in the order the text has it.
  const endHunk = () => {
    const [away, here] = [cutAtMoved(hunk.removed, awayLines, 'movedAway'), cutAtMoved(hunk.added, hereLines, 'moved')];
    for (let index = 0; index < Math.max(away.length, here.length); index++) {
      const [gone, come] = [away[index], here[index]];
      if (gone?.text || come?.text) changes.push(...byWord(gone?.text ?? '', come?.text ?? ''));
      changes.push(...[gone?.moved, come?.moved].filter((line) => line !== undefined));
    }
    hunk = { removed: [], added: [] };
  };
  for (const part of parts) {
    if (part.added || part.removed) hunk[part.added ? 'added' : 'removed'].push(...part.value);
    else {
      endHunk();
      changes.push({ kind: 'same', text: part.value.join('') });
    }
  }
  endHunk();
  return changes;
}
