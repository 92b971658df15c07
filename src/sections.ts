/** The sections of a document: their names, and each section's heading, text and data. */
import type { Kvalitetsstandard } from './generated/kvalitetsstandard.js';
import { defaultRegulation, type Requirement } from './regulations/index.js';

/** Top-level fields that answer a requirement, in the regulation's order. */
export const requirementSectionNames: readonly string[] = defaultRegulation.requirements
  .map((requirement) => requirement.field)
  .filter((field) => !field.includes('.'));

export const sectionNames: readonly string[] = ['forord', ...requirementSectionNames];

export type SectionKind = 'forord' | 'krav' | 'afsnit' | 'bilag';

export interface SectionSource {
  key: string;
  kind: SectionKind;
  overskrift?: string;
  tekst?: string;
  lovgrundlag?: string[];
  requirement?: Requirement;
  /** The section as written in the YAML, with its data fields. */
  data: Record<string, unknown>;
}

/** Every section the document has, keyed as in the YAML: preface, requirements, other sections, appendices. */
export function documentSections(document: Kvalitetsstandard): Map<string, SectionSource> {
  const sources = new Map<string, SectionSource>();
  const record = document as unknown as Record<string, (Record<string, unknown> & { overskrift?: string; tekst?: string }) | undefined>;
  if (document.forord) sources.set('forord', { key: 'forord', kind: 'forord', ...document.forord, data: document.forord });
  for (const requirement of defaultRegulation.requirements) {
    const section = record[requirement.field];
    if (section)
      sources.set(requirement.field, {
        key: requirement.field,
        kind: 'krav',
        overskrift: section.overskrift,
        tekst: section.tekst,
        requirement,
        data: section,
      });
  }
  for (const [list, kind] of [
    ['oevrige_afsnit', 'afsnit'],
    ['bilag', 'bilag'],
  ] as const) {
    for (const section of document[list] ?? [])
      sources.set(section.noegle, { key: section.noegle, kind, ...section, data: section as unknown as Record<string, unknown> });
  }
  return sources;
}
