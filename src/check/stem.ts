/**
 * The Snowball stemmer for Danish (snowballstem.org/algorithms/danish/stemmer.html), so that
 * »målgruppen«, »målgrupper« and »målgruppe« compare as one word. Written out here rather
 * than imported: the registry's package bundles every language in one 870 kB file, whose
 * loading alone costs the check a quarter of Node's start-up.
 */
const vowels = 'aeiouyæåø';
const isVowel = (char: string | undefined) => char !== undefined && vowels.includes(char);

const mainSuffixes = [
  'erendes',
  'erende',
  'hedens',
  'ethed',
  'erede',
  'heden',
  'heder',
  'endes',
  'ernes',
  'erens',
  'erets',
  'ered',
  'ende',
  'erne',
  'eren',
  'erer',
  'heds',
  'enes',
  'eres',
  'eret',
  'hed',
  'ene',
  'ere',
  'ens',
  'ers',
  'ets',
  'en',
  'er',
  'es',
  'et',
  'e',
];
const validSEnding = 'abcdfghjklmnoprtvyzå';
const otherSuffixes = ['elig', 'løst', 'lig', 'els', 'ig'];

/** Where R1 starts: after the first non-vowel that follows a vowel, and at least at 3. */
function regionOne(word: string): number {
  for (let index = 1; index < word.length; index += 1) {
    if (!isVowel(word[index]) && isVowel(word[index - 1])) return Math.max(index + 1, 3);
  }
  return word.length;
}

function consonantPair(word: string, r1: number): string {
  return /(?:gd|dt|gt|kt)$/.test(word) && word.length - 2 >= r1 ? word.slice(0, -1) : word;
}

export function stemDanish(input: string): string {
  let word = input.toLowerCase();
  const r1 = regionOne(word);
  const inR1 = (suffix: string) => word.endsWith(suffix) && word.length - suffix.length >= r1;
  const main = mainSuffixes.find(inR1);
  if (main) word = word.slice(0, -main.length);
  else if (inR1('s') && validSEnding.includes(word[word.length - 2] ?? '')) word = word.slice(0, -1);
  word = consonantPair(word, r1);
  if (word.endsWith('igst')) word = word.slice(0, -2);
  const other = otherSuffixes.find(inR1);
  if (other === 'løst') word = word.slice(0, -1);
  else if (other) word = consonantPair(word.slice(0, -other.length), r1);
  const last = word[word.length - 1];
  if (last && !isVowel(last) && word.length - 1 >= r1 && word[word.length - 2] === last) word = word.slice(0, -1);
  return word;
}
