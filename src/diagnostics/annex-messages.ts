/**
 * #11: the compliance annex's wording, for the byråd. The same message codes as the
 * findings in ./messages.ts, but said to a reader who has never seen the YAML file: what
 * the standard says or lacks, in plain sentences, with no field names, file paths or
 * instructions for the editor (those stay in the terminal, JSON and preview).
 */
import { danishDate } from '../dates.js';
import { hollowWords, type MessageArgs, type MessageCode } from './messages.js';

const date = (value: string | number | undefined) => (value === undefined ? '' : danishDate(value));

/** What the annex knows besides a message's own arguments: the heading of the section the finding is about. */
export interface AnnexContext {
  /** The section's heading in the standard (its own, else the requirement's title). */
  afsnit: string;
  /** The requirement's title. */
  krav: string;
}

/** A date read in the text: the annex says where it stands. */
const inText = (a: MessageArgs) => (a.kilde ? ` (ifølge standardens tekst: »${a.kilde}«)` : '');

type AnnexWording = (args: MessageArgs, context: AnnexContext) => string;

const noSection = (c: AnnexContext) => `Standarden har intet afsnit om ${c.krav[0]!.toLowerCase()}${c.krav.slice(1)}.`;

const annexMessages: Partial<Record<MessageCode, AnnexWording>> = {
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
  'afsnit-uden-svar': (a) =>
    `Afsnittet »${a.afsnit}« ${hollowWords[a.art as keyof typeof hollowWords] ?? hollowWords['om-dokumentet']} og beskriver ikke, hvad kommunen gør.`,
  'kun-henvisning': (a) => `Om ${a.aspekt} henviser standarden kun til et andet sted; oplysningerne står ikke i standarden selv.`,
  'ikke-om-omraadet': () => 'Dokumentet handler ikke om social behandling for stofmisbrug, så intet i det besvarer kravet.',
  'garanti-frist-for-lang': (a) =>
    `Standarden lover behandling inden for ${a.dage} dage, men loven kræver, at behandlingen sættes i gang senest 14 dage efter henvendelsen.`,
  'garanti-frist-mangler': () => 'Standarden oplyser ikke, inden for hvor mange dage behandlingen sættes i gang (loven kræver højst 14 dage).',
  'gavekort-kun-lovtekst': () => 'Afsnittet om gavekort gengiver kun lovens tekst og siger ikke, hvordan kommunen selv bruger gavekort.',
  'opfoelgning-maaneder': (a) =>
    `${a.fundet ? `Standarden siger, at der følges op efter ${a.fundet} måneder` : 'Standarden siger ikke, hvornår der følges op'}; loven kræver opfølgning 1 og 6 måneder efter afsluttet behandling.`,
  'opfoelgning-statusser': (a) => `Opfølgningen omfatter ikke alle, der udskrives: ${a.mangler} er ikke nævnt.`,
  'maaltal-ingen': () =>
    'Standarden har ingen måltal i procent for, hvor mange der bliver stoffri, hvor mange der reducerer misbruget, og hvor mange der vender tilbage til behandling.',
  'maaltal-samlet': () => 'Der er kun ét fælles måltal for stoffri og reduceret misbrug; loven kræver et måltal for hver.',
  'maaltal-indikator-mangler': (a) => `Der er intet måltal for ${a.indikator}.`,
  'maaltal-uden-tal': (a) => `${a.antal === 1 ? 'Et måltal er' : `${a.antal} måltal er`} ikke angivet med et tal i procent.`,
  'doegntilbud-ingen': () => 'Standarden beskriver ikke de konkrete døgnbehandlingstilbud, kommunen bruger.',
  'doegntilbud-felter': (a) => `Beskrivelsen af »${a.tilbud}« mangler ${a.felter}.`,
  'revision-ingen-dato': () =>
    'Standarden oplyser hverken, hvornår den er godkendt, eller hvornår den senest er revideret, så det kan ikke vurderes, om den er revideret inden for 2 år.',
  'revision-for-gammel': (a) =>
    `Revisionen er overskredet: standarden er senest godkendt eller revideret ${date(a.dato)}${inText(a)} og skulle have været revideret senest ${date(a.frist)}.`,
  'revision-ok': (a) => `Senest godkendt eller revideret ${date(a.dato)}${inText(a)}; næste revision skal ske senest ${date(a.frist)}.`,
  // Issue 17: the forvaltning's assessment beside the tool's finding.
  'vurdering-forvaltning': (a) => `Forvaltningens vurdering: ${statusWord(a.status)} – ${a.begrundelse} (${a.af}, ${date(a.dato)}).`,
  'vurdering-vaerktoej': (a) => `Værktøjet fandt: ${statusWord(a.status)}.`,
  'vurdering-grundlag-aendret': (a) =>
    `Skal genvurderes: teksten, vurderingen bygger på, er ændret efter forvaltningens vurdering den ${date(a.dato)}, og vurderingen er ikke lavet igen siden.`,
  'vurdering-grundlag-mangler': (a) =>
    `Skal genvurderes: det kan ikke ses, om teksten, vurderingen bygger på, er ændret efter forvaltningens vurdering den ${date(a.dato)}.`,
  // #18.4: a kommune's own requirement of a field.
  'eget-felt-udfyldt': () => 'Oplysningen står i standarden.',
  'eget-felt-mangler': (_, c) => `Oplysningen »${c.krav}« står ikke i standarden.`,
  'revision-naeste-for-sen': (a) => `Den næste revision er planlagt til ${date(a.naeste)}, men skal ske senest ${date(a.frist)} (2 år efter ${date(a.dato)}).`,
};

/** Whether the annex has its own wording for a code (a test holds every finding code to it). */
export const hasAnnexWording = (code: MessageCode): boolean => code in annexMessages;

/** The annex's sentence for a finding's message; a code without annex wording gets a neutral sentence, never the editor's. */
export function formatAnnexMessage(code: MessageCode, args: MessageArgs, context: AnnexContext): string {
  return annexMessages[code]?.(args, context) ?? `Afsnittet »${context.afsnit}« opfylder ikke kravet fuldt ud.`;
}

/** Words for the four verdicts, as the annex writes them. */
export const statusWords = { opfyldt: 'Opfyldt', delvist: 'Delvist opfyldt', mangler: 'Mangler', 'kan ikke vurderes': 'Kan ikke vurderes' } as const;

/** A verdict's words inside a sentence: »delvist opfyldt«. */
function statusWord(status: string | number | undefined): string {
  const words = statusWords[status as keyof typeof statusWords];
  return words ? words.toLowerCase() : String(status ?? '');
}
