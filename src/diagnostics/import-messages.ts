/** What the importer says: its errors, its report, and the comments it writes into the imported file. */
import { type MessageTable, type NoArgs, quote } from './wording.js';

/** What a document may hold only so many of (src/import/element-caps.ts). */
export type ElementKind = 'tabelceller' | 'afsnit' | 'tekststykker';

/** Where in a Word document a text beyond a limit stands (src/import/source-limits.ts). */
export type LimitPlace = 'overskrift' | 'tekst' | 'titel' | 'undertitel' | 'felt';
/** Which of a text's limits it is beyond (src/markdown-limits.ts): its length, its markup characters, its HTML tags, its nesting. */
export type LimitKind = 'laengde' | 'opmaerkning' | 'html' | 'dybde';

export interface ImportMessageArgs {
  // #14: importing a Word document (`importer`)
  'import-mangler-fil': NoArgs;
  'import-findes-ikke': { fil: string };
  'import-er-mappe': { fil: string };
  'import-link-uden-maal': { fil: string; maal: string };
  'import-loekke': { fil: string };
  'import-kan-ikke-laeses': { aarsag: string };
  'import-tom-fil': NoArgs;
  'import-for-stor': { stoerrelse: string; graense: string };
  'import-zip-bombe': NoArgs;
  'import-ikke-docx': NoArgs;
  'import-pdf': NoArgs;
  'import-tekstformat': { slags: 'yaml' | 'rtf' | 'html' | 'tekst' };
  'import-gammelt-word': NoArgs;
  'import-krypteret': NoArgs;
  'import-beskadiget': NoArgs;
  'import-beskadiget-del': { del: string; linje: number; kolonne: number };
  'import-ikke-word': { slags: 'odt' | 'regneark' | 'praesentation' | 'andet' };
  'import-for-indviklet': NoArgs;
  'import-ukendt-navnerum': { praefiks: string };
  'import-for-mange-elementer': { slags: ElementKind; antal: number; graense: number };
  'import-tomt-dokument': NoArgs;
  'import-ingen-kommune': NoArgs;
  'import-findes': { fil: string; forslag: string };
  'import-advarsel-kommune-findes': { anden: string; kommune: string };
  'import-ugyldigt-navn': { navn: string };
  'import-ud-mappe-findes-ikke': { mappe: string };
  'import-ud-er-mappe': { fil: string; forslag: string };
  'import-ud-ikke-almindelig': { fil: string; forslag: string };
  'import-ud-link': { fil: string; maal?: string };
  'import-mappe-kan-ikke-bruges': { fil: string; mappe: string; slags: 'fil' | 'link' | 'loekke'; maal?: string };
  'import-kan-ikke-skrive': { fil: string; aarsag: string };
  'import-ugyldig-yaml': { detalje: string };
  'import-skrevet': { fil: string; navn: string };
  // The import report
  'import-rapport-titel': { fil: string };
  'import-rapport-genkendt': NoArgs;
  'import-rapport-ikke-fundet': NoArgs;
  'import-rapport-afsnit': NoArgs;
  'import-rapport-felter': NoArgs;
  'import-rapport-spoergsmaal': NoArgs;
  'import-rapport-check': NoArgs;
  'import-rapport-intet': NoArgs;
  'import-rapport-flere': { antal: number; ialt: number };
  'import-meta-kommune': { vaerdi: string; angivet?: string; kilde?: string };
  'import-meta-titel': { vaerdi: string };
  'import-meta-titel-gaet': { vaerdi: string };
  'import-meta-undertitel': { vaerdi: string };
  'import-meta-godkendelse': { organ: string; dato: string; kilde: string };
  'import-meta-lovgrundlag': { vaerdi: string };
  'import-meta-revision': { felt: string; dato: string; kilde: string };
  'import-meta-nummerering': NoArgs;
  'import-meta-indhold': { antal: number };
  'import-meta-billeder': { antal: number };
  'import-meta-diagrammer': { antal: number };
  'import-meta-tabelraekker': { antal: number };
  'import-mangler-godkendelse': NoArgs;
  'import-mangler-lovgrundlag': NoArgs;
  'import-mangler-revision': NoArgs;
  'import-mangler-undertitel': NoArgs;
  'import-placering-overskrift-er-krav': { felt: string; krav: string; titel: string };
  'import-placering-underoverskrift-er-krav': { felt: string; krav: string; titel: string };
  'import-placering-overskrift-nævner-flere': { noegle: string; navngivne: string };
  'import-placering-krav-allerede-besat': { noegle: string; navngivne: string; andet: string };
  'import-placering-ingen-krav-i-overskrift': { noegle: string };
  'import-placering-tal-i-teksten': { felt: string; krav: string; titel: string };
  'import-placering-forord': NoArgs;
  'import-placering-forside': NoArgs;
  'import-placering-bilag': { noegle: string };
  'import-placering-diagrammer': { antal: number };
  'import-placering-daekker': { krav: string };
  'import-placering-billeder': { antal: number };
  'import-felt-tilbud': { felt: string; antal: number; navne: string; kilde: string };
  'import-felt': { felt: string; vaerdi: string; kilde: string };
  'import-spoerg-uklar-frist': { felt: string; saetninger: string };
  'import-spoerg-billede': { overskrift: string; beskrivelse: string };
  'import-spoerg-diagram': { overskrift: string; beskrivelse: string };
  'import-spoerg-titel': { titel: string };
  'import-spoerg-flere-krav': { overskrift: string; krav: string };
  'import-spoerg-krav-besat': { overskrift: string; krav: string; andet: string };
  'import-spoerg-fed-overskrift': { antal: number };
  'import-spoerg-data-uden-afsnit': { felt: string; overskrift: string };
  'import-spoerg-andet-emne': NoArgs;
  'import-spoerg-kun-aarstal': { aar: string; kilde: string };
  'import-spoerg-delvis-dato': { felt: string; vaerdi: string; praecision: string; kilde: string };
  'import-spoerg-kommune-valgt': { andre: string; vaerdi: string };
  'import-spoerg-faste-felter': { antal: number; felter: string };
  'import-spoerg-doegntilbud': { antal: number; overskrift: string; kolonner: string; ikke?: string; mangler?: string };
  'import-spoerg-titel-valgt': { vaerdi: string; egenskab?: string };
  'import-spoerg-daekker': { afsnit: string };
  'import-spoerg-foelge': { krav: string; titel: string; status: string; felt: string };
  // YAML comments written into the imported file
  'import-kommentar-hoved': { fil: string };
  'import-kommentar-kilde': { tekst: string };
  'import-kommentar-sidefod': { tekst: string };
  'import-kommentar-tabel': { tekst: string };
  'import-kommentar-saetning': { tekst: string };
  'import-kommentar-billede': { beskrivelse?: string };
  'import-kommentar-diagram': { slags: 'graf' | 'diagram'; beskrivelse?: string };
  'import-kommentar-tjek': { tekst: string };
  // #20: the importer's limits, and what a document shows that the import leaves out
  'import-tidsgraense': { sekunder: number };
  'import-hukommelse': { graense: number };
  'import-kommune-styretegn': NoArgs;
  'import-kommune-for-lang': { tegn: number; max: number };
  'import-kollision': { fil: string; andre: string; id: string };
  'import-filnavn-ugyldigt': { fil: string; forslag?: string };
  'import-resultat-for-stort': { stoerrelse: string; graense: string; stoerste?: Array<{ overskrift: string; stoerrelse: string }> };
  'import-over-graense': { fejl: string[] };
  'import-placering-delt': { noegle: string };
  'import-spoerg-delt': { overskrift: string; graense: string; antal: number };
  'import-spoerg-skjult': { antal: number; eksempel: string };
  'import-spoerg-kommentarer': { antal: number; eksempel: string };
  'import-spoerg-html-stykker': { antal: number };
  'import-spoerg-link': { tekst: string; adresse: string };
  // #21: what a draft's tracked changes and its references to nothing become
  'import-spoerg-sporede-aendringer': { indsat: number; slettet: number; andre: number; indsatte: string[]; slettede: string[] };
  'import-spoerg-doede-links': { antal: number; eksempel: string };
  'import-spoerg-interne-links': { tilOverskrift: number; udenLink: number; eksempel: string };
  'import-spoerg-fil-links': { antal: number; tekst: string; adresse: string };
  'import-spoerg-manglende-billeder': { antal: number; eksempel: string };
  'import-spoerg-manglende-noter': { antal: number; eksempel: string };
  'import-over-graense-i-dokumentet': {
    art: LimitPlace;
    overskrift?: string;
    felt?: string;
    eksempel?: string;
    slags: LimitKind;
    antal: number;
    graense: number;
  };
  'import-for-meget-opmaerkning': { antal: number; graense: number; flest: Array<{ overskrift: string; antal: number }> };
}

