/**
 * Laws that the documents cite, with their text on Retsinformation (ELI form), so the
 * rendered page can link a reference such as »SEL § 101« to the law itself. The ELI names
 * a consolidation (lovbekendtgørelse); update it here when a newer one is published.
 */
import { regulations } from './index.js';

export interface LegalReference {
  name: string;
  eli: string;
  /** Matches a citation of this law in running text, e.g. »servicelovens § 101, stk. 3«. */
  pattern: RegExp;
}

/** »§ 101«, »§ 101 a«, »§§ 141-142«, »§ 101, stk. 3, nr. 2«, »§§ 107 og 108« (not »§ 101 i lov …«). */
const number = String.raw`\d+(?:\s?[a-hj-z]\b)?`;
const paragraph = String.raw`§§?\s?${number}(?:(?:,\s?|\s)(?:stk\.\s?\d+|nr\.\s?\d+|og\s${number})|\s?-\s?${number})*`;

export const legalReferences: readonly LegalReference[] = [
  {
    name: 'Lov om social service (LBK nr. 67 af 22/01/2024)',
    eli: 'https://www.retsinformation.dk/eli/lta/2024/67',
    pattern: new RegExp(
      String.raw`(?:\bSEL|\b[Ss]ervicelovens?|\b[Ll]ov om social service)(?:´s)?\s${paragraph}|${paragraph},?\si\s(?:lov om social service|serviceloven)\b`,
      'g',
    ),
  },
  {
    name: 'Sundhedsloven (LBK nr. 247 af 12/03/2024)',
    eli: 'https://www.retsinformation.dk/eli/lta/2024/247',
    pattern: new RegExp(String.raw`(?:\bSUL|\b[Ss]undhedslovens?)\s${paragraph}|${paragraph},?\si\ssundhedsloven\b`, 'g'),
  },
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
