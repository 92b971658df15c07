/**
 * What a regular expression demands of any text it matches: a few literal strings, one of
 * which every match contains (»(kost|mad)(en)? betal« cannot match a text with neither
 * »kost« nor »mad«). The evidence search looks for these strings in each sentence once and
 * runs a pattern only on the sentences that contain one of its strings: the regex engine
 * otherwise tries every alternative of a long alternation at every position of every
 * sentence. Derived from the compiled pattern's source at run time, so a catalogue read
 * from data gets it too; a construct this reader does not know makes it give up (no
 * strings: the pattern is run on every sentence), never guess.
 */

/**
 * What a part of a pattern can match: if `exact`, every string it can match (a short list);
 * else strings one of which every match contains (the empty string: nothing known).
 */
interface Info {
  exact: boolean;
  strings: readonly string[];
  /** The length of the shortest string. */
  shortest: number;
}

function info(exact: boolean, strings: readonly string[]): Info {
  let shortest = Number.POSITIVE_INFINITY;
  for (const string of strings) shortest = Math.min(shortest, string.length);
  return { exact, strings, shortest };
}

const anything = info(false, ['']);
const empty = info(true, ['']);

/** More exact strings than this are not multiplied out: the part is kept as a requirement. */
const mostExact = 4;
/** A character class of at most this many characters is read as its characters. */
const mostClassChars = 16;
/** The rest of a class written with more than twice that many characters. */
const longClass = new RegExp(String.raw`\^?(?:[^\]\\]|\\.){${2 * mostClassChars + 1},}\]`, 'y');

/** Characters that stand for themselves in a pattern. */
const plainCharacters = /[^\\^$.|?*+()[\]{}]+/y;

class Unsupported extends Error {}

/** Per pattern, computed once: the patterns of a catalogue are few and live as long as the process. */
const known = new WeakMap<RegExp, readonly string[] | null>();

/**
 * Strings one of which every match of `pattern` contains, in the case the pattern reads;
 * undefined when none are known: flags that change what a character matches (`i`, `v`), or
 * that make `test` depend on the last call (`g`, `y`); a part that can match anything.
 */
export function requiredLiterals(pattern: RegExp): readonly string[] | undefined {
  let result = known.get(pattern);
  if (result === undefined) known.set(pattern, (result = derive(pattern)));
  return result ?? undefined;
}

/**
 * A lookaround of one character class (»(?<![a-zæø…])«, how the catalogue marks the ends of
 * words): it consumes nothing, and dropping it only lets the pattern match more, so what the
 * rest needs still holds. Dropped before reading, as it is most of a long pattern's source.
 */
const classLookaround = /\(\?<?[=!]\[(?:[^\]\\]|\\.)*\]\)/g;

function derive(pattern: RegExp): readonly string[] | null {
  if (/[igyv]/.test(pattern.flags)) return null;
  let found: Info;
  try {
    const reader = new Reader(pattern.source.replace(classLookaround, ''), pattern.unicode);
    found = reader.alternation();
    if (!reader.done()) throw new Unsupported();
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
  return found.shortest === 0 ? null : minimal(found.strings);
}

/** Without the strings that contain another of them: a text with the longer one has the shorter too. */
function minimal(strings: readonly string[]): string[] {
  const kept: string[] = [];
  for (const candidate of [...strings].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))) {
    if (!kept.some((shorter) => candidate.includes(shorter))) kept.push(candidate);
  }
  return kept;
}

/** How useful a requirement is: its shortest string (a long one is rare), then fewer strings. */
const worth = (part: Info): number => Math.min(part.shortest, 6) * 1000 - Math.min(part.strings.length, 999);

const best = (a: Info, b: Info): Info => (worth(b) > worth(a) ? b : a);

const required = (part: Info): Info => (part.exact ? { ...part, exact: false } : part);

function product(a: Info, b: Info): Info {
  const strings = new Set<string>();
  for (const left of a.strings) for (const right of b.strings) strings.add(left + right);
  return info(true, [...strings]);
}

/** Parts in sequence: runs of exact parts multiply out; each part's and each run's requirement holds for the whole. */
function sequence(parts: readonly Info[]): Info {
  let run = empty;
  let found = anything;
  let whole = true;
  for (const part of parts) {
    // A part alone may need fewer strings than its product with the next (»leverandør« before » af«, » til«).
    found = best(found, required(part));
    if (part.exact && run.strings.length * part.strings.length <= mostExact) {
      run = product(run, part);
      continue;
    }
    whole = false;
    found = best(found, required(run));
    run = part.exact ? part : empty;
  }
  return whole ? run : best(found, required(run));
}

