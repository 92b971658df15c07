/**
 * #18.4: a kommune's own requirements judged as the law's are: the evidence search over the
 * whole document for their aspects (with the restatement rule: a sentence that only
 * repeats the requirement answers nothing), and a `felt` that must be filled.
 */
import type { Kvalitetsstandard } from '../generated/kvalitetsstandard.js';
import type { LoadedFile } from '../load.js';
import { withOwnRequirements, type OwnRequirement, type OwnRequirements } from '../own/requirements.js';
import type { Regulation } from '../regulations/regulation.js';
import { locate } from '../source-location.js';
import { documentText, type DocumentText } from './document-text.js';
import { gatherEvidence } from './evidence.js';
import { judgeAspects } from './prose.js';
import type { Finding, Message, Outcome } from './types.js';

/** Something is written: a text with words, a number, or a list or group with such a value in it. */
function filled(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number' || typeof value === 'boolean') return true;
  if (Array.isArray(value)) return value.some(filled);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(filled);
  return false;
}

/** The value at a dotted field path; through a list, every element's. */
function valueAt(document: Kvalitetsstandard, field: string): unknown {
  return field.split('.').reduce<unknown>((value, key) => {
    if (Array.isArray(value)) return value.map((item) => (item as Record<string, unknown> | undefined)?.[key]);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  }, document);
}

function fieldOutcome(document: Kvalitetsstandard, requirement: OwnRequirement): Outcome {
  const path = requirement.field.split('.');
  if (filled(valueAt(document, requirement.field)))
    return { status: 'opfyldt', path, messages: [{ code: 'eget-felt-udfyldt', args: { felt: requirement.field } }] };
  return { status: 'mangler', path, messages: [{ code: 'eget-felt-mangler', args: { felt: requirement.field, vejledning: requirement.guidance } }] };
}

/**
 * The law's verdict on aspects, said for a requirement that has no section of its own: what
 * is missing is each aspect, not a field to add, and the found text is no choice to mark
 * with `daekker` (which names the law's requirements).
 */
function aspectOutcome(text: DocumentText, regulation: Regulation, requirement: OwnRequirement): Outcome {
  const outcome = judgeAspects(gatherEvidence(text, regulation, requirement));
  const aspects = requirement.catalogue?.aspects ?? [];
  const missing: Message[] = aspects.map((aspect) => ({ code: 'aspekt-mangler', args: { aspekt: aspect.description, raad: aspect.advice } }));
  const messages = outcome.messages.flatMap((message) =>
    message.code === 'krav-fundet' ? [] : message.code === 'afsnit-mangler' || message.code === 'afsnit-uden-tekst' ? missing : [message],
  );
  return { ...outcome, messages, toConfirm: undefined };
}

const statusOrder = ['opfyldt', 'delvist', 'kan ikke vurderes', 'mangler'] as const;

/** A requirement with both a field and aspects is met only as far as both are. */
function worse(a: Outcome, b: Outcome): Outcome {
  const status = statusOrder.indexOf(a.status) >= statusOrder.indexOf(b.status) ? a.status : b.status;
  const failing = [a, b].filter((outcome) => outcome.status !== 'opfyldt');
  return { ...a, status, path: b.path, messages: (failing.length > 0 ? failing : [a, b]).flatMap((outcome) => outcome.messages) };
}

function judge(document: Kvalitetsstandard, text: () => DocumentText, regulation: Regulation, requirement: OwnRequirement): Outcome {
  const byField = requirement.fieldRequired ? fieldOutcome(document, requirement) : undefined;
  const byAspects = requirement.catalogue ? aspectOutcome(text(), regulation, requirement) : undefined;
  return byAspects && byField ? worse(byAspects, byField) : (byAspects ?? byField)!;
}

/** Each own requirement's finding, placed where its text or field stands (or the nearest section above a missing field). */
export function checkOwnRequirements(loaded: LoadedFile, document: Kvalitetsstandard, own: OwnRequirements, law: Regulation, date: string): Finding[] {
  const regulation = withOwnRequirements(law, own);
  let read: DocumentText | undefined;
  const text = () => (read ??= documentText(loaded, document, regulation, date));
  return own.requirements.map((requirement) => {
    const outcome = judge(document, text, regulation, requirement);
    const path = outcome.path.filter((segment) => segment !== '');
    return { ...outcome, path, requirement, citation: requirement.citation, file: loaded.file, span: locate(loaded, path, true) };
  });
}
