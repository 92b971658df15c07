import { bek1477of2019Data } from '../generated/bek-1477-2019.js';
import { regulationFromCheckedData } from './from-data.js';
import type { Regulation, Requirement } from './regulation.js';

export type {
  Aspect,
  AspectCatalogue,
  HeadingTerms,
  Parameter,
  ParameterValue,
  Regulation,
  Requirement,
  RequirementAspects,
  SharedPatterns,
} from './regulation.js';
export { fullCitation, listParameter, numberParameter } from './regulation.js';

/** BEK 1477/2019, from its folder's data (compiled by `npm run generate`). */
const bek1477of2019 = regulationFromCheckedData(bek1477of2019Data);

/** Every regulation the tool knows; a later bekendtgørelse is added here beside 1477. */
export const regulations: readonly Regulation[] = [bek1477of2019];

/** The regulation a file is judged against when it names none. */
export const defaultRegulation: Regulation = bek1477of2019;

export function findRequirement(regulation: Regulation, id: string): Requirement {
  const requirement = regulation.requirements.find((candidate) => candidate.id === id);
  if (!requirement) throw new Error(`${regulation.id} has no requirement ${id}`);
  return requirement;
}
