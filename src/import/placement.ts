/**
 * Which requirement a section is. Two questions, kept apart so each can change alone:
 * - `requirementOfHeading`: does the heading name exactly one requirement of the law (then
 *   the section becomes that requirement's own field)?
 * - `requirementsAnswered`: which requirements does the section's text answer in full (its
 *   `daekker`)? This is the same evidence search the compliance check uses.
 * The heading terms are the law's own words for each requirement (BEK 1477/2019 §§ 3-6)
 * and the usual ways a standard's chapter names them: data, in each requirement's krav.yml
 * (`overskrifter`), read here as `requirement.headingTerms`.
 */
import { answeredRequirements } from '../check/evidence.js';
import { defaultRegulation, type Requirement } from '../regulations/index.js';

/** »3) Døgnbehandling:« → »døgnbehandling« */
export function normalizeHeading(heading: string): string {
  return stripNumbering(heading)
    .toLowerCase()
    .replace(/[?:.!]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The chapter number of a heading, if it has one: »1 - Indledning«, »3.« , »4)«, »2.1«. */
export const numberingPattern = /^\s*(\d{1,2}(?:\.\d{1,2})*)\s*(?:[.)]\s*|\s*[-–]\s+|\s+)(?=\S)/;

export function stripNumbering(heading: string): string {
  return heading.replace(numberingPattern, '').trim();
}

export interface HeadingMatch {
  requirement: Requirement;
  /** 3: the requirement's title; 2: a phrase of the law's wording; 1: its usual name. */
  strength: number;
}

/** How strongly the heading names each requirement (sections only: §5.2 is a list inside §5.1). */
function strengths(heading: string): HeadingMatch[] {
  const normalized = normalizeHeading(heading);
  return defaultRegulation.requirements
    .filter((requirement) => !requirement.field.includes('.'))
    .map((requirement) => {
      const terms = requirement.headingTerms;
      const strength =
        requirement.title.toLowerCase() === normalized
          ? 3
          : terms.law.some((term) => term.test(normalized))
            ? 2
            : terms.terms.some((term) => term.test(normalized))
              ? 1
              : 0;
      return { requirement, strength };
    })
    .filter((match) => match.strength > 0);
}

/**
 * The requirement a heading clearly is: the one it names more strongly than any other.
 * This is the one decision that makes a section a requirement's own field.
 */
export function requirementOfHeading(heading: string): HeadingMatch | undefined {
  const matches = strengths(heading).sort((a, b) => b.strength - a.strength);
  const [best, second] = matches;
  return best && (!second || second.strength < best.strength) ? best : undefined;
}

/** Every requirement a heading mentions (for the report when it names several). */
export function requirementsNamedBy(heading: string): Requirement[] {
  return strengths(heading).map((match) => match.requirement);
}

/**
 * The requirements a section's text answers in full, by the compliance check's own evidence
 * search (the same aspects, wordings and exclusions `check` uses): its `daekker`.
 */
export function requirementsAnswered(markdown: string, heading: string): string[] {
  return answeredRequirements(markdown, heading, defaultRegulation)
    .filter((answer) => answer.complete)
    .map((answer) => answer.id);
}
