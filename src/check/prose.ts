/**
 * The common rule for a requirement answered in prose: the verdict follows from the
 * elements (aspects) its legal text names, found anywhere in the document (./evidence.ts).
 * All found: `opfyldt`; some: `delvist`, naming what is missing; none: `mangler`. A section
 * that only points elsewhere is `delvist` and says so.
 */
import { listDanish } from '../diagnostics/messages.js';
import { defaultRegulation, findRequirement, type Requirement } from '../regulations/index.js';
import { formatPath } from '../diagnostics/diagnostic.js';
import { gatherEvidence, type Evidence } from './evidence.js';
import { missingSection } from './outcomes.js';
import type { Message, Outcome, Rule, RuleContext } from './types.js';

export function evidenceFor(context: RuleContext, requirement: Requirement): Evidence {
  return gatherEvidence(context.text, defaultRegulation, requirement);
}

/** Where the finding points: the own field, else the best source, else where the field belongs. */
function pathOf(evidence: Evidence): Outcome['path'] {
  if (evidence.own) return [evidence.requirement.field];
  return evidence.sources[0]?.path ?? [evidence.requirement.field];
}

/** »Fundet i …« for sources the search found, so the policy officer can make the choice explicit. */
export function foundMessages(evidence: Evidence): Message[] {
  const found = evidence.sources.filter((source) => source.how === 'fundet');
  if (found.length === 0) return [];
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

/** The verdict from the aspects found, with what is missing; `extra` adds a rule's own findings. */
export function judgeAspects(evidence: Evidence, extra: Message[] = []): Outcome {
  const { requirement, aspects, own } = evidence;
  const path = pathOf(evidence);
  const sources = evidence.sources;
  if (!evidence.onDomain) {
    return { status: 'mangler', path, sources, messages: [{ code: 'ikke-om-omraadet', args: { vejledning: requirement.guidance } }] };
  }
  const hasText = evidence.declared.some((section) => section.sentences.length > 0);
  if (own && !hasText && sources.length === 0) {
    return { status: 'mangler', path, sources, messages: [{ code: 'afsnit-uden-tekst', args: { felt: requirement.field, vejledning: requirement.guidance } }] };
  }
  const found = aspects.filter((aspect) => evidence.found.has(aspect.id));
  if (found.length === 0 && !hasText && evidence.pointed.size === 0) return { ...missingSection(requirement), sources };

  const messages: Message[] = [];
  const missing = aspects.filter((aspect) => !evidence.found.has(aspect.id));
  const pointedAt = missing.filter((aspect) => evidence.pointed.has(aspect.id));
  const pointer = sources
    .flatMap((source) => source.sentences)
    .find((sentence) => sentence.pointer && pointedAt.some((aspect) => sentence.aspects.includes(aspect.id)));
  if (pointer) {
    messages.push({ code: 'kun-henvisning', args: { aspekt: listDanish(pointedAt.map((aspect) => aspect.description)), saetning: pointer.text } });
  }
  for (const aspect of missing) {
    if (!pointer || !pointedAt.includes(aspect)) messages.push({ code: 'aspekt-mangler', args: { aspekt: aspect.description, raad: aspect.advice } });
  }
  messages.push(...extra);
  if (messages.length === 0) {
    const declared = sources.filter((source) => source.how !== 'fundet').map((source) => source.heading);
    const met: Message[] = declared.length > 0 ? [{ code: 'krav-opfyldt', args: { afsnit: listDanish(declared) } }] : [];
    return { status: 'opfyldt', path, sources, messages: [...met, ...foundMessages(evidence)] };
  }
  return { status: 'delvist', path, sources, messages: [...messages, ...foundMessages(evidence)] };
}

/** A requirement judged on its aspects alone. */
export function proseRule(id: string): Rule {
  const requirement = findRequirement(defaultRegulation, id);
  return { requirement, check: (context) => judgeAspects(evidenceFor(context, requirement)) };
}
