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
import { numberPattern, numberValue, ordinalPattern, ordinalValue } from './numbers.js';

const units = 'hverdage|arbejdsdage|dage|døgn|uger|ugers';
/**
 * A number of days, working days or weeks (»14 dage«, »to uger«), after the words that make it a limit if they stand there,
 * or after »mere/længere end«, a limit when no one waits longer (see `noOneWaits`).
 */
const duration = new LetterPattern(
  String.raw`(?:(?<!\p{L})(senest|inden for|indenfor|inden|højst|maksimalt|max\.?|maks\.?|(?:ikke|aldrig) (?:mere|længere) end)\s+|(?<!\p{L})((?:mere|længere) end)\s+)?(?<![\p{L}\d])(${numberPattern})\s+(${units})(?!\p{L})`,
  'gu',
);
/**
 * No one waits longer, or the reader is not to (»Ingen venter mere end 14 dage«, »Ingen borgere skal vente længere end to uger«, »Du skal
 * ikke vente mere end 14 dage …«): the time after it is a limit.
 */
const noOneWaits =
  /(?<![a-zæøå])(?:ingen (?:[a-zæøå]+ ){0,2}(?:venter|skal vente|må vente|kommer til at vente)|(?:skal|må|kommer til at) (?:ikke|aldrig) vente)(?![a-zæøå])[^.,;]{0,40}? (?:mere|længere) end /;

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

/** Every duration in the text, with the text before it. */
function durationsAt(text: string): (Duration & { before: string })[] {
  const lower = text.toLowerCase();
  return [...lower.matchAll(duration.for(lower))].map((match) => ({
    days: calendarDays(numberValue(match[3]!), match[4]!),
    limit: match[1] !== undefined || (match[2] !== undefined && noOneWaits.test(lower)),
    inDays: match[4] === 'dage',
    before: lower.slice(0, match.index),
  }));
}

/** Every duration in the text. */
export function durationsIn(text: string): Duration[] {
  return durationsAt(text).map(({ days, limit, inDays }) => ({ days, limit, inDays }));
}

/** The time limits the text states, in calendar days (»senest 14 dage« → 14, »inden for to uger« → 14). */
export function deadlinesIn(text: string): number[] {
  return durationsAt(text)
    .filter((each) => each.limit)
    .map((each) => each.days);
}

/** About when treatment starts (»… iværksættes«, »… bliver igangsat«), not how long it lasts (»behandlingen varer højst 12 uger«). */
const aboutStart = new LetterPattern(
  String.raw`garanti|iværksæt|iværksat|påbegynd|(?<!\p{L})start|opstart|igangsæt|igangsat|(?<!\p{L})begynde[rs]?(?!\p{L})|(?<!\p{L})(?:få|modtage|tilbydes|tilbudt|tilbyder|ret til)(?: \p{L}+){0,2} behandling|(?<!\p{L})(?:komme[rs]? i|i gang med) (?:\p{L}+ )?behandling|ventetid(?:en)? på (?:\p{L}+ )?behandling|(?<!\p{L})vente[rs]? (?:\p{L}+ ){0,4}?på at (?:komme i|starte|begynde)|(?<!\p{L})vente[rs]? på (?:\p{L}+ )?behandling|behandling(?:en)? (?:skal|vil|kan) (?:begynde|starte|iværksættes|påbegyndes|gå i gang)|(?<!\p{L})sætte[rs]?(?: \p{L}+){0,2} i gang`,
);

/**
 * What a time stated in its own clause is of when that clause names another event and not the
 * start (»… og varer højst 12 uger«, »…, og behandlingsplanen udarbejdes inden for 4 uger«, »…, og
 * du får svar senest 5 dage efter«): not the guarantee's deadline.
 */
const otherEvent = new LetterPattern(
  String.raw`(?<!\p{L})(?:varer|vare|varighed\p{L}*|\p{L}*plan(?:en|er|erne)?|afgørelse\p{L}*|svar(?:et)?|opfølgning\p{L}*|følge[rs]? op|klage\p{L}*)(?!\p{L})`,
);
const clauseBreak = /[,;:]|\s(?:og|men|samt|mens)\s/;

