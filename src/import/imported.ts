/** What the importer makes of a Word document: placed sections, facts with their sentences, and questions for a person. */
import type { Message } from '../diagnostics/messages.js';
import type { Requirement } from '../regulations/index.js';
import type { Approval, Sourced } from './metadata.js';
import type { OfferTable } from './offers.js';

export type SectionKind = 'forord' | 'krav' | 'afsnit' | 'bilag';

/** Why a section went where it did (codes of the report's Danish sentences). */
export type PlacementReason =
  | 'overskrift-er-krav'
  | 'underoverskrift-er-krav'
  | 'overskrift-nævner-flere'
  | 'krav-allerede-besat'
  | 'ingen-krav-i-overskrift'
  | 'tal-i-teksten'
  | 'forord'
  | 'forside'
  | 'bilag'
  /** The continuation of a section too long for one text field. */
  | 'delt';

export interface PlacedSection {
  kind: SectionKind;
  /** The field (`visitation`) or the noegle of an other section or appendix. */
  key: string;
  heading?: string;
  markdown: string;
  text: string;
  requirement?: Requirement;
  /** Requirements the text answers besides its own field. */
  covers: string[];
  images: string[];
  /** SmartArt diagrams and charts left out of this section. */
  diagrams?: Diagram[];
  reason: PlacementReason;
  /** For `overskrift-nævner-flere` and `krav-allerede-besat`: the requirements the heading named. */
  named?: string[];
  /** For `krav-allerede-besat`: the heading of the section that is the requirement's field. */
  claimedBy?: string;
  /** Structured fields read from the text, each with its sentence. */
  data: Record<string, Sourced<unknown>>;
  /** Tables of døgntilbud taken out of the text, for `doegnbehandling.tilbud`. */
  offerTables?: OfferTable[];
}

export interface ImportedStandard {
  kommune: Sourced<string> | { value: string; source?: undefined; given: true };
  titel: Sourced<string> | { value: string; source?: undefined; fallback: 'filnavn' };
  undertitel?: Sourced<string>;
  lovgrundlag: Array<Sourced<string>>;
  godkendelse: Array<Sourced<Approval>>;
  revision: { senest?: Sourced<string>; naeste?: Sourced<string> };
  sections: PlacedSection[];
  /** praesentation.raekkefoelge: the document's order; a chapter whose sub-sections were lifted out is a list. */
  order: Array<string | string[]>;
  numbered: boolean;
  images: number;
  tocEntries: number;
  boldHeadings: boolean;
  tableRows: number;
  /** Title-page lines that only name the kommune, quoted beside `kommune`. */
  kommuneLines: string[];
  /** Pictures on the title page that no section carries a comment for. */
  coverImages: string[];
  /** Diagrams in a document without sections to carry them. */
  coverDiagrams: Diagram[];
  diagrams: number;
  /** Things a person should look at, as message codes with arguments. */
  questions: Question[];
}

/** Something a person should look at; `fields` when it is about values the importer interpreted (their verdicts are then listed too). */
export type Question = Message<QuestionCode> & { fields?: string[] };

export type QuestionCode =
  | 'import-spoerg-uklar-frist'
  | 'import-spoerg-billede'
  | 'import-spoerg-titel'
  | 'import-spoerg-flere-krav'
  | 'import-spoerg-krav-besat'
  | 'import-spoerg-fed-overskrift'
  | 'import-spoerg-data-uden-afsnit'
  | 'import-spoerg-kun-aarstal'
  | 'import-spoerg-andet-emne'
  | 'import-spoerg-diagram'
  | 'import-spoerg-delt'
  | 'import-spoerg-skjult'
  | 'import-spoerg-kommentarer'
  | 'import-spoerg-html-stykker'
  | 'import-spoerg-link'
  | 'import-spoerg-sporede-aendringer'
  | 'import-spoerg-doede-links'
  | 'import-spoerg-interne-links'
  | 'import-spoerg-fil-links'
  | 'import-spoerg-manglende-billeder'
  | 'import-spoerg-manglende-noter'
  | 'import-spoerg-delvis-dato'
  | 'import-spoerg-kommune-valgt'
  | 'import-spoerg-faste-felter'
  | 'import-spoerg-doegntilbud'
  | 'import-spoerg-titel-valgt'
  | 'import-spoerg-daekker'
  | 'import-spoerg-foelge';

/** A SmartArt diagram or chart the importer cannot carry over, noted where it stood. */
export interface Diagram {
  kind: 'diagram' | 'graf';
  /** The description (alt text) or name Word gives it. */
  description: string;
  /** The text of the nearest paragraph before it, to find its section. */
  after: string;
}
