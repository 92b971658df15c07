/**
 * §4.2 BEK 1477/2019 § 4, stk. 2: »Opfølgning … skal ske senest 1 måned og igen 6 måneder
 * efter, et behandlingsforløb er afsluttet. De personer, som er omfattet af opfølgningen, er
 * personer, der har afsluttet et behandlingsforløb med status som »færdigbehandlet«,
 * udskrevet til et »andet tilbud«, udskrevet til »hospital« eller udskrevet med »anden
 * årsag« til afsluttet behandling.«
 * Judged on the data fields: follow-up at (no later than) 1 and at 6 months, and all four
 * discharge statuses. Other months, only one follow-up, or fewer statuses: `delvist`.
 */
import { listDanish, terms } from '../../diagnostics/messages.js';
import { defaultRegulation, findRequirement } from '../../regulations/index.js';
import { missingSection, partlyOrMet, sectionOf } from '../outcomes.js';
import type { Message, Rule } from '../types.js';

const requirement = findRequirement(defaultRegulation, '§4.2');
const statuses = Object.keys(terms.dischargeStatus) as (keyof typeof terms.dischargeStatus)[];

const rule: Rule = {
  requirement,
  check(context) {
    const section = sectionOf(context, requirement);
    if (!section) return missingSection(requirement);
    const { maaneder = [], udskrivningsstatusser = [] } = context.document.opfoelgning ?? {};
    const messages: Message[] = [];
    // »senest 1 måned«: a follow-up within the first month, and one at 6 months.
    const early = maaneder.some((month) => month <= 1);
    const late = maaneder.includes(6);
    if (!early || !late) {
      const fundet = maaneder.length > 0 ? listDanish([...maaneder].sort((a, b) => a - b)) : undefined;
      messages.push({ code: 'opfoelgning-maaneder', args: { fundet, felt: 'opfoelgning.maaneder' } });
    }
    const missing = statuses.filter((status) => !udskrivningsstatusser.includes(status));
    if (missing.length > 0) {
      messages.push({
        code: 'opfoelgning-statusser',
        args: { mangler: listDanish(missing.map((status) => terms.dischargeStatus[status])), antal: missing.length, felt: 'opfoelgning.udskrivningsstatusser' },
      });
    }
    return partlyOrMet(requirement, section, [requirement.field], messages);
  },
};
export default rule;