/** The deadlines, in days, that sentences about starting treatment state, each in a clause about the start. */
export function startDeadlinesIn(sentences: readonly { text: string }[]): number[] {
  return sentences.flatMap(({ text }) => {
    if (!aboutStart.test(text.toLowerCase())) return [];
    return durationsAt(text)
      .filter(({ limit, before }) => {
        const clause = before.split(clauseBreak).at(-1) ?? '';
        return limit && !(otherEvent.test(clause) && !aboutStart.test(clause));
      })
      .map((each) => each.days);
  });
}

/** What a time counts from, in the words after it up to the clause's end (»… efter, at du er visiteret«). */
const countedFrom = new LetterPattern(String.raw`^\s*,?\s*(?:regnet\s+)?(?:efter|fra)(?!\p{L})[^.;!?]{0,100}`);

/** What the law counts a time from, and events a text may count it from instead. */
interface Anchors {
  law: LetterPattern;
  wrong: LetterPattern;
}

/** What a time counts from: the law's event, or a wrong one in the words that name it, as written. */
type Anchor = { law: true } | { wrong: string };

/** What a time ending at `end` counts from, when the words after it say (»efter, at du er blevet visiteret«): the event they name first. */
function anchorOf(text: string, lower: string, end: number, anchors: Anchors): Anchor | undefined {
  const counted = countedFrom.exec(lower.slice(end));
  if (!counted) return undefined;
  // The event named first is the one counted from: »… efter opstart for alle, der er udskrevet …« counts from the start.
  const law = anchors.law.exec(counted[0]);
  const event = anchors.wrong.exec(counted[0]);
  if (law && (!event || law.index <= event.index)) return { law: true };
  if (!event) return undefined;
  const words = (lower.length === text.length ? text : lower).slice(end, end + event.index + event[0].length);
  return { wrong: words.replace(/^[\s,]+(?:regnet\s+)?/, '') };
}

/** The times counted from a wrong event, when none counts from the law's: a text that also counts from the law's event has said it. */
function wrongOnly<T extends { anchor?: Anchor }>(times: readonly T[]): Array<T & { anchor: { wrong: string } }> {
  if (times.some(({ anchor }) => anchor && 'law' in anchor)) return [];
  return times.filter((time): time is T & { anchor: { wrong: string } } => time.anchor !== undefined && 'wrong' in time.anchor);
}

/**
 * The guarantee's start (SEL § 101, stk. 4: »senest 14 dage efter, at personen har henvendt sig
 * til kommunen med ønske om …«), however worded; and events after the request: the assessment,
 * a decision, a conversation, the plan or the intake.
 */
const guaranteeAnchors: Anchors = {
  law: new LetterPattern(String.raw`henvend|henvis|kontakt|anmod|ønske|(?<!\p{L})(?:bedt|beder|søgt|søger|ansøg)`),
  wrong: new LetterPattern(String.raw`(?:visit|afgørelse|udred|vurdering|indstilling|bevilg|behandlingsplan|samtale|indskriv|screening|godkend|optag)\p{L}*`),
};

/**
 * The law's follow-up counts from the end of treatment (BEK 1477/2019 § 4, stk. 2: »efter, et
 * behandlingsforløb er afsluttet«); a text may count it from the start, the intake or the plan.
 */
const followUpAnchors: Anchors = {
  law: new LetterPattern(String.raw`afslut|udskriv|udskrevet|ophør|(?<!\p{L})(?:endt|slut)`),
  wrong: new LetterPattern(String.raw`(?:start|begynd|indskriv|visit|henvend|behandlingsplan|samtale)\p{L}*`),
};

/**
 * The words start deadlines count from where they name an event later than the request
 * (»efter, at du er blevet visiteret«), which lengthens the wait the law allows; none when
 * a deadline also counts from the request.
 */
export function laterStartsIn(sentences: readonly { text: string }[]): string[] {
  const times = sentences.flatMap(({ text }) => {
    const lower = text.toLowerCase();
    if (!aboutStart.test(lower)) return [];
    const limits = [...lower.matchAll(duration.for(lower))].filter((match) => match[1] !== undefined);
    return limits.map((match) => ({ anchor: anchorOf(text, lower, match.index + match[0].length, guaranteeAnchors) }));
  });
  return wrongOnly(times).map(({ anchor }) => anchor.wrong);
}

