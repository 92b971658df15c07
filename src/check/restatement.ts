/**
 * A sentence that restates what the law asks (»Her beskrives målgruppen for tilbuddene om
 * stofmisbrugsbehandling.«, »Kommunen oplyser om den fremtidige indsats.«) does not answer
 * it. Compared word by word, stemmed (./stem.ts) so inflections and compounds meet: when
 * every word of the sentence is either in the requirement's legal text or title, or a word
 * that only frames it (»beskrive«, »afsnit«, »kommunen«), nothing beyond the restatement
 * is said. A no is beyond it (»Gavekort bruges ikke«): the law asks, it does not deny.
 */
import type { Requirement } from '../regulations/index.js';
import { LetterPattern } from '../text/letters.js';
import { stemDanish } from './stem.js';

/** Words that carry no content of their own, and words that frame a restatement. */
const framing = new Set(
  [
    // Function words.
    'og',
    'i',
    'at',
    'der',
    'som',
    'for',
    'til',
    'om',
    'af',
    'på',
    'med',
    'den',
    'det',
    'de',
    'en',
    'et',
    'er',
    'være',
    'skal',
    'kan',
    'vil',
    'bør',
    'må',
    'her',
    'hvordan',
    'hvilken',
    'hvilke',
    'hvilket',
    'hvem',
    'hvad',
    'hvor',
    'når',
    'hvis',
    'herunder',
    'samt',
    'eller',
    'også',
    'så',
    'sådan',
    'således',
    'desuden',
    'endvidere',
    'man',
    'vi',
    'du',
    'dig',
    'din',
    'dit',
    'dine',
    'jeg',
    'mig',
    'min',
    'mit',
    'mine',
    'vores',
    'os',
    'jeres',
    'sin',
    'sit',
    'sine',
    'denne',
    'dette',
    'disse',
    'blive',
    'bliver',
    'have',
    'har',
    'får',
    'få',
    'ved',
    'efter',
    'under',
    'over',
    'fra',
    'mv',
    'mm',
    'fx',
    'jf',
    'nr',
    'stk',
    'eventuelt',
    'eventuelle',
    'nærmere',
    'følgende',
    'nedenfor',
    'herefter',
    'kort',
    'generelt',
    'overordnet',
    'mere',
    'både',
    'alle',
    'enhver',
    'samlet',
    'konkret',
    'konkrete',
    'sikre',
    'sikres',
    // Framing: the document, the council, and verbs of describing and informing.
    'kommunen',
    'kommunens',
    'kommunalbestyrelsen',
    'byrådet',
    'kvalitetsstandarden',
    'standarden',
    'afsnittet',
    'afsnit',
    'kapitlet',
    'dokumentet',
    'beskrive',
    'beskrives',
    'beskrivelse',
    'beskriver',
    'redegøre',
    'redegørelse',
    'oplyse',
    'oplyses',
    'oplysninger',
    'information',
    'informere',
    'indeholde',
    'indeholder',
    'fremgå',
    'fremgår',
    'angive',
    'angives',
    'gennemgå',
    'omhandle',
    'handle',
    'handler',
    'emne',
    'punkt',
    'krav',
    'kravet',
    'lov',
    'loven',
    'bekendtgørelsen',
    'social',
    'service',
    'serviceloven',
    'servicelovens',
    'gældende',
    'regler',
    'reglerne',
    // Generic words of administration: a sentence made of them and the law's own words
    // (»Kommunen varetager opgaverne i overensstemmelse med lovgivningen.«, »Borgeren er
    // omfattet af behandlingsgarantien.«) says that the law is followed, not how.
    'op',
    'ske',
    'sker',
    'foregå',
    'foregår',
    'borger',
    'borgeren',
    'borgerne',
    'person',
    'personen',
    'personer',
    'varetage',
    'varetager',
    'udføre',
    'udfører',
    'overensstemmelse',
    'lovgivning',
    'lovgivningen',
    'omfattet',
    'gælde',
    'gælder',
    'følge',
    'følges',
    'nødvendig',
    'nødvendige',
    'relevant',
    'relevante',
    'løbende',
    'område',
    'området',
    'målrettet',
    'modtage',
    'modtager',
    'udvikling',
    // Words of manner, measure and place that add nothing to the law's (»en række opgaver«, »på
    // flere måder«, »inden for området«, »overordnet set«, »hos personen«).
    'række',
    'flere',
    'forskellige',
    'måde',
    'måder',
    'vis',
    'set',
    'inden',
    'indenfor',
    'hos',
    // Means and partners left unnamed (»via relevante systemer«, »gennem forskellige metoder«, »med relevante aktører«): an answer
    // names which.
    'via',
    'gennem',
    'diverse',
    'passende',
    'nødvendige',
    'systemer',
    'metoder',
    'aktører',
    'parter',
    'samarbejder',
    'samarbejdspartnere',
    'kanaler',
    'fora',
    'redskaber',
    'værktøjer',
    'tiltag',
    'instanser',
    // Generic verbs of doing, deciding and improving: »Opgaverne løses af kommunen«, »Målet er
    // fastlagt af byrådet«, »Vi arbejder med brugerinddragelse«, »Indsatsen videreudvikles«, a list's lead-in »Sådan gør vi:«.
    'gør',
    'gøre',
    'gøres',
    'løse',
    'løser',
    'løses',
    'arbejde',
    'arbejder',
    'arbejdes',
    'sørge',
    'sørger',
    // »de døgntilbud, vi bruger«; as a noun, the users are the law's own (»brugerinddragelsen«) or no answer (»Målgruppen er brugere«).
    'bruger',
    'fulgt',
    'fastlagt',
    'fastlægges',
    'fastsat',
    'fastsættes',
    'besluttet',
    'vedtaget',
    'styrke',
    'styrkes',
    'forbedre',
    'forbedres',
    'videreudvikle',
    'videreudvikles',
    'nå',
    'opnå',
    'pålægge',
    'pålægger',
    'pålagt',
    'foreskrive',
    'foreskriver',
    'foreskrevne',
    'foreskrevet',
    'udvikle',
    'udvikles',
    'udviklet',
    'forbedret',
    'ja',
    // Words that praise or go on, and say nothing of what is done (»høje krav til kvaliteten«,
    // »Vi vil fortsat udvikle indsatsen til gavn for borgerne«).
    'høj',
    'høje',
    'højt',
    'god',
    'gode',
    'godt',
    'bedst',
    'bedste',
    'muligt',
    'gavn',
    'kvalitet',
    'kvaliteten',
    'fortsat',
    'fortsætte',
    'fortsætter',
    // The treatment itself, which every requirement is about (»Brugerne inddrages i behandlingen«).
    'behandling',
    'behandlingen',
    // The kommune's own centre by its common names, and its responsibility or the reader's right
    // (»Rusmiddelcentret har ansvaret for …«, »Frit valg er en ret, du har«).
    'centret',
    'centeret',
    'rusmiddelcentret',
    'rusmiddelcenteret',
    'misbrugscentret',
    'misbrugscenteret',
    'ansvar',
    'ansvaret',
    'ansvarlig',
    'ret',
    'retten',
    // A duty told as a duty (»Vi har pligt til at inddrage brugerne«, »Kommunen er forpligtet til at …«): what the law asks, restated.
    'pligt',
    'pligten',
    'forpligtet',
    'forpligtede',
    'forpligtelse',
    'forpligtelsen',
    'pålagt',
  ].map(stemDanish),
);

