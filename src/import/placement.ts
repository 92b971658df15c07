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
import { defaultRegulation } from '../regulations/index.js';

export { normalizeHeading, numberingPattern, requirementOfHeading, requirementsNamedBy, stripNumbering, type HeadingMatch } from '../regulations/headings.js';

/**
 * The requirements a section's text answers in full, by the compliance check's own evidence
 * search (the same aspects, wordings and exclusions `check` uses): its `daekker`.
 */
export function requirementsAnswered(markdown: string, heading: string): string[] {
  return answeredRequirements(markdown, heading, defaultRegulation)
    .filter((answer) => answer.complete)
    .map((answer) => answer.id);
}
