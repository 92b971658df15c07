/**
 * How much structure the converter is given: the table cells, paragraphs and text runs of
 * every part it reads, counted as the part is read (whatever the part is called, and under
 * any namespace prefix), before any XML is parsed. Converting costs time in proportion to
 * them (a table of 300 × 300 cells took half a minute), so a document far beyond any
 * standard is refused at once, saying what it holds too much of.
 */
import type { ElementKind } from '../diagnostics/import-messages.js';
import { ImportError } from './errors.js';

/** Each element's local name in WordprocessingML and how many a document may have: many times a 300-page standard. */
const caps: Record<ElementKind, { element: string; max: number }> = {
  tabelceller: { element: 'tc', max: 5_000 },
  afsnit: { element: 'p', max: 20_000 },
  tekststykker: { element: 'r', max: 200_000 },
};

export const elementCaps = (kind: ElementKind): number => caps[kind].max;

const openings = (element: string) => new RegExp(`<(?:[\\w.-]+:)?${element}[\\s/>]`, 'g');
const patterns = Object.entries(caps).map(([kind, { element, max }]) => ({ kind: kind as ElementKind, pattern: openings(element), max }));

/** A counter for one document: give it each part's text as it is read; it throws once a cap is passed. */
export function elementCounter(): (text: string) => void {
  const counted = new Map<ElementKind, number>();
  return (text) => {
    for (const { kind, pattern, max } of patterns) {
      pattern.lastIndex = 0;
      let found = counted.get(kind) ?? 0;
      while (pattern.exec(text)) found += 1;
      counted.set(kind, found);
      if (found > max) throw new ImportError('import-for-mange-elementer', { slags: kind, antal: found, graense: max });
    }
  };
}
