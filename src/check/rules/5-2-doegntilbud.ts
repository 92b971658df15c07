/**
 * §5.2 BEK 1477/2019 § 5, stk. 2: »Informationen skal tillige indeholde oplysninger om
 * behandlingsform, målgruppe, kerneydelser, personaleforhold, fysiske forhold, pris m.v. i
 * de enkelte tilbud.«
 * Every residential offer listed must give all six; none listed is `mangler`, some fields
 * missing is `delvist`. Judged on `doegnbehandling.tilbud`, one entry per named offer: the
 * law asks for facts per offer, which prose about residential treatment in general is not; nor
 * is a field that only points elsewhere or holds a placeholder (»Se Tilbudsportalen.«, »Tekst
 * følger.«), which counts as said nothing.
 */
import { listDanish, terms } from '../../diagnostics/labels.js';
import { LetterPattern } from '../../text/letters.js';
import { wordsAtMost } from '../../text/words.js';
import { isPointer, roleOf } from '../document-text.js';
import { notOnField } from '../prose.js';
import { defaultRegulation, findRequirement } from '../../regulations/index.js';
import type { Message, Rule, Source } from '../types.js';

const requirement = findRequirement(defaultRegulation, '§5.2');
const fields = Object.keys(terms.residentialField) as (keyof typeof terms.residentialField)[];

type Field = (typeof fields)[number];

/** A short field that only sends the reader on (»Se Tilbudsportalen.«, »Oplyses ved henvendelse.«, »Aftales med tilbuddet.«). */
const sendsOn = new LetterPattern(String.raw`^(?:se|læs|jf\.?|kontakt|spørg|oplyses|fås|aftales|fremgår)(?!\p{L})`, 'iu');

/** A field's text that says nothing of the offer itself: it only points elsewhere, or is a placeholder. */
function saysNothing(value: string): boolean {
  const cased = { text: value, lower: value.toLowerCase() };
  return (wordsAtMost(value, 8) && sendsOn.test(value)) || isPointer(cased) || roleOf(cased, false) === 'pladsholder';
}

function offerMessages(offer: Partial<Record<Field, string>> & { navn: string }): Message[] {
  const missing = fields.filter((field) => !offer[field]?.trim());
  const hollow = fields.filter((field) => offer[field]?.trim() && saysNothing(offer[field]!.trim()));
  const named = (list: Field[]) => listDanish(list.map((field) => terms.residentialField[field]));
  return [
    ...(missing.length > 0 ? [{ code: 'doegntilbud-felter' as const, args: { tilbud: offer.navn, felter: named(missing) } }] : []),
    ...(hollow.length > 0
      ? [{ code: 'doegntilbud-felter-uden-indhold' as const, args: { tilbud: offer.navn, felter: named(hollow), eksempel: offer[hollow[0]!]!.trim() } }]
      : []),
  ];
}

const rule: Rule = {
  requirement,
  check(context) {
    const offers = context.document.doegnbehandling?.tilbud ?? [];
    const path = context.document.doegnbehandling ? ['doegnbehandling', 'tilbud'] : ['doegnbehandling'];
    if (!context.text.onDomain) return notOnField(context.text, requirement, path);
    if (offers.length === 0) {
      return { status: 'mangler', path, messages: [{ code: 'doegntilbud-ingen', args: { felt: 'doegnbehandling.tilbud' } }] };
    }
    const section = context.text.sections.find((candidate) => candidate.key === 'doegnbehandling');
    const sources: Source[] = section
      ? [{ heading: section.heading, path: ['doegnbehandling', 'tilbud'], line: section.line, how: 'felt', aspects: [], answers: true, sentences: [] }]
      : [];
    const messages: Message[] = offers.flatMap(offerMessages);
    if (messages.length > 0) return { status: 'delvist', path: ['doegnbehandling', 'tilbud'], messages, sources };
    return {
      status: 'opfyldt',
      path: ['doegnbehandling', 'tilbud'],
      sources,
      messages: [{ code: 'krav-opfyldt', args: { afsnit: listDanish(offers.map((offer) => offer.navn)) } }],
    };
  },
};
export default rule;