/**
 * Words that say one of the law's words in other words, read as that word: the staff
 * (»medarbejderne«, »de ansatte« for »personalet«), the future (»fremover«), use (»bruges« for
 * »anvendes«; not »brug«, which is also a need), a word stemmed short (»anvendes« for
 * »anvendelse«), children who live at home (»bor hjemme«), a noun as its verb.
 */
const lawWordVariants = new Map([
  ['medarbejderne', 'personalet'],
  ['medarbejdere', 'personalet'],
  ['ansatte', 'personalet'],
  ['døgntilbud', 'døgnbehandlingstilbud'],
  ['døgntilbuddet', 'døgnbehandlingstilbud'],
  ['døgntilbuddene', 'døgnbehandlingstilbud'],
  ['fremover', 'fremtidige'],
  ['fremadrettet', 'fremtidige'],
  ['bruge', 'anvendelse'],
  ['bruges', 'anvendelse'],
  ['brugt', 'anvendelse'],
  ['anvende', 'anvendelse'],
  ['anvendes', 'anvendelse'],
  ['anvender', 'anvendelse'],
  ['kvalificeret', 'kvalifikationer'],
  ['kvalificerede', 'kvalifikationer'],
  ['hjemme', 'hjemmeboende'],
  ['bor', 'hjemmeboende'],
  ['revidere', 'revision'],
  ['revideres', 'revision'],
  ['revideret', 'revision'],
  ['vælge', 'valg'],
  ['vælges', 'valg'],
]);

/** The longest legal text a sentence could restate, with room for framing words. */
const longestRestatement = 400;

const wordPattern = new LetterPattern(String.raw`\p{L}+`, 'gu');
/** Stems this short meet inside others by chance; they must be equal. */
const shortestPart = 4;

/** Stems of words, remembered: a document repeats its words, and each sentence is compared with every requirement. */
const stemOf = new Map<string, string>();
function stems(text: string): string[] {
  // The words alone (match, not matchAll: no match object per word, a check's first sentences run cold).
  const lower = text.toLowerCase();
  return (lower.match(wordPattern.for(lower)) ?? []).map((word) => {
    let stem = stemOf.get(word);
    if (stem === undefined) stemOf.set(word, (stem = stemDanish(lawWordVariants.get(word) ?? word)));
    return stem;
  });
}

