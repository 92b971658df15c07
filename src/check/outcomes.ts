/** Building blocks shared by the rules: reading a section and the common outcomes. */
import type { Requirement } from '../regulations/index.js';
import type { Message, Outcome, RuleContext } from './types.js';

export interface Section {
  overskrift?: string;
  tekst?: string;
}

/** The section a requirement's field points at (`doegnbehandling.tilbud` is not a section). */
export function sectionOf(context: RuleContext, requirement: Requirement): Section | undefined {
  return (context.document as unknown as Record<string, Section | undefined>)[requirement.field];
}

export function headingOf(section: Section, requirement: Requirement): string {
  return section.overskrift ?? requirement.title;
}

/** Words of running text, not counting Markdown syntax. */
export function wordCount(text: string | undefined): number {
  return (text ?? '').replace(/[#*_>|`[\]()-]/g, ' ').split(/\s+/).filter((word) => /\p{L}|\d/u.test(word)).length;
}

export function met(requirement: Requirement, section: Section): Outcome {
  return {
    status: 'opfyldt',
    path: [requirement.field],
    messages: [{ code: 'krav-opfyldt', args: { afsnit: headingOf(section, requirement) } }],
  };
}

export function missingSection(requirement: Requirement): Outcome {
  return {
    status: 'mangler',
    path: [requirement.field],
    messages: [{ code: 'afsnit-mangler', args: { titel: requirement.title, felt: requirement.field, vejledning: requirement.guidance } }],
  };
}

/** `delvist` with the given messages, or `opfyldt` when there are none. */
export function partlyOrMet(requirement: Requirement, section: Section, path: Outcome['path'], messages: Message[]): Outcome {
  return messages.length > 0 ? { status: 'delvist', path, messages } : met(requirement, section);
}
