/**
 * §6.1 BEK 1477/2019 § 6, stk. 1: »Kommunalbestyrelsen reviderer kvalitetsstandarden mindst
 * hvert 2. år.«
 * Judged at the date of the planned byrådsbehandling (`--dato`): the latest approval or
 * revision must be at most two years old. A date stated only as a year or a month counts as
 * its last day (2016 → 2016-12-31), so a verdict of `mangler` is certain. No date at all:
 * `kan ikke vurderes`. A planned next revision later than two years after the last: `delvist`.
 * A newer date stated in the text (»Opdateret: 4. august 2022«, ./stated-dates.ts) counts
 * too, partial dates as their last day, with its sentence as the source, for a person to confirm.
 * A date after the date judged at, or an approval by an organ that is not the council or one of
 * its committees, is not the kommunalbestyrelse's revision: it is passed over, and said why.
 * A document that is no standard on the field (another kind by its title, or a text on another
 * field) revises no standard: `mangler`, as every other requirement.
 * A standard that says it is revised less often than the law asks (»Kvalitetsstandarden revideres
 * hvert 4. år«), in a sentence of its own practice, promises a revision the law does not allow:
 * at most `delvist`, whatever its dates, with the sentence as the source.
 */
import { firstDayOf, isFullDate, lastDayOf, type StatedDate, yearsAfter } from '../../dates.js';
import { isPoliticalBody } from '../../text/document-dates.js';
import { defaultRegulation, findRequirement, numberParameter } from '../../regulations/index.js';
import type { Kvalitetsstandard } from '../../generated/kvalitetsstandard.js';
import { notOnField } from '../prose.js';
import { datesInText, type DateInText } from '../stated-dates.js';
import { type Sentence, type TextSection, tellsOwnPractice } from '../document-text.js';
import { yearIntervalsIn } from '../../text/durations.js';
import type { PathSegment } from '../../source-location.js';
import type { Message, Rule, RuleContext, Source } from '../types.js';
import { byCodeUnits } from '../../text/order.js';

const requirement = findRequirement(defaultRegulation, '§6.1');
/** BEK 1477/2019 § 6, stk. 1: the years within which the standard is revised. */
const revisionYears = numberParameter(requirement, 'revision_aar');

/** The day by which the next revision is due, after the last approval or revision. */
export const nextRevisionDue = (lastDay: string): string => yearsAfter(lastDay, revisionYears);

/**
 * The newest approval or revision, as stated and as the last day it can mean: where the two
 * years run from. With the date judged at, only one that counts by then, as §6.1 judges it
 * (none after the date, none by an organ that is not the council's).
 */
export function lastApprovalOrRevision(document: Kvalitetsstandard, date?: string): { stated: StatedDate; day: string } | undefined {
  return date === undefined ? newest(fieldRevisions(document)) : lastRevision(fieldRevisions(document), date).last;
}

/** Whether a stated date is after the date judged at (all of it: »2026« is not after 2026-11-23): an approval that has not happened yet. */
export function isAfter(stated: StatedDate, date: string): boolean {
  const first = firstDayOf(stated);
  return first !== undefined && first > date;
}

function newest<T extends { stated: StatedDate }>(dates: readonly T[]): (T & { day: string }) | undefined {
  return dates
    .flatMap((date) => {
      const day = lastDayOf(date.stated);
      return day ? [{ ...date, day }] : [];
    })
    .sort((a, b) => byCodeUnits(a.day, b.day))
    .pop();
}

/**
 * A date the standard states for its approval or revision, in its fields or in its text, with
 * the organ that approved where a field names it. Texts first: on the same day a field wins.
 */
interface StatedRevision {
  stated: StatedDate;
  /** Where it is stated. */
  path: PathSegment[];
  inText?: DateInText;
  organ?: string;
}

/** The approvals and the last revision the fields state. */
function fieldRevisions(document: Kvalitetsstandard): StatedRevision[] {
  return [
    ...(document.godkendelse ?? []).map((approval, index) => ({ stated: approval.dato, path: ['godkendelse', index], organ: approval.organ })),
    ...(document.revision?.senest_revideret !== undefined ? [{ stated: document.revision.senest_revideret, path: ['revision', 'senest_revideret'] }] : []),
  ];
}

function statedRevisions(document: Kvalitetsstandard, text: RuleContext['text']): StatedRevision[] {
  return [...datesInText(text).map((inText) => ({ stated: inText.stated, path: inText.section.path, inText })), ...fieldRevisions(document)];
}

/**
 * Why a stated date is not the kommunalbestyrelse's revision by the date judged at: it is later
 * (an approval still to come, or a mistyped year), or the organ that approved is not the council
 * or one of its committees. Undefined when it counts.
 */