const thousands = (value: number) => value.toLocaleString('da-DK');

/** »a, b og c«. */
const listed = (items: readonly string[]) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} og ${items.at(-1)}` : (items[0] ?? ''));

/** »a«, »b« og »c«. */
const quotedList = (texts: readonly string[]) => listed(texts.map((text) => quote(text)));

/** A section named by its heading in the document, or the text before the first heading. */
const sectionName = (heading: string) => (heading ? quote(heading) : 'teksten før den første overskrift');

/** The place in the document a text beyond a limit stands, as the start of a sentence. */
function limitPlace(a: ImportMessageArgs['import-over-graense-i-dokumentet']): string {
  switch (a.art) {
    case 'overskrift':
      return `Overskriften ${quote(a.overskrift)} i dokumentet`;
    case 'tekst':
      return a.overskrift ? `Teksten under overskriften ${quote(a.overskrift)} i dokumentet` : 'Teksten før den første overskrift i dokumentet';
    case 'titel':
      return `Dokumentets titel ${quote(a.eksempel)}`;
    case 'undertitel':
      return `Dokumentets undertitel ${quote(a.eksempel)}`;
    case 'felt':
      return `Feltet ${a.felt}, som er læst ${a.overskrift ? `under overskriften ${quote(a.overskrift)}` : 'ud af dokumentet'} (${quote(a.eksempel)}),`;
  }
}

/** How far beyond which limit. */
function limitAmount(a: ImportMessageArgs['import-over-graense-i-dokumentet']): string {
  switch (a.slags) {
    case 'laengde':
      return `har ${thousands(a.antal)} tegn, men værktøjet tager højst ${thousands(a.graense)} tegn i ét felt`;
    case 'opmaerkning':
      return `har ${thousands(a.antal)} Markdown-tegn (*, _, [, ], ~, <, >, | og \`), men værktøjet tager højst ${thousands(a.graense)} i ét felt`;
    case 'html':
      return `har ${thousands(a.antal)} HTML-mærker (fx »<b>«), men værktøjet tager højst ${thousands(a.graense)} i ét felt`;
    case 'dybde':
      return `har punkter eller citater i ${a.antal} niveauer inden i hinanden${a.art !== 'felt' && a.eksempel ? ` (fx ved ${quote(a.eksempel)})` : ''}, men værktøjet tager højst ${a.graense}`;
  }
}

