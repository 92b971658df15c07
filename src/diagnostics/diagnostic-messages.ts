/**
 * What the tool says about a file, a command or the editor, in Danish, for the terminal,
 * JSON and the editor: the file itself, YAML, the schema, compliance findings, the command
 * line, building, previewing and the language server. Each code's arguments are typed.
 */
import { hollowWords } from './labels.js';
import type { FileKind } from '../encoding.js';
import { danishDate } from '../dates.js';
import { type MessageTable, type NoArgs, quote, suggestion } from './wording.js';

/** »står helt ude til venstre« or »er rykket 2 mellemrum ind«. */
/** How the regulation a file is judged against was chosen: named by the document, in force on the date, or the tool's default. */
type ChosenBy = 'regelsaet' | 'dato' | 'standard';
const chosenWords: Record<ChosenBy, string> = {
  regelsaet: 'som dokumentets »regelsaet« angiver',
  dato: 'der gjaldt på datoen',
  standard: 'værktøjets standard, da ingen kendt bekendtgørelse gjaldt på datoen',
};

/** What a line folded into the one above was meant as. */
const foldedArt: Record<DiagnosticMessageArgs['tekst-foldet']['art'], string> = {
  punkt: 'et punkt i en liste',
  tabelraekke: 'en række i en tabel',
  overskrift: 'en overskrift',
};
const foldedWhere: Record<DiagnosticMessageArgs['tekst-foldet']['blok'], string> = {
  foldet: 'efter »>«',
  ingen: 'direkte efter feltets navn',
  citeret: 'i anførselstegn',
};
const foldedAdvice: Record<DiagnosticMessageArgs['tekst-foldet']['blok'], string> = {
  foldet: 'Skriv »|« i stedet for »>«, så linjerne står, som de er skrevet.',
  ingen: 'Skriv »|« efter feltets navn og teksten på linjerne under, rykket ind, så linjerne står, som de er skrevet.',
  citeret: 'Skriv »|« efter feltets navn og teksten uden anførselstegn på linjerne under, rykket ind, så linjerne står, som de er skrevet.',
};
const indentText = (spaces: number) => (Number(spaces) === 0 ? 'står helt ude til venstre' : `er rykket ${spaces} mellemrum ind`);
const levelText = (a: { forventet: number }) => `felterne på samme niveau ${indentText(a.forventet)}`;

/** »Fjern mellemrummet før »x«« or »Ryk »x« 2 mellemrum længere ind«. */
function indentAdvice(a: { mellemrum: number; forventet: number }, what: string): string {
  const difference = Number(a.mellemrum) - Number(a.forventet);
  if (difference > 0) return `Fjern ${difference === 1 ? 'mellemrummet' : `${difference} mellemrum`} før ${what}.`;
  return `Ryk ${what} ${-difference} mellemrum længere ind.`;
}

