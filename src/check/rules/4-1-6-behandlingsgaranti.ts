/**
 * §4.1.6 BEK 1477/2019 § 4, stk. 1, nr. 6: »Behandlingsgaranti.«
 * SEL § 101, stk. 4 sets the guarantee: treatment starts no later than 14 days after the
 * person turns to the municipality. The deadline is read from `frist_dage` or from the
 * sentences that state the guarantee (»senest 14 dage efter«, »inden for to uger«). A
 * standard that promises a longer deadline describes a guarantee the law does not allow:
 * `mangler`. A guarantee with no deadline stated: `delvist`.
 */
import { defaultRegulation, findRequirement, numberParameter } from '../../regulations/index.js';
import { sourceSentences } from '../evidence.js';
import { evidenceFor, judgeAspects } from '../prose.js';
import type { Rule } from '../types.js';

const requirement = findRequirement(defaultRegulation, '§4.1.6');
/** SEL § 101, stk. 4: the days within which treatment starts. */
const legalDeadlineDays = numberParameter(requirement, 'frist_dage');

const numberWords: Record<string, number> = { en: 1, én: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, syv: 7, otte: 8, ni: 9, ti: 10, fjorten: 14 };
const deadline =
  /(?<!\p{L})(?:senest|inden for|indenfor|inden|højst|maksimalt|max\.?)\s+(\d{1,3}|en|én|to|tre|fire|fem|seks|syv|otte|ni|ti|fjorten)\s+(hverdage|arbejdsdage|dage|døgn|uger|ugers)(?!\p{L})/giu;
/** About when treatment starts, not how long it lasts (»behandlingen varer højst 12 uger«). */
const aboutStart =
  /garanti|iværksæt|påbegynd|(?<!\p{L})start|opstart|igangsæt|(?<!\p{L})(?:få|modtage|tilbydes|tilbudt|begynde)(?: \p{L}+){0,2} behandling|behandling(?:en)? (?:skal|vil|kan) (?:begynde|starte|iværksættes|påbegyndes|gå i gang)/iu;

/** The deadlines, in days, that sentences about starting treatment state. */
export function deadlinesInText(sentences: readonly { text: string }[]): number[] {
  const days: number[] = [];
  for (const { text } of sentences) {
    if (!aboutStart.test(text)) continue;
    for (const match of text.matchAll(deadline)) {
      const count = numberWords[match[1]!.toLowerCase()] ?? Number(match[1]);
      const unit = match[2]!.toLowerCase();
      // Ten working days are two weeks: count a working day as 7/5 of a day.
      days.push(unit.startsWith('uge') ? count * 7 : unit === 'hverdage' || unit === 'arbejdsdage' ? Math.ceil((count * 7) / 5) : count);
    }
  }
  return days;
}

const rule: Rule = {
  requirement,
  check(context) {
    const evidence = evidenceFor(context, requirement);
    const outcome = judgeAspects(evidence);
    // Nothing on the guarantee at all, or a document about something else: the generic verdict says it.
    if (outcome.status === 'mangler' || (evidence.declared.length === 0 && outcome.status !== 'opfyldt')) return outcome;
    const field = context.document.behandlingsgaranti?.frist_dage;
    const stated = [...(field === undefined ? [] : [field]), ...deadlinesInText(sourceSentences(evidence))];
    const felt = 'behandlingsgaranti.frist_dage';
    const found = outcome.messages.filter((message) => message.code === 'krav-fundet');
    if (stated.length === 0) return { ...outcome, status: 'delvist', messages: [{ code: 'garanti-frist-mangler', args: { felt } }, ...found] };
    const longest = Math.max(...stated);
    if (longest > legalDeadlineDays) {
      const path = field !== undefined && field === longest ? [requirement.field, 'frist_dage'] : outcome.path;
      return { ...outcome, status: 'mangler', path, messages: [{ code: 'garanti-frist-for-lang', args: { dage: longest, felt } }, ...found] };
    }
    return outcome.status === 'opfyldt' ? outcome : { ...outcome, status: 'opfyldt', messages: found };
  },
};
export default rule;
