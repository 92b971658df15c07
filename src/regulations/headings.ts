/**
 * What a heading names of a regulation's requirements, by each requirement's title and heading
 * terms (krav.yml `overskrifter`): the importer places sections by it, and the check reads
 * whose subject a heading is by it.
 */
import { defaultRegulation, type Regulation, type Requirement } from './index.js';

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
function strengths(heading: string, regulation: Regulation): HeadingMatch[] {
  const normalized = normalizeHeading(heading);
  return regulation.requirements
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
export function requirementOfHeading(heading: string, regulation: Regulation = defaultRegulation): HeadingMatch | undefined {
  const matches = strengths(heading, regulation).sort((a, b) => b.strength - a.strength);
  const [best, second] = matches;
  return best && (!second || second.strength < best.strength) ? best : undefined;
}

/** Every requirement a heading mentions (for the report when it names several). */
export function requirementsNamedBy(heading: string, regulation: Regulation = defaultRegulation): Requirement[] {
  return strengths(heading, regulation).map((match) => match.requirement);
}
