/**
 * Values the importer had to interpret rather than copy (a date given only as a month or a
 * year, a title chosen among the cover's lines, a table read as døgntilbud …) are listed
 * under »Bør ses af en person«, each with the field it went to; after the check, so is every
 * verdict that rests on such a field, since a person must know the verdict may change with it.
 */
import type { Finding } from '../check/types.js';
import type { ImportedStandard, PlacedSection, Question } from './imported.js';
import type { Sourced } from './metadata.js';

const partialPrecision = (value: string): string | undefined =>
  /^\d{4}$/.test(value) ? 'kun årstal' : /^\d{4}-\d{2}$/.test(value) ? 'kun måned og år' : undefined;

/** A revision date the document gives only as a month or a year. */
export function partialDateQuestion(field: string, date: Sourced<string>): Question | undefined {
  const precision = partialPrecision(date.value);
  return precision
    ? { code: 'import-spoerg-delvis-dato', fields: [field], args: { felt: field, vaerdi: date.value, kilde: date.source, praecision: precision } }
    : undefined;
}

/** A title taken from a cover line, or one the file's title property (File → Info → Title) contradicts. */
export function chosenTitleQuestion(titel: { value: string } | undefined, fromCoverLine: boolean, property: string | undefined): Question | undefined {
  if (!titel) return undefined;
  const differs = property !== undefined && property.trim().toLowerCase() !== titel.value.toLowerCase();
  if (!fromCoverLine && !differs) return undefined;
  return { code: 'import-spoerg-titel-valgt', fields: ['titel'], args: { vaerdi: titel.value, egenskab: differs ? property : '' } };
}

/** A verdict placed at the field or inside it rests on it; one placed at the section around it (§5.1 at doegnbehandling) need not. */
const related = (field: string, path: string) => path === field || path.startsWith(`${field}.`);

/** The sections the evidence search marked with `daekker`: the importer's reading of what their text answers. */
export function coverageQuestion(sections: readonly PlacedSection[]): Question[] {
  const marked = sections.filter((section) => section.covers.length > 0);
  if (marked.length === 0) return [];
  const afsnit = marked.map((section) => `»${section.heading ?? section.key}« (${section.covers.join(', ')})`).join(', ');
  return [{ code: 'import-spoerg-daekker', args: { afsnit } }];
}

/** The verdicts short of `opfyldt` whose place in the file is a field the importer interpreted. */
export function consequenceQuestions(questions: ImportedStandard['questions'], findings: readonly Finding[]): Question[] {
  const fields = [...new Set(questions.flatMap((question) => question.fields ?? []))];
  return findings.flatMap((finding) => {
    if (finding.status === 'opfyldt') return [];
    const path = finding.path.filter((segment) => typeof segment === 'string').join('.');
    const field = fields.find((each) => related(each, path));
    return field
      ? [
          {
            code: 'import-spoerg-foelge' as const,
            args: { krav: finding.requirement.id, titel: finding.requirement.title, status: finding.status, felt: field },
          },
        ]
      : [];
  });
}
