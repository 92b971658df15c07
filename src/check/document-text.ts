/**
 * The document as the evidence search reads it: every section (preface, a requirement's own
 * field, other sections, appendices) with its heading, where it stands in the file, the
 * requirements it says it covers (`daekker`), and its text cut into sentences, each with its
 * line. Markdown syntax is dropped; a sub-heading inside a text stays with the sentences
 * under it, because kommuner often answer a requirement under a heading of their own.
 */
import { type Node, Scalar } from 'yaml';
import type { Kvalitetsstandard } from '../generated/kvalitetsstandard.js';
import { positionAt, type LoadedFile } from '../load.js';
import type { AspectCatalogue, Regulation, Requirement } from '../regulations/index.js';
import { childrensActAge } from '../regulations/law-values.js';
import { documentSections, type SectionKind } from '../sections.js';
import { fileLineBreaks, locate, nodeAt, type PathSegment, type ValueLine, valueLines } from '../source-location.js';
import { splitSentences } from '../text/sentences.js';
import { statesOtherBasis } from './legal-basis.js';
import { LetterPattern } from '../text/letters.js';
import { collapseSpace, wordsAtMost } from '../text/words.js';
import { eachTextValue } from '../yaml-nodes.js';

export interface Sentence {
  text: string;
  /** The text in lower case, which the aspect catalogue's wordings read. */
  lower: string;
  /** Only sends the reader elsewhere (»Se kommunens hjemmeside.«). */
  pointer: boolean;
  line: number;
  /** Sentences of one paragraph or one list share a block number. */
  block: number;
  /** The nearest heading above the sentence inside the text, if any. */
  subheading?: string;
  /** The sentence is a heading: it names a subject, it says nothing about it. */
  isHeading?: boolean;
  /** What the sentence is when it is not the kommune's own statement (see `roleOf`). */
  role?: SentenceRole;
  /** Words about what the document or section will or should contain (»Afsnittet skal beskrive …«, »Her beskrives …«). */
  announces?: boolean;
  /** A few words without a verb or a figure (»Udredning og visitation«): it names a subject, it does not describe it. */
  bare?: boolean;
  /**
   * Another party's: it begins with another named kommune (»I Aarhus Kommune kan borgerne vælge …«)
   * or another authority (»I Region Midtjylland …«), or stands under a heading of a provider's own
   * account (»Leverandørens kvalitetsstandard«), of other kommuner or national advice (»Inspiration
   * fra andre kommuner«, »Socialstyrelsens anbefalinger«, »Erfaringer fra Aarhus Kommune«), of another's words
   * about the kommune (»Høringssvar«, »Tilsynets kritikpunkter«) or of one person's case (»Eksempel fra praksis«): its practice, not this kommune's.
   */
  anotherParty?: boolean;
  /** Told in the past under a heading of a period that has ended (»Status på indsatsen 2019-2022«): what was then, not what is. */
  ofPastPeriod?: boolean;
  /** Under a heading of proposals, visions or plans (»Forslag til ny praksis«, »Fremtidige tiltag«, »Mål for 2028«): what is wished or planned, not what is. */
  planned?: boolean;
  /**
   * A table's row, one statement: its table is one block (the offers a table lists are read
   * together), but the row beside it, on another subject, is not its context.
   */
  tableRow?: boolean;
  /** A list's lead-in (»Vi gør følgende:«): the items read into its text (see `startsList`). */
  listItems?: Sentence[];
}

/**
 * Text that is no answer, however well it names the subject: a placeholder (»Tekst
 * følger«); words about the document or the law itself (»Kvalitetsstandarden indeholder en
 * beskrivelse af målgruppen«, »Her beskrives …«, »Den lovgivning, der regulerer …«); the
 * law quoted (»Stk. 2. Tilbud efter stk. 1 skal iværksættes senest 14 dage …«), which tells
 * the reader the rule but not what the kommune does.
 */
export type SentenceRole = 'pladsholder' | 'om-dokumentet' | 'lovtekst';

export interface TextSection {
  key: string;
  kind: SectionKind;
  path: PathSegment[];
  heading: string;
  headingLower: string;
  /** Each paragraph's or list's whole text in lower case, by block: the context of its sentences. */
  paragraphs: Map<number, string>;
  /** The line of the section's key in the file. */
  line: number;
  requirement?: Requirement;
  covers: readonly string[];
  lovgrundlag: readonly string[];
  sentences: Sentence[];
}

/** A text as written and in lower case. */
export interface Cased {
  text: string;
  lower: string;
}

/**
 * Whether a pattern matches a text: the catalogue's case-insensitive wordings read the
 * lower-case text, a pattern with the `u` flag (an acronym, a name) the text as written.
 */
export function matches(pattern: RegExp, text: Cased): boolean {
  return pattern.test(pattern.unicode ? text.text : text.lower);
}

/** A letter of Danish text: a class is far cheaper for the regex engine than \p{L} with the u flag. */
const danishLetter = '[a-zæøåäöüéèáàâêîôûçñ]';

/**
 * A pattern with \\p{L} as a Danish letter, read against the lower-case text: sentences are
 * tested against it many times. Patterns that read lower-case text have no `i` flag, which
 * makes V8 compile every letter and class in both cases (several ms for the longest, once
 * per run); test/lower-case-patterns.test.ts checks that they read as they would with it.
 */
const danish = (source: string): RegExp => new RegExp(source.replaceAll(String.raw`\p{L}`, danishLetter));

/** A short sentence that sends the reader elsewhere instead of saying it, or a label whose value is only a paragraph of law (»Frit valg | Jf. serviceloven § 101, stk. 5«). */
const pointerCue = danish(
  String.raw`(?<!\p{L})(?:se|læs)(?!\p{L})(?:\s+(?:mere|nærmere|også|evt\.))*(?:\s+om\s[^.]{0,80}?|(?:\s+\p{L}+){1,6}?)?\s+(?:i|på|under)\s|(?<!\p{L})(?:se|læs)(?!\p{L})\s+(?:\p{L}+\s+){0,3}(?:hjemmeside|pjece|folder|afsnit|kapitel|bilag)|^(?:se|læs)(?:\s+(?:mere|nærmere|også|evt\.))*\s|^[^.:;!?]{1,60}:\s+(?:se|læs)(?:\s+(?:mere|nærmere|også|evt\.))*\s|^[^.:;!?]{1,60}(?::|\s–)\s+(?:jf\.?|jvf\.?|jævnfør|iht\.?|i henhold til)\s+(?:\p{L}+\s+){0,3}§\s?\d+(?:,?\s(?:stk\.|nr\.)\s?\d+)*\.?$|(?<!\p{L})(?:der henvises til|henviser til|henvises til|fremgår af|(?:er |bliver )?(?:nærmere |yderligere |uddybende )?(?:beskrevet|beskrives|omtalt|omtales|uddybet|uddybes) i|kan findes i|findes i|står i|kan læses i|kan læses på)(?!\p{L})`,
);
/**
 * Where a pointer sends the reader: a part of this document, a page, or another of the kommune's
 * documents (its policy, strategy, guidelines, contracts, price list, a report or a plan of its
 * own; a plan or agreement only by its kind, »rammeaftalen«, »virksomhedsplanen«, not the
 * person's own, whose content a sentence may tell: »Dine mål står i din behandlingsplan«).
 */
const pointerTarget = new LetterPattern(
  String.raw`afsnit|kapitel|bilag|pjece|folder|hjemmeside|www\.|https?:|[»"“]|kvalitetsstandard|\p{Lu}\p{L}+ (?:information|standard|vejledning|kvalitetsstandard)|politik|strategi|værdigrundlag|retningslinje|vejledning|procedure|notat|kontrakt|takstblad|oversigt|diagram|beretning|rapport|årshjul|forretningsorden|erklæring|budget|(?<=\p{L})grundlag(?:et)?(?!\p{L})|(?<=\p{L})(?:aftale|(?<!behandlings|handle|pleje|genoptrænings|job)plan(?:en|er|erne)?(?!\p{L}))`,
);
/** A reading guide: »Herefter kan du læse om, hvilke mål og værdier behandlingen bygger på«. */
const readingGuide = danish(String.raw`(?<!\p{L})(?:kan|vil) du (?:\p{L}+ ){0,2}(?:læse|finde|se) (?:mere )?om(?!\p{L})`);

/** Words without which no sentence is a pointer: a cheap test before the patterns. */
const pointerWords = danish(String.raw`(?<!\p{L})(?:se|læs|henvis|fremgår|beskrev|beskriv|omtal|uddyb|findes|står|læses|du|jf|jvf|jævnfør|iht|i henhold)`);

/**
 * A short sentence that leaves the telling to someone else or to later: »Du får
 * klagevejledning sammen med afgørelsen«, »Din behandler fortæller dig om dine muligheder for
 * frit valg«, »Oplysninger om egenbetaling fås ved henvendelse til centret«, »Spørgsmål om
 * visitation kan rettes til …«. The reader is to be told; the standard does not tell.
 */
const deferral = danish(
  String.raw`(?<!\p{L})(?:(?:du|borgeren) (?:får|modtager|kan få) (?:\p{L}+ ){0,3}(?:information|oplysning(?:er)?|\p{L}*vejledning|orientering|besked)|(?:information|oplysning(?:er)?|\p{L}*vejledning) (?:om [^.]{1,60} )?(?:fås|kan fås|udleveres|gives) (?:ved|hos|på|af)|(?:fortæller|informerer|orienterer|oplyser|vejleder) (?:dig|borgeren) (?:om|nærmere)|spørgsmål (?:om|vedrørende|til) [^.]{0,60}(?:kan )?(?:rettes|stilles) til|(?:du|borgeren) kan (?:få|høre) mere (?:at vide )?(?:om|hos|ved)|^spørg (?:din|en|vores|jeres) (?:\p{L}+ )?(?:behandler|sagsbehandler|rådgiver|kontaktperson|medarbejder))(?!\p{L})`,
);
/** Words without which no sentence defers: a cheap test before the pattern. */
const deferralWords =
  /^spørg |information|oplysning|vejledning|orientering|besked|fortæller|informerer|orienterer|oplyser|vejleder|spørgsmål|kan få mere|kan høre mere/;

export function isPointer(sentence: Cased): boolean {
  if (isDeferral(sentence)) return true;
  if (!pointerWords.test(sentence.lower)) return false;
  if (readingGuide.test(sentence.lower)) return true;
  if (saidDescribed.test(sentence.lower)) return true;
  return wordsAtMost(sentence.text, 20) && pointerCue.test(sentence.lower) && (pointerTarget.test(sentence.text) || pointsToLaw(sentence.lower));
}

/** A subject said to be described, and nothing more (»Den fremtidige indsats er beskrevet.«): it points nowhere in particular. */
const saidDescribed = danish(String.raw`^(?:\p{L}+ ){1,5}(?:er (?:nærmere |yderligere )?beskrevet|beskrives|er beskrevet andetsteds)[.!]?$`);

/** A paragraph of law as the target (»Om frit valg henvises til servicelovens § 101, stk. 5«), not one followed by what it says (»Det fremgår af § 101, at du kan …«). */
function pointsToLaw(lower: string): boolean {
  return lower.includes('§') && !/§.*(?<![a-zæøå])at(?![a-zæøå])/.test(lower);
}

/** A figure, or »og« joining a second clause (»… og du kan klage til …«): a deferral with either says more than where to ask. */
const figureOrSecondClause = danish(String.raw`\d|(?<!\p{L})og(?!\p{L})`);

/**
 * Where and when to ask (a phone number, an e-mail or web address, opening hours: »på tlf. 70 20 30 40«, »alle hverdage kl. 9-15«):
 * it says whom to ask, not what the answer is, so a deferral with it is read without it.
 */
const contactDetails =
  /(?:(?:på |via )?(?:tlf\.?(?: ?nr\.?)?|telefon(?:nummer)?|mobil|sms)(?: på)?:? ?)?(?:\+45 ?)?\d{2}(?: ?\d{2}){3}(?!\d)|(?:på |via )?(?:e-?mail:? ?)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:på |via )?(?:https?:\/\/|www\.)\S+?(?=[.,;]?(?:\s|$))|(?:(?:alle )?(?:hverdage|mandag|tirsdag|onsdag|torsdag|fredag)(?: til (?:torsdag|fredag))? )?(?:mellem )?kl\. ?\d{1,2}(?:[.:]\d{2})?(?: ?(?:-|–|og) ?\d{1,2}(?:[.:]\d{2})?)?/g;

/** Only short sentences, with no figure and no second clause, but for where and when to ask. */
function isDeferral({ text, lower }: Cased): boolean {
  if (!deferralWords.test(lower)) return false;
  const [shortText, shortLower] = [text.replace(contactDetails, ''), lower.replace(contactDetails, '')];
  return wordsAtMost(shortText, 15) && !figureOrSecondClause.test(shortLower) && deferral.test(shortLower);
}

/** A marker of text not written yet; a short sentence with one is a placeholder. */
const placeholderMarker = new LetterPattern(
  String.raw`(?<!\p{L})(?:(?:tekst|teksten|indhold|indholdet|beskrivelse|beskrivelsen|uddybning|mere|resten|afsnit|afsnittet)\s+følger|følger senere|følger snarest|udfyldes|skrives senere|beskrives (?:senere|i (?:næste|en senere|den kommende))|uddybes senere|tilføjes senere|indsættes|under udarbejdelse|afventer|kommer senere|endnu ikke (?:skrevet|udfyldt|beskrevet|fastlagt)|tbd|todo|xx+|lorem ipsum)(?!\p{L})|^\W*(?:…|\.\.\.)\W*$|\[[^\]]{0,60}\]|\((?:ny |indsæt )?dato\)`,
);

/**
 * Text of a template, not of the kommune: guidance in brackets (»[Beskriv her, hvordan
 * brugerne inddrages …]«, not a footnote »[^1]: …«), an instruction to whoever fills it in
 * (»Indsæt beskrivelse af personalets uddannelse«, »Beskriv her, hvordan …«; not »Skriv til
 * os«, »Udfyld ansøgningen«, which address the citizen), or a suggested text (»Eksempeltekst:
 * …«, »Skriv fx: …«). However well it is worded, nobody has said it yet.
 */
const templateText = danish(
  [
    String.raw`^\s*(?:\[(?!\^)|<\p{L}[^>]{0,80}>)`,
    String.raw`^(?:beskriv|indsæt|skriv|angiv|udfyld|tilføj|anfør|uddyb|indskriv|redegør for)(?: (?:her|kort|nærmere|venligst|gerne|endelig))*,? (?:hvordan|hvem|hvad|hvilke|hvilken|hvornår|hvor|om|kommunens|en beskrivelse|beskrivelse|tekst|teksten|dato|datoen|navn|navnet|fx|f\.eks|eksempel|afsnittet|målgruppen|personalets|borgernes|brugernes)(?!\p{L})`,
    String.raw`^(?:eksempeltekst|teksteksempel|tekstforslag|forslag til tekst|skabelontekst|vejledning til udfylder|skriv fx|skriv f\.eks\.?)\s*:`,
    // A writer's note or an example left in (»Eksempel: …«, »Vejledende tekst fra KL: …«, »HUSK at skrive om …«, »Kommentar fra MJ: …«).
    String.raw`^(?:eksempel|vejledende tekst(?: fra (?:\p{L}|\.)+)?|kommentar(?: fra (?:\p{L}|\.)+)?|note|nb|obs|todo)\s*:|^husk(?: at| også)?(?!\p{L})`,
    // The writer's task told in the third person (»Kommunen beskriver, hvordan brugerne inddrages …«).
    String.raw`^(?:kommunen|forvaltningen|\p{L}+ kommune) (?:beskriver|redegør for|angiver|skriver|uddyber)(?: her)?,? (?:hvordan|hvad|hvem|hvornår|hvilke|hvilken|om)(?!\p{L})`,
  ].join('|'),
);

/** The document (or a part of it) named as what a sentence is about. */
const documentNoun = String.raw`(?:kvalitets)?standard(?:en|ens)?|dokument(?:et|ets)?|afsnit(?:tet|tets)?(?: \d+)?|kapit(?:el|let|lets)(?: \d+)?|del \d+|pjecen|folderen|bilag(?:et)? \d*`;
/** What shall appear in the document, the law's demand on it in the passive (»Det skal fremgå af kvalitetsstandarden, at …«, »I standarden skal det beskrives, hvordan …«). */
const shallAppearIn = String.raw`^(?:det )?(?:skal|bør|må) (?:det )?(?:desuden |endvidere |også |tillige )?(?:fremgå|beskrives|oplyses|anføres|angives|stå|redegøres for|gøres rede for) (?:af|i) (?:denne |dette |den |det |nærværende )?(?:${documentNoun})(?!\p{L})|^(?:af|i) (?:denne |dette |den |det |nærværende )?(?:${documentNoun}),? (?:skal|bør|må) (?:det )?(?:desuden |endvidere |også |tillige )?(?:fremgå|beskrives|oplyses|anføres|angives|stå|redegøres for|gøres rede for)(?!\p{L})`;
/**
 * A sentence about the document itself: it starts with the document as its subject
 * (»Kvalitetsstandarden fastsætter …«, »Afsnit 1 omhandler …«, »Del 2 omfatter …«), says
 * what it is for or will say (»Formålet med kvalitetsstandarden er …«, »Her beskrives …«,
 * »Afsnittet skal beskrive …«), or presents it; or the law described by itself (»Den
 * lovgivning, der regulerer …«, »Servicelovens § 101 beskriver rammer …«).
 */
const aboutDocument = danish(
  [
    String.raw`^(?:denne|dette|nærværende|vores|følgende|hele|den|det|kommunens|\p{L}+ kommunes)?\s*(?:${documentNoun})(?!\p{L})`,
    // »Herved fremstår kvalitetsstandarden at dække …«, not »Ifølge standarden har du ret til …«.
    String.raw`^(?:\p{L}+ ){1,3}(?:denne |dette |den |det )?(?:kvalitets)?standard(?:en|ens)(?: \p{L}+)? (?:indeholder|beskriver|fastsætter|fastlægger|omfatter|dækker|at dække|handler|omhandler|gennemgår|rummer|giver|henvender|består|skal|vil|er udarbejdet|revideres)(?!\p{L})`,
    String.raw`formål(?:et)? med (?:denne |dette |den |det )?(?:${documentNoun})(?!\p{L})`,
    // Inverted order: »I Xby Kommune indeholder kvalitetsstandarden en beskrivelse af …«.
    String.raw`(?:indeholder|beskriver|fastsætter|fastlægger|omhandler|gennemgår|rummer) (?:denne |dette |den |det )?(?:kvalitets)?standard(?:en)(?!\p{L})`,
    String.raw`(?:^|\s)(?:i|med) (?:denne|dette|nærværende) (?:${documentNoun})(?!\p{L})`,
    String.raw`^(?:her|nedenfor|nedenstående|herefter|i det følgende|herunder)\s+(?:beskrives|gennemgås|redegøres|præsenteres|gives|oplyses|informeres|anføres|angives|nævnes|opregnes|indsættes|udfyldes|fremgår|følger|står|findes|vil|skal|bliver|kommer|kan du (?:læse|se|finde))(?!\p{L})`,
    String.raw`(?:${documentNoun}) (?:skal|vil|bør|kommer til at) (?:\p{L}+ )?(?:beskrive|indeholde|redegøre|oplyse|gennemgå|handle|omhandle|præsentere)`,
    // What shall appear in it, in the passive or with »det« (»Det skal fremgå af kvalitetsstandarden, at …«, »Af standarden skal det fremgå, hvordan …«).
    shallAppearIn,
    String.raw`(?:præsentere|fremlægge|udgive)r?\s[^.]{0,60}(?:kvalitets)?standard`,
    String.raw`^(?:den |denne )?(?:lovgivning(?:en)?|loven|bekendtgørelsen|serviceloven|\p{L}*lovens? (?:§ ?)?\d+)(?!\p{L})[^.]{0,80}?(?<!\p{L})(?:regulerer|beskriver|fastsætter|fastlægger|omhandler|indeholder|forudsætter|stiller krav)(?!\p{L})`,
  ].join('|'),
);
/** What a text says it will or should contain: never an answer, even about the document itself. */
const announcement = new LetterPattern(
  String.raw`${shallAppearIn}|^(?:her|nedenfor|nedenstående|herefter|i det følgende)\s+(?:beskrives|gennemgås|redegøres|gives|oplyses|informeres|anføres|angives|nævnes|opregnes|præsenteres|indsættes|udfyldes|vil|skal)(?!\p{L})|(?:afsnit|kapit|standard|dokument)\p{L}* (?:skal|vil|bør|kommer til at) (?:\p{L}+ )?(?:beskrive|indeholde|redegøre|oplyse|gennemgå|handle|omhandle)|formål(?:et)? med (?:\p{L}+ )?(?:afsnit|kapit)`,
);

/** Whom the standard covers (»Kvalitetsstandarden omfatter borgere med …«) is its target group, not words about it. */
const scopeOfPeople = new LetterPattern(
  String.raw`(?<!\p{L})(?:omfatter|gælder for|dækker|er målrettet|retter sig mod) (?:\p{L}+ ){0,2}(?:borgere|personer|unge|voksne|alle|mennesker|dig|\p{L}*misbrugere)(?!\p{L})`,
);
/** A sentence of a statute quoted in the text (»Stk. 3. Kommunalbestyrelsen skal …«). */
const statuteSentence =
  /^(?:stk\.\s*\d|§\s*\d+\s*[a-z]?\.|kommunalbestyrelsen (?:skal|kan|træffer|indgår|sørger|tilbyder|fastsætter)|[a-zæøå]*ministeren (?:fastsætter|kan))/;
/**
 * A line that only cites a paragraph of a law (»Serviceloven § 153.«, »§ 101, stk. 3:«, »Lov om
 * social service § 153«): what follows it in its paragraph, or the next paragraph when it
 * stands alone, is that paragraph's text.
 */
