/**
 * The dates a document states for itself in prose: its approvals (»Godkendt i Byrådet den
 * 20. november 2023«, »Vedtaget af Socialudvalget 4. december 2023«), its last and next
 * revision (»Revideret marts 2024«, »Næste revision: marts 2026«), any date after a word of
 * what happened to it (»Opdateret: 4. august 2022«), the year its service level is for
 * (»serviceniveauet for 2012«) and the year its title page gives it. Not the date of a cited
 * act (»bekendtgørelse nr. 1477 af 17.12.2019«). The importer and the check both read them here.
 */
import { datePattern, months, parseDanishDate, parsePartialDate, partialDatePattern } from './dates.js';
import { LetterPattern } from './letters.js';

/**
 * A political body of the kommune: the council under its names (byråd, kommunalbestyrelse,
 * borgerrepræsentation, magistrat) or one of its committees (»Socialudvalget«, »Udvalget for
 * Social og Sundhed«). Not an advisory council (»Ældrerådet«, »Brugerrådet«), a staff committee
 * (»Hoved-MED-udvalget«), a provider's board or the administration: only the council and its
 * committees revise the standard (BEK 1477/2019 § 6, stk. 1: »Kommunalbestyrelsen reviderer«).
 */
const politicalBody = String.raw`(?:(?<!\p{L})(?:byråd(?:et)?|kommunalbestyrelse(?:n)?|borgerrepræsentation(?:en)?|magistrat(?:en)?)|(?<!(?:med|samarbejds|bruger|pårørende|personale)-?)udvalg(?:et)?)(?!\p{L})`;
const bodyPattern = new LetterPattern(politicalBody, 'iu');

/** Whether an organ, as a document names it, is the council or one of its committees. */
export const isPoliticalBody = (organ: string): boolean => bodyPattern.test(organ);

const approvalPattern = new RegExp(
  `\\b(?:godkendt|vedtaget|besluttet|behandlet og godkendt)\\s+(?:i|af|på|ved)\\s+((?:det |den )?[A-ZÆØÅa-zæøå][^.!?\\n]{1,90}?)\\s+(?:(?:den|d\\.)\\s+|på mødet (?:den|d\\.)\\s+|:\\s*)?(${datePattern})`,
  'gi',
);

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Every approval by a political body the text states, in order, with the words that state it. */
export function approvalsIn(text: string): Array<{ organ: string; dato: string; match: string }> {
  const found: Array<{ organ: string; dato: string; match: string }> = [];
  for (const match of text.matchAll(approvalPattern)) {
    const organ = capitalize(
      match[1]!
        .replace(/^(det|den)\s+/i, '')
        .replace(/\s+/g, ' ')
        .trim(),
    );
    const dato = parseDanishDate(match[2]!);
    if (!dato || !isPoliticalBody(organ)) continue;
    found.push({ organ, dato, match: match[0] });
  }
  return found;
}

const anyDate = `${datePattern}|${partialDatePattern}`;
const lastRevisionPattern = new RegExp(`\\b(?:senest\\s+)?revideret\\s*(?:den\\s+|d\\.\\s+|i\\s+|:\\s*)?(${anyDate})(?![\\d-])`, 'i');
const nextRevisionPattern = new RegExp(
  `\\b(?:næste\\s+revision(?:\\s+(?:er\\s+)?planlagt)?|revideres\\s+(?:igen\\s+)?(?:senest|inden|før))\\s*(?:til\\s+|den\\s+|d\\.\\s+|i\\s+|:\\s*)?(${anyDate})(?![\\d-])`,
  'i',
);

const nextRevisionStatements = new RegExp(nextRevisionPattern.source, 'gi');

/** A full date, a month or a year, as the schema writes it (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM, ÅÅÅÅ). */
const anyDateValue = (text: string) => parseDanishDate(text) ?? parsePartialDate(text.toLowerCase());

/** The words that state a revision date (»Næste revision: marts 2026«), to tell a paragraph that says nothing else. */
export function revisionStatementsIn(text: string): string[] {
  return [lastRevisionPattern.exec(text)?.[0], nextRevisionPattern.exec(text)?.[0]].filter((match): match is string => match !== undefined);
}

/** The last revision (»Revideret marts 2024«) and the next (»Næste revision: marts 2026«) the text states. */
export function revisionDatesIn(text: string): { senest?: string; naeste?: string } {
  const last = lastRevisionPattern.exec(text);
  const next = nextRevisionPattern.exec(text);
  const senest = last ? anyDateValue(last[1]!) : undefined;
  const naeste = next ? anyDateValue(next[1]!) : undefined;
  return { ...(senest ? { senest } : {}), ...(naeste ? { naeste } : {}) };
}

