/**
 * The common rule for a requirement answered in prose: the verdict follows from the
 * elements (aspects) its legal text names, found anywhere in the document (./evidence.ts).
 * All found: `opfyldt`; some: `delvist`, naming what is missing; none: `mangler`. A section
 * that only points elsewhere is `delvist` and says so.
 */
import { listDanish } from '../diagnostics/messages.js';
import { defaultRegulation, type Aspect, type Requirement } from '../regulations/index.js';
import { formatPath } from '../diagnostics/diagnostic.js';
import { gatherEvidence, type Evidence } from './evidence.js';
import { missingSection } from './outcomes.js';
import type { Message, Outcome, RuleContext, Source } from './types.js';

export function evidenceFor(context: RuleContext, requirement: Requirement): Evidence {
  return gatherEvidence(context.text, defaultRegulation, requirement);
}

/** Where the finding points: the own field, else the best source, else where the field belongs. */
function pathOf(evidence: Evidence): Outcome['path'] {
  if (evidence.own) return [evidence.requirement.field];
  return evidence.sources[0]?.path ?? [evidence.requirement.field];
}

/**
 * »Fundet i …« for sources the search found, so the policy officer can make the choice
 * explicit: only sections that answer (not a mention, a pointer or quoted law), and not for
 * a requirement its own field already answers (#19.7).
 */
export function foundMessages(evidence: Evidence): Message[] {
  const answeredInOwnField = evidence.sources.some((source) => source.how === 'felt' && source.answers);
  const found = evidence.sources.filter((source) => source.how === 'fundet' && source.answers);
  if (found.length === 0 || answeredInOwnField) return [];
  return [
    {
      code: 'krav-fundet',
      args: {
        afsnit: listDanish(found.map((source) => `»${source.heading}« (linje ${source.line})`)),
        antal: found.length,
        id: evidence.requirement.id,
        sti: listDanish(found.map((source) => formatPath(source.path))),
      },
    },
  ];
}

/** The first sentence of a kind among the sources, for the aspects given. */
function firstSentence(evidence: Evidence, kind: (sentence: Source['sentences'][number]) => boolean, aspects: readonly Aspect[]) {
  return evidence.sources
    .flatMap((source) => source.sentences)
    .find((sentence) => kind(sentence) && aspects.some((aspect) => sentence.aspects.includes(aspect.id)));
}

/** What the document says of the aspects it does not answer: pointed at, quoted law, named in passing, or nothing. */
function missingMessages(evidence: Evidence, missing: readonly Aspect[]): Message[] {
  const messages: Message[] = [];
  const pointedAt = missing.filter((aspect) => evidence.pointed.has(aspect.id));
  const pointer = firstSentence(evidence, (sentence) => sentence.pointer, pointedAt);
  if (pointer) {
    messages.push({ code: 'kun-henvisning', args: { aspekt: listDanish(pointedAt.map((aspect) => aspect.description)), saetning: pointer.text } });
  }
  const rest = missing.filter((aspect) => !pointer || !pointedAt.includes(aspect));
  const quotedAspects = rest.filter((aspect) => evidence.quoted.has(aspect.id));
  const quote = firstSentence(evidence, (sentence) => sentence.quoted === true, quotedAspects);
  if (quote) {
    messages.push({ code: 'kun-lovtekst', args: { aspekt: listDanish(quotedAspects.map((aspect) => aspect.description)), saetning: quote.text } });
  }
  const mentionOf = (aspect: Aspect) =>
    evidence.mentioned.has(aspect.id) ? firstSentence(evidence, (sentence) => !sentence.pointer && !sentence.quoted && !sentence.claimed, [aspect]) : undefined;
  // A claim that the law is kept, for the aspects nothing else names: one message, as for quoted law.
  const claimedAspects = rest.filter((aspect) => !(quote && quotedAspects.includes(aspect)) && evidence.claimed.has(aspect.id) && !mentionOf(aspect));
  const claim = firstSentence(evidence, (sentence) => sentence.claimed === true, claimedAspects);
  if (claim) {
    const args = {
      aspekt: listDanish(claimedAspects.map((aspect) => aspect.description)),
      saetning: claim.text,
      raad: claimedAspects.map((aspect) => aspect.advice).join(' '),
    };
    messages.push({ code: 'kun-overholdelse', args });
  }
  for (const aspect of rest) {
    if ((quote && quotedAspects.includes(aspect)) || (claim && claimedAspects.includes(aspect))) continue;
    const mention = mentionOf(aspect);
    messages.push(
      mention
        ? { code: 'aspekt-kun-naevnt', args: { aspekt: aspect.description, saetning: mention.text, raad: aspect.advice } }
        : { code: 'aspekt-mangler', args: { aspekt: aspect.description, raad: aspect.advice } },
    );
  }
  return messages;
}

