/**
 * Every sentence the tool says about a file, in Danish, in one place. A diagnostic carries
 * a code and arguments; the text is made here when a report is rendered.
 */
import { printableInline } from '../printable.js';

export type MessageArgs = Record<string, string | number | undefined>;

const quote = (value: string | number | undefined) => `»${value ?? ''}«`;

const suggestion = (args: MessageArgs) => (args.forslag ? ` Mente du ${quote(args.forslag)}?` : '');

/** A date the tool read in the document's text, not in a date field: which sentence, to be confirmed. */
const fromTextWords = (a: MessageArgs) =>
  a.kilde ? ` (læst i teksten: ${quote(a.kilde)}; bekræft datoen, og skriv den i »godkendelse« eller »revision.senest_revideret«)` : '';

/** Why a section with text answers nothing (`afsnit-uden-svar`). */
export const hollowWords = {
  pladsholder: 'er kun en pladsholder',
  gengivelse: 'gengiver kun kravets egen ordlyd',
  'om-dokumentet': 'handler kun om standarden selv',
} as const;

/** »står helt ude til venstre« or »er rykket 2 mellemrum ind«. */
const indentText = (spaces: MessageArgs[string]) => (Number(spaces) === 0 ? 'står helt ude til venstre' : `er rykket ${spaces} mellemrum ind`);
const levelText = (a: MessageArgs) => `felterne på samme niveau ${indentText(a.forventet)}`;

/** »Fjern mellemrummet før »x«« or »Ryk »x« 2 mellemrum længere ind«. */
function indentAdvice(a: MessageArgs, what: string): string {
  const difference = Number(a.mellemrum) - Number(a.forventet);
  if (difference > 0) return `Fjern ${difference === 1 ? 'mellemrummet' : `${difference} mellemrum`} før ${what}.`;
  return `Ryk ${what} ${-difference} mellemrum længere ind.`;
}

