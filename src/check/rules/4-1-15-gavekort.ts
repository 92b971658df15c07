/**
 * §4.1.15 BEK 1477/2019 § 4, stk. 1, nr. 15: »Kommunens retningslinjer for anvendelse af
 * gavekort, jf. § 2.«
 * The municipality's own guidelines. Quoting SEL § 101, stk. 9-11 (the law that allows gift
 * cards) is not a guideline: the aspect catalogue leaves the law's sentences out, and a
 * document whose only words on gift cards are the law's is `mangler` and told so; one whose
 * only words are on a gift card in another sense (a prize, a gift to the staff) is `mangler`
 * without being told it quotes the law.
 */
import { defaultRegulation, findRequirement } from '../../regulations/index.js';
import { matches, tellsOwnPractice, type Sentence } from '../document-text.js';
import { creditSection } from '../evidence.js';
import { evidenceFor, judgeAspects } from '../prose.js';
import { missingSection } from '../outcomes.js';
import { LetterPattern } from '../../text/letters.js';
import type { Message, Rule } from '../types.js';

const requirement = findRequirement(defaultRegulation, '§4.1.15');
/** Below this a section names its subject rather than describes it. */
const minimumOwnWords = 10;
const giftCard = /gavekort/i;
/** How the law speaks of gift cards (its paragraph, the council's power, its definition, its aim), not how a kommune tells of a prize or a gift. */
const lawVoice = /§|stk\.|kommunalbestyrelsen|forstås|fradrages|med henblik på at fastholde/;
/** A gift card or what the guidelines may call it: the section's own words must name one, or they are about something else (transport, a grant). */
const namesGiftCard = new LetterPattern(String.raw`gavekort|(?<!\p{L})gave(?:r|n|rne)?(?!\p{L})|værdi(?:bevis|kort)|incitament|belønning`, 'iu');

const rule: Rule = {
  requirement,
  check(context) {
    const evidence = evidenceFor(context, requirement);
    const [aspect] = evidence.aspects;
    // The aspect's exclusions hold the law's own words and gift cards in another sense (a prize, the staff's Christmas gift).
    const excluded = (sentence: Sentence) => (aspect?.unless ? matches(aspect.unless, sentence) : false);
    const isLaw = (sentence: Sentence) => excluded(sentence) && (sentence.role === 'lovtekst' || lawVoice.test(sentence.lower));
    // A section on gift cards need not repeat the word in every sentence of its guidelines, but
    // they are the kommune's own, for now, and about the citizen's treatment (not the staff's Christmas).
    const declared = evidence.declared[0];
    const ownWords = evidence.declared
      .flatMap((section) => section.sentences)
      .filter((sentence) => !excluded(sentence) && tellsOwnPractice(sentence, context.date));
    if (
      aspect &&
      declared &&
      evidence.onDomain &&
      !evidence.found.has(aspect.id) &&
      ownWords.some((sentence) => !aspect.context || matches(aspect.context, sentence)) &&
      ownWords.some((sentence) => namesGiftCard.test(sentence.text)) &&
      // Guidelines say when, to whom, how much or how it is agreed somewhere in the section: that gift cards are used, at any length, is none.
      (!aspect.answer || ownWords.some((sentence) => matches(aspect.answer!, sentence))) &&
      ownWords
        .map((sentence) => sentence.text)
        .join(' ')
        .split(/\s+/).length >= minimumOwnWords
    ) {
      creditSection(evidence, declared, declared === evidence.own ? 'felt' : 'markeret', [aspect.id]);
    }
    const outcome = judgeAspects(evidence);
    if (outcome.status === 'opfyldt' || !evidence.onDomain) return outcome;
    const quoting = context.text.sections.find((section) => section.sentences.some((sentence) => giftCard.test(sentence.text) && isLaw(sentence)));
    if (!quoting) return outcome;
    // Name the section the law stands in; with no section of its own, the requirement still needs one (#19.8).
    const lawOnly: Message = { code: 'gavekort-kun-lovtekst', args: { afsnit: quoting.heading, eget: declared === quoting ? 'ja' : undefined } };
    if (declared) return { ...outcome, status: 'mangler', messages: [lawOnly] };
    const missing = missingSection(requirement);
    return { ...missing, sources: outcome.sources, messages: [...missing.messages, lawOnly] };
  },
};
export default rule;
