/**
 * Time written in running text: a time limit (»senest 14 dage«, »inden for to uger«,
 * »højst 10 hverdage«) in calendar days, and the months a follow-up is at (»1 og 6
 * måneder«, »en, tre og seks mdr.«).
 *
 * The patterns read the text in lower case and have no `i` flag: with it V8 compiles every
 * letter in both cases, several ms once per run (test/lower-case-patterns.test.ts checks
 * they read as with the flag).
 */
import { LetterPattern } from './letters.js';
import { numberPattern, numberValue } from './numbers.js';

const units = 'hverdage|arbejdsdage|dage|døgn|uger|ugers';
/** A number of days, working days or weeks (»14 dage«, »to uger«), after the words that make it a limit if they stand there. */
const duration = new LetterPattern(
  String.raw`(?:(?<!\p{L})(senest|inden for|indenfor|inden|højst|maksimalt|max\.?)\s+)?(?<![\p{L}\d])(${numberPattern})\s+(${units})(?!\p{L})`,
  'gu',
);

/** Ten working days are two weeks: a working day counts as 7/5 of a day, a week as 7. */
function calendarDays(count: number, unit: string): number {
  if (unit.startsWith('uge')) return count * 7;
  return unit === 'hverdage' || unit === 'arbejdsdage' ? Math.ceil((count * 7) / 5) : count;
}

export interface Duration {
  /** In calendar days. */
  days: number;
  /** A limit word (»senest«, »inden for«) stands before it. */
  limit: boolean;
  /** Counted in calendar days as written (»14 dage«), not in weeks or working days. */
  inDays: boolean;
}

/** Every duration in the text. */
export function durationsIn(text: string): Duration[] {
  const lower = text.toLowerCase();
  return [...lower.matchAll(duration.for(lower))].map((match) => ({
    days: calendarDays(numberValue(match[2]!), match[3]!),
    limit: match[1] !== undefined,
    inDays: match[3] === 'dage',
  }));
}

/** The time limits the text states, in calendar days (»senest 14 dage« → 14, »inden for to uger« → 14). */
export function deadlinesIn(text: string): number[] {
  return durationsIn(text)
    .filter((each) => each.limit)
    .map((each) => each.days);
}

/** About when treatment starts, not how long it lasts (»behandlingen varer højst 12 uger«). */
const aboutStart = new LetterPattern(
  String.raw`garanti|iværksæt|påbegynd|(?<!\p{L})start|opstart|igangsæt|(?<!\p{L})(?:få|modtage|tilbydes|tilbudt|begynde)(?: \p{L}+){0,2} behandling|behandling(?:en)? (?:skal|vil|kan) (?:begynde|starte|iværksættes|påbegyndes|gå i gang)|(?<!\p{L})sætte[rs]?(?: \p{L}+){0,2} i gang`,
);

/** The deadlines, in days, that sentences about starting treatment state. */
export function startDeadlinesIn(sentences: readonly { text: string }[]): number[] {
  return sentences.flatMap(({ text }) => (aboutStart.test(text.toLowerCase()) ? deadlinesIn(text) : []));
}

/** What a time limit counts from, in the words after its number (»14 dage efter, at du er visiteret«). */
const countedFrom = new LetterPattern(String.raw`^\s*(?:${units})\s*,?\s+(?:regnet\s+)?(?:efter|fra)(?!\p{L})[^.;!?]{0,100}`);
/** The law's start (SEL § 101, stk. 4: »efter, at personen har henvendt sig til kommunen med ønske om …«), however worded. */
const fromRequest = new LetterPattern(String.raw`henvend|henvis|kontakt|anmod|ønske|(?<!\p{L})(?:bedt|beder|søgt|søger|ansøg)`);
/** An event after the request: the assessment, a decision, a conversation, the plan or the intake. */
const fromLaterEvent = new LetterPattern(
  String.raw`(?:visit|afgørelse|udred|vurdering|indstilling|bevilg|behandlingsplan|samtale|indskriv|screening|godkend|optag)\p{L}*`,
);

/**
 * The words a start deadline counts from where they name an event later than the request
 * (»efter, at du er blevet visiteret«), which lengthens the wait the law allows.
 */
export function laterStartsIn(sentences: readonly { text: string }[]): string[] {
  return sentences.flatMap(({ text }) => {
    const lower = text.toLowerCase();
    if (!aboutStart.test(lower)) return [];
    return [...lower.matchAll(duration.for(lower))].flatMap((match) => {
      const unitAt = match.index + match[0].length - match[3]!.length;
      const counted = match[1] === undefined ? null : countedFrom.exec(lower.slice(unitAt));
      if (!counted || fromRequest.test(counted[0])) return [];
      const later = fromLaterEvent.exec(counted[0]);
      if (!later) return [];
      const from = unitAt + match[3]!.length;
      const words = (lower.length === text.length ? text : lower).slice(from, unitAt + later.index + later[0].length);
      return [words.replace(/^[\s,]+(?:regnet\s+)?/, '')];
    });
  });
}

const separator = String.raw`\s*(?:,|og|samt|\/|-|–)\s*(?:igen\s+)?`;
/** A list of numbers (»1 og 6«, »1 og igen 6«, »en, tre og seks«), taken whole so that a long one is read once. */
const numberList = new LetterPattern(String.raw`(?<![\p{L}\d])(?:${numberPattern})(?:${separator}(?:${numberPattern}))*`, 'gu');
const monthAhead = /^\s+(?:måned|mdr)/u;

/** The months (1 to 24) the text names (»1 og 6 måneder«, »en, tre og seks mdr.«), in order of first mention. */
export function monthsIn(text: string): number[] {
  const months = new Set<number>();
  const lower = text.toLowerCase();
  for (const match of lower.matchAll(numberList.for(lower))) {
    const end = match.index + match[0].length;
    if (!monthAhead.test(lower.slice(end, end + 20))) continue;
    for (const word of match[0].split(new RegExp(separator, 'u'))) {
      const value = numberValue(word);
      if (Number.isInteger(value) && value > 0 && value <= 24) months.add(value);
    }
  }
  return [...months];
}

/** About follow-up: an appointment, a call or contact after treatment. */
const aboutFollowUp = new LetterPattern(String.raw`opfølg|følge[rs]?(?: \p{L}+)? op|kontakt|samtale`);

/** Whether a sentence is about follow-up. */
export const isAboutFollowUp = (text: string): boolean => aboutFollowUp.test(text.toLowerCase());

/** The patterns above, for the test that they read lower-case text as they would read any text with the `i` flag. */
export const lowerCasePatterns: readonly (RegExp | LetterPattern)[] = [
  duration,
  aboutStart,
  countedFrom,
  fromRequest,
  fromLaterEvent,
  numberList,
  monthAhead,
  aboutFollowUp,
];

/** The months after treatment at which sentences about follow-up say it happens. */
export function followUpMonthsIn(sentences: readonly { text: string }[]): number[] {
  return [...new Set(sentences.flatMap(({ text }) => (isAboutFollowUp(text) ? monthsIn(text) : [])))];
}
