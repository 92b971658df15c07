/**
 * Information about the law, not a verdict on a requirement: it changes no status and no
 * exit code. Since 1 January 2024, social treatment for drug abuse of children and young
 * people under 18 is given under barnets lov § 33 (gift cards under § 34), and serviceloven
 * applies to persons who have turned 18. A standard dated on or after that day that still
 * describes treatment of under-18s as given under SEL § 101 is told so, with the citation.
 *
 * Read per sentence, as standards write it: »Unge under 18 år kan få behandling efter
 * servicelovens § 101«, or a § 101 sentence under a heading or right after a sentence about
 * young people. Not: a sentence that names barnets lov, one that keeps § 101 to those over
 * 18 (»§ 101 gælder borgere over 18 år; unge under 18 år henvises til familieafdelingen«),
 * the children of a person in treatment (»Har du børn under 18 år …«), quoted law.
 */
import { lastDayOf, type StatedDate } from '../dates.js';
import type { MessageArgsByCode } from '../diagnostics/messages.js';
import type { Kvalitetsstandard } from '../generated/kvalitetsstandard.js';
import { findLaw } from '../regulations/legal-references.js';
import { childrensActAge as age } from '../regulations/law-values.js';
import type { PathSegment, Span } from '../source-location.js';
import type { DocumentText, Sentence, TextSection } from './document-text.js';
import { lastApprovalOrRevision } from './rules/6-1-revision.js';
import { datesInText } from './stated-dates.js';
import { LetterPattern } from '../text/letters.js';
import { numbersBelow } from '../text/numbers.js';
import { byCodeUnits } from '../text/order.js';

/** One piece of information about a file: where, what (a message code and its arguments), and the law it cites. */
export interface LawNote {
  code: 'under-18-barnets-lov';
  args: MessageArgsByCode['under-18-barnets-lov'];
  file: string;
  path: PathSegment[];
  span: Span;
  /** »barnets lov § 33, LBK nr. 282 af 17/03/2025« */
  citation: string;
  eli: string;
}

const childrensAct = findLaw('BL');

/** Young people under the age as the ones treated (lower-case text). */
const youngUnderAge = new LetterPattern(
  [
    String.raw`(?<!\p{L})(?<!børn og )(?:unge?|mindreårige?|personer|borgere?|brugere)\s(?:(?!børn)\p{L}+\s){0,2}?under\s${age}(?!\d)`,
    String.raw`(?<!\p{L})(?:du|man)\s(?:er\s)?under\s${age}(?!\d)`,
    String.raw`(?<!\p{L})under\s${age}[-\s]?årige`,
    String.raw`(?<!\p{L})mindreårige?(?!\p{L})`,
    String.raw`(?<!\p{L})unge (?:i alderen|mellem|fra) 1\d\s?(?:-|–|og|til)\s?(?:${numbersBelow(age)})(?!\d)`,
  ].join('|'),
);
/** Children (»børn og unge«, »børn under 18 år«) count only when they are not the children of a person in treatment. */
const children = new LetterPattern(String.raw`(?<!\p{L})børn\s(?:og unge(?![-\p{L}])|(?:\p{L}+\s){0,2}?under\s${age}(?!\d))`);
const ownChildren = new LetterPattern(
  String.raw`(?<!\p{L})(?:hjemmeboende|foræld(?:er|re)\p{L}*|familie\p{L}*|(?:har|dine|jeres|sine|hans|hendes|borgerens|deres)\s(?:\p{L}+\s)?børn)(?!\p{L})`,
);
/** SEL § 101: the paragraph a standard is made under, cited bare or with the Act's name (»§§ 101 og 107«, »SEL §101«). */
const paragraph101 = /§§?\s?(?:\d+\s?(?:,|og)\s?§?\s?)*101(?!\d)(?!\s?[a-hj-z]\b)/u;
const namesChildrensAct = new LetterPattern(String.raw`(?<!\p{L})barnets\s+lov(?!\p{L})`);
/** § 101 kept to adults in the same sentence. */
const ofAge = new LetterPattern(String.raw`(?<!\p{L})(?:over\s${age}|fyldt\s${age}|${age}\s?år\sog\s(?:derover|ældre))(?!\d)`);
const adults = new LetterPattern(String.raw`(?<!\p{L})voksne?(?!\p{L})`);

function aboutYoung(text: string): boolean {
  return youngUnderAge.test(text) || (children.test(text) && !ownChildren.test(text));
}

/** The sentence gives § 101 treatment to young people under 18 (in it, or in its heading or the sentence before it in its paragraph). */
function givesUnder18Section101(sentence: Sentence, before: Sentence | undefined, section: TextSection): boolean {
  if (sentence.role === 'lovtekst' || sentence.role === 'pladsholder' || !paragraph101.test(sentence.lower)) return false;
  if (namesChildrensAct.test(sentence.lower) || ofAge.test(sentence.lower)) return false;
  if (aboutYoung(sentence.lower)) return true;
  if (adults.test(sentence.lower)) return false;
  const context = [section.headingLower, sentence.subheading?.toLowerCase() ?? '', before?.block === sentence.block ? before.lower : ''];
  return context.some((text) => aboutYoung(text) && !namesChildrensAct.test(text));
}

/** The date a standard bears: its newest approval or revision, in its fields or stated in its text; else the date it is judged at. */
function documentDate(document: Kvalitetsstandard, text: DocumentText, judgedAt: string): { stated: StatedDate; day: string; undated?: true } {
  const stated = [lastApprovalOrRevision(document)?.stated, ...datesInText(text).map((found) => found.stated)].filter((value) => value !== undefined);
  const dated = stated.flatMap((value) => {
    const day = lastDayOf(value);
    return day ? [{ stated: value, day }] : [];
  });
  return dated.sort((a, b) => byCodeUnits(a.day, b.day)).pop() ?? { stated: judgedAt, day: judgedAt, undated: true };
}

function columnOf(source: string, sentence: Sentence): number {
  const line = source.split(/\r\n|\r|\n/, sentence.line)[sentence.line - 1] ?? '';
  const at = line.indexOf(sentence.text.slice(0, 20));
  return (at >= 0 ? at : line.length - line.trimStart().length) + 1;
}

const shortened = (text: string) => (text.length > 160 ? `${text.slice(0, 160)}…` : text);

export function lawNotes(file: string, source: string, document: Kvalitetsstandard, text: DocumentText, judgedAt: string): LawNote[] {
  const found = text.sections.flatMap((section) =>
    section.sentences.flatMap((sentence, index) => (givesUnder18Section101(sentence, section.sentences[index - 1], section) ? [{ section, sentence }] : [])),
  );
  // The date is read only when there is something to say: most standards have no such sentence.
  const inForce = childrensAct.inForceFrom;
  const dated = found.length > 0 ? documentDate(document, text, judgedAt) : undefined;
  if (!inForce || !dated || dated.day < inForce) return [];
  return found.map(({ section, sentence }) => {
    const column = columnOf(source, sentence);
    return {
      code: 'under-18-barnets-lov',
      args: {
        dato: String(dated.stated),
        udateret: dated.undated ? 'ja' : undefined,
        saetning: shortened(sentence.text),
        afsnit: section.heading,
        lov: childrensAct.consolidation,
        alder: age,
        fra: inForce,
      },
      file,
      path: section.path,
      span: { start: { line: sentence.line, column }, end: { line: sentence.line, column: column + Math.min(sentence.text.length, 200) } },
      citation: `barnets lov § 33, ${childrensAct.consolidation}`,
      eli: childrensAct.eli,
    };
  });
}