const lawCitation = danish(
  String.raw`^(?:(?:lov om (?:\p{L}+ ){0,3}\p{L}+|\p{L}*lov(?:en|ens)?|sel|sul|bl)\.? )?§+ ?\d+ ?[a-z]?(?:,? (?:stk\.|nr\.) ?\d+)*(?: i (?:\p{L}+ ){0,3}\p{L}*lov\p{L}*)?[.:]?$`,
);
/** Words a statute is written with and a kommune's own account is not (»Personer, der …«, »kommunalbestyrelsen«, »efter stk. 1«). */
const statuteWording = danish(
  String.raw`(?<!\p{L})(?:kommunalbestyrelsen|regionsrådet|\p{L}*ministeren|personer,? der|en person,? der|denne lov|stk\. ?\d|nr\. ?\d|jf\. ?§)(?!\p{L})`,
);
/**
 * The law's rule told as the law's, in the writer's words (»Det følger af serviceloven, at
 * behandlingen skal iværksættes senest 14 dage efter henvendelsen«, »Efter loven skal …«,
 * »Bekendtgørelsen kræver, at …«, »Loven giver borgeren ret til …«, »Det er lovbestemt, at …«,
 * »I bekendtgørelsen er fastsat, at …«, the act named by its paragraph (»Det fremgår af § 101, at …«, »Jf. § 101, stk. 4, skal …«),
 * »Kommunen skal sikre, at …«, »Kommunen har pligt til at …«, a statute's duty with the kommune
 * for the council): what the law asks, not what the kommune does or tells its reader.
 * Read as quoted law, and only where the sentence does not speak to the reader or as the
 * kommune (»Efter serviceloven skal du have …«, »Kommunen skal sikre, at du …«).
 */
const lawsRule = danish(
  [
    String.raw`^(?:det )?(?:følger|fremgår) af (?:[^.;:!?]|(?<=stk|nr)\.){0,80}?(?:(?<!\p{L})(?:\p{L}*lov(?:en|ens|givningen|givningens)?|bekendtgørelse(?:n|ns)?|lovgivning(?:en)?)(?!\p{L})|§ ?\d+)(?:[^.;:!?]|(?<=stk|nr)\.){0,50}?,? at(?!\p{L})`,
    String.raw`^(?:efter|ifølge|iflg\.|i henhold til|i medfør af|jf\.?|jævnfør) (?:[^.;:!?]|(?<=stk|nr)\.){0,40}?(?:(?<!\p{L})(?:\p{L}*lov(?:en|ens|givningen|givningens)?|bekendtgørelse(?:n|ns)?|lovgivning(?:en)?)(?!\p{L})|§ ?\d+)(?:[^.;:!?]|(?<=stk|nr)\.){0,50}? (?:skal|må)(?!\p{L})`,
    // Said of the act as where the rule is written (»I bekendtgørelse om … er fastsat, at …«, »Af loven fremgår det, at …«).
    String.raw`^(?:i|af) (?:[^.;:!?]|(?<=stk|nr)\.){0,80}?(?:(?<!\p{L})(?:\p{L}*lov(?:en|ens|givningen|givningens)?|bekendtgørelse(?:n|ns)?|lovgivning(?:en)?)(?!\p{L})|§ ?\d+)(?:[^.;:!?]|(?<=stk|nr)\.){0,60}? (?:(?:er|blev|bliver) (?:det )?(?:fastsat|bestemt|fastslået|anført|angivet|krævet)|fremgår det),? at(?!\p{L})`,
    String.raw`^(?:\p{L}*loven|lovgivningen|bekendtgørelsen) (?:\p{L}+ )?(?:kræver|foreskriver|fastslår|bestemmer|giver|pålægger (?:kommunen|kommunalbestyrelsen))(?!\p{L})`,
    String.raw`^det er (?:et )?(?:lovkrav|lovbestemt|lovpligtigt|bestemt ved lov|fastsat i loven|et krav i loven),? at(?!\p{L})`,
    // The kommune's duty in the law's voice, whatever its verb (»Kommunen skal give borgeren mulighed for frit valg …«).
    String.raw`^(?:kommunen|kommunalbestyrelsen|byrådet) (?:skal|er forpligtet til at|har pligt til at)(?!\p{L})`,
  ].join('|'),
);
/** Words of the kommune's own voice, which a statute never uses. */
const ownVoice = danish(String.raw`(?<!\p{L})(?:du|dig|din|dit|dine|vi|os|vores|jeg)(?!\p{L})`);
/** A heading over quoted law: what the statute says, not what the municipality offers. */
export const lawQuotation = new LetterPattern(
  String.raw`lovgrundlag|lovgivning|lovtekst|regelgrundlag|lovbestemmelse|love og regler|lovens tekst|(?<!\p{L})loven(?!\p{L})`,
);

/** Words that make a few words a statement: a verb a kommune writes with, or a person it addresses. */
const statementWord = /(?<![a-zæøåéü])(?:er|har|kan|skal|vil|må|får|bliver|blev|var|ikke|du|vi|man|jeg|dig)(?![a-zæøåéü])|[a-zæøåéü]{3}es(?![a-zæøåéü])/;