export interface DiagnosticMessageArgs {
  // The file itself
  'fil-findes-ikke': { forslag?: string };
  'fil-er-mappe': NoArgs;
  'fil-for-stor': { stoerrelse: string; graense: string };
  'fil-ikke-tekst': { slags: FileKind; tegn?: string; byte?: string };
  'fil-tom': NoArgs;
  'fil-ikke-kvalitetsstandard': { felter: string; flere?: number };
  'fil-kan-ikke-laeses': { aarsag: string };
  // YAML syntax
  'yaml-dobbelt-noegle': { felt: string };
  /** `felt`: an empty field; `gentaget`: the field after it that its map then holds twice. */
  'yaml-tomt-felt-over-felter': { felt: string; gentaget: string };
  /** The field, where the text is read by hand (the editor's quick fix needs no more); `anfoerselstegn`: the typographic quote the text begins with (from Word), which YAML reads as a letter. */
  'yaml-kolon-i-tekst': { felt?: string; anfoerselstegn?: string };
  'yaml-indrykning': NoArgs;
  'yaml-tabulator': { mellemrum?: number };
  'yaml-usynligt-mellemrum': { tegn: string };
  'yaml-usynligt-linjeskift': { tegn: string };
  /** `vaerdi`: what a value (slags »vaerdi«) or a word of running text (»tekst«) looks like without the character. */
  'yaml-usynligt-tegn': {
    tegn: string;
    slags: 'filstart' | 'feltnavn' | 'ligner' | 'linjestart' | 'efter-kolon' | 'efter-streg' | 'vaerdi' | 'tekst';
    felt?: string;
    vaerdi?: string;
  };
  'yaml-manglende-tegn': NoArgs;
  'yaml-uventet-tegn': NoArgs;
  'yaml-flere-dokumenter': NoArgs;
  'yaml-ukendt-alias': { alias?: string };
  'yaml-alias-bombe': NoArgs;
  'yaml-escape': NoArgs;
  // Mistakes made by hand (uncommenting, indenting, pasting), placed where they are
  'yaml-felt-indrykning': { felt: string; mellemrum: number; forventet: number };
  'yaml-punkt-indrykning': { felt: string; mellemrum: number; forventet: number };
  'yaml-punkt-fortsaetter-tekst': { punkt: string; mellemrum: number; forventet: number };
  'yaml-tekst-ikke-rykket-ind': { blok: 'foerste' | 'ja' | 'nej'; felt: string; mellemrum: number; forventet: number };
  'yaml-kolon-i-fortsat-tekst': { tekst: string; felt: string; linje: number };
  'yaml-mellemrum-efter-kolon': { felt: string; vaerdi: string };
  /** `vaerdi`: what follows the name on its line, when anything does. */
  /** `felt`: the field meant; `skrevet`: the name as written, where it is not a field of the file but like one. */
  'yaml-kolon-mangler': { felt: string; skrevet?: string; vaerdi?: string };
  'yaml-anfoerselstegn-lukkes-ikke': { tegn: string };
  'yaml-tekst-efter-anfoerselstegn': { felt: string; tegn: string; rest: string };
  /** `maerke`: the »|« or »>« (with what follows it in the header, »|-«); `tekst`: the text written after it on the same line. */
  'yaml-tekst-efter-blokmaerke': { felt: string; maerke: string; tekst: string; kommentar?: boolean };
  'yaml-kommentar-i-tekst': { felt: string; kommentar: string };
  /** `fortsaetter`: the text goes on below the line, which YAML cannot read. */
  'yaml-kommentarlinje-i-tekst': { felt: string; kommentar: string; fortsaetter?: string };
  'yaml-direktiv': { version?: string; linje: string };
  'yaml-tag-ikke-understoettet': { slags: 'binary' | 'timestamp' | 'andet'; tag: string };
  'yaml-maerke-overfloedigt': { slags: 'tekst' | 'andet'; tag: string };
  'vaerdi-er-kommentar': { felt: string; kommentar: string; navn: string };
  'yaml-syntaks': NoArgs;
  'yaml-anker-eller-maerke': { slags: 'henvisning' | 'to-ankre' | 'to-maerker' | 'foer-tegn'; tekst: string };
  'yaml-blok-i-klammer': NoArgs;
  'yaml-langt-feltnavn': NoArgs;
  'yaml-feltnavn-ikke-tekst': { noegle?: string; slags?: 'liste' | 'gruppe' | 'blok' | 'henvisning' | 'tom' | 'flet' };
  'yaml-feltnavn-med-spoergsmaalstegn': { felt: string };
  'yaml-for-dybt': NoArgs;
  // Against the schema
  'ikke-en-gruppe': NoArgs;
  'ukendt-felt': { felt: string; hoererTil?: string; forslag?: string; tilladte: string };
  'felt-mangler': { felt: string; i?: string };
  /** `felter`: the second half's fields; `mangler`: what it lacks, which the item above has; `over`: the first field of the item above. */
  'punkt-delt-i-to': { liste: string; felter: string; mangler: string; over: string };
  'forkert-type': { felt: string; forventet: string; faktisk: string; raad?: string };
  /** `forslag`: the value as ÅÅÅÅ-MM-DD (or ÅÅÅÅ-MM), where it reads as a date a Dane writes (»13.12.2021«). */
  'ugyldig-dato': { vaerdi: string; forslag?: string };
  'ugyldig-url': { vaerdi: string };
  'ugyldig-noegle': { vaerdi: string };
  'ugyldig-farve': { vaerdi: string };
  'ugyldig-vaerdi': { vaerdi: string; felt: string; tilladte: string; forslag?: string };
  'tal-for-lille': { felt: string; graense: string; vaerdi: string };
  'tal-for-stort': { felt: string; graense: string; vaerdi: string };
  'tom-tekst': { felt: string };
  'dublet-i-liste': { felt: string; nr1: number; nr2: number };
  'tom-liste': { felt: string };
  'ugyldig-raekkefoelge': { felt: string };
  'ukendt-afsnit-i-raekkefoelge': { afsnit: string; forslag?: string };
  'afsnit-to-gange-i-raekkefoelge': { afsnit: string };
  'forbeholdt-afsnitsnoegle': { krav?: string; noegle: string; forslag: string };
  'dobbelt-afsnitsnoegle': { noegle: string };
  'ugyldigt-felt': { felt: string; detalje: string };
  // Compliance findings (what the check says per requirement)
  'krav-opfyldt': { afsnit: string };
  'afsnit-mangler': { titel: string; felt: string; efter?: string; vejledning: string };
  'afsnit-udkommenteret': { titel: string; fra: number; til: number; vejledning: string };
  'afsnit-uden-tekst': { felt: string; vejledning: string };
  'aspekt-mangler': { aspekt: string; raad: string };
  /** `sti`: the sections' key paths, for JSON readers. */
  'krav-fundet': { antal: number; afsnit: string; id: string; sti: string };
  'kun-lovtekst': { aspekt: string; saetning: string };
  'aspekt-kun-naevnt': { aspekt: string; saetning: string; raad: string };
  'kun-overholdelse': { aspekt: string; saetning: string; raad: string };
  'afsnit-uden-svar': { afsnit: string; art: string; saetning: string; vejledning: string };
  'kun-henvisning': { aspekt: string; saetning: string };
  'ikke-om-omraadet': { vejledning: string };
  /** `art`: the kind of document the title names (»årsrapport«, »referat«). */
  'anden-dokumentart': { art: string; vejledning: string };
  /** `art`: the kind of document the text is written as (»stillingsopslag«, »referat«); `saetning`: the first sentence that shows it. */
  'anden-dokumentart-tekst': { art: string; saetning: string; vejledning: string };
  // #11: writing that looks like structure but is not
  'fed-som-overskrift': { fortsaetter?: string; overskrift: string; tekst: string };
  'punkt-med-tegn': { tegn: string; punkt: string; antal: number };
  /** A picture in a text: its description (alt text) and file, each '' when it has none. */
  'billede-i-tekst': { beskrivelse: string; fil: string };
  /** `art`: what the line was meant as; `blok`: after »>«, or none (straight after the field's name). */
  'tekst-foldet': { linje: string; art: 'punkt' | 'tabelraekke' | 'overskrift'; blok: 'foldet' | 'ingen' | 'citeret' };
  'tekst-styretegn': { tegn: string; felt: string; slags: 'retning' | 'styretegn' };
  // Issue 17: the forvaltning's own assessments (`vurderinger`)
  'vurdering-uden-begrundelse': { krav?: string };
  'vurdering-uden-af': { krav?: string };
  'ugyldig-vurderingsdato': { vaerdi: string; forslag?: string };
  'ugyldigt-grundlag': { vaerdi: string };
  'vurdering-forvaltning': { status: string; begrundelse: string; af: string; dato: string };
  /** `tekst` is the tool's own sentences; the annex, which writes them itself, leaves it out. */
  'vurdering-vaerktoej': { status: string; tekst?: string };
  'vurdering-grundlag-aendret': { afsnit: string; dato: string; antal: number; grundlag: string; linje: number };
  'vurdering-grundlag-mangler': { afsnit: string; dato: string; antal: number; grundlag: string; linje: number };
  'vurdering-dobbelt': { krav: string; nr1: number; nr2: number };
  // The regulation a file is judged against (issue 18 item 3)
  'regelsaet-uden-krav': { id: string; navn: string; dato?: string; kendte: string };
  'regelsaet-valgt': { valgt: ChosenBy };
  'regelsaet-brugt': { dato: string; id: string; navn: string; valgt: ChosenBy };
  'regelsaet-beskrivelse': { id: string; navn: string; titel: string; fra?: string; til?: string; krav?: number; bemaerkning?: string };
  'regelsaet-findes-allerede': { id: string; mappe: string };
  'regelsaet-mappe-er-fil': { mappe: string };
  // A kommune's own requirements (<kommune>.krav.yml beside the municipality file)
  'egne-krav-ugyldigt-id': { vaerdi: string };
  'egne-krav-dobbelt-id': { vaerdi: string; linje: number };
  'egne-krav-ugyldigt-moenster': { vaerdi: string; detalje: string };
  'egne-krav-ukendt-felt': { vaerdi: string; forslag?: string };
  'egne-krav-intet-at-tjekke': NoArgs;
  'egne-krav-fil-fejl': { fil: string; antal: number; linje: number; kolonne: number; besked: string };
  'egne-krav-ikke-kommune': { fil: string; kommune: string };
  'egne-krav-moenster-for-tungt': { vaerdi: string };
  'eget-felt-udfyldt': { felt: string };
  'eget-felt-mangler': { felt: string; vejledning: string };
  // Information about the law beside the verdicts (src/check/law-notes.ts); no status, no exit code
  'under-18-barnets-lov': { dato: string; udateret?: 'ja'; saetning: string; afsnit: string; lov: string; alder: number; fra: string };
  // Building the output
  'logo-findes-ikke': { logo: string };
  'out-mappe-fejl': { mappe: string; detalje: string };
  /** --out is the folder of the files read (samme), inside it (inde-i), or the folder a kommune's pages go to holds it (omkring). */
  'out-mappe-ved-kilder': { mappe: string; kilde: string; slags: 'samme' | 'inde-i' | 'omkring' };
  'chromium-mangler': { detalje: string };
  /** `bevaret`: an earlier version is there, and kept. */
  'pdf-fejlede': { fil: string; detalje: string; bevaret?: 'ja' };
  'skrivning-fejlede': { fil: string; detalje: string; bevaret?: 'ja' };
  /** The folder of the previous version, when there is one. */
  /** `ulaest`: the file could not be read at all (missing, a folder, too large, not text), so there is nothing to call invalid. */
  'build-ugyldig': { kommune: string; mappe?: string; ulaest?: 'ja' };
  'build-kommune': { kommune: string; filer: string; tid: string };
  'build-uaendret': { kommune: string };
  'build-opsummering': { bygget: number; i_alt: number; mappe: string; tid: string; uaendret?: number; fejl?: number; oversigt: string };
  // A new municipality
  'ny-mangler-navn': NoArgs;
  'ny-ugyldigt-navn': { navn: string };
  'ny-uden-for-mappe': { navn: string; mappe: string };
  'ny-findes': { fil: string };
  'ny-oprettet': { fil: string; kommune: string; navn: string };
  // The preview
  'preview-mangler-kommune': NoArgs;
  'fil-findes-ikke-argument': { fil: string; forslag?: string };
  'fil-argument-kan-ikke-laeses': { fil: string; aarsag: string };
  'ugyldig-port': { vaerdi: string };
  'port-optaget': { port: number };
  'preview-klar': { kommune: string; url: string };
  'preview-stoppet': NoArgs;
  // What changed
  'diff-mangler-kommune': NoArgs;
  'diff-mangler-fra': NoArgs;
  'diff-fra-ukendt': { fra: string; fil: string };
  'diff-ugyldig': { fil: string };
  'diff-ugyldig-git': { fil: string; kommando: string; gemt: string };
  'diff-skrevet': { filer: string };
  // #13: the editor (language server): quick fixes, completion and compliance findings as you type
  'lsp-ret-til': { forslag: string };
  'lsp-dato': { dato: string };
  'lsp-citer-tekst': NoArgs;
  'lsp-blok-tekst': NoArgs;
  'lsp-punkter-med-streg': { antal: number };
  'lsp-tabulator': NoArgs;
  'lsp-tekst-ned': NoArgs;
  'lsp-ryk-ud': { felt: string };
  'lsp-fjern-streg': { felt: string };
  'lsp-tilfoej-kolon': { felt: string };
  'lsp-usynligt-tegn': { slags: 'slet' | 'mellemrum' };
  'lsp-fjern-kommentar': { titel: string; fra: number; til: number };
  'lsp-indrykning': { hvad: string; mellemrum: number; forventet: number };
  'lsp-mellemrum-efter-kolon': NoArgs;
  'lsp-luk-anfoerselstegn': { tegn: string };
  'lsp-tilfoej-afsnit': { titel: string; lovhenvisning: string };
  'lsp-krav': { id: string; titel: string; status: string; tekst: string; lovhenvisning: string };
  'lsp-afsnit-indsaettes': { felter?: string };
  'lsp-felt-indsaettes': NoArgs;
  'lsp-grundlag': { afsnit: string };
  'lsp-registrer-vurdering': { id: string; titel: string };
  'lsp-vurdering-genlaest': { id: string; titel: string };
  'lsp-i-terminal': NoArgs;
  'lsp-afsnit-i-filen': { overskrift?: string };
  'lsp-vejledning-kommentar': { vejledning: string };
  'lsp-eksempel-kommentar': { titel: string };
  // The server's edge (src/lsp/transport.ts): what an editor's log shows when a client misbehaves.
  'lsp-header-for-lang': { max: number };
  'lsp-header-ugyldig': NoArgs;
  'lsp-besked-for-stor': { bytes: number; max: number };
  'lsp-besked-ikke-json': NoArgs;
  'lsp-besked-ikke-jsonrpc': { hvad: string };
  'lsp-besked-for-dyb': { max: number };
  'lsp-ikke-startet': { metode: string };
  'lsp-allerede-startet': NoArgs;
  'lsp-efter-shutdown': { metode: string };
  'lsp-ugyldig-position': NoArgs;
  'lsp-dokument-ignoreret': { metode: string; uri?: string };
  'lsp-dokument-for-stort': { uri: string; max: number; alt: number };
  'lsp-for-mange-dokumenter': { uri: string; alt: number };
  'lsp-ukendt-metode': { metode: string };
  'lsp-ugyldige-parametre': { metode: string; felt: string };
  'lsp-besked-ignoreret': { metode: string; felt: string };
  'lsp-intern-fejl': { metode: string; uri?: string };
  'lsp-besked-ikke-behandlet': NoArgs;
  'lsp-ugyldigt-id': { hvad: string; max: number };
  'lsp-ugyldig-metode': { hvad: string };
  'lsp-svar-uden-forespoergsel': NoArgs;
  'lsp-besked-uden-metode': NoArgs;
  'lsp-ugyldig-indstilling': { indstilling: string; vaerdi: string; slags: 'dato' | 'valg' | 'mapper'; tilladte?: string; standard?: string };
  // #13: what the schema tells Red Hat's YAML extension (errorMessage, patternErrorMessage); an
  // editor shows these without the offending value, so they name the field and the fix.
  'skema-rod': { paakraevet: string };
  'skema-gruppe': { titel: string; paakraevet?: string; felter: string };
  'skema-tekst': { titel: string };
  'skema-dato': { titel: string };
  'skema-url': NoArgs;
  'skema-noegle': NoArgs;
  'skema-farve': NoArgs;
  'skema-tal': { titel: string; eksempel?: number };
  'skema-sandt-falsk': { titel: string };
  'skema-liste': { titel: string };
  'skema-vaerdi': { titel: string; tilladte: string };
  'skema-vurderingsdato': { titel: string };
  'skema-begrundelse': NoArgs;
  'skema-vurderet-af': NoArgs;
  'skema-grundlag': NoArgs;
  'skema-raekkefoelge': NoArgs;
  // The command line
  'ukendt-kommando': { kommando: string; forslag?: string };
  'ingen-kommando': NoArgs;
  'ukendt-tilvalg': { tilvalg: string; kommando: string; forslag?: string };
  'tilvalg-mangler-vaerdi': { tilvalg: string; eksempel: string };
  'tilvalg-uden-vaerdi': { tilvalg: string };
  'tilvalg-vaerdi-bindestreg': { tilvalg: string; vaerdi: string };
  'ugyldigt-format': { vaerdi: string; tilladte: string };
  'ugyldig-dato-tilvalg': { vaerdi: string; forslag?: string };
  'for-mange-argumenter': { kommando: string; argument: string };
  'tomt-argument': { kommando: string; nummer: number };
  'ingen-filer': { mappe: string };
  'mappe-kan-ikke-laeses': { mappe: string; aarsag: string };
  'uventet-fejl': { detalje: string };
  // #10: hardening (bounded input, safe names, templates, Markdown limits, interrupted work)
  'fil-ikke-almindelig': NoArgs;
  'fil-uden-for-mappe': { mappe: string };
  'fil-loekke': NoArgs;
  'fil-navn-ikke-utf8': NoArgs;
  'fil-link-uden-maal': { maal: string };
  'filnavn-ugyldigt': { fil: string; forslag?: string };
  'filnavn-kollision': { fil: string; andre: string; id: string };
  'logo-uden-for-mappe': { logo: string };
  'logo-kan-ikke-bruges': { logo: string; aarsag: string };
  /** `kommune` in a build, `bevaret` when an earlier version of it is there. */
  'skabelon-fejl': { fil: string; linje?: number; detalje: string; kommune?: string; bevaret?: 'ja' };
  'skabelon-syntaks': NoArgs;
  'skabelon-ukendt-hjaelper': { navn: string; tilladte: string };
  'skabelon-egenskab': { udtryk: string; navn: string };
  'skabelon-ukendt-del': { navn: string };
  'skabelon-kan-ikke-laeses': { fil: string; aarsag: string };
  'markdown-for-lang': { antal: number; graense: number };
  'markdown-for-dyb': { antal: number | 'for mange'; graense: number };
  'markdown-for-meget-opmaerkning': { antal: number; graense: number };
  'markdown-for-mange-html': { antal: number; graense: number };
  'markdown-fil-for-meget-opmaerkning': { antal: number; graense: number };
  'flere-fejl': { antal: number };
  'port-adgang': { port: number };
  'preview-forkert-vaert': NoArgs;
  'preview-optaget': { max: number };
  'preview-metode': { metode: string };
  'preview-header-for-stor': { max: number };
  'preview-for-langsom': { sekunder: number };
  'preview-ugyldig-forespoergsel': NoArgs;
  'preview-ikke-fundet': NoArgs;
  'preview-fil-vaek': { fil: string; aarsag: string };
  'diff-fra-bindestreg': { fra: string };
  'diff-fra-fil': { fra: string; aarsag: string };
  'diff-fra-samme-fil': { fra: string; fil: string };
  'diff-fra-uden-fil': { fra: string; fil: string };
  'diff-ikke-git': { fra: string; fil: string };
  'diff-git-mangler': { fra: string };
  'diff-anden-kommune': { fra: string; kommune: string; anden: string };
  'ny-kan-ikke-skrive': { fil: string; detalje: string };
  'kan-ikke-skrive': { fil: string; detalje: string };
  'build-afbrudt': NoArgs;
}

/** What is wrong with an anchor (»&«), alias (»*«) or tag (»!«) where the parser found it, by kind. */
const anchorOrTagProblem: Record<DiagnosticMessageArgs['yaml-anker-eller-maerke']['slags'], (tekst: string) => string> = {
  henvisning: (tekst) => `Henvisningen ${tekst} kan ikke have et anker (»&…«) eller et mærke (»!…«) foran sig.`,
  'to-ankre': (tekst) => `Værdien har mere end ét anker (${tekst} er det andet).`,
  'to-maerker': (tekst) => `Værdien har mere end ét mærke (${tekst} er det andet).`,
  'foer-tegn': (tekst) => `${tekst} står foran »-«, »?« eller »:«, men et anker eller mærke skal stå efter.`,
};

