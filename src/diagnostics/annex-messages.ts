/**
 * #11: the compliance annex's wording, for the byråd. The same message codes as the
 * findings in ./messages.ts, but said to a reader who has never seen the YAML file: what
 * the standard says or lacks, in plain sentences, with no field names, file paths or
 * instructions for the editor (those stay in the terminal, JSON and preview).
 */
import { danishDate } from '../dates.js';
import { requirementAnnexMessages } from '../generated/requirement-messages.js';
import { hollowWords } from './labels.js';
import type { MessageArgsByCode, MessageCode } from './messages.js';

const date = (value: string | number | undefined) => (value === undefined ? '' : danishDate(value));

/** What the annex knows besides a message's own arguments: the heading of the section the finding is about. */
export interface AnnexContext {
  /** The section's heading in the standard (its own, else the requirement's title). */
  afsnit: string;
  /** The requirement's title. */
  krav: string;
}

/** The annex's wordings: for some codes, a function of exactly that code's arguments and the context. */
type AnnexTable = { readonly [Code in MessageCode]?: (args: MessageArgsByCode[Code], context: AnnexContext) => string };

const noSection = (c: AnnexContext) => `Standarden har intet afsnit om ${c.krav[0]!.toLowerCase()}${c.krav.slice(1)}.`;

const annexMessages: AnnexTable = {
  ...requirementAnnexMessages,
  // Met: the annex names the section it is described in, linked, after the findings' sentences.
  'krav-opfyldt': () => '',
  'afsnit-mangler': (_, c) => noSection(c),
  // Commented out, the section is not in the standard the byråd reads.
  'afsnit-udkommenteret': (_, c) => noSection(c),
  'afsnit-uden-tekst': (_, c) => `Afsnittet »${c.afsnit}« har en overskrift, men ingen tekst.`,
  'aspekt-mangler': (a) => `Standarden beskriver ikke ${a.aspekt}.`,
  // Found by the search: the annex names the sections it rests on, as for a requirement met in its own section.
  'krav-fundet': () => '',
  'kun-lovtekst': (a) => `Standarden gengiver lovens tekst om ${a.aspekt}, men beskriver ikke, hvordan kommunen gør det.`,
  'aspekt-kun-naevnt': (a) => `Standarden nævner kun ${a.aspekt} i forbifarten uden at beskrive det.`,
  'kun-overholdelse': (a) => `Om ${a.aspekt} siger standarden kun, at kommunen overholder reglerne, ikke hvad kommunen gør.`,
  'afsnit-uden-svar': (a) =>
    `Afsnittet »${a.afsnit}« ${hollowWords[a.art as keyof typeof hollowWords] ?? hollowWords['om-dokumentet']} og beskriver ikke, hvad kommunen gør.`,
  'kun-henvisning': (a) => `Om ${a.aspekt} henviser standarden kun til et andet sted; oplysningerne står ikke i standarden selv.`,
  'ikke-om-omraadet': () => 'Dokumentet handler ikke om social behandling for stofmisbrug, så intet i det besvarer kravet.',
  'anden-dokumentart': (a) => `Dokumentet er efter sin titel en anden slags dokument end en kvalitetsstandard (»${a.art}«), så intet i det besvarer kravet.`,
  'anden-dokumentart-tekst': (a) =>
    `Dokumentet er efter sin tekst en anden slags dokument end en kvalitetsstandard (»${a.art}«), så intet i det besvarer kravet.`,
  // Issue 17: the forvaltning's assessment beside the tool's finding.
  'vurdering-forvaltning': (a) => `Forvaltningens vurdering: ${statusWord(a.status)} – ${a.begrundelse} (${a.af}, ${date(a.dato)}).`,
  'vurdering-vaerktoej': (a) => `Værktøjet fandt: ${statusWord(a.status)}.`,
  'vurdering-grundlag-aendret': (a) =>
    `Skal genvurderes: teksten, vurderingen bygger på, er ændret efter forvaltningens vurdering den ${date(a.dato)}, og vurderingen er ikke lavet igen siden.`,
  'vurdering-grundlag-mangler': (a) =>
    `Skal genvurderes: det kan ikke ses, om teksten, vurderingen bygger på, er ændret efter forvaltningens vurdering den ${date(a.dato)}.`,
  // #18: information about the law, beside the verdicts.
  'under-18-barnets-lov': (a) =>
    `Standarden beskriver behandling af unge under ${a.alder} år efter servicelovens § 101 (afsnittet »${a.afsnit}«). Siden ${danishDate(a.fra)} gives social behandling for stofmisbrug til børn og unge under ${a.alder} år efter barnets lov § 33, og gavekort til dem efter § 34.`,
  // #18.4: a kommune's own requirement of a field.
  'eget-felt-udfyldt': () => 'Oplysningen står i standarden.',
  'eget-felt-mangler': (_, c) => `Oplysningen »${c.krav}« står ikke i standarden.`,
};

/** Whether the annex has its own wording for a code (a test holds every finding code to it). */
export const hasAnnexWording = (code: MessageCode): boolean => code in annexMessages;

/** The annex's sentence for a finding's message; a code without annex wording gets a neutral sentence, never the editor's. */
export function formatAnnexMessage<Code extends MessageCode>(code: Code, args: MessageArgsByCode[Code], context: AnnexContext): string {
  const wording: AnnexTable[Code] = annexMessages[code];
  return wording?.(args, context) ?? `Afsnittet »${context.afsnit}« opfylder ikke kravet fuldt ud.`;
}

/** Words for the four verdicts, as the annex writes them. */
export const statusWords = { opfyldt: 'Opfyldt', delvist: 'Delvist opfyldt', mangler: 'Mangler', 'kan ikke vurderes': 'Kan ikke vurderes' } as const;

/** A verdict's words inside a sentence: »delvist opfyldt«. */
function statusWord(status: string | number | undefined): string {
  const words = statusWords[status as keyof typeof statusWords];
  return words ? words.toLowerCase() : String(status ?? '');
}
