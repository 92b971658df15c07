/**
 * Every sentence the tool says about a file, in Danish, in one place. A diagnostic carries
 * a code and arguments; the text is made here when a report is rendered.
 */
export type MessageArgs = Record<string, string | number | undefined>;

const quote = (value: string | number | undefined) => `»${value ?? ''}«`;

const suggestion = (args: MessageArgs) => (args.forslag ? ` Mente du ${quote(args.forslag)}?` : '');

const messages = {
  // The file itself
  'fil-findes-ikke': () => 'Filen findes ikke. Tjek stavningen af filnavnet og den mappe, du står i.',
  'fil-er-mappe': () => 'Det er en mappe, ikke en fil. Angiv en .yml-fil, fx municipalities/randers.yml.',
  'fil-for-stor': (a: MessageArgs) =>
    `Filen er for stor (${a.stoerrelse}). En kvalitetsstandard fylder langt under ${a.graense}; tjek, at det er den rigtige fil.`,
  'fil-ikke-tekst': () =>
    'Filen er ikke en tekstfil (den indeholder binære data eller er ikke gemt som UTF-8). Gem den som UTF-8-tekst, eller angiv den rigtige .yml-fil.',
  'fil-tom': () =>
    'Filen er tom. Start med felterne kommune og titel, eller opret en ny fil med kommandoen »kvalitetsstandard ny«.',
  'fil-kan-ikke-laeses': (a: MessageArgs) => `Filen kan ikke læses (${a.aarsag}). Tjek, at du har adgang til den.`,

  // YAML syntax
  'yaml-dobbelt-noegle': (a: MessageArgs) =>
    `Feltet ${quote(a.felt)} står to gange. Slet det ene, eller slå teksterne sammen under ét felt.`,
  'yaml-kolon-i-tekst': () =>
    'Et kolon efterfulgt af mellemrum i en tekst på én linje opfattes som et nyt felt. Sæt teksten i anførselstegn, eller skriv den som en blok med »|« på linjen før.',
  'yaml-indrykning': () =>
    'Indrykningen passer ikke. Felter på samme niveau skal stå præcis under hinanden, og underfelter skal rykkes ind med mellemrum.',
  'yaml-tabulator': () => 'Der er brugt tabulator til indrykning. YAML kræver mellemrum: erstat tabulatoren med mellemrum.',
  'yaml-manglende-tegn': () =>
    'Der mangler et tegn, fx et afsluttende anførselstegn, »]« eller »}«. Tjek linjen og linjen før.',
  'yaml-uventet-tegn': () =>
    'Her står et tegn, som YAML ikke forventer. Tjek, at teksten ikke begynder med et særligt tegn (fx @, `, %, * eller &); sæt den i så fald i anførselstegn.',
  'yaml-flere-dokumenter': () =>
    'Filen indeholder flere YAML-dokumenter (adskilt af »---«). En kvalitetsstandard skal stå i ét dokument pr. fil.',
  'yaml-ukendt-alias': (a: MessageArgs) =>
    `Henvisningen ${quote(a.alias)} peger ikke på noget. Fjern »*« foran teksten, eller sæt teksten i anførselstegn.`,
  'yaml-alias-bombe': () =>
    'Filen bruger så mange henvisninger (»*«-aliaser), at den ville fylde for meget at læse. Skriv teksterne ud i stedet for at henvise til dem.',
  'yaml-ukendt-tag': (a: MessageArgs) =>
    `Mærket ${quote(a.tag)} kendes ikke. Fjern det (tegnet »!« og ordet efter), eller sæt teksten i anførselstegn.`,
  'yaml-escape': () =>
    'En tekst i dobbelte anførselstegn indeholder en ugyldig »\\«-kode. Skriv »\\\\« for en omvendt skråstreg, eller brug enkelte anførselstegn.',
  'yaml-syntaks': (a: MessageArgs) =>
    `Filen er ikke gyldig YAML her (${a.detalje}). Tjek linjen og linjen før for indrykning, kolon og anførselstegn.`,

  // Against the schema
  'ikke-en-gruppe': () =>
    'Filen skal bestå af felter på formen »navn: værdi«, fx »kommune: Randers Kommune«, ikke af en liste eller en enkelt tekst.',
  'ukendt-felt': (a: MessageArgs) =>
    `Ukendt felt ${quote(a.felt)}.${suggestion(a)}${a.hoererTil ? ` Feltet findes under ${quote(a.hoererTil)}.` : ''}${
      a.forslag || a.hoererTil ? '' : ` Tilladte felter her: ${a.tilladte}.`
    }`,
  'felt-mangler': (a: MessageArgs) => `Feltet ${quote(a.felt)} mangler${a.i ? ` i ${quote(a.i)}` : ''}. Tilføj det.`,
  'forkert-type': (a: MessageArgs) =>
    `${quote(a.felt)} skal være ${a.forventet}, men er ${a.faktisk}.${a.raad ? ` ${a.raad}` : ''}`,
  'ugyldig-dato': (a: MessageArgs) =>
    `${quote(a.vaerdi)} er ikke en gyldig dato. Skriv datoen som ÅÅÅÅ-MM-DD, fx 2023-11-20.`,
  'ugyldig-url': (a: MessageArgs) =>
    `${quote(a.vaerdi)} er ikke en gyldig webadresse. Skriv hele adressen med https:// foran, fx https://www.kommune.dk/side.`,
  'ugyldig-noegle': (a: MessageArgs) =>
    `Nøglen ${quote(a.vaerdi)} må kun indeholde små bogstaver a-z, tal og bindestreger, fx »sel-paragraf-85a«.`,
  'ugyldig-farve': (a: MessageArgs) => `${quote(a.vaerdi)} er ikke en farvekode. Skriv »#« og seks hex-cifre, fx #004b87.`,
  'ugyldig-vaerdi': (a: MessageArgs) =>
    `${quote(a.vaerdi)} er ikke en tilladt værdi for ${quote(a.felt)}.${suggestion(a)} Tilladt: ${a.tilladte}.`,
  'tal-for-lille': (a: MessageArgs) => `${quote(a.felt)} skal være mindst ${a.graense}, men er ${a.vaerdi}.`,
  'tal-for-stort': (a: MessageArgs) => `${quote(a.felt)} må højst være ${a.graense}, men er ${a.vaerdi}.`,
  'tom-tekst': (a: MessageArgs) => `${quote(a.felt)} må ikke være tom. Skriv en tekst, eller slet feltet.`,
  'dublet-i-liste': (a: MessageArgs) =>
    `${quote(a.felt)} indeholder den samme værdi to gange (nr. ${a.nr1} og nr. ${a.nr2}). Slet den ene.`,
  'tom-liste': (a: MessageArgs) => `${quote(a.felt)} må ikke være en tom liste. Skriv mindst ét element, eller slet feltet.`,
  'ugyldig-raekkefoelge': (a: MessageArgs) =>
    `${quote(a.felt)} skal være et afsnitsnavn (fx visitation) eller en liste af afsnitsnavne (fx [behandlingsplan, opfoelgning]).`,
  'ukendt-afsnit-i-raekkefoelge': (a: MessageArgs) =>
    `Rækkefølgen nævner afsnittet ${quote(a.afsnit)}, som ikke findes i filen.${suggestion(a)} Brug et feltnavn (fx visitation) eller nøglen på et afsnit under oevrige_afsnit eller bilag.`,
  'afsnit-to-gange-i-raekkefoelge': (a: MessageArgs) =>
    `Afsnittet ${quote(a.afsnit)} står to gange i rækkefølgen. Slet det ene sted.`,
  'dobbelt-afsnitsnoegle': (a: MessageArgs) =>
    `Nøglen ${quote(a.noegle)} bruges af to afsnit. Giv hvert afsnit under oevrige_afsnit og bilag sin egen nøgle.`,
  'ugyldigt-felt': (a: MessageArgs) => `${quote(a.felt)} har en ugyldig værdi (${a.detalje}).`,

  // The command line
  'ukendt-kommando': (a: MessageArgs) =>
    `Ukendt kommando ${quote(a.kommando)}.${suggestion(a)} Skriv »kvalitetsstandard --help« for at se kommandoerne.`,
  'ingen-kommando': () => 'Skriv en kommando, fx »kvalitetsstandard check«. Skriv »kvalitetsstandard --help« for at se dem alle.',
  'ukendt-tilvalg': (a: MessageArgs) =>
    `Ukendt tilvalg ${quote(a.tilvalg)}.${suggestion(a)} Skriv »kvalitetsstandard ${a.kommando} --help« for at se tilvalgene.`,
  'tilvalg-mangler-vaerdi': (a: MessageArgs) => `Tilvalget ${quote(a.tilvalg)} skal have en værdi, fx ${a.eksempel}.`,
  'tilvalg-uden-vaerdi': (a: MessageArgs) => `Tilvalget ${quote(a.tilvalg)} tager ingen værdi.`,
  'ugyldigt-format': (a: MessageArgs) => `Formatet ${quote(a.vaerdi)} kendes ikke. Brug ${a.tilladte}.`,
  'ugyldig-dato-tilvalg': (a: MessageArgs) =>
    `${quote(a.vaerdi)} er ikke en gyldig dato for --dato. Skriv datoen som ÅÅÅÅ-MM-DD, fx 2026-11-23.`,
  'for-mange-argumenter': (a: MessageArgs) => `Kommandoen ${quote(a.kommando)} tager ikke argumentet ${quote(a.argument)}.`,
  'ingen-filer': (a: MessageArgs) =>
    `Der er ingen .yml-filer i ${quote(a.mappe)}. Angiv filerne, fx »kvalitetsstandard validate municipalities/randers.yml«, eller opret en med »kvalitetsstandard ny <kommune>«.`,
  'uventet-fejl': (a: MessageArgs) =>
    `Der skete en uventet fejl i værktøjet: ${a.detalje}. Dine filer er ikke ændret. Kør igen med KVALITETSSTANDARD_DEBUG=1 for detaljer, og meld fejlen til udviklerne.`,
} satisfies Record<string, (args: MessageArgs) => string>;

export type MessageCode = keyof typeof messages;

export function formatMessage(code: MessageCode, args: MessageArgs): string {
  return messages[code](args);
}