/** A verdict that rests only on what the search found elsewhere is the tool's reading, for a person to confirm. */
export function restsOnSearch(status: Outcome['status'], sources: readonly Source[]): boolean {
  return (status === 'opfyldt' || status === 'delvist') && sources.length > 0 && sources.every((source) => source.how === 'fundet');
}

/** The verdict on a document that is no standard on the field: another kind of document (by its title), or a text on another field. */
export function notOnField(text: Pick<Evidence, 'otherKind' | 'kindShownBy'>, requirement: Requirement, path: Outcome['path']): Outcome {
  // Shown by the text: said where it first shows it.
  if (text.otherKind && text.kindShownBy)
    return {
      status: 'mangler',
      path: text.kindShownBy.path,
      messages: [{ code: 'anden-dokumentart-tekst', args: { art: text.otherKind, saetning: text.kindShownBy.sentence, vejledning: requirement.guidance } }],
    };
  // Said where the title stands, which is what to change.
  if (text.otherKind)
    return { status: 'mangler', path: ['titel'], messages: [{ code: 'anden-dokumentart', args: { art: text.otherKind, vejledning: requirement.guidance } }] };
  return { status: 'mangler', path, messages: [{ code: 'ikke-om-omraadet', args: { vejledning: requirement.guidance } }] };
}

/** The verdict from the aspects found, with what is missing; `extra` adds a rule's own findings. */
export function judgeAspects(evidence: Evidence, extra: Message[] = []): Outcome {
  const { requirement, aspects, own } = evidence;
  const path = pathOf(evidence);
  const sources = evidence.sources;
  if (!evidence.onDomain) return { ...notOnField(evidence, requirement, path), sources };
  const hasText = !evidence.hollow && evidence.declared.some((section) => section.sentences.some((sentence) => !sentence.isHeading));
  const anything = [evidence.found, evidence.pointed, evidence.quoted, evidence.mentioned, evidence.claimed].some((set) => set.size > 0);
  if (!anything && !hasText && evidence.hollow) {
    const felt = evidence.declared[0]!.heading;
    const args = { afsnit: felt, art: evidence.hollow.why, saetning: evidence.hollow.sentence.text, vejledning: requirement.guidance };
    return { status: 'mangler', path, sources, messages: [{ code: 'afsnit-uden-svar', args }] };
  }
  if (own && !hasText && sources.length === 0) {
    return { status: 'mangler', path, sources, messages: [{ code: 'afsnit-uden-tekst', args: { felt: requirement.field, vejledning: requirement.guidance } }] };
  }
  if (!anything && !hasText) return { ...missingSection(requirement), sources };

  const missing = aspects.filter((aspect) => !evidence.found.has(aspect.id));
  const messages = [...missingMessages(evidence, missing), ...extra];
  const status = messages.length === 0 ? 'opfyldt' : 'delvist';
  const toConfirm = restsOnSearch(status, sources);
  if (status === 'opfyldt') {
    const declared = sources.filter((source) => source.how !== 'fundet').map((source) => source.heading);
    const met: Message[] = declared.length > 0 ? [{ code: 'krav-opfyldt', args: { afsnit: listDanish(declared) } }] : [];
    return { status, path, sources, toConfirm, messages: [...met, ...foundMessages(evidence)] };
  }
  return { status, path, sources, toConfirm, messages: [...messages, ...foundMessages(evidence)] };
}
