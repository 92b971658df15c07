/**
 * Laws that the documents cite, with their text on Retsinformation (ELI form), so the
 * rendered page can link a reference such as »SEL § 101« to the law itself. The laws and
 * their consolidations are data (./love.yml, compiled to src/generated/love.ts): a newer
 * consolidation is written there.
 */
import type { LawId } from '../generated/love.js';
import { regulations } from './index.js';
import type { Law } from './law.js';
import { laws } from './law-values.js';

export type { LawId } from '../generated/love.js';
export type { Law } from './law.js';

export interface LegalReference {
  name: string;
  eli: string;
  /** Matches a citation of this law in running text, e.g. »servicelovens § 101, stk. 3«. */
  pattern: RegExp;
}

export { laws };

export function findLaw(id: LawId): Law {
  const law = laws.find((candidate) => candidate.id === id);
  if (!law) throw new Error(`No law ${id} in src/regulations/love.yml`);
  return law;
}

/** »Lov om social service (LBK nr. 155 af 11/02/2025)« */
export function lawTitle(law: Law): string {
  return `${law.name} (${law.consolidation})`;
}

export const legalReferences: readonly LegalReference[] = [
  ...laws.map((law) => ({ name: lawTitle(law), eli: law.eli, pattern: new RegExp(law.citation, 'g') })),
  ...regulations.map((regulation) => {
    const [, number, year] = /(\d+)\/(\d{4})/.exec(regulation.id) ?? [];
    return {
      name: regulation.name,
      eli: regulation.eli,
      pattern: new RegExp(
        String.raw`\bBEK\.?\s(?:nr\.\s)?${number}(?:\/${year}|\saf\s[\d./]+${year})?|\b[Bb]ekendtgørelse\snr\.\s${number}\saf\s[\d./ a-zæøå]*${year}`,
        'g',
      ),
    };
  }),
];