/** Words without which no sentence is a placeholder: a cheap test before the patterns. */
const placeholderWords =
  /følger|udfyld|senere|næste|kommende|indsæt|udarbejd|afvent|kommer|endnu|tbd|todo|xx|lorem|\.\.\.|…|\[|\{|\?\?|dato|(?<![a-zæøå])(?:nn|x)(?![a-zæøå])/;

/**
 * A blank of a template left in, in a sentence of any length: a name or figure to fill in (»XX Kommune«, »NN«, »[indsæt
 * antal]«, »[kommunens navn]«, »{antal}«, »senest … dage«, »x gange om året«; a blank line »___« and »<kommunens navn>« reach
 * here as »[…]« and »[kommunens navn]«, see `plainInline`). The sentence is not written yet, whatever else it says.
 */
const blankLeft = danish(
  String.raw`(?<!\p{L})(?:xx+|nn)(?!\p{L})|\[(?:indsæt|skriv|angiv|udfyld|navn|kommune|dato|antal|tal|beløb|tekst|beskriv|tbd|todo|x+|…|\.\.\.|\?+)[^\]]{0,60}\]|\{[^{}]{1,40}\}|(?<![\p{L}\d]|\d )(?:x|…|\.\.\.) (?:dage|uger|måneder|år|gange|timer|kr|kroner|%|procent)(?!\p{L})`,
);

/** Question marks standing alone, not after a word (»mødes ?? gange om året«, »Kontaktperson: ??«, »(???)«). */
const standingMarks = /(?:^|[\s(:])\?{2,}(?=[\s).,;:]|$)/;

/**
 * Whether a sentence has »??« (or »???«) for a blank of a template, as »XX« is: marks standing
 * alone before more words, or at the end of a sentence that asks nothing (»Brugerrådet mødes
 * ??«). Not a question's own marks (»Hvad kan du forvente??«, »Hvad kan du forvente ??«).
 */
function leavesMarksBlank(lower: string): boolean {
  const marks = standingMarks.exec(lower);
  if (!marks) return false;
  const atEnd = /^[\s).]*$/.test(lower.slice(marks.index + marks[0].length));
  return !atEnd || !unmarkedQuestion.test(lower);
}

/** Words without which no sentence is about the document or the law: a cheap test before the patterns. */
const documentWords =
  /standard|dokument|afsnit|kapit|del \d|pjece|folder|bilag|formål|^her|^ned|^herefter|^i det|lovgivning|loven|bekendtgørelse|lovens|præsent|fremlæg|udgive/;

/**
 * A sentence whose main clause is the writer's aim or value: »Det er vigtigt for os, at du
 * kender dine muligheder for at klage«, »Vi lægger vægt på, at …«, »Vi mener, at …«, »Kommunen ønsker at sikre
 * …«, »Vi tilstræber …«, »Målet er, at …«. It names what the kommune wants, not how it is done; it answers a
 * requirement that asks for aims (`maal_svarer`), and mentions any other in passing.
 */
const aimStatement = danish(
  [
    '^(?:(?:derfor|generelt|overordnet|samtidig|desuden|endvidere|også) )?(?:',
    String.raw`det er (?:\p{L}+ )?(?:vigtigt|afgørende|centralt|væsentligt|essentielt|magtpåliggende|en prioritet|et ønske|et mål|mål(?:et|sætningen)?|ambitionen|hensigten|intentionen|tanken|meningen|ønskeligt|hensigtsmæssigt|at foretrække)(?: for (?:os|kommunen|\p{L}+ kommune|\p{L}+))?,? at`,
    '|',
    // The aim as the subject (»Målet er, at alle medarbejdere har en relevant uddannelse«, »Vores ambition er, at …«).
    String.raw`(?:(?:vores|kommunens|centrets|centerets) (?:mål|målsætning|ambition|hensigt|vision)|mål(?:et|sætningen)|ambitionen|hensigten|intentionen|visionen|(?:et|ét|en|én)(?: af)?(?: vores| kommunens| centrets| de)?(?: \p{L}+)? (?:mål(?:ene)?|målsætning(?:en|erne)?|ambition(?:en|erne)?)) er,? at`,
    '|',
    String.raw`(?:vi|kommunen|\p{L}+ kommune|\p{L}*cent(?:ret|eret)|forvaltningen|afdelingen|tilbuddet)(?: \p{L}+)?? (?:lægger (?:\p{L}+ )?vægt på|har (?:\p{L}+ )?fokus på|har (?:som|et|en) (?:mål|målsætning|ambition)|ønsker(?:,? at| at sikre)|håber(?: (?:på|at)|,? at)|mener(?: også)?,? at|synes(?: også)?,? at|vil (?:\p{L}+ )?gerne(?! (?:høre|vide|have (?:din|dit|dine|jeres)|invitere|hjælpe)(?!\p{L}))|tilstræber|bestræber (?:sig|os) på|stræber efter|har (?:\p{L}+ )?til hensigt at|har (?:\p{L}+ )?(?:et|en) (?:\p{L}+ )?(?:ønske|drøm|ambition|vision) om|drømmer om|satser på|går efter|sætter (?:os|sig) (?:som |det |et )?mål|har sat (?:os|sig) (?:som |det |et )?mål|(?:vil )?arbejde[rs]? (?:\p{L}+ )?hen ?(?:imod|mod)|vil (?:\p{L}+ )?arbejde (?:for|på),? at|(?:forventer|regner med) at(?! (?:du|i|man|borgeren|brugeren|borgerne|brugerne|alle)(?!\p{L}))|stiler mod|sigter (?:mod|efter)|arbejder (?:\p{L}+ )?(?:for|på),? at|prioriterer|vægter)`,
    '|',
    // The subject called important (»Brugerinddragelse er et centralt princip i vores arbejde«, »Børnenes trivsel er vigtig for os«): a value, not how it is done.
    String.raw`(?:\p{L}+ ){1,5}?er (?:et|en) (?:meget |helt )?(?:centralt|central|vigtigt|vigtig|væsentligt|væsentlig|bærende|grundlæggende|naturligt|naturlig|afgørende|højt prioriteret) (?:princip|værdi|del|element|fokusområde|indsatsområde|prioritet|omdrejningspunkt)`,
    '|',
    String.raw`(?:\p{L}+ ){1,4}?er (?:meget |særligt |helt )?(?:vigtigt?|centralt?|væsentligt?|afgørende|højt prioriteret) for (?:os|kommunen|centret|\p{L}+ kommune)`,
    '|',
    // »Borgerens egne ønsker er i fokus«, »Borgeren står i centrum«: a value, not how it is done.
    String.raw`(?:\p{L}+ ){1,4}?(?:er|står) (?:altid )?i (?:fokus|centrum)[.!]?$`,
    String.raw`)(?!\p{L})`,
  ].join(''),
);
/**
 * A norm or an attempt in the place of practice (»Behandleren bør spørge til …«, »Vi forsøger så
 * vidt muligt at ansætte …«, »Vi bestræber os på, at behandlingen starter senest 14 dage …«,
 * whatever figure it names): what should be done or is tried, not what is done; read as an aim.
 * Not advice to the reader (»Du bør kontakte os …«), and not »søger om« (applies for). Also what
 * can be done by way of example (»… kan fx ske gennem …«), as national guidance lists it.
 */
const hedgedPractice = danish(
  [
    String.raw`^(?!(?:du|i|man)(?!\p{L}))(?:(?:\p{L}|-)+ ){1,3}?(?:(?:bør|burde)(?!\p{L})|(?:forsøger|prøver|søger) (?:\p{L}+,? ){0,5}?at(?!\p{L})|(?:bestræber (?:sig|os) på|tilstræber|stræber efter)(?!\p{L}))`,
    // An instruction to staff, not what the citizen gets: »Sørg for, at behandlingen starter …« (not the reader told what to bring, »Sørg
    // for at have dit sygesikringskort med«), the citizen named in the third person after an imperative (»Spørg altid borgeren, om …«,
    // »Kontakt familieafdelingen, hvis borgeren …«), or staff told to remember (»Medarbejderen skal huske at spørge …«).
    String.raw`|^sørg (?:\p{L}+ )?for(?![^.;:]*(?<!\p{L})(?:du|dig|din|dit|dine)(?!\p{L}))(?!\p{L})`,
    String.raw`|^(?:spørg|tal med|kontakt|underret|tjek|notér|noter|registrér|registrer|afklar|vurdér|vurder|informér|informer|orientér|orienter|inddrag|henvis|tilbyd|giv|udarbejd|følg op|vær opmærksom)(?!\p{L})(?=[^.;:]*(?<!\p{L})(?:borgeren|brugeren|klienten|personen|borgerens|brugerens|klientens|personens)(?!\p{L}))(?![^.;:]*(?<!\p{L})(?:du|dig|din|dit|dine)(?!\p{L}))`,
    String.raw`|^(?!(?:du|i|man|borgeren|brugeren)(?!\p{L}))(?:\p{L}+ ){1,2}skal (?:\p{L}+ )?huske(?: på)?,? at(?!\p{L})`,
    // What the kommune could do, not what it does (»Det er muligt at inddrage brugerne …«, »Der er mulighed for at oprette et brugerråd«,
    // »Vi har mulighed for at registrere …«, »Forløbene kan registreres i DanRIS«, »DanRIS kan bruges til at monitorere …«); not
    // what the reader may do (»Det er muligt at klage …«, »Du har mulighed for at vælge …«).
    String.raw`|^(?:det er|der er) (?:\p{L}+ )?(?:muligt|mulighed for) at (?:\p{L}+ ){0,2}?(?:inddrage|registrere|oprette|etablere|monitorere|indberette|supervisere|måle|evaluere|dokumentere|koordinere|nedsætte)(?!\p{L})`,
    String.raw`|^(?:vi|kommunen|\p{L}+ kommune|\p{L}*cent(?:ret|eret)|forvaltningen|personalet|medarbejderne|behandlerne) har (?:\p{L}+ )?mulighed for at(?!\p{L})`,
    String.raw`|^(?!(?:du|i|man)(?!\p{L}))(?:\p{L}+ ){1,3}kan (?:\p{L}+ )?(?:inddrages|registreres|indberettes|monitoreres|oprettes|etableres|dokumenteres|måles|evalueres|superviseres|(?:bruges|anvendes) til)(?!\p{L})`,
    // Strived for, in the passive (»Det tilstræbes, at behandlingen starter inden for 14 dage«).
    String.raw`|^det (?:tilstræbes|efterstræbes|forsøges|bestræbes)(?: \p{L}+)?,? at(?!\p{L})`,
    // The same of the subject (»Behandlingen tilstræbes startet senest …«, »… søges igangsat …«), and what is expected to happen
    // (»Behandlingen forventes at starte senest …«; not what is expected of the reader, »Du forventes at møde op«).
    String.raw`|^(?:\p{L}+ ){1,3}(?:tilstræbes|efterstræbes|søges|forsøges) (?:\p{L}+ )?\p{L}+(?:et|at|dt|gt)(?!\p{L})`,
    // Not what is expected of a provider or staff (»Leverandøren forventes at samarbejde …«): a demand on them.
    String.raw`|^(?!(?:\p{L}+ ){0,2}(?:du|i|man|borgeren|brugeren|\p{L}*leverandør\p{L}*|\p{L}*tilbud\p{L}*|personalet|medarbejder\p{L}*|\p{L}*behandler\p{L}*|\p{L}*stedet|institution\p{L}*)(?!\p{L}))(?:\p{L}+ ){1,3}forventes at(?!\p{L})`,
    // What can be done, by way of example, as guidance lists it (»Brugerinddragelse kan fx ske gennem brugerråd …«): not what the reader can do.
    String.raw`|^(?!(?:du|i|man|vi|jeg)(?!\p{L}))(?:(?:\p{L}|-)+ ){1,5}?(?:kan|kunne) (?:fx|f\.eks\.?|eksempelvis|for eksempel|bl\.a\.?|blandt andet) (?:ske|foregå|finde sted|være|\p{L}+es)(?!\p{L})`,
    // An example of what it could be (»Et eksempel på brugerinddragelse kunne være et brugerråd«, »Et eksempel kunne være …«).
    String.raw`|^(?:et )?eksempel (?:på (?:\p{L}+ ){1,3})?(?:kunne|kan) (?:fx |f\.eks\. |eksempelvis )?være(?!\p{L})`,
    // What is hoped for (»Vi håber at kunne starte …«, »Behandlingen skulle gerne starte …«), whatever figure it names.
    String.raw`|(?<!\p{L})(?:håber (?:at kunne|på at kunne|,? at (?:vi|kommunen|centret) kan)|skulle gerne)(?!\p{L})`,
    // What perhaps may be (»Brugerne kan eventuelt inddrages …«, »Der kan muligvis oprettes et brugerråd«, »Brugerrådet vil
    // muligvis blive hørt …«): not done, only not ruled out. Not an option given to the reader (»Du kan eventuelt tage …«).
    String.raw`|^(?!(?:du|i|man)(?!\p{L}))[^.;:]*?(?<!\p{L})(?:kan|vil|skal|bliver|kunne)(?: \p{L}+)? (?:eventuelt|muligvis|måske|evt\.|potentielt)(?!\p{L})`,
    // What can be done only when needed or in some cases, with no practice before it (»Personalet kan efter behov tilbydes supervision«,
    // »Borgeren vil i nogle tilfælde kunne vælge …«; not »… får supervision hver måned og kan efter behov få mere«).
    String.raw`|^(?!(?:du|i|man)(?!\p{L}))(?:(?!(?<!\p{L})og(?!\p{L}))[^.;:])*?(?<!\p{L})(?:kan|vil|kunne) (?:efter behov|ved behov|om nødvendigt|hvis nødvendigt|i (?:nogle|visse|enkelte) tilfælde)(?!\p{L})`,
  ].join(''),
);
/** Who acts for the kommune toward the citizen: the kommune, its centre or its staff. */
const kommuneActor = String.raw`(?:vi|kommunen|\p{L}+ kommune|\p{L}*cent(?:ret|eret)|forvaltningen|afdelingen|tilbuddet|personalet|medarbejderne|medarbejderen|(?:din |jeres )?(?:behandler(?:en|ne)?|kontaktperson(?:en)?|rådgiver(?:en|ne)?|sagsbehandler(?:en|ne)?))`;
/** An act the citizen takes (»Der kan klages«, »… kan søges«, »… kan vælges«), or one of reading: not the kommune's. */
const citizensAct =
  '(?:på)?klages|indbringes|ankes|genoptages|prøves|(?:ind)?sendes|(?:an)?søges|vælges|benyttes|udnyttes|henvendes|kontaktes|ses|læses|findes|opleves';
/** The sentence's main clause, before »kan«: up to a clause set off by a comma, or a few words of an adverbial (»I nogle forløb …«). */
const beforeInverted = String.raw`^(?:[^,.;:]{1,80}, |(?:\p{L}+ ){1,6}?)?`;
/**
 * What the kommune may do, in the one main clause of the sentence, not what it does: the impersonal passive with »kan« (»Der kan tilbydes
 * familiesamtaler«, »Har du hjemmeboende børn, kan der tilbydes …«, »Der kan nedsættes et brugerråd«, »Der kan være tale om …«),
 * the kommune or its staff with »kan« (»Vi kan tilbyde familiesamtaler«, »Behandleren kan henvise dig …«), what may be relevant
 * or come into question (»Det kan være relevant at tilbyde …«, »Familiebehandling kan komme på tale«), and a system the kommune
 * only has access to or is connected to (»Kommunen har adgang til DanRIS«, »… er tilsluttet DanRIS«). Not what the reader or the
 * citizen may do (»Du kan klage …«, »Der kan klages …«), nor what staff may receive or be (»Medarbejderne kan deltage i kurser«,
 * »Behandlerne kan være socialrådgivere …«); a clause of practice beside it (»…, og vi …«) is read on its own.
 */
const possibleOnly = danish(
  [
    String.raw`(?:${beforeInverted}kan der|^der kan)(?: \p{L}+){0,4}? (?:(?!${citizensAct}(?!\p{L}))\p{L}{2,}es|indgå|ske|foregå|finde sted|(?:være|blive) tale om)(?!\p{L})`,
    String.raw`|(?:${beforeInverted}kan ${kommuneActor}|^(?:(?:derudover|desuden|endvidere|herudover|samtidig|også) )?${kommuneActor}(?: \p{L}+)? kan)(?: (?:også|desuden|endvidere))? (?!(?:ikke|deltage|få|modtage|søge|tage|komme|gå|benytte|kontaktes|være|have)(?!\p{L}))\p{L}+`,
    // Of a subject of a few words, in the passive or of its start (»Brugerundersøgelser kan gennemføres«, »Behandlingen kan iværksættes inden for 14 dage«).
    String.raw`|^(?!(?:du|i|man|jeg|vi|der|det)(?!\p{L}))(?:(?:\p{L}|-)+ ){1,3}kan (?:også )?(?:(?!${citizensAct}(?!\p{L}))\p{L}{2,}es|starte|begynde|gå i gang)(?!\p{L})`,
    String.raw`|^det kan (?:\p{L}+ )?(?:være|blive) (?:relevant|nødvendigt|aktuelt|hensigtsmæssigt|en mulighed|en god idé|en fordel),? at(?!\p{L})`,
    String.raw`|^der er (?:\p{L}+ )?mulighed for,? at (?:\p{L}+ ){0,2}?(?:tilbyde|udarbejde|afholde|følge op|henvise|underrette|nedsætte|iværksætte)(?!\p{L})`,
    String.raw`|^(?:\p{L}+ ){1,4}kan (?:\p{L}+ )?(?:komme på tale|komme i betragtning|blive aktuel(?:t|le)?|være en mulighed)(?!\p{L})`,
    // The kommune or its staff with access to something (»Kommunen har adgang til …«): a system, if what follows names one, is only at hand.
    String.raw`|(?<access>^(?:(?:derudover|desuden|endvidere|også) )?${kommuneActor}(?: \p{L}+)? (?:har (?:\p{L}+ )?adgang til|er (?:\p{L}+ )?(?:tilsluttet|tilmeldt|koblet på)) )`,
  ].join(''),
);
/** A system, a register or data by its generic name, or by a name in capitals (»DanRIS«, »SIS«). */
const systemWord = 'system|database|register|registre|data|portal|værktøj|program|platform|journal|modul';
const systemNamed = new RegExp(`^(?:[a-zæøå]+ ){0,2}?[a-zæøå]*(?:${systemWord})|^(?:\\S+ ){0,2}?\\S*[A-ZÆØÅ]\\S*[A-ZÆØÅ]`);
/** A verb of its own after the system (»… adgang til DanRIS og registrerer alle forløb i det«): then the access is used. */
const accessUsed = new RegExp(` og (?:[a-zæøå]+ )?(?![a-zæøå]*(?:${systemWord})(?:er|erne|ne|e)?(?![a-zæøå]))[a-zæøå]{2,}er(?![a-zæøå])`);
/** Where a second main clause begins, which may tell the practice (»…, og vi registrerer …«). */
const secondClause = /, (?:og|men|mens) |; /;

/** Whether the sentence says only what the kommune may do or has access to, not what it does, in each of its main clauses (read only of sentences that match a wording). */
export function offersPossibilityOnly({ text, lower }: Cased): boolean {
  if (!/kan |mulighed|adgang|tilsluttet|tilmeldt|koblet/.test(lower)) return false;
  const texts = text.split(secondClause);
  return lower.split(secondClause).every((clause, at) => possibleInClause(texts[at] ?? '', clause));
}

/** One main clause: what may be done, or a system at hand. */
function possibleInClause(text: string, lower: string): boolean {
  const possible = possibleOnly.exec(lower);
  if (!possible?.groups?.access) return possible !== null;
  const accessed = text.slice(possible.index + possible[0].length);
  return systemNamed.test(accessed) && !accessUsed.test(accessed);
}

/**
 * How a sentence of aim goes on to say what is done, in a clause of its own (»…, og vi har et tæt
 * samarbejde med …«, »… derfor …«, »…: …«): then it is no mere aim.
 */
const statedMeans = danish(
  String.raw`(?<!\p{L})(?:derfor|det betyder|hvilket betyder|konkret|sker ved|sker gennem|(?:og|så) (?:vi|kommunen|du|der))(?!\p{L})|:`,
);
/**
 * The means or an example (»… ved at …«, »… gennem …«, »… fx …«): after an aim of attention (»Vi lægger vægt på
 * brugerinddragelse gennem brugerrådet«) it tells what is done; inside what is aimed at (»Vi vil gerne inddrage brugerne gennem et
 * brugerråd«) it is part of the aim.
 */
const statedWay = danish(String.raw`(?<!\p{L})(?:ved at|gennem|fx|f\.eks|eksempelvis|blandt andet|bl\.a|herunder)(?!\p{L})`);
/**
 * A label or a lead-in whose name is an aim (»Mål: Behandlingen starter …«, »Vores mål: …«, »Målsætning: …«, »Ønske: …«): what
 * follows is what is aimed at. Not a target figure's name (»Måltal: …«) nor the target group (»Målgruppe: …«).
 */
const aimLabel = danish(
  '^(?:(?:vores|kommunens|centrets|centerets) )?(?:mål(?:et|ene)?|målsætning(?:en|er|erne)?|ambition(?:en|er|erne)?|vision(?:en)?|ønske(?:r|rne)?|hensigt(?:en)?)(?: (?:er|for (?:os|kommunen|indsatsen)))?:',
);
/** A figure (not a year, not an age): after an aim of attention (»Vi har fokus på supervision 4 gange om året«) it tells what is done, as `statedWay`. */
const statedFigure = /(?<!\d)(?!(?:19|20)\d\d(?!\d)|\d+ år(?![a-zæøå]))\d/;
/**
 * An aim whose object is what is aimed at, a clause or an end (»Målet er, at …«, »Vi lægger vægt på, at …«, »Vores mål er at …«,
 * »Vi tilstræber …«, »Vi sigter mod …«): a figure in it (»… starter inden 14 dage«) is the figure aimed at, not how it is done.
 */
const aimedAt = danish(
  String.raw`(?:(?<!\p{L})at|tilstræber|stræber efter|bestræber (?:sig|os) på|sigter (?:mod|efter)|stiler mod|(?:mål|målsætning|ambition)(?:et|en)?|hensigt(?:en)?|vision(?:en)?|ønsker|håber(?: på)?|gerne|(?<!\p{L})(?:om|imod|mod))$|^,? at(?!\p{L})`,
);

/**
 * A sentence whose main clause says that the kommune, its centre or »der« has, does or
 * offers none of something (»Der er på nuværende tidspunkt ingen brugerråd«, »Kommunen
 * monitorerer ikke indsatsen«, »Vi har endnu ikke fastsat måltal«); not »ikke kun …«, and
 * not one that goes on with what there is instead (»…, men vi holder brugermøder«).
 */
const denial = danish(
  [
    String.raw`^(?:(?:i dag|på nuværende tidspunkt|p\.t\.|aktuelt|endnu|desværre|derfor),? )?(?:der|vi|kommunen|\p{L}+ kommune|\p{L}*cent(?:ret|eret)|forvaltningen|tilbuddet|personalet|medarbejderne)(?: \p{L}+)?? (?:er|har|kan|findes|foretages|tilbydes|udarbejdes|gives|sker|foregår|stilles|stiller|anvender|bruger|laver|tilbyder|udfører|monitorerer|følger|fører|registrerer|måler|opkræver|kræver|holder|afholder|inddrager|evaluerer|spørger|taler|sikrer|kontakter|involverer|informerer|orienterer|indberetter|dokumenterer|vurderer|fastsætter|reviderer|opretter|udarbejder|samarbejder)(?: (?:i|hos|på) (?:\p{L}+ )?\p{L}+)?(?: (?:endnu|på nuværende tidspunkt|i dag|p\.t\.|aktuelt|desværre|som udgangspunkt))? (?:ikke(?! (?:kun|blot|alene|mindst|altid|nødvendigvis|bare)(?!\p{L}))|ingen|intet)(?!\p{L})`,
    // Any subject of a few words, its verb and »ikke«/»aldrig« (»Personalet modtager ikke supervision«, »Resultaterne registreres aldrig«),
    // in a main clause and of a noun (»Hvor det ikke er muligt …, tilbydes …«, »Du behøver ikke …«, »Det koster ikke noget« are not).
    String.raw`|^(?!(?:dér|der hvor|hvor|når|hvis|selvom|selv om|fordi|da|mens|at|om|som|såfremt|medmindre|uanset|så længe|du|dig|det|man|vi|jeg|der|den|de|dette|denne)(?!\p{L}))(?:\p{L}+ ){1,4}\p{L}+(?: (?:endnu|på nuværende tidspunkt|i dag|p\.t\.|aktuelt|desværre|som udgangspunkt|som hovedregel|generelt|normalt|systematisk))? (?:ikke|aldrig|hverken)(?! (?:kun|blot|alene|mindst|altid|nødvendigvis|bare|selv|længere end|mere end|senere end|før)(?!\p{L}))(?!\p{L})`,
    // The object first, its verb and subject after (»Brugerråd, brugerundersøgelser eller lignende er der ikke etableret«, »Brugerråd har vi ikke«).
    String.raw`|^(?!(?:dér|der hvor|hvor|når|hvis|selvom|selv om|fordi|da|mens|at|om|som|såfremt|medmindre|uanset|så længe)(?!\p{L}))[^.;:?!]{1,200}? (?:er|har|findes|tilbyder|anvender|bruger|holder|afholder|laver|gennemfører|udarbejder|giver) (?:der|vi|kommunen|centret)(?: (?:endnu|på nuværende tidspunkt|i dag|p\.t\.|aktuelt|desværre))? (?:ikke|ingen|intet)(?! (?:kun|blot|alene|mindst|altid|nødvendigvis|bare)(?!\p{L}))(?!\p{L})`,
    String.raw`|(?<!\p{L})(?:valgt|besluttet) (?:ikke|aldrig) at(?!\p{L})`,
    // Neither of two, first (»Hverken brugere eller pårørende har været inddraget …«), or none (»Ingen brugere eller pårørende har været
    // inddraget …«), of taking part only: »Ingen venter mere end 14 dage« and »Ingen får afslag« are no denial.
    String.raw`|^hverken(?!\p{L})|^(?:ingen|intet)(?: \p{L}+){0,4} (?:har|havde|er|var|blev|bliver) (?:\p{L}+ ){0,2}?(?:inddraget|hørt|involveret|spurgt|inviteret|deltaget|bidraget|medvirket)(?!\p{L})`,
    // The reader told there is none (»Du har ikke mulighed for frit valg«, »Man kan ikke vælge …«, »Det er ikke muligt at …«).
    String.raw`|^(?:du|man) (?:har|kan|får|må) (?:desværre )?(?:ikke|ingen)(?! (?:kun|blot|alene|altid|nødvendigvis|bare)(?!\p{L}))(?!\p{L})`,
    String.raw`|^det er (?:desværre |p\.t\. |endnu )?(?:ikke (?:muligt|sådan,? at)|ingen mulighed)(?!\p{L})|^det kan (?:desværre )?ikke (?:garanteres|loves|sikres)(?!\p{L})`,
    // An attempt that has failed so far (»Det er ikke lykkedes at etablere et brugerråd«, »Det har ikke været muligt at …«), or the kommune
    // lacking it (»Der mangler et brugerråd«, »Vi mangler stadig …«).
    String.raw`|^det (?:er|har) (?:desværre |p\.t\. |endnu |indtil videre |hidtil )?(?:ikke|aldrig) (?:lykkedes|været muligt)(?!\p{L})`,
    String.raw`|^(?:der|vi|kommunen|\p{L}+ kommune|\p{L}*cent(?:ret|eret))(?: (?:desværre|stadig|fortsat|endnu|p\.t\.))? mangler(?! ikke)(?!\p{L})`,
    // What is not there yet, however long its subject (»Et brugerråd for brugerne af Rusmiddelcentret er endnu ikke etableret«).
    String.raw`|^(?!(?:dér|der hvor|hvor|når|hvis|selvom|selv om|fordi|da|mens|at|om|som|såfremt|medmindre|uanset|så længe)(?!\p{L}))[^.;:?!,]{1,200}? (?:er|bliver) (?:endnu|stadig|fortsat)(?: \p{L}+)? ikke (?:\p{L}+ )?(?:etableret|oprettet|indført|startet|på plads|i gang|implementeret|udarbejdet|igangsat)(?!\p{L})`,
    // »Der« with a verb in the passive (»Der holdes ikke længere brugermøder«, »Der spørges ikke systematisk til …«).
    String.raw`|^der \p{L}+es(?: (?:endnu|desværre|p\.t\.|systematisk))? (?:ikke|aldrig)(?! (?:kun|blot|alene|mindst|altid|nødvendigvis|bare)(?!\p{L}))(?!\p{L})`,
    // The task left to the citizen (»Du kan selv kontakte os 1 og 6 måneder efter …«, »Du skal selv udarbejde din behandlingsplan«).
    String.raw`|^(?:du|borgeren|brugeren) (?:kan|skal|må|er nødt til at) (?:\p{L}+ )?selv (?:kontakte|udarbejde|lave|skrive|følge op|sørge for|finde|ringe|udfylde|opsøge|arrangere|tage kontakt)(?!\p{L})`,
    // Or welcomed to it (»Du er velkommen til at kontakte os 1 og 6 måneder efter …«, »Du må gerne ringe …«): the contact is the citizen's to make.
    String.raw`|^(?:du|borgeren|brugeren) (?:er (?:altid |meget )?velkommen til at|må (?:altid )?gerne) (?:\p{L}+ )?(?:kontakte|ringe|henvende|skrive|tage kontakt)(?!\p{L})`,
    // What there is only in name, paused or seldom kept (»Brugerrådet er sat på pause«, »… er indtil videre sat i bero«, »… overholdes sjældent«).
    String.raw`|(?<!\p{L})(?:er|blev) (?:\p{L}+ ){0,2}(?:sat på pause|sat i bero|midlertidigt (?:suspenderet|stoppet|lukket|nedlagt|ophævet)|suspenderet|under omstrukturering|under genetablering)(?!\p{L})|(?<!\p{L})kun på papiret(?!\p{L})|(?<!\p{L})overholdes (?:sjældent|ikke altid|kun sjældent|desværre ikke)(?!\p{L})`,
  ].join(''),
);
/**
 * A label, or a table's row read as one (»Brugerråd | Nej« as »Brugerråd – Nej«), whose value says
 * there is none (»Brugerråd: Findes ikke«, »Frit valg: Nej«, »Opmærksomhed på børn: Ikke beskrevet«, »Brugerråd | Nedlagt«, »… | Mangler«):
 * the whole value, since a label's colon is no »what there is instead« as a colon in a sentence is.
 */
const labelDenied = danish(
  String.raw`(?: –|:) (?:(?:nej|ingen|intet|findes ikke|sker ikke|\p{L}+es ikke|ikke (?!(?:kun|blot|alene|mindst|altid|bare)(?!\p{L}))(?:\p{L}+ ){0,4}\p{L}+|nedlagt|ophørt|mangler|lukket|stoppet)\.?$|nej, (?:ikke|ingen)(?!\p{L}))`,
);
/**
 * The practice only as a condition that has not come about (»Hvis der bliver oprettet et
 * brugerråd, vil brugerne blive hørt«, »Såfremt kommunen indfører …«), or as money, interest
 * or room permits: it does not exist yet, or not for all.
 * Not »når« (»Når der oprettes en sag, …« is what happens each time).
 */
const hypotheticalPractice = danish(
  [
    String.raw`^(?:hvis|såfremt|skulle|i tilfælde af,? at) (?:der|vi|kommunen|\p{L}+ kommune|\p{L}*cent(?:ret|eret))(?: \p{L}+)?? (?:(?:bliver|engang|senere|på et tidspunkt) )?(?:oprettet|oprettes|opretter|etableret|etableres|etablerer|indført|indføres|indfører|igangsat|igangsættes|igangsætter|nedsat|nedsættes|nedsætter)(?!\p{L})`,
    // Or only when the money or the interest is there (»…, hvis der er interesse for det«, »Når der er afsat midler til det, …«),
    // unless a practice of its own comes before it (»… får supervision hver måned og efteruddannelse, i det omfang budgettet tillader det«).
    String.raw`|^(?:(?!(?<!\p{L})og(?!\p{L})).)*?(?<!\p{L})(?:hvis|når|såfremt|i det omfang) (?:der (?:er|bliver|findes) (?:\p{L}+ ){0,2}(?:interesse|midler|penge|ressourcer|økonomi|budget|tilslutning|kapacitet|plads|pladser|tid)|(?:økonomien|budgettet|ressourcerne|midlerne|kapaciteten) (?:\p{L}+ ){0,2}(?:tillader|rækker|er til stede|findes))(?!\p{L})`,
    // Or as room on the day allows (»Er der plads, starter …«, »…, afhængigt af ventelisten«, »…, medmindre der er venteliste«, »I perioder
    // med venteliste …«, »…, hvis der ikke er venteliste«), in the clause that tells the practice: not one after »…, og«.
    String.raw`|^er der (?:\p{L}+ )?(?:plads|pladser|kapacitet)(?!\p{L})|^(?:(?!, og |; ).)*?(?<!\p{L})(?:(?:afhængig(?:t)? af|alt efter) (?:\p{L}+ )?(?:ventelisten|ventetiden|kapaciteten|ressourcerne|pladserne|økonomien|budgettet)|i perioder (?:med|hvor der er) (?:\p{L}+ )?(?:venteliste|ventetid|travlhed|stor efterspørgsel)|medmindre der er (?:\p{L}+ )?(?:venteliste|ventetid)|(?:hvis|når|såfremt) der ikke er (?:\p{L}+ )?(?:venteliste|ventetid))(?!\p{L})`,
  ].join(''),
);
/** A finite verb in the past tense, as practice that was is told. */
const pastVerb = String.raw`(?:var|havde|kunne|skulle|blev|fik|tilbød|gav|fandtes|betalte|måtte|kom)(?!\p{L})`;
/** Any verb in the past tense: the common strong ones, and the weak ones by their ending (»registrerede«, »spurgte«; not a superlative, »første«). */
const anyPastVerb = String.raw`(?:${pastVerb}|deltog|gik|modtog|holdt|afholdt|tog|mødtes|inddrog|viste|fandt|traf|skrev|gjorde|sagde|stod|\p{L}{2,}(?:ede|[^s]te)s?)(?!\p{L})`;
/** A period of years that is closed (»i perioden 2019-2022«, »fra 2018 til 2021«). */
const closedPeriod = String.raw`(?:19|20)\d\d ?(?:-|–|til|og) ?((?:19|20)\d\d)(?!\d)`;
/**
 * Practice that no longer is: bounded in the past (»Indtil 2023 kunne borgerne vælge …«, »Før
 * omstruktureringen havde vi …«, »Tidligere skulle borgerne betale …«, »I mange år havde vi …«,
 * »… blev tidligere udarbejdet …«, »Der har tidligere været …«, »Medarbejderne har tidligere fået …«, »Målet var, at …«) or ended or ending (»Brugerrådet blev
 * nedlagt i 2021«, »… er under afvikling«, »… udfases«, »Vi har måttet nedlægge …«,
 * »Forsøget med … er afsluttet«, »… bortfalder fra 1. januar 2026«). It tells
 * what was, not what the kommune does; a sentence that goes on with today's (»…, men i dag …«)
 * says something after all.
 */
const pastPractice = danish(
  [
    String.raw`^(?:indtil|frem til|før|op til) (?:(?:\p{L}+|\d{1,2}\.) ){0,2}(?:19|20)\d\d,? (?:\p{L}+ ){0,3}?${pastVerb}`,
    // Bounded by an event instead of a year, its verb in the past (»Før omstruktureringen havde vi …«, »Indtil sidste år mødtes …«).
    String.raw`|^(?:indtil|frem til|før|op til) (?:\p{L}+ ){1,3}?${anyPastVerb}`,
    // Or the bound after the verb, a time gone by (»Brugerrådet mødtes indtil da …«, »… holdt frem til sidste år …«).
    String.raw`|(?<!\p{L})${anyPastVerb} (?:\p{L}+ ){0,2}?(?:indtil|frem til) (?:da|dengang|for nylig|sidste år|i fjor)(?!\p{L})`,
    // »Tidligere« or another time gone by as the adverb that opens the clause, its verb right after (not »Tidligere stofbrugere var med …«),
    // or »tidligere« after a verb in the past (»Behandlingsplanen blev tidligere udarbejdet …«, »Brugerrådet mødtes tidligere …«).
    String.raw`|^(?:tidligere|dengang|engang|før i tiden|i mange år|i flere år|i en årrække|i en periode|indtil for nylig),? ${pastVerb}|(?<!\p{L})${anyPastVerb} (?:\p{L}+ ){0,2}?tidligere(?!\p{L})`,
    String.raw`|(?<!\p{L})(?:blev|er|var) (?:\p{L}+ )?(?:nedlagt|afviklet|lukket ned|udfaset|bortfaldet|under afvikling|under udfasning)(?!\p{L})|(?<!\p{L})udfases(?!\p{L})`,
    String.raw`|(?<!\p{L})(?:måtte|måttet) (?:\p{L}+ )?(?:nedlægge|lukke|stoppe|opløse)(?!\p{L})|(?<!\p{L})bortfalder (?:fra|pr\.|med udgangen af|med virkning fra) (?:den )?(?:\d{1,2}\. )?(?:\p{L}+ )?(?:19|20)\d\d`,
    // An aim told in the past (»Målet var, at 40 % skulle være stoffri …«): an old edition's.
    String.raw`|^(?:(?:vores|kommunens|centrets) )?(?:mål(?:et|sætningen|tallet|tallene)?|ambitionen) var,? at(?!\p{L})`,
    // A trial or a project ended (»Forsøget med et brugerråd … er afsluttet«): what was tried, not what is.
    String.raw`|^(?:forsøg|projekt|pilotprojekt|ordning)(?:et|en)(?!\p{L})[^.]{0,120}? (?:er|blev) (?:\p{L}+ )?(?:afsluttet|ophørt|stoppet|udløbet)(?!\p{L})`,
    String.raw`|(?<!\p{L})(?:blev|er) (?:\p{L}+ )?(?:afsluttet|stoppet) (?:i|med udgangen af) (?:19|20)\d\d`,
    // What was had or done before, told in the perfect (»Vi har tidligere haft et brugerråd«, »Der har tidligere været et brugerråd«;
    // not the reader's past: »Har du tidligere været i behandling, …«).
    String.raw`|(?<!\p{L})(?:har|havde) (?!(?:du|man|i)(?!\p{L}))(?:\p{L}+ )?tidligere (?:haft|holdt|afholdt|gennemført|tilbudt|brugt|anvendt|inddraget|fået|modtaget|deltaget|arbejdet)(?!\p{L})|(?<!\p{L})der (?:har|havde) (?:\p{L}+ )?tidligere (?:været|eksisteret|fungeret)(?!\p{L})`,
  ].join(''),
);
/** A time gone by, named relative to now, and a verb in the past (»Sidste år gennemførte vi en brugerundersøgelse«, »For to år siden holdt vi …«). */
const recentPast = new LetterPattern(
  String.raw`^(?:sidste år|i fjor|sidste (?:forår|efterår|sommer|vinter)|for (?:\p{L}+|\d+) år siden),? ${anyPastVerb}` +
    // Or days, weeks and months ago, as news and minutes tell it, the time anywhere (»Rusmiddelcentret fik i går besøg af …«,
    // »Sidste uge holdt brugerrådet sit første møde«), with a verb in the past.
    String.raw`|^(?=.*(?<!\p{L})(?:i går|i forgårs|(?:i )?(?:sidste|forrige) (?:uge|måned)|for (?:\p{L}+|\d+) (?:dage|uger|måneder) siden)(?!\p{L})).*(?<!\p{L})${anyPastVerb}`,
);
/**
 * A heading of a period that has ended: years (»Status på indsatsen 2019-2022«), or a report or
 * look back on a year (»Evaluering 2021«, »Årsrapport 2023«, »Året der gik – 2024«, »Hvad skete der i 2023?«).
 */
const periodHeading = danish(
  String.raw`${closedPeriod}|(?:status|evaluering|erfaringer|afrapportering|beretning|resultater|rapport|opgørelse|redegørelse|tilbageblik|året|skete)\p{L}* (?:(?:\p{L}+|[–-]) ){0,4}?((?:19|20)\d\d)(?!\d| ?(?:-|–|til|og) ?(?:19|20)\d\d)`,
);
/** A closed period and what was in it (»I perioden 2019-2022 blev brugerne inddraget …«). */
const periodPast = danish(String.raw`^(?:i perioden|i årene|i|fra|mellem) ${closedPeriod},? (?:\p{L}+ ){0,3}?${pastVerb}`);
/**
 * A year and a verb in the past at a sentence's start (»I 2021 gennemførte vi en
 * brugerundersøgelse«, »I foråret 2020 deltog alle medarbejdere i …«): what was done that year.
 */
const inYear = String.raw`i (?:(?:løbet af|foråret|efteråret|sommeren|vinteren|starten af|slutningen af|januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december) )?((?:19|20)\d\d)`;
const yearPast = new LetterPattern(String.raw`^${inYear},? (?:${anyPastVerb}|har (?:\p{L}+ ){0,2}?(?:været|haft|\p{L}{3,}(?:et|t))(?!\p{L}))`);
/** A single year named anywhere in a sentence (»Brugerrådet mødtes fire gange i 2023«), not the first of a period (»i 2023-2026«). */
const yearNamed = new LetterPattern(String.raw`(?<!\p{L})${inYear}(?!\d| ?(?:-|–|til|og) ?(?:19|20)\d\d)`);
/**
 * What goes on after a year it began in, was decided in or is repeated (»I 2022 oprettede vi et
 * brugerråd«, »Byrådet besluttede i 2024, at …«, »…, og den gentages hvert år«). How often
 * something was done in that year (»fik supervision hver måned«) is no sign that it goes on.
 */
const lasting = new LetterPattern(
  String.raw`(?<!\p{L})(?:oprett|etabler|indfør|start|åbn|igangsat|nedsat|ansat|ansatte|implementer|fortsat|fortsæt|stadig|fremover|gentag|siden|beslut|vedt|fastsat|fastsatte|godkend|aftal)\p{L}*`,
);
/**
 * A sentence told in the past: a subject of a few words and a verb in the past tense (»Medarbejderne
 * var uddannet …«, »Vi registrerede …«, »Brugerrådet mødtes …«); not a participle after an article
 * (»De afsluttede forløb følges op …«), nor a superlative (»Den første samtale …«).
 */
const toldInPast = danish(
  String.raw`^(?:(?:\p{L}|-)+ ){0,4}?(?<!(?:^|\s)(?:den|det|de|en|et|alle|disse|vores|din|dit|dine|sin|sit|sine|deres|kommunens|nogle|flere|mange) )${anyPastVerb}`,
);

/** Practice bounded by a year it runs until (»I en forsøgsperiode frem til udgangen af 2024 holder vi …«, »… indtil 2025«): not a period from it. */
const boundedUntil = danish(String.raw`(?<!\p{L})(?:frem til|indtil|til og med|til udgangen af)(?: (?:\p{L}+|\d{1,2}\.)){0,3} ((?:19|20)\d\d)(?!\d)`);

/** Practice that is to come (»Fra 2027 vil borgerne kunne vælge …«, »Vi vil i 2028 oprette …«, »I 2028 opretter vi …«): a plan, which only a requirement that asks for plans takes as its answer. */
const futurePractice = danish(
  String.raw`^(?:fra|fra og med|i|i løbet af|senest|inden|pr\.) (?:(?:\p{L}+|\d{1,2}\.) ){0,2}(20\d\d),? (?:vil|skal|\p{L}+er (?:vi|kommunen|byrådet|centret))(?!\p{L})|^(?:\p{L}+ ){1,3}(?:vil|skal) (?:fra|fra og med|i|i løbet af|senest|inden) (?:(?:\p{L}+|\d{1,2}\.) ){0,2}(20\d\d)(?!\d)`,
);
/** What is set up for one citizen, not by the kommune for all: a case or a contact (»Der skal oprettes en sag«, »… vil vi etablere kontakt til …«). */
const notCase = '(?! (?:en |din |borgerens )?sag| kontakt)';
/** Up to a verb of the main clause, not in a clause of when or if (»…, når der skal oprettes nye tilbud« is what is done each time). */
const notWhen = String.raw`(?:(?!(?<!\p{L})(?:når|hvis|såfremt) )[^.;])*?`;
/**
 * Practice being planned, without a year (»Et brugerråd er under etablering«, »Vi planlægger at
 * oprette …«, »På sigt …«, »Kommunen er ved at udarbejde retningslinjer«, »… overvejer at
 * indføre …«, »Forvaltningen indstiller, at …«, »… ville kunne …«, »Det ville være naturligt at …«,
 * »Hvis vi havde et brugerråd, ville …«, »Der arbejdes på at etablere …«, »Hvis byrådet beslutter at indføre gavekort, …«, »Vi har søgt midler til …«, »… ved næste revision«, »Fra næste år vil …«, »det er noget, vi gerne vil se på«, »Personalet vil fremover få …«, »… forventes at blive udvidet«): a plan as well.
 * So is what is being considered or looked into (»Det overvejes at …«, »… er under overvejelse«, »Det undersøges, om borgerne kan
 * få …«, »Kommunen undersøger mulighederne for at …«, »Forvaltningen ser på, om brugerne kan inddrages …«; not whether the reader or a child can: »Det undersøges, om du kan …«),
 * what waits on a decision or money (»Med forbehold for politisk godkendelse …«, »Forudsat at budgettet vedtages, …«), and
 * a need (»Der er behov for et brugerråd«, »… behov for mere fokus på …«), and what the kommune could or wants to get better
 * at (»Vi kunne godt blive bedre til at inddrage brugerne …«, »Vi vil gerne blive bedre til …«), or a label's value that says so (»Brugerråd:
 * Under etablering«, »Brugerråd | Planlagt«, »Frit valg: Afventer politisk beslutning«). And what is to come without a year:
 * soon or later (»Vi opretter snart …«, »Inden længe …«, »I nær fremtid …«, »… fremadrettet …«, »Fra næste år kommer …«), planned (»Vi har
 * planer om …«) or to be set up (»Vi vil oprette …«, »Vi er i gang med at oprette …«, »Vi vil begynde at registrere …«, »Et brugerråd vil
 * blive etableret«, »… skal implementeres«; not the reader's task, »Du skal oprette en profil«, nor a case, »Der skal oprettes en sag«,
 * nor the treatment's start, »Behandlingen vil blive igangsat senest …«, nor what is done whenever it happens, »…, når der skal oprettes
 * nye tilbud«).
 */
const plannedPractice = danish(
  String.raw`(?<!\p{L})(?:er under (?:etablering|opbygning|udarbejdelse|udvikling|implementering)|planlægger(?: \p{L}+)? at|(?:vil|skal) fremover|fremover (?:vil|skal)|forventes at blive|det er planen,? at|på sigt|er (?:\p{L}+ )?ved at (?:\p{L}+ ){0,2}?(?:udarbejde|etablere|oprette|indføre|udvikle|implementere|opbygge)|overvejer(?: \p{L}+)? at|indstiller,? at|ville (?:\p{L}+ )?(?:kunne|være|blive)|(?:arbejder|arbejdes) (?:\p{L}+ )?på at (?:\p{L}+ ){0,2}?(?:udarbejde|etablere|oprette|indføre|udvikle|implementere|opbygge|få)|(?:har |er )?(?:søgt|ansøgt|søger|ansøger) (?:om )?(?:\p{L}+ ){0,2}(?:midler|penge|puljemidler|støtte|tilskud|finansiering) til|vil gerne (?:se|kigge) (?:nærmere )?på|det er noget,? (?:vi|kommunen) (?:gerne )?vil|(?:ved|i forbindelse med) (?:den )?(?:næste|kommende) (?:revision|opdatering|udgave))(?!\p{L})|^(?:fra|i løbet af|inden|senest|i) (?:det )?(?:næste|kommende) (?:år|måned|halvår|kvartal)(?:et|en)?,? (?:vil|kommer)(?!\p{L})|^(?:hvis|såfremt) (?:vi|kommunen|\p{L}+ kommune|der|\p{L}*cent(?:ret|eret))(?: \p{L}+)? havde(?!\p{L})|^(?:hvis|såfremt) (?:\p{L}+ ){1,2}(?:beslutter|vedtager|vælger|godkender),? at (?:\p{L}+ )?(?:indføre|oprette|etablere|anvende|bruge|tilbyde|give)(?!\p{L})` +
    String.raw`|^det overvejes|(?<!\p{L})(?:er|bliver) under overvejelse|(?<!\p{L})(?:(?:undersøg|afsøg|analyser|overvej)(?:er|es|e)|(?:ser|kigger|kigges|ses) (?:\p{L}+ )?på)(?: (?:det|nærmere|aktuelt|også))*,? (?:om|hvorvidt|hvordan) (?!(?:du|dig|din|dit|dine|borgeren|brugeren|personen|barnet|børnene|han|hun|den unge|familien)(?!\p{L}))(?:\p{L}+ ){1,3}?(?:kan|skal|bør|vil)(?: \p{L}+)? (?:få|give|gives|tilbyde|tilbydes|oprette|oprettes|etablere|etableres|indføre|indføres|udvide|udvides|styrke|styrkes|åbne|åbnes|inddrage|inddrages|ansætte|ansættes|udvikle|udvikles|forbedre|forbedres|anvende|anvendes|bruge|bruges|sikre|sikres|spørge|spørges|registrere|registreres|stille|stilles|starte|startes|iværksætte|iværksættes|nedsætte|nedsættes|forkorte|forkortes|nedbringe|nedbringes|udbyde|udbydes)(?!\p{L})|(?<!\p{L})(?:undersøg|afsøg|analyser)(?:er|es|e) (?:\p{L}+ )?mulighed(?:en|erne)? for(?!\p{L})` +
    String.raw`|(?<!\p{L})(?:med forbehold (?:for|af)|under forudsætning af|forudsat,? at) (?:\p{L}+ ){0,3}?(?:godkend|vedtag|bevilg|bevill|politisk|budget|midler|finansier)|^(?:der er|der ses|vi ser|kommunen ser)(?: \p{L}+){0,2}? behov for(?:,? at| (?:et|en|mere|flere|øget|større|bedre|nye?|at))(?!\p{L})|(?<!\p{L})(?:kan|kunne|skal|vil|bør|må) (?:\p{L}+ ){0,2}?blive bedre til(?!\p{L})|(?: –|:) (?:under (?:etablering|opbygning|udarbejdelse|udvikling|overvejelse)|planlagt|planlægges|på vej|afventer(?: \p{L}+){0,3})\.?$` +
    String.raw`|(?<!\p{L})(?<!så )snart(?!\p{L})|(?<!\p{L})(?:inden længe|i (?:den )?nær(?:meste)? fremtid|i den kommende tid|på et senere tidspunkt|fremadrettet)(?!\p{L})|(?<!\p{L})(?:har|er der) (?:\p{L}+ )?planer om(?!\p{L})` +
    String.raw`|^(?!(?:du|man|i)(?!\p{L}))${notWhen}(?<!\p{L})(?:vil|skal|forventer (?:\p{L}+ )?at|er (?:\p{L}+ )?i gang med at|går i gang med at)(?: \p{L}+){0,2}? (?:oprette|etablere|indføre|nedsætte|implementere|begynde at)(?!\p{L})${notCase}|^${notWhen}(?<!\p{L})(?:vil|skal) (?:\p{L}+ )?(?:blive )?(?:oprettet|etableret|indført|nedsat|implementeret|oprettes|etableres|indføres|nedsættes|implementeres)(?!\p{L})${notCase}`,
);
/** Words without which no sentence is past, proposed or unsettled practice: a cheap test before the patterns. */
const notCurrentWords =
  /sidste|i fjor|år siden|var at|var, at|indtil|frem til|før|op til|tidligere|dengang|engang|mange år|flere år|årrække|en periode|ophørt|udfas|bortfald|måtte|udløbet|viser|peger på|tyder på|dokumenterer|har vist|nedlagt|afvikl|lukket|afsluttet|stoppet|foreslå|foreslog|anbefal|tilråd|ønske|opfordr|efterly|efterspø|efterspurg|bedt om|bad om|anmod|vil gerne|savner|drøft|diskuter|fastlagt|besluttet|afklaret|aftalt|beskrevet|fastsat|afhænger|i går|i forgårs|forrige|dage siden|uger siden|måneder siden|taget stilling|planlægges|fastlægges|besluttes|afklares|beskrives|fastsættes|vedtages/;
/**
 * What research, studies or experience in general show (»Forskning viser, at brugerinddragelse øger
 * effekten«, »Erfaringen viser, at brugere, der inddrages …, oftere gennemfører behandlingen«): knowledge, not the kommune's practice; not its own studies (»Vores
 * brugerundersøgelser viser, at …«).
 */
const generalFinding = danish(
  String.raw`^(?:(?:ny|nyere|national|international|dansk|megen|meget|en del|flere|mange|den)\p{L}* ){0,2}(?:forskning(?:en)?|studier|evidens(?:en)?|litteratur(?:en)?|undersøgelser|erfaring(?:en|erne)?)(?: (?!vores|egne|kommunens|centrets)\p{L}+){0,3} (?:viser|peger på|tyder på|dokumenterer|har vist),? at(?!\p{L})`,
);
/** A state agency (»Sundhedsstyrelsen«, »Socialstyrelsens …«), not a board of the kommune's own (»kommunalbestyrelsen«, »bestyrelsen«). */
const stateAgency = String.raw`\p{L}*(?<!be)styrelsen(?:s)?`;
/**
 * What a supervisor, an evaluation or an authority found or judged (»Det er tilsynets vurdering,
 * at …«, »Socialtilsynet har konstateret, at alle borgere har en behandlingsplan«): its
 * assessment of a moment, not the kommune's account of what a citizen can expect.
 */
const externalAssessment = danish(
  String.raw`^(?:(?:det er|efter|ifølge) )?(?:\p{L}*tilsyn(?:et|ets)|evaluering(?:en|ens)|${stateAgency})(?: \p{L}+){0,3}? (?:vurderer|vurderede|har vurderet|vurdering|konstaterer|konstaterede|har konstateret|konkluderer|har konkluderet|konklusion|opfattelse|finder|fandt),? at(?!\p{L})`,
);
/** Words one of the assessors above is named by: a cheap test before the pattern. */
const assessorWords = /tilsyn|evaluering|styrelse/;
/**
 * A person's words in quotation marks (»»Jeg klagede og fik medhold,« fortæller Jens.«, a
 * sentence wholly quoted): a testimonial, what one person experienced, not the kommune's account.
 */
const quotedSpeech = new LetterPattern(
  String.raw`^[»"“„][^»«"“”]{3,}[«"”],? (?:fortæller|siger|udtaler|forklarer|skriver|mener|fortalte|sagde)(?!\p{L})|^[»"“„][^»«"“”]{3,}[.!?][«"”]$`,
);
/** Staff wanted, as an advertisement opens (»Vi søger en engageret misbrugsbehandler …«). */
const staffWanted = String.raw`(?<!\p{L})(?:vi|centret|centeret|rusmiddelcent(?:ret|eret)|\p{L}+ kommune) søger (?:nu )?(?:en|et|to|tre|fire|\d+) (?:\p{L}+ ){0,3}?\p{L}*(?:medarbejder|kollega|behandler|rådgiver|sygeplejerske|pædagog|leder|konsulent|psykolog|læge|terapeut|assistent|vikar)(?:e|en|er|ne)?(?!\p{L})`;

/**
 * A person's words reported as a news article or the minutes of a meeting tells them, without
 * quotation marks: after the sentence (»…, sagde rådmanden.«, »…, understregede han.«) or before
 * it in the past (»Under besøget fortalte lederen, at …«), or respondents' answers in a survey. What someone said, not what the kommune
 * sets down as its practice.
 */
const speaker = String.raw`(?:han|hun|\p{L}*(?:lederen|chefen|formanden|rådmanden|borgmesteren|ministeren|direktøren|medarbejderen|behandleren|konsulenten|ordføreren))`;
const reportedSpeech = danish(
  [
    String.raw`, (?:siger|sagde|fortæller|fortalte|udtaler|udtalte|forklarer|forklarede|understreger|understregede|påpeger|påpegede|tilføjer|tilføjede|mener|mente) (?:\p{L}+ ){0,2}${speaker}[.!]?$`,
    String.raw`(?<!\p{L})(?:fortalte|sagde|udtalte|forklarede|understregede|påpegede|nævnte|berettede) (?:\p{L}+ ){0,2}${speaker},? at(?!\p{L})`,
    // Told at a meeting or a visit, whoever told it (»Under mødet blev det oplyst, at …«, »Forvaltningen oplyste på mødet, at …«).
    String.raw`(?<!\p{L})(?:blev det|det blev) (?:oplyst|fortalt|forklaret|nævnt|understreget|oplyst på mødet),? at(?!\p{L})`,
    String.raw`(?<!\p{L})(?:oplyste|fortalte|forklarede|nævnte|understregede|berettede|sagde|udtalte) (?:\p{L}+ ){0,2}(?:på|under|ved) (?:mødet|besøget|konferencen|dagen|temadagen|dialogmødet)(?:\p{L}+)?,? at(?!\p{L})`,
    // A case story or a person's testimony, introduced as such (»Case: Mette får …«, »En mor til to fortæller: »…««, »I et konkret forløb …«): one person's, not the practice.
    String.raw`^(?:case|casen|borgercase|borgerhistorie|en borgers historie|eksempel fra praksis|fra praksis)(?: \d+)?\s*:|^(?:\p{L}+ ){1,6}(?:fortæller|fortalte|siger|sagde|udtaler|beretter|skriver)\s*:|^i (?:et|ét) (?:konkret|enkelt|bestemt) (?:forløb|tilfælde|sag)(?!\p{L})`,
    // What respondents answered in a survey (»I brugerundersøgelsen svarede 80 %, at de var blevet inddraget …«, »75 % af brugerne angiver,
    // at …«): a share's experience, not what the kommune does for all.
    String.raw`(?<!\p{L})(?:svarede|svarer|angav|angiver|tilkendegav|tilkendegiver) (?:\d+(?:[,.]\d+)? ?(?:%|procent)|(?:\p{L}+ ){0,2}(?:respondenterne|deltagerne|brugerne|borgerne|de adspurgte))(?: \p{L}+){0,3},? at(?!\p{L})|(?<!\d)\d+(?:[,.]\d+)? ?(?:%|procent)(?: af (?:\p{L}+ ){0,2}?(?:respondenterne|deltagerne|brugerne|borgerne|de adspurgte))? (?:svarede|svarer|angav|angiver|tilkendegav|tilkendegiver|oplever|oplevede|føler|følte),? at(?!\p{L})`,
    // An advertisement for staff, or its reader as the one employed (»Vi søger en engageret misbrugsbehandler, der …«, »Som misbrugsbehandler skal du …«).
    staffWanted,
    String.raw`^som (?:ny )?(?:\p{L}+ )?\p{L}*(?:medarbejder|kollega|behandler|rådgiver|sygeplejerske|pædagog|leder|konsulent|psykolog|læge|terapeut)(?:e|en|er|ne)? (?:hos os |i centret |her )?(?:skal|vil|får|bliver) du(?!\p{L})`,
  ].join('|'),
);
const quotesSpeech = (lower: string) => /^[»"“„]/.test(lower) && quotedSpeech.test(lower);
/**
 * What is not settled (»Det er endnu ikke fastlagt, hvad borgeren skal betale«, »Den fremtidige indsats afhænger af budgettet«,
 * »Kommunen har endnu ikke besluttet, om der skal anvendes gavekort«, »Den fremtidige indsats planlægges i løbet af 2026«,
 * »Måltallene fastsættes i forbindelse med budgettet«): no practice yet.
 */
const undecided = danish(
  [
    String.raw`^det er (?:\p{L}+ )?(?:ikke|hverken) (?:\p{L}+ )?(?:fastlagt|besluttet|afklaret|aftalt|beskrevet|fastsat)(?!\p{L})|(?<!\p{L})afhænger (?:\p{L}+ ){0,2}af (?:\p{L}+ ){0,2}(?:budget|bevilling|økonomi|midler|politisk|ressourcer)`,
    // Whether, how or what is not yet decided, whoever has not decided it.
    String.raw`(?<!\p{L})(?:har|er) (?:\p{L}+ )?(?:endnu |stadig |p\.t\. |på nuværende tidspunkt )?ikke (?:\p{L}+ )?(?:besluttet|afklaret|fastlagt|taget stilling til),? (?:om|hvorvidt|hvordan|hvilke|hvilken|hvad|hvornår|hvem)(?!\p{L})`,
    // What is decided later, in the course of a year to come or with the budget: a deciding verb in the passive, not one of doing (»udarbejdes«).
    String.raw`(?<!\p{L})(?:planlægges|fastlægges|besluttes|afklares|beskrives|fastsættes|vedtages) (?:nærmere )?(?:senere(?= ?[.,;]| ?$)|(?:i løbet af|inden udgangen af) (?:\p{L}+ )?20\d\d|i forbindelse med (?:\p{L}+ ){0,2}(?:budget\p{L}*|næste revision|den kommende revision))`,
  ].join('|'),
);
/**
 * What others propose, wish or discussed, as a clause of what should be (»Udsatterådet foreslår,
 * at …«, »Sundhedsstyrelsen anbefaler, at …«, »Udvalget drøftede, om …«, »Flere borgere har
 * efterspurgt, at …«): not what the kommune does. A proposal that was taken up or a draft that
 * was discussed (»… foreslog to ændringer, der er indarbejdet«, »har drøftet udkastet«) is
 * involvement, and the kommune's own bodies' wishes are aims (»Byrådet ønsker …«, see above).
 */
/** What was asked for, given after all (»…, og derfor har vi …«, »… er nu oprettet«). */
const grantedAfter = String.raw`(?![^.]*(?<!\p{L})(?:derfor|og (?:vi|kommunen|centret) har|nu har vi|er (?:nu )?(?:oprettet|indført|etableret))(?!\p{L}))`;
const proposalOnly = danish(
  [
    // A body that proposes, recommends or wishes that something be done: the practice is only in the proposal.
    String.raw`^(?:(?:\p{L}|-)+ ){0,4}?\p{L}*(?:(?<!by)råd(?:et|ene)?|(?<!kommunalbe)styrelse(?:n|rne)?|forening(?:en|erne)?|ministeri(?:um|et)|organisation(?:en|erne)?|vejledning(?:en|er|erne)?|rapport(?:en|er|erne)?|undersøgelse(?:n|r|rne)?|forskning(?:en)?|litteratur(?:en)?) (?:foreslår|anbefaler|ønsker|opfordrer til|efterlyser|efterspørger),? at(?!\p{L})`,
    // A recommendation of no one's (»Det anbefales, at der etableres et brugerråd …«).
    String.raw`|^det (?:anbefales|foreslås|tilrådes)(?: (?:derfor|generelt|også))?,? at(?!\p{L})`,
    // Anyone who has proposed it, or asked for it and not been given it (»Flere borgere har efterspurgt et brugerråd«, not »…, og derfor har vi …«).
    String.raw`|^(?:(?:\p{L}|-)+ ){0,4}?(?:har foreslået|foreslog|har ønsket),? at(?!\p{L})`,
    String.raw`|^(?:(?:\p{L}|-)+ ){0,4}?(?:har efterspurgt|efterspurgte|er blevet efterspurgt|har efterlyst|efterlyste|efterspørger|efterlyser|har bedt om|bad om|har anmodet om|anmodede om|har udtrykt (?:et )?ønske om|udtrykte (?:et )?ønske om)(?!\p{L})${grantedAfter}`,
    // What many or some of the citizens wish for (»Mange borgere ønsker at kunne vælge …«, »Flere brugere vil gerne …«): not what they are given.
    String.raw`|^(?:mange|flere|nogle|enkelte|en del|de fleste|en række)(?: af)? (?:\p{L}+ )?(?:borgere|brugere|pårørende|borgerne|brugerne|unge|forældre)(?: \p{L}+)? (?:ønsker|ønskede|har ønsket|vil gerne|savner)(?!\p{L})${grantedAfter}`,
    // A discussion of whether or of a subject, not of the draft standard, and with no decision (»Udvalget drøftede, om …«, »… drøftede borgernes mulighed for …«).
    String.raw`|^(?:(?:\p{L}|-)+ ){0,4}?(?:drøftede|har drøftet|diskuterede|har diskuteret)(?!\p{L})(?![^.]*(?:udkast|standard|(?<!\p{L})og (?:godkendt|godkendte|vedtaget|vedtog|besluttet|besluttede)(?!\p{L})))`,
  ].join(''),
);

/** What there is, its working denied or taken back after »men« (»Vi har et brugerråd, men det har ikke holdt møde siden 2019«); not a restriction of what is offered (»…, men det må ikke være dyrere«). */
const butNot = danish(
  [
    String.raw`(?<!\p{L})men (?:det|den|de|\p{L}+et|\p{L}+en|\p{L}+erne) (?:har|blev|er|bliver|fungerer|kom)(?: \p{L}+)?? (?:ikke|aldrig)(?: \p{L}+){0,2}? (?:holdt|mødtes|mødt|etableret|aktiv|aktivt|fungeret|fungerer|brugt|startet|gennemført|kommet i gang|oprettet|i brug|i gang)(?!\p{L})`,
    // Or that it has ended (»Der har været et brugerråd, men det er ophørt«): after »men« only, since »ophørt« alone is a treatment's end
    // too (»Når behandlingen er ophørt, …«).
    String.raw`|(?<!\p{L})men (?:det|den|de|\p{L}+et|\p{L}+en|\p{L}+erne) (?:er|blev) (?:\p{L}+ )?(?:ophørt|nedlagt|lukket|stoppet|udfaset|opløst)(?!\p{L})`,
    // Invited or asked, but did not take part (»Brugerrådet blev inviteret …, men har ikke deltaget«, »…, men svarede ikke«, »…, men ingen
    // mødte op«), or has not yet (»Udkastet er sendt til brugerrådet, som endnu ikke har svaret«).
    String.raw`|(?<!\p{L})men ingen (?:\p{L}+ )?(?:mødte op|deltog|svarede|kom|kommenterede|har deltaget|har svaret|har kommenteret)(?!\p{L})|(?<!\p{L})(?:som|der|men) (?:det |de |rådet )?(?:endnu|stadig) ikke (?:har )?(?:svaret|kommenteret|reageret|deltaget)(?!\p{L})`,
    String.raw`|(?<!\p{L})men (?:(?:det|den|de|\p{L}+et|\p{L}+en|\p{L}+erne) )?(?:(?:har|havde) )?(?:ikke|aldrig) (?:\p{L}+ )?(?:deltaget|svaret|kommenteret|mødt op|reageret|brugt muligheden)(?!\p{L})|(?<!\p{L})men (?:(?:det|den|de|\p{L}+et|\p{L}+en|\p{L}+erne) )?(?:deltog|svarede|kommenterede|mødte op|reagerede) (?:ikke|aldrig)(?!\p{L})`,
    // What is granted taken back in practice (»Du kan søge om frit valg, men ansøgninger imødekommes normalt ikke«, »…, men det
    // lykkes ikke altid«); not what the reader need not do (»…, men du behøver ikke altid at svare«).
    String.raw`|(?<!\p{L})men (?!(?:du|man) )(?:\p{L}+ ){1,4}(?:(?:normalt|som regel|typisk|i praksis|oftest) (?:ikke|aldrig)|ikke altid|(?:imødekommes|bevilges|godkendes|tildeles) (?:\p{L}+ )?(?:sjældent|ikke|aldrig))(?!\p{L})`,
  ].join(''),
);
/**
 * Asides inside a clause, read past when a denial is read: words in parentheses and quotation
 * marks, and a clause set off by commas (»Kommunen (herunder centret) anvender ikke …«,
 * »»Brugerråd« har vi ikke«, »Der er i Xby Kommune, som i mange andre kommuner, endnu ikke …«).
 */
const asides = /\s*\([^()]{0,160}\)|[»«"“”„]|,\s(?:som|der|hvor|ligesom)\s[^,.]{1,80},/g;
/**
 * A practice only in special cases (»Behandlingen starter kun i særlige tilfælde senest 14 dage
 * …«), or only for an age group the law does not set (»Kun unge under 25 år inddrages …«; the
 * law's own line is barnets lov's age), or a right said to hold for some only (»… gælder kun for ambulant
 * behandling«): where the law asks for it in general, that is its absence.
 */
const exceptionOnly = new LetterPattern(
  String.raw`(?<!\p{L})(?:kun|alene|udelukkende) (?:i|ved|under) (?:helt |ganske )?(?:særlige|visse|enkelte|ekstraordinære|udvalgte) (?:tilfælde|situationer|omstændigheder)(?!\p{L})|(?<!\p{L})undtagelsesvis(?!\p{L})|^(?:kun|alene|udelukkende) (?:for |til )?(?:unge|borgere|personer|brugere|voksne|dig,? der er)(?: \p{L}+)? (?:under|over) (?!${childrensActAge} )\d+ år(?!\p{L})` +
    // A right said to hold for some only (»Behandlingsgarantien gælder kun for ambulant behandling«, »Frit valg gælder kun for borgere over 25 år«).
    String.raw`|(?<!\p{L})(?:gælder|omfatter) (?:kun|alene|udelukkende)(?!\p{L})`,
);
const usually =
  '(?:typisk|som regel|som oftest|oftest|(?<!hvor )ofte|for det meste|normalt|så vidt muligt|så vidt det er muligt|i videst muligt omfang|i størst muligt omfang|om muligt|hvis muligt|i (?:langt )?de fleste tilfælde|formentlig|formodentlig|sandsynligvis|forventeligt|antageligt|ikke altid|sjældent|af og til|lejlighedsvis|ind imellem|engang imellem|nogle gange|til tider|i (?:nogle|enkelte|visse) tilfælde|i princippet|i teorien|teoretisk set|ideelt set|forhåbentlig|det sker,? at)';
/** Set off by commas, it governs the clause it stands in: not one after »…, og« (»…, og hvis det er muligt, starter vi samme uge«). */
const onlyIfPossible =
  '(?:(?:når|hvis|såfremt|hvor|så vidt|i det omfang,?) (?:det er muligt|det lader sig gøre|(?:vi|der|behandleren|personalet) har tid(?:en)?|der er tid(?: til det)?|tiden tillader det|ressourcerne tillader det)|om muligt)';
/**
 * A share of the citizens in per cent, below all of them, as what is done for them (»Hos 70 % af borgerne spørger behandleren …«,
 * »65 % af borgerne får en behandlingsplan …«, »I 2026 fik 65 % af borgerne …«), as »Ca. halvdelen af borgerne …« is; not a
 * share set as a target (»80 % af borgerne skal …«, »Målet er, at …«).
 */
const shareInPercent = String.raw`^(?:i 20\d\d (?:\p{L}+ )?|(?:hos|for|blandt) )?(?:ca\. |cirka |omkring |godt |knap |kun )?(?!100(?![\d,.]))\d{1,2}(?:[,.]\d+)? ?(?:%|procent) af (?:de |vores |alle )?(?:\p{L}+ )?(?:borgere|brugere|borgerne|brugerne|deltagere|deltagerne|klienter|klienterne|forløb|forløbene)(?!\p{L})(?![^.]*(?:, og|;) )(?![^.]*(?<!\p{L})(?:skal|bør|forventes|målet|målsætning\p{L}*|måltal\p{L}*)(?!\p{L}))`;
/**
 * A practice told as what usually, sometimes or seldom happens, or only in principle, in the main
 * clause of a sentence of one clause (»Behandlingen starter typisk inden for 14 dage«, »Du kan som
 * regel vælge …«, »Normalt tilbydes …«, »Vi spørger ofte til …«, »Vi spørger sjældent til …«, »Det lykkes ikke altid at …«,
 * »… i videst muligt omfang …«), or only probably (»Behandlingen starter formentlig senest …«),
 * »Det sker, at vi …«), or done by only some of those who should or for some (»Ikke alle borgere får …«, »Nogle
 * behandlere spørger til …«, »Ca. halvdelen af borgerne får …«, »De fleste borgere …«; not who some of the staff are: »Nogle
 * medarbejdere har …«), or only when the citizen asks (»Hvis du beder om det, udarbejder vi …«), or only when it is possible or there is time, as the sentence's last clause or one set off
 * by commas (»…, når det er muligt«, »… i det omfang, det er muligt«, »Hvis det er muligt, starter
 * …«, »…, hvis der er tid til det«): where the law asks for it in general, it is not promised.
 */
const notAlways = new LetterPattern(
  // First, the word governs every clause after it (»Så vidt muligt spørger vi til …, og vi tilbyder …«).
  String.raw`${shareInPercent}|^(?:(?:(?:\p{L}|-)+ ){1,4}(?=${usually}(?![^.]*(?:, og|;) )))?${usually}(?!\p{L})|^(?:det er )?(?:ikke alle|kun (?:få|nogle|enkelte))(?!\p{L})|^(?:ca\. |cirka |omkring |godt |knap )?(?:halvdelen|størstedelen|flertallet|hovedparten|de fleste|en tredjedel|to tredjedele|en fjerdedel|tre fjerdedele)(?: af)? (?:de |vores )?(?:borgere|brugere|borgerne|brugerne|deltagere|deltagerne|medarbejdere|medarbejderne|behandlere|behandlerne)(?!\p{L})|^(?:(?!, og |; )[^.])*?(?<!\p{L})(?:hvis|når|såfremt) (?:du|borgeren|brugeren) (?:selv )?(?:beder om|anmoder om|efterspørger|spørger efter) (?:det|den|dem|en|et)(?!\p{L})|^(?![^.]*(?:, og|;) )(?:(?:nogle|enkelte|visse) (?:af )?(?:\p{L}+ )?(?:behandlere|behandlerne|medarbejdere|medarbejderne|rådgivere|rådgiverne|sagsbehandlere|sagsbehandlerne|teams|afdelinger)(?:,? (?:der|som))? (?:\p{L}+ )?(?:spørger|taler|udarbejder|laver|følger|tilbyder|inddrager|kontakter|sikrer|vurderer|ringer|henviser))(?!\p{L})|(?<!\p{L})${onlyIfPossible}[.!]?$|^(?:(?!, og |; )[^.])*?(?<!\p{L})${onlyIfPossible},(?! at(?!\p{L}))`,
);
/** What an exception can rightly be of: departing from the rule (»Fristen kan kun i særlige tilfælde fraviges«). */
const exceptionToRule = new LetterPattern(String.raw`(?<!\p{L})(?:fravig|afvig|begræns|undla|udsæt|afvis|afbry|forlæng|fratag)\p{L}*`);
/** What there is instead, after a denial (or after a colon): then the sentence says something after all. */
const insteadWords = danish(String.raw`(?<!\p{L})(?:men|i stedet|dog)(?!\p{L})|[:;] \p{L}`);
/** What came after what was (»… blev nedlagt i 2021 og erstattet af åbne brugermøder«, »…, men i dag …«). */
const replacedWords = danish(String.raw`(?<!\p{L})(?:erstattet|afløst|i dag|nu|siden da)(?!\p{L})`);
/** A negation that sets a condition (»Behandlingen afsluttes ikke, før der er lagt en plan for opfølgning«): a rule of the practice, not its absence. */
const conditionWords = danish(String.raw`(?<!\p{L})(?:ikke|aldrig)(?!\p{L})[^.;,]*?,? (?:før|inden|medmindre|uden)(?!\p{L})`);

/** A question without its mark, as a line of a FAQ or a heading left in the text is (»Hvordan inddrager vi brugerne«). */
const unmarkedQuestion = danish(
  // A question word and its verb (not »Hvad du skal betale …«, an indirect question), or a verb and its subject.
  String.raw`^(?:(?:hvordan|hvad|hvem|hvornår|hvorfor|hvilke|hvilken|hvilket)(?! (?:du|der|man|vi|jeg|de|den|det|borgeren|kommunen)(?!\p{L}))|(?:kan|skal|må|får|har|er) (?:jeg|du|man|vi|der|det))(?!\p{L})`,
);

/** A question (»Hvordan klager du over en afgørelse?«) asks what an answer would say; until its answer is read into it, it says nothing. */
export function asksQuestion({ text, lower }: Cased): boolean {
  // Without its mark, only a direct question of one clause: not »Er du utilfreds med afgørelsen, kan du klage …«, not »Hvem der kan få behandling: …«.
  return /\?[\s"»«”')]*$/.test(text) || (unmarkedQuestion.test(lower) && !/[.!?:;,]/.test(text));
}

/** »Det afhænger af din situation.«, »Ja.«: it answers a question by not saying anything of its own. */
const evasiveAnswer = danish(String.raw`^det (?:afhænger|kommer an på|er forskelligt|varierer)(?!\p{L})(?:[^.,\d]{0,40})[.!]?$|^(?:ja|nej)[.!]?$`);

/**
 * What is said to happen only »when needed« or »after a concrete assessment«, and nothing else
 * (»Brugerinddragelse sker efter behov og i det omfang, det er relevant«, »Visitationen sker
 * efter en konkret vurdering«, »Frit valg sker i henhold til servicelovens § 101, stk. 5«,
 * »Opfølgning aftales individuelt«): that it happens, not how. Left when the hedges are taken
 * out: a subject of a few words and its verb, or clauses of them.
 */
const evasiveHedge = new LetterPattern(
  [
    `,? (?:og )?(?:(?:efter|ved|når|hvis|i det omfang,?|på baggrund af|ud fra) (?:behov(?:et)?|en (?:konkret|individuel|faglig)(?: og (?:konkret|individuel|faglig))? vurdering|det (?:er|skønnes|vurderes|findes) (?:relevant|nødvendigt|muligt|hensigtsmæssigt|aktuelt))`,
    // Or by the rules or the usual practice alone (»… sker i henhold til servicelovens § 101, stk. 5«, »… efter gældende regler«,
    // »… efter gældende praksis«, »… i overensstemmelse med bekendtgørelsen«), or case by case.
    String.raw`|(?:i henhold til|efter|i overensstemmelse med) (?:(?:\p{L}+ ){0,3}§ ?\d+(?:,? (?:stk\.|nr\.) ?\d+)*|(?:\p{L}+ ){0,2}(?:regler(?:ne)?|lovgivning(?:en)?|loven|bekendtgørelsen))|efter (?:de )?(?:gældende |lovens |lovgivningens )?regler(?:ne)?|(?:efter|i overensstemmelse med) (?:den )?(?:gældende|almindelige?|sædvanlige?|normale?|faste?|kommunens|centrets|vores) praksis|individuelt|i hvert enkelt tilfælde)(?!\p{L})`,
  ].join(''),
  'gu',
);
/** One clause or more, each a subject of a few words and its verb (»Behandlingsplanen udarbejdes, og opfølgning aftales«). */
const evasiveClause = String.raw`(?:(?:\p{L}|-)+ ){1,4}(?:sker|foregår|finder sted|gives|tilbydes|udarbejdes|vurderes|inddrages|tilpasses|følges op|afholdes|gennemføres|fastsættes|fastlægges|aftales)(?: (?:altid|løbende))?`;
const evasiveRest = new LetterPattern(`^${evasiveClause}(?:,? og ${evasiveClause})*[.!]?$`);

/**
 * Compliance as the whole answer, in a short sentence without a figure (»Døgntilbuddene skal leve
 * op til gældende lovgivning …«, »Vi indberetter data, som det kræves.«, »Gavekort anvendes efter
 * kommunens retningslinjer«, »Kommunen har retningslinjer for brug af gavekort«): that rules are
 * kept, the law's or the kommune's own, not what they make the kommune do.
 */
const complianceOnly = new LetterPattern(
  String.raw`(?<!\p{L})(?:(?:leve|lever) op til|overholde[rs]?|efterleve[rs]?|følger) (?:den |de |alle )?(?:til enhver tid )?(?:gældende )?(?:lovgivning(?:en)?|regler(?:ne)?|loven|lovens krav|lovkrav(?:ene)?)(?!\p{L})|,? som (?:det )?(?:kræves|er krævet|krævet|påkrævet|foreskrevet|er foreskrevet|loven kræver|lovgivningen kræver)(?!\p{L})|(?<!\p{L})(?:efter|ifølge|i henhold til|jf\.) (?:kommunens|centrets|centerets|vores|de|egne|interne|gældende|fastlagte|fælles) (?:\p{L}+ )?(?:retningslinjer|procedurer|politik|regler)(?!\p{L})|(?<!\p{L})(?:har|følger|anvender) (?:\p{L}+ ){0,2}(?:retningslinjer|procedurer|en politik|en procedure) (?:for|om)(?!\p{L})`,
);

/**
 * What a compliance claim says is kept: the law, a rule or a requirement (»lovens krav«, »reglerne om frit valg«, »servicelovens
 * bestemmelser«), or a right, guarantee or deadline the law gives (»behandlingsgarantien«, »din ret til frit valg«, »fristerne«).
 */
const keptRule = String.raw`(?:(?:de|den|det|alle|lovens|lovgivningens|gældende|borgerens|borgernes|din|dine|kommunens|\p{L}*lovens)\s)*(?:\p{L}+s )?(?:\p{L}*lov(?:en|ene|givning|givningen)?|\p{L}*regler(?:ne)?|regelsættet|\p{L}*krav(?:et|ene)?|\p{L}*garanti(?:en)?|\p{L}*frist(?:en|er|erne)?|ret(?:ten)?|rettighed(?:en|er|erne)?|bestemmelse(?:n|r|rne)?)(?!\p{L})`;
/** A word, in a pattern put together from parts. */
const letters = String.raw`\p{L}+`;
/** Words that may stand before the claim's verb, or between it and its object. */
const claimAdverbs = `(?:(?:altid|naturligvis|selvfølgelig|fuldt ud|til enhver tid|i alle forløb|nøje) )*`;
/**
 * A sentence that only claims the law is kept (»Vi overholder behandlingsgarantien.«, »Kommunen lever op til lovens krav om
 * opfølgning.«, »Vi følger reglerne i serviceloven om frit valg.«, »Reglerne om frit valg overholdes.«, »Kravet om … er opfyldt.«):
 * the subject and its verb, what is kept, and what it is about. It says nothing of what the kommune does.
 */
const complianceClaim = danish(
  [
    String.raw`^(?!(?:\p{L}+ ){0,4}?(?:vil|skal|bør|kan|må|ønsker|tilstræber|forsøger|prøver|arbejder|sikrer)(?!\p{L}))(?:\p{L}+ ){1,4}?${claimAdverbs}(?:overholder|lever op til|efterlever|opfylder|følger|respekterer) ${claimAdverbs}${keptRule}`,
    `|^(?:${letters} ){0,4}?${keptRule}(?: (?:om|for|til|i|efter|på|vedrørende) [^,;:]*?)? (?:bliver |vil blive |er )?${claimAdverbs}(?:overholdes|efterleves|opfyldes|følges|respekteres|overholdt|efterlevet|opfyldt|fulgt)(?: altid| fuldt ud| til enhver tid)?[.!]?$`,
  ].join(''),
);
/**
 * What the rest of a claim may still tell: a measure in words (»… behandlingsgarantien på fjorten dage«), or what a right lets
 * the reader do (»… din ret til at vælge et andet behandlingstilbud«).
 */
const ownMeasure = danish(String.raw`(?<!\p{L})(?:dage|hverdage|uger|måned|måneder|år|timer|gange|kroner)(?!\p{L})|^ til at `);
/** A label before a colon (»Frit valg: …«). */
const leadLabel = /^[^:;]{1,60}: /;
/** A paragraph of law cited (»§ 101, stk. 9«): a figure of the citation, not of the practice. */
const citedParagraph = /§+ ?\d+ ?[a-z]?(?:,? ?(?:stk\.|nr\.) ?\d+)*/g;
/**
 * A second clause after the claim (»… og tilbyder dig …«, »…, og du får …«, »…, når …«), which may say what is done; not a list
 * of what the rules are about (»… om partshøring, begrundelse og klagevejledning«).
 */
const afterClaim = danish(
  String.raw`[;:]|, ?(?:og|men|så|samt|vi|du|der|de|det|som|hvor|hvilket|fordi|når|hvis|idet|da)(?!\p{L})|(?<!\p{L})(?:og|men|så|samt) (?:vi|du|der|de|kommunen|borgeren|man|\p{L}+(?:er|es|te|de))(?!\p{L})`,
);

/**
 * Whether the sentence only claims that the law is kept: the claim, then at most a few words on what it is about, with no
 * figure but a cited paragraph's, no second clause and no negation (read only of sentences that match a wording).
 */
export function claimsCompliance({ text, lower }: Cased): boolean {
  if (!/overhold|lever op|efterlev|opfyld|følge|respekter/.test(lower)) return false;
  // After a label (»Frit valg: Vi følger reglerne …«), the claim is what follows it.
  const own = lower.replace(leadLabel, '');
  const claim = complianceClaim.exec(own);
  if (!claim) return false;
  const rest = own
    .slice(claim.index + claim[0].length)
    .replace(citedParagraph, '§')
    .replace(/[.!]\s*$/, '');
  return (
    wordsAtMost(rest, 8) &&
    !afterClaim.test(rest) &&
    !ownMeasure.test(rest) &&
    !/\d/.test(lower.replace(citedParagraph, '')) &&
    !/(?<![a-zæøå])(?:ikke|aldrig)(?![a-zæøå])/.test(lower) &&
    wordsAtMost(text, 20)
  );
}

/**
 * »Only when needed« closing a sentence of one short clause (»Vi taler med dig om dine børn, hvis
 * der er behov for det«, »Kommunen stiller kvalitetskrav til døgntilbuddene efter behov«): whether
 * it happens is left open. Not a clause of its own before it (»Vi spørger altid til dine børn og
 * tilbyder familiesamtaler, hvis der er behov for det«), nor a figure.
 */
const whenNeeded = /,? (?:(?:hvis|når|såfremt) (?:der er|der opstår|det er) (?:et )?behov(?: for det)?|efter behov)[.!]?$/;
const oneShortClause = (rest: string) => !/[,;:\d]| og |altid/.test(rest) && wordsAtMost(rest, 10);

/** Whether the sentence says only that something happens when needed, after an assessment or as the rules require (read only of sentences that match a wording). */
export function evadesPractice({ text, lower }: Cased): boolean {
  // The literals first: nearly every sentence lacks them, and counting words costs more.
  if (/lov|regler|kræv|retningslinje|procedure|politik|foreskrev/.test(lower) && complianceOnly.test(lower) && !/\d/.test(lower) && wordsAtMost(text, 12))
    return true;
  if (!/behov|vurdering| det |henhold|regler|individuelt|tilfælde|§|praksis|overensstemmelse/.test(lower)) return false;
  const needed = whenNeeded.exec(lower);
  if (needed && oneShortClause(lower.slice(0, needed.index))) return true;
  const rest = lower.replace(evasiveHedge.for(lower), '').trim();
  return rest !== lower.trim() && evasiveRest.test(rest);
}

/** Whether the sentence says what the kommune aims at or values, not what it does (read only of sentences that match a wording). */
export function statesAim({ lower }: Cased): boolean {
  if (hedgedPractice.test(lower) || aimLabel.test(lower)) return true;
  const aim = aimStatement.exec(lower);
  if (!aim || statedMeans.test(lower)) return false;
  if (!statedFigure.test(lower) && !statedWay.test(lower)) return true;
  const end = aim.index + aim[0].length;
  return aimedAt.test(aim[0]) || aimedAt.test(lower.slice(end, end + 4));
}

/** Whether the sentence says that the kommune has or does none of something, or only if it comes about (read only of sentences that match a wording). */
export function deniesPractice({ lower }: Cased): boolean {
  const plain = lower.replace(asides, '');
  // An attempt »så vidt muligt« is read as an aim (hedgedPractice): it names the subject.
  const hedged = exceptionOnly.test(plain) || (notAlways.test(plain) && !hedgedPractice.test(plain));
  if (butNot.test(plain) || (hedged && !exceptionToRule.test(plain)) || labelDenied.test(plain)) return true;
  return (denial.test(plain) || hypotheticalPractice.test(plain)) && !conditionWords.test(plain) && !saysInstead(plain);
}

/**
 * Whether a denial goes on with what there is instead (»…, men vi holder brugermøder«): not
 * when what follows »men« is itself an aim, a hope, a plan or a denial (»…, men vi arbejder
 * på at få et op at stå«, »…, men vi håber at kunne tilbyde det«).
 */
function saysInstead(lower: string): boolean {
  const instead = insteadWords.exec(lower);
  if (!instead) return false;
  const rest = lower.slice(instead.index).replace(/^(?:men|i stedet(?: for)?|dog|[:;])\s*/, '');
  const cased = { text: rest, lower: rest };
  return !(/^(?:ikke|ingen|intet)(?![a-zæøå])/.test(rest) || statesAim(cased) || plansPractice(cased, undefined) || denial.test(rest));
}

/**
 * Whether the sentence tells of practice that is not the kommune's now: what was (not
 * undone by what is instead), what others propose or discussed, what is not settled, what
 * research shows or a supervisor found, a person's quoted words (read
 * only of sentences that match a wording).
 */
/**
 * A sentence that goes on after »men«, »dog« or a colon says what is instead, unless what it goes
 * on with is practice that was too (»Brugerrådet blev nedlagt i 2023, men mødtes indtil da …«).
 */
function goesOnInPast(lower: string): boolean {
  const instead = insteadWords.exec(lower)!;
  const rest = lower.slice(instead.index + instead[0].length).replace(/^\s+/, '');
  return !replacedWords.test(rest) && pastPractice.test(rest);
}

export function notCurrentPractice({ lower }: Cased): boolean {
  if (quotesSpeech(lower)) return true;
  if (reportedSpeech.test(lower)) return true;
  if (providersAccountWords.test(lower) && providersAccount.test(lower) && !kommunesDemand.test(lower)) return true;
  if (assessorWords.test(lower) && externalAssessment.test(lower)) return true;
  if (!notCurrentWords.test(lower)) return false;
  if (insteadWords.test(lower)) return goesOnInPast(lower);
  if (recentPast.test(lower) && !lasting.test(lower)) return true;
  return (pastPractice.test(lower) && !replacedWords.test(lower)) || proposalOnly.test(lower) || undecided.test(lower) || generalFinding.test(lower);
}

/**
 * Whether the sentence can tell what the kommune does now: a statement of its own (not a
 * heading, a placeholder, words about the document or quoted law, a pointer or a question),
 * not of another kommune, and not what was, will be, is wished for or is denied.
 */
export function tellsOwnPractice(sentence: Sentence, judgedOn: string | undefined): boolean {
  if (sentence.isHeading || sentence.role || sentence.pointer || sentence.anotherParty || sentence.ofPastPeriod || sentence.planned || asksQuestion(sentence))
    return false;
  return !notCurrentPractice(sentence) && !plansPractice(sentence, judgedOn) && !statesAim(sentence) && !deniesPractice(sentence);
}

/** Whether the sentence tells of practice to come, after the year the document is judged in (read only of sentences that match a wording). */
export function plansPractice({ lower }: Cased, judgedOn: string | undefined): boolean {
  const planned = futurePractice.exec(lower);
  if (!planned) return plannedPractice.test(lower);
  // »Fra 1. januar 2024 vil egenbetalingen være …«, read in 2026, tells the rule in force.
  return judgedOn === undefined || Number(planned[1] ?? planned[2]) > Number(judgedOn.slice(0, 4));
}

/**
 * Whether the sentence plans practice for a year that has ended by the day the document is
 * judged (»I 2019 vil kommunen etablere …«, »Vi vil i 2020 åbne …«, read in 2026): a plan of
 * an old edition, no aim or plan now (read only of sentences that match a wording).
 */
export function plansForEndedYear({ lower }: Cased, judgedOn: string | undefined): boolean {
  const planned = judgedOn === undefined ? null : futurePractice.exec(lower);
  return planned !== null && Number(planned[1] ?? planned[2]) < Number(judgedOn!.slice(0, 4));
}

/**
 * A sentence that opens with a region or with kommuner in general as its place or subject (»I
 * Region Midtjylland har brugerne …«, »I nabokommunen anvendes …«, »I psykiatrien har man …«, a
 * regional service, »Regionens målgruppe er …«, »Sygehuset spørger til patientens børn«, the
 * prison service or the state, »Mange kommuner har et brugerråd«, »Kommunerne tilbyder typisk …«, as
 * guidance writes, »Erfaringer fra andre kommuner viser …«): their practice, not this kommune's
 * (not »I samarbejde med regionen …«).
 */
const otherAuthorities = danish(
  String.raw`^(?:(?:i|hos|for|fra|på) )?(?:region \p{L}+|region(?:en|ens|erne|ernes)|nabokommun(?:en|ens|erne|e)|(?:regions)?psykiatrien(?:s)?|sygehus(?:et|ets|ene|enes)|hospital(?:et|ets|erne|ernes)|kriminalforsorgen(?:s)?|staten(?:s)?|(?!anke|patientklage)${stateAgency}|udlandet|andre lande|kommunerne|(?:mange|flere|andre|nogle|de fleste|en del|de øvrige|alle|landets) kommuner|erfaringer(?: fra| i) (?:andre|flere|mange) kommuner)(?!\p{L})`,
);

/** The kinds of provider a kommune buys treatment from, as a sentence or heading names them. */
const providerWord = String.raw`(?:leverandør|udbyder|behandlingssted|døgntilbud|døgninstitution|institution|opholdssted|behandlingshjem|privat)\p{L}*`;
/** A provider's or another's own documents, as a sentence cites them as its source. */
const ownDocument = String.raw`(?:kvalitetsstandard|retningslinje|hjemmeside|beskrivelse|materiale|pjece|folder|værdigrundlag|procedure)\p{L}*`;
/**
 * A provider's own account of its practice, or another party's quality standard
 * (»Ifølge Skovlys egen kvalitetsstandard udarbejdes …«, »Af Novavis kvalitetsstandard fremgår …«,
 * »Leverandøren oplyser, at …«, »Behandlingsstedet beskriver selv …«): what it says of itself, not
 * what the kommune has set or does. Not the kommune's or its centre's own (»Ifølge kommunens
 * retningslinjer …«, »Rusmiddelcentrets kvalitetsstandard …«).
 */
const providersAccount = danish(
  [
    // Cited as the source: someone's own document, or a provider's.
    String.raw`(?<!\p{L})(?:ifølge|iflg\.|i henhold til|jf\.|af|citat fra|uddrag af) (?:\p{L}+ ){0,3}?(?:(?:egen|egne|eget|sin|sit|sine|deres|interne?) (?:\p{L}+ )?|${providerWord}s (?:egen |egne |eget |interne? )?)${ownDocument}`,
    // Told by the one who wrote it there (»Novavi beskriver i sin egen kvalitetsstandard, at …«).
    String.raw`|(?<!\p{L})(?:oplyser|beskriver|skriver|angiver|fortæller|anfører) (?:på|i) (?:sin|sit|sine|deres) (?:egen |egne |eget )?${ownDocument}`,
    // A quality standard of anyone's but the kommune's, this document's or its centre's.
    String.raw`|(?<!\p{L})(?!(?:kommunens|kommunes|byrådets|kommunalbestyrelsens|vores|denne|dennes|\p{L}*cent(?:er|re|ere)ts|\p{L}*centers)(?!\p{L}))\p{L}+s (?:egen |egne |eget |interne? )?kvalitetsstandard`,
    // A provider as the teller (»Leverandøren oplyser, at …«), or anyone telling of itself (»… beskriver selv …«).
    String.raw`|^(?:de |den |det )?(?:private? |eksterne? )?${providerWord} (?:\p{L}+ ){0,4}?(?:oplyser|oplyste|beskriver|beskrev|skriver|skrev|angiver|fortæller|anfører|garanterer|lover)(?!\p{L})`,
    String.raw`|(?<!\p{L})(?:oplyser|beskriver|skriver|angiver|fortæller) selv(?!\p{L})`,
  ].join(''),
);
/**
 * The kommune's demand on a provider's own documents (»Det er et krav, at døgntilbuddets
 * kvalitetsstandard er godkendt …«, »… skal leve op til …«): a requirement of its own (§ 5, stk. 1).
 */
const kommunesDemand = danish(String.raw`(?<!\p{L})(?:krav|kræv|stiller|forvent|forudsæt)|kvalitetsstandard\p{L}* (?:skal|må|bør)(?!\p{L})`);
/** The words one of those accounts needs, tested first: most sentences have none. */
const providersAccountWords =
  /kvalitetsstandard|retningslinje|hjemmeside|beskriv|beskrev|materiale|pjece|folder|værdigrundlag|procedure|oplys|skriv|skrev|angiv|fortæl|anfør|garanter|lover/;
/**
 * A heading of a provider's own account (»Leverandørens kvalitetsstandard«, »Behandlingsstedets
 * egen beskrivelse«, »Fra leverandørens hjemmeside«, »Uddrag af Skovlys kvalitetsstandard«): the
 * sentences under it are the provider's, however they are worded.
 */
const providersAccountHeading = danish(
  String.raw`${providerWord}s (?:egen |egne |eget |interne? )?(?:${ownDocument}|praksis)|(?<!\p{L})(?:egen|egne|eget) (?:kvalitetsstandard|beskrivelse|præsentation)|^(?:uddrag|citat) (?:af|fra) (?!(?:loven|lov|bekendtgørelse|serviceloven|vejledning)\p{L}*)` +
    // Other kommuner's practice or national advice (»Inspiration fra andre kommuner«, »Socialstyrelsens anbefalinger«).
    String.raw`|(?<!\p{L})(?:andre|øvrige) kommuner|(?<!\p{L})nabokommune|(?<!\p{L})inspiration(?!\p{L})|(?:nationale|landsdækkende|socialstyrelsens|sundhedsstyrelsens|styrelsens|kl's|kls|ministeriets) (?:anbefalinger|retningslinjer|vejledning|anbefaling)` +
    // Another's words about the kommune: an answer to a hearing, a supervisor's findings (»Høringssvar fra Udsatterådet«, »Tilsynets kritikpunkter«).
    String.raw`|^høringssvar(?!\p{L})|(?<!\p{L})\p{L}*tilsynets (?:kritikpunkter|bemærkninger|vurdering|konklusioner|fund|rapport)` +
    // One person's course, told as a case or an example (»Eksempel fra praksis«, »Case«, »Borgerhistorier«; not »Eksempler på tilbud«).
    String.raw`|^(?:eksempel|eksempler|cases?|casebeskrivelser?|borgerhistorier?)(?: \d+)?(?: fra praksis)?$`,
);
/**
 * A heading of what is proposed, wished or planned (»Forslag til ny praksis«, »Visioner for fremtiden«, »Fremtidige tiltag«, »Drøftelse i
 * udvalget«, »Ønsker fra brugerne«, »Idékatalog«, »Arbejdsgruppens anbefalinger«).
 */
const plansHeading = danish(
  String.raw`^(?:\p{L}+: )?(?:forslag|visioner?|(?:ønsker|idéer|ideer) (?:til|for|fra)|id[eé]katalog|drøftelse|fremtidige (?:tiltag|initiativer|indsatser|planer)|nye tiltag|kommende tiltag|planlagte (?:tiltag|initiativer|ændringer)|\p{L}*(?:gruppens|udvalgets|rådets) (?:anbefalinger|forslag|ønsker))(?!\p{L})`,
);
/** A heading of a glossary (»Ordforklaringer«, »Begreber«, »Definitioner«): what is under it says what words mean. */
const glossaryHeading = danish(
  String.raw`^(?:\p{L}+: )?(?:ordforklaring(?:er)?|ordliste|begreber|begrebsafklaring|begrebsliste|definitioner|forklaring af (?:ord|begreber))(?!\p{L})`,
);

/** A heading of aims or plans for a year or from it (»Mål for 2028«, »Planer i 2027«, »Målsætninger 2027-2030«): later than the year judged, a plan. */
const plansForYearHeading = danish(String.raw`(?:mål|målsætninger|planer|tiltag|indsatser|initiativer)(?: for| i)? (20\d\d)(?!\d)`);

/** What ties a defined word to what it means: a relative clause or a preposition (»…, hvor …«, »… til at …«, »… af data …«). */
const definedBy = String.raw`(?:,? (?:der|som|hvor|hvori|hvormed|hvorved)| (?:til|for|af|om|med|mellem|over|på))(?!\p{L})`;
/** The act a word is defined under, or an aside, between the word and »er« (»En handleplan efter § 141 er …«, »Et brugerråd (jf. § 16) er …«). */
const definedUnder = String.raw`(?: (?:efter|jf\.|i henhold til|ifølge) (?:\p{L}+ ){0,2}(?:§ ?\d+ ?[a-z]?|\p{L}+)(?:,? stk\. ?\d+)?| \([^()]{0,60}\))?`;
/**
 * A word defined in general: a word with the indefinite article, or bare (not a definite or possessive form, a thing of the kommune's own),
 * said to be a kind of thing (»En handleplan efter § 141 er en plan for indsatsen«, »En handleplan er et redskab til at koordinere …«,
 * »Brugerinddragelse er en proces, hvor …«, »Monitorering er en systematisk indsamling af data …«). Bare, only with a word for a kind of
 * thing a definition uses (a process, a method, a tool, a right), as »Ambulant behandling er et tilbud, hvor du …« tells an offer.
 * Not a part or an example (»En del af behandlingen er en lægesamtale, som …«).
 */
const genericDefinition = String.raw`^(?:(?:en|et) (?!(?:del|led|element|eksempel|af|anden|andet)(?!\p{L}))(?:\p{L}+ ){0,2}\p{L}+${definedUnder} er (?:en|et) (?:\p{L}+ ){0,2}\p{L}+|(?!(?:vores|vi|jeres|din|dit|dine|deres|denne|dette|den|det|de)(?!\p{L}))(?!\p{L}+s )(?:\p{L}+ )?\p{L}+(?<!en|et|ne)${definedUnder} er (?:en|et|den|det) (?:\p{L}+ ){0,2}(?:proces|metode|måde|form|arbejdsform|redskab|værktøj|forum|begreb|betegnelse|samlebetegnelse|fællesbetegnelse|udtryk|princip|tilgang|ret|rettighed|mulighed|indsamling|registrering|opsamling|dokument))${definedBy}`;
/**
 * What a word means, as a glossary or an introduction defines it (»Ved brugerinddragelse forstås,
 * at …«, »Klageadgang: muligheden for at klage …«, »Frit valg: retten til at vælge …«, »En
 * behandlingsplan er en plan, der …«): it names the subject, it does not tell what is done.
 */
const definition = danish(
  String.raw`^ved (?:\p{L}+ ){0,4}\p{L}+ forstås(?!\p{L})|^(?:en|et) (?:\p{L}+ ){0,2}\p{L}+ er (?:en|et) (?:\p{L}+ ){0,2}\p{L}+,? (?:der|som)(?!\p{L})|${genericDefinition}|^(?:\p{L}+ ){0,3}\p{L}+: (?:retten|muligheden|pligten|adgangen|kravet|(?:kommunens|borgerens|borgernes) (?:ret|pligt|mulighed|adgang)) (?:til|for|på)(?!\p{L})`,
);

/** A line of a table of contents: a title and its page (»Sådan klager du ........ 7«, »…, side 6«, »Frit valg (se side 12)«). */
const contentsEntry = /(?:\.{3,}|…)\s*\d{1,3}$|[,–] side \d{1,3}$|\((?:se )?(?:side|s\.) ?\d{1,3}\)$/;

/**
 * A text written as another kind of document, whatever its title (»Rusmiddelcenter Xby«): a job
 * advertisement (»Vi søger en engageret misbrugsbehandler …«, »Ansøgningsfrist er …«) or the
 * minutes of a meeting (»Til stede: …«, »Beslutning: Udvalget tog orienteringen til
 * efterretning«). Each kind is known by one of its own marks (`core`) and one more of its marks,
 * two different ones: a standard may say »meldt afbud« or »overenskomst«, not a deadline for
 * applications beside the terms of employment.
 */
const textKindMarks: readonly { art: string; core: readonly RegExp[]; more: readonly RegExp[] }[] = [
  {
    art: 'stillingsopslag',
    core: [danish(String.raw`(?<!\p{L})ansøgningsfrist(?:en)?(?!\p{L})`), danish(staffWanted)],
    more: [
      danish(String.raw`(?<!\p{L})(?:løn- og |løn og )?ansættelsesvilkår|(?<!\p{L})(?:gældende |relevant )overenskomst`),
      danish(String.raw`(?<!\p{L})(?:ansættelsessamtaler?|samtaler (?:forventes )?(?:afholdt|afholdes|holdes))(?!\p{L})`),
      danish(String.raw`(?<!\p{L})(?:send (?:din|en) ansøgning|søg stillingen|stillingen er på|(?:tiltrædelse|tiltræder) (?:den|pr\.|snarest))(?!\p{L})`),
    ],
  },
  {
    art: 'pressemeddelelse',
    core: [danish(String.raw`(?<!\p{L})(?:presseansvarlig|pressekontakt|pressemeddelelse)(?!\p{L})`)],
    more: [
      // A standard too ends with where to learn more (»For yderligere information kontakt Rusmiddelcentret«): no mark of its own.
      danish(String.raw`^for (?:yderligere|flere|mere|uddybende) (?:information|oplysninger|kommentarer)(?!\p{L})`),
      danish(
        String.raw`^\p{L}+(?: \p{L}+)?, (?:den )?\d{1,2}\. (?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december) 20\d\d[.:]`,
      ),
      danish(String.raw`[«"”],? (?:siger|udtaler|fortæller)(?!\p{L})`),
    ],
  },
  {
    art: 'høringssvar',
    core: [
      danish(
        String.raw`(?<!\p{L})takker for (?:muligheden|invitationen|anmodningen) (?:for|til) at (?:afgive|give|komme med|sende) (?:et |vores |sine )?(?:høringssvar|bemærkninger|kommentarer)(?!\p{L})`,
      ),
    ],
    more: [
      // A standard's foreword may be a letter signed by the mayor: »Med venlig hilsen« is no mark of its own.
      danish(String.raw`^med venlig hilsen(?!\p{L})`),
      danish(String.raw`(?<!\p{L})høringssvar(?:et)?(?!\p{L})`),
      danish(String.raw`(?<!\p{L})(?:foreslår|anbefaler|mener|opfordrer til),? at(?!\p{L})`),
    ],
  },
  {
    art: 'referat',
    core: [
      danish(String.raw`^(?:til stede|fraværende|referent|mødeleder|ordstyrer)(?: \p{L}+)?:`),
      // The administration's recommendation to a political body, as a case on an agenda opens (»Forvaltningen indstiller, at udvalget godkender …«,
      // »Indstilling: Forvaltningen indstiller, at …«).
      danish(
        String.raw`^(?:indstilling: )?(?:(?:\p{L}|-)+ og )?(?:\p{L}*forvaltningen|administrationen|direktionen|direktøren|\p{L}*chefen) indstiller,? at(?!\p{L})`,
      ),
    ],
    more: [
      // A standard may record that a committee took it to note.
      danish(
        String.raw`(?<!\p{L})tog (?:\p{L}+ ){0,2}til efterretning(?!\p{L})|(?<!\p{L})indstillingen blev (?:godkendt|tiltrådt|vedtaget)(?!\p{L})|^(?:\p{L}*udvalget|byrådet|kommunalbestyrelsen|borgerrepræsentationen) (?:godkendte|tiltrådte|vedtog|anbefalede|fulgte) (?:\p{L}+ )?(?:indstillingen|forslaget|sagen)(?!\p{L})`,
      ),
      // A standard's practical information may say how to cancel an appointment (»Afbud: Ring til os …«).
      danish(String.raw`^afbud(?: \p{L}+)?:`),
      danish(String.raw`^(?:beslutning|indstilling|sagsfremstilling|resumé)(?: \p{L}+)?:`),
      danish(String.raw`^(?:punkt|pkt\.|dagsordenspunkt) \d+`),
    ],
  },
];

/**
 * Each kind with all its marks in one pattern as well: nearly every sentence has none, and one
 * pattern read once finds that sooner than each mark read in turn. The marks hold no numbered
 * back-references, which joining them would renumber.
 */
const textKinds = textKindMarks.map((kind) => ({ ...kind, anyMark: new RegExp([...kind.core, ...kind.more].map((mark) => `(?:${mark.source})`).join('|')) }));

/** The patterns above that read a text's lower-case copy, for the test that they read as with the `i` flag. */
export const lowerCasePatterns: readonly (RegExp | LetterPattern)[] = [
  pointerCue,
  readingGuide,
  pointerWords,
  deferral,
  deferralWords,
  figureOrSecondClause,
  placeholderMarker,
  blankLeft,
  templateText,
  aboutDocument,
  announcement,
  scopeOfPeople,
  statuteSentence,
  lawCitation,
  statuteWording,
  lawsRule,
  ownVoice,
  lawQuotation,
  aimStatement,
  hedgedPractice,
  possibleOnly,
  statedMeans,
  denial,
  hypotheticalPractice,
  labelDenied,
  pastPractice,
  periodHeading,
  periodPast,
  recentPast,
  yearPast,
  yearNamed,
  lasting,
  toldInPast,
  boundedUntil,
  futurePractice,
  plannedPractice,
  otherAuthorities,
  plansHeading,
  plansForYearHeading,
  glossaryHeading,
  providersAccount,
  providersAccountWords,
  providersAccountHeading,
  kommunesDemand,
  proposalOnly,
  undecided,
  generalFinding,
  replacedWords,
  notCurrentWords,
  insteadWords,
  conditionWords,
  butNot,
  exceptionOnly,
  notAlways,
  exceptionToRule,
  unmarkedQuestion,
  evasiveAnswer,
  evasiveHedge,
  evasiveRest,
  complianceOnly,
  complianceClaim,
  afterClaim,
  ownMeasure,
  quotedSpeech,
  reportedSpeech,
  ...textKinds.flatMap((kind) => [...kind.core, ...kind.more]),
  definition,
  statementWord,
  placeholderWords,
  documentWords,
];

/** `underLaw`: the sentence stands under a heading of quoted law (»Lovgrundlag«). */
export function roleOf({ text, lower }: Cased, underLaw: boolean): SentenceRole | undefined {
  if (underLaw || statuteSentence.test(lower) || (lawsRule.test(lower) && !ownVoice.test(lower))) return 'lovtekst';
  if (
    placeholderWords.test(lower) &&
    ((text.length < 120 && placeholderMarker.test(lower) && wordsAtMost(text, 10)) || blankLeft.test(lower) || leavesMarksBlank(lower))
  )
    return 'pladsholder';
  if (templateText.test(lower)) return 'pladsholder';
  if (documentWords.test(lower) && aboutDocument.test(lower) && !scopeOfPeople.test(lower)) return 'om-dokumentet';
  return undefined;
}

/** A label before a dash: the name of a table row's first cell, or of a line (»Brugerinddragelse – …«). */
const label = /^[^–\d.!?]{1,80}? – (?=\S)/;

/** A sentence's text after its label, when it has one of a few words without a figure; else undefined. */
export function afterLabel(text: string): string | undefined {
  const found = text.includes(' – ') ? label.exec(text) : null;
  return found && wordsAtMost(found[0], 7) ? text.slice(found[0].length) : undefined;
}

/** The role of a sentence, or of its text after a label (»Serviceniveau – Kvalitetsstandarden giver samlet information om …«). */
function roleOfLabelled(cased: Cased, underLaw: boolean): SentenceRole | undefined {
  const role = roleOf(cased, underLaw);
  if (role) return role;
  const rest = afterLabel(cased.text);
  return rest === undefined ? undefined : roleOf({ text: rest, lower: rest.toLowerCase() }, false);
}

/**
 * A section headed as the law (»Lovgrundlag«) quotes it: every sentence in it is the statute's. One
 * headed as a glossary (»Ordforklaring«) defines words: every sentence in it names its subject, as
 * a definition in running text does, and tells nothing that is done (»Brugerråd: Et råd, hvor …«).
 */
export function markByHeading(heading: string, sentences: Sentence[]): Sentence[] {
  const lower = heading.toLowerCase();
  if (lawQuotation.test(lower)) for (const sentence of sentences) sentence.role ??= 'lovtekst';
  else if (glossaryHeading.test(lower)) for (const sentence of sentences) sentence.bare = true;
  return sentences;
}

/**
 * A list item or a line with no full stop, of a few words, without a figure, a verb it can be
 * told by, or a name (»Rusmiddelcenter Odense Ungeafdelingen« says where, »Ambulant
 * behandling« only what); or a list of keywords.
 */
function isBare({ text, lower }: Cased): boolean {
  if (definition.test(lower)) return true;
  const short = !/[.!?]$/.test(text) && wordsAtMost(text, 4) && !/\s[A-ZÆØÅ]/.test(text);
  // The cheap shapes first: most sentences end in a full stop, and most with commas have a verb.
  if (!short && (text.length > 200 || !text.includes(', '))) return false;
  if (/\d/.test(text) || statementWord.test(lower)) return false;
  return short || isKeywordList(text);
}

/** Three or more items of a word or three, by commas, and no verb (»Afgørelse, partshøring, klagefrist og Ankestyrelsen«): names, not a description. */
function isKeywordList(text: string): boolean {
  const items = text.replace(/\.$/, '').split(', ');
  return items.length >= 3 && items.every((item) => item.trim() !== '' && wordsAtMost(item, item === items.at(-1) ? 5 : 3) && !/[.!?:;]/.test(item));
}

/** A table header's cells are column names: a few words each, without a figure or a word a statement is told by. */
function namesColumns({ text, lower }: Sentence): boolean {
  return !/\d/.test(text) && !statementWord.test(lower) && text.split(' – ').every((cell) => wordsAtMost(cell, 6));
}

/** Fields that name or place a section rather than say something. */
const nonTextFields = new Set(['overskrift', 'noegle', 'daekker', 'lovgrundlag', 'url', 'indikator', 'graense']);

/** A template's word to fill in, in angle brackets (»<kommunens navn>«, »<indsæt dato>«): not an HTML tag. */
const templateBlank = /<((?:indsæt|skriv|angiv|udfyld|navn|kommune|kommunens|dato|antal|tal|beløb|tekst|beskriv)(?![a-zæøå])[^<>]{0,60})>/gi;
/** A line to write on (»mødes ___ gange«), not emphasis. */
const blankLine = /(?<!\S)_{3,}(?=[\s.,;:)]|$)/g;

/** A list item's task box (GFM), ticked or empty, before its text. */
const taskBox = /^\[([ xX])\]\s+/;

/** Markdown inline syntax to plain words: links keep their text, emphasis and code marks go. */
function plainInline(text: string): string {
  // Most lines carry no Markdown inline syntax at all.
  if (!/[[<*_`~\\]/.test(text)) return collapseSpace(text).trim();
  // No bracket inside a link's text and no parenthesis inside its address: a run of openings
  // without their ends (»[[[[«) is then one pass, not one pass per opening.
  return collapseSpace(
    text
      // A picture, with its address or by reference (»![…][kort]«, »![…][]«, »![…]«): the published page prints none of its description.
      .replace(/!\[[^[\]]*\](?:\([^()]*\)|\[[^[\]]*\])?/g, ' ')
      .replace(/\[([^[\]]*)\]\([^()]*\)/g, '$1')
      // A template's blank is no Markdown to drop: a word to fill in, in angle brackets, and a line of underscores (see blankLeft).
      .replace(templateBlank, '[$1]')
      .replace(blankLine, '[…]')
      // A tag with its attributes, however long (a title, a style): the page prints none of them.
      .replace(/<\/?[a-zA-Z][^<>"']*(?:(?:"[^"]{0,2000}"|'[^']{0,2000}')[^<>"']*)*>/g, ' ')
      .replace(/<[^>]{1,200}>/g, ' ')
      .replace(/[*_`~]+/g, '')
      .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1'),
  ).trim();
}

interface Line {
  text: string;
  line: number;
  /** Where further lines of the file begin in `text`, folded into it by YAML (see `valueLines`). */
  breaks?: readonly { offset: number; line: number }[];
}

/** A line's text from `from` on (a list item's or quote's marker left out), with its breaks moved along. */
function lineFrom(raw: string, from: string, place: ValueLine): Line {
  if (place.breaks.length === 0) return { text: from, line: place.line };
  const shift = raw.lastIndexOf(from);
  const breaks = place.breaks.filter((fold) => fold.offset > shift).map((fold) => ({ offset: fold.offset - shift, line: fold.line }));
  return breaks.length > 0 ? { text: from, line: place.line, breaks } : { text: from, line: place.line };
}

/** A paragraph's lines as the file's lines they stand on: a folded line is as many as it joins. */
function fileLinesOf(paragraph: readonly Line[]): { text: string; line: number }[] {
  return paragraph.flatMap(({ text, line, breaks }) => {
    if (!breaks) return [{ text, line }];
    const starts = [{ offset: 0, line }, ...fileLineBreaks(line, breaks)];
    return starts.map((start, index) => ({ text: text.slice(start.offset, starts[index + 1]?.offset), line: start.line }));
  });
}

/** At most this many items of a list are read into the sentence that introduces it. */
const itemsReadIntoLeadIn = 10;

interface LeadIn {
  add(item: Sentence): void;
}

/**
 * A sentence that introduces a list (»Behandlingen er for dig, der:«) says nothing until
 * its items are read into it: »… for dig, der: har et forbrug af hash; ønsker rådgivning«.
 * Its role and whether it is bare stay those of its own words; what it answers, and whether
 * it only restates the law, are read with the items that say something (not bare names, nor items with a role). Items under
 * an aim are aims (`planned`).
 */
function startsList(sentence: Sentence | undefined): LeadIn | undefined {
  if (!sentence || sentence.isHeading || !/:\s*$/.test(sentence.text)) return undefined;
  const own = sentence.text;
  const items: string[] = [];
  // Items under an aim (»Vores mål:«, »Vi tilstræber:«) are what is aimed at, each read as an aim.
  const aims = statesAim(sentence);
  if (aims) sentence.planned = true;
  return {
    add(item) {
      if (aims) item.planned = true;
      // A bare name (»Udredning og visitation«) stays a name in a list too, and an item that is not the kommune's own
      // statement (a placeholder, an option not ticked, quoted law, words about the document) says nothing for it.
      if (item.bare || item.role !== undefined || items.length >= itemsReadIntoLeadIn) return;
      items.push(item.text.replace(/[.;,]\s*$/, ''));
      (sentence.listItems ??= []).push(item);
      sentence.text = `${own} ${items.join('; ')}`;
      sentence.lower = `${own.replace(/:\s*$/, '')} ${items.join('; ')}`.toLowerCase();
    },
  };
}

/**
 * A question says nothing until its answer is read into it (»Hvem kan få hjælp? Alle borgere i
 * kommunen, der bruger euforiserende stoffer …«, the answer often without a verb of its own):
 * the statement right after it in the same paragraph, unless that is no answer either (a
 * placeholder, words about the document, a pointer). Its role stays that of its own words,
 * as with a lead-in; a question without such an answer stays a question.
 */
function answerQuestions(paragraph: readonly Sentence[]): void {
  for (let index = 0; index + 1 < paragraph.length; index += 1) {
    const [question, answer] = [paragraph[index]!, paragraph[index + 1]!];
    // A definition answers what a word means (»Hvad er en handleplan? En handleplan efter § 141 er en plan for …«), not what is done.
    if (!asksQuestion(question) || asksQuestion(answer) || answer.role || answer.pointer || evasiveAnswer.test(answer.lower) || definition.test(answer.lower))
      continue;
    question.text = `${question.text} ${answer.text}`;
    question.lower = `${question.lower} ${answer.lower}`;
  }
}

/**
 * Sentences of a Markdown text: `places` says where each of its lines begins in the file (see
 * `valueLines`), or a number, the file line of its first line, when it stands there line for line.
 */
/**
 * What the published page leaves out with all it holds (src/render/markdown.ts): an HTML
 * comment, and the elements the sanitizer removes whole (a script) or whose content is no
 * part of the page (a template). Unclosed, each runs to the text's end, as an HTML block does.
 */
const unprinted = /<!--[\s\S]*?(?:-->|$)|<(script|template)(?:[\s/][^<>]{0,200})?>[\s\S]*?(?:<\/\1\s*>|$)/gi;

/** A FAQ's label before its question or answer (»Spørgsmål: Får jeg en plan?«, »Svar: Ja, …«, »S: …«, »Sv: …«): read as the question and answer themselves. */
const faqLabel = /^(?:spørgsmål|svar|sp\.?|sv\.?|s)\s*:\s+(?=\S)/i;

/** The text with what the page does not print blanked out, its line breaks kept, so that every line keeps its number. */
const printedOnly = (markdown: string): string => (markdown.includes('<') ? markdown.replace(unprinted, (hidden) => hidden.replace(/[^\n]/g, ' ')) : markdown);

export function textSentences(markdown: string, places: number | readonly ValueLine[], startBlock: number): Sentence[] {
  const sentences: Sentence[] = [];
  let block = startBlock;
  let subheading: string | undefined;
  let underLaw = false;
  let paragraph: Line[] = [];
  let inList = false;
  let leadIn: LeadIn | undefined;
  /** The paragraph before ended in a citation alone (»Serviceloven § 153.«): this one may quote it. */
  let cited = false;
  /** The paragraph before quoted and stopped mid-sentence (»…, eller«): this one goes on with it, a list item of the statute. */
  let continued = false;
  /** The list item being read has an empty task box (»- [ ] Brugerråd«): an option not chosen, which says nothing is done. */
  let unchecked = false;

  const flush = () => {
    if (paragraph.length === 0) return;
    let quoting = cited || continued;
    const continuing = continued;
    cited = false;
    continued = false;
    const before = sentences.length;
    const first = paragraph[0]!;
    const joined = plainInline(paragraph.map((line) => line.text).join(' '));
    const listsContents = paragraph.every((line) => contentsEntry.test(line.text));
    // Where each source line ends in the joined text, once: sentences keep the line they start on
    // (a paragraph of one line, most of them, has all its sentences on that line).
    let end = 0;
    const lineEnds =
      paragraph.length === 1 && !first.breaks
        ? [{ line: first.line, end: Number.POSITIVE_INFINITY }]
        : fileLinesOf(paragraph).map((part) => ({ line: part.line, end: (end += plainInline(part.text).length + 1) }));
    let cursor = 0;
    for (const sentence of splitSentences(joined)) {
      // From just after the sentence before: two sentences may open alike (»Kvalitetsstandarden …«).
      const offset = joined.indexOf(sentence.slice(0, 20), cursor);
      const at = offset < 0 ? cursor : offset;
      cursor = at + 1;
      const line = lineEnds.find((part) => part.end > at)?.line ?? first.line;
      const text = sentence.replace(faqLabel, '');
      const cased = { text, lower: text.toLowerCase() };
      // A citation alone is the law's, not an answer; after it or a statute's own sentence (»Stk. 2.«) the paragraph goes on
      // quoting while its sentences read as a statute's (»Personer, der …, skal underrette kommunalbestyrelsen«), not when one
      // speaks to the reader or as the kommune (»Det betyder for dig: …«) or tells what is done (»Borgeren kan frit vælge …«).
      cited = cased.lower.includes('§') && lawCitation.test(cased.lower);
      if (quoting && (ownVoice.test(cased.lower) || (!continuing && !statuteWording.test(cased.lower)))) quoting = false;
      // A table of contents' lines name the document's parts (»Sådan klager du ........ 7«).
      const role = listsContents ? 'om-dokumentet' : roleOfLabelled(cased, underLaw || quoting || cited);
      quoting ||= role === 'lovtekst';
      const announces = role === 'om-dokumentet' && announcement.test(afterLabel(cased.lower) ?? cased.lower) ? true : undefined;
      sentences.push({
        text,
        lower: cased.lower,
        pointer: isPointer(cased),
        line,
        block,
        subheading,
        role,
        announces,
        bare: isBare(cased),
      });
    }
    const flushed = sentences.slice(before);
    // A quoted paragraph that stops mid-sentence (»…, eller«) goes on in the next block, a list item of the statute.
    continued = quoting && !cited && !/[.!?]["»«”')]*$/.test(flushed.at(-1)?.text ?? '.');
    if (unchecked) for (const item of flushed) item.role = 'pladsholder';
    unchecked = false;
    answerQuestions(flushed);
    if (inList) for (const item of flushed) leadIn?.add(item);
    else leadIn = startsList(flushed.at(-1));
    paragraph = [];
  };
  const endBlock = () => {
    flush();
    block += 1;
  };

  /** The sentences of the line before, when it was a table's row: a delimiter row under it makes it the header. */
  let rowBefore: Sentence[] = [];
  /** How many cells the line before had, when it was a table's row. */
  let cellsBefore = 0;
  /**
   * A table's header and which of its columns a row below has filled. A table of column names
   * alone (»Tilbud | Egenbetaling | Pris pr. døgn«, a template's table left to fill in), or one
   * with a column no row fills (»Form for brugerinddragelse | Findes i kommunen«, its second
   * column empty), says nothing in its header; with rows, a header of column names
   * (namesColumns) says nothing either, while one of facts stays as written, since a table made
   * from a document (or by hand) may have its first facts there (»Egenbetaling | 0 kr.«).
   */
  let table: { header: Sentence[]; filled: boolean[] } | undefined;
  const endTable = () => {
    if (table?.filled.includes(false)) for (const header of table.header) header.bare = true;
    table = undefined;
  };
  printedOnly(markdown)
    .split('\n')
    .forEach((raw, index) => {
      const place = typeof places === 'number' ? { line: places + index, column: 1, breaks: [] } : (places[index] ?? places.at(-1)!);
      const { line } = place;
      const text = raw.trim();
      const row = rowBefore;
      rowBefore = [];
      if (!text.startsWith('|')) endTable();
      if (text === '') {
        flush();
        if (!inList) block += 1;
        return;
      }
      const heading = /^#{1,6}\s+(.*?)\s*#*$/.exec(text) ?? /^\*\*([^*]{1,200})\*\*:?$/.exec(text);
      if (heading) {
        endBlock();
        inList = false;
        leadIn = undefined;
        subheading = plainInline(heading[1]!);
        const lower = subheading.toLowerCase();
        underLaw = lawQuotation.test(lower);
        sentences.push({ text: subheading, lower, pointer: false, line, block, subheading, isHeading: true });
        block += 1;
        return;
      }
      if (/^\|?\s*:?-{3,}/.test(text)) {
        for (const header of row) if (namesColumns(header)) header.bare = true;
        table = { header: row, filled: new Array<boolean>(cellsBefore).fill(false) };
        return;
      }
      const tableRow = /^\|(.*)\|$/.exec(text);
      const listItem = /^(?:[-*+•]|\d{1,3}[.)]|[a-zA-Z][.)])\s+(.*)$/.exec(text);
      const quote = /^>\s?(.*)$/.exec(text);
      if (tableRow) {
        flush();
        leadIn = undefined;
        // A row is one statement: »Stoffri ved afslutning – 35 %« keeps the figure with its measure.
        const before = sentences.length;
        const cells = tableRow[1]!.split('|').map((cell) => cell.trim());
        cells.forEach((cell, column) => {
          if (cell !== '' && table) table.filled[column] = true;
        });
        cellsBefore = cells.length;
        paragraph = [{ text: cells.filter(Boolean).join(' – '), line }];
        flush();
        rowBefore = sentences.slice(before);
        for (const sentence of rowBefore) sentence.tableRow = true;
        return;
      }
      if (listItem) {
        if (!inList) endBlock();
        inList = true;
        flush();
        // A task box is printed as a checkbox, not as text (GFM): ticked, the item says what it says; empty, it is not chosen.
        const box = taskBox.exec(listItem[1]!);
        unchecked = box?.[1] === ' ';
        paragraph = [lineFrom(raw, box ? listItem[1]!.slice(box[0].length) : listItem[1]!, place)];
        return;
      }
      if (inList && !/^\s/.test(raw) && paragraph.length === 0) {
        endBlock();
        inList = false;
      }
      paragraph.push(lineFrom(raw, quote ? quote[1]! : text, place));
    });
  flush();
  endTable();
  return sentences;
}

/** The string values of a section's node that carry text, with where they start. */
function textValues(loaded: LoadedFile, node: Node | undefined): { value: string; places: number | ValueLine[] }[] {
  const found: { value: string; places: number | ValueLine[] }[] = [];
  eachTextValue(node, (scalar, path) => {
    // A list's items are its field's: the nearest name on the path says what the text is.
    const key = path.filter((segment): segment is string => typeof segment === 'string').at(-1);
    if (key !== undefined && nonTextFields.has(key)) return;
    // A »|« block stands line for line from the line below its header: no need to read it against the file.
    const literal = scalar.type === Scalar.BLOCK_LITERAL;
    found.push({ value: scalar.value, places: literal ? positionAt(loaded.lineCounter, scalar.range![0]).line + 1 : valueLines(loaded, scalar) });
  });
  return found;
}

export interface DocumentText {
  sections: TextSection[];
  /**
   * Whether the document is about the regulation's field at all: a text about snow
   * clearing or home care answers none of its requirements, whatever its headings say.
   */
  onDomain: boolean;
  /**
   * The kind of document its title says it is, when that is not a standard (»årsrapport«, »referat«),
   * or its text shows (`kindShownBy`): then it is off the domain too.
   */
  otherKind?: string;
  /** Where the text, not the title, shows the other kind: the first sentence that does, and its section. */
  kindShownBy?: { sentence: string; path: PathSegment[] };
  /** The date the document is judged at (ÅÅÅÅ-MM-DD), when known: a plan for a year before it is the rule in force. */
  judgedOn?: string;
}

/** A kommune named at a sentence's start, as its subject or its place (»Aarhus Kommune tilbyder …«, »Hos Vejle Kommune …«). */
/** A kommune's name before »Kommune« (»Aarhus Kommune«, »Ikast-Brande Kommune«), the name as its group. */
const kommuneName = String.raw`((?:\p{Lu}[\p{L}-]*[ -])*\p{Lu}[\p{L}-]*) [Kk]ommune(?!\p{L})`;
const namedKommune = new LetterPattern(`^(?:(?:I|Hos|For|Fra) )?${kommuneName}`);
/** Anywhere in a heading (»Erfaringer fra Aarhus Kommune«). */
const kommuneNamedIn = new RegExp(kommuneName, 'u');
/** A kommune named in a text, and not the document's own (`own` in its letters): neither the name nor the text holds it. */
const isOtherKommune = (named: string, text: string, own: string) => lettersOf(named) !== own && !lettersOf(text).includes(own);
/** »Kommune« after a word, as a name has it: a cheap test before the name's pattern. */
const kommuneAfterWord = / [Kk]ommune(?![a-zæøå])/;
/** Words that open a sentence before »kommune« and name none (»Vores kommune«, »Den kommune, du bor i«). */
const noName = new LetterPattern(
  String.raw`^(?:i |hos |for |fra )?(?:vores|din|dit|jeres|deres|den|det|en|et|hver|denne|samme|anden|egen|enhver|nabo|bopæls|handle|opholds)(?!\p{L})`,
);
/** The kommune speaking of its own arrangement with another (»Herning Kommune driver døgnbehandlingen for os …«). */
const ownArrangement = new LetterPattern(String.raw`(?<!\p{L})(?:vi|os|vores)(?!\p{L})`);
/** A name by its letters alone: »Ikast Brande« is »Ikast-Brande«. */
const nonLetter = new LetterPattern(String.raw`[^\p{L}]`, 'gu');
function lettersOf(text: string): string {
  const lower = text.toLowerCase();
  return lower.replace(nonLetter.for(lower), '');
}

/**
 * Marks the sentences that begin with a kommune other than the document's own and do not name
 * its own, or with another authority, and those under a heading of a provider's own account.
 */
function markAnotherParty(kommune: string, sections: readonly TextSection[]): void {
  const own = lettersOf(kommune.replace(/\s+kommune\s*$/i, ''));
  if (own === '') return;
  const providers = new Map<string, boolean>();
  const providersHeading = (heading: string) => {
    let result = providers.get(heading);
    if (result === undefined) providers.set(heading, (result = providersAccountHeading.test(heading.toLowerCase())));
    return result;
  };
  for (const section of sections) {
    const providersSection = providersHeading(section.heading) || namesOtherKommune(section.heading, own);
    for (const sentence of section.sentences) {
      if (sentence.isHeading) continue;
      if (providersSection || (sentence.subheading !== undefined && providersHeading(sentence.subheading))) sentence.anotherParty = true;
      if (otherAuthorities.test(sentence.lower) && !ownArrangement.test(sentence.lower)) sentence.anotherParty = true;
      if (!kommuneAfterWord.test(sentence.text)) continue;
      const named = namedKommune.exec(sentence.text)?.[1];
      if (named === undefined || noName.test(sentence.lower) || ownArrangement.test(sentence.lower)) continue;
      if (isOtherKommune(named, sentence.text, own)) sentence.anotherParty = true;
    }
  }
}

/**
 * A place named by its name alone after words that tell of practice there (»Erfaringer fra Aarhus«, »Sådan gør man i Odense«,
 * »Praksis i Vejle«): the name as its group, read as written, since only a name has a capital letter; not a place of the
 * kommune's own in the definite form (»Praksis i Rusmiddelcentret«, »… i Afdelingen«), which no town's name has.
 */
const practiceElsewhere = new LetterPattern(
  String.raw`(?:^|\s)(?:[Ee]rfaringer(?: \p{L}+)? (?:fra|i)|[Ss]ådan (?:gør|arbejder|gjorde) (?:man|de) (?:i|hos)|[Hh]vordan (?:gør|arbejder) (?:man|de) (?:i|hos)|[Pp]raksis (?:i|hos|fra)|[Mm]odellen (?:fra|i)|[Ss]tudietur til) ((?:\p{Lu}[\p{L}-]*[ -])*\p{Lu}[\p{L}-]*)(?<!et|en|ne)(?!\p{L})`,
);

/** Whether a heading names another kommune than the document's own (»Erfaringer fra Aarhus Kommune«, »Erfaringer fra Aarhus«). */
function namesOtherKommune(heading: string, own: string): boolean {
  const elsewhere = practiceElsewhere.exec(heading)?.[1];
  if (elsewhere !== undefined && isOtherKommune(elsewhere, heading, own)) return true;
  if (!kommuneAfterWord.test(heading)) return false;
  const named = kommuneNamedIn.exec(heading)?.[1];
  return named !== undefined && isOtherKommune(named, heading, own);
}

/** Marks the sentences under a heading of proposals, visions or plans, or of aims for a year after the one judged in. */
function markPlannedSections(sections: readonly TextSection[], judgedOn: string | undefined): void {
  const year = judgedOn === undefined ? undefined : Number(judgedOn.slice(0, 4));
  // Once per heading: a subheading stands over many sentences.
  const known = new Map<string, boolean>();
  const planned = (heading: string | undefined) => {
    if (heading === undefined) return false;
    let result = known.get(heading);
    if (result === undefined) {
      const lower = heading.toLowerCase();
      const forYear = plansForYearHeading.exec(lower);
      result = plansHeading.test(lower) || (forYear !== null && year !== undefined && Number(forYear[1]) > year);
      known.set(heading, result);
    }
    return result;
  };
  for (const section of sections) {
    const sectionPlanned = planned(section.heading);
    for (const sentence of section.sentences) if (!sentence.isHeading && (sectionPlanned || planned(sentence.subheading))) sentence.planned = true;
  }
}

/**
 * Whether a sentence tells what was done once in a year before the one judged in (»I 2023
 * gennemførte vi …«, »Vi registrerede i 2023 …«), and not what began then and goes on.
 */
function doneInYearBefore(lower: string, year: number | undefined): boolean {
  if (year === undefined || !/(?:19|20)\d\d/.test(lower)) return false;
  const done = yearPast.exec(lower) ?? (toldInPast.test(lower) ? yearNamed.exec(lower) : null);
  return done !== null && Number(done[1]) < year && !lasting.test(lower);
}

/** Whether the sentence tells of practice that runs only until a year before the one judged in. */
function boundedBefore(lower: string, year: number | undefined): boolean {
  // The year first: nearly every sentence lacks one, and it is cheaper to look for.
  const until = year === undefined || !/(?:19|20)\d\d/.test(lower) ? null : boundedUntil.exec(lower);
  return until !== null && Number(until[1]) < year!;
}

function endedBefore(heading: string, year: number): boolean {
  const period = periodHeading.exec(heading.toLowerCase());
  return period !== null && Number(period[1] ?? period[2]) < year;
}

/**
 * Marks what is told of a period that has ended: a sentence that opens with one and a verb in
 * the past, and what a section tells in the past under a heading of a period that ended before
 * the year the document is judged in (a status or evaluation of earlier years reports what was
 * done then). What it says in the present (»I dag mødes brugerrådet …«), or of what replaced
 * it, is read as usual.
 */
function markPastPeriods(sections: readonly TextSection[], judgedOn: string | undefined): void {
  const year = judgedOn === undefined ? undefined : Number(judgedOn.slice(0, 4));
  const ended = (heading: string | undefined) => year !== undefined && heading !== undefined && endedBefore(heading, year);
  for (const section of sections) {
    const sectionEnded = ended(section.heading);
    for (const sentence of section.sentences) {
      if (sentence.isHeading) continue;
      const told =
        periodPast.test(sentence.lower) ||
        ((sectionEnded || ended(sentence.subheading)) && toldInPast.test(sentence.lower)) ||
        doneInYearBefore(sentence.lower, year) ||
        boundedBefore(sentence.lower, year);
      if (told && !replacedWords.test(sentence.lower) && !insteadWords.test(sentence.lower)) sentence.ofPastPeriod = true;
    }
  }
}

/** Each block's sentences joined, in lower case: the subject they share. A person's quoted words (»»Vi er blevet hørt,« siger Peter«) do not set it. */
export function paragraphsOf(sentences: readonly Sentence[]): Map<number, string> {
  const paragraphs = new Map<number, string>();
  for (const sentence of sentences) {
    if (quotesSpeech(sentence.lower)) continue;
    const before = paragraphs.get(sentence.block);
    paragraphs.set(sentence.block, before === undefined ? sentence.lower : `${before} ${sentence.lower}`);
  }
  return paragraphs;
}

/**
 * A title that opens with another kind of document than a standard (»Årsrapport 2025 for
 * Rusmiddelcenter Xby«, »Tilsynsrapport, …«, »Referat af møde i brugerrådet«, »Stillingsopslag:
 * misbrugsbehandler«, »Evaluering af kvalitetsstandarden«, »Rusmiddelpolitik 2025-2028«): a
 * report, minutes, an advertisement, a policy or a guide on the field tells what was found,
 * decided, wanted or advised, and is no standard, however much of its text reads like one. A
 * title that joins one with a standard (»Årsrapport og kvalitetsstandard«) names both.
 */
const otherKindOfDocument = new LetterPattern(
  String.raw`^(?:(?:\p{L}+s|den|det|vores) )?(\p{L}*(?:rapport|referat|dagsorden|opslag|beretning|evaluering|ansøgning|nyhed|nyhedsbrev|pressemeddelelse|høringssvar|budget|regnskab|politik|strategi|handleplan|vejledning))(?:en|et|er)?(?!\p{L})`,
);
const joinedWithStandard = new LetterPattern(String.raw`(?<!\p{L})og (?:\p{L}+ )?(?:kvalitets)?standard`);

/** Where a title joins its parts (»Rusmiddelcentret – Årsrapport 2024«, »Socialudvalget: Referat …«): each part may name the kind. */
const titleParts = /\s[–—-]\s|:\s|\s\|\s/;

/** The kind of document a title names, when it is not a standard: at its start or at the start of one of its parts, unless it names a standard too. */
function otherKindOf(title: string): string | undefined {
  const lower = title.trim().toLowerCase();
  if (joinedWithStandard.test(lower)) return undefined;
  const opening = otherKindOfDocument.exec(lower)?.[1];
  if (opening !== undefined || lower.includes('standard')) return opening;
  for (const part of lower.split(titleParts).slice(1)) {
    const kind = otherKindOfDocument.exec(part.trim())?.[1];
    if (kind !== undefined) return kind;
  }
  return undefined;
}

/**
 * The kind of document a text is written as, when it is one of `textKinds`, and the first sentence that shows it.
 * Not read in a document whose title or subtitle says it is a standard, nor in its annexes: a standard may
 * enclose the minutes of the users' hearing on it.
 */
function kindOfText(sections: readonly TextSection[], titles: string): { art: string; sentence: string; path: PathSegment[] } | undefined {
  if (/standard/i.test(titles)) return undefined;
  const body = sections.filter((section) => section.kind !== 'bilag');
  for (const { art, core, more, anyMark } of textKinds) {
    const marks = [...core, ...more];
    const seen = new Set<RegExp>();
    let first: { sentence: string; path: PathSegment[] } | undefined;
    let cored = false;
    for (const section of body) {
      for (const text of [section.headingLower, ...section.sentences.map((sentence) => sentence.lower)]) {
        if (!anyMark.test(text)) continue;
        for (const mark of marks) {
          if (seen.has(mark) || !mark.test(text)) continue;
          seen.add(mark);
          cored ||= core.includes(mark);
          first ??= { sentence: section.sentences.find((sentence) => sentence.lower === text)?.text ?? section.heading, path: section.path };
        }
      }
    }
    if (cored && seen.size >= 2 && first) return { art, ...first };
  }
  return undefined;
}

/** Below this many sentences, a document's title may say what it is about; above it, its text must. */
const shortDocument = 15;

/**
 * Enough sentences about the field for a document of this length, one of them naming the
 * field itself (`domainCore`: the drugs, not only treatment words that alcohol treatment
 * shares). A short document (a fixture, a first draft) may rest on its title; a longer one
 * must say it in its own text, so a text about transport, home help or alcohol treatment
 * under a borrowed title answers nothing.
 */
function isOnDomain(title: string, sections: readonly TextSection[], catalogue: AspectCatalogue): boolean {
  const { domain, domainCore } = catalogue;
  const body = sections.flatMap((section) => section.sentences);
  const long = body.length >= shortDocument;
  const titled = { text: title, lower: title.toLowerCase() };
  if (!body.some((sentence) => matches(domainCore, sentence)) && (long || !matches(domainCore, titled))) return false;
  if (titledForNeighbour(titled, body, catalogue)) return false;
  // Counted only as far as the verdict needs: a text on the field names it early and often.
  const enough = long ? Math.max(2, Math.ceil(body.length * 0.05)) : Number.POSITIVE_INFINITY;
  let aboutBody = 0;
  for (let index = 0; index < body.length && aboutBody < enough; index += 1) if (matches(domain, body[index]!)) aboutBody += 1;
  if (long) return aboutBody >= enough;
  const about = aboutBody + (matches(domain, titled) ? 1 : 0);
  return about >= 1 && about >= (body.length + 1) * 0.05;
}

/**
 * A document whose title and basis name a neighbouring service with a law of its own and not
 * the field (»Kvalitetsstandard for alkoholbehandling«, no § 101), and whose text names that
 * service more often than the field, is that service's standard: a passing word on drugs
 * (»… kan kombineres med substitutionsbehandling«) does not make its sentences on plans,
 * guarantees and complaints the field's. A title or basis naming the field (a joint standard,
 * § 101) leaves the text to be judged sentence by sentence.
 */
function titledForNeighbour(titled: Cased, body: readonly Sentence[], { domainCore, neighbour }: AspectCatalogue): boolean {
  if (!neighbour || !matches(neighbour, titled) || matches(domainCore, titled)) return false;
  let balance = 0;
  for (const sentence of body)
    if (matches(domainCore, sentence)) balance -= 1;
    else if (matches(neighbour, sentence)) balance += 1;
  return balance > 0;
}

export function documentText(loaded: LoadedFile, document: Kvalitetsstandard, regulation: Regulation, judgedOn?: string): DocumentText {
  const sections: TextSection[] = [];
  const indexOf = new Map<string, number>();
  for (const list of ['oevrige_afsnit', 'bilag'] as const) document[list]?.forEach((section, index) => indexOf.set(`${list}:${section.noegle}`, index));
  let block = 0;
  for (const source of documentSections(document).values()) {
    const list = source.kind === 'afsnit' ? 'oevrige_afsnit' : source.kind === 'bilag' ? 'bilag' : undefined;
    const path: PathSegment[] = list ? [list, indexOf.get(`${list}:${source.key}`) ?? 0] : [source.key];
    const node = nodeAt(loaded, path);
    const keyLine = locate(loaded, path, true).start.line;
    const sentences = textValues(loaded, node).flatMap(({ value, places }) => {
      const result = textSentences(value, places, block);
      block = (result[result.length - 1]?.block ?? block) + 1;
      return result;
    });
    const heading = source.overskrift ?? source.requirement?.title ?? source.key;
    markByHeading(heading, sentences);
    sections.push({
      key: source.key,
      kind: source.kind,
      path,
      heading,
      headingLower: heading.toLowerCase(),
      paragraphs: paragraphsOf(sentences),
      line: keyLine,
      requirement: source.requirement,
      covers: (source.data.daekker as string[] | undefined) ?? [],
      lovgrundlag: source.lovgrundlag ?? [],
      sentences,
    });
  }
  const title = [document.titel, document.undertitel ?? '', ...(document.lovgrundlag ?? [])].join(' ');
  markAnotherParty(document.kommune, sections);
  markPastPeriods(sections, judgedOn);
  markPlannedSections(sections, judgedOn);
  const otherBasis = statesOtherBasis([document.titel, document.undertitel ?? '', ...(document.lovgrundlag ?? [])], regulation.paragraph);
  const titled = otherKindOf(document.titel);
  const shown = titled === undefined ? kindOfText(sections, `${document.titel} ${document.undertitel ?? ''}`) : undefined;
  const otherKind = titled ?? shown?.art;
  const onDomain = !otherBasis && otherKind === undefined && isOnDomain(title, sections, regulation.aspects);
  return {
    sections,
    onDomain,
    ...(otherKind ? { otherKind } : {}),
    ...(shown ? { kindShownBy: { sentence: shown.sentence, path: shown.path } } : {}),
    ...(judgedOn ? { judgedOn } : {}),
  };
}
