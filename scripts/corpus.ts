/**
 * `npm run corpus`: how far `check` agrees with the careful reading of the real standards in
 * ../shared/corpus, per document with the cells that differ, in total, and how many
 * requirements it calls met that are not (see scripts/corpus-agreement.ts).
 */
import { findCorpus, measureCorpus, totals } from './corpus-agreement.js';

const corpus = findCorpus();
if (!corpus) {
  console.error('Korpusset (shared/corpus med vurderinger.json) findes hverken ved siden af repositoriet eller i en mappe over det.');
  process.exit(2);
}
const results = await measureCorpus(corpus);
for (const result of results) {
  console.log(`${result.document}: ${result.agreeing}/${result.cells}${result.error ? ` (ugyldig: ${result.error})` : ''}`);
  for (const { requirement, expected, actual } of result.differences) {
    console.log(`  ${requirement.padEnd(8)} læsning: ${expected.padEnd(26)} check: ${actual}${actual === 'opfyldt' ? '  ← falsk opfyldt' : ''}`);
  }
}
const sum = totals(results);
console.log(`\nEnighed: ${sum.agreeing}/${sum.cells} (${(sum.share * 100).toFixed(1)} %). Falsk opfyldt: ${sum.falseMet}. Korpus: ${corpus}`);
