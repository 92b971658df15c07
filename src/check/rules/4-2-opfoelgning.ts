/**
 * §4.2 BEK 1477/2019 § 4, stk. 2: »Opfølgning … skal ske senest 1 måned og igen 6 måneder
 * efter, et behandlingsforløb er afsluttet. De personer, som er omfattet af opfølgningen, er
 * personer, der har afsluttet et behandlingsforløb med status som »færdigbehandlet«,
 * udskrevet til et »andet tilbud«, udskrevet til »hospital« eller udskrevet med »anden
 * årsag« til afsluttet behandling.«
 * Follow-up at (no later than) 1 and at 6 months, and all four discharge statuses (or everyone
 * whose treatment ends, whatever the reason), read from the data fields or from the sentences
 * about follow-up after treatment. Other
 * months, only one follow-up, fewer statuses, or months counted from another event than the
 * end of treatment (»1 og 6 måneder efter, at du er startet«): `delvist`.
 */
import { listDanish } from '../../diagnostics/labels.js';
import { defaultRegulation, findRequirement, listItems, numberParameter } from '../../regulations/index.js';
import { followUpMonthsIn } from '../../text/durations.js';
import { statusesCoveredIn } from '../../text/statuses.js';
import { sourceSentencesKept } from '../evidence.js';
import { evidenceFor, judgeAspects } from '../prose.js';
import type { Message, Rule } from '../types.js';

const requirement = findRequirement(defaultRegulation, '§4.2');
/** The law's discharge statuses, with their Danish names and reading patterns (the data's `udskrivningsstatusser`). */
const statuses = listItems(requirement, 'udskrivningsstatusser');
/** The law's follow-up: no later than the first, and again at the second, number of months after treatment ends. */
const firstMonth = numberParameter(requirement, 'foerste_opfoelgning_maaneder');
const secondMonth = numberParameter(requirement, 'anden_opfoelgning_maaneder');

const rule: Rule = {
  requirement,
  check(context) {
    const evidence = evidenceFor(context, requirement);
    const section = context.document.opfoelgning;
    const sentences = sourceSentencesKept(evidence);
    const followUp = followUpMonthsIn(sentences);
    const maaneder = [...new Set([...(section?.maaneder ?? []), ...followUp.months])];
    const stated = new Set<string>([...(section?.udskrivningsstatusser ?? []), ...sentences.flatMap((sentence) => statusesCoveredIn(sentence.text, statuses))]);
    const messages: Message[] = [];
    // The law's months counted from the start, the intake or the plan are no follow-up after treatment: said instead of which months.
    const wrongStart = followUp.wrongStarts.find((list) => list.months.some((month) => month <= firstMonth || month === secondMonth));
    if (wrongStart) {
      messages.push({ code: 'opfoelgning-regnet-fra-start', args: { fra: wrongStart.words, foerste: firstMonth, anden: secondMonth } });
    } else if (!maaneder.some((month) => month <= firstMonth) || !maaneder.includes(secondMonth)) {
      // »senest 1 måned«: a follow-up within the first month, and one at 6 months.
      const fundet = maaneder.length > 0 ? listDanish([...maaneder].sort((a, b) => a - b)) : undefined;
      messages.push({ code: 'opfoelgning-maaneder', args: { fundet, foerste: firstMonth, anden: secondMonth, felt: 'opfoelgning.maaneder' } });
    }
    const missing = statuses.filter((status) => !stated.has(status.id));
    if (missing.length > 0) {
      messages.push({
        code: 'opfoelgning-statusser',
        args: {
          statusser: listDanish(
            statuses.map((status) => status.inLawsWords ?? `»${status.label}«`),
            'eller',
          ),
          mangler: listDanish(missing.map((status) => `»${status.label}«`)),
          antal: missing.length,
          felt: 'opfoelgning.udskrivningsstatusser',
        },
      });
    }
    return judgeAspects(evidence, messages);
  },
};
export default rule;
