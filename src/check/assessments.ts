/**
 * Issue 17: the forvaltning has the last word, with a reason. An entry in `vurderinger`
 * records its own verdict on a requirement beside the tool's; `grundlag` is a hash of the
 * text of the sections the tool's finding rests on when the assessment was made, so an
 * assessment is flagged for review as soon as that text changes.
 */
import type { Kvalitetsstandard } from '../generated/kvalitetsstandard.js';
import type { LoadedFile } from '../load.js';
import { locate, type PathSegment } from '../source-location.js';
import { listDanish } from '../diagnostics/labels.js';
import type { Finding, Message, ReviewReason, Status } from './types.js';

/** Fields that place or mark a section rather than say something: moving or marking it changes no text. */
const placementFields = new Set(['noegle', 'daekker']);

/**
 * Whitespace that is not a lone space: replaced by one space, it collapses every run as
 * `/\s+/g` would, but leaves the single spaces between words alone (three times faster).
 */
const collapsibleWhitespace = /\s{2,}|[^\S ]/g;

/** A value with its keys sorted and each text's whitespace collapsed: reflowing or re-indenting changes nothing. */
function canonical(value: unknown, top = false): unknown {
  if (typeof value === 'string') return value.replace(collapsibleWhitespace, ' ').trim();
  if (Array.isArray(value)) return value.map((item) => canonical(item));
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([key]) => !(top && placementFields.has(key)));
    return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, child]) => [key, canonical(child)]));
  }
  return value ?? null;
}

/** The section a key path points into: a top-level field, or one entry of `oevrige_afsnit` or `bilag`. */
function sectionPath(path: readonly PathSegment[]): PathSegment[] {
  return typeof path[1] === 'number' ? path.slice(0, 2) : path.slice(0, 1);
}

function valueAt(document: Kvalitetsstandard, path: readonly PathSegment[]): unknown {
  let value: unknown = document;
  for (const segment of path) value = value && typeof value === 'object' ? (value as Record<string | number, unknown>)[segment] : undefined;
  return value;
}

/** Each document's sections in canonical JSON by path, made once: a file's findings rest on the same few sections. */
const canonicalSections = new WeakMap<Kvalitetsstandard, Map<string, string>>();

function canonicalSection(document: Kvalitetsstandard, key: string, path: readonly PathSegment[]): string {
  let sections = canonicalSections.get(document);
  if (!sections) canonicalSections.set(document, (sections = new Map()));
  let text = sections.get(key);
  if (text === undefined) sections.set(key, (text = JSON.stringify(canonical(valueAt(document, path), true))));
  return text;
}

/**
 * The hash of the text of the sections a finding rests on: the requirement's own field, the
 * section its verdict points to, and every section it found evidence in. The sections are
 * hashed by content, in sorted order, so moving one changes nothing; `v1-` and 16 hex digits.
 */
export function groundsHash(document: Kvalitetsstandard, finding: Pick<Finding, 'requirement' | 'path' | 'sources'>): string {
  const paths = [finding.requirement.field.split('.'), finding.path, ...(finding.sources ?? []).map((source) => source.path)].map(sectionPath);
  const unique = new Map(paths.map((path) => [path.join('\u0000'), path]));
  const texts = [...unique].map(([key, path]) => canonicalSection(document, key, path)).sort();
  // Loaded on first use: a check whose output shows no grounds (text, no assessments) never needs it.
  const { createHash } = process.getBuiltinModule('node:crypto');
  return `v1-${createHash('sha256').update(texts.join('\n')).digest('hex').slice(0, 16)}`;
}

/** Each finding with the forvaltning's assessment of it, if recorded; only those are hashed, so an unassessed file pays nothing. */
export function withAssessments(loaded: LoadedFile, document: Kvalitetsstandard, findings: Finding[]): Finding[] {
  const recorded = document.vurderinger ?? [];
  return findings.map((finding) => {
    const index = recorded.findIndex((entry) => entry.krav === finding.requirement.id);
    if (index < 0) return finding;
    const grounds = groundsHash(document, finding);
    const { status, begrundelse, af, dato, grundlag } = recorded[index]!;
    const review: ReviewReason | undefined = grundlag === undefined ? 'grundlag-mangler' : grundlag !== grounds ? 'grundlag-aendret' : undefined;
    const { line, column } = locate(loaded, ['vurderinger', index]).start;
    return { ...finding, assessment: { status, begrundelse, af, dato, grundlag, grounds, review, line, column } };
  });
}

/** The status that counts: the forvaltning's when it has assessed the requirement, else the tool's. */
export function currentStatus(finding: Finding): Status {
  return finding.assessment?.status ?? finding.status;
}

/** Whether a finding makes `check` fail: its current status is failing, or its assessment must be reviewed. */
export function findingFails(finding: Finding, failing: ReadonlySet<Status>): boolean {
  return failing.has(currentStatus(finding)) || finding.assessment?.review !== undefined;
}

/** The headings of the sections an assessment rests on, quoted, for the review message. */
function groundsHeadings(finding: Finding): string[] {
  const headings = (finding.sources ?? []).map((source) => source.heading);
  return [...new Set(headings.length > 0 ? headings : [finding.requirement.title])].map((heading) => `»${heading}«`);
}

/** What the reports say about an assessment, as data: the verdict with its reason, and why to review it. */
export function assessmentMessages(finding: Finding): { verdict: Message; review?: Message } | undefined {
  const assessment = finding.assessment;
  if (!assessment) return undefined;
  const { status, af, dato, review, line, grounds } = assessment;
  const verdict: Message = { code: 'vurdering-forvaltning', args: { status, begrundelse: assessment.begrundelse.replace(/\s+/g, ' ').trim(), af, dato } };
  if (!review) return { verdict };
  const headings = groundsHeadings(finding);
  const args = { afsnit: listDanish(headings), antal: headings.length, dato, grundlag: grounds, linje: line };
  return { verdict, review: { code: review === 'grundlag-aendret' ? 'vurdering-grundlag-aendret' : 'vurdering-grundlag-mangler', args } };
}
