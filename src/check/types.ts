/** What a compliance rule says about one requirement, as data. */
import type { MessageArgs, MessageCode } from '../diagnostics/messages.js';
import type { Kvalitetsstandard } from '../generated/kvalitetsstandard.js';
import type { Requirement } from '../regulations/index.js';
import type { PathSegment, Span } from '../source-location.js';

/** The four verdicts, in the words the issue and the JSON report use. */
export const statuses = ['opfyldt', 'delvist', 'mangler', 'kan ikke vurderes'] as const;
export type Status = (typeof statuses)[number];

export interface Message {
  code: MessageCode;
  args: MessageArgs;
}

export interface Outcome {
  status: Status;
  /** Where in the document the requirement is met, or where the missing content belongs. */
  path: PathSegment[];
  messages: Message[];
}

export interface RuleContext {
  document: Kvalitetsstandard;
  /** The date the standard is judged at (the planned byrådsbehandling), ÅÅÅÅ-MM-DD. */
  date: string;
}

/** One rule per requirement of the regulation: its id, citation and legal text come with it. */
export interface Rule {
  requirement: Requirement;
  check(context: RuleContext): Outcome;
}

/** An outcome placed in its file. */
export interface Finding extends Outcome {
  requirement: Requirement;
  citation: string;
  file: string;
  span: Span;
}