/** How to save a file as UTF-8, in VS Code (reopened first in the encoding it has, by VS Code's name for it) and in Notesblok. */
function saveAsUtf8(reopenAs: string): string {
  return `Gem den som UTF-8. I VS Code: klik på kodningen nederst til højre i statuslinjen, vælg »Reopen with Encoding« (genåbn med kodning) og »${reopenAs}«, tjek, at æ, ø og å ser rigtige ud, klik på kodningen igen, og vælg »Save with Encoding« (gem med kodning) og »UTF-8«. I Notesblok: vælg Filer → Gem som, vælg »UTF-8« ved Kodning, og gem.`;
}

/** A file that is no UTF-8 text, by what it most likely is (src/encoding.ts). */
const notTextMessages: Record<FileKind, (a: DiagnosticMessageArgs['fil-ikke-tekst']) => string> = {
  'utf-16-le': () => `Filen er gemt som UTF-16 LE (Notesblok kalder det »Unicode«), men værktøjet læser kun UTF-8. ${saveAsUtf8('UTF-16 LE')}`,
  'utf-16-be': () => `Filen er gemt som UTF-16 BE (Notesblok kalder det »Unicode big endian«), men værktøjet læser kun UTF-8. ${saveAsUtf8('UTF-16 BE')}`,
  'windows-1252': (a) =>
    `Filen er ikke gemt som UTF-8, men ser ud til at være Windows-1252 (»ANSI« i Notesblok; Word gemmer sådan, når et dokument gemmes som »Almindelig tekst«): tegnet her (byte ${a.byte}) er ${quote(a.tegn)} i Windows-1252. ${saveAsUtf8('Western (Windows 1252)')}`,
  blandet: (a) =>
    `Filen er gemt som UTF-8, men tegnet her (byte ${a.byte}) er ikke: det er ${quote(a.tegn)} i Windows-1252 og er nok kommet med fra en anden fil eller et andet program. Slet tegnet, skriv det igen, og gem filen.`,
  afbrudt: () =>
    'Filen slutter midt i et tegn, så den er nok ikke gemt helt (fx hvis disken blev fuld). Gem den igen fra editoren, eller hent den seneste hele udgave.',
  word: () =>
    'Filen er et zip-arkiv, fx et Word-dokument (.docx), ikke en YAML-fil. Er det kommunens Word-dokument, så lav en YAML-fil af det med »kvalitetsstandard importer dokument.docx«; ellers angiv den rigtige .yml-fil.',
  'gammelt-office': () =>
    'Filen er et dokument fra Word eller Excel i det gamle format (.doc, .xls), ikke en YAML-fil. Gem et Word-dokument som .docx i Word, og lav en YAML-fil af det med »kvalitetsstandard importer dokument.docx«.',
  pdf: () =>
    'Filen er en PDF, ikke en YAML-fil. Angiv den rigtige .yml-fil; findes standarden kun som Word-dokument, så importér det med »kvalitetsstandard importer«.',
  binaer: () => 'Filen er ikke en tekstfil (den indeholder binære data). Angiv den rigtige .yml-fil, eller gem filen som UTF-8-tekst.',
};

/** A character that is none to YAML where a line's structure is, by where it stands (src/yaml-mistakes.ts). */
const oddCharacterMessages: Record<DiagnosticMessageArgs['yaml-usynligt-tegn']['slags'], (a: DiagnosticMessageArgs['yaml-usynligt-tegn']) => string> = {
  feltnavn: (a) =>
    `Feltnavnet ${quote(a.felt)} indeholder her ${a.tegn}. Det ses ikke, men for YAML hedder feltet så ikke ${quote(a.felt)}. Slet tegnet, eller skriv feltnavnet forfra.`,
  filstart: () =>
    `Filen begynder med to usynlige BOM-tegn (U+FEFF), fx fordi den er sat sammen af to filer. YAML læser den rigtigt, men andre programmer kan læse det andet som tekst. Slet tegnet: sæt markøren foran det første tegn, du kan se, og tryk på Backspace.`,
  ligner: (a) =>
    `Feltnavnet ligner ${quote(a.felt)}, men ${a.tegn} her er ikke et almindeligt bogstav, så for YAML hedder feltet ikke ${quote(a.felt)}. Skriv feltnavnet forfra med almindelige bogstaver.`,
  linjestart: (a) =>
    `Linjen begynder med ${a.tegn}. Det ses ikke, men YAML læser linjen som tekst, ikke som det, den ligner (et felt, et punkt eller en kommentar). Slet tegnet.`,
  'efter-kolon': (a) =>
    `Efter kolonet i ${quote(`${a.felt}:`)} står ${a.tegn}, som ligner et mellemrum, men ikke er det for YAML: linjen læses som tekst, ikke som feltet ${quote(a.felt)}. Slet tegnet, og skriv et almindeligt mellemrum.`,
  'efter-streg': (a) =>
    `Efter »-« står ${a.tegn}, som ligner et mellemrum, men ikke er det for YAML: linjen læses som tekst, ikke som et punkt i listen. Slet tegnet, og skriv et almindeligt mellemrum.`,
  vaerdi: (a) =>
    `Værdien i ${quote(a.felt)} indeholder ${a.tegn}, så den er ikke ${quote(a.vaerdi)}, som den ser ud til at være, og kan ikke bruges som den. Slet tegnet, eller skriv værdien forfra.`,
  tekst: (a) =>
    `Teksten i ${quote(a.felt)} indeholder ${a.tegn} i ${quote(a.vaerdi)}. Siden viser ordet rigtigt, men tjekket læser det som to ord og kan overse det. Slet tegnet, eller skriv ordet forfra.`,
};

