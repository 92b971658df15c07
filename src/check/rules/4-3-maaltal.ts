/**
 * §4.3 BEK 1477/2019 § 4, stk. 3: »Monitorering af indsatsen … skal omfatte opstilling af
 * måltal for: 1) Andelen … der efter afsluttet behandling er stoffri, samt andelen … der
 * efter afsluttet behandling har reduceret deres stofmisbrug. 2) Andelen … der efter
 * afsluttet behandling vender tilbage til stofmisbrugsbehandling inden for 12 måneder.«
 * Three measures, each with a number. One combined figure for »stoffri eller reduceret«
 * covers two measures only partly; a target without a number is not a target.
 */
import { terms } from '../../diagnostics/messages.js';
import { defaultRegulation, findRequirement } from '../../regulations/index.js';
import { missingSection, partlyOrMet, sectionOf } from '../outcomes.js';
import type { Message, Rule } from '../types.js';

const requirement = findRequirement(defaultRegulation, '§4.3');
const measures = ['stoffri', 'reduceret', 'tilbagevenden_12_maaneder'] as const;

const rule: Rule = {
  requirement,
  check(context) {
    const section = sectionOf(context, requirement);
    if (!section) return missingSection(requirement);
    const targets = context.document.maaltal?.maal ?? [];
    const withNumber = targets.filter((target) => target.procent !== undefined);
    const path = [requirement.field];
    if (withNumber.length === 0) {
      return { status: 'mangler', path, messages: [{ code: 'maaltal-ingen', args: { felt: 'maaltal.maal' } }] };
    }
    const indicators = new Set(withNumber.map((target) => target.indikator));
    const messages: Message[] = [];
    const combined = indicators.has('stoffri_eller_reduceret');
    if (combined && !(indicators.has('stoffri') && indicators.has('reduceret'))) messages.push({ code: 'maaltal-samlet', args: {} });
    for (const measure of measures) {
      const coveredByCombined = combined && measure !== 'tilbagevenden_12_maaneder';
      if (!indicators.has(measure) && !coveredByCombined) {
        messages.push({ code: 'maaltal-indikator-mangler', args: { indikator: terms.indicator[measure] } });
      }
    }
    const withoutNumber = targets.length - withNumber.length;
    if (withoutNumber > 0) messages.push({ code: 'maaltal-uden-tal', args: { antal: withoutNumber } });
    return partlyOrMet(requirement, section, path, messages);
  },
};
export default rule;