const messages = {
  // The file itself
  'fil-findes-ikke': (a: MessageArgs) => `Filen findes ikke.${suggestion(a)} Tjek stavningen af filnavnet og den mappe, du står i.`,
  'fil-er-mappe': () => 'Det er en mappe, ikke en fil. Angiv en .yml-fil, fx municipalities/randers.yml.',
  'fil-for-stor': (a: MessageArgs) =>
    `Filen er for stor (${a.stoerrelse}). En kvalitetsstandard fylder langt under ${a.graense}; tjek, at det er den rigtige fil.`,
  'fil-ikke-tekst': () =>
    'Filen er ikke en tekstfil (den indeholder binære data eller er ikke gemt som UTF-8). Gem den som UTF-8-tekst, eller angiv den rigtige .yml-fil.',
  'fil-tom': () => 'Filen er tom. Start med felterne kommune og titel, eller opret en ny fil med kommandoen »kvalitetsstandard ny«.',
  'fil-kan-ikke-laeses': (a: MessageArgs) => `Filen kan ikke læses (${a.aarsag}). Tjek, at du har adgang til den.`,

  // YAML syntax
  'yaml-dobbelt-noegle': (a: MessageArgs) => `Feltet ${quote(a.felt)} står to gange. Slet det ene, eller slå teksterne sammen under ét felt.`,
  'yaml-kolon-i-tekst': () =>
    'Et kolon efterfulgt af mellemrum i en tekst på én linje opfattes som et nyt felt. Sæt teksten i anførselstegn, eller skriv den som en blok med »|« på linjen før.',
  'yaml-indrykning': () => 'Indrykningen passer ikke. Felter på samme niveau skal stå præcis under hinanden, og underfelter skal rykkes ind med mellemrum.',
  'yaml-tabulator': (a: MessageArgs) =>
    `Der er brugt tabulator til indrykning. YAML kræver mellemrum: erstat tabulatoren med ${a.mellemrum === undefined ? 'mellemrum' : `${a.mellemrum} mellemrum`}.`,
  'yaml-manglende-tegn': () => 'Der mangler et tegn, fx et afsluttende anførselstegn, »]« eller »}«. Tjek linjen og linjen før.',
  'yaml-uventet-tegn': () =>
    'Her står et tegn, som YAML ikke forventer. Tjek, at teksten ikke begynder med et særligt tegn (fx @, `, %, * eller &); sæt den i så fald i anførselstegn.',
  'yaml-flere-dokumenter': () => 'Filen indeholder flere YAML-dokumenter (adskilt af »---«). En kvalitetsstandard skal stå i ét dokument pr. fil.',
  'yaml-ukendt-alias': (a: MessageArgs) => `Henvisningen ${quote(a.alias)} peger ikke på noget. Fjern »*« foran teksten, eller sæt teksten i anførselstegn.`,
  'yaml-alias-bombe': () =>
    'Filen bruger så mange henvisninger (»*«-aliaser), at den ville fylde for meget at læse. Skriv teksterne ud i stedet for at henvise til dem.',
  'yaml-ukendt-tag': (a: MessageArgs) => `Mærket ${quote(a.tag)} kendes ikke. Fjern det (tegnet »!« og ordet efter), eller sæt teksten i anførselstegn.`,
  'yaml-escape': () =>
    'En tekst i dobbelte anførselstegn indeholder en ugyldig »\\«-kode. Skriv »\\\\« for en omvendt skråstreg, eller brug enkelte anførselstegn.',
  // Mistakes made by hand (uncommenting, indenting, pasting), placed where they are
  'yaml-felt-indrykning': (a: MessageArgs) => `${quote(a.felt)} ${indentText(a.mellemrum)}, men ${levelText(a)}. ${indentAdvice(a, quote(a.felt))}`,
  'yaml-punkt-indrykning': (a: MessageArgs) =>
    `Punktet ${quote(a.felt)} ${indentText(a.mellemrum)}, men listens andre punkter ${indentText(a.forventet)}. ${indentAdvice(a, '»-«')}`,
  'yaml-punkt-fortsaetter-tekst': (a: MessageArgs) =>
    `${quote(a.punkt)} står længere inde end listens andre punkter og læses derfor som en fortsættelse af punktet ovenfor, ikke som et nyt punkt. ${indentAdvice(a, '»-«')}`,
  'yaml-tekst-ikke-rykket-ind': (a: MessageArgs) =>
    a.blok === 'ja'
      ? `Linjen hører til teksten i ${quote(a.felt)}, men er rykket mindre ind end tekstens første linje. Ryk den ${a.forventet} mellemrum ind som resten af teksten.`
      : a.blok === 'foerste'
        ? `Linjen ser ud til at være teksten i ${quote(a.felt)} (efter »|«), men den er ikke rykket ind under feltet, så teksten er tom. Ryk den og resten af teksten ${a.forventet} mellemrum ind.`
        : `Linjen fortsætter teksten i ${quote(a.felt)}, men står ikke længere inde end feltet. Ryk den mindst ${a.forventet} mellemrum ind, eller skriv teksten som en blok med »|« efter ${quote(`${a.felt}:`)}.`,
  'yaml-kolon-i-fortsat-tekst': (a: MessageArgs) =>
    `Kolonet i ${quote(a.tekst)} gør linjen til et nyt felt, men linjen fortsætter teksten i ${quote(a.felt)} fra linje ${a.linje}. Sæt hele teksten i anførselstegn, eller skriv den som en blok med »|« efter ${quote(`${a.felt}:`)}.`,
  'yaml-mellemrum-efter-kolon': (a: MessageArgs) =>
    `Der mangler et mellemrum efter kolonet. Skriv ${quote(`${a.felt}: ${a.vaerdi}`)} i stedet for ${quote(`${a.felt}:${a.vaerdi}`)}.`,
  'yaml-anfoerselstegn-lukkes-ikke': (a: MessageArgs) =>
    `Anførselstegnet ${quote(a.tegn)} her lukkes aldrig, så de næste linjer læses som en del af teksten. Tilføj ${quote(a.tegn)} sidst i teksten, eller fjern det.`,
  'yaml-tekst-efter-anfoerselstegn': (a: MessageArgs) =>
    `Teksten i ${quote(a.felt)} slutter ved det andet ${quote(a.tegn)}, så ${quote(a.rest)} efter det kan ikke læses. Sæt hele teksten i ${a.tegn === '"' ? 'enkelte' : 'dobbelte'} anførselstegn, eller fjern anførselstegnene.`,
  'yaml-kommentar-i-tekst': (a: MessageArgs) =>
    `Teksten i ${quote(a.felt)} stopper ved »#«: ${quote(a.kommentar)} er en kommentar i YAML og kommer ikke med. Sæt hele teksten i anførselstegn, hvis »#« hører til teksten.`,
  'yaml-direktiv': (a: MessageArgs) =>
    a.version
      ? `Linjen ${quote(a.linje)} beder om YAML ${a.version}, som værktøjet ikke læser (i ældre YAML læses fx datoer og ja/nej anderledes). Slet linjen; filen læses som YAML 1.2.`
      : `Linjen ${quote(a.linje)} er et YAML-direktiv, som en kvalitetsstandard ikke bruger. Slet linjen.`,
  'yaml-tag-ikke-understoettet': (a: MessageArgs) =>
    a.slags === 'binary'
      ? `Mærket ${quote(a.tag)} gør værdien til binære data, som en kvalitetsstandard ikke kan indeholde. Slet ${quote(a.tag)}, og skriv teksten som almindelig tekst.`
      : a.slags === 'timestamp'
        ? `Mærket ${quote(a.tag)} gør værdien til et tidspunkt, som værktøjet ikke læser. Slet ${quote(a.tag)}, og skriv datoen som ÅÅÅÅ-MM-DD, fx 2023-11-20.`
        : `Mærket ${quote(a.tag)} kan ikke bruges i en kvalitetsstandard. Slet det, og skriv værdien som almindelig tekst, tal eller liste.`,
  'vaerdi-er-kommentar': (a: MessageArgs) =>
    `${quote(a.felt)} er tom, fordi »#« begynder en kommentar i YAML, så ${quote(a.kommentar)} blev ikke læst som værdien. Sæt værdien i anførselstegn: ${quote(`${a.navn}: "${a.kommentar}"`)}.`,
  'yaml-syntaks': (a: MessageArgs) => `Filen er ikke gyldig YAML her (${a.detalje}). Tjek linjen og linjen før for indrykning, kolon og anførselstegn.`,

  // Against the schema
  'ikke-en-gruppe': () => 'Filen skal bestå af felter på formen »navn: værdi«, fx »kommune: Randers Kommune«, ikke af en liste eller en enkelt tekst.',
  'ukendt-felt': (a: MessageArgs) =>
    `Ukendt felt ${quote(a.felt)}.${suggestion(a)}${a.hoererTil ? ` Feltet findes under ${quote(a.hoererTil)}.` : ''}${
      a.forslag || a.hoererTil ? '' : ` Tilladte felter her: ${a.tilladte}.`
    }`,
  'felt-mangler': (a: MessageArgs) => `Feltet ${quote(a.felt)} mangler${a.i ? ` i ${quote(a.i)}` : ''}. Tilføj det.`,
  'forkert-type': (a: MessageArgs) => `${quote(a.felt)} skal være ${a.forventet}, men er ${a.faktisk}.${a.raad ? ` ${a.raad}` : ''}`,
  'ugyldig-dato': (a: MessageArgs) =>
    `${quote(a.vaerdi)} er ikke en gyldig dato. Skriv datoen som ÅÅÅÅ-MM-DD, fx 2023-11-20; nævner dokumentet kun måned eller år, så ÅÅÅÅ-MM eller ÅÅÅÅ.`,
  'ugyldig-url': (a: MessageArgs) => `${quote(a.vaerdi)} er ikke en gyldig webadresse. Skriv hele adressen med https:// foran, fx https://www.kommune.dk/side.`,
  'ugyldig-noegle': (a: MessageArgs) => `Nøglen ${quote(a.vaerdi)} må kun indeholde små bogstaver a-z, tal og bindestreger, fx »sel-paragraf-85a«.`,
  'ugyldig-farve': (a: MessageArgs) => `${quote(a.vaerdi)} er ikke en farvekode. Skriv »#« og seks hex-cifre, fx #004b87.`,
  'ugyldig-vaerdi': (a: MessageArgs) => `${quote(a.vaerdi)} er ikke en tilladt værdi for ${quote(a.felt)}.${suggestion(a)} Tilladt: ${a.tilladte}.`,
  'tal-for-lille': (a: MessageArgs) => `${quote(a.felt)} skal være mindst ${a.graense}, men er ${a.vaerdi}.`,
  'tal-for-stort': (a: MessageArgs) => `${quote(a.felt)} må højst være ${a.graense}, men er ${a.vaerdi}.`,
  'tom-tekst': (a: MessageArgs) => `${quote(a.felt)} må ikke være tom. Skriv en tekst, eller slet feltet.`,
  'dublet-i-liste': (a: MessageArgs) => `${quote(a.felt)} indeholder den samme værdi to gange (nr. ${a.nr1} og nr. ${a.nr2}). Slet den ene.`,
  'tom-liste': (a: MessageArgs) => `${quote(a.felt)} må ikke være en tom liste. Skriv mindst ét element, eller slet feltet.`,
  'ugyldig-raekkefoelge': (a: MessageArgs) =>
    `${quote(a.felt)} skal være et afsnitsnavn (fx visitation) eller en liste af afsnitsnavne (fx [behandlingsplan, opfoelgning]).`,
  'ukendt-afsnit-i-raekkefoelge': (a: MessageArgs) =>
    `Rækkefølgen nævner afsnittet ${quote(a.afsnit)}, som ikke findes i filen.${suggestion(a)} Brug et feltnavn (fx visitation) eller nøglen på et afsnit under oevrige_afsnit eller bilag.`,
  'afsnit-to-gange-i-raekkefoelge': (a: MessageArgs) => `Afsnittet ${quote(a.afsnit)} står to gange i rækkefølgen. Slet det ene sted.`,
  'forbeholdt-afsnitsnoegle': (a: MessageArgs) =>
    a.krav
      ? `Nøglen ${quote(a.noegle)} er forbeholdt kravets eget felt ${quote(a.noegle)} (${a.krav}), så et afsnit under oevrige_afsnit eller bilag kan ikke hedde det. Giv afsnittet en anden nøgle, fx ${quote(a.forslag)}. Skal teksten stå som kravets eget afsnit, så flyt den til feltet ${quote(a.noegle)}.`
      : `Nøglen ${quote(a.noegle)} er forbeholdt feltet ${quote(a.noegle)}, så et afsnit under oevrige_afsnit eller bilag kan ikke hedde det. Giv afsnittet en anden nøgle, fx ${quote(a.forslag)}. Skal teksten stå som dokumentets forord, så flyt den til feltet ${quote(a.noegle)}.`,
  'dobbelt-afsnitsnoegle': (a: MessageArgs) => `Nøglen ${quote(a.noegle)} bruges af to afsnit. Giv hvert afsnit under oevrige_afsnit og bilag sin egen nøgle.`,
  'ugyldigt-felt': (a: MessageArgs) => `${quote(a.felt)} har en ugyldig værdi (${a.detalje}).`,

  // Compliance findings (what the check says per requirement)
  'krav-opfyldt': (a: MessageArgs) => `Beskrevet i ${quote(a.afsnit)}.`,
  'afsnit-mangler': (a: MessageArgs) =>
    `Afsnittet ${quote(a.titel)} mangler. Tilføj feltet ${quote(a.felt)}${a.efter ? ` efter ${quote(a.efter)}` : ''}. ${a.vejledning}`,
  'afsnit-udkommenteret': (a: MessageArgs) =>
    `Afsnittet ${quote(a.titel)} står i filen, men er kommenteret ud (linje ${a.fra}-${a.til}). Fjern »# « foran linjerne, og skriv kommunens egen tekst. ${a.vejledning}`,
  'afsnit-uden-tekst': (a: MessageArgs) => `Afsnittet ${quote(a.felt)} har ingen tekst. Skriv den under »tekst:«. ${a.vejledning}`,
  'aspekt-mangler': (a: MessageArgs) => `Standarden beskriver ikke ${a.aspekt}. ${a.raad}`,
  'krav-fundet': (a: MessageArgs) =>
    `Fundet i ${a.antal === 1 ? 'afsnittet' : 'afsnittene'} ${a.afsnit} af tjekket; bekræft det. Er det rigtigt, så skriv »daekker: ['${a.id}']« i ${a.antal === 1 ? 'det afsnit' : 'de afsnit'}, så valget står i filen, eller flyt teksten til kravets eget felt.`,
  'kun-lovtekst': (a: MessageArgs) =>
    `Standarden gengiver lovens tekst om ${a.aspekt} (${quote(a.saetning)}), men beskriver ikke, hvordan kommunen gør det. Skriv med kommunens egne ord, hvad borgeren kan forvente.`,
  'aspekt-kun-naevnt': (a: MessageArgs) => `Standarden nævner kun ${a.aspekt} i forbifarten (${quote(a.saetning)}) uden at beskrive det. ${a.raad}`,
  'afsnit-uden-svar': (a: MessageArgs) =>
    `Afsnittet ${quote(a.afsnit)} ${hollowWords[a.art as keyof typeof hollowWords] ?? hollowWords['om-dokumentet']} (${quote(a.saetning)}); det beskriver ikke, hvad kommunen gør. ${a.vejledning}`,
  'kun-henvisning': (a: MessageArgs) =>
    `Om ${a.aspekt} henviser standarden kun til et andet sted (${quote(a.saetning)}). Skriv oplysningerne i standarden selv, så borgeren kan læse dem her.`,
  'ikke-om-omraadet': (a: MessageArgs) => `Dokumentet handler ikke om social behandling for stofmisbrug, så intet i det besvarer kravet. ${a.vejledning}`,
  'garanti-frist-for-lang': (a: MessageArgs) =>
    `Behandlingsgarantien lover behandling inden for ${a.dage} dage, men loven kræver højst 14 dage (SEL § 101, stk. 4). Ret fristen i ${quote(a.felt)} og i teksten.`,
  'garanti-frist-mangler': (a: MessageArgs) =>
    `Afsnittet om behandlingsgaranti angiver ikke fristen. Skriv antallet af dage i ${quote(a.felt)} (højst 14), og nævn det i teksten.`,
  'gavekort-kun-lovtekst': (a: MessageArgs) =>
    `${a.eget ? `Afsnittet ${quote(a.afsnit)} gengiver kun lovens tekst om gavekort.` : `Standarden gengiver kun lovens tekst om gavekort (i ${quote(a.afsnit)}).`} Skriv kommunens egne retningslinjer: hvornår gavekort bruges, til hvem, værdien, og hvordan det aftales.`,
  'opfoelgning-maaneder': (a: MessageArgs) =>
    `${a.fundet ? `Der følges op efter ${a.fundet} måneder` : 'Der står ikke, hvornår der følges op'}, men loven kræver opfølgning senest 1 måned og igen 6 måneder efter afsluttet behandling. Skriv det i teksten, og angiv ${quote(a.felt)}: [1, 6].`,
  'opfoelgning-statusser': (a: MessageArgs) =>
    `Opfølgningen skal omfatte alle, der er udskrevet som »færdigbehandlet«, til »andet tilbud«, til »hospital« eller med »anden årsag«; ${a.mangler} er ikke nævnt. Tilføj ${a.antal === 1 ? 'den' : 'dem'} i teksten og i ${quote(a.felt)}.`,
  'maaltal-ingen': (a: MessageArgs) =>
    `Der er ingen måltal med et tal i procent. Opstil under ${quote(a.felt)} måltal for andelen, der er stoffri, andelen, der har reduceret misbruget, og andelen, der vender tilbage til behandling inden for 12 måneder.`,
  'maaltal-samlet': () =>
    'Der er kun ét samlet måltal for »stoffri eller reduceret misbrug«; loven kræver et måltal for andelen, der er stoffri, og et for andelen, der har reduceret misbruget.',
  'maaltal-indikator-mangler': (a: MessageArgs) => `Der mangler et måltal for ${a.indikator}.`,
  'maaltal-uden-tal': (a: MessageArgs) =>
    `${a.antal === 1 ? 'Et måltal har' : `${a.antal} måltal har`} intet tal i »procent«; et mål uden tal er ikke et måltal.`,
  'doegntilbud-ingen': (a: MessageArgs) =>
    `Der er ikke beskrevet nogen konkrete døgnbehandlingstilbud. Tilføj hvert tilbud, kommunen bruger, under ${quote(a.felt)} med behandlingsform, målgruppe, kerneydelser, personaleforhold, fysiske forhold og pris.`,
  'doegntilbud-felter': (a: MessageArgs) => `For ${quote(a.tilbud)} mangler ${a.felter}.`,
  'revision-ingen-dato': () =>
    'Der er hverken en godkendelsesdato eller en revisionsdato, så det kan ikke vurderes, om standarden er revideret inden for 2 år. Udfyld »godkendelse« (organ og dato) eller »revision.senest_revideret«.',
  'revision-for-gammel': (a: MessageArgs) =>
    `Standarden er senest godkendt eller revideret ${a.dato}${a.kunDelvis ? ' (dokumentet nævner ikke dagen; regnet fra den sidste dag, datoen kan betyde)' : ''}${fromTextWords(a)}, mere end 2 år før ${a.vurderingsdato}. Den skulle være revideret senest ${a.frist}. Revidér den, og skriv datoen i »revision.senest_revideret«.`,
  'revision-ok': (a: MessageArgs) => `Senest godkendt eller revideret ${a.dato}${fromTextWords(a)}; næste revision skal ske senest ${a.frist}.`,
  'revision-naeste-for-sen': (a: MessageArgs) =>
    `Den næste revision er planlagt ${a.naeste}, men skal ske senest ${a.frist} (2 år efter ${a.dato}). Ret »revision.naeste_revision«.`,

  // #11: writing that looks like structure but is not
  'fed-som-overskrift': (a: MessageArgs) =>
    a.fortsaetter
      ? `${quote(a.tekst)} står i fed skrift på sin egen linje, men teksten på linjen under kommer med på samme linje, når standarden udgives, og den er ingen overskrift i PDF'ens bogmærker eller for skærmlæsere. Skriv den som en overskrift: ${quote(a.overskrift)}.`
      : `${quote(a.tekst)} står alene i fed skrift og ligner en overskrift, men er ikke en: den kommer ikke med i PDF'ens bogmærker, og skærmlæsere kan ikke springe til den. Skriv den som en overskrift: ${quote(a.overskrift)}.`,

  // Issue 17: the forvaltning's own assessments (`vurderinger`)
  'vurdering-uden-begrundelse': (a: MessageArgs) =>
    `Vurderingen${a.krav ? ` af ${quote(a.krav)}` : ''} har ingen begrundelse. Skriv under »begrundelse:«, hvorfor forvaltningen vurderer sådan: hvad i standarden besvarer kravet, eller hvad der mangler. Begrundelsen vises for byrådet.`,
  'vurdering-uden-af': (a: MessageArgs) =>
    `Vurderingen${a.krav ? ` af ${quote(a.krav)}` : ''} siger ikke, hvem der har vurderet. Skriv navn og afdeling under »af:«.`,
  'ugyldig-vurderingsdato': (a: MessageArgs) => `${quote(a.vaerdi)} er ikke en gyldig dato for vurderingen. Skriv dagen som ÅÅÅÅ-MM-DD, fx 2026-11-20.`,
  'ugyldigt-grundlag': (a: MessageArgs) =>
    `${quote(a.vaerdi)} er ikke et grundlag, som værktøjet har skrevet (»v1-« og 16 tegn 0-9 og a-f). Slet feltet, og registrér vurderingen igen med »Registrér forvaltningens vurdering« i editoren, eller kopiér grundlaget fra »check«.`,
  'vurdering-forvaltning': (a: MessageArgs) => `Forvaltningens vurdering: ${a.status} – ${a.begrundelse} (${a.af}, ${a.dato}).`,
  'vurdering-vaerktoej': (a: MessageArgs) => `Værktøjet fandt: ${a.status} – ${a.tekst}`,
  'vurdering-grundlag-aendret': (a: MessageArgs) =>
    `Skal genvurderes: teksten i ${a.afsnit} er ændret efter vurderingen den ${a.dato}. Læs ${a.antal === 1 ? 'afsnittet' : 'afsnittene'} igen. Står vurderingen ved magt, så skriv »grundlag: ${a.grundlag}« og dagens dato i vurderingen (linje ${a.linje}); ellers ret status og begrundelse.`,
  'vurdering-grundlag-mangler': (a: MessageArgs) =>
    `Skal genvurderes: vurderingen har intet grundlag, så det kan ikke ses, om teksten i ${a.afsnit} er ændret siden ${a.dato}. Læs ${a.antal === 1 ? 'afsnittet' : 'afsnittene'} igen, og skriv »grundlag: ${a.grundlag}« i vurderingen (linje ${a.linje}).`,
  'vurdering-dobbelt': (a: MessageArgs) =>
    `Kravet ${quote(a.krav)} er vurderet to gange (vurdering nr. ${a.nr1} og nr. ${a.nr2}). Slet den ene, eller skriv begrundelserne sammen i én vurdering.`,

  // Building the output
  'logo-findes-ikke': (a: MessageArgs) =>
    `Logoet ${quote(a.logo)} (praesentation.logo) findes ikke eller er ikke SVG, PNG eller JPEG. Ret stien; den regnes fra YAML-filens mappe.`,
  'out-mappe-fejl': (a: MessageArgs) => `Mappen ${quote(a.mappe)} kan ikke oprettes eller skrives i (${a.detalje}). Vælg en anden med --out, fx --out out.`,
  'chromium-mangler': (a: MessageArgs) =>
    `Chromium kunne ikke startes, så der er ikke lavet PDF'er (HTML er bygget). Installér det med »apt-get install chromium«, eller sæt PUPPETEER_EXECUTABLE_PATH til en Chrome eller Chromium. (${a.detalje})`,
  'pdf-fejlede': (a: MessageArgs) => `PDF'en ${quote(a.fil)} kunne ikke laves: ${a.detalje}. Den forrige udgave er bevaret.`,
  'skrivning-fejlede': (a: MessageArgs) => `${quote(a.fil)} kunne ikke skrives: ${a.detalje}. Den forrige udgave er bevaret.`,

  'build-ugyldig': (a: MessageArgs) => `${a.kommune}: filen er ugyldig og er ikke bygget; den forrige udgave i ${a.mappe} er bevaret. Ret fejlene herunder.`,
  'build-kommune': (a: MessageArgs) => `${a.kommune}: ${a.filer} på ${a.tid}`,
  'build-uaendret': (a: MessageArgs) => `${a.kommune}: uændret siden sidste build`,
  'build-opsummering': (a: MessageArgs) =>
    `Bygget ${a.bygget} af ${a.i_alt} kommuner til ${a.mappe} på ${a.tid}${a.uaendret ? ` (${a.uaendret} uændrede)` : ''}${a.fejl ? `; ${a.fejl} fejlede` : ''}. Oversigten: ${a.oversigt}`,

  // A new municipality
  'ny-mangler-navn': () => 'Skriv kommunens navn, fx »kvalitetsstandard ny Ærø«.',
  'ny-ugyldigt-navn': (a: MessageArgs) => `Der kan ikke laves et filnavn af ${quote(a.navn)}. Brug kommunens navn med bogstaver.`,
  'ny-findes': (a: MessageArgs) => `${quote(a.fil)} findes allerede og er ikke ændret. Vælg et andet navn, eller slet filen selv, hvis du vil starte forfra.`,
  'ny-oprettet': (a: MessageArgs) =>
    `Oprettede ${a.fil} for ${a.kommune}. Åbn filen, udfyld afsnittene, og kør »npx kvalitetsstandard check ${a.navn}« for at se, hvad der mangler.`,

  // The preview
  'preview-mangler-kommune': () => 'Angiv én kommune, fx »kvalitetsstandard preview randers«.',
  'fil-findes-ikke-argument': (a: MessageArgs) =>
    `${quote(a.fil)} findes ikke.${suggestion(a)} Angiv en kommune i municipalities/ (fx randers) eller stien til en .yml-fil.`,
  'ugyldig-port': (a: MessageArgs) => `${quote(a.vaerdi)} er ikke et portnummer. Brug et helt tal fra 0 til 65535 (0 vælger en ledig port), fx --port 8080.`,
  'port-optaget': (a: MessageArgs) => `Port ${a.port} er allerede i brug. Vælg en anden med --port, fx --port 8081.`,
  'preview-klar': (a: MessageArgs) => `Forhåndsvisning af ${a.kommune}: ${a.url}  (siden opdaterer sig selv, når du gemmer; stop med Ctrl+C)`,
  'preview-stoppet': () => 'Forhåndsvisningen er stoppet.',

  // What changed
  'diff-mangler-kommune': () => 'Angiv én kommune, fx »kvalitetsstandard diff randers --fra HEAD~1«.',
  'diff-mangler-fra': () => 'Angiv, hvad der skal sammenlignes med: --fra og en git-version (fx HEAD~1 eller et tag) eller en fil med den godkendte udgave.',
  'diff-fra-ukendt': (a: MessageArgs) =>
    `${quote(a.fra)} er hverken en fil eller en git-version, hvor ${quote(a.fil)} findes. Brug fx --fra HEAD~1, et tag eller stien til den godkendte udgave.`,
  'diff-ugyldig': (a: MessageArgs) => `${quote(a.fil)} er ikke gyldig og kan ikke sammenlignes. Ret fejlene herunder.`,
  'diff-skrevet': (a: MessageArgs) => `Skrevet til dagsordenen: ${a.filer}`,

  // #13: the editor (language server): quick fixes, completion and compliance findings as you type
  'lsp-ret-til': (a: MessageArgs) => `Ret til ${quote(a.forslag)}`,
  'lsp-dato': (a: MessageArgs) => `Skriv datoen som ${a.dato}`,
  'lsp-citer-tekst': () => 'Sæt teksten i anførselstegn',
  'lsp-blok-tekst': () => 'Skriv teksten som en blok med »|«',
  'lsp-tabulator': () => 'Erstat tabulatoren med mellemrum',
  'lsp-fjern-kommentar': (a: MessageArgs) => `Fjern »# « foran afsnittet ${quote(a.titel)} (linje ${a.fra}-${a.til})`,
  'lsp-indrykning': (a: MessageArgs) => indentAdvice(a, String(a.hvad)).replace(/\.$/, ''),
  'lsp-mellemrum-efter-kolon': () => 'Indsæt et mellemrum efter kolonet',
  'lsp-luk-anfoerselstegn': (a: MessageArgs) => `Tilføj det afsluttende ${quote(a.tegn)} sidst på linjen`,
  'lsp-tilfoej-afsnit': (a: MessageArgs) => `Tilføj afsnittet ${quote(a.titel)} (${a.lovhenvisning})`,
  'lsp-krav': (a: MessageArgs) => `${a.id} ${a.titel}: ${a.status}. ${a.tekst} (${a.lovhenvisning})`,
  'lsp-afsnit-indsaettes': (a: MessageArgs) => `Indsætter hele afsnittet: overskrift, tekst${a.felter ? ` og felterne ${a.felter}` : ''}.`,
  'lsp-felt-indsaettes': () => 'Indsætter feltet med dets underfelter.',
  'lsp-grundlag': (a: MessageArgs) => `Vurderingen bygger på afsnittet ${quote(a.afsnit)}.`,
  'lsp-registrer-vurdering': (a: MessageArgs) => `Registrér forvaltningens vurdering af ${a.id} ${a.titel}`,
  'lsp-vurdering-genlaest': (a: MessageArgs) => `Afsnittene er læst igen: vurderingen af ${a.id} ${a.titel} står ved magt (nyt grundlag og dagens dato)`,
  'lsp-i-terminal': () =>
    'Sprogserveren venter på en editor, der taler LSP over standard ind og ud; det er editoren, der starter den (se »Sådan redigerer du« i README). Stop med Ctrl+C.',
  'lsp-afsnit-i-filen': (a: MessageArgs) => `Afsnit i filen${a.overskrift ? `: ${quote(a.overskrift)}` : ''}`,
  'lsp-vejledning-kommentar': (a: MessageArgs) => `# ${a.vejledning}`,
  'lsp-eksempel-kommentar': (a: MessageArgs) => `# ${a.titel}, fx:`,
  // The server's edge (src/lsp/transport.ts): what an editor's log shows when a client misbehaves.
  'lsp-header-for-lang': (a: MessageArgs) =>
    `Forbindelsen til editoren er lukket: en besked havde en header på over ${a.max} bytes uden afslutning. Det er ikke en editor, der taler LSP; start sprogserveren fra editoren.`,
  'lsp-header-ugyldig': () =>
    'Forbindelsen til editoren er lukket: en besked havde ingen gyldig »Content-Length« i sin header. Det er ikke en editor, der taler LSP; start sprogserveren fra editoren.',
  'lsp-besked-for-stor': (a: MessageArgs) =>
    `Forbindelsen til editoren er lukket: en besked på ${a.bytes} bytes er større end de ${a.max} bytes, sprogserveren tager imod. Filer over 2 MB kan ikke tjekkes; del filen op.`,
  'lsp-besked-ugyldig': () => 'Forbindelsen til editoren er lukket: en besked var ikke en JSON-RPC 2.0-besked. Start sprogserveren fra editoren.',
  'lsp-ikke-startet': (a: MessageArgs) => `Sprogserveren er ikke startet endnu: send »initialize« før ${quote(a.metode)}.`,
  'lsp-allerede-startet': () => 'Sprogserveren er allerede startet: »initialize« kan kun sendes én gang.',
  'lsp-efter-shutdown': (a: MessageArgs) => `Sprogserveren er ved at lukke (»shutdown« er modtaget) og svarer ikke på ${quote(a.metode)}; send »exit«.`,
  'lsp-ugyldig-position': () => 'Positionen er ugyldig: linje og tegn skal være hele tal fra 0 og opefter.',

  // #13: what the schema tells Red Hat's YAML extension (errorMessage, patternErrorMessage); an
  // editor shows these without the offending value, so they name the field and the fix.
  'skema-rod': (a: MessageArgs) =>
    `Ukendt felt, eller et påkrævet felt (${a.paakraevet}) mangler. Tjek stavningen: feltnavne skrives uden æ, ø og å (fx maalgruppe, ikke målgruppe), og underfelter rykkes ind under deres afsnit. Tryk Ctrl+Mellemrum for at se felterne.`,
  'skema-gruppe': (a: MessageArgs) =>
    `${quote(a.titel)} skal være en gruppe af felter rykket ind under sig${a.paakraevet ? ` og skal have ${a.paakraevet}` : ''}. Tilladte felter her: ${a.felter}. Tjek stavningen og indrykningen.`,
  'skema-tekst': (a: MessageArgs) =>
    `${quote(a.titel)} skal være en tekst. En tekst over flere linjer skrives som en blok: »|« efter kolonet og teksten rykket ind på linjerne under. En tekst på én linje med »: « i skal i anførselstegn.`,
  'skema-dato': (a: MessageArgs) =>
    `${quote(a.titel)} skal være en dato skrevet som ÅÅÅÅ-MM-DD, fx 2023-11-20 (eller ÅÅÅÅ-MM eller ÅÅÅÅ, hvis dokumentet kun nævner måned eller år).`,
  'skema-url': () => 'Skriv hele webadressen med https:// foran, fx https://www.kommune.dk/side.',
  'skema-noegle': () => 'Nøglen må kun indeholde små bogstaver a-z, tal og bindestreger, fx »sel-paragraf-85a«.',
  'skema-farve': () => 'Skriv farven som »#« og seks hex-cifre, fx #004b87.',
  'skema-tal': (a: MessageArgs) => `${quote(a.titel)} skal være et tal${a.eksempel !== undefined ? `, fx ${a.eksempel}` : ''}. Skriv kun tallet.`,
  'skema-sandt-falsk': (a: MessageArgs) => `${quote(a.titel)} skal være true eller false.`,
  'skema-liste': (a: MessageArgs) => `${quote(a.titel)} skal være en liste: skriv hvert element på sin egen linje med »- « foran.`,
  'skema-vaerdi': (a: MessageArgs) => `${quote(a.titel)} skal være en af disse værdier: ${a.tilladte}.`,
  'skema-vurderingsdato': (a: MessageArgs) => `${quote(a.titel)} skal være dagen for vurderingen skrevet som ÅÅÅÅ-MM-DD, fx 2026-11-20.`,
  'skema-begrundelse': () => 'Skriv begrundelsen: hvad i standarden besvarer kravet, eller hvad der mangler. Den vises for byrådet.',
  'skema-vurderet-af': () => 'Skriv, hvem der har vurderet, fx navn og afdeling.',
  'skema-grundlag': () => 'Grundlaget skrives af editorens »Registrér forvaltningens vurdering« eller kopieres fra »check« (»v1-« og 16 tegn 0-9 og a-f).',
  'skema-raekkefoelge': () => 'Skriv et afsnitsnavn (fx visitation) eller en liste af afsnitsnavne (fx [behandlingsplan, opfoelgning]).',

  // #14: importing a Word document (`importer`)
  'import-mangler-fil': () => 'Angiv Word-dokumentet, fx »kvalitetsstandard importer kvalitetsstandard.docx«.',
  'import-findes-ikke': (a: MessageArgs) => `${quote(a.fil)} findes ikke. Tjek stavningen af filnavnet og den mappe, du står i.`,
  'import-er-mappe': () => 'Det er en mappe, ikke en fil. Angiv Word-dokumentet (.docx).',
  'import-kan-ikke-laeses': (a: MessageArgs) => `Dokumentet kan ikke læses (${a.aarsag}). Tjek, at du har adgang til det.`,
  'import-tom-fil': () => 'Filen er tom (0 byte). Gem dokumentet igen fra Word, og prøv igen.',
  'import-for-stor': (a: MessageArgs) =>
    `Dokumentet er for stort (${a.stoerrelse}); grænsen er ${a.graense}. Er der mange billeder i det, så gem en kopi uden billeder, og importér den.`,
  'import-zip-bombe': () =>
    'Dokumentet fylder urimeligt meget, når det pakkes ud, og er ikke læst. Det er ikke et almindeligt Word-dokument; gem det igen fra Word som .docx.',
  'import-ikke-docx': () => 'Filen er ikke et Word-dokument (.docx). Åbn dokumentet i Word, og vælg »Gem som« → »Word-dokument (*.docx)«.',
  'import-pdf': () => 'Filen er en PDF, ikke et Word-dokument. Importér den oprindelige .docx-fil; har I kun PDF’en, så åbn den i Word, og gem den som .docx.',
  'import-gammelt-word': () => 'Dokumentet er i det gamle Word-format (.doc). Åbn det i Word, og vælg »Gem som« → »Word-dokument (*.docx)«.',
  'import-krypteret': () =>
    'Dokumentet er beskyttet med adgangskode og kan ikke læses. Fjern adgangskoden i Word (Filer → Oplysninger → Beskyt dokument → Krypter med adgangskode, slet koden), gem, og prøv igen.',
  'import-beskadiget': () =>
    'Dokumentet er beskadiget og kan ikke læses. Åbn det i Word (Word tilbyder at reparere det), gem det igen som .docx, og prøv igen.',
  'import-ikke-word': () =>
    'Filen er et zip-arkiv, men ikke et Word-dokument (der er ingen dokumenttekst i den). Er det et regneark eller et andet format, så gem teksten som .docx fra Word.',
  'import-for-indviklet': () =>
    'Dokumentet er bygget så dybt (lister eller tabeller inden i hinanden tusindvis af gange), at det ikke kan læses. Gem teksten i et nyt, almindeligt Word-dokument, og prøv igen.',
  'import-tomt-dokument': () => 'Dokumentet indeholder ingen tekst. Tjek, at det er det rigtige dokument.',
  'import-ingen-kommune': () => 'Kommunens navn står ikke i dokumentet (fx »Randers Kommune«). Angiv det med --kommune, fx »--kommune Randers«.',
  'import-findes': (a: MessageArgs) =>
    `${quote(a.fil)} findes allerede og er ikke ændret. Importér til en kladde uden for municipalities/, fx »--ud ${a.forslag}«, sammenlign den med den eksisterende fil, og flyt det, du vil beholde, over i den. Eller slet filen selv, hvis du vil importere forfra.`,
  'import-advarsel-kommune-findes': (a: MessageArgs) =>
    `Advarsel: ${quote(a.anden)} handler også om ${a.kommune}. Alle filer i municipalities/ bygges, så nu står kommunen to gange i oversigten. Sammenlign de to filer, og flyt den ene ud af municipalities/ (eller slet den), før du bygger.`,
  'import-ugyldigt-navn': (a: MessageArgs) => `Der kan ikke laves et filnavn af ${quote(a.navn)}. Angiv kommunens navn med --kommune eller en fil med --ud.`,
  'import-ud-mappe-findes-ikke': (a: MessageArgs) => `Mappen ${quote(a.mappe)} findes ikke. Opret den, eller vælg en anden fil med --ud.`,
  'import-kan-ikke-skrive': (a: MessageArgs) =>
    `${quote(a.fil)} kan ikke skrives (${a.aarsag}). Tjek, at du må skrive i mappen, og at der er plads, eller vælg en anden fil med --ud.`,
  'import-ugyldig-yaml': (a: MessageArgs) =>
    `Den importerede fil blev ikke gyldig (${a.detalje}), og der er ikke skrevet noget. Det er en fejl i værktøjet: meld den til udviklerne med dokumentet.`,
  'import-skrevet': (a: MessageArgs) =>
    `Skrevet: ${a.fil}. Åbn filen, læs punkterne under »Bør ses af en person«, og kør »npx kvalitetsstandard check ${a.navn}«.`,
  // The import report
  'import-rapport-titel': (a: MessageArgs) => `Import af ${a.fil}`,
  'import-rapport-genkendt': () => 'Genkendt i dokumentet:',
  'import-rapport-ikke-fundet': () => 'Ikke fundet i dokumentet (udeladt; tilføj selv, hvis det findes):',
  'import-rapport-afsnit': () => 'Afsnittene, i dokumentets rækkefølge:',
  'import-rapport-felter': () => 'Faste felter læst ud af teksten:',
  'import-rapport-spoergsmaal': () => 'Bør ses af en person:',
  'import-rapport-check': () => 'Compliance-tjek af den importerede fil:',
  'import-rapport-intet': () => '(intet)',
  'import-meta-kommune': (a: MessageArgs) => `kommune: ${a.vaerdi}${a.angivet ? ' (angivet med --kommune)' : ` (nævnt oftest, fx i ${quote(a.kilde)})`}`,
  'import-meta-titel': (a: MessageArgs) => `titel: ${a.vaerdi}`,
  'import-meta-titel-gaet': (a: MessageArgs) => `titel: ${a.vaerdi} (ingen titel i dokumentet; filnavnet er brugt)`,
  'import-meta-undertitel': (a: MessageArgs) => `undertitel: ${a.vaerdi}`,
  'import-meta-godkendelse': (a: MessageArgs) => `godkendelse: ${a.organ}, ${a.dato} (fra ${quote(a.kilde)})`,
  'import-meta-lovgrundlag': (a: MessageArgs) => `lovgrundlag: ${a.vaerdi}`,
  'import-meta-revision': (a: MessageArgs) => `revision.${a.felt}: ${a.dato} (fra ${quote(a.kilde)})`,
  'import-meta-nummerering': () => 'kapitelnumre i overskrifterne: fjernet fra overskrifterne, praesentation.nummerering: true',
  'import-meta-indhold': (a: MessageArgs) => `indholdsfortegnelse: ${a.antal} linjer udeladt (overskrifterne står i filen)`,
  'import-meta-billeder': (a: MessageArgs) => `billeder: ${a.antal} udeladt (en kommentar i filen siger, hvor og hvad)`,
  'import-meta-diagrammer': (a: MessageArgs) => `diagrammer og grafer: ${a.antal} udeladt (en kommentar i filen siger, hvor og hvad)`,
  'import-meta-tabelraekker': (a: MessageArgs) => `tabeller med to kolonner (overskrift | tekst): ${a.antal} rækker læst som underoverskrifter`,
  'import-mangler-godkendelse': () => 'godkendelse (hvem der har godkendt standarden og hvornår)',
  'import-mangler-lovgrundlag': () => 'lovgrundlag på forsiden',
  'import-mangler-revision': () => 'revisionsdatoer (senest revideret, næste revision)',
  'import-mangler-undertitel': () => 'undertitel',
  'import-placering-overskrift-er-krav': (a: MessageArgs) => `→ ${a.felt} (${a.krav} ${a.titel}): overskriften nævner kravet`,
  'import-placering-underoverskrift-er-krav': (a: MessageArgs) =>
    `→ ${a.felt} (${a.krav} ${a.titel}): underoverskriften nævner kravet (løftet ud som eget afsnit i samme kapitel)`,
  'import-placering-overskrift-nævner-flere': (a: MessageArgs) => `→ oevrige_afsnit »${a.noegle}«: overskriften nævner flere krav (${a.navngivne})`,
  'import-placering-krav-allerede-besat': (a: MessageArgs) =>
    `→ oevrige_afsnit »${a.noegle}«: overskriften nævner ${a.navngivne}, men ${quote(a.andet)} er kravets afsnit`,
  'import-placering-ingen-krav-i-overskrift': (a: MessageArgs) => `→ oevrige_afsnit »${a.noegle}«: overskriften nævner ikke et krav`,
  'import-placering-tal-i-teksten': (a: MessageArgs) => `→ ${a.felt} (${a.krav} ${a.titel}): teksten angiver kravets faste oplysninger (se nedenfor)`,
  'import-placering-forord': () => '→ forord',
  'import-placering-forside': () => '→ forord: teksten før den første overskrift',
  'import-placering-bilag': (a: MessageArgs) => `→ bilag »${a.noegle}«`,
  'import-placering-diagrammer': (a: MessageArgs) => `   ${a.antal} diagram(mer) eller graf(er) udeladt`,
  'import-placering-daekker': (a: MessageArgs) => `   dækker også: ${a.krav}`,
  'import-placering-billeder': (a: MessageArgs) => `   ${a.antal} billede(r) udeladt`,
  'import-felt-tilbud': (a: MessageArgs) => `${a.felt}: ${a.antal} tilbud (${a.navne})  ← tabellen ${quote(a.kilde)}`,
  'import-felt': (a: MessageArgs) => `${a.felt}: ${a.vaerdi}  ← ${quote(a.kilde)}`,
  'import-spoerg-uklar-frist': (a: MessageArgs) => `${a.felt} er ikke udfyldt: teksten nævner flere forskellige tal. Skriv det rigtige selv. ${a.saetninger}`,
  'import-spoerg-billede': (a: MessageArgs) =>
    `Et billede i ${quote(a.overskrift)} er udeladt: ${a.beskrivelse}. Står der tekst i billedet (fx et organisationsdiagram), så skriv den ind.`,
  'import-spoerg-diagram': (a: MessageArgs) =>
    `Et diagram eller en graf i ${quote(a.overskrift)} er udeladt: ${a.beskrivelse}. Beskriv med ord, hvad det viser (fx organisationen), hvis det er vigtigt.`,
  'import-spoerg-titel': (a: MessageArgs) => `Dokumentet har ingen titel; ${quote(a.titel)} er brugt. Ret feltet titel.`,
  'import-spoerg-flere-krav': (a: MessageArgs) =>
    `${quote(a.overskrift)} nævner flere krav (${a.krav}). Flyt teksten til de rigtige felter, hvis den besvarer dem.`,
  'import-spoerg-krav-besat': (a: MessageArgs) =>
    `${quote(a.overskrift)} nævner ${a.krav}, men ${quote(a.andet)} er kravets afsnit. Tjek, om teksterne hører sammen.`,
  'import-spoerg-fed-overskrift': (a: MessageArgs) =>
    `Dokumentet bruger ikke Words overskriftstyper; ${a.antal} linjer med fed skrift er læst som overskrifter. Tjek, at det er de rigtige.`,
  'import-spoerg-data-uden-afsnit': (a: MessageArgs) =>
    `Feltet ${a.felt} er oprettet med tallene fra ${quote(a.overskrift)}, men uden tekst. Tjek tallene, og flyt evt. teksten.`,
  'import-spoerg-andet-emne': () =>
    'Ingen overskrift nævner et krav i bekendtgørelsen, og ingen tekst besvarer et. Er det den rigtige fil? En kvalitetsstandard for social behandling for stofmisbrug (serviceloven § 101) beskriver fx målgruppe, visitation og behandlingsgaranti.',
  'import-spoerg-kun-aarstal': (a: MessageArgs) =>
    `Forsiden dateres kun med årstallet ${a.aar} (${quote(a.kilde)}), og det er skrevet som revision.senest_revideret. Skriv den præcise dato for godkendelsen eller revisionen, hvis den kendes.`,
  'import-spoerg-delvis-dato': (a: MessageArgs) =>
    `${a.felt} er skrevet som ${a.vaerdi} (${a.praecision}), fordi dokumentet ikke nævner dagen (${quote(a.kilde)}). Tjekket regner med periodens sidste dag; skriv den præcise dato, hvis den kendes.`,
  'import-spoerg-kommune-valgt': (a: MessageArgs) =>
    `Dokumentet nævner flere kommuner (også ${a.andre}); ${a.vaerdi} er valgt, fordi den nævnes oftest. Er det forkert, så importér igen med --kommune.`,
  'import-spoerg-faste-felter': (a: MessageArgs) =>
    a.antal === 1
      ? `Feltet ${a.felter} er læst ud af en sætning i teksten (se »Faste felter læst ud af teksten« ovenfor). Tjek det mod sætningen.`
      : `Felterne ${a.felter} er læst ud af sætninger i teksten (se »Faste felter læst ud af teksten« ovenfor). Tjek hvert felt mod sin sætning.`,
  'import-spoerg-doegntilbud': (a: MessageArgs) =>
    `En tabel med ${a.antal} døgntilbud under ${quote(a.overskrift)} er læst ind i doegnbehandling.tilbud: ${a.kolonner}.${a.ikke ? ` Ikke genkendt, og derfor skrevet i hvert tilbuds tekst under sin overskrift: ${a.ikke}.` : ''}${a.mangler ? ` Tabellen siger intet om ${a.mangler}, som bekendtgørelsen (§ 5, stk. 2) kræver for hvert tilbud; skriv det selv.` : ''} Tjek, at kolonnerne er læst rigtigt.`,
  'import-spoerg-titel-valgt': (a: MessageArgs) =>
    `titel er sat til ${quote(a.vaerdi)} fra forsiden${a.egenskab ? `, selv om filens titelegenskab (Filer → Oplysninger) siger ${quote(a.egenskab)}` : ', som ikke bruger Words typografi »Titel«'}. Ret feltet, hvis det er forkert.`,
  'import-spoerg-daekker': (a: MessageArgs) =>
    `daekker er sat ud fra tjekkets søgning i teksten: ${a.afsnit}. Tjek, at afsnittene virkelig besvarer de krav, og ret daekker, hvis ikke.`,
  'import-spoerg-foelge': (a: MessageArgs) =>
    `${a.krav} ${a.titel} er »${a.status}« i tjekket nedenfor, og vurderingen bygger på ${a.felt}, som importen har fortolket (se ovenfor). Ret feltet, hvis det er fortolket forkert, og kør check igen.`,
  // YAML comments written into the imported file
  'import-kommentar-hoved': (a: MessageArgs) =>
    `Importeret fra ${a.fil} med »kvalitetsstandard importer«. Læs importrapporten, og ret det, der er markeret med »TJEK«.`,
  'import-kommentar-kilde': (a: MessageArgs) => `Fra dokumentet: »${a.tekst}«`,
  'import-kommentar-sidefod': (a: MessageArgs) => `Fra sidehovedet eller sidefoden: »${a.tekst}«`,
  'import-kommentar-tabel': (a: MessageArgs) => `Læst ud af tabellen med kolonnerne »${a.tekst}«. Tjek hvert tilbud.`,
  'import-kommentar-saetning': (a: MessageArgs) => `Læst ud af sætningen: »${a.tekst}«`,
  'import-kommentar-billede': (a: MessageArgs) => `Her stod et billede i dokumentet${a.beskrivelse ? `: ${a.beskrivelse}` : ''}. Det er udeladt.`,
  'import-kommentar-diagram': (a: MessageArgs) =>
    `Her stod ${a.slags === 'graf' ? 'en graf' : 'et diagram (SmartArt)'} i dokumentet${a.beskrivelse ? `: ${a.beskrivelse}` : ''}. Det er udeladt.`,
  'import-kommentar-tjek': (a: MessageArgs) => `TJEK: ${a.tekst}`,

  // #20: the importer's limits, and what a document shows that the import leaves out
  'import-tidsgraense': (a: MessageArgs) =>
    `Importen er stoppet efter ${a.sekunder} sekunder, og intet er skrevet: dokumentet er for stort eller for indviklet til at læse inden for tidsgrænsen. Del det i flere dokumenter, eller kopiér teksten til et nyt, almindeligt Word-dokument, og prøv igen.`,
  'import-hukommelse': (a: MessageArgs) =>
    `Importen er stoppet, fordi dokumentet krævede mere end ${a.graense} MB hukommelse, og intet er skrevet. Del det i flere dokumenter, eller kopiér teksten til et nyt, almindeligt Word-dokument, og prøv igen.`,
  'import-kommune-styretegn': () =>
    '--kommune må ikke indeholde linjeskift eller andre usynlige styretegn. Skriv kommunens navn på én linje, fx »--kommune Randers«.',
  'import-kollision': (a: MessageArgs) =>
    `${quote(a.fil)} er ikke skrevet: ${quote(a.andre)} findes allerede og ville blive bygget til den samme mappe i out/ (»${a.id}«), så build ville afvise begge filer. Vælg en anden fil med --ud, eller omdøb den eksisterende fil.`,
  'import-resultat-for-stort': (a: MessageArgs) =>
    `Den importerede fil ville fylde ${a.stoerrelse}, men værktøjet læser højst ${a.graense} pr. fil, så intet er skrevet. Del dokumentet i flere (fx bilagene for sig), og importér dem hver for sig.`,
  'import-over-graense': () =>
    'Den importerede fil ville overskride en af værktøjets grænser for tekster (se nedenfor), så intet er skrevet. Forkort eller del teksten i Word, og importér igen.',
  'import-placering-delt': (a: MessageArgs) => `→ »${a.noegle}«: fortsættelsen af afsnittet før, der var for langt til ét tekstfelt`,
  'import-spoerg-delt': (a: MessageArgs) =>
    `Afsnittet ${quote(a.overskrift)} var for langt til ét tekstfelt (højst ${a.graense} tegn) og er delt i ${a.antal} afsnit ved afsnitsgrænserne. Se, om delingen falder et godt sted, og ret overskrifterne »(fortsat)«.`,
  'import-spoerg-skjult': (a: MessageArgs) =>
    `${a.antal} stykke(r) tekst er formateret som skjult i Word og er udeladt, fx ${quote(a.eksempel)}. Skal teksten med, så fjern »Skjult« i Word (Skrifttype), og importér igen; ellers slet den.`,
  'import-spoerg-kommentarer': (a: MessageArgs) =>
    `Dokumentet har ${a.antal} kommentar(er) fra en korrekturlæsning, som ikke er importeret, fx ${quote(a.eksempel)}. Læs dem i Word, og ret teksten i filen, hvis de ændrer noget.`,
  'import-spoerg-html-stykker': (a: MessageArgs) =>
    `Dokumentet har ${a.antal} indlejret(e) stykke(r) fra en anden fil (HTML eller RTF, »altChunk«), som ikke er importeret. Åbn dokumentet i Word, og skriv den tekst, der står dér, ind i filen selv.`,
  'import-spoerg-link': (a: MessageArgs) =>
    `Linket ${quote(a.tekst)} peger på ${quote(a.adresse)}, som ikke kan bruges på en hjemmeside (kun http:, https:, mailto: og tel:). Teksten er importeret uden linket; indsæt den rigtige adresse selv.`,

  // The command line
  'ukendt-kommando': (a: MessageArgs) => `Ukendt kommando ${quote(a.kommando)}.${suggestion(a)} Skriv »kvalitetsstandard --help« for at se kommandoerne.`,
  'ingen-kommando': () => 'Skriv en kommando, fx »kvalitetsstandard check«. Skriv »kvalitetsstandard --help« for at se dem alle.',
  'ukendt-tilvalg': (a: MessageArgs) =>
    `Ukendt tilvalg ${quote(a.tilvalg)}.${suggestion(a)} Skriv »kvalitetsstandard ${a.kommando} --help« for at se tilvalgene.`,
  'tilvalg-mangler-vaerdi': (a: MessageArgs) => `Tilvalget ${quote(a.tilvalg)} skal have en værdi, fx ${a.eksempel}.`,
  'tilvalg-uden-vaerdi': (a: MessageArgs) => `Tilvalget ${quote(a.tilvalg)} tager ingen værdi.`,
  'ugyldigt-format': (a: MessageArgs) => `Formatet ${quote(a.vaerdi)} kendes ikke. Brug ${a.tilladte}.`,
  'ugyldig-dato-tilvalg': (a: MessageArgs) => `${quote(a.vaerdi)} er ikke en gyldig dato for --dato. Skriv datoen som ÅÅÅÅ-MM-DD, fx 2026-11-23.`,
  'for-mange-argumenter': (a: MessageArgs) => `Kommandoen ${quote(a.kommando)} tager ikke argumentet ${quote(a.argument)}.`,
  'ingen-filer': (a: MessageArgs) =>
    `Der er ingen .yml-filer i ${quote(a.mappe)}. Angiv filerne, fx »kvalitetsstandard validate municipalities/randers.yml«, eller opret en med »kvalitetsstandard ny <kommune>«.`,
  'uventet-fejl': (a: MessageArgs) =>
    `Der skete en uventet fejl i værktøjet: ${a.detalje}. Dine filer er ikke ændret. Kør igen med KVALITETSSTANDARD_DEBUG=1 for detaljer, og meld fejlen til udviklerne.`,

  // #10: hardening (bounded input, safe names, templates, Markdown limits, interrupted work)
  'fil-ikke-almindelig': () => 'Det er ikke en almindelig fil (men fx en FIFO, en enhed som /dev/zero eller en socket). Angiv en almindelig fil.',
  'fil-uden-for-mappe': (a: MessageArgs) =>
    `Filen er et link, der peger uden for mappen ${quote(a.mappe)}. Kopiér filen ind i mappen i stedet for at linke til den.`,
  'fil-loekke': () => 'Filen er et link, der peger på sig selv i ring (en symlink-løkke). Slet linket, eller lad det pege på en rigtig fil.',
  'filnavn-ugyldigt': (a: MessageArgs) =>
    `${quote(a.fil)}: filnavnet kan ikke bruges som mappe i out/ og adresse på hjemmesiden. Et kommunenavn i filnavnet må kun indeholde små bogstaver a-z, tal og bindestreger.${a.forslag ? ` Omdøb filen til ${quote(a.forslag)}.` : ' Omdøb filen, fx til »randers.yml«.'}`,
  'filnavn-kollision': (a: MessageArgs) =>
    `${quote(a.fil)} og ${quote(a.andre)} ville begge blive bygget til mappen ${quote(`${a.id}/`)}, og den ene ville overskrive den anden. Ingen af dem er bygget; slet eller omdøb den ene.`,
  'logo-uden-for-mappe': (a: MessageArgs) =>
    `Logoet ${quote(a.logo)} (praesentation.logo) skal ligge i YAML-filens mappe eller en mappe under den. Skriv stien uden »..« og uden »/« foran, fx »logo.svg«, og læg filen der.`,
  'logo-kan-ikke-bruges': (a: MessageArgs) => `Logoet ${quote(a.logo)} (praesentation.logo) kan ikke bruges: ${a.aarsag}`,
  'skabelon-fejl': (a: MessageArgs) =>
    `${a.fil}${a.linje ? `:${a.linje}` : ''}: skabelonen har en fejl: ${a.detalje} Ret skabelonen; ${a.kommune ? `den forrige udgave af ${a.kommune} er bevaret` : 'siden vises, når den er rettet'}.`,
  'skabelon-syntaks': () => 'et Handlebars-udtryk er ikke skrevet færdigt eller ikke lukket (fx mangler »}}«, eller en {{#if}} mangler sin {{/if}}).',
  'skabelon-ukendt-hjaelper': (a: MessageArgs) => `${quote(a.navn)} er ikke en af de hjælpere, skabelonerne kan bruge (${a.tilladte}).`,
  'skabelon-egenskab': (a: MessageArgs) =>
    `${quote(`{{${a.udtryk}}}`)} læser ${quote(a.navn)}, som ikke er et felt i kvalitetsstandarden, men en egenskab ved JavaScripts tekster og lister, og den må skabeloner ikke bruge (siden ville vise ingenting). Skriv kun feltets navn, fx {{heading}}, og ret selve teksten i YAML-filen.`,
  'skabelon-ukendt-del': (a: MessageArgs) => `delskabelonen ${quote(a.navn)} findes hverken i templates/partials/ eller i kommunens egne skabeloner.`,
  'skabelon-kan-ikke-laeses': (a: MessageArgs) => `${quote(a.fil)}: skabelonen kan ikke bruges: ${a.aarsag}`,
  'markdown-for-lang': (a: MessageArgs) =>
    `Teksten er for lang (${a.antal} tegn; højst ${a.graense} i ét felt). Del den op i flere afsnit under oevrige_afsnit eller bilag.`,
  'markdown-for-dyb': (a: MessageArgs) =>
    `Teksten har punkter eller citater i ${a.antal} niveauer inden i hinanden (højst ${a.graense}). Skriv punkterne med færre niveauer.`,
  'markdown-for-meget-opmaerkning': (a: MessageArgs) =>
    `Teksten indeholder ${a.antal} Markdown-tegn (*, _, [, ], ~, <, >, | og \`), højst ${a.graense} i ét felt. Det ligner ikke almindelig tekst; tjek, at det er den rigtige tekst.`,
  'markdown-for-mange-html': (a: MessageArgs) =>
    `Teksten indeholder ${a.antal} HTML-mærker (højst ${a.graense} i ét felt). Skriv teksten i Markdown i stedet for HTML.`,
  'markdown-fil-for-meget-opmaerkning': (a: MessageArgs) =>
    `Filens tekster indeholder i alt ${a.antal} Markdown-tegn (*, _, [, ], ~, <, >, | og \`), højst ${a.graense} i én fil. Det ligner ikke en kvalitetsstandard; tjek, at det er den rigtige fil.`,
  'flere-fejl': (a: MessageArgs) => `… og ${a.antal} flere fejl i filen. Ret fejlene ovenfor, og kør igen for at se resten.`,
  'port-adgang': (a: MessageArgs) =>
    `Port ${a.port} må ikke bruges af din bruger (porte under 1024 kræver særlige rettigheder). Vælg en anden, fx --port 8080.`,
  'preview-forkert-vaert': () => 'Forhåndsvisningen svarer kun på adressen http://127.0.0.1:<port>/ eller http://localhost:<port>/.',
  'preview-fil-vaek': (a: MessageArgs) => `${quote(a.fil)} kan ikke læses lige nu: ${a.aarsag} Siden opdaterer sig selv, når filen er tilbage.`,
  'diff-fra-bindestreg': (a: MessageArgs) =>
    `${quote(a.fra)} kan ikke bruges som --fra, fordi den begynder med »-«. Angiv en git-version (fx HEAD~1 eller et tag) eller en fil (skriv »./« foran et filnavn, der begynder med »-«).`,
  'diff-fra-fil': (a: MessageArgs) => `${quote(a.fra)} kan ikke bruges som --fra: ${a.aarsag}`,
  'ny-kan-ikke-skrive': (a: MessageArgs) => `${quote(a.fil)} kan ikke oprettes: ${a.detalje}. Kør kommandoen i en mappe, du kan skrive i.`,
  'kan-ikke-skrive': (a: MessageArgs) => `${quote(a.fil)} kunne ikke skrives: ${a.detalje}.`,
  'build-afbrudt': () => 'Bygningen blev afbrudt. Det, der nåede at blive skrevet, er helt; næste build gør resten færdigt.',

  // #18.4: a kommune's own requirements (<kommune>.krav.yml beside the municipality file)
  'egne-krav-ugyldigt-id': (a: MessageArgs) =>
    `Id'et ${quote(a.vaerdi)} kan ikke bruges. Et eget krav skal have et id, der begynder med »egen-« og ellers kun har små bogstaver a-z, tal og bindestreger, fx »egen-1« eller »egen-telefon«.`,
  'egne-krav-dobbelt-id': (a: MessageArgs) => `Id'et ${quote(a.vaerdi)} bruges også af kravet på linje ${a.linje}. Giv hvert krav sit eget id.`,
  'egne-krav-ugyldigt-moenster': (a: MessageArgs) =>
    `Formuleringen ${quote(a.vaerdi)} kan ikke læses som et søgemønster (${a.detalje}). Tjek parenteser, »[« og »]« og tegn som »*«, »+« og »?«; skriv »\\« foran et tegn, der skal stå som det er, fx »\\?«.`,
  'egne-krav-ukendt-felt': (a: MessageArgs) =>
    `${quote(a.vaerdi)} er ikke et felt i en kvalitetsstandard.${suggestion(a)} Skriv feltets navn med punktum mellem niveauerne, fx »revision.naeste_revision«.`,
  'egne-krav-intet-at-tjekke': () =>
    'Kravet siger ikke, hvad tjekket skal lede efter. Skriv »aspekter« med de formuleringer, der besvarer kravet, eller »felt« med det felt, der skal være udfyldt.',
  'egne-krav-fil-fejl': (a: MessageArgs) =>
    `Kommunens egne krav i ${quote(a.fil)} kan ikke vurderes: ${a.antal === 1 ? 'der er en fejl' : `der er ${a.antal} fejl`} i filen, fx i linje ${a.linje}, kolonne ${a.kolonne}: ${a.besked} Åbn filen, og ret fejlene.`,
  'egne-krav-ikke-kommune': (a: MessageArgs) =>
    `${quote(a.fil)} er kommunens egne krav, ikke en kvalitetsstandard. Angiv kommunens egen fil, ${quote(a.kommune)}; de egne krav ved siden af den læses så med.`,
  'egne-krav-moenster-for-tungt': (a: MessageArgs) =>
    `Formuleringen ${quote(a.vaerdi)} har en gentagelse inde i en gentagelse (fx »(a+)+«), som kan få tjekket til at søge i meget lang tid. Skriv den uden, fx »a+« i stedet for »(a+)+«, eller sæt en grænse for den ydre gentagelse, fx »(\\p{L}+ ){0,3}«.`,
  'eget-felt-udfyldt': (a: MessageArgs) => `Feltet ${quote(a.felt)} er udfyldt.`,
  'eget-felt-mangler': (a: MessageArgs) => `Feltet ${quote(a.felt)} er ikke udfyldt. ${a.vejledning}`,
} satisfies Record<string, (args: MessageArgs) => string>;

