import type { Regulation, Requirement } from './regulation.js';
import { bek1477of2019, bek430of2014, reissue2024 } from './versions.js';

export type {
  Aspect,
  AspectCatalogue,
  HeadingTerms,
  Parameter,
  ParameterItem,
  ParameterValue,
  Regulation,
  Requirement,
  RequirementAspects,
  SharedPatterns,
} from './regulation.js';
export { cataloguePatterns, combinedMeasure, fullCitation, listItems, listParameter, numberParameter } from './regulation.js';

/** Every regulation built into the tool, oldest first: the registry `regelsaet` and `--dato` choose from. */
export const builtInRegulations: readonly Regulation[] = [bek430of2014, bek1477of2019, reissue2024];

/** The regulations with a confirmed number and address, which a document's text can cite. */
export const regulations: readonly (Regulation & { eli: string })[] = builtInRegulations.filter(
  (regulation): regulation is Regulation & { eli: string } => regulation.number !== undefined && regulation.eli !== undefined,
);

/**
 * The regulation the schema, `ny` and the importer are written for. A file is judged against
 * the regulation it names, else the one in force on the date (./select.ts).
 */
export const defaultRegulation: Regulation = bek1477of2019;

export function findRequirement(regulation: Regulation, id: string): Requirement {
  const requirement = regulation.requirements.find((candidate) => candidate.id === id);
  if (!requirement) throw new Error(`${regulation.id} has no requirement ${id}`);
  return requirement;
}
