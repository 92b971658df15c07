/**
 * Stage 3: judge a valid document against every requirement of its regulation, and place
 * each verdict in the file: where the requirement is met, or where the missing content
 * belongs (after the section that precedes it in the regulation's order).
 */
import type { Kvalitetsstandard } from '../generated/kvalitetsstandard.js';
import type { LoadedFile } from '../load.js';
import { fullCitation, type Regulation } from '../regulations/index.js';
import { requirementSectionNames } from '../sections.js';
import { locate, nodeAt, type Span } from '../source-location.js';
import { positionAt } from '../load.js';
import { withAssessments } from './assessments.js';
import { documentText, type DocumentText } from './document-text.js';
import { rulesFor } from './rules/index.js';
import type { Finding, Outcome, Status } from './types.js';

export type { Assessment, Finding, Status } from './types.js';
export { currentStatus, findingFails } from './assessments.js';
export { statuses } from '../schema/definition.js';

/** Where a missing top-level section belongs: the line after the nearest preceding section. */
function insertionPoint(loaded: LoadedFile, document: Kvalitetsstandard, field: string): { span: Span; after?: string } {
  const index = requirementSectionNames.indexOf(field);
  const present = (name: string) => (document as unknown as Record<string, unknown>)[name] !== undefined;
  const previous = requirementSectionNames.slice(0, Math.max(index, 0)).reverse().find(present);
  const anchor = previous ?? 'titel';
  const node = nodeAt(loaded, [anchor]);
  if (!node?.range) return { span: locate(loaded, [anchor]), after: anchor };
  const position = positionAt(loaded.lineCounter, node.range[2]);
  const line = position.column === 1 ? position.line : position.line + 1;
  return { span: { start: { line, column: 1 }, end: { line, column: 1 } }, after: anchor };
}

/**
 * A section that stands in the file commented out (as `ny` writes every section): the line
 * `# felt:` and the indented comment lines under it. Found in the text, not line by line, as
 * only missing sections are looked for.
 */
function commentedSection(loaded: LoadedFile, field: string): Span | undefined {
  const key = new RegExp(`^#[ \\t]?${field}:[ \\t]*(#.*)?\\r?$`, 'm').exec(loaded.text);
  if (!key) return undefined;
  const indented = /#[ \t]?[ \t]+\S[^\n]*(\n|$)/y;
  let end = key.index + key[0].length;
  for (indented.lastIndex = end + 1; loaded.text[end] === '\n' && indented.exec(loaded.text); indented.lastIndex = end + 1) end = indented.lastIndex - 1;
  const last = positionAt(loaded.lineCounter, loaded.text[end - 1] === '\r' ? end - 1 : end);
  return { start: positionAt(loaded.lineCounter, key.index), end: last };
}

function place(loaded: LoadedFile, document: Kvalitetsstandard, regulation: Regulation, outcome: Outcome): { span: Span; outcome: Outcome } {
  const [top] = outcome.path;
  const missingTopLevel = outcome.path.length >= 1 && typeof top === 'string' && nodeAt(loaded, [top]) === undefined;
  if (!missingTopLevel) return { span: locate(loaded, outcome.path, true), outcome };
  const commented = commentedSection(loaded, top);
  if (commented) {
    // Said instead of »Tilføj feltet«, or after what the rule says (revision's finding is about its dates).
    const requirement = regulation.requirements.find((each) => each.field === top);
    const uncomment = {
      code: 'afsnit-udkommenteret' as const,
      args: { titel: requirement?.title ?? top, felt: top, vejledning: requirement?.guidance ?? '', fra: commented.start.line, til: commented.end.line },
    };
    const others = outcome.messages.filter((message) => message.code !== 'afsnit-mangler');
    return { span: commented, outcome: { ...outcome, messages: [...others, uncomment] } };
  }
  const { span, after } = insertionPoint(loaded, document, top);
  const messages = outcome.messages.map((message) => (message.code === 'afsnit-mangler' ? { ...message, args: { ...message.args, efter: after } } : message));
  return { span, outcome: { ...outcome, messages } };
}

/**
 * The sections as the regulation reads them: a requirement's field answers that regulation's
 * requirement on the field (the text marks BEK 1477/2019's, which the schema is written for).
 */
function readFor(text: DocumentText, regulation: Regulation): DocumentText {
  if (text.sections.every((section) => !section.requirement || regulation.requirements.includes(section.requirement))) return text;
  const onField = (key: string) => regulation.requirements.find((requirement) => requirement.field === key);
  return { ...text, sections: text.sections.map((section) => (section.requirement ? { ...section, requirement: onField(section.key) } : section)) };
}

export function checkDocument(
  loaded: LoadedFile,
  document: Kvalitetsstandard,
  date: string,
  regulation: Regulation,
  read: DocumentText = documentText(loaded, document, regulation, date),
): Finding[] {
  const text = readFor(read, regulation);
  const findings = rulesFor(regulation).map((rule) => {
    const { span, outcome } = place(loaded, document, regulation, rule.check({ document, date, text }));
    return { ...outcome, requirement: rule.requirement, citation: fullCitation(regulation, rule.requirement), file: loaded.file, span };
  });
  return withAssessments(loaded, document, findings);
}

/** Exit code 1 when a requirement is not met or cannot be judged; `delvist` too when strict. */
export function failingStatuses(strict: boolean): ReadonlySet<Status> {
  return new Set<Status>(strict ? ['mangler', 'kan ikke vurderes', 'delvist'] : ['mangler', 'kan ikke vurderes']);
}