export const diagnosticMessages: MessageTable<DiagnosticMessageArgs> = {
  // The file itself
  'fil-findes-ikke': (a) => `Filen findes ikke.${suggestion(a)} Tjek stavningen af filnavnet og den mappe, du står i.`,
  'fil-er-mappe': () => 'Det er en mappe, ikke en fil. Angiv en .yml-fil, fx municipalities/randers.yml.',
  'fil-for-stor': (a) => `Filen er for stor (${a.stoerrelse}). En kvalitetsstandard fylder langt under ${a.graense}; tjek, at det er den rigtige fil.`,
  'fil-ikke-tekst': (a) => notTextMessages[a.slags](a),
  'fil-ikke-kvalitetsstandard': (a) =>
    `Filen ligner ikke en kvalitetsstandard: ingen af dens felter (${a.felter}${a.flere ? ` og ${a.flere} til` : ''}) findes i en kvalitetsstandard, og den har hverken »kommune« eller »titel«. Tjek, at det er den rigtige fil. En ny kommunes fil laves med kommandoen »kvalitetsstandard ny«.`,
  'fil-tom': () => 'Filen er tom. Start med felterne kommune og titel, eller opret en ny fil med kommandoen »kvalitetsstandard ny«.',
  'fil-kan-ikke-laeses': (a) => `Filen kan ikke læses: ${a.aarsag}. Tjek, at du har adgang til den, og at den ikke er åben i et andet program.`,
  // YAML syntax
  'yaml-dobbelt-noegle': (a) => `Feltet ${quote(a.felt)} står to gange. Slet det ene, eller slå teksterne sammen under ét felt.`,
  'yaml-tomt-felt-over-felter': (a) =>
    `${quote(a.felt)} har intet efter kolonet, og ${quote(a.gentaget)} under det står på samme niveau som det. Så læser YAML ${quote(a.gentaget)} som et felt ved siden af ${quote(a.felt)}, og ${quote(a.gentaget)} står to gange. Er ${quote(a.felt)} et afsnit for sig, så ryk det ud på linje med de andre afsnit; ellers ryk felterne under det 2 mellemrum ind.`,
  'yaml-kolon-i-tekst': (a) =>
    a.anfoerselstegn
      ? `Et kolon efterfulgt af mellemrum i en tekst på én linje opfattes som et nyt felt. Teksten står i typografiske anførselstegn (${a.anfoerselstegn}), som YAML læser som bogstaver, ikke som anførselstegn: skriv dem som almindelige anførselstegn ("), eller skriv teksten som en blok med »|« på linjen før.`
      : 'Et kolon efterfulgt af mellemrum i en tekst på én linje opfattes som et nyt felt. Sæt teksten i anførselstegn, eller skriv den som en blok med »|« på linjen før.',
  'yaml-indrykning': () => 'Indrykningen passer ikke. Felter på samme niveau skal stå præcis under hinanden, og underfelter skal rykkes ind med mellemrum.',
  'yaml-tabulator': (a) =>
    a.mellemrum === 0
      ? 'Der er brugt tabulator til indrykning, men feltet skal stå helt ude til venstre: slet tabulatoren.'
      : `Der er brugt tabulator til indrykning. YAML kræver mellemrum: erstat tabulatoren med ${a.mellemrum === undefined ? 'mellemrum' : `${a.mellemrum} mellemrum`}.`,
  'yaml-usynligt-linjeskift': (a) =>
    `Her står ${a.tegn}, som editoren kan vise som et linjeskift, men som ikke er et for YAML: resten af linjen hører med til det, der står før (efter »#« til kommentaren). Slet tegnet, og tryk Enter i stedet.`,
  'yaml-usynligt-mellemrum': (a) =>
    `Indrykningen indeholder ${a.tegn}, som ligner et mellemrum, men ikke er det for YAML. Slet tegnet, og ryk ind med almindelige mellemrum.`,
  'yaml-usynligt-tegn': (a) => oddCharacterMessages[a.slags](a),
  'yaml-manglende-tegn': () => 'Der mangler et tegn, fx et afsluttende anførselstegn, »]« eller »}«. Tjek linjen og linjen før.',
  'yaml-uventet-tegn': () =>
    'Her står et tegn, som YAML ikke forventer. Tjek, at teksten ikke begynder med et særligt tegn (fx @, `, %, * eller &); sæt den i så fald i anførselstegn.',
  'yaml-flere-dokumenter': () => 'Filen indeholder flere YAML-dokumenter (adskilt af »---«). En kvalitetsstandard skal stå i ét dokument pr. fil.',
  'yaml-ukendt-alias': (a) => `Henvisningen ${quote(a.alias)} peger ikke på noget. Fjern »*« foran teksten, eller sæt teksten i anførselstegn.`,
  'yaml-alias-bombe': () =>
    'Filen bruger så mange henvisninger (»*«-aliaser), at den ville fylde for meget at læse. Skriv teksterne ud i stedet for at henvise til dem.',
  'yaml-escape': () =>
    'En tekst i dobbelte anførselstegn indeholder en ugyldig »\\«-kode. Skriv »\\\\« for en omvendt skråstreg, eller brug enkelte anførselstegn.',
  // Mistakes made by hand (uncommenting, indenting, pasting), placed where they are
  'yaml-felt-indrykning': (a) => `${quote(a.felt)} ${indentText(a.mellemrum)}, men ${levelText(a)}. ${indentAdvice(a, quote(a.felt))}`,
  'yaml-punkt-indrykning': (a) =>
    `Punktet ${quote(a.felt)} ${indentText(a.mellemrum)}, men listens andre punkter ${indentText(a.forventet)}. ${indentAdvice(a, '»-«')}`,
  'yaml-punkt-fortsaetter-tekst': (a) =>
    `${quote(a.punkt)} står længere inde end listens andre punkter og læses derfor som en fortsættelse af punktet ovenfor, ikke som et nyt punkt. ${indentAdvice(a, '»-«')}`,
  'yaml-tekst-ikke-rykket-ind': (a) =>
    a.blok === 'ja'
      ? `Linjen hører til teksten i ${quote(a.felt)}, men er rykket mindre ind end tekstens første linje. Ryk den ${a.forventet} mellemrum ind som resten af teksten.`
      : a.blok === 'foerste'
        ? `Linjen ser ud til at være teksten i ${quote(a.felt)} (efter »|«), men den er ikke rykket ind under feltet, så teksten er tom. Ryk den og resten af teksten ${a.forventet} mellemrum ind.`
        : `Linjen fortsætter teksten i ${quote(a.felt)}, men står ikke længere inde end feltet. Ryk den mindst ${a.forventet} mellemrum ind, eller skriv teksten som en blok med »|« efter ${quote(`${a.felt}:`)}.`,
  'yaml-kolon-i-fortsat-tekst': (a) =>
    `Kolonet i ${quote(a.tekst)} gør linjen til et nyt felt, men linjen fortsætter teksten i ${quote(a.felt)} fra linje ${a.linje}. Sæt hele teksten i anførselstegn, eller skriv den som en blok med »|« efter ${quote(`${a.felt}:`)}.`,
  'yaml-kolon-mangler': (a) =>
    `${
      a.vaerdi === undefined
        ? `${quote(a.skrevet ?? a.felt)} står alene på linjen, hvor der skal stå et felt, men uden kolon, så YAML læser det som tekst.`
        : `Der mangler et kolon efter ${quote(a.skrevet ?? a.felt)}, så YAML læser linjen som tekst og ikke som feltet.`
    }${a.skrevet === undefined ? '' : ` Mente du ${quote(a.felt)}?`} Skriv ${quote(a.vaerdi === undefined ? `${a.felt}:` : `${a.felt}: ${a.vaerdi}`)}.`,
  'yaml-mellemrum-efter-kolon': (a) =>
    `Der mangler et mellemrum efter kolonet. Skriv ${quote(`${a.felt}: ${a.vaerdi}`)} i stedet for ${quote(`${a.felt}:${a.vaerdi}`)}.`,
  'yaml-anfoerselstegn-lukkes-ikke': (a) =>
    `Anførselstegnet ${quote(a.tegn)} her lukkes aldrig, så de næste linjer læses som en del af teksten. Tilføj ${quote(a.tegn)} sidst i teksten, eller fjern det.`,
  'yaml-tekst-efter-anfoerselstegn': (a) =>
    `Teksten i ${quote(a.felt)} slutter ved det andet ${quote(a.tegn)}, så ${quote(a.rest)} efter det kan ikke læses. Sæt hele teksten i ${a.tegn === '"' ? 'enkelte' : 'dobbelte'} anførselstegn, eller fjern anførselstegnene.`,
  'yaml-tekst-efter-blokmaerke': (a) =>
    a.kommentar
      ? `${quote(a.tekst)} efter ${quote(a.maerke)} er en kommentar i YAML og kommer ikke med i teksten i ${quote(a.felt)}. Skal den med, så flyt den ned på linjen under, rykket ind som resten af teksten.`
      : `Teksten i ${quote(a.felt)} skal begynde på linjen under ${quote(a.maerke)}, ikke på samme linje. Flyt ${quote(a.tekst)} ned på en ny linje, rykket ind under feltet som resten af teksten.`,
  'yaml-kommentar-i-tekst': (a) =>
    `Teksten i ${quote(a.felt)} stopper ved »#«: ${quote(a.kommentar)} er en kommentar i YAML og kommer ikke med. Sæt hele teksten i anførselstegn, hvis »#« hører til teksten.`,
  'yaml-kommentarlinje-i-tekst': (a) =>
    `${quote(a.kommentar)} står i teksten i ${quote(a.felt)}, men en linje, der begynder med »#«, er en kommentar i YAML, når teksten ikke står i en blok${
      a.fortsaetter ? ', og teksten kan ikke fortsætte under den' : ', så den kommer ikke med'
    }. Skriv »|« efter ${quote(`${a.felt}:`)} og teksten på linjerne under, rykket ind, så linjerne står, som de er skrevet; en overskrift skrives så »### …«.`,
  'yaml-direktiv': (a) =>
    a.version
      ? `Linjen ${quote(a.linje)} beder om YAML ${a.version}, som værktøjet ikke læser (i ældre YAML læses fx datoer og ja/nej anderledes). Slet linjen; filen læses som YAML 1.2.`
      : `Linjen ${quote(a.linje)} er et YAML-direktiv, som en kvalitetsstandard ikke bruger. Slet linjen.`,
  'yaml-tag-ikke-understoettet': (a) =>
    a.slags === 'binary'
      ? `Mærket ${quote(a.tag)} bruges ikke i en kvalitetsstandard: det gør værdien til binære data. Fjern ${quote(a.tag)}, og skriv teksten som almindelig tekst.`
      : a.slags === 'timestamp'
        ? `Mærket ${quote(a.tag)} bruges ikke i en kvalitetsstandard: det gør værdien til et tidspunkt. Fjern ${quote(a.tag)}, og skriv datoen som ÅÅÅÅ-MM-DD, fx 2023-11-20.`
        : `Mærket ${quote(a.tag)} bruges ikke i en kvalitetsstandard. Fjern det (»!« og det, der står efter, til mellemrummet); skal teksten begynde med »!«, så sæt den i anførselstegn.`,
  'yaml-maerke-overfloedigt': (a) =>
    a.slags === 'tekst'
      ? `Mærket ${quote(a.tag)} bruges ikke i en kvalitetsstandard. Fjern det; skal værdien læses som tekst (fx et årstal), så sæt den i anførselstegn i stedet.`
      : `Mærket ${quote(a.tag)} bruges ikke i en kvalitetsstandard. Fjern det, og skriv værdien, som den skal læses: tekst, et tal, true eller false, eller en liste.`,
  'vaerdi-er-kommentar': (a) =>
    `${quote(a.felt)} er tom, fordi »#« begynder en kommentar i YAML, så ${quote(a.kommentar)} blev ikke læst som værdien. Sæt værdien i anførselstegn: ${quote(`${a.navn}: "${a.kommentar}"`)}.`,
  'yaml-syntaks': () => 'Filen kan ikke læses som YAML her. Tjek linjen og linjen før for indrykning, kolon og anførselstegn.',
  'yaml-anker-eller-maerke': (a) =>
    `${anchorOrTagProblem[a.slags](quote(a.tekst))} En kvalitetsstandard bruger hverken ankre (»&navn«), henvisninger (»*navn«) eller mærker (»!…«): slet dem, eller sæt teksten i anførselstegn, hvis den skal begynde med »&«, »*« eller »!«.`,
  'yaml-blok-i-klammer': () =>
    'Inden i »[ ]« eller »{ }« kan der ikke stå en tekstblok (»|« eller »>«) eller punkter med »-«. Skriv listen uden klammer, med hvert punkt på sin egen linje efter »- «.',
  'yaml-langt-feltnavn': () =>
    'Linjen har et kolon efter over 1024 tegn og læses derfor som et feltnavn, men et feltnavn kan ikke være så langt. Er det en tekst, så skriv den som en blok med »|« under sit felt, eller sæt den i anførselstegn.',
  'yaml-feltnavn-ikke-tekst': (a) =>
    a.slags === 'flet'
      ? `»<<« henter felterne fra et andet sted i filen (${quote(a.noegle)}), men det kan en kvalitetsstandard ikke bruge: felterne står så ikke på en linje af deres egen, hvor tjekket og editoren kan vise dem og deres fejl. Skriv felterne ud her, og slet linjen.`
      : `${
          a.slags === 'tom'
            ? 'Der står et kolon uden et feltnavn foran.'
            : a.slags === 'blok'
              ? 'Nøglen er en tekstblok (»|« eller »>«).'
              : `Nøglen ${quote(a.noegle)} er ${a.slags === 'liste' ? 'en liste' : a.slags === 'gruppe' ? 'en gruppe af felter' : a.slags === 'henvisning' ? 'en henvisning (»*«)' : 'ikke almindelig tekst'}.`
        } Nøgler (feltnavnet før kolonet) skal være almindelig tekst, fx »maalgruppe«. Skriv feltet som »navn: værdi«, med feltets navn før kolonet og uden »?« foran.`,
  'yaml-feltnavn-med-spoergsmaalstegn': (a) =>
    `»?« foran ${quote(a.felt)} gør det til en såkaldt kompleks nøgle, som en kvalitetsstandard ikke bruger. Skriv feltet på én linje som ${quote(`${a.felt}: …`)}: fjern »?«, og flyt værdien fra linjen med »:« op efter feltnavnet.`,
  'yaml-for-dybt': () =>
    'Klammerne (»[« og »{«) eller indrykningerne går så mange niveauer i dybden, at filen ikke kan læses. En kvalitetsstandard har kun få niveauer: fjern de overflødige klammer, eller sæt teksten i anførselstegn.',
  // Against the schema
  'ikke-en-gruppe': () => 'Filen skal bestå af felter på formen »navn: værdi«, fx »kommune: Randers Kommune«, ikke af en liste eller en enkelt tekst.',
  'ukendt-felt': (a) =>
    `Ukendt felt ${quote(a.felt)}.${suggestion(a)}${a.hoererTil ? ` Feltet findes under ${quote(a.hoererTil)}.` : ''}${
      a.forslag || a.hoererTil ? '' : ` Tilladte felter her: ${a.tilladte}.`
    }`,
  'felt-mangler': (a) => `Feltet ${quote(a.felt)} mangler${a.i ? ` i ${quote(a.i)}` : ''}. Tilføj det.`,
  'punkt-delt-i-to': (a) =>
    `${quote(a.felter)} står som et nyt punkt i ${quote(a.liste)} (med »- « foran), men et punkt uden ${quote(a.mangler)} hører til punktet over. Fjern »- « foran ${quote(a.felter.split(', ')[0] ?? '')}, så det står på linje med ${quote(a.over)}.`,
  'forkert-type': (a) => `${quote(a.felt)} skal være ${a.forventet}, men er ${a.faktisk}.${a.raad ? ` ${a.raad}` : ''}`,
  'ugyldig-dato': (a) =>
    a.forslag && a.forslag !== a.vaerdi
      ? `${quote(a.vaerdi)} er ikke skrevet, som en dato skal stå i filen. Skriv ${quote(a.forslag)} (${a.forslag.length > 7 ? 'ÅÅÅÅ-MM-DD' : 'ÅÅÅÅ-MM'}).`
      : `${quote(a.vaerdi)} er ikke en gyldig dato. Skriv datoen som ÅÅÅÅ-MM-DD, fx 2023-11-20; nævner dokumentet kun måned eller år, så ÅÅÅÅ-MM eller ÅÅÅÅ.`,
  'ugyldig-url': (a) => `${quote(a.vaerdi)} er ikke en gyldig webadresse. Skriv hele adressen med https:// foran, fx https://www.kommune.dk/side.`,
  'ugyldig-noegle': (a) => `Nøglen ${quote(a.vaerdi)} må kun indeholde små bogstaver a-z, tal og bindestreger, fx »sel-paragraf-85a«.`,
  'ugyldig-farve': (a) => `${quote(a.vaerdi)} er ikke en farvekode. Skriv »#« og seks hex-cifre, fx #004b87.`,
  'ugyldig-vaerdi': (a) => `${quote(a.vaerdi)} er ikke en tilladt værdi for ${quote(a.felt)}.${suggestion(a)} Tilladt: ${a.tilladte}.`,
  'tal-for-lille': (a) => `${quote(a.felt)} skal være mindst ${a.graense}, men er ${a.vaerdi}.`,
  'tal-for-stort': (a) => `${quote(a.felt)} må højst være ${a.graense}, men er ${a.vaerdi}.`,
  'tom-tekst': (a) => `${quote(a.felt)} må ikke være tom. Skriv en tekst, eller slet feltet.`,
  'dublet-i-liste': (a) => `${quote(a.felt)} indeholder den samme værdi to gange (nr. ${a.nr1} og nr. ${a.nr2}). Slet den ene.`,
  'tom-liste': (a) => `${quote(a.felt)} må ikke være en tom liste. Skriv mindst ét element, eller slet feltet.`,
  'ugyldig-raekkefoelge': (a) =>
    `${quote(a.felt)} skal være et afsnitsnavn (fx visitation) eller en liste af afsnitsnavne (fx [behandlingsplan, opfoelgning]).`,
  'ukendt-afsnit-i-raekkefoelge': (a) =>
    `Rækkefølgen nævner afsnittet ${quote(a.afsnit)}, som ikke findes i filen.${suggestion(a)} Brug et feltnavn (fx visitation) eller nøglen på et afsnit under oevrige_afsnit eller bilag.`,
  'afsnit-to-gange-i-raekkefoelge': (a) => `Afsnittet ${quote(a.afsnit)} står to gange i rækkefølgen. Slet det ene sted.`,
  'forbeholdt-afsnitsnoegle': (a) =>
    a.krav
      ? `Nøglen ${quote(a.noegle)} er forbeholdt kravets eget felt ${quote(a.noegle)} (${a.krav}), så et afsnit under oevrige_afsnit eller bilag kan ikke hedde det. Giv afsnittet en anden nøgle, fx ${quote(a.forslag)}. Skal teksten stå som kravets eget afsnit, så flyt den til feltet ${quote(a.noegle)}.`
      : `Nøglen ${quote(a.noegle)} er forbeholdt feltet ${quote(a.noegle)}, så et afsnit under oevrige_afsnit eller bilag kan ikke hedde det. Giv afsnittet en anden nøgle, fx ${quote(a.forslag)}. Skal teksten stå som dokumentets forord, så flyt den til feltet ${quote(a.noegle)}.`,
  'dobbelt-afsnitsnoegle': (a) => `Nøglen ${quote(a.noegle)} bruges af to afsnit. Giv hvert afsnit under oevrige_afsnit og bilag sin egen nøgle.`,
  'ugyldigt-felt': (a) => `${quote(a.felt)} har en ugyldig værdi (${a.detalje}).`,
  // Compliance findings (what the check says per requirement)
  'krav-opfyldt': (a) => `Beskrevet i ${quote(a.afsnit)}.`,
  'afsnit-mangler': (a) => `Afsnittet ${quote(a.titel)} mangler. Tilføj feltet ${quote(a.felt)}${a.efter ? ` efter ${quote(a.efter)}` : ''}. ${a.vejledning}`,
  'afsnit-udkommenteret': (a) =>
    `Afsnittet ${quote(a.titel)} står i filen, men er kommenteret ud (linje ${a.fra}-${a.til}). Fjern »# « foran linjerne, og skriv kommunens egen tekst. ${a.vejledning}`,
  'afsnit-uden-tekst': (a) => `Afsnittet ${quote(a.felt)} har ingen tekst. Skriv den under »tekst:«. ${a.vejledning}`,
  'aspekt-mangler': (a) => `Standarden beskriver ikke ${a.aspekt}. ${a.raad}`,
  'krav-fundet': (a) =>
    `Fundet i ${a.antal === 1 ? 'afsnittet' : 'afsnittene'} ${a.afsnit} af tjekket; bekræft det. Er det rigtigt, så skriv »daekker: ['${a.id}']« i ${a.antal === 1 ? 'det afsnit' : 'de afsnit'}, så valget står i filen, eller flyt teksten til kravets eget felt.`,
  'kun-lovtekst': (a) =>
    `Standarden gengiver lovens tekst om ${a.aspekt} (${quote(a.saetning)}), men beskriver ikke, hvordan kommunen gør det. Skriv med kommunens egne ord, hvad borgeren kan forvente.`,
  'aspekt-kun-naevnt': (a) => `Standarden nævner kun ${a.aspekt} i forbifarten (${quote(a.saetning)}) uden at beskrive det. ${a.raad}`,
  'kun-overholdelse': (a) =>
    `Om ${a.aspekt} siger standarden kun, at kommunen overholder reglerne (${quote(a.saetning)}), ikke hvad kommunen gør. Skriv i stedet, hvad borgeren konkret kan forvente. ${a.raad}`,
  'afsnit-uden-svar': (a) =>
    `Afsnittet ${quote(a.afsnit)} ${hollowWords[a.art as keyof typeof hollowWords] ?? hollowWords['om-dokumentet']} (${quote(a.saetning)}); det beskriver ikke, hvad kommunen gør. ${a.vejledning}`,
  'kun-henvisning': (a) =>
    `Om ${a.aspekt} henviser standarden kun til et andet sted (${quote(a.saetning)}). Skriv oplysningerne i standarden selv, så borgeren kan læse dem her.`,
  'ikke-om-omraadet': (a) => `Dokumentet handler ikke om social behandling for stofmisbrug, så intet i det besvarer kravet. ${a.vejledning}`,
  'anden-dokumentart': (a) =>
    `Titlen siger, at dokumentet er en anden slags dokument end en kvalitetsstandard (${quote(a.art)}), så intet i det besvarer kravet. Er det kommunens kvalitetsstandard, så giv det en titel, der siger det, fx »Kvalitetsstandard for social behandling for stofmisbrug«. ${a.vejledning}`,
  'anden-dokumentart-tekst': (a) =>
    `Teksten er skrevet som en anden slags dokument end en kvalitetsstandard (${quote(a.art)}, fx ${quote(a.saetning)}), så intet i den besvarer kravet. Er det kommunens kvalitetsstandard, så tag det ud, der hører til den anden slags dokument. ${a.vejledning}`,
  // #11: writing that looks like structure but is not
  'tekst-styretegn': (a) =>
    `Teksten i ${quote(a.felt)} indeholder ${a.tegn}, ${a.slags === 'retning' ? 'så hjemmesiden og PDF’en kan vise ordene i en anden rækkefølge, end de står i filen' : 'som ikke hører hjemme i en tekst og kan ødelægge visningen på hjemmesiden og i PDF’en'}. Slet tegnet; i en tekst i anførselstegn kan det også stå som en kode med »\\« foran (fx »\\x1b« eller »\\u202e«).`,
  'punkt-med-tegn': (a) =>
    `${quote(`${a.tegn} ${a.punkt}`)} er et punkt skrevet med »${a.tegn}« som i Word, men i teksten er »${a.tegn}« et almindeligt tegn: ${
      a.antal === 1 ? 'punktet løber' : `de ${a.antal} punkter løber`
    } sammen med teksten over til én linje, når standarden udgives. Skriv »- « i stedet for »${a.tegn}« foran ${a.antal === 1 ? 'punktet' : 'hvert punkt'}.`,
  'billede-i-tekst': (a) =>
    `Billedet ${a.fil ? quote(a.fil) : 'her'}${a.beskrivelse ? ` (${quote(a.beskrivelse)})` : ''} kommer ikke med, når standarden udgives: billeder i en tekst fjernes${a.beskrivelse ? ' sammen med deres beskrivelse' : ''}, så læseren ser intet af det. Skriv med ord i teksten, hvad billedet viser. Kommunens logo kan stå på forsiden: angiv det i »praesentation.logo«.`,
  'fed-som-overskrift': (a) =>
    a.fortsaetter
      ? `${quote(a.tekst)} står i fed skrift på sin egen linje, men teksten på linjen under kommer med på samme linje, når standarden udgives, og den er ingen overskrift i PDF'ens bogmærker eller for skærmlæsere. Skriv den som en overskrift: ${quote(a.overskrift)}.`
      : `${quote(a.tekst)} står alene i fed skrift og ligner en overskrift, men er ikke en: den kommer ikke med i PDF'ens bogmærker, og skærmlæsere kan ikke springe til den. Skriv den som en overskrift: ${quote(a.overskrift)}.`,
  'tekst-foldet': (a) =>
    `${quote(a.linje)} skal stå på sin egen linje som ${foldedArt[a.art]}, men teksten står ${foldedWhere[a.blok]}, og så lægger YAML linjen sammen med linjen over: i den udgivne standard bliver den almindelig tekst. ${foldedAdvice[a.blok]}`,
  // Issue 17: the forvaltning's own assessments (`vurderinger`)
  'vurdering-uden-begrundelse': (a) =>
    `Vurderingen${a.krav ? ` af ${quote(a.krav)}` : ''} har ingen begrundelse. Skriv under »begrundelse:«, hvorfor forvaltningen vurderer sådan: hvad i standarden besvarer kravet, eller hvad der mangler. Begrundelsen vises for byrådet.`,
  'vurdering-uden-af': (a) => `Vurderingen${a.krav ? ` af ${quote(a.krav)}` : ''} siger ikke, hvem der har vurderet. Skriv navn og afdeling under »af:«.`,
  'ugyldig-vurderingsdato': (a) =>
    `${quote(a.vaerdi)} er ikke en gyldig dato for vurderingen. Skriv dagen som ÅÅÅÅ-MM-DD, ${a.forslag ? `her ${quote(a.forslag)}` : 'fx 2026-11-20'}.`,
  'ugyldigt-grundlag': (a) =>
    `${quote(a.vaerdi)} er ikke et grundlag, som værktøjet har skrevet (»v1-« og 16 tegn 0-9 og a-f). Slet feltet, og registrér vurderingen igen med »Registrér forvaltningens vurdering« i editoren, eller kopiér grundlaget fra »check«.`,
  'vurdering-forvaltning': (a) => `Forvaltningens vurdering: ${a.status} – ${a.begrundelse} (${a.af}, ${a.dato}).`,
  'vurdering-vaerktoej': (a) => `Værktøjet fandt: ${a.status} – ${a.tekst}`,
  'vurdering-grundlag-aendret': (a) =>
    `Skal genvurderes: teksten i ${a.afsnit} er ændret efter vurderingen den ${a.dato}. Læs ${a.antal === 1 ? 'afsnittet' : 'afsnittene'} igen. Står vurderingen ved magt, så skriv »grundlag: ${a.grundlag}« og dagens dato i vurderingen (linje ${a.linje}); ellers ret status og begrundelse.`,
  'vurdering-grundlag-mangler': (a) =>
    `Skal genvurderes: vurderingen har intet grundlag, så det kan ikke ses, om teksten i ${a.afsnit} er ændret siden ${a.dato}. Læs ${a.antal === 1 ? 'afsnittet' : 'afsnittene'} igen, og skriv »grundlag: ${a.grundlag}« i vurderingen (linje ${a.linje}).`,
  'vurdering-dobbelt': (a) =>
    `Kravet ${quote(a.krav)} er vurderet to gange (vurdering nr. ${a.nr1} og nr. ${a.nr2}). Slet den ene, eller skriv begrundelserne sammen i én vurdering.`,
  // The regulation a file is judged against (issue 18 item 3)
  'regelsaet-uden-krav': (a) =>
    `${a.dato ? `Pr. ${a.dato} gjaldt ${quote(a.id)} (${a.navn})` : `${quote(a.id)} (${a.navn}) kendes af værktøjet`}, men dens krav findes ikke i værktøjet, så standarden kan ikke vurderes efter den. ${a.dato ? 'Vurdér pr. en senere dato med --dato, eller skriv' : 'Skriv'} et af disse regelsæt i feltet »regelsaet«: ${a.kendte}.`,
  'regelsaet-valgt': (a) => chosenWords[a.valgt],
  'regelsaet-brugt': (a) => `Vurderet pr. ${a.dato} efter ${a.id} (${a.navn}), ${chosenWords[a.valgt]}.`,
  'regelsaet-beskrivelse': (a) =>
    `**${a.navn}** (${a.id})\n\n${a.titel}\n\n${a.fra || a.til ? `Gælder${a.fra ? ` fra ${a.fra}` : ''}${a.til ? ` til og med ${a.til}` : ''}.` : 'Hvornår den gælder, er ikke bekræftet.'}${a.krav ? ` Har ${a.krav} krav.` : ' Dens krav kendes ikke, så en standard kan ikke vurderes efter den.'}${a.bemaerkning ? `\n\n${a.bemaerkning}` : ''}`,
  'regelsaet-findes-allerede': (a) =>
    `Regelsættet ${quote(a.id)} i ${quote(a.mappe)} har samme id som et regelsæt, værktøjet allerede kender, og bruges ikke. Giv det et andet id i regelsaet.yml.`,
  'regelsaet-mappe-er-fil': (a) =>
    `Det er en fil, ikke en mappe. Et regelsæt angives med sin mappe (den med regelsaet.yml og en mappe pr. krav), fx ${quote(a.mappe)}.`,
  // A kommune's own requirements (<kommune>.krav.yml beside the municipality file)
  'egne-krav-ugyldigt-id': (a) =>
    `Id'et ${quote(a.vaerdi)} kan ikke bruges. Et eget krav skal have et id, der begynder med »egen-« og ellers kun har små bogstaver a-z, tal og bindestreger, fx »egen-1« eller »egen-telefon«.`,
  'egne-krav-dobbelt-id': (a) => `Id'et ${quote(a.vaerdi)} bruges også af kravet på linje ${a.linje}. Giv hvert krav sit eget id.`,
  'egne-krav-ugyldigt-moenster': (a) =>
    `Formuleringen ${quote(a.vaerdi)} kan ikke læses som et søgemønster (${a.detalje}). Tjek parenteser, »[« og »]« og tegn som »*«, »+« og »?«; skriv »\\« foran et tegn, der skal stå som det er, fx »\\?«.`,
  'egne-krav-ukendt-felt': (a) =>
    `${quote(a.vaerdi)} er ikke et felt i en kvalitetsstandard.${suggestion(a)} Skriv feltets navn med punktum mellem niveauerne, fx »revision.naeste_revision«.`,
  'egne-krav-intet-at-tjekke': () =>
    'Kravet siger ikke, hvad tjekket skal lede efter. Skriv »aspekter« med de formuleringer, der besvarer kravet, eller »felt« med det felt, der skal være udfyldt.',
  'egne-krav-fil-fejl': (a) =>
    `Kommunens egne krav i ${quote(a.fil)} kan ikke vurderes: ${a.antal === 1 ? 'der er en fejl' : `der er ${a.antal} fejl`} i filen, fx i linje ${a.linje}, kolonne ${a.kolonne}: ${a.besked} Åbn filen, og ret fejlene.`,
  'egne-krav-ikke-kommune': (a) =>
    `${quote(a.fil)} er kommunens egne krav, ikke en kvalitetsstandard. Angiv kommunens egen fil, ${quote(a.kommune)}; de egne krav ved siden af den læses så med.`,
  'egne-krav-moenster-for-tungt': (a) =>
    `Formuleringen ${quote(a.vaerdi)} har en gentagelse inde i en gentagelse (fx »(a+)+«), to alternativer i en gentagelse (fx »(a|b)+«), ».*« i en gentagelse (fx »(.*){3}«) eller mere end to ».*« (eller »[^.]*«) efter hinanden (fx »a.*b.*c.*d«), som kan få tjekket til at søge i meget lang tid. Skriv den uden, fx »a+« i stedet for »(a+)+« og »[ab]+« i stedet for »(a|b)+«, sæt en grænse for den ydre gentagelse af ord, fx »(\\p{L}+ ){0,3}«, eller del formuleringen op i flere.`,
  'eget-felt-udfyldt': (a) => `Feltet ${quote(a.felt)} er udfyldt.`,
  'eget-felt-mangler': (a) => `Feltet ${quote(a.felt)} er ikke udfyldt. ${a.vejledning}`,
  'under-18-barnets-lov': (a) =>
    `Standarden ${a.udateret ? `har ingen dato og vurderes pr. ${a.dato},` : `er dateret ${a.dato}`} og beskriver i afsnittet ${quote(a.afsnit)} behandling af unge under ${a.alder} år efter serviceloven § 101 (${quote(a.saetning)}). Siden ${danishDate(a.fra)} gives social behandling for stofmisbrug til børn og unge under ${a.alder} år efter barnets lov § 33, og gavekort til dem efter § 34 (barnets lov, ${a.lov}); § 101 gælder personer, der er fyldt ${a.alder} år. Henvis til barnets lov for de unge.`,
  // Building the output
  'logo-findes-ikke': (a) =>
    `Logoet ${quote(a.logo)} (praesentation.logo) findes ikke eller er ikke SVG, PNG eller JPEG. Ret stien; den regnes fra YAML-filens mappe.`,
  'out-mappe-fejl': (a) => `Mappen ${quote(a.mappe)} kan ikke oprettes eller skrives i (${a.detalje}). Vælg en anden med --out, fx --out out.`,
  'out-mappe-ved-kilder': (a) =>
    `${
      a.slags === 'omkring'
        ? `Kommunefilerne i ${quote(a.kilde)} ligger i mappen ${quote(a.mappe)}, som kommandoen skriver i.`
        : `Mappen ${quote(a.mappe)} ${a.slags === 'samme' ? 'er selv mappen med kommunefilerne' : `ligger i ${quote(a.kilde)}, hvor kommunefilerne ligger`}.`
    } Kommandoen lægger HTML, PDF og rapporter i --out og skriver dem aldrig mellem kommunefilerne. Vælg en mappe ved siden af, fx --out out.`,
  'chromium-mangler': (a) =>
    `Chromium kunne ikke startes, så der er ikke lavet PDF'er (HTML er bygget). Installér det med »apt-get install chromium«, eller sæt PUPPETEER_EXECUTABLE_PATH til en Chrome eller Chromium. (${a.detalje})`,
  'pdf-fejlede': (a) => `PDF'en ${quote(a.fil)} kunne ikke laves: ${a.detalje}.${a.bevaret ? ' Den forrige udgave er bevaret.' : ''}`,
  'skrivning-fejlede': (a) => `${quote(a.fil)} kunne ikke skrives: ${a.detalje}.${a.bevaret ? ' Den forrige udgave er bevaret.' : ''}`,
  'build-ugyldig': (a) =>
    `${a.kommune}: filen ${a.ulaest ? 'kunne ikke læses' : 'er ugyldig'} og er ikke bygget${a.mappe ? `; den forrige udgave i ${a.mappe} er bevaret` : ''}. Ret fejlene herunder.`,
  'build-kommune': (a) => `${a.kommune}: ${a.filer} på ${a.tid}`,
  'build-uaendret': (a) => `${a.kommune}: uændret siden sidste build`,
  'build-opsummering': (a) =>
    `Bygget ${a.bygget} af ${a.i_alt} kommuner til ${a.mappe} på ${a.tid}${a.uaendret ? ` (${a.uaendret} uændrede)` : ''}${a.fejl ? `; ${a.fejl} fejlede` : ''}. Oversigten: ${a.oversigt}`,
  // A new municipality
  'ny-mangler-navn': () => 'Skriv kommunens navn, fx »kvalitetsstandard ny Ærø«.',
  'ny-ugyldigt-navn': (a) =>
    `Der kan ikke laves et filnavn af ${quote(a.navn)}. Brug kommunens navn med bogstaver, på én linje og uden usynlige tegn eller styretegn.`,
  'ny-uden-for-mappe': (a) =>
    `${quote(a.navn)} ligger ikke i ${quote(a.mappe)}, og »ny« opretter kun kommuner dér. Skriv kommunens navn, fx »kvalitetsstandard ny Ærø«.`,
  'ny-findes': (a) => `${quote(a.fil)} findes allerede og er ikke ændret. Vælg et andet navn, eller slet filen selv, hvis du vil starte forfra.`,
  'ny-oprettet': (a) =>
    `Oprettede ${a.fil} for ${a.kommune}. Åbn filen, udfyld afsnittene, og kør »npx kvalitetsstandard check ${a.navn}« for at se, hvad der mangler.`,
  // The preview
  'preview-mangler-kommune': () => 'Angiv én kommune, fx »kvalitetsstandard preview randers«.',
  'fil-findes-ikke-argument': (a) =>
    `${quote(a.fil)} findes ikke.${suggestion(a)} Angiv en kommune i municipalities/ (fx randers) eller stien til en .yml-fil.`,
  'fil-argument-kan-ikke-laeses': (a) => `${quote(a.fil)} kan ikke læses: ${a.aarsag}`,
  'ugyldig-port': (a) => `${quote(a.vaerdi)} er ikke et portnummer. Brug et helt tal fra 0 til 65535 (0 vælger en ledig port), fx --port 8080.`,
  'port-optaget': (a) => `Port ${a.port} er allerede i brug. Vælg en anden med --port, fx --port 8081.`,
  'preview-klar': (a) => `Forhåndsvisning af ${a.kommune}: ${a.url}  (siden opdaterer sig selv, når du gemmer; stop med Ctrl+C)`,
  'preview-stoppet': () => 'Forhåndsvisningen er stoppet.',
  // What changed
  'diff-mangler-kommune': () => 'Angiv én kommune, fx »kvalitetsstandard diff randers --fra HEAD~1«.',
  'diff-mangler-fra': () => 'Angiv, hvad der skal sammenlignes med: --fra og en git-version (fx HEAD~1 eller et tag) eller en fil med den godkendte udgave.',
  'diff-fra-ukendt': (a) =>
    `${quote(a.fra)} er hverken en fil eller en git-version, hvor ${quote(a.fil)} findes. Brug fx --fra HEAD~1, et tag eller stien til den godkendte udgave.`,
  'diff-ugyldig': (a) => `${quote(a.fil)} er ikke gyldig og kan ikke sammenlignes. Ret fejlene herunder.`,
  'diff-ugyldig-git': (a) =>
    `${quote(a.fil)} er ikke gyldig og kan ikke sammenlignes (den er måske skrevet, før værktøjet kendte de felter, det bruger nu). En git-version kan ikke rettes, hvor den er: gem den som en fil med »${a.kommando}«, ret fejlene herunder i den, og brug --fra ${a.gemt}.`,
  'diff-skrevet': (a) => `Skrevet til dagsordenen: ${a.filer}`,
  // #13: the editor (language server): quick fixes, completion and compliance findings as you type
  'lsp-ret-til': (a) => `Ret til ${quote(a.forslag)}`,
  'lsp-dato': (a) => `Skriv datoen som ${a.dato}`,
  'lsp-citer-tekst': () => 'Sæt teksten i anførselstegn',
  'lsp-blok-tekst': () => 'Skriv teksten som en blok med »|«',
  'lsp-punkter-med-streg': (a) => (a.antal === 1 ? 'Skriv punktet med »- «' : `Skriv de ${a.antal} punkter med »- «`),
  'lsp-tabulator': () => 'Erstat tabulatoren med mellemrum',
  'lsp-tekst-ned': () => 'Flyt teksten ned på linjen under',
  'lsp-ryk-ud': (a) => `Ryk ${quote(a.felt)} ud som et afsnit for sig`,
  'lsp-fjern-streg': (a) => `Fjern »- « foran ${quote(a.felt)}`,
  'lsp-tilfoej-kolon': (a) => `Skriv ${quote(`${a.felt}:`)}`,
  'lsp-usynligt-tegn': (a) => (a.slags === 'mellemrum' ? 'Erstat tegnet med et almindeligt mellemrum' : 'Slet det usynlige tegn'),
  'lsp-fjern-kommentar': (a) => `Fjern »# « foran afsnittet ${quote(a.titel)} (linje ${a.fra}-${a.til})`,
  'lsp-indrykning': (a) => indentAdvice(a, String(a.hvad)).replace(/\.$/, ''),
  'lsp-mellemrum-efter-kolon': () => 'Indsæt et mellemrum efter kolonet',
  'lsp-luk-anfoerselstegn': (a) => `Tilføj det afsluttende ${quote(a.tegn)} sidst på linjen`,
  'lsp-tilfoej-afsnit': (a) => `Tilføj afsnittet ${quote(a.titel)} (${a.lovhenvisning})`,
  'lsp-krav': (a) => `${a.id} ${a.titel}: ${a.status}. ${a.tekst} (${a.lovhenvisning})`,
  'lsp-afsnit-indsaettes': (a) => `Indsætter hele afsnittet: overskrift, tekst${a.felter ? ` og felterne ${a.felter}` : ''}.`,
  'lsp-felt-indsaettes': () => 'Indsætter feltet med dets underfelter.',
  'lsp-grundlag': (a) => `Vurderingen bygger på afsnittet ${quote(a.afsnit)}.`,
  'lsp-registrer-vurdering': (a) => `Registrér forvaltningens vurdering af ${a.id} ${a.titel}`,
  'lsp-vurdering-genlaest': (a) => `Afsnittene er læst igen: vurderingen af ${a.id} ${a.titel} står ved magt (nyt grundlag og dagens dato)`,
  'lsp-i-terminal': () =>
    'Sprogserveren venter på en editor, der taler LSP over standard ind og ud; det er editoren, der starter den (se »Sådan redigerer du« i README). Stop med Ctrl+C.',
  'lsp-afsnit-i-filen': (a) => `Afsnit i filen${a.overskrift ? `: ${quote(a.overskrift)}` : ''}`,
  'lsp-vejledning-kommentar': (a) => `# ${a.vejledning}`,
  'lsp-eksempel-kommentar': (a) => `# ${a.titel}, fx:`,
  // The server's edge (src/lsp/transport.ts): what an editor's log shows when a client misbehaves.
  'lsp-header-for-lang': (a) =>
    `Forbindelsen til editoren er lukket: en besked havde en header på over ${a.max} bytes uden afslutning. Det er ikke en editor, der taler LSP; start sprogserveren fra editoren.`,
  'lsp-header-ugyldig': () =>
    'Forbindelsen til editoren er lukket: en besked havde ingen gyldig »Content-Length« i sin header. Det er ikke en editor, der taler LSP; start sprogserveren fra editoren.',
  'lsp-besked-for-stor': (a) =>
    `Forbindelsen til editoren er lukket: en besked på ${a.bytes} bytes er større end de ${a.max} bytes, sprogserveren tager imod. Filer over 2 MB kan ikke tjekkes; del filen op.`,
  'lsp-besked-ikke-json': () =>
    'Editoren sendte en besked, der ikke er gyldig JSON. Sprogserveren har svaret med en fejl (Parse error) og kører videre. Det er en fejl i editoren eller dens udvidelse, ikke i din fil.',
  'lsp-besked-ikke-jsonrpc': (a) =>
    `Editoren sendte en besked, der er ${a.hvad}, men en besked skal være et JSON-RPC 2.0-objekt med »jsonrpc«: »2.0«. Sprogserveren har afvist den som ugyldig og kører videre. Det er en fejl i editoren eller dens udvidelse, ikke i din fil.`,
  'lsp-besked-for-dyb': (a) =>
    `Forbindelsen til editoren er lukket: en besked havde lister eller objekter inden i hinanden i mere end ${a.max} niveauer, og en editors beskeder har højst et dusin. Start sprogserveren fra editoren.`,
  'lsp-ikke-startet': (a) => `Sprogserveren er ikke startet endnu: send »initialize« før ${quote(a.metode)}.`,
  'lsp-allerede-startet': () => 'Sprogserveren er allerede startet: »initialize« kan kun sendes én gang.',
  'lsp-efter-shutdown': (a) => `Sprogserveren er ved at lukke (»shutdown« er modtaget) og svarer ikke på ${quote(a.metode)}; send »exit«.`,
  'lsp-ugyldig-position': () => 'Positionen er ugyldig: linje og tegn skal være hele tal fra 0 og opefter.',
  'lsp-ukendt-metode': (a) =>
    `Sprogserveren kender ikke forespørgslen ${quote(a.metode)} og har svaret, at den ikke findes. Det er ikke en fejl i din fil: editoren spurgte om noget, sprogserveren ikke tilbyder, og alt andet virker som før.`,
  'lsp-ugyldige-parametre': (a) =>
    `Sprogserveren kan ikke svare på ${quote(a.metode)}: ${quote(a.felt)} mangler eller er ikke, som protokollen kræver. Det er en fejl i editoren eller dens udvidelse, ikke i din fil, og alt andet virker som før. Luk og åbn filen; sker det igen, så opdatér editoren og udvidelsen, eller brug VS Code med udvidelsen kvalitetsstandard.vsix (se »Sådan redigerer du« i README).`,
  'lsp-besked-ignoreret': (a) =>
    `${quote(a.metode)} er ignoreret: ${quote(a.felt)} mangler eller er ikke, som protokollen kræver. Det er en fejl i editoren eller dens udvidelse, ikke i din fil, og alt andet virker som før. Luk og åbn filen; sker det igen, så opdatér editoren og udvidelsen, eller brug VS Code med udvidelsen kvalitetsstandard.vsix (se »Sådan redigerer du« i README).`,
  'lsp-intern-fejl': (a) =>
    `Der skete en uventet fejl i sprogserveren ved ${quote(a.metode)}${a.uri ? ` for ${a.uri}` : ''}. Din fil er ikke ændret. Start editoren med KVALITETSSTANDARD_DEBUG=1 for detaljer, og meld fejlen til udviklerne.`,
  'lsp-besked-ikke-behandlet': () =>
    'Sprogserveren kunne ikke behandle en besked fra editoren og har set bort fra den. Din fil er ikke ændret. Passer fejlmarkeringerne ikke til teksten, så luk og åbn filen; sker det igen, så meld det til udviklerne.',
  'lsp-ugyldigt-id': (a) =>
    `Editoren sendte en forespørgsel, hvis »id« er ${a.hvad}, men et id skal være et helt tal eller en tekst på højst ${a.max} tegn (JSON-RPC 2.0). Sprogserveren har afvist forespørgslen som ugyldig og kører videre. Det er en fejl i editoren eller dens udvidelse, ikke i din fil.`,
  'lsp-ugyldig-metode': (a) =>
    `Editoren sendte en besked, hvis »method« er ${a.hvad}, men det skal være metodens navn som tekst (JSON-RPC 2.0). Sprogserveren har afvist beskeden som ugyldig og kører videre. Det er en fejl i editoren eller dens udvidelse, ikke i din fil.`,
  'lsp-svar-uden-forespoergsel': () =>
    'Editoren sendte et svar på en forespørgsel, sprogserveren ikke har stillet (eller allerede har fået svar på). Sprogserveren har set bort fra svaret og kører videre. Det er en fejl i editoren eller dens udvidelse, ikke i din fil.',
  'lsp-besked-uden-metode': () =>
    'Editoren sendte en besked, der hverken er en forespørgsel, en meddelelse eller et svar: den har intet gyldigt »method«, »id«, »result« eller »error« (JSON-RPC 2.0). Sprogserveren har set bort fra den og kører videre. Det er en fejl i editoren eller dens udvidelse, ikke i din fil.',
  'lsp-ugyldig-indstilling': (a) =>
    `Indstillingen ${quote(a.indstilling)} er ${quote(a.vaerdi)}, ${
      a.slags === 'dato'
        ? 'som ikke er en gyldig dato. Skriv datoen som ÅÅÅÅ-MM-DD, fx 2026-11-23, eller slet indstillingen; indtil da vurderes kravene efter dagens dato.'
        : a.slags === 'valg'
          ? `som ikke er en af de tilladte værdier: ${a.tilladte}. Vælg en af dem, eller slet indstillingen; indtil da bruges standardværdien ${quote(a.standard)}.`
          : 'som ikke er en liste af højst 50 mapper. Skriv hver mappe som tekst i en liste, fx ["regelsaet/bek-2026"], eller slet indstillingen; indtil da bruges kun de indbyggede regelsæt.'
    }`,
  'lsp-dokument-ignoreret': (a) =>
    `${quote(a.metode)}${a.uri ? ` for ${a.uri}` : ''} er ignoreret, fordi den ikke er, som protokollen kræver: adressen og teksten skal være tekst, versionen et helt tal og hver positions linje og tegn hele tal fra 0 og opefter. Sprogserverens udgave af filen er uændret; luk og åbn filen i editoren, hvis meddelelserne ikke passer til teksten.`,
  'lsp-dokument-for-stort': (a) =>
    `En ændring af ${a.uri} er ignoreret, fordi filen så ville fylde mere end ${a.max.toLocaleString('da-DK')} tegn eller de åbne filer tilsammen mere end ${a.alt.toLocaleString('da-DK')}, og en kvalitetsstandard fylder højst 2 MB. Sprogserverens udgave af filen er uændret; fortryd ændringen, og luk og åbn filen i editoren.`,
  'lsp-for-mange-dokumenter': (a) =>
    `${a.uri} er ikke læst, fordi de åbne filer tilsammen så ville fylde mere end ${a.alt.toLocaleString('da-DK')} tegn, og sprogserveren har ikke plads til mere. Luk de filer, du ikke bruger, og luk og åbn så denne igen.`,
  // #13: what the schema tells Red Hat's YAML extension (errorMessage, patternErrorMessage); an
  // editor shows these without the offending value, so they name the field and the fix.
  'skema-rod': (a) =>
    `Ukendt felt, eller et påkrævet felt (${a.paakraevet}) mangler. Tjek stavningen: feltnavne skrives uden æ, ø og å (fx maalgruppe, ikke målgruppe), og underfelter rykkes ind under deres afsnit. Tryk Ctrl+Mellemrum for at se felterne.`,
  'skema-gruppe': (a) =>
    `${quote(a.titel)} skal være en gruppe af felter rykket ind under sig${a.paakraevet ? ` og skal have ${a.paakraevet}` : ''}. Tilladte felter her: ${a.felter}. Tjek stavningen og indrykningen.`,
  'skema-tekst': (a) =>
    `${quote(a.titel)} skal være en tekst. En tekst over flere linjer skrives som en blok: »|« efter kolonet og teksten rykket ind på linjerne under. En tekst på én linje med »: « i skal i anførselstegn.`,
  'skema-dato': (a) =>
    `${quote(a.titel)} skal være en dato skrevet som ÅÅÅÅ-MM-DD, fx 2023-11-20 (eller ÅÅÅÅ-MM eller ÅÅÅÅ, hvis dokumentet kun nævner måned eller år).`,
  'skema-url': () => 'Skriv hele webadressen med https:// foran, fx https://www.kommune.dk/side.',
  'skema-noegle': () => 'Nøglen må kun indeholde små bogstaver a-z, tal og bindestreger, fx »sel-paragraf-85a«.',
  'skema-farve': () => 'Skriv farven som »#« og seks hex-cifre, fx #004b87.',
  'skema-tal': (a) => `${quote(a.titel)} skal være et tal${a.eksempel !== undefined ? `, fx ${a.eksempel}` : ''}. Skriv kun tallet.`,
  'skema-sandt-falsk': (a) => `${quote(a.titel)} skal være true eller false.`,
  'skema-liste': (a) => `${quote(a.titel)} skal være en liste: skriv hvert element på sin egen linje med »- « foran.`,
  'skema-vaerdi': (a) => `${quote(a.titel)} skal være en af disse værdier: ${a.tilladte}.`,
  'skema-vurderingsdato': (a) => `${quote(a.titel)} skal være dagen for vurderingen skrevet som ÅÅÅÅ-MM-DD, fx 2026-11-20.`,
  'skema-begrundelse': () => 'Skriv begrundelsen: hvad i standarden besvarer kravet, eller hvad der mangler. Den vises for byrådet.',
  'skema-vurderet-af': () => 'Skriv, hvem der har vurderet, fx navn og afdeling.',
  'skema-grundlag': () => 'Grundlaget skrives af editorens »Registrér forvaltningens vurdering« eller kopieres fra »check« (»v1-« og 16 tegn 0-9 og a-f).',
  'skema-raekkefoelge': () => 'Skriv et afsnitsnavn (fx visitation) eller en liste af afsnitsnavne (fx [behandlingsplan, opfoelgning]).',
  // The command line
  'ukendt-kommando': (a) => `Ukendt kommando ${quote(a.kommando)}.${suggestion(a)} Skriv »kvalitetsstandard --help« for at se kommandoerne.`,
  'ingen-kommando': () => 'Skriv en kommando, fx »kvalitetsstandard check«. Skriv »kvalitetsstandard --help« for at se dem alle.',
  'ukendt-tilvalg': (a) => `Ukendt tilvalg ${quote(a.tilvalg)}.${suggestion(a)} Skriv »kvalitetsstandard ${a.kommando} --help« for at se tilvalgene.`,
  'tilvalg-mangler-vaerdi': (a) => `Tilvalget ${quote(a.tilvalg)} skal have en værdi, fx ${a.eksempel}.`,
  'tilvalg-uden-vaerdi': (a) => `Tilvalget ${quote(a.tilvalg)} tager ingen værdi.`,
  'tilvalg-vaerdi-bindestreg': (a) =>
    `Værdien ${quote(a.vaerdi)} til ${quote(a.tilvalg)} begynder med »-« og kan forveksles med et tilvalg. Skriv den med »=«: ${a.tilvalg}="${a.vaerdi}".`,
  'ugyldigt-format': (a) => `Formatet ${quote(a.vaerdi)} kendes ikke. Brug ${a.tilladte}.`,
  'ugyldig-dato-tilvalg': (a) =>
    `${quote(a.vaerdi)} er ikke en gyldig dato for --dato. Skriv datoen som ÅÅÅÅ-MM-DD, ${a.forslag ? `her »--dato ${a.forslag}«` : 'fx 2026-11-23'}.`,
  'for-mange-argumenter': (a) =>
    `Kommandoen ${quote(a.kommando)} tager kun ét argument, ikke også ${quote(a.argument)}. Står der mellemrum i et navn, så sæt hele navnet i anførselstegn ("…").`,
  'tomt-argument': (a) =>
    `Argument nr. ${a.nummer} er tomt (»""«), fx en variabel i et script, der ikke er sat. Skriv, hvad der skal stå der, eller udelad det. Skriv »kvalitetsstandard ${a.kommando} --help« for at se, hvad kommandoen tager.`,
  'ingen-filer': (a) =>
    `Der er ingen .yml-filer i ${quote(a.mappe)}. Angiv filerne, fx »kvalitetsstandard validate municipalities/randers.yml«, eller opret en med »kvalitetsstandard ny <kommune>«.`,
  'mappe-kan-ikke-laeses': (a) =>
    `Mappen ${quote(a.mappe)} kan ikke læses: ${a.aarsag}. Ret det, eller angiv filerne, fx »kvalitetsstandard validate ${a.mappe}/randers.yml«.`,
  'uventet-fejl': (a) =>
    `Der skete en uventet fejl i værktøjet: ${a.detalje}. Dine filer er ikke ændret. Kør igen med KVALITETSSTANDARD_DEBUG=1 for detaljer, og meld fejlen til udviklerne.`,
  // #10: hardening (bounded input, safe names, templates, Markdown limits, interrupted work)
  'fil-ikke-almindelig': () => 'Det er ikke en almindelig fil (men fx en FIFO, en enhed som /dev/zero eller en socket). Angiv en almindelig fil.',
  'fil-uden-for-mappe': (a) => `Filen er et link, der peger uden for mappen ${quote(a.mappe)}. Kopiér filen ind i mappen i stedet for at linke til den.`,
  'fil-loekke': () => 'Filen er et link, der peger på sig selv i ring (en symlink-løkke). Slet linket, eller lad det pege på en rigtig fil.',
  'fil-navn-ikke-utf8': () =>
    'Filens navn er ikke skrevet i UTF-8 (tegnene, der vises som »�«), så filen kan ikke åbnes under det navn. Omdøb filen, så navnet kun har små bogstaver a-z, tal og bindestreger, fx randers.yml.',
  'fil-link-uden-maal': (a) => `Filen er et link til »${a.maal}«, som ikke findes. Ret linket, eller angiv selve filen.`,
  'filnavn-ugyldigt': (a) =>
    `${quote(a.fil)}: filnavnet kan ikke bruges som mappe i out/ og adresse på hjemmesiden. Et kommunenavn i filnavnet må kun indeholde små bogstaver a-z, tal og bindestreger.${a.forslag ? ` Omdøb filen til ${quote(a.forslag)}.` : ' Omdøb filen, fx til »randers.yml«.'}`,
  'filnavn-kollision': (a) =>
    `${quote(a.fil)} og ${quote(a.andre)} ville begge blive bygget til mappen ${quote(`${a.id}/`)}, og den ene ville overskrive den anden. Ingen af dem er bygget; slet eller omdøb den ene.`,
  'logo-uden-for-mappe': (a) =>
    `Logoet ${quote(a.logo)} (praesentation.logo) skal ligge i YAML-filens mappe eller en mappe under den. Skriv stien uden »..« og uden »/« foran, fx »logo.svg«, og læg filen der.`,
  'logo-kan-ikke-bruges': (a) => `Logoet ${quote(a.logo)} (praesentation.logo) kan ikke bruges: ${a.aarsag}`,
  'skabelon-fejl': (a) =>
    `${a.fil}${a.linje ? `:${a.linje}` : ''}: skabelonen har en fejl: ${a.detalje} Ret skabelonen; ${a.kommune ? (a.bevaret ? `den forrige udgave af ${a.kommune} er bevaret` : `${a.kommune} bygges, når den er rettet`) : 'siden vises, når den er rettet'}.`,
  'skabelon-syntaks': () => 'et Handlebars-udtryk er ikke skrevet færdigt eller ikke lukket (fx mangler »}}«, eller en {{#if}} mangler sin {{/if}}).',
  'skabelon-ukendt-hjaelper': (a) => `${quote(a.navn)} er ikke en af de hjælpere, skabelonerne kan bruge (${a.tilladte}).`,
  'skabelon-egenskab': (a) =>
    `${quote(`{{${a.udtryk}}}`)} læser ${quote(a.navn)}, som ikke er et felt i kvalitetsstandarden, men en egenskab ved JavaScripts tekster og lister, og den må skabeloner ikke bruge (siden ville vise ingenting). Skriv kun feltets navn, fx {{heading}}, og ret selve teksten i YAML-filen.`,
  'skabelon-ukendt-del': (a) => `delskabelonen ${quote(a.navn)} findes hverken i templates/partials/ eller i kommunens egne skabeloner.`,
  'skabelon-kan-ikke-laeses': (a) => `${quote(a.fil)}: skabelonen kan ikke bruges: ${a.aarsag}`,
  'markdown-for-lang': (a) =>
    `Teksten er for lang (${a.antal} tegn; højst ${a.graense} i ét felt). Del den op i flere afsnit under oevrige_afsnit eller bilag.`,
  'markdown-for-dyb': (a) =>
    `Teksten har punkter eller citater i ${a.antal} niveauer inden i hinanden (højst ${a.graense}). Skriv punkterne med færre niveauer.`,
  'markdown-for-meget-opmaerkning': (a) =>
    `Teksten indeholder ${a.antal} Markdown-tegn (*, _, [, ], ~, <, >, | og \`), højst ${a.graense} i ét felt. Det ligner ikke almindelig tekst; tjek, at det er den rigtige tekst.`,
  'markdown-for-mange-html': (a) => `Teksten indeholder ${a.antal} HTML-mærker (højst ${a.graense} i ét felt). Skriv teksten i Markdown i stedet for HTML.`,
  'markdown-fil-for-meget-opmaerkning': (a) =>
    `Filens tekster indeholder i alt ${a.antal} Markdown-tegn (*, _, [, ], ~, <, >, | og \`), højst ${a.graense} i én fil. Det ligner ikke en kvalitetsstandard; tjek, at det er den rigtige fil.`,
  'flere-fejl': (a) => `… og ${a.antal} flere fejl i filen. Ret fejlene ovenfor, og kør igen for at se resten.`,
  'port-adgang': (a) => `Port ${a.port} må ikke bruges af din bruger (porte under 1024 kræver særlige rettigheder). Vælg en anden, fx --port 8080.`,
  'preview-forkert-vaert': () => 'Forhåndsvisningen svarer kun på adressen http://127.0.0.1:<port>/ eller http://localhost:<port>/.',
  'preview-optaget': (a) =>
    `Forhåndsvisningen har allerede ${a.max} forbindelser åbne (hver fane med siden holder et par stykker) og tager ikke flere lige nu. Luk nogle af fanerne, og genindlæs siden.`,
  'preview-metode': (a) => `Forhåndsvisningen kan kun vise sider (GET), ikke tage imod ${quote(a.metode)}. Åbn siden i browseren.`,
  'preview-header-for-stor': (a) =>
    `Forespørgslens header fylder mere end de ${a.max} bytes, forhåndsvisningen tager imod. Slet cookies for adressen i browseren, og genindlæs siden.`,
  'preview-for-langsom': (a) => `Forespørgslen kom ikke færdig inden for ${a.sekunder} sekunder, og forbindelsen er lukket. Genindlæs siden.`,
  'preview-ugyldig-forespoergsel': () => 'Forespørgslen var ikke en HTTP-forespørgsel, forhåndsvisningen kan læse. Åbn adressen i browseren.',
  'preview-ikke-fundet': () => 'Siden findes ikke. Forhåndsvisningen er på /.',
  'preview-fil-vaek': (a) => `${quote(a.fil)} kan ikke læses lige nu: ${a.aarsag} Siden opdaterer sig selv, når filen er tilbage.`,
  'diff-fra-bindestreg': (a) =>
    `${quote(a.fra)} kan ikke bruges som --fra, fordi den begynder med »-«. Angiv en git-version (fx HEAD~1 eller et tag) eller en fil (skriv »./« foran et filnavn, der begynder med »-«).`,
  'diff-fra-fil': (a) => `${quote(a.fra)} kan ikke bruges som --fra: ${a.aarsag}`,
  'diff-fra-samme-fil': (a) =>
    `--fra ${quote(a.fra)} er den samme fil som ${quote(a.fil)}, så der er intet at sammenligne. Angiv den godkendte udgave: en anden fil eller en git-version, fx --fra HEAD~1 eller et tag.`,
  'diff-fra-uden-fil': (a) =>
    `${quote(a.fil)} findes ikke i git-versionen ${quote(a.fra)}: filen er kommet til eller omdøbt efter den version, eller den er ikke gemt i git (committet) endnu. Vælg en senere version (fx mærket for byrådets godkendelse), eller angiv stien til en fil med den godkendte udgave.`,
  'diff-ikke-git': (a) =>
    `${quote(a.fra)} er ikke en fil, og ${quote(a.fil)} ligger ikke i et git-arkiv, så ${quote(a.fra)} kan heller ikke være en git-version. Angiv stien til en fil med den godkendte udgave, fx --fra godkendt-2021.yml.`,
  'diff-git-mangler': (a) =>
    `${quote(a.fra)} er ikke en fil, og git er ikke installeret, så ${quote(a.fra)} kan heller ikke læses som en git-version. Angiv stien til en fil med den godkendte udgave, eller installér git.`,
  'diff-anden-kommune': (a) =>
    `Advarsel: ${quote(a.fra)} handler om ${a.anden}, ikke om ${a.kommune}. Sammenligningen viser derfor forskellen mellem to kommuners standarder. Tjek, at --fra er en tidligere udgave af den samme kommunes fil.`,
  'ny-kan-ikke-skrive': (a) => `${quote(a.fil)} kan ikke oprettes: ${a.detalje}. Kør kommandoen i en mappe, du kan skrive i.`,
  'kan-ikke-skrive': (a) => `${quote(a.fil)} kunne ikke skrives: ${a.detalje}.`,
  'build-afbrudt': () => 'Bygningen blev afbrudt. Det, der nåede at blive skrevet, er helt; næste build gør resten færdigt.',
};
