/**
 * Dates a document states in its text for its own approval, update or revision (»Opdateret:
 * 4. august 2022«, »Revideret 2013«, »Godkendt i byrådet den 13. december 2021«), or the
 * year its service level is for (»serviceniveauet for 2012«), read by ../text/document-dates.ts.
 * Not a placeholder (»d. (ny dato)«), not quoted law.
 */
import type { StatedDate } from '../dates.js';
import { documentDatesIn } from '../text/document-dates.js';
import type { DocumentText, Sentence, TextSection } from './document-text.js';

export interface DateInText {
  stated: StatedDate;
  sentence: Sentence;
  section: TextSection;
}

export function datesInText(text: DocumentText): DateInText[] {
  return text.sections.flatMap((section) =>
    section.sentences.flatMap((sentence) => {
      if (sentence.role === 'pladsholder' || sentence.role === 'lovtekst') return [];
      return documentDatesIn(sentence.text).map((value) => ({ stated: value, sentence, section }));
    }),
  );
}
