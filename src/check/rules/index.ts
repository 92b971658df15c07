/**
 * The compliance rules. A requirement is judged on its aspects (its krav.yml under
 * src/regulations/<regulation>/), except where it computes something: a deadline, months,
 * figures, a residential offer's facts, a revision date, a field that answers by its name.
 * Those requirements have a rule of their own here.
 */
import serviceniveau from './3-2-serviceniveau.js';
import offentliggoerelse from './3-3-offentliggoerelse.js';
import behandlingsgaranti from './4-1-6-behandlingsgaranti.js';
import behandlingsplan from './4-1-8-behandlingsplan.js';
import gavekort from './4-1-15-gavekort.js';
import opfoelgning from './4-2-opfoelgning.js';
import maaltal from './4-3-maaltal.js';
import doegntilbud from './5-2-doegntilbud.js';
import revision from './6-1-revision.js';
import { defaultRegulation, type Regulation, type Requirement } from '../../regulations/index.js';
import { gatherEvidence } from '../evidence.js';
import { judgeAspects } from '../prose.js';
import type { Rule } from '../types.js';

/** The rules that compute something, each for its requirement of BEK 1477/2019. */
const computingRules: readonly Rule[] = [
  serviceniveau,
  offentliggoerelse,
  behandlingsgaranti,
  behandlingsplan,
  gavekort,
  opfoelgning,
  maaltal,
  doegntilbud,
  revision,
];

/** A requirement without a rule of its own: judged on its aspects alone. */
function aspectRule(regulation: Regulation, requirement: Requirement): Rule {
  return { requirement, check: (context) => judgeAspects(gatherEvidence(context.text, regulation, requirement)) };
}

const rulesByRegulation = new WeakMap<Regulation, readonly Rule[]>();

/** The rules a regulation is checked with, in its order: the tool's rule for a requirement it shares with BEK 1477/2019, else its aspects. */
export function rulesFor(regulation: Regulation): readonly Rule[] {
  let found = rulesByRegulation.get(regulation);
  if (!found) {
    found = regulation.requirements.map(
      (requirement) => computingRules.find((rule) => rule.requirement === requirement) ?? aspectRule(regulation, requirement),
    );
    rulesByRegulation.set(regulation, found);
  }
  return found;
}

/** Every rule of BEK 1477/2019 §§ 3-6, in the regulation's order. */
export const rules: readonly Rule[] = rulesFor(defaultRegulation);
