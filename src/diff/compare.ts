/**
 * What changed between two versions of a municipality's standard, section by section in
 * the document's own headings: the printed text (word by word, as the templates print it),
 * figures (deadlines, target figures, prices, dates) and how the compliance status moved.
 */
import type { FileCheck } from '../check/run.js';
import type { Finding, Status } from '../check/types.js';
import type { Kvalitetsstandard } from '../generated/kvalitetsstandard.js';
import { defaultRegulation } from '../regulations/index.js';
import { danishDate, parseStatedDate } from '../dates.js';
import { municipalityId } from '../files.js';
import { indicatorLabel } from '../render/model.js';
import { type FigureChange, unprintedFieldChanges } from './fields.js';

export type { FigureChange, FormChange, WordChange };
import { formChanges, type FormChange } from './form.js';
import { wordChanges, type WordChange } from './words.js';
import { matchedParts, movedSections, type Move } from './matching.js';
import { markdownText, printedDocument, type PrintedPart } from './printed.js';
import { byCodeUnits } from '../text/order.js';

type ValidCheck = FileCheck & { valid: true };

export interface SectionChange {
  key: string;
  heading: string;
  /** The heading word by word, when it changed. */
  headingWords?: WordChange[];
  /** `flyttet`: the same heading, text and form, in another place. */
  kind: 'tilfoejet' | 'fjernet' | 'aendret' | 'flyttet';
  /** The section's key in the earlier version, when it had another (a key renamed, a section moved between lists). */
  previousKey?: string;
  /** Where it stands now, when it moved. */
  moved?: Move;
  words: WordChange[];
  /** Words both versions print, in another form (emphasis, a link, a heading's level, a list, a picture). */
  form: FormChange[];
}

export interface StatusChange {
  id: string;
  title: string;
  before: Status;
  after: Status;
}

export interface Comparison {
  kommune: string;
  /** The two versions named as a council member knows them (»den godkendte udgave af 13. december 2021«). */
  versions: { before: string; after: string };
  sections: SectionChange[];
  figures: FigureChange[];
  /** Changed fields neither the printed text nor the figures show (see fields.ts). */
  fields: FigureChange[];
  statuses: StatusChange[];
}

const date = (value: string | number | undefined) => (value === undefined ? undefined : danishDate(value));

function targetFigure(target: NonNullable<NonNullable<Kvalitetsstandard['maaltal']>['maal']>[number]): [string, string | undefined] {
  const limit = target.graense === 'mindst' ? 'mindst ' : target.graense === 'hoejst' ? 'højst ' : '';
  const value = target.procent === undefined ? undefined : `${limit}${String(target.procent).replace('.', ',')} %${target.aar ? ` (${target.aar})` : ''}`;
  return [`Måltal: ${indicatorLabel(target.indikator)}`, value];
}

/**
 * Figures that matter to a council, each with the field that holds it (a property path; a
 * list's items are stepped through): named and written as the standard prints them.
 */
const figureFields: readonly { path: readonly string[]; figures: (document: Kvalitetsstandard) => [string, string | undefined][] }[] = [
  { path: ['behandlingsgaranti', 'frist_dage'], figures: (document) => [['Behandlingsgaranti (dage)', document.behandlingsgaranti?.frist_dage?.toString()]] },
  {
    path: ['opfoelgning', 'maaneder'],
    figures: (document) => [['Opfølgning (måneder efter afsluttet behandling)', document.opfoelgning?.maaneder?.join(' og ')]],
  },
  { path: ['maaltal', 'maal'], figures: (document) => (document.maaltal?.maal ?? []).map(targetFigure) },
  {
    path: ['doegnbehandling', 'tilbud', 'pris'],
    figures: (document) => (document.doegnbehandling?.tilbud ?? []).map((offer) => [`Pris: ${offer.navn}`, offer.pris ? markdownText(offer.pris) : undefined]),
  },
  { path: ['godkendelse'], figures: (document) => (document.godkendelse ?? []).map((approval) => [`Godkendt af ${approval.organ}`, date(approval.dato)]) },
  { path: ['revision', 'senest_revideret'], figures: (document) => [['Senest revideret', date(document.revision?.senest_revideret)]] },
  { path: ['revision', 'naeste_revision'], figures: (document) => [['Næste revision', date(document.revision?.naeste_revision)]] },
];

function figuresOf(document: Kvalitetsstandard): Map<string, string> {
  return new Map(figureFields.flatMap((field) => field.figures(document)).filter((figure): figure is [string, string] => figure[1] !== undefined));
}

function statusesOf(findings: readonly Finding[]): Map<string, Status> {
  return new Map(findings.map((finding) => [finding.requirement.id, finding.status]));
}

/** Whether a printed heading changed; a section printing none is named by its chapter, which is no heading of its own. */
const headingChanged = (a: PrintedPart, b: PrintedPart) =>
  (a.headingPrinted || b.headingPrinted) && (a.heading !== b.heading || a.headingPrinted !== b.headingPrinted);

const samePart = (a: PrintedPart | undefined, b: PrintedPart | undefined) =>
  a !== undefined && b !== undefined && a.text === b.text && !headingChanged(a, b) && JSON.stringify(a.words) === JSON.stringify(b.words);