export type MessageCode = keyof typeof messages;

/** Danish names of values the tool composes into messages. */
export const terms = {
  indicator: {
    stoffri: 'andelen, der er stoffri efter afsluttet behandling',
    reduceret: 'andelen, der har reduceret misbruget efter afsluttet behandling',
    tilbagevenden_12_maaneder: 'andelen, der vender tilbage til behandling inden for 12 måneder',
  },
  dischargeStatus: {
    faerdigbehandlet: '»færdigbehandlet«',
    andet_tilbud: '»andet tilbud«',
    hospital: '»hospital«',
    anden_aarsag: '»anden årsag«',
  },
  residentialField: {
    behandlingsform: 'behandlingsform',
    maalgruppe: 'målgruppe',
    kerneydelser: 'kerneydelser',
    personaleforhold: 'personaleforhold',
    fysiske_forhold: 'fysiske forhold',
    pris: 'pris',
  },
} as const;

/** #13: what each allowed value of a field means, for completion and hover in editors. */
export const enumDescriptions: Record<string, Record<string, string>> = {
  indikator: {
    stoffri: 'Andelen, der er stoffri efter afsluttet behandling.',
    reduceret: 'Andelen, der har reduceret misbruget efter afsluttet behandling.',
    stoffri_eller_reduceret: 'Ét samlet tal for andelen, der er stoffri eller har reduceret misbruget (loven kræver et tal for hver).',
    tilbagevenden_12_maaneder: 'Andelen, der vender tilbage til behandling inden for 12 måneder.',
  },
  graense: {
    mindst: 'Måltallet er et minimum: mindst så mange procent.',
    hoejst: 'Måltallet er et maksimum: højst så mange procent.',
  },
  // Issue 17: the forvaltning's own verdict in `vurderinger`.
  status: {
    opfyldt: 'Forvaltningen vurderer, at standarden opfylder kravet.',
    delvist: 'Forvaltningen vurderer, at standarden opfylder kravet delvist.',
    mangler: 'Forvaltningen vurderer, at standarden ikke opfylder kravet.',
    'kan ikke vurderes': 'Forvaltningen kan ikke vurdere kravet ud fra standarden.',
  },
  udskrivningsstatusser: {
    faerdigbehandlet: 'Udskrevet som færdigbehandlet.',
    andet_tilbud: 'Udskrevet til et andet tilbud.',
    hospital: 'Udskrevet til hospital.',
    anden_aarsag: 'Udskrevet af anden årsag.',
  },
};

