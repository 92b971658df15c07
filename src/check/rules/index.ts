/** Every compliance rule, one per requirement of BEK 1477/2019 §§ 3-6, in the regulation's order. */
import serviceniveau from './3-2-serviceniveau.js';
import offentliggoerelse from './3-3-offentliggoerelse.js';
import opgaver from './4-1-1-opgaver.js';
import maalgruppe from './4-1-2-maalgruppe.js';
import maalOgVaerdier from './4-1-3-maal-og-vaerdier.js';
import organisering from './4-1-4-organisering.js';
import visitation from './4-1-5-visitation.js';
import behandlingsgaranti from './4-1-6-behandlingsgaranti.js';
import fritValg from './4-1-7-frit-valg.js';
import behandlingsplan from './4-1-8-behandlingsplan.js';
import handleplaner from './4-1-9-handleplaner.js';
import brugerinddragelse from './4-1-10-brugerinddragelse.js';
import betaling from './4-1-11-betaling.js';
import sagsbehandlingOgKlageadgang from './4-1-12-sagsbehandling-og-klageadgang.js';
import personale from './4-1-13-personale.js';
import monitorering from './4-1-14-monitorering.js';
import gavekort from './4-1-15-gavekort.js';
import opfoelgning from './4-2-opfoelgning.js';
import maaltal from './4-3-maaltal.js';
import hjemmeboendeBoern from './4-4-hjemmeboende-boern.js';
import fremtidigIndsats from './4-5-fremtidig-indsats.js';
import doegnbehandling from './5-1-doegnbehandling.js';
import doegntilbud from './5-2-doegntilbud.js';
import revision from './6-1-revision.js';
import brugerrepraesentanter from './6-2-brugerrepraesentanter.js';
import type { Regulation, Requirement } from '../../regulations/index.js';
import { gatherEvidence } from '../evidence.js';
import { judgeAspects } from '../prose.js';
import type { Rule } from '../types.js';

export const rules: readonly Rule[] = [
  serviceniveau,
  offentliggoerelse,
  opgaver,
  maalgruppe,
  maalOgVaerdier,
  organisering,
  visitation,
  behandlingsgaranti,
  fritValg,
  behandlingsplan,
  handleplaner,
  brugerinddragelse,
  betaling,
  sagsbehandlingOgKlageadgang,
  personale,
  monitorering,
  gavekort,
  opfoelgning,
  maaltal,
  hjemmeboendeBoern,
  fremtidigIndsats,
  doegnbehandling,
  doegntilbud,
  revision,
  brugerrepraesentanter,
];

/** A requirement the tool has no rule of its own for (one loaded as data): judged on its aspects alone. */
function aspectRule(regulation: Regulation, requirement: Requirement): Rule {
  return { requirement, check: (context) => judgeAspects(gatherEvidence(context.text, regulation, requirement)) };
}

const rulesByRegulation = new WeakMap<Regulation, readonly Rule[]>();

/** The rules a regulation is checked with, in its order: the tool's rule for a requirement it shares with BEK 1477/2019, else its aspects. */
export function rulesFor(regulation: Regulation): readonly Rule[] {
  let found = rulesByRegulation.get(regulation);
  if (!found) {
    found = regulation.requirements.map((requirement) => rules.find((rule) => rule.requirement === requirement) ?? aspectRule(regulation, requirement));
    rulesByRegulation.set(regulation, found);
  }
  return found;
}
