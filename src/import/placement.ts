/**
 * Which requirement a section is. Two questions, kept apart so each can change alone:
 * - `requirementOfHeading`: does the heading name exactly one requirement of the law (then
 *   the section becomes that requirement's own field)?
 * - `requirementsAnswered`: which requirements does the section's text answer in full (its
 *   `daekker`)? This is the same evidence search the compliance check uses.
 * The heading terms are the law's own words for each requirement (BEK 1477/2019 §§ 3-6)
 * and the usual ways a standard's chapter names them; they are data, one list per id.
 */
import { answeredRequirements } from '../check/evidence.js';
import { defaultRegulation, type Requirement } from '../regulations/index.js';

/**
 * Per requirement: `law` are phrases of the law's own wording for it (a heading with one
 * names that requirement above all others); `terms` are the usual short names.
 */
const headingTerms: Record<string, { law?: readonly RegExp[]; terms: readonly RegExp[] }> = {
  '§3.2': { law: [/politiske? målsætning/, /tilbud og ydelser/], terms: [/^(kommunens |det politiske )?serviceniveau(et)?$/] },
  '§3.3': { terms: [/offentliggør/] },
  '§4.1.1': {
    law: [/opgaver på (stof)?misbrugs/],
    terms: [/^(kommunens )?opgave(r|rne)?$/, /^hvad (kan|indeholder) (behandlingen|tilbuddet)/, /^hvad kan (du|jeg|man) få/],
  },
  '§4.1.2': { terms: [/målgruppe/, /^hvem (kan få|kan modtage|omfatter|er) /] },
  '§4.1.3': {
    law: [/værdier og normer/, /overordnede? mål for indsatsen/],
    terms: [/værdi(er)?\b/, /\bnormer\b/, /^mål og /, /^(det overordnede )?formål(et)?( med (indsatsen|behandlingen|tilbuddet))?$/],
  },
  '§4.1.4': {
    law: [/organisatorisk struktur/, /typer af (behandlings)?tilbud/],
    terms: [/organis(ering|ation|atori)/, /^hvem (får jeg|leverer|udfører)/, /^levering af/, /^leverandør(er|en)?$/],
  },
  '§4.1.5': { terms: [/visitation/, /^hvordan (får|søger|ansøger|kommer) (du|jeg|man|borgeren)/, /^henvisning til/, /ansøgning\b/] },
  '§4.1.6': { terms: [/behandlingsgaranti/, /^hvornår .*(starte|begynde|iværksæt)/] },
  '§4.1.7': { terms: [/frit valg/, /frie valg/] },
  '§4.1.8': { law: [/udarbejdelse af (og opfølgning på )?(personens |borgerens |din )?behandlingsplan/], terms: [/behandlingsplan/] },
  '§4.1.9': { law: [/målsætning for udarbejdelse/, /koordinering og opfølgning på handleplan/], terms: [/handleplan/] },
  '§4.1.10': {
    law: [/brugerinddragelsen sikres/],
    terms: [/brugerinddragelse/, /inddragelse af (borger|bruger)(e|en|ne)?$/, /inddragelse af (borger|bruger)(e|en|ne)? i /],
  },
  '§4.1.11': { law: [/betaling for kost og logi/], terms: [/betaling/, /kost og logi/, /udgifter/, /^hvad koster/] },
  '§4.1.12': { law: [/sagsbehandling og klage/], terms: [/klage/, /sagsbehandling/] },
  '§4.1.13': { law: [/faglige kvalifikationer/, /kompetenceudvikling/], terms: [/personale/, /kvalifikation/, /kvalificerede/, /medarbejdere/, /kompetencer/] },
  '§4.1.14': { terms: [/monitorering/] },
  '§4.1.15': { law: [/retningslinjer for (anvendelse af |brug af )?gavekort/], terms: [/gavekort/] },
  '§4.2': {
    law: [/opfølgning efter (afsluttet|endt) behandling/, /^opfølgning på (personens |borgerens |din )?behandlingsplan/],
    terms: [/^opfølgning$/, /^opfølgning (på|efter) (din |borgerens )?(behandling|behandlingsforløb)(en|et)?$/, /følges (der )?op/],
  },
  '§4.3': { terms: [/måltal/, /resultatmål/] },
  '§4.4': { law: [/hjemmeboende børn/], terms: [/hjemmeboende/, /børn i (familien|hjemmet)/] },
  '§4.5': { law: [/fremtidige? indsats/], terms: [/fremtid/] },
  '§5.1': { law: [/krav til .*døgn/, /kvalitetskrav/], terms: [/døgnbehandling/, /døgntilbud/, /døgninstitution/] },
  '§6.1': { law: [/revision af (kvalitets)?standarden/], terms: [/revision/, /revider/] },
  '§6.2': { law: [/repræsentanter for/, /brugerrepræsentant/, /inddragelse af brugere og pårørende/], terms: [] },
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

export interface HeadingMatch {
  requirement: Requirement;
  /** 3: the requirement's title; 2: a phrase of the law's wording; 1: its usual name. */
  strength: number;
}

/** How strongly the heading names each requirement (sections only: §5.2 is a list inside §5.1). */
function strengths(heading: string): HeadingMatch[] {
  const normalized = normalizeHeading(heading);
  return defaultRegulation.requirements
    .filter((requirement) => !requirement.field.includes('.'))
    .map((requirement) => {
      const terms = headingTerms[requirement.id];
      const strength =
        requirement.title.toLowerCase() === normalized
          ? 3
          : terms?.law?.some((term) => term.test(normalized))
            ? 2
            : terms?.terms.some((term) => term.test(normalized))
              ? 1
              : 0;
      return { requirement, strength };
    })
    .filter((match) => match.strength > 0);
}

/**
 * The requirement a heading clearly is: the one it names more strongly than any other.
 * This is the one decision that makes a section a requirement's own field.
 */
export function requirementOfHeading(heading: string): HeadingMatch | undefined {
  const matches = strengths(heading).sort((a, b) => b.strength - a.strength);
  const [best, second] = matches;
  return best && (!second || second.strength < best.strength) ? best : undefined;
}

/** Every requirement a heading mentions (for the report when it names several). */
export function requirementsNamedBy(heading: string): Requirement[] {
  return strengths(heading).map((match) => match.requirement);
}

/**
 * The requirements a section's text answers in full, by the compliance check's own evidence
 * search (the same aspects, wordings and exclusions `check` uses): its `daekker`.
 */
export function requirementsAnswered(markdown: string, heading: string): string[] {
  return answeredRequirements(markdown, heading, defaultRegulation)
    .filter((answer) => answer.complete)
    .map((answer) => answer.id);
}