function passedOver(revision: StatedRevision, date: string): Message | undefined {
  const dato = String(revision.stated);
  if (isAfter(revision.stated, date)) return { code: 'revision-dato-efter-vurdering', args: { dato, vurderingsdato: date } };
  if (revision.organ !== undefined && !isPoliticalBody(revision.organ)) return { code: 'revision-ikke-politisk', args: { dato, organ: revision.organ } };
  return undefined;
}

/** The newest date that counts; and each newer one that does not, with why. */
function lastRevision(revisions: readonly StatedRevision[], date: string) {
  const judged = revisions.map((revision) => ({ revision, note: passedOver(revision, date) }));
  const last = newest(judged.filter(({ note }) => !note).map(({ revision }) => revision));
  const newer = judged.filter(({ revision, note }) => {
    const day = lastDayOf(revision.stated);
    return note && day && (!last || day > last.day);
  });
  return { last, notes: newer.map(({ note }) => note!), firstPassedOver: newer[0]?.revision.path };
}

/** Words of a revision, and of the document revised (a sentence in the section on revision needs only the first). */
const revisionWords = /revider|revision|opdater|gennemgå|gennemses/;
const standardWords = /standard/;

/**
 * The first sentence of the kommune's own practice that says the standard is revised less often
 * than the law asks, with the interval as written; undefined when none does. A sentence that
 * states the law's interval too (»… hvert andet år og senest hvert 4. år«) says nothing certain.
 */
function tooLongInterval(text: RuleContext['text'], date: string): { section: TextSection; sentence: Sentence; words: string } | undefined {
  for (const section of text.sections) {
    const onRevision = section.requirement?.id === requirement.id;
    for (const sentence of section.sentences) {
      if (!revisionWords.test(sentence.lower) || !(onRevision || standardWords.test(sentence.lower))) continue;
      const intervals = yearIntervalsIn(sentence.lower);
      if (intervals.length === 0 || intervals.some(({ years }) => years <= revisionYears) || !tellsOwnRevision(sentence, date)) continue;
      return { section, sentence, words: intervals[0]!.words };
    }
  }
  return undefined;
}

/** The kommune's own practice, as `tellsOwnPractice` reads it; words about the document count here, since revising is done to it. */
const tellsOwnRevision = (sentence: Sentence, date: string) =>
  tellsOwnPractice(sentence.role === 'om-dokumentet' ? { ...sentence, role: undefined } : sentence, date);

function textSource(found: { section: TextSection; sentence: Sentence }): Source {
  const { section, sentence } = found;
  return {
    heading: section.heading,
    path: section.path,
    line: sentence.line,
    how: 'fundet',
    aspects: [],
    answers: true,
    sentences: [{ text: sentence.text, line: sentence.line, aspects: [], pointer: false }],
  };
}

const rule: Rule = {
  requirement,
  check({ document, date, text }) {
    const { last, notes, firstPassedOver } = lastRevision(statedRevisions(document, text), date);
    const inText = last?.inText;
    const path = inText ? inText.section.path : document.revision ? ['revision'] : document.godkendelse ? ['godkendelse'] : ['revision'];
    // A report or a text on another field revises no standard, whatever its dates.
    if (!text.onDomain) return notOnField(text, requirement, path);
    if (!last) {
      if (firstPassedOver) return { status: 'kan ikke vurderes', path: firstPassedOver, messages: notes };
      return { status: 'kan ikke vurderes', path, messages: [{ code: 'revision-ingen-dato', args: { aar: revisionYears } }] };
    }
    const deadline = nextRevisionDue(last.day);
    const dato = String(last.stated);
    const kilde = inText?.sentence.text;
    const read = inText ? { sources: [textSource(inText)], toConfirm: true } : {};
    if (date > deadline) {
      const kunDelvis = isFullDate(last.stated) ? undefined : 'ja';
      return {
        status: 'mangler',
        path,
        ...read,
        messages: [{ code: 'revision-for-gammel', args: { dato, vurderingsdato: date, frist: deadline, kunDelvis, kilde, aar: revisionYears } }, ...notes],
      };
    }
    const promised = tooLongInterval(text, date);
    if (promised) {
      return {
        status: 'delvist',
        path: promised.section.path,
        sources: [textSource(promised)],
        messages: [{ code: 'revision-interval-for-langt', args: { interval: promised.words, aar: revisionYears, kilde: promised.sentence.text } }, ...notes],
      };
    }
    const next = document.revision?.naeste_revision;
    const nextDay = next === undefined ? undefined : lastDayOf(next);
    if (nextDay && nextDay > deadline) {
      return {
        status: 'delvist',
        path: ['revision', 'naeste_revision'],
        ...read,
        messages: [{ code: 'revision-naeste-for-sen', args: { naeste: String(next), frist: deadline, dato, aar: revisionYears } }, ...notes],
      };
    }
    return { status: 'opfyldt', path, ...read, messages: [{ code: 'revision-ok', args: { dato, frist: deadline, kilde } }, ...notes] };
  },
};
export default rule;
