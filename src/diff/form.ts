/**
 * Where the same words are printed in another form: emphasis added or removed, a link made or
 * undone, a heading's level, a list become paragraphs, a picture swapped or described anew.
 * Derived from the printed structure (see printed.ts), word by word, so any form the page can
 * print is compared, not a list of cases.
 */
import { diffArrays } from 'diff';
import { maxEdits } from './words.js';
/** A printed word (or picture) and the form it is printed in, named for a reader: »fed skrift«, »punktopstilling«, »underoverskrift på niveau 1«. */
export interface PrintedWord {
  word: string;
  /** A picture's source: a picture is a word with no text, the same picture wherever its source is the same. */
  picture?: string;
  form: string[];
}

/** Words printed in another form: the forms only the old version gives them, and those only the new one does. */
export interface FormChange {
  /** The words as printed ('' for a picture). */
  text: string;
  before: string[];
  after: string[];
}

/** The items of `of` that `without` lacks, as many times as `of` has them more. */
export function lacking(of: readonly string[], without: readonly string[]): string[] {
  const left = [...without];
  return of.filter((item) => {
    const index = left.indexOf(item);
    if (index < 0) return true;
    left.splice(index, 1);
    return false;
  });
}

/** What makes two printed words the same word, as one string (compared faster than by a function): its text, or a picture's source. */
const identity = (word: PrintedWord) => (word.picture === undefined ? word.word : `\u0000${word.picture}`);

/** Joins changes next to each other that change the same forms, so a sentence made bold is one change, not one per word. */
function joined(changes: Array<FormChange & { at: number }>): FormChange[] {
  const out: Array<FormChange & { at: number }> = [];
  for (const change of changes) {
    const last = out.at(-1);
    if (last && last.at + 1 === change.at && JSON.stringify([last.before, last.after]) === JSON.stringify([change.before, change.after])) {
      last.text = [last.text, change.text].filter(Boolean).join(' ');
      last.at = change.at;
    } else out.push({ ...change });
  }
  return out.map(({ text, before, after }) => ({ text, before, after }));
}

/**
 * How the words both versions print alike changed form. Words added or removed are the word
 * diff's; only a picture, which has no words, is named here when it comes or goes.
 */
export function formChanges(was: readonly PrintedWord[], now: readonly PrintedWord[]): FormChange[] {
  const changes: Array<FormChange & { at: number }> = [];
  let [old, current] = [0, 0];
  /** Pictures the version before had just here: one that comes in their place is a picture swapped, one change. */
  let gone: (FormChange & { at: number }) | undefined;
  // A text rewritten past maxEdits is shown as rewritten by its words: the form of what little is left is not named.
  for (const part of diffArrays(was.map(identity), now.map(identity), { maxEditLength: maxEdits }) ?? []) {
    const count = part.count ?? part.value.length;
    const words = part.removed ? was.slice(old, old + count) : now.slice(current, current + count);
    const pictures = words.filter((word) => word.picture !== undefined).map((word) => word.form.at(-1)!);
    if (part.removed) {
      gone = pictures.length > 0 ? { text: '', before: pictures, after: [], at: -1 } : undefined;
      if (gone) changes.push(gone);
      old += count;
    } else if (part.added) {
      if (gone && pictures.length > 0) gone.after = pictures;
      else if (pictures.length > 0) changes.push({ text: '', before: [], after: pictures, at: -1 });
      gone = undefined;
      current += count;
    } else {
      for (let index = 0; index < count; index++) {
        const [a, b] = [was[old + index]!, now[current + index]!];
        const [before, after] = [lacking(a.form, b.form), lacking(b.form, a.form)];
        if (before.length + after.length > 0) changes.push({ text: b.word, before, after, at: current + index });
      }
      [old, current, gone] = [old + count, current + count, undefined];
    }
  }
  return joined(changes);
}