/** What to do in Word about a text beyond a limit. */
function limitAdvice(a: ImportMessageArgs['import-over-graense-i-dokumentet']): string {
  if (a.art === 'overskrift' && a.slags === 'laengde')
    return 'Er det brødtekst, der har fået en overskriftstypografi, så markér teksten i Word, og giv den typografien »Normal«; ellers forkort overskriften. Importér så igen.';
  if (a.art === 'titel') return 'Ret titlen i Word (forsidens første linje, eller Filer → Oplysninger → Titel), og importér igen.';
  if (a.art === 'undertitel') return 'Ret forsidens linje med typografien »Undertitel« i Word, og importér igen.';
  if (a.slags === 'dybde') return 'Ret punktopstillingen i Word, så den har færre niveauer, og importér igen.';
  if (a.slags === 'laengde')
    return a.art === 'tekst' ? 'Del teksten i Word med en overskrift mere, eller forkort den, og importér igen.' : 'Forkort teksten i Word, og importér igen.';
  return 'Fjern i Word de tegn, der kun er pynt (fx stjerner, streger eller afkrydsninger skrevet som »[x]«), og importér igen.';
}

/** Where a draft's tracked changes show, as the report quotes them: what was inserted and what was deleted. */
function changedPlaces(inserted: readonly string[], deleted: readonly string[]): string {
  const places = [...(inserted.length > 0 ? [`indsat ${quotedList(inserted)}`] : []), ...(deleted.length > 0 ? [`slettet ${quotedList(deleted)}`] : [])];
  return places.length > 0 ? ` Der er fx ${places.join(', og ')}.` : '';
}

/** What to do about a document with more of a kind than any standard has (src/import/element-caps.ts). */
const tooManyAdvice: Record<ElementKind, string> = {
  tabelceller:
    'Er der en meget stor tabel i det (fx en oversigt eller et regneark, der er sat ind), så slet den i en kopi af dokumentet, og importér kopien; tabellen kan stå i et bilag for sig.',
  afsnit: 'Er der et stort bilag eller mange tomme linjer i det, så slet dem i en kopi af dokumentet, og importér kopien.',
  tekststykker:
    'Teksten er delt i usædvanligt mange stykker med hver sin formatering, som når et program har lavet dokumentet. Sæt teksten ind i et nyt Word-dokument som ren tekst (Indsæt → Bevar kun tekst), sæt overskrifterne igen, og importér det.',
};

