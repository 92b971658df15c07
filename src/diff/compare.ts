/**
 * What changed between two versions of a municipality's standard, section by section in
 * the document's own headings: text (word by word), figures (deadlines, target figures,
 * prices, dates) and how the compliance status moved.
 */
import { diffWords } from 'diff';
import type { FileCheck } from '../check/run.js';
import type { Finding, Status } from '../check/types.js';
import type { Kvalitetsstandard } from '../generated/kvalitetsstandard.js';
import { defaultRegulation } from '../regulations/index.js';
import { documentSections } from '../sections.js';

type ValidCheck = FileCheck & { valid: true };

export interface WordChange {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export interface SectionChange {
  key: string;
  heading: string;
  kind: 'tilfoejet' | 'fjernet' | 'aendret';
  words: WordChange[];
}

export interface FigureChange {
  label: string;
  before?: string;
  after?: string;
}

export interface StatusChange {
  id: string;
  title: string;
  before: Status;
  after: Status;
}

export interface Comparison {
  kommune: string;
  sections: SectionChange[];
  figures: FigureChange[];
  statuses: StatusChange[];
}

interface Section {
  heading?: string;
  text: string;
}

/** Every section's heading and text; a requirement section's data fields count as its text. */
function sectionsOf(document: Kvalitetsstandard): Map<string, Section> {
  const textOf = (data: Record<string, unknown>) =>
    Object.entries(data)
      .filter(([key, child]) => key !== 'overskrift' && typeof child === 'string')
      .map(([, child]) => child as string)
      .join('\n\n');
  return new Map(
    [...documentSections(document)].map(([key, source]) => [
      key,
      {
        heading: source.overskrift ?? source.requirement?.title ?? (source.kind === 'forord' ? 'Forord' : undefined),
        text: source.kind === 'krav' ? textOf(source.data) : (source.tekst ?? ''),
      },
    ]),
  );
}

/** Figures that matter to a council: named so a reader recognises them. */
function figuresOf(document: Kvalitetsstandard): Map<string, string> {
  const figures = new Map<string, string>();
  const set = (label: string, value: unknown) => value !== undefined && value !== null && figures.set(label, String(value));
  set('Behandlingsgaranti (dage)', document.behandlingsgaranti?.frist_dage);
  set('Opfølgning (måneder efter afsluttet behandling)', document.opfoelgning?.maaneder?.join(' og '));
  for (const target of document.maaltal?.maal ?? []) {
    const limit = target.graense === 'mindst' ? 'mindst ' : target.graense === 'hoejst' ? 'højst ' : '';
    set(
      `Måltal: ${target.indikator.replace(/_/g, ' ')}`,
      target.procent === undefined ? undefined : `${limit}${target.procent} %${target.aar ? ` (${target.aar})` : ''}`,
    );
  }
  for (const offer of document.doegnbehandling?.tilbud ?? []) set(`Pris: ${offer.navn}`, offer.pris);
  for (const approval of document.godkendelse ?? []) set(`Godkendt af ${approval.organ}`, approval.dato);
  set('Senest revideret', document.revision?.senest_revideret);
  set('Næste revision', document.revision?.naeste_revision);
  return figures;
}

function statusesOf(findings: readonly Finding[]): Map<string, Status> {
  return new Map(findings.map((finding) => [finding.requirement.id, finding.status]));
}

/** Both versions as checked (at the same date), so compliance moves come from the same evidence search as `check`. */
export function compare(beforeCheck: ValidCheck, afterCheck: ValidCheck): Comparison {
  const [before, after] = [beforeCheck.document, afterCheck.document];
  const old = sectionsOf(before);
  const current = sectionsOf(after);
  const sections: SectionChange[] = [];
  for (const key of new Set([...current.keys(), ...old.keys()])) {
    const was = old.get(key);
    const now = current.get(key);
    if (was && now && was.text === now.text && was.heading === now.heading) continue;
    const kind = !was ? 'tilfoejet' : !now ? 'fjernet' : 'aendret';
    const words = diffWords(was?.text ?? '', now?.text ?? '').map((part) => ({
      kind: part.added ? ('added' as const) : part.removed ? ('removed' as const) : ('same' as const),
      text: part.value,
    }));
    sections.push({ key, heading: now?.heading ?? was?.heading ?? key, kind, words });
  }

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

  return { kommune: after.kommune, sections, figures, statuses };
}
