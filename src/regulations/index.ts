import { bek1477of2019 } from './bek-1477-2019.js';
import type { Regulation, Requirement } from './regulation.js';

export type { Aspect, AspectCatalogue, Regulation, Requirement, RequirementAspects } from './regulation.js';
export { fullCitation } from './regulation.js';

/** Every regulation the tool knows; a later bekendtgørelse is added here beside 1477. */
export const regulations: readonly Regulation[] = [bek1477of2019];

/** The regulation a file is judged against when it names none. */
export const defaultRegulation: Regulation = bek1477of2019;

export function findRequirement(regulation: Regulation, id: string): Requirement {
  const requirement = regulation.requirements.find((candidate) => candidate.id === id);
  if (!requirement) throw new Error(`${regulation.id} has no requirement ${id}`);
  return requirement;
}