/** Alternatives: every match is one of them, so one of their strings is in it. */
function either(alternatives: readonly Info[]): Info {
  const strings = [...new Set(alternatives.flatMap((alternative) => alternative.strings))];
  return info(strings.length <= mostExact && alternatives.every((alternative) => alternative.exact), strings);
}

function repeated(part: Info, least: number, most: number): Info {
  if (least > 0) return required(part);
  return most === 1 && part.exact ? info(true, [...new Set([...part.strings, ''])]) : anything;
}

const single = (...chars: string[]): Info => info(true, chars);

const digits = '0123456789'.split('');

/** Escapes of one character (`\n`), as the character. */
const controlEscapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v' };

/** A recursive-descent reader of the pattern syntax, as far as the catalogue's patterns use it. */
class Reader {
  private index = 0;

  constructor(
    private readonly source: string,
    private readonly unicode: boolean,
  ) {}

  done(): boolean {
    return this.index === this.source.length;
  }

  private peek(offset = 0): string | undefined {
    return this.source[this.index + offset];
  }

  /** Reads what a sticky pattern matches at the current place, if it does. */
  private read(sticky: RegExp): RegExpExecArray | null {
    sticky.lastIndex = this.index;
    const found = sticky.exec(this.source);
    if (found) this.index = sticky.lastIndex;
    return found;
  }

  private next(): string {
    const char = this.source[this.index];
    if (char === undefined) throw new Unsupported();
    this.index += 1;
    return char;
  }

  alternation(): Info {
    const alternatives = [this.sequence()];
    while (this.peek() === '|') {
      this.index += 1;
      alternatives.push(this.sequence());
    }
    return alternatives.length === 1 ? alternatives[0]! : either(alternatives);
  }

  /** Parts in sequence; a run of single strings (each character of a word) is read as one part. */
  private sequence(): Info {
    const parts: Info[] = [];
    let run = '';
    for (let char = this.peek(); char !== undefined && char !== '|' && char !== ')'; char = this.peek()) {
      const plain = this.plainRun();
      if (plain) {
        run += plain;
        continue;
      }
      const atom = this.atom();
      const part = this.quantified(atom);
      if (part === atom && part.exact && part.strings.length === 1) {
        run += part.strings[0];
        continue;
      }
      if (run) parts.push(single(run));
      run = '';
      parts.push(part);
    }
    if (run) parts.push(single(run));
    return parts.length === 1 ? parts[0]! : sequence(parts);
  }

  /** Characters that stand for themselves, read at once; not the last if a quantifier follows it. */
  private plainRun(): string {
    const found = this.read(plainCharacters);
    if (!found) return '';
    if (!'?*+{'.includes(this.peek() ?? '|')) return found[0];
    const last = this.unicode && /[\uD800-\uDBFF][\uDC00-\uDFFF]$/.test(found[0]) ? 2 : 1;
    this.index -= last;
    return found[0].slice(0, -last);
  }

  private quantified(info: Info): Info {
    const char = this.peek();
    let bounds: [number, number] | undefined;
    if (char === '*') bounds = [0, Number.POSITIVE_INFINITY];
    else if (char === '+') bounds = [1, Number.POSITIVE_INFINITY];
    else if (char === '?') bounds = [0, 1];
    if (bounds) this.index += 1;
    else if (char === '{') {
      const braces = this.read(/\{(\d+)(,(\d*))?\}/y);
      if (!braces) throw new Unsupported();
      const least = Number(braces[1]);
      bounds = [least, braces[2] === undefined ? least : braces[3] ? Number(braces[3]) : Number.POSITIVE_INFINITY];
    } else return info;
    if (this.peek() === '?') this.index += 1;
    return repeated(info, bounds[0], bounds[1]);
  }

  private atom(): Info {
    const char = this.next();
    switch (char) {
      case '(':
        return this.group();
      case '[':
        return this.characterClass();
      case '\\':
        return this.escape();
      case '.':
        return anything;
      case '^':
      case '$':
        return empty;
      case '*':
      case '+':
      case '?':
      case '{':
      case '}':
      case ']':
        throw new Unsupported();
      default:
        return single(this.withLowSurrogate(char));
    }
  }

