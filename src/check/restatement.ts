/**
 * A sentence that restates what the law asks (»Her beskrives målgruppen for tilbuddene om
 * stofmisbrugsbehandling.«, »Kommunen oplyser om den fremtidige indsats.«) does not answer
 * it. Compared word by word, stemmed (./stem.ts) so inflections and compounds meet: when
 * every word of the sentence is either in the requirement's legal text or title, or a word
 * that only frames it (»beskrive«, »afsnit«, »kommunen«), nothing beyond the restatement
 * is said.
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
    'ikke',
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
    'vores',
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
  ].map(stemDanish),
);

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
    if (stem === undefined) stemOf.set(word, (stem = stemDanish(word)));
    return stem;
  });
}

/**
 * The words of a sentence that carry content. Not remembered by the sentence's text: the
 * caller asks once per sentence (evidence.ts), and a map across files would grow with every
 * file a national run reads (and answer copies of a file from memory, which no real run has).
 */
function contentStems(sentence: string): string[] {
  return stems(sentence).filter((stem) => !framing.has(stem));
}

/**
 * A requirement's law as its stems, read for `inLaw`: the stems, the same joined by a character
 * no stem has (a stem that is part of one of them is part of the joined text, and the one
 * search replaces a search per stem), and the stems long enough to be part of a compound.
 */
interface LawStems {
  stems: ReadonlySet<string>;
  joined: string;
  parts: readonly string[];
}

const lawStems = new WeakMap<Requirement, LawStems>();
function stemsOfLaw(requirement: Requirement): LawStems {
  let result = lawStems.get(requirement);
  if (!result) {
    const unique = [...new Set(stems(`${requirement.legalText} ${requirement.title}`))];
    lawStems.set(requirement, (result = { stems: new Set(unique), joined: unique.join('\n'), parts: unique.filter((stem) => stem.length >= shortestPart) }));
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
  // A restatement is short, and the law's wording has no figures of the kommune's own.
  if (sentence.length > longestRestatement || /\d/.test(sentence)) return false;
  const content = contentStems(sentence);
  if (content.length === 0) return false;
  return requirements.some((requirement) => content.every((stem) => isInLaw(stem, requirement)));
}
