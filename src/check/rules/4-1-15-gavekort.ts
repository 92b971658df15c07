/**
 * §4.1.15 BEK 1477/2019 § 4, stk. 1, nr. 15: »Kommunens retningslinjer for anvendelse af
 * gavekort, jf. § 2.«
 * The municipality's own guidelines. Quoting SEL § 101, stk. 9-11 (the law that allows gift
 * cards) is not a guideline: what is left after the law's sentences must say something.
 */
import { defaultRegulation, findRequirement } from '../../regulations/index.js';
import { minimumWords, proseRule } from '../prose.js';
import { wordCount } from '../outcomes.js';
import type { Rule } from '../types.js';

const requirement = findRequirement(defaultRegulation, '§4.1.15');

/** Phrases of SEL § 101, stk. 9-11 (as quoted in the source documents). */
const lawPhrases = [
  /anvende gavekort med henblik på at fastholde personen i behandling/i,
  /med et gavekort forstås et elektronisk eller fysisk/i,
  /kan modtages,? uden at værdien heraf fradrages/i,
  /om anvendelsen af gavekort efter stk\. 9/i,
  /kommunalbestyrelsen kan[^.]*gavekort/i,
];

/** The text without sentences taken from the law. */
export function withoutLawText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?»])\s+(?=[A-ZÆØÅ§])/)
    .filter((sentence) => !lawPhrases.some((phrase) => phrase.test(sentence)))
    .join(' ');
}

const prose = proseRule('§4.1.15');

const rule: Rule = {
  requirement,
  check(context) {
    const outcome = prose.check(context);
    const text = context.document.gavekort?.tekst ?? '';
    if (outcome.status === 'mangler') return outcome;
    const ownWords = wordCount(withoutLawText(text));
    if (ownWords < wordCount(text) && ownWords < minimumWords) {
      return { status: 'mangler', path: [requirement.field], messages: [{ code: 'gavekort-kun-lovtekst', args: { felt: requirement.field } }] };
    }
    return outcome;
  },
};
export default rule;