/**
 * The words of a sentence that carry content. Not remembered by the sentence's text: the
 * caller asks once per sentence (evidence.ts), and a map across files would grow with every
 * file a national run reads (and answer copies of a file from memory, which no real run has).
 */
function contentStems(sentence: string): string[] {
  const content = stems(sentence).filter((stem) => !framing.has(stem));
  return actsOn.test(sentence.toLowerCase()) ? [...content, actingStem] : content;
}

/**
 * »… og handler på det«: acting on what is noticed, which no law's text says. »handler« frames a
 * restatement only as what a text is about (»Afsnittet handler om …«).
 */
const actsOn = /(?<![a-zæøå])handle[rs]? (?:(?!om )\p{L}+ )?på(?![a-zæøå])/u;
/** A stem no law's text holds: it stands for the act. */
const actingStem = 'handler-på';

/**
 * A requirement's law as its stems, read for `inLaw`: the stems, the same joined by a character
 * no stem has (a stem that is part of one of them is part of the joined text, and the one
 * search replaces a search per stem), and the stems long enough to be part of a compound.
 */
interface LawStems {
  stems: ReadonlySet<string>;
  joined: string;
  parts: readonly string[];
  /** The figures the law itself writes (»§ 101, stk. 8«), and the same with the word that bounds them (»under 18«). */
  figures: ReadonlySet<string>;
  boundedFigures: ReadonlySet<string>;
}

/**
 * A figure and the word that bounds it, if one does: »over 18 år« (the age a target group
 * starts at) is not the law's »under 18 år« (the children of § 4, stk. 4), though both say 18.
 */
const boundedFigure = /(?<![a-zæøå])(?:(over|under|fra|til|mindst|højst|inden|senest|efter|før|indtil) )?(\d+)/g;

function figuresOf(text: string): { number: string; bounded?: string }[] {
  return [...text.toLowerCase().matchAll(boundedFigure)].map(([, bound, number]) => ({ number: number!, ...(bound ? { bounded: `${bound} ${number}` } : {}) }));
}

const lawStems = new WeakMap<Requirement, LawStems>();
function stemsOfLaw(requirement: Requirement): LawStems {
  let result = lawStems.get(requirement);
  if (!result) {
    const law = `${requirement.legalText} ${requirement.title}`;
    const unique = [...new Set(stems(law))];
    const parts = unique.filter((stem) => stem.length >= shortestPart);
    const figures = figuresOf(law);
    result = {
      stems: new Set(unique),
      joined: unique.join('\n'),
      parts,
      figures: new Set(figures.map((each) => each.number)),
      boundedFigures: new Set(figures.flatMap((each) => each.bounded ?? [])),
    };
    lawStems.set(requirement, result);
  }
  return result;
}

/**
 * A word of the sentence is in the law: the same stem, a part of one of the law's compounds
 * (»brugerne« in »brugerinddragelsen«), or a compound of the law's words and framing. A
 * compound that adds a word of its own (»behandlingskrævende« beside »behandling«) says
 * more than the law.
 */
function inLaw(stem: string, law: LawStems): boolean {
  if (stem.length >= shortestPart ? law.joined.includes(stem) : law.stems.has(stem)) return true;
  return law.parts.some(
    (word) => stem.includes(word) && stem.split(word).every((rest) => rest.length < shortestPart || framing.has(rest) || law.stems.has(rest)),
  );
}

/** Per requirement, whether each stem met so far is in its law: documents repeat their words, and each sentence is compared with every requirement. */
const stemsInLaw = new WeakMap<Requirement, Map<string, boolean>>();
function isInLaw(stem: string, requirement: Requirement): boolean {
  let known = stemsInLaw.get(requirement);
  if (!known) stemsInLaw.set(requirement, (known = new Map()));
  let result = known.get(stem);
  if (result === undefined) known.set(stem, (result = inLaw(stem, stemsOfLaw(requirement))));
  return result;
}

/** Whether the sentence restates the law of one of the requirements: its words are read once, then compared with each. */
export function restatesLaw(sentence: string, requirements: readonly Requirement[]): boolean {
  // A restatement is short, and has no figures but the law's own, bounded as the law bounds them (»børn under 18 år«).
  if (sentence.length > longestRestatement) return false;
  const figures = /\d/.test(sentence) ? figuresOf(sentence) : [];
  const lawsFigure = (law: LawStems, { number, bounded }: { number: string; bounded?: string }) =>
    bounded ? law.boundedFigures.has(bounded) : law.figures.has(number);
  const candidates =
    figures.length > 0 ? requirements.filter((requirement) => figures.every((each) => lawsFigure(stemsOfLaw(requirement), each))) : requirements;
  if (candidates.length === 0) return false;
  const content = contentStems(sentence);
  if (content.length === 0) return false;
  return candidates.some((requirement) => content.every((stem) => isInLaw(stem, requirement)));
}