/** Whether two versions print the same parts, in the same order and chapters, with the same headings, text and form. */
function printsAlike(old: Map<string, PrintedPart>, current: Map<string, PrintedPart>): boolean {
  const order = (parts: Map<string, PrintedPart>) => JSON.stringify([...parts.values()].map((part) => [part.key, part.chapter]));
  return order(old) === order(current) && [...current].every(([key, part]) => samePart(old.get(key), part));
}

/** Every printed part (section, contents, cover and footer) whose heading, text, form, key or place differs, in the order the new version prints them, then those removed. */
function sectionChanges(old: Map<string, PrintedPart>, current: Map<string, PrintedPart>): SectionChange[] {
  const matched = matchedParts(old, current);
  const moves = movedSections(old, current, matched);
  const change = (key: string, was: PrintedPart | undefined, now: PrintedPart | undefined): SectionChange => {
    const alike = samePart(was, now);
    return {
      key,
      heading: now?.heading ?? was!.heading,
      headingWords:
        was && now && headingChanged(was, now) ? wordChanges(was.headingPrinted ? was.heading : '', now.headingPrinted ? now.heading : '') : undefined,
      kind: !was ? 'tilfoejet' : !now ? 'fjernet' : alike && moves.has(key) ? 'flyttet' : 'aendret',
      previousKey: was && now && was.key !== key ? was.key : undefined,
      moved: moves.get(key),
      words: wordChanges(was?.text ?? '', now?.text ?? ''),
      form: was && now ? formChanges(was.words, now.words) : [],
    };
  };
  const changes: SectionChange[] = [];
  for (const [key, now] of current) {
    const was = old.get(matched.get(key) ?? '');
    if (!was || !samePart(was, now) || was.key !== key || moves.has(key)) changes.push(change(key, was, now));
  }
  const kept = new Set(matched.values());
  for (const [key, was] of old) if (!kept.has(key)) changes.push(change(key, was, undefined));
  return changes;
}

/** The newest approval a version states, as ÅÅÅÅ-MM-DD-sortable text, with its Danish wording. */
function latestApproval(document: Kvalitetsstandard): { sortable: string; danish: string } | undefined {
  const approvals = (document.godkendelse ?? []).flatMap((approval) => {
    const parts = parseStatedDate(approval.dato);
    if (!parts) return [];
    const sortable = [parts.year, parts.month ?? 0, parts.day ?? 0].map((part) => String(part).padStart(2, '0')).join('-');
    return [{ sortable, danish: danishDate(approval.dato) }];
  });
  return approvals.sort((a, b) => byCodeUnits(a.sortable, b.sortable)).at(-1);
}

/** Names both versions by what they state themselves (their approval), never by a file or a revision. */
function versionNames(before: Kvalitetsstandard, after: Kvalitetsstandard): Comparison['versions'] {
  const approvedBefore = latestApproval(before);
  const approvedAfter = latestApproval(after);
  const revised = before.revision?.senest_revideret;
  return {
    before: approvedBefore
      ? `den godkendte udgave af ${approvedBefore.danish}`
      : revised !== undefined
        ? `den tidligere udgave, senest revideret ${danishDate(revised)}`
        : 'den tidligere udgave',
    after:
      approvedAfter && approvedAfter.sortable !== approvedBefore?.sortable
        ? `den godkendte udgave af ${approvedAfter.danish}`
        : 'den nye udgave, som endnu ikke er godkendt',
  };
}

/** Both versions as checked (at the same date), so compliance moves come from the same evidence search as `check`. */
export function compare(beforeCheck: ValidCheck, afterCheck: ValidCheck): Comparison {
  const [before, after] = [beforeCheck.document, afterCheck.document];
  // The current file's templates print both versions: the comparison is of the text, not of a template change.
  const file = afterCheck.file;
  const municipality = municipalityId(file);
  const printedBefore = printedDocument(file, municipality, before);
  const sections = sectionChanges(printedBefore, printedDocument(file, municipality, after));
  const fields = unprintedFieldChanges(
    before,
    after,
    figureFields.map((field) => field.path),
    (version) => !printsAlike(printedBefore, printedDocument(file, municipality, version)),
  );

  const oldFigures = figuresOf(before);
  const newFigures = figuresOf(after);
  const figures = [...new Set([...oldFigures.keys(), ...newFigures.keys()])]
    .filter((label) => oldFigures.get(label) !== newFigures.get(label))
    .map((label) => ({ label, before: oldFigures.get(label), after: newFigures.get(label) }));

  const oldStatuses = statusesOf(beforeCheck.findings);
  const newStatuses = statusesOf(afterCheck.findings);
  const statuses = defaultRegulation.requirements
    .filter((requirement) => oldStatuses.get(requirement.id) !== newStatuses.get(requirement.id))
    .map((requirement) => ({
      id: requirement.id,
      title: requirement.title,
      before: oldStatuses.get(requirement.id)!,
      after: newStatuses.get(requirement.id)!,
    }));

  return { kommune: after.kommune, versions: versionNames(before, after), sections, figures, fields, statuses };
}
