/** The outcome every rule shares: a requirement with nothing in the document that answers it. */
import type { Requirement } from '../regulations/index.js';
import type { Outcome } from './types.js';

export function missingSection(requirement: Requirement): Outcome {
  return {
    status: 'mangler',
    path: [requirement.field],
    messages: [{ code: 'afsnit-mangler', args: { titel: requirement.title, felt: requirement.field, vejledning: requirement.guidance } }],
  };
}
