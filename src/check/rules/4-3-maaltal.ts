/**
 * §4.3 BEK 1477/2019 § 4, stk. 3: »Monitorering af indsatsen … skal omfatte opstilling af
 * måltal for: 1) Andelen … der efter afsluttet behandling er stoffri, samt andelen … der
 * efter afsluttet behandling har reduceret deres stofmisbrug. 2) Andelen … der efter
 * afsluttet behandling vender tilbage til stofmisbrugsbehandling inden for 12 måneder.«
 * Three measures, each with a number: from `maaltal.maal`, or from sentences that give a
 * percentage with its measure. One combined figure for »stoffri eller reduceret« covers two
 * measures only partly; a target without a number is not a target.
 */
import { combinedMeasure, defaultRegulation, findRequirement, listItems, listParameter, numberParameter } from '../../regulations/index.js';
import type { Aspect } from '../../regulations/index.js';
import { matches, type Sentence } from '../document-text.js';
import { creditSection, sourceSentences } from '../evidence.js';
import { evidenceFor, judgeAspects } from '../prose.js';
import type { Message, Rule } from '../types.js';

const requirement = findRequirement(defaultRegulation, '§4.3');
/** The law's three measures, in its order: stoffri, reduceret, tilbagevenden (the data's `maaltal`). */
const measures = listParameter(requirement, 'maaltal');
const [freeMeasure, reducedMeasure, returnMeasure] = measures;
/** »vender tilbage … inden for 12 måneder« */
const returnMonths = numberParameter(requirement, 'tilbagevenden_maaneder');
/** Each measure's Danish name, for »mangler et måltal for …«. */
const labelOf = new Map(listItems(requirement, 'maaltal').map((item) => [item.id, item.label]));
/** One figure for »stoffri eller reduceret«: the first two measures together. */
const bothMeasures = combinedMeasure(requirement);
/** The catalogue's aspect of each measure: the requirement's aspects follow the law's order too. */
const aspectOf = new Map(measures.map((measure, index) => [measure, defaultRegulation.aspects.requirements[requirement.id]!.aspects[index]!.id]));

/** Whether a sentence gives the aspect's measure: its wordings, and not its exclusions (another period, another party's target). */
function gives(aspect: Aspect | undefined, sentence: Sentence): boolean {
  if (!aspect || (aspect.unless && matches(aspect.unless, sentence))) return false;
  return aspect.wordings.some((wording) => matches(wording, sentence));
}

/** The measures that sentences give a number for; one sentence naming both »stoffri eller reduceret« is a combined figure. */
function indicatorsInText(evidence: ReturnType<typeof evidenceFor>): Set<string> {
  const [free, reduced, back] = evidence.aspects;
  const indicators = new Set<string>();
  for (const sentence of sourceSentences(evidence)) {
    const isFree = gives(free, sentence);
    const isReduced = gives(reduced, sentence);
    if (isFree && isReduced && /\beller\b|og\/eller/i.test(sentence.text)) indicators.add(bothMeasures);
    else {
      if (isFree) indicators.add(freeMeasure!);
      if (isReduced) indicators.add(reducedMeasure!);
    }
    if (gives(back, sentence)) indicators.add(returnMeasure!);
  }
  return indicators;
}

const rule: Rule = {
  requirement,
  check(context) {
    const evidence = evidenceFor(context, requirement);
    // Targets in a document that is no standard on the field (a report, a text on alcohol treatment) are not the field's.
    if (!evidence.onDomain) return judgeAspects(evidence);
    const targets = context.document.maaltal?.maal ?? [];
    const withNumber = targets.filter((target) => target.procent !== undefined);
    const indicators = withNumber.length > 0 ? new Set<string>(withNumber.map((target) => target.indikator)) : indicatorsInText(evidence);
    if (withNumber.length > 0 && evidence.own) creditSection(evidence, evidence.own, 'felt', []);
    const outcome = judgeAspects(evidence);
    if (outcome.status === 'mangler' && indicators.size === 0 && !context.document.maaltal) return outcome;
    if (indicators.size === 0) {
      return { ...outcome, status: 'mangler', messages: [{ code: 'maaltal-ingen', args: { felt: 'maaltal.maal', maaneder: returnMonths } }] };
    }
    const messages: Message[] = [];
    const combined = indicators.has(bothMeasures);
    if (combined && !(indicators.has(freeMeasure!) && indicators.has(reducedMeasure!))) messages.push({ code: 'maaltal-samlet', args: {} });
    for (const measure of measures) {
      const coveredByCombined = combined && measure !== returnMeasure;
      if (!indicators.has(measure) && !coveredByCombined) {
        messages.push({ code: 'maaltal-indikator-mangler', args: { indikator: labelOf.get(measure)! } });
      }
      if (indicators.has(measure) || coveredByCombined) evidence.found.add(aspectOf.get(measure)!);
    }
    const withoutNumber = targets.length - withNumber.length;
    if (withoutNumber > 0) messages.push({ code: 'maaltal-uden-tal', args: { antal: withoutNumber } });
    if (messages.length === 0) return { ...judgeAspects(evidence), status: 'opfyldt' };
    return { ...outcome, status: 'delvist', messages: [...messages, ...outcome.messages.filter((message) => message.code === 'krav-fundet')] };
  },
};
export default rule;