/** A day and a month before a year (»den 1. januar«, »1/1«), or a month alone (»marts«). */
const dayAndMonthAtEnd = new RegExp(`(?:\\d{1,2}\\.?\\s*)?(?:${months.join('|')})\\.?\\s*$|\\d{1,2}\\s*[./-]\\s*\\d{1,2}\\s*$`, 'i');
/** Words that put a date in a sentence about when something happened (»Ved kommunalreformen den 1. januar 2007«, »siden 2007«). */
const timeWordAtEnd = new LetterPattern(
  String.raw`(?<!\p{L})(?:den|d\.|i|fra|siden|til|indtil|efter|før|inden|pr\.|per|ved|om|omkring|primo|medio|ultimo|af|på|og|eller|mellem|under|senest)\s*$`,
  'iu',
);

/**
 * The year a title page gives the standard (»…, Center for Aktiv Social Mestring, 2016«,
 * »november 2021«, or a line that is only »2016«). Not a date in a sentence, however a
 * wrapped line cuts it (»… Ved kommunalreformen den 1. januar 2007«).
 */
export function titlePageYear(paragraph: string): string | undefined {
  // »Næste revision: marts 2026« dates the next revision, not the standard.
  if (paragraph.length > 200 || /[.!?]$/.test(paragraph) || nextRevisionPattern.test(paragraph)) return undefined;
  const year = /(?:^|[,\s])((?:19|20)\d{2})$/.exec(paragraph.trim());
  if (!year) return undefined;
  const before = paragraph
    .trim()
    .slice(0, year.index + year[0].length - 4)
    .replace(dayAndMonthAtEnd, '');
  return timeWordAtEnd.test(before) ? undefined : year[1];
}

/** Words that say what happened to the document on the date after them. */
const documentEvent = new LetterPattern(
  String.raw`(?<!\p{L})(?:opdateret|revideret|revision|godkendt|vedtaget|politisk behandlet|behandlet|ajourført|gældende fra|gælder fra)(?!\p{L})`,
  'iu',
);
/** The year a standard or its service level is for. */
const validYear = new LetterPattern(
  String.raw`(?:kvalitetsstandard|serviceniveau|standard)\p{L}*[^.]{0,120}?(?<!\p{L})for (?:året )?((?:19|20)\d{2})(?!\d)`,
  'iu',
);
/** Just before a date: it is the date of a cited act (»bekendtgørelse nr. 1477 af«, »lov nr. 548 af«). */
const citedAct = new LetterPattern(String.raw`(?:bekendtgørelse|lov|lbk|bek|cirkulære|vejledning)\p{L}*\.?\s+(?:nr\.?\s*\d+\s+)?af\s*(?:den\s+)?$`, 'iu');
const anyDateInText = new RegExp(anyDate, 'giu');

/**
 * Whose the event is: the document's when the word opens the sentence as a label (»Opdateret:
 * …«, »Sidst revideret …«), when the document is the sentence's subject (»Standarden blev
 * revideret …«), or when a political body approved it (»… godkendt i Socialudvalget den …«);
 * not a provider's, a price list's or a draft's (»Skovly er godkendt af Socialtilsyn …«,
 * »Taksterne er gældende fra …«), and not an event still to come (»… forventes godkendt …«).
 */
const labelBefore = /^\s*(?:(?:senest|sidst|først|endeligt|dato for|dato)\s*:?\s*)?$/i;
const documentSubject = new LetterPattern(
  String.raw`^(?:(?:denne|vores|kommunens|nærværende|den|det)\s+)?(?:\p{L}+\s+)?(?:kvalitets)?standard(?:en)?(?!\p{L})|^(?:dokumentet|udgaven|versionen)(?!\p{L})`,
  'iu',
);
const approvedByBody = new LetterPattern(String.raw`^(?:godkendt|vedtaget|behandlet)\s+(?:i|af|på)\s+(?:det |den )?\p{L}*${politicalBody}`, 'iu');
const yetToCome = new LetterPattern(String.raw`(?<!\p{L})(?:forventes|forventeligt|planlægges|planlagt|skal|vil)(?:\s+\p{L}+)?\s*$`, 'iu');

function isDocumentEvent(before: string, event: string): boolean {
  if (yetToCome.test(before)) return false;
  return labelBefore.test(before) || documentSubject.test(before.trim()) || approvedByBody.test(event);
}

/** The dates after a word of what happened to the document, as the schema writes them. */
function datesAfterEvent(sentence: string): string[] {
  const event = documentEvent.exec(sentence);
  if (!event) return [];
  const after = sentence.slice(event.index);
  if (!isDocumentEvent(sentence.slice(0, event.index), after)) return [];
  return [...after.matchAll(anyDateInText)].flatMap((match) => {
    if (citedAct.test(after.slice(0, match.index))) return [];
    const value = anyDateValue(match[0]);
    return value ? [value] : [];
  });
}

/** The dates a sentence states for the document: after a word of what happened to it, and the year its service level is for. */
export function documentDatesIn(sentence: string): string[] {
  // Every date the text can state has a year.
  if (!/\d{4}/.test(sentence)) return [];
  // A planned revision (»Næste revision: maj 2026«) has not happened: it dates nothing yet.
  const happened = sentence.replace(nextRevisionStatements, ' ');
  const year = validYear.exec(happened)?.[1];
  return [...datesAfterEvent(happened), ...(year ? [year] : [])];
}