  /** Under the `u` flag a character outside the BMP is one unit of the pattern (a quantifier after it repeats both halves). */
  private withLowSurrogate(char: string): string {
    const low = this.peek();
    if (!this.unicode || !/[\uD800-\uDBFF]/.test(char) || low === undefined || !/[\uDC00-\uDFFF]/.test(low)) return char;
    this.index += 1;
    return char + low;
  }

  private group(): Info {
    let zeroWidth = false;
    if (this.peek() === '?') {
      const head = this.read(/\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/y);
      if (!head) throw new Unsupported();
      zeroWidth = /^\?(?:=|!|<=|<!)$/.test(head[0]);
    }
    const inner = this.alternation();
    if (this.next() !== ')') throw new Unsupported();
    // A lookaround consumes nothing: what it asks of the text around is not part of the match.
    return zeroWidth ? empty : inner;
  }

  private escape(): Info {
    const char = this.next();
    if (char === 'b' || char === 'B') return empty;
    if (char === 'd') return single(...digits);
    if ('DwWsS'.includes(char)) return anything;
    if (char === 'p' || char === 'P') {
      this.skip(this.unicode ? /\{[\w=]+\}/y : undefined);
      return anything;
    }
    if (char === 'k') {
      this.skip(/<[A-Za-z_$][\w$]*>/y);
      return anything;
    }
    if (/[1-9]/.test(char)) {
      while (/\d/.test(this.peek() ?? '')) this.index += 1;
      return anything;
    }
    return single(this.escapedCharacter(char));
  }

  /** Past the rest of an escape (`{L}` of `\p{L}`), which must be there. */
  private skip(rest: RegExp | undefined): void {
    if (!rest || !this.read(rest)) throw new Unsupported();
  }

  /** The one character an escape stands for (`\.` a full stop, `\u00e6` æ); anything else is not read. */
  private escapedCharacter(char: string): string {
    if (char in controlEscapes) return controlEscapes[char]!;
    if (char === '0' && !/\d/.test(this.peek() ?? '')) return '\0';
    if (char === 'x' || char === 'u') {
      const hex = char === 'x' ? /[0-9a-fA-F]{2}/y : this.unicode && this.peek() === '{' ? /\{([0-9a-fA-F]{1,6})\}/y : /[0-9a-fA-F]{4}/y;
      const code = this.read(hex);
      if (!code) throw new Unsupported();
      return String.fromCodePoint(Number.parseInt(code[1] ?? code[0], 16));
    }
    if (/[A-Za-z0-9]/.test(char)) throw new Unsupported();
    return char;
  }

  /** A class of a few characters is those characters; a negated or a wide one can be almost anything. */
  private characterClass(): Info {
    // A long class (»[a-zæøå…]«, a letter) is read past at once: it can be many characters.
    if (this.read(longClass)) return anything;
    const negated = this.peek() === '^';
    if (negated) this.index += 1;
    const chars = new Set<string>();
    let wide = false;
    for (let first = true; first || this.peek() !== ']'; first = false) {
      const from = this.classCharacter();
      if (from === undefined) {
        wide = true;
        continue;
      }
      if (this.peek() === '-' && this.peek(1) !== ']') {
        this.index += 1;
        const to = this.classCharacter();
        if (to === undefined || to.codePointAt(0)! < from.codePointAt(0)!) throw new Unsupported();
        if (to.codePointAt(0)! - from.codePointAt(0)! >= mostClassChars) wide = true;
        else for (let code = from.codePointAt(0)!; code <= to.codePointAt(0)!; code += 1) chars.add(String.fromCodePoint(code));
      } else chars.add(from);
    }
    this.index += 1;
    if (negated || wide || chars.size > mostClassChars) return anything;
    return single(...chars);
  }

  /** One character of a class, or undefined for a class escape (`\d`, `\s`, `\p{L}`). */
  private classCharacter(): string | undefined {
    const char = this.next();
    if (char === '[' && this.unicode) throw new Unsupported();
    if (char !== '\\') return this.withLowSurrogate(char);
    const escaped = this.next();
    if ('dDwWsS'.includes(escaped)) return undefined;
    if (escaped === 'p' || escaped === 'P') {
      this.skip(this.unicode ? /\{[\w=]+\}/y : undefined);
      return undefined;
    }
    if (escaped === 'b') return '\b';
    if (escaped === '-') return '-';
    return this.escapedCharacter(escaped);
  }
}
