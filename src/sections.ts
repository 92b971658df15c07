/** The names a document's sections go by: the preface and one field per requirement section. */
import { defaultRegulation } from './regulations/index.js';

/** Top-level fields that answer a requirement, in the regulation's order. */
export const requirementSectionNames: readonly string[] = defaultRegulation.requirements
  .map((requirement) => requirement.field)
  .filter((field) => !field.includes('.'));

export const sectionNames: readonly string[] = ['forord', ...requirementSectionNames];
