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

/** What a group holds, as far as how long a search can take. */
interface GroupShape {
  /** An unbounded repetition inside it. */
  repeats: boolean;
  /** An unbounded repetition of something that matches nearly anything (`.*`, `[^.]+`, `\S+`). */
  repeatsAnything: boolean;
  /** Two or more branches (`a|b`), which may match the same text. */
  branches: boolean;
}

/**
 * The shapes that make a regular expression search take exponential or high polynomial
 * time on a sentence that almost matches: a group repeated without bound that itself
 * repeats without bound (»(a+)+«, »(\p{L}+ )*«) or has branches (»([a-z ]|[a-z ])+«), and a
 * group repeated at all that repeats a match of nearly anything (»(.*){5}«). The law's own
 * patterns bound the outer repetition and repeat only words (»(\p{L}+ ){0,3}«); a kommune's
 * file and a regulation folder are held to the same.
 */
export function hasNestedRepetition(source: string): boolean {
  const open: GroupShape[] = [];
  const inner = () => open[open.length - 1];
  let inClass = false;
  let classStart = -1;
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index]!;
    // An escape is one atom, \p{L} with its braces.
    if (char === '\\') {
      const wide = at(wideEscape, source, index) > 0;
      index += Math.max(at(property, source, index) - 1, 1);
      if (inner() && at(unbounded, source, index + 1) > 0) {
        inner()!.repeats = true;
        inner()!.repeatsAnything ||= wide;
      }
    } else if (inClass) {
      if (char !== ']') continue;
      inClass = false;
      const negated = source[classStart + 1] === '^';
      if (negated && inner() && at(unbounded, source, index + 1) > 0) inner()!.repeatsAnything = true;
    } else if (char === '[') {
      inClass = true;
      classStart = index;
    } else if (char === '(') open.push({ repeats: false, repeatsAnything: false, branches: false });
    else if (char === '|') {
      if (inner()) inner()!.branches = true;
    } else if (char === ')') {
      const group = open.pop() ?? { repeats: false, repeatsAnything: false, branches: false };
      const withoutBound = at(unbounded, source, index + 1) > 0;
      if (withoutBound && (group.repeats || group.branches)) return true;
      if ((withoutBound || repeatsTimes(source, index + 1)) && group.repeatsAnything) return true;
      const outer = inner();
      if (outer) {
        outer.repeats ||= group.repeats || withoutBound;
        outer.repeatsAnything ||= group.repeatsAnything;
      }
    } else if (inner() && at(unbounded, source, index + 1) > 0) {
      inner()!.repeats = true;
      if (char === '.') inner()!.repeatsAnything = true;
    }
  }
  return false;
}
