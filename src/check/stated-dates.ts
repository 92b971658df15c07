/**
 * Dates a document states in its text for its own approval, update or revision (»Opdateret:
 * 4. august 2022«, »Revideret 2013«, »Godkendt i byrådet den 13. december 2021«), or the
 * year its service level is for (»serviceniveauet for 2012«). Not a date of a cited
 * bekendtgørelse or law (»bekendtgørelse nr. 1477 af 17.12.2019«), not a placeholder
 * (»d. (ny dato)«), not quoted law.
 */
import type { StatedDate } from '../dates.js';
import { datePattern, parseDanishDate, parsePartialDate, partialDatePattern } from '../import/dates.js';
import type { DocumentText, Sentence, TextSection } from './document-text.js';

export interface DateInText {
  stated: StatedDate;
  sentence: Sentence;
  section: TextSection;
}

/** Words that say what happened to the document on the date after them. */
const documentEvent = /(?<!\p{L})(?:opdateret|revideret|revision|godkendt|vedtaget|politisk behandlet|behandlet|ajourført|gældende fra|gælder fra)(?!\p{L})/iu;
/** The year a standard or its service level is for. */
const validYear = /(?:kvalitetsstandard|serviceniveau|standard)\p{L}*[^.]{0,120}?(?<!\p{L})for (?:året )?((?:19|20)\d{2})(?!\d)/iu;
/** Just before a date: it is the date of a cited act (»bekendtgørelse nr. 1477 af«, »lov nr. 548 af«). */
const citedAct = /(?:bekendtgørelse|lov|lbk|bek|cirkulære|vejledning)\p{L}*\.?\s+(?:nr\.?\s*\d+\s+)?af\s*(?:den\s+)?$/iu;
const anyDate = new RegExp(`${datePattern}|${partialDatePattern}`, 'giu');

/** The dates after a document event in one sentence, as the schema writes them. */
function datesAfterEvent(sentence: Sentence): StatedDate[] {
  const event = documentEvent.exec(sentence.text);
  if (!event) return [];
  const after = sentence.text.slice(event.index);
  return [...after.matchAll(anyDate)].flatMap((match) => {
    if (citedAct.test(after.slice(0, match.index))) return [];
    const value = parseDanishDate(match[0]) ?? parsePartialDate(match[0].toLowerCase());
    return value ? [value] : [];
  });
}

export function datesInText(text: DocumentText): DateInText[] {
  return text.sections.flatMap((section) =>
    section.sentences.flatMap((sentence) => {
      // Every date the text can state has a year.
      if (sentence.role === 'pladsholder' || sentence.role === 'lovtekst' || !/\d{4}/.test(sentence.text)) return [];
      const year = validYear.exec(sentence.text)?.[1];
      const stated = [...datesAfterEvent(sentence), ...(year ? [year] : [])];
      return stated.map((value) => ({ stated: value, sentence, section }));
    }),
  );
}
