/** What a compliance rule says about one requirement, as data. */
import type { Message } from '../diagnostics/messages.js';
import type { Kvalitetsstandard } from '../generated/kvalitetsstandard.js';
import type { Requirement } from '../regulations/index.js';
import type { PathSegment, Span } from '../source-location.js';
import type { DocumentText } from './document-text.js';

import type { statuses } from '../schema/definition.js';

export type Status = (typeof statuses)[number];

export type { Message };

/** How a section came to be read for a requirement: its own field, marked with `daekker`, or found by the search. */
export type How = 'felt' | 'markeret' | 'fundet';

/** A section a verdict rests on, with the sentences that answer the requirement. */
export interface Source {
  heading: string;
  path: PathSegment[];
  line: number;
  how: How;
  /** The aspects (ids) these sentences express. */
  aspects: string[];
  /** Some sentence here answers an aspect: not only a mention, a pointer or quoted law. */
  answers: boolean;
  sentences: {
    text: string;
    line: number;
    aspects: string[];
    /** Only points elsewhere. */
    pointer: boolean;
    /** Quoted law. */
    quoted?: boolean;
    /** Only claims that the law is kept (»Vi overholder behandlingsgarantien«). */
    claimed?: boolean;
  }[];
}

export interface Outcome {
  status: Status;
  /** Where in the document the requirement is met, or where the missing content belongs. */
  path: PathSegment[];
  messages: Message[];
  /** The sections and sentences the verdict rests on (none for a requirement judged on dates alone). */
  sources?: Source[];
  /**
   * The verdict rests only on what the search found outside the requirement's own field and
   * the sections marked with `daekker`: a person should confirm it.
   */
  toConfirm?: boolean;
}

export interface RuleContext {
  document: Kvalitetsstandard;
  /** The document's sections cut into sentences, for the evidence search. */
  text: DocumentText;
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
  /** The forvaltning's own verdict on the requirement, from `vurderinger`. */
  assessment?: Assessment;
}

/** Why an assessment must be looked at again: no hash recorded, or the sections changed since. */
export type ReviewReason = 'grundlag-mangler' | 'grundlag-aendret';

/** An entry of `vurderinger`, as the reports show it beside the tool's finding. */
export interface Assessment {
  status: Status;
  begrundelse: string;
  af: string;
  dato: string;
  /** The hash recorded with the assessment, if any. */
  grundlag?: string;
  /** The hash of the sections the finding rests on now (./assessments.ts): what `grundlag` should say. */
  grounds: string;
  review?: ReviewReason;
  /** Where the entry stands in `vurderinger`. */
  line: number;
  column: number;
}
