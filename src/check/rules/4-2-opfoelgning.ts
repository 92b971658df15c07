/**
 * §4.2 BEK 1477/2019 § 4, stk. 2: »Opfølgning … skal ske senest 1 måned og igen 6 måneder
 * efter, et behandlingsforløb er afsluttet. De personer, som er omfattet af opfølgningen, er
 * personer, der har afsluttet et behandlingsforløb med status som »færdigbehandlet«,
 * udskrevet til et »andet tilbud«, udskrevet til »hospital« eller udskrevet med »anden
 * årsag« til afsluttet behandling.«
 * Follow-up at (no later than) 1 and at 6 months, and all four discharge statuses, read
 * from the data fields or from the sentences about follow-up after treatment. Other
 * months, only one follow-up, or fewer statuses: `delvist`.
 */
import { listDanish, terms } from '../../diagnostics/messages.js';
import { defaultRegulation, findRequirement, listParameter, numberParameter } from '../../regulations/index.js';
import { sourceSentences } from '../evidence.js';
import { evidenceFor, judgeAspects } from '../prose.js';
import type { Message, Rule } from '../types.js';

const requirement = findRequirement(defaultRegulation, '§4.2');
type DischargeStatus = keyof typeof terms.dischargeStatus;
const statuses = listParameter(requirement, 'udskrivningsstatusser') as readonly DischargeStatus[];
const firstMonth = numberParameter(requirement, 'foerste_opfoelgning_maaneder');
const secondMonth = numberParameter(requirement, 'anden_opfoelgning_maaneder');

/** How the law's four statuses are written in running text, in the law's (and the parameter's) order. */
const statusWordings: readonly RegExp[] = [/færdigbehandl/i, /andet (?:behandlings)?tilbud/i, /hospital|sygehus/i, /anden årsag/i];

const monthNumber: Record<string, number> = { en: 1, én: 1, et: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, ni: 9, tolv: 12 };
const monthList =
  /((?:\d{1,2}|en|én|et|to|tre|fire|fem|seks|ni|tolv)(?:\s*(?:,|og|samt|\/|-|–)\s*(?:\d{1,2}|en|én|to|tre|fire|fem|seks|ni|tolv))*)\s+(?:måned|mdr)/giu;
const aboutFollowUp = /opfølg|følge[rs]?(?: \p{L}+)? op|kontakt/iu;

/** The months after treatment at which sentences about follow-up say it happens. */
export function monthsInText(sentences: readonly { text: string }[]): number[] {
  const months = new Set<number>();
  for (const { text } of sentences) {
    if (!aboutFollowUp.test(text)) continue;
    for (const match of text.matchAll(monthList)) {
      for (const word of match[1]!.split(/\s*(?:,|og|samt|\/|-|–)\s*/)) {
        const value = monthNumber[word.toLowerCase()] ?? Number(word);
        if (Number.isInteger(value) && value > 0 && value <= 24) months.add(value);
      }
    }
  }
  return [...months];
}

const rule: Rule = {
  requirement,
  check(context) {
    const evidence = evidenceFor(context, requirement);
    const section = context.document.opfoelgning;
    const sentences = sourceSentences(evidence);
    const maaneder = [...new Set([...(section?.maaneder ?? []), ...monthsInText(sentences)])];
    const stated = new Set<DischargeStatus>([
      ...(section?.udskrivningsstatusser ?? []),
      ...statuses.filter((_, index) => sentences.some((sentence) => statusWordings[index]!.test(sentence.text))),
    ]);
    const messages: Message[] = [];
    // »senest 1 måned«: a follow-up within the first month, and one at 6 months.
    if (!maaneder.some((month) => month <= firstMonth) || !maaneder.includes(secondMonth)) {
      const fundet = maaneder.length > 0 ? listDanish([...maaneder].sort((a, b) => a - b)) : undefined;
      messages.push({ code: 'opfoelgning-maaneder', args: { fundet, felt: 'opfoelgning.maaneder' } });
    }
    const missing = statuses.filter((status) => !stated.has(status));
    if (missing.length > 0) {
      messages.push({
        code: 'opfoelgning-statusser',
        args: { mangler: listDanish(missing.map((status) => terms.dischargeStatus[status])), antal: missing.length, felt: 'opfoelgning.udskrivningsstatusser' },
      });
    }
    return judgeAspects(evidence, messages);
  },
};
export default rule;
