/** One requirement of a regulation, e.g. BEK 1477/2019 § 4, stk. 1, nr. 11. */
export interface Requirement {
  /** Stable id used in the schema (`x-krav`), rules, reports and JSON: `§4.1.11`. */
  id: string;
  /** Citation as a Danish lawyer writes it: `§ 4, stk. 1, nr. 11`. */
  citation: string;
  /** Dotted path of the YAML field that carries this requirement's content. */
  field: string;
  /** Short Danish title, used as the default heading. */
  title: string;
  /** What to write to meet the requirement, in Danish: used in hover help and findings. */
  guidance: string;
  /** The legal text (quoted from the regulation). */
  legalText: string;
}

/** A regulation that a kvalitetsstandard is judged against. */
export interface Regulation {
  /** Short id as written in a municipality file's `regelsaet`: `BEK 1477/2019`. */
  id: string;
  name: string;
  longName: string;
  /** Link to the text on Retsinformation (ELI form). */
  eli: string;
  requirements: readonly Requirement[];
}

/** `BEK 1477/2019 § 4, stk. 1, nr. 11` */
export function fullCitation(regulation: Regulation, requirement: Requirement): string {
  return `${regulation.id} ${requirement.citation}`;
}