export const importMessages: MessageTable<ImportMessageArgs> = {
  // #14: importing a Word document (`importer`)
  'import-mangler-fil': () => 'Angiv Word-dokumentet, fx »kvalitetsstandard importer kvalitetsstandard.docx«.',
  'import-findes-ikke': (a) => `${quote(a.fil)} findes ikke. Tjek stavningen af filnavnet og den mappe, du står i.`,
  'import-er-mappe': (a) => `${quote(a.fil)} er en mappe, ikke en fil. Angiv Word-dokumentet (.docx).`,
  'import-link-uden-maal': (a) => `${quote(a.fil)} er et link til ${quote(a.maal)}, som ikke findes. Angiv selve Word-dokumentet, eller ret linket.`,
  'import-loekke': (a) => `${quote(a.fil)} er et link, der peger på sig selv i ring (en symlink-løkke). Angiv selve Word-dokumentet, eller slet linket.`,
  'import-kan-ikke-laeses': (a) => `Word-filen kan ikke læses: ${a.aarsag}. Tjek, at du har adgang til den, og at den ikke er åben i et andet program.`,
  'import-tom-fil': () => 'Filen er tom (0 byte). Gem dokumentet igen fra Word, og prøv igen.',
  'import-for-stor': (a) =>
    `Dokumentet er for stort (${a.stoerrelse}); grænsen er ${a.graense}. Er der mange billeder i det, så gem en kopi uden billeder, og importér den.`,
  'import-zip-bombe': () =>
    'Dokumentet fylder urimeligt meget, når det pakkes ud, og er ikke læst. Det er ikke et almindeligt Word-dokument; gem det igen fra Word som .docx.',
  'import-ikke-docx': () => 'Filen er ikke et Word-dokument (.docx). Åbn dokumentet i Word, og vælg »Gem som« → »Word-dokument (*.docx)«.',
  'import-tekstformat': (a) =>
    ({
      yaml: 'Filen er en kvalitetsstandard i YAML, som værktøjet læser, som den er, ikke et Word-dokument: den skal ikke importeres. Tjek den med »kvalitetsstandard check« og filens navn (og læg den i municipalities/, hvis den ikke ligger dér).',
      rtf: 'Filen er i RTF-format, ikke et Word-dokument (.docx). Åbn den i Word, og vælg »Gem som« → »Word-dokument (*.docx)«.',
      html: 'Filen er en webside (HTML), ikke et Word-dokument (.docx). Åbn den i Word, og vælg »Gem som« → »Word-dokument (*.docx)«.',
      tekst: 'Filen er almindelig tekst, ikke et Word-dokument (.docx). Kopiér teksten over i et Word-dokument, gem det som .docx, og importér det.',
    })[a.slags],
  'import-pdf': () => 'Filen er en PDF, ikke et Word-dokument. Importér den oprindelige .docx-fil; har I kun PDF’en, så åbn den i Word, og gem den som .docx.',
  'import-gammelt-word': () => 'Dokumentet er i det gamle Word-format (.doc). Åbn det i Word, og vælg »Gem som« → »Word-dokument (*.docx)«.',
  'import-krypteret': () =>
    'Dokumentet er beskyttet med adgangskode og kan ikke læses. Fjern adgangskoden i Word (Filer → Oplysninger → Beskyt dokument → Krypter med adgangskode, slet koden), gem, og prøv igen.',
  'import-beskadiget': () =>
    'Dokumentet er beskadiget og kan ikke læses. Åbn det i Word (Word tilbyder at reparere det), gem det igen som .docx, og prøv igen.',
  'import-beskadiget-del': (a) =>
    `Dokumentet er beskadiget og kan ikke læses: delen ${quote(a.del)} inde i .docx-filen er ikke gyldig XML (ved linje ${a.linje}, tegn ${a.kolonne}). Åbn dokumentet i Word (Word tilbyder at reparere det), gem det igen som .docx, og prøv igen.`,
  'import-ikke-word': (a) =>
    ({
      odt: 'Filen er et OpenDocument-dokument (.odt, fx fra LibreOffice), ikke et Word-dokument. Åbn det i LibreOffice, vælg Filer → Gem som, og vælg »Word 2007-365 (.docx)« som filtype; importér så den nye fil.',
      regneark: 'Filen er et Excel-regneark, ikke et Word-dokument. Kopiér teksten over i et Word-dokument, gem det som .docx, og importér det.',
      praesentation: 'Filen er en PowerPoint-præsentation, ikke et Word-dokument. Kopiér teksten over i et Word-dokument, gem det som .docx, og importér det.',
      andet:
        'Filen er et zip-arkiv, men ikke et Word-dokument (der er ingen dokumenttekst i den). Er det et regneark eller et andet format, så gem teksten som .docx fra Word.',
    })[a.slags],
  'import-for-indviklet': () =>
    'Dokumentet er bygget så dybt (lister eller tabeller inden i hinanden tusindvis af gange), at det ikke kan læses. Gem teksten i et nyt, almindeligt Word-dokument, og prøv igen.',
  'import-for-mange-elementer': (a) =>
    `Dokumentet har ${thousands(a.antal)} ${a.slags}, langt flere end en kvalitetsstandard har (grænsen er ${thousands(a.graense)}), så det er ikke læst. Tjek, at det er det rigtige dokument. ${tooManyAdvice[a.slags]}`,
  'import-ukendt-navnerum': (a) =>
    `Dokumentet er ikke gemt, som Word gemmer: dets tekst skriver Words elementer ${a.praefiks ? `med ${quote(`${a.praefiks}:`)} foran i stedet for »w:«` : 'uden »w:« foran'}, så værktøjet ikke kan se, om noget af teksten er skjult, og den kunne blive offentliggjort. Åbn dokumentet i Word, gem det igen som .docx, og importér igen.`,
  'import-tomt-dokument': () => 'Dokumentet indeholder ingen tekst. Tjek, at det er det rigtige dokument.',
  'import-ingen-kommune': () => 'Kommunens navn står ikke i dokumentet (fx »Randers Kommune«). Angiv det med --kommune, fx »--kommune Randers«.',
  'import-findes': (a) =>
    `${quote(a.fil)} findes allerede og er ikke ændret. Importér til en kladde uden for municipalities/, fx »--ud ${a.forslag}«, sammenlign den med den eksisterende fil, og flyt det, du vil beholde, over i den. Eller slet filen selv, hvis du vil importere forfra.`,
  'import-advarsel-kommune-findes': (a) =>
    `Advarsel: ${quote(a.anden)} handler også om ${a.kommune}. Alle filer i municipalities/ bygges, så nu står kommunen to gange i oversigten. Sammenlign de to filer, og flyt den ene ud af municipalities/ (eller slet den), før du bygger.`,
  'import-ugyldigt-navn': (a) => `Der kan ikke laves et filnavn af ${quote(a.navn)}. Angiv kommunens navn med --kommune eller en fil med --ud.`,
  'import-ud-mappe-findes-ikke': (a) => `Mappen ${quote(a.mappe)} findes ikke. Opret den, eller vælg en anden fil med --ud.`,
  'import-ud-er-mappe': (a) => `${quote(a.fil)} er en mappe, ikke en fil. --ud skal være navnet på den fil, der skrives, fx »--ud ${a.forslag}«.`,
  'import-ud-ikke-almindelig': (a) =>
    `${quote(a.fil)} er ikke en almindelig fil (men fx en FIFO eller en enhed som /dev/null), og importen skriver kun almindelige filer; intet er skrevet. Vælg en fil med --ud, fx »--ud ${a.forslag}«.`,
  'import-ud-link': (a) =>
    a.maal === undefined
      ? `${quote(a.fil)} er et link, der peger på sig selv i ring (en symlink-løkke), og er ikke ændret. Slet linket, eller vælg en anden fil med --ud.`
      : `${quote(a.fil)} er et link til ${quote(a.maal)}, som ikke findes, og importen skriver aldrig gennem et link. Slet linket, eller vælg en anden fil med --ud.`,
  'import-mappe-kan-ikke-bruges': (a) =>
    `${quote(a.fil)} kan ikke skrives: ${
      a.slags === 'fil'
        ? `${quote(a.mappe)} er en fil, ikke en mappe. Flyt eller omdøb ${quote(a.mappe)}`
        : a.slags === 'link'
          ? `mappen ${quote(a.mappe)} er et link til ${quote(a.maal)}, som ikke findes. Ret eller slet linket`
          : `mappen ${quote(a.mappe)} er et link, der peger på sig selv i ring (en symlink-løkke). Slet linket`
    }, eller vælg en anden fil med --ud.`,
  'import-kan-ikke-skrive': (a) =>
    `${quote(a.fil)} kan ikke skrives (${a.aarsag}). Tjek, at du må skrive i mappen, og at der er plads, eller vælg en anden fil med --ud.`,
  'import-ugyldig-yaml': (a) =>
    `Den importerede fil blev ikke gyldig (${a.detalje}), og der er ikke skrevet noget. Det er en fejl i værktøjet: meld den til udviklerne med dokumentet.`,
  'import-skrevet': (a) => `Skrevet: ${a.fil}. Åbn filen, læs punkterne under »Bør ses af en person«, og kør »npx kvalitetsstandard check ${a.navn}«.`,
  // The import report
  'import-rapport-titel': (a) => `Import af ${a.fil}`,
  'import-rapport-genkendt': () => 'Genkendt i dokumentet:',
  'import-rapport-ikke-fundet': () => 'Ikke fundet i dokumentet (udeladt; tilføj selv, hvis det findes):',
  'import-rapport-afsnit': () => 'Afsnittene, i dokumentets rækkefølge:',
  'import-rapport-felter': () => 'Faste felter læst ud af teksten:',
  'import-rapport-spoergsmaal': () => 'Bør ses af en person:',
  'import-rapport-check': () => 'Compliance-tjek af den importerede fil:',
  'import-rapport-intet': () => '(intet)',
  'import-rapport-flere': (a) =>
    `… og ${a.antal.toLocaleString('da-DK')} mere af samme slags som punktet ovenfor (${a.ialt.toLocaleString('da-DK')} i alt), som ikke nævnes hver for sig her. Ret dem på samme måde som dem ovenfor.`,
  'import-meta-kommune': (a) => `kommune: ${a.vaerdi}${a.angivet ? ' (angivet med --kommune)' : ` (nævnt oftest, fx i ${quote(a.kilde)})`}`,
  'import-meta-titel': (a) => `titel: ${a.vaerdi}`,
  'import-meta-titel-gaet': (a) => `titel: ${a.vaerdi} (ingen titel i dokumentet; filnavnet er brugt)`,
  'import-meta-undertitel': (a) => `undertitel: ${a.vaerdi}`,
  'import-meta-godkendelse': (a) => `godkendelse: ${a.organ}, ${a.dato} (fra ${quote(a.kilde)})`,
  'import-meta-lovgrundlag': (a) => `lovgrundlag: ${a.vaerdi}`,
  'import-meta-revision': (a) => `revision.${a.felt}: ${a.dato} (fra ${quote(a.kilde)})`,
  'import-meta-nummerering': () => 'kapitelnumre i overskrifterne: fjernet fra overskrifterne, praesentation.nummerering: true',
  'import-meta-indhold': (a) => `indholdsfortegnelse: ${a.antal} linjer udeladt (overskrifterne står i filen)`,
  'import-meta-billeder': (a) => `billeder: ${a.antal} udeladt (en kommentar i filen siger, hvor og hvad)`,
  'import-meta-diagrammer': (a) => `diagrammer og grafer: ${a.antal} udeladt (en kommentar i filen siger, hvor og hvad)`,
  'import-meta-tabelraekker': (a) => `tabeller med to kolonner (overskrift | tekst): ${a.antal} rækker læst som underoverskrifter`,
  'import-mangler-godkendelse': () => 'godkendelse (hvem der har godkendt standarden og hvornår)',
  'import-mangler-lovgrundlag': () => 'lovgrundlag på forsiden',
  'import-mangler-revision': () => 'revisionsdatoer (senest revideret, næste revision)',
  'import-mangler-undertitel': () => 'undertitel',
  'import-placering-overskrift-er-krav': (a) => `→ ${a.felt} (${a.krav} ${a.titel}): overskriften nævner kravet`,
  'import-placering-underoverskrift-er-krav': (a) =>
    `→ ${a.felt} (${a.krav} ${a.titel}): underoverskriften nævner kravet (løftet ud som eget afsnit i samme kapitel)`,
  'import-placering-overskrift-nævner-flere': (a) => `→ oevrige_afsnit »${a.noegle}«: overskriften nævner flere krav (${a.navngivne})`,
  'import-placering-krav-allerede-besat': (a) => `→ oevrige_afsnit »${a.noegle}«: overskriften nævner ${a.navngivne}, men ${quote(a.andet)} er kravets afsnit`,
  'import-placering-ingen-krav-i-overskrift': (a) => `→ oevrige_afsnit »${a.noegle}«: overskriften nævner ikke et krav`,
  'import-placering-tal-i-teksten': (a) => `→ ${a.felt} (${a.krav} ${a.titel}): teksten angiver kravets faste oplysninger (se nedenfor)`,
  'import-placering-forord': () => '→ forord',
  'import-placering-forside': () => '→ forord: teksten før den første overskrift',
  'import-placering-bilag': (a) => `→ bilag »${a.noegle}«`,
  'import-placering-diagrammer': (a) => `   ${a.antal} diagram(mer) eller graf(er) udeladt`,
  'import-placering-daekker': (a) => `   dækker også: ${a.krav}`,
  'import-placering-billeder': (a) => `   ${a.antal} billede(r) udeladt`,
  'import-felt-tilbud': (a) => `${a.felt}: ${a.antal} tilbud (${a.navne})  ← tabellen ${quote(a.kilde)}`,
  'import-felt': (a) => `${a.felt}: ${a.vaerdi}  ← ${quote(a.kilde)}`,
  'import-spoerg-uklar-frist': (a) => `${a.felt} er ikke udfyldt: teksten nævner flere forskellige tal. Skriv det rigtige selv. ${a.saetninger}`,
  'import-spoerg-billede': (a) =>
    `Et billede i ${quote(a.overskrift)} er udeladt: ${a.beskrivelse}. Står der tekst i billedet (fx et organisationsdiagram), så skriv den ind.`,
  'import-spoerg-diagram': (a) =>
    `Et diagram eller en graf i ${quote(a.overskrift)} er udeladt: ${a.beskrivelse}. Beskriv med ord, hvad det viser (fx organisationen), hvis det er vigtigt.`,
  'import-spoerg-titel': (a) => `Dokumentet har ingen titel; ${quote(a.titel)} er brugt. Ret feltet titel.`,
  'import-spoerg-flere-krav': (a) => `${quote(a.overskrift)} nævner flere krav (${a.krav}). Flyt teksten til de rigtige felter, hvis den besvarer dem.`,
  'import-spoerg-krav-besat': (a) => `${quote(a.overskrift)} nævner ${a.krav}, men ${quote(a.andet)} er kravets afsnit. Tjek, om teksterne hører sammen.`,
  'import-spoerg-fed-overskrift': (a) =>
    `Dokumentet bruger ikke Words overskriftstyper; ${a.antal} linjer med fed skrift er læst som overskrifter. Tjek, at det er de rigtige.`,
  'import-spoerg-data-uden-afsnit': (a) =>
    `Feltet ${a.felt} er oprettet med tallene fra ${quote(a.overskrift)}, men uden tekst. Tjek tallene, og flyt evt. teksten.`,
  'import-spoerg-andet-emne': () =>
    'Ingen overskrift nævner et krav i bekendtgørelsen, og ingen tekst besvarer et. Er det den rigtige fil? En kvalitetsstandard for social behandling for stofmisbrug (serviceloven § 101) beskriver fx målgruppe, visitation og behandlingsgaranti.',
  'import-spoerg-kun-aarstal': (a) =>
    `Forsiden dateres kun med årstallet ${a.aar} (${quote(a.kilde)}), og det er skrevet som revision.senest_revideret. Skriv den præcise dato for godkendelsen eller revisionen, hvis den kendes.`,
  'import-spoerg-delvis-dato': (a) =>
    `${a.felt} er skrevet som ${a.vaerdi} (${a.praecision}), fordi dokumentet ikke nævner dagen (${quote(a.kilde)}). Tjekket regner med periodens sidste dag; skriv den præcise dato, hvis den kendes.`,
  'import-spoerg-kommune-valgt': (a) =>
    `Dokumentet nævner flere kommuner (også ${a.andre}); ${a.vaerdi} er valgt, fordi den nævnes oftest. Er det forkert, så importér igen med --kommune.`,
  'import-spoerg-faste-felter': (a) =>
    a.antal === 1
      ? `Feltet ${a.felter} er læst ud af en sætning i teksten (se »Faste felter læst ud af teksten« ovenfor). Tjek det mod sætningen.`
      : `Felterne ${a.felter} er læst ud af sætninger i teksten (se »Faste felter læst ud af teksten« ovenfor). Tjek hvert felt mod sin sætning.`,
  'import-spoerg-doegntilbud': (a) =>
    `En tabel med ${a.antal} døgntilbud under ${quote(a.overskrift)} er læst ind i doegnbehandling.tilbud: ${a.kolonner}.${a.ikke ? ` Ikke genkendt, og derfor skrevet i hvert tilbuds tekst under sin overskrift: ${a.ikke}.` : ''}${a.mangler ? ` Tabellen siger intet om ${a.mangler}, som bekendtgørelsen (§ 5, stk. 2) kræver for hvert tilbud; skriv det selv.` : ''} Tjek, at kolonnerne er læst rigtigt.`,
  'import-spoerg-titel-valgt': (a) =>
    `titel er sat til ${quote(a.vaerdi)} fra forsiden${a.egenskab ? `, selv om filens titelegenskab (Filer → Oplysninger) siger ${quote(a.egenskab)}` : ', som ikke bruger Words typografi »Titel«'}. Ret feltet, hvis det er forkert.`,
  'import-spoerg-daekker': (a) =>
    `daekker er sat ud fra tjekkets søgning i teksten: ${a.afsnit}. Tjek, at afsnittene virkelig besvarer de krav, og ret daekker, hvis ikke.`,
  'import-spoerg-foelge': (a) =>
    `${a.krav} ${a.titel} er »${a.status}« i tjekket nedenfor, og vurderingen bygger på ${a.felt}, som importen har fortolket (se ovenfor). Ret feltet, hvis det er fortolket forkert, og kør check igen.`,
  // YAML comments written into the imported file
  'import-kommentar-hoved': (a) => `Importeret fra ${a.fil} med »kvalitetsstandard importer«. Læs importrapporten, og ret det, der er markeret med »TJEK«.`,
  'import-kommentar-kilde': (a) => `Fra dokumentet: »${a.tekst}«`,
  'import-kommentar-sidefod': (a) => `Fra sidehovedet eller sidefoden: »${a.tekst}«`,
  'import-kommentar-tabel': (a) => `Læst ud af tabellen med kolonnerne »${a.tekst}«. Tjek hvert tilbud.`,
  'import-kommentar-saetning': (a) => `Læst ud af sætningen: »${a.tekst}«`,
  'import-kommentar-billede': (a) => `Her stod et billede i dokumentet${a.beskrivelse ? `: ${a.beskrivelse}` : ''}. Det er udeladt.`,
  'import-kommentar-diagram': (a) =>
    `Her stod ${a.slags === 'graf' ? 'en graf' : 'et diagram (SmartArt)'} i dokumentet${a.beskrivelse ? `: ${a.beskrivelse}` : ''}. Det er udeladt.`,
  'import-kommentar-tjek': (a) => `TJEK: ${a.tekst}`,
  // #20: the importer's limits, and what a document shows that the import leaves out
  'import-tidsgraense': (a) =>
    `Importen er stoppet efter ${a.sekunder} sekunder, og intet er skrevet: dokumentet er for stort eller for indviklet til at læse inden for tidsgrænsen. Del det i flere dokumenter, eller kopiér teksten til et nyt, almindeligt Word-dokument, og prøv igen.`,
  'import-hukommelse': (a) =>
    `Importen er stoppet, fordi dokumentet krævede mere end ${a.graense} MB hukommelse, og intet er skrevet. Del det i flere dokumenter, eller kopiér teksten til et nyt, almindeligt Word-dokument, og prøv igen.`,
  'import-kommune-styretegn': () =>
    '--kommune må ikke indeholde linjeskift, usynlige tegn eller styretegn. Skriv kommunens navn på én linje, fx »--kommune Randers«.',
  'import-kommune-for-lang': (a) =>
    `--kommune har ${a.tegn.toLocaleString('da-DK')} tegn, men et kommunenavn har højst ${a.max}. Skriv kun kommunens navn, fx »--kommune Randers«.`,
  'import-kollision': (a) =>
    `${quote(a.fil)} er ikke skrevet: ${quote(a.andre)} findes allerede og ville blive bygget til den samme mappe i out/ (»${a.id}«), så build ville afvise begge filer. Vælg en anden fil med --ud, eller omdøb den eksisterende fil.`,
  'import-filnavn-ugyldigt': (a) =>
    `${quote(a.fil)} er ikke skrevet: filnavnet kan ikke bruges som mappe i out/ og adresse på hjemmesiden, så værktøjet ville afvise filen. Et kommunenavn i filnavnet må kun indeholde små bogstaver a-z, tal og bindestreger. Vælg et andet navn med --ud, fx ${quote(a.forslag ?? 'randers.yml')}.`,
  'import-resultat-for-stort': (a) =>
    `Den importerede fil ville fylde ${a.stoerrelse}, men værktøjet læser højst ${a.graense} pr. fil, så intet er skrevet.${a.stoerste?.length ? ` Mest fylder ${listed(a.stoerste.map((each) => `${sectionName(each.overskrift)} (${each.stoerrelse})`))}.` : ''} Del dokumentet i flere (fx bilagene for sig), og importér dem hver for sig.`,
  'import-over-graense': (a) =>
    `Den importerede fil ville overskride en af værktøjets grænser for tekster, så intet er skrevet: ${a.fejl.join(' ')} Forkort eller del teksten i Word, og importér igen.`,
  'import-placering-delt': (a) => `→ »${a.noegle}«: fortsættelsen af afsnittet før, der var for langt til ét tekstfelt`,
  'import-spoerg-delt': (a) =>
    `Afsnittet ${quote(a.overskrift)} var for langt til ét tekstfelt (højst ${a.graense} tegn) og er delt i ${a.antal} afsnit ved afsnitsgrænserne. Se, om delingen falder et godt sted, og ret overskrifterne »(fortsat)«.`,
  'import-spoerg-skjult': (a) =>
    `${a.antal} stykke(r) tekst er formateret som skjult i Word og er udeladt, fx ${quote(a.eksempel)}. Skal teksten med, så fjern »Skjult« i Word (Skrifttype), og importér igen; ellers slet den.`,
  'import-spoerg-kommentarer': (a) =>
    `Dokumentet har ${a.antal} kommentar(er) fra en korrekturlæsning, som ikke er importeret, fx ${quote(a.eksempel)}. Læs dem i Word, og ret teksten i filen, hvis de ændrer noget.`,
  'import-spoerg-html-stykker': (a) =>
    `Dokumentet har ${a.antal} indlejret(e) stykke(r) fra en anden fil (HTML eller RTF, »altChunk«), som ikke er importeret. Åbn dokumentet i Word, og skriv den tekst, der står dér, ind i filen selv.`,
  'import-spoerg-link': (a) =>
    `Linket ${quote(a.tekst)} peger på ${quote(a.adresse)}, som ikke kan bruges på en hjemmeside (kun http:, https:, mailto: og tel:). Teksten er importeret uden linket; indsæt den rigtige adresse selv.`,
  // #21: what a draft's tracked changes and its references to nothing become
  'import-spoerg-sporede-aendringer': (a) => {
    const other = `${a.andre} ${a.andre === 1 ? 'anden ændring' : 'andre ændringer'} af formatering, afsnitsskift eller tabelrækker`;
    const counted =
      a.indsat + a.slettet === 0
        ? other
        : `${a.indsat} indsættelse(r)${a.andre > 0 ? ', ' : ' og '}${a.slettet} sletning(er)${a.andre > 0 ? ` og ${other}` : ''}`;
    const read = a.indsat + a.slettet === 0 ? '' : ': indsat tekst er med, og slettet tekst er udeladt';
    const places = changedPlaces(a.indsatte, a.slettede);
    return `Dokumentet har ændringer, der hverken er godkendt eller afvist (Spor ændringer): ${counted}. De er importeret, som om de var godkendt${read}.${places} Er det en kladde, så godkend eller afvis ændringerne i Word (Gennemse → Godkend eller Afvis), og importér igen; ellers tjek ${places ? 'de nævnte steder i filen' : 'filen'}.`;
  },
  'import-spoerg-doede-links': (a) =>
    `Dokumentet har ${a.antal} link(s), der fører til noget, som ikke findes i filen (et bogmærke, en henvisning eller en del af filen)${a.eksempel ? `, fx ${quote(a.eksempel)}` : ''}. Teksten er importeret uden linket. Ret linket i Word, og importér igen, eller indsæt den rigtige adresse i filen selv.`,
  'import-spoerg-interne-links': (a) =>
    `Dokumentet har ${a.tilOverskrift + a.udenLink} link(s) til et sted i dokumentet selv (et bogmærke i Word)${a.eksempel ? `, fx ${quote(a.eksempel)}` : ''}. ${
      a.tilOverskrift > 0 ? `${a.tilOverskrift} fører nu til det afsnit på hjemmesiden, hvis overskrift bogmærket stod ved. ` : ''
    }${
      a.udenLink > 0
        ? `${a.udenLink} er importeret som tekst uden link, fordi bogmærket ikke står ved et afsnits overskrift, og et bogmærke ikke findes på hjemmesiden. `
        : ''
    }Tjek, at hvert link fører det rigtige sted hen, eller skriv i teksten, hvilket afsnit der menes.`,
  'import-spoerg-fil-links': (a) =>
    `Dokumentet har ${a.antal} link(s) til en fil ved siden af dokumentet (en adresse uden http:// eller https://), fx ${quote(a.tekst)} til ${quote(a.adresse)}. Filen kommer ikke med på hjemmesiden, så teksten er importeret uden linket. Læg filen på kommunens hjemmeside, og indsæt dens adresse (https://…) som link i filen.`,
  'import-spoerg-manglende-billeder': (a) =>
    `${a.antal} billede(r) i dokumentet findes ikke i filen (Word viser et tomt felt eller et rødt kryds i stedet)${a.eksempel ? `, fx ${quote(a.eksempel)}` : ''}. Resten af dokumentet er importeret. Er billedet vigtigt, så sæt det ind i Word igen, eller beskriv i filen med ord, hvad det viser.`,
  'import-over-graense-i-dokumentet': (a) => `${limitPlace(a)} ${limitAmount(a)}, så intet er skrevet. ${limitAdvice(a)}`,
  'import-for-meget-opmaerkning': (a) =>
    `Dokumentets tekster har i alt ${thousands(a.antal)} Markdown-tegn (*, _, [, ], ~, <, >, | og \`), men værktøjet tager højst ${thousands(a.graense)} i én fil, så intet er skrevet.${a.flest.length > 0 ? ` Flest står under ${listed(a.flest.map((each) => `${sectionName(each.overskrift)} (${thousands(each.antal)})`))}.` : ''} Fjern i Word de tegn, der kun er pynt (fx stjerner, streger eller afkrydsninger skrevet som »[x]«), eller del dokumentet i flere, og importér igen.`,
  'import-spoerg-manglende-noter': (a) =>
    `Dokumentet henviser ${a.antal} gang(e) til en fodnote eller slutnote, der ikke findes i filen${a.eksempel ? `, fx i afsnittet ${quote(a.eksempel)}` : ''}; henvisningen er udeladt. Tjek i Word, om noten mangler, og skriv den ind i filen, hvis den skal med.`,
};
