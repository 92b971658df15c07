/**
 * Stage 3: judge a valid document against every requirement of its regulation, and place
 * each verdict in the file: where the requirement is met, or where the missing content
 * belongs (after the section that precedes it in the regulation's order).
 */
import type { Kvalitetsstandard } from '../generated/kvalitetsstandard.js';
import type { LoadedFile } from '../load.js';
import { defaultRegulation, fullCitation } from '../regulations/index.js';
import { requirementSectionNames } from '../sections.js';
import { locate, nodeAt, type Span } from '../source-location.js';
import { positionAt } from '../load.js';
import { documentText } from './document-text.js';
import { rules } from './rules/index.js';
import type { Finding, Outcome, Status } from './types.js';

export type { Finding, Status } from './types.js';
export { statuses } from './types.js';

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
 * `# felt:` and the indented comment lines under it, 1-based.
 */
function commentedSection(text: string, field: string): { from: number; to: number; columns: number } | undefined {
  const lines = text.split('\n');
  const key = new RegExp(`^#[ \\t]?${field}:[ \\t]*(#.*)?\\r?$`);
  const from = lines.findIndex((line) => key.test(line));
  if (from < 0) return undefined;
  let to = from;
  while (to + 1 < lines.length && /^#[ \t]?[ \t]+\S/.test(lines[to + 1]!)) to++;
  return { from: from + 1, to: to + 1, columns: lines[to]!.replace(/\r$/, '').length + 1 };
}

function place(loaded: LoadedFile, document: Kvalitetsstandard, outcome: Outcome): { span: Span; outcome: Outcome } {
  const [top] = outcome.path;
  const missingTopLevel = outcome.path.length >= 1 && typeof top === 'string' && nodeAt(loaded, [top]) === undefined;
  if (!missingTopLevel) return { span: locate(loaded, outcome.path, true), outcome };
  const commented = commentedSection(loaded.text, top);
  if (commented) {
    // Said instead of »Tilføj feltet«, or after what the rule says (revision's finding is about its dates).
    const span = { start: { line: commented.from, column: 1 }, end: { line: commented.to, column: commented.columns } };
    const requirement = defaultRegulation.requirements.find((each) => each.field === top);
    const uncomment = {
      code: 'afsnit-udkommenteret' as const,
      args: { titel: requirement?.title ?? top, felt: top, vejledning: requirement?.guidance ?? '', fra: commented.from, til: commented.to },
    };
    const others = outcome.messages.filter((message) => message.code !== 'afsnit-mangler');
    return { span, outcome: { ...outcome, messages: [...others, uncomment] } };
  }
  const { span, after } = insertionPoint(loaded, document, top);
  const messages = outcome.messages.map((message) => (message.code === 'afsnit-mangler' ? { ...message, args: { ...message.args, efter: after } } : message));
  return { span, outcome: { ...outcome, messages } };
}

export function checkDocument(loaded: LoadedFile, document: Kvalitetsstandard, date: string): Finding[] {
  const text = documentText(loaded, document, defaultRegulation);
  return rules.map((rule) => {
    const { span, outcome } = place(loaded, document, rule.check({ document, date, text }));
    return { ...outcome, requirement: rule.requirement, citation: fullCitation(defaultRegulation, rule.requirement), file: loaded.file, span };
  });
}

/** Exit code 1 when a requirement is not met or cannot be judged; `delvist` too when strict. */
export function failingStatuses(strict: boolean): ReadonlySet<Status> {
  return new Set<Status>(strict ? ['mangler', 'kan ikke vurderes', 'delvist'] : ['mangler', 'kan ikke vurderes']);
}
