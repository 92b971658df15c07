/**
 * Values a law sets that the tool reads, from the laws' `parametre` in ./love.yml: written
 * there once, with the provision they are in. Apart from ./legal-references.ts, which reads
 * the regulations too, so that the regulations' own code can read a law's value.
 */
import { type LawId, laws as lawData } from '../generated/love.js';
import type { Law } from './law.js';

/** The compiled data, held to the Law interface here. */
export const laws: readonly Law[] = lawData;

/** A value law `id` sets, by its name in love.yml. */
export function lawParameter(id: LawId, name: string): number {
  const parameter = laws.find((law) => law.id === id)?.parameters[name];
  if (!parameter) throw new Error(`${id} has no parameter ${name} in src/regulations/love.yml`);
  return parameter.value;
}

/** The age barnets lov ends at and serviceloven § 101 starts at (barnets lov § 33). */
export const childrensActAge = lawParameter('BL', 'under_aar');