/** »a, b og c« */
export function listDanish(items: readonly (string | number)[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}

export function formatMessage(code: MessageCode, args: MessageArgs): string {
  // Values come from files (a title, a field, a path): never let them act on a terminal.
  const safe = Object.fromEntries(Object.entries(args).map(([key, value]) => [key, typeof value === 'string' ? printableInline(value) : value]));
  return messages[code](safe);
}

// #10: why a file could not be written, in words a user can act on.
const fileSystemErrors: Record<string, string> = {
  ENOSPC: 'disken er fuld',
  EDQUOT: 'din diskkvote er brugt op',
  EACCES: 'du har ikke adgang til at skrive der',
  EPERM: 'du har ikke adgang til at skrive der',
  EROFS: 'mappen er skrivebeskyttet',
  ENOTDIR: 'en del af stien er en fil, ikke en mappe',
  EISDIR: 'der ligger en mappe med det navn',
  ENAMETOOLONG: 'stien er for lang',
  EMFILE: 'for mange åbne filer',
  EIO: 'disken svarer ikke (I/O-fejl)',
  ENOENT: 'mappen findes ikke eller kan ikke oprettes her',
  EEXIST: 'der ligger en fil, hvor mappen skulle være',
};

/** »disken er fuld (ENOSPC)« for a Node error, or its message when it is no file-system error. */
export function fileSystemErrorText(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code && fileSystemErrors[code]) return `${fileSystemErrors[code]} (${code})`;
  return code ?? String((error as Error)?.message ?? error).split('\n')[0]!;
}
