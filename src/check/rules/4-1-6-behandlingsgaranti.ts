/**
 * §4.1.6 BEK 1477/2019 § 4, stk. 1, nr. 6: »Behandlingsgaranti.«
 * SEL § 101, stk. 4 sets the guarantee: treatment starts no later than 14 days after the
 * person turns to the municipality. The deadline is read from `frist_dage` or from the
 * sentences that state the guarantee as the kommune's practice (»senest 14 dage efter«, »inden
 * for to uger«; not »Vi bestræber os på, at … senest 14 dage …«). A
 * standard that promises a longer deadline describes a guarantee the law does not allow:
 * `mangler`, and so does one counted from a later event than the request (»14 dage efter, at du
 * er visiteret«): the wait before it is not in the law's 14 days. A guarantee with no deadline
 * stated: `delvist`, and so with a deadline only by default, with exceptions left unnamed, or only
 * possible (the law gives none), told with the sentence.
 */
import { defaultRegulation, findRequirement, numberParameter } from '../../regulations/index.js';
import { laterStartsIn, startDeadlinesIn } from '../../text/durations.js';
import { offersPossibilityOnly, type Sentence, tellsOwnPractice } from '../document-text.js';
import { namesNeighbourService, sourceSentencesKept } from '../evidence.js';
import { evidenceFor, judgeAspects } from '../prose.js';
import type { Message, Rule } from '../types.js';

const requirement = findRequirement(defaultRegulation, '§4.1.6');
/** SEL § 101, stk. 4: the days within which treatment starts. */
const legalDeadlineDays = numberParameter(requirement, 'frist_dage');

/**
 * A share of the citizens tied to the deadline (»… et mål om, at 80 % af borgerne starter behandling inden for 14 dage«,
 * »I 2025 startede 85 % af borgerne … inden for 14 dage«, »78 % startede behandling inden for 14 dage«, »Andelen af borgere,
 * der starter behandling inden for 14 dage, er 78 %«): the guarantee is everyone's, so a share is no promise of it.
 * Not a share told after the promise (»Behandlingen starter senest 14 dage efter …, og i 2025 gjaldt det 98 %«).
 */
const shareWithinDeadline =
  /\d+ ?(?:%|procent) [^,;.]*(?:inden for|indenfor|senest|efter højst) |(?<![a-zæøå])andel(?:en|e)? (?:af|der|som) [^;.]*(?:inden for|indenfor|senest|efter højst) /;

/** A statement of the kommune's (not a heading, quoted law, a placeholder or a neighbouring service's) that names a deadline for the treatment's start. */
const namesDeadline = (sentence: Sentence) =>
  !sentence.isHeading && !sentence.role && startDeadlinesIn([sentence]).length > 0 && !namesNeighbourService(sentence, defaultRegulation);

const rule: Rule = {
  requirement,
  check(context) {
    const evidence = evidenceFor(context, requirement);
    const outcome = judgeAspects(evidence);
    // Nothing on the guarantee at all, or a document about something else: the generic verdict says it.
    if (outcome.status === 'mangler' || (evidence.declared.length === 0 && outcome.status !== 'opfyldt')) return outcome;
    const field = context.document.behandlingsgaranti?.frist_dage;
    // A deadline counts where the kommune states it as its practice: not one it strives for, plans, denies, only may keep or keeps
    // with exceptions (»Vi bestræber os på, at …«, »Behandlingen kan iværksættes inden for 14 dage«, »… som udgangspunkt …«), nor one for a share.
    const own = sourceSentencesKept(evidence).filter(
      (sentence) => tellsOwnPractice(sentence, context.date) && !offersPossibilityOnly(sentence) && !shareWithinDeadline.test(sentence.lower),
    );
    const stated = [...(field === undefined ? [] : [field]), ...startDeadlinesIn(own)];
    const felt = 'behandlingsgaranti.frist_dage';
    const found = outcome.messages.filter((message) => message.code === 'krav-fundet');
    // A claim that the guarantee is kept (»Vi overholder behandlingsgarantien«) is told as such beside the deadline it lacks.
    const claimed = outcome.messages.filter((message) => message.code === 'kun-overholdelse');
    if (stated.length === 0) {
      // A deadline the requirement's own sections name but do not promise (»som udgangspunkt«, »kan«, »Vi bestræber os på …«) is told as such.
      const unpromised = evidence.declared.flatMap((section) => section.sentences).find(namesDeadline);
      const missing: Message = unpromised
        ? { code: 'garanti-frist-forbehold', args: { saetning: unpromised.text, graense: legalDeadlineDays, felt } }
        : { code: 'garanti-frist-mangler', args: { felt, graense: legalDeadlineDays } };
      return { ...outcome, status: 'delvist', messages: [missing, ...claimed, ...found] };
    }
    const longest = Math.max(...stated);
    const later = laterStartsIn(own);
    const tooLong = longest > legalDeadlineDays;
    if (tooLong || later.length > 0) {
      const path = tooLong && field !== undefined && field === longest ? [requirement.field, 'frist_dage'] : outcome.path;
      const problems: Message[] = [
        ...(tooLong ? [{ code: 'garanti-frist-for-lang' as const, args: { dage: longest, graense: legalDeadlineDays, felt } }] : []),
        ...(later.length > 0 ? [{ code: 'garanti-regnet-fra-senere' as const, args: { fra: later[0]!, graense: legalDeadlineDays } }] : []),
      ];
      return { ...outcome, status: 'mangler', path, messages: [...problems, ...found] };
    }
    // A deadline completes a guarantee the text speaks of; it does not make one of a text that never does (»Du tilbydes alkoholbehandling senest 14 dage …«).
    const spoken = evidence.found.size > 0 || evidence.mentioned.size > 0 || evidence.claimed.size > 0;
    return outcome.status === 'opfyldt' || !spoken ? outcome : { ...outcome, status: 'opfyldt', messages: found };
  },
};
export default rule;
