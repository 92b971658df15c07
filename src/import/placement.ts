/**
 * Which requirement a section is. Two questions, kept apart so each can change alone:
 * - `requirementOfHeading`: does the heading name exactly one requirement of the law (then
 *   the section becomes that requirement's own field)?
 * - `requirementsAnswered`: which requirements does the section's text answer (its
 *   `daekker`)? This is the same evidence search the compliance check uses.
 * The heading terms are the law's own words for each requirement (BEK 1477/2019 §§ 3-6)
 * and the usual ways a standard's chapter names them; they are data, one list per id.
 */
import { defaultRegulation, type Requirement } from '../regulations/index.js';

const headingTerms: Record<string, readonly RegExp[]> = {
  '§3.2': [/serviceniveau/, /politiske? målsætning/, /tilbud og ydelser/],
  '§3.3': [/offentliggør/],
  '§4.1.1': [/^opgave(r|rne)?\b/, /opgaver på/],
  '§4.1.2': [/målgruppe/],
  '§4.1.3': [/værdi(er)?\b/, /\bnormer\b/, /^(overordnede )?mål og /],
  '§4.1.4': [/organis(ering|atori)/, /typer af (behandlings)?tilbud/],
  '§4.1.5': [/visitation/],
  '§4.1.6': [/behandlingsgaranti/],
  '§4.1.7': [/frit valg/, /frie valg/],
  '§4.1.8': [/behandlingsplan/],
  '§4.1.9': [/handleplan/],
  '§4.1.10': [/brugerinddragelse/, /inddragelse af (borger|bruger)(e|en)?$/, /inddragelse af (borger|bruger)(e|en)? i /],
  '§4.1.11': [/betaling/, /kost og logi/, /egenbetaling/],
  '§4.1.12': [/klage/, /sagsbehandling/],
  '§4.1.13': [/personale/, /kvalifikation/, /kompetenceudvikling/],
  '§4.1.14': [/monitorering/],
  '§4.1.15': [/gavekort/],
  '§4.2': [/opfølgning efter (afsluttet|endt) behandling/, /^opfølgning$/],
  '§4.3': [/måltal/, /resultatmål/],
  '§4.4': [/hjemmeboende/, /børn under 18 år i hjemmet/],
  '§4.5': [/fremtidig/],
  '§5.1': [/døgnbehandling/, /døgntilbud/, /døgninstitution/],
  '§6.1': [/revision/, /revider/],
  '§6.2': [/brugerrepræsentant/, /repræsentanter for (brugere|borgere|personer)/, /inddragelse af brugere og pårørende/],
};

/** »3) Døgnbehandling:« → »døgnbehandling« */
export function normalizeHeading(heading: string): string {
  return stripNumbering(heading)
    .toLowerCase()
    .replace(/[?:.!]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The chapter number of a heading, if it has one: »1 - Indledning«, »3.« , »4)«, »2.1«. */
export const numberingPattern = /^\s*(\d{1,2}(?:\.\d{1,2})*)\s*(?:[.)]\s*|\s*[-–]\s+|\s+)(?=\S)/;

export function stripNumbering(heading: string): string {
  return heading.replace(numberingPattern, '').trim();
}

/** The requirement the heading names, when it names exactly one; ids already taken are skipped. */
export function requirementOfHeading(heading: string, taken: ReadonlySet<string> = new Set()): Requirement | undefined {
  const normalized = normalizeHeading(heading);
  const byTitle = defaultRegulation.requirements.filter((requirement) => requirement.title.toLowerCase() === normalized);
  const matches = byTitle.length > 0 ? byTitle : defaultRegulation.requirements.filter((requirement) => (headingTerms[requirement.id] ?? []).some((term) => term.test(normalized)));
  // §5.2 is a list inside §5.1, never a section of its own.
  const sections = matches.filter((requirement) => !requirement.field.includes('.'));
  if (sections.length !== 1) return undefined;
  return taken.has(sections[0]!.id) ? undefined : sections[0];
}

/** Every requirement a heading mentions (for the report when it names several). */
export function requirementsNamedBy(heading: string): Requirement[] {
  const normalized = normalizeHeading(heading);
  return defaultRegulation.requirements.filter((requirement) => (headingTerms[requirement.id] ?? []).some((term) => term.test(normalized)));
}

/**
 * The requirements a text answers. Waits for the compliance check's evidence search
 * (issue #9); until then no section claims to cover anything beyond its heading.
 */
export function requirementsAnswered(_text: string): string[] {
  return [];
}