const separator = String.raw`\s*(?:,|og|samt|\/|-|–)\s*(?:igen\s+)?`;
/** A list of numbers (»1 og 6«, »1 og igen 6«, »en, tre og seks«), taken whole so that a long one is read once. */
const numberList = new LetterPattern(String.raw`(?<![\p{L}\d])(?:${numberPattern})(?:${separator}(?:${numberPattern}))*`, 'gu');
const monthAhead = /^\s+(?:måneder|måned|mdr\.?)/u;

/** Each list of months (1 to 24) the text names (»1 og 6 måneder«, »en, tre og seks mdr.«), with where its unit ends. */
function monthListsIn(lower: string): Array<{ months: number[]; end: number }> {
  return [...lower.matchAll(numberList.for(lower))].flatMap((match) => {
    const end = match.index + match[0].length;
    const unit = monthAhead.exec(lower.slice(end, end + 20));
    if (!unit) return [];
    const months = match[0]
      .split(new RegExp(separator, 'u'))
      .map(numberValue)
      .filter((value) => Number.isInteger(value) && value > 0 && value <= 24);
    return [{ months, end: end + unit[0].length }];
  });
}

/** The months (1 to 24) the text names (»1 og 6 måneder«, »en, tre og seks mdr.«), in order of first mention. */
export function monthsIn(text: string): number[] {
  return [...new Set(monthListsIn(text.toLowerCase()).flatMap((list) => list.months))];
}

/** About follow-up: an appointment, a call or contact after treatment. */
const aboutFollowUp = new LetterPattern(String.raw`opfølg|følge[rs]?(?: \p{L}+)? op|kontakt|samtale|(?<!\p{L})ring(?:e|er|es)? (?:til|op)(?!\p{L})|besøg`);

/** Whether a sentence is about follow-up. */
export const isAboutFollowUp = (text: string): boolean => aboutFollowUp.test(text.toLowerCase());

/** The patterns above, for the test that they read lower-case text as they would read any text with the `i` flag. */
export const lowerCasePatterns: readonly (RegExp | LetterPattern)[] = [
  duration,
  noOneWaits,
  aboutStart,
  otherEvent,
  countedFrom,
  guaranteeAnchors.law,
  guaranteeAnchors.wrong,
  followUpAnchors.law,
  followUpAnchors.wrong,
  numberList,
  monthAhead,
  aboutFollowUp,
];

/**
 * The months after treatment at which sentences about follow-up say it happens, and the words
 * of the times they count from another event than its end (»1 og 6 måneder efter, at du er
 * startet«), with their months: those are not a follow-up after treatment. None such when one
 * counts from the end.
 */
export function followUpMonthsIn(sentences: readonly { text: string }[]): { months: number[]; wrongStarts: Array<{ words: string; months: number[] }> } {
  const lists = sentences.flatMap(({ text }) => {
    const lower = text.toLowerCase();
    if (!aboutFollowUp.test(lower)) return [];
    return monthListsIn(lower).map((list) => ({ ...list, anchor: anchorOf(text, lower, list.end, followUpAnchors) }));
  });
  const months = lists.filter(({ anchor }) => !anchor || 'law' in anchor).flatMap((list) => list.months);
  return { months: [...new Set(months)], wrongStarts: wrongOnly(lists).map((list) => ({ words: list.anchor.wrong, months: list.months })) };
}

/**
 * How often something recurs, in years: »hvert andet år«, »hvert 4. år«, »hver 3. år«, »hvert
 * tredje år«, »hvert to år«, »med tre års mellemrum«, »hvert år«, »årligt«, »hvert halve år«.
 */
const everyYears = new LetterPattern(
  String.raw`(?<!\p{L})(?:hvert?\s+(?:(${ordinalPattern})|(${numberPattern})\.?)\s+år|med\s+(${numberPattern})\s+års\s+mellemrum|hvert?\s+(halve\s+)?år|årlig(?:t|e)?)(?![\p{L}\d])`,
  'gu',
);

/** Each interval of years the text states, with its words (»hvert 4. år« → 4). */
export function yearIntervalsIn(text: string): { years: number; words: string }[] {
  const lower = text.toLowerCase();
  return [...lower.matchAll(everyYears.for(lower))].map((match) => {
    const [words, ordinal, cardinal, apart, half] = match;
    const years = ordinal ? ordinalValue(ordinal) : cardinal || apart ? numberValue((cardinal ?? apart)!) : half ? 0.5 : 1;
    return { years, words: words! };
  });
}
