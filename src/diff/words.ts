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

const sameLine = (a: string, b: string) => a.trimEnd() === b.trimEnd();

function byWord(before: string, after: string): WordChange[] {
  return diffWords(before, after).map((part) => ({
    kind: part.added ? ('added' as const) : part.removed ? ('removed' as const) : ('same' as const),
    text: part.value,
  }));
}

/** Takes `line` out of `lines` (once), telling whether it was there. */
function takeOut(lines: string[], line: string): boolean {
  const index = lines.findIndex((other) => sameLine(other, line));
  if (index >= 0) lines.splice(index, 1);
  return index >= 0;
}

export function wordChanges(before: string, after: string): WordChange[] {
  const parts = diffArrays(before.split(/(?<=\n)/), after.split(/(?<=\n)/), { comparator: sameLine });
  const removed = parts.filter((part) => part.removed).flatMap((part) => part.value.filter((line) => line.trim()));
  const added = parts.filter((part) => part.added).flatMap((part) => part.value);
  // A line both removed somewhere and added somewhere else moved; each line as many times as it moved.
  const movedLines = added.filter((line) => takeOut(removed, line));
  const [awayLines, hereLines] = [[...movedLines], [...movedLines]];
  const changes: WordChange[] = [];
  let hunk = { removed: '', added: '' };
  const endHunk = () => {
    if (hunk.removed || hunk.added) changes.push(...byWord(hunk.removed, hunk.added));
    hunk = { removed: '', added: '' };
  };
  for (const part of parts) {
    if (!part.added && !part.removed) {
      endHunk();
      changes.push({ kind: 'same', text: part.value.join('') });
      continue;
    }
    for (const line of part.value) {
      if (part.removed && takeOut(awayLines, line)) changes.push({ kind: 'movedAway', text: line });
      else if (part.added && takeOut(hereLines, line)) changes.push({ kind: 'moved', text: line });
      else hunk[part.added ? 'added' : 'removed'] += line;
    }
  }
  endHunk();
  return changes;
}
