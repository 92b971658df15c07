/** How long a search with a pattern written in data can take: the shapes refused in a kommune's own requirements and in a regulation folder. */

/** An unbounded repetition (`+`, `*` or `{n,}`) where `lastIndex` stands; sticky, so nothing of the pattern is copied. */
const unbounded = /[+*]|\{\d*,\}/y;
/** A bounded repetition of two or more (`{3}`, `{2,5}`). */
const repeatedTimes = /\{(\d+)(?:,(\d+))?\}/y;
/** An escape with braces: `\p{L}`. */
const property = /\\[pP]\{[^}]*\}/y;
/** An escape that matches nearly anything: not a letter, not a space, not a digit. */
const wideEscape = /\\[SWD]/y;

const at = (pattern: RegExp, source: string, index: number) => {
  pattern.lastIndex = index;
  return pattern.exec(source)?.[0].length ?? 0;
};

/** Whether a bounded repetition of two or more stands where `lastIndex` stands. */
function repeatsTimes(source: string, index: number): boolean {
  repeatedTimes.lastIndex = index;
  const match = repeatedTimes.exec(source);
  return !!match && Number(match[2] ?? match[1]) >= 2;
}

/** A repetition long enough to multiply a search's work: without bound, or up to 20 times or more (`.{0,160}`). */
const long = /[+*]|\{\d*,(\d*)\}/y;
const repeatsLong = (source: string, index: number): boolean => {
  long.lastIndex = index;
  const match = long.exec(source);
  return !!match && (match[1] === undefined || match[1] === '' || Number(match[1]) >= 20);
};

/** What a group holds, as far as how long a search can take. */
interface GroupShape {
  /** An unbounded repetition inside it. */
  repeats: boolean;
  /** An unbounded repetition of something that matches nearly anything (`.*`, `[^.]+`, `\S+`). */
  repeatsAnything: boolean;
  /** Two or more branches (`a|b`), which may match the same text. */
  branches: boolean;
  /** A lookahead or lookbehind: searched on its own, so its repetitions do not add to the branch around it. */
  lookaround: boolean;
  /** Long repetitions of nearly anything (`.*`, `[^.]{0,80}`, `[\s\S]*`, `[a-z ]+`) one after another in the branch being read. */
  inARow: number;
  /** The most of them in one of its branches already read. */
  mostInARow: number;
}

const groupShape = (lookaround = false): GroupShape => ({ repeats: false, repeatsAnything: false, branches: false, lookaround, inARow: 0, mostInARow: 0 });

/** Long repetitions of nearly anything one after another that a pattern may have: each multiplies the ways a search may split a sentence. */
const mostInARow = 2;

/**
 * The shapes that make a regular expression search take exponential or high polynomial
 * time on a sentence that almost matches: a group repeated without bound that itself
 * repeats without bound (»(a+)+«, »(\p{L}+ )*«) or has branches (»([a-z ]|[a-z ])+«), a
 * group repeated at all that repeats a match of nearly anything (»(.*){5}«), and more than
 * two long repetitions of nearly anything in a row (»e.*e.*e.*@«: minutes on one long
 * paragraph). The law's own patterns bound the outer repetition and repeat only words
 * (»(\p{L}+ ){0,3}«), and have at most two in a row; a kommune's file and a regulation
 * folder are held to the same.
 */
export function isHeavyPattern(source: string): boolean {
  // The whole pattern is a group of its own, so its branches count repetitions in a row too.
  const open: GroupShape[] = [groupShape()];
  const inner = () => open[open.length - 1]!;
  const nested = () => open.length > 1;
  /** One more long repetition of nearly anything in the branch being read; true when that is too many. */
  const anotherInARow = () => ++inner().inARow > mostInARow;
  let inClass = false;
  let classStart = -1;
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index]!;
    // An escape is one atom, \p{L} with its braces.
    if (char === '\\') {
      const wide = at(wideEscape, source, index) > 0;
      index += Math.max(at(property, source, index) - 1, 1);
      if (inClass) continue;
      if (nested() && at(unbounded, source, index + 1) > 0) {
        inner().repeats = true;
        inner().repeatsAnything ||= wide;
      }
      if (wide && repeatsLong(source, index + 1) && anotherInARow()) return true;
    } else if (inClass) {
      if (char !== ']') continue;
      inClass = false;
      const negated = source[classStart + 1] === '^';
      if (negated && nested() && at(unbounded, source, index + 1) > 0) inner().repeatsAnything = true;
      // A class with a space spans words as a negated one does.
      const spansWords = negated || /\\s| /.test(source.slice(classStart, index));
      if (spansWords && repeatsLong(source, index + 1) && anotherInARow()) return true;
    } else if (char === '[') {
      inClass = true;
      classStart = index;
    } else if (char === '(') open.push(groupShape(/^\(\?<?[=!]/.test(source.slice(index, index + 4))));
    else if (char === '|') {
      inner().branches = true;
      inner().mostInARow = Math.max(inner().mostInARow, inner().inARow);
      inner().inARow = 0;
    } else if (char === ')') {
      const group = nested() ? open.pop()! : groupShape();
      const withoutBound = at(unbounded, source, index + 1) > 0;
      if (withoutBound && (group.repeats || group.branches)) return true;
      if ((withoutBound || repeatsTimes(source, index + 1)) && group.repeatsAnything) return true;
      const outer = inner();
      outer.repeats ||= group.repeats || withoutBound;
      outer.repeatsAnything ||= group.repeatsAnything;
      if (!group.lookaround && (outer.inARow += Math.max(group.mostInARow, group.inARow)) > mostInARow) return true;
    } else {
      if (nested() && at(unbounded, source, index + 1) > 0) {
        inner().repeats = true;
        if (char === '.') inner().repeatsAnything = true;
      }
      if (char === '.' && repeatsLong(source, index + 1) && anotherInARow()) return true;
    }
  }
  return false;
}
