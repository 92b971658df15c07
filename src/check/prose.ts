/**
 * The common rule for a requirement answered in prose: the section must be there, have
 * text of some substance, and mention each part the law names (an "aspect": for § 4,
 * stk. 1, nr. 3 both the aim and »de værdier og normer«).
 */
import { terms } from '../diagnostics/messages.js';
import type { Kvalitetsstandard } from '../generated/kvalitetsstandard.js';
import { defaultRegulation, findRequirement } from '../regulations/index.js';
import { missingSection, partlyOrMet, sectionOf, wordCount, type Section } from './outcomes.js';
import type { Message, Rule } from './types.js';

/** Below this a section names its subject rather than describes it. */
export const minimumWords = 10;

export interface Aspect {
  name: keyof typeof terms.aspect;
  /** Whether the document covers the aspect; usually a test of the section's text. */
  covered(section: Section, text: string, document: Kvalitetsstandard): boolean;
}

export const mentions = (name: Aspect['name'], pattern: RegExp): Aspect => ({
  name,
  covered: (_section, text) => pattern.test(text),
});

export function proseRule(id: string, aspects: readonly Aspect[] = [], textOf = (section: Section) => section.tekst ?? ''): Rule {
  const requirement = findRequirement(defaultRegulation, id);
  return {
    requirement,
    check(context) {
      const section = sectionOf(context, requirement);
      if (!section) return missingSection(requirement);
      const text = textOf(section);
      const felt = requirement.field;
      if (text.trim() === '') {
        return { status: 'mangler', path: [felt], messages: [{ code: 'afsnit-uden-tekst', args: { felt, vejledning: requirement.guidance } }] };
      }
      const messages: Message[] = [];
      const words = wordCount(text);
      if (words < minimumWords) messages.push({ code: 'afsnit-for-kort', args: { felt, ord: words, vejledning: requirement.guidance } });
      for (const aspect of aspects) {
        if (!aspect.covered(section, text, context.document)) messages.push({ code: 'aspekt-mangler', args: { felt, ...terms.aspect[aspect.name] } });
      }
      return partlyOrMet(requirement, section, [felt], messages);
    },
  };
}
