/**
 * Word document → kvalitetsstandard. Reads one way: read the .docx, find its structure,
 * recognise the title page's facts, place each section where it answers the law, read the
 * structured fields from explicit sentences, then hand the result to the YAML writer and
 * the report. Nothing here writes a file.
 */
import type { Element } from 'hast';
import { defaultRegulation, type Requirement } from '../regulations/index.js';
import type { WordDocument } from './docx.js';
import { ImportError } from './docx.js';
import type { Diagram, ImportedStandard, PlacedSection, PlacementReason, Question } from './imported.js';
import { readStructuredFields } from './fields.js';
import { keyAllocator } from './keys.js';
import { blocksToMarkdown, type InternalLinks } from './markdown.js';
import { example } from './unseen.js';
import { revisionStatementsIn, titlePageYear } from '../text/document-dates.js';
import { approvalsIn, kommuneIn, lawReferencesIn, revisionDatesIn, type Approval, type Sourced } from './metadata.js';
import { coverTitle, kommuneOnly } from './cover.js';
import { chosenTitleQuestion, coverageQuestion } from './interpreted.js';
import { takeOfferTables } from './offers.js';
import { numberingPattern, requirementOfHeading, requirementsAnswered, requirementsNamedBy, stripNumbering, type HeadingMatch } from './placement.js';
import { textOf } from './hast-text.js';
import { linesOf, outlineOf, type Outline, type OutlineSection } from './structure.js';

/** A paragraph that says nothing beyond the metadata read from it (»(Serviceloven § 101) Vedtaget af byrådet den 13. december 2021«). */
function onlyMetadata(paragraph: string, statements: readonly string[]): boolean {
  let rest = paragraph;
  for (const statement of statements) rest = rest.replace(statement, ' ');
  return rest.replace(/[\s()[\].,;:–-]+/g, '') === '';
}

const isParagraph = (block: Element) => block.tagName === 'p';

/** Which heading becomes which requirement's field: each requirement once, the clearest heading winning. */
function claimRequirements(chapters: readonly OutlineSection[]): Map<OutlineSection, Requirement> {
  const candidates: Array<{ section: OutlineSection; depth: number; index: number; match: HeadingMatch }> = [];
  const visit = (section: OutlineSection, depth: number) => {
    const match = /^forord$/i.test(section.heading.trim()) ? undefined : requirementOfHeading(section.heading);
    if (match) candidates.push({ section, depth, index: candidates.length, match });
    for (const child of section.children) visit(child, depth + 1);
  };
  chapters.forEach((chapter) => visit(chapter, 0));
  candidates.sort((a, b) => b.match.strength - a.match.strength || a.depth - b.depth || a.index - b.index);
  const claims = new Map<OutlineSection, Requirement>();
  const taken = new Set<string>();
  for (const { section, match } of candidates) {
    if (taken.has(match.requirement.id)) continue;
    taken.add(match.requirement.id);
    claims.set(section, match.requirement);
  }
  return claims;
}

interface ImportOptions {
  kommune?: string;
  fileName: string;
}

/**
 * What the phases of an import share: the document's outline (whose sections a phase may trim)
 * and what they collect from it, in the order the phases run.
 */
interface ImportState {
  readonly word: WordDocument;
  readonly outline: Outline;
  readonly questions: Question[];
  readonly godkendelse: Array<Sourced<Approval>>;
  readonly lovgrundlag: Array<Sourced<string>>;
  readonly revision: ImportedStandard['revision'];
  readonly sections: PlacedSection[];
  readonly order: ImportedStandard['order'];
  readonly coverDiagrams: Diagram[];
}

/** The title page's own lines: the title, lines that only name the kommune, and what is left for the preface. */
interface TitlePage {
  titel?: ImportedStandard['titel'];
  titleBlock?: Element;
  front: Element[];
  kommuneLines: string[];
}

export function importOutline(word: WordDocument, options: ImportOptions): ImportedStandard {
  const outline = outlineOf(word.html);
  // A title alone is not a standard to import.
  if (outline.front.length === 0 && outline.sections.length === 0) throw new ImportError('import-tomt-dokument', {});
  const state: ImportState = { word, outline, questions: [], godkendelse: [], lovgrundlag: [], revision: {}, sections: [], order: [], coverDiagrams: [] };

  const titlePage = readTitlePage(state);
  outline.sections.forEach((section) => takeLaterMetadata(state, section));
  readPageFurniture(state);
  const frontYear = titlePageYearOf(outline);
  const kommune = findKommune(state, options);
  const numbered = stripChapterNumbers(outline);
  const titel = chooseTitle(state, titlePage, options);
  if (outline.boldHeadings) state.questions.push({ code: 'import-spoerg-fed-overskrift', args: { antal: outline.sections.length } });

  const anchors = new Map<string, string>();
  const links: InternalLinks = { anchorOf: (bookmark) => anchors.get(bookmark), toHeadings: [], unlinked: [] };
  const placing: Placing = { state, claims: claimRequirements(outline.sections), keyFor: fieldKeys(), forordTaken: false, unwritten: [], anchors, links };
  const coverImages = placeFront(placing, titlePage.front);
  placeChapters(placing);
  writeMarkdown(placing);
  dateByTitlePageYear(state, frontYear);
  readStructuredFields(state);
  placeDiagrams(state);
  markCoverage(state);
  if (placing.claims.size === 0 && state.sections.every((section) => section.covers.length === 0 && section.kind !== 'krav')) {
    // No heading names a requirement and no text answers one: likely not a standard for this area.
    state.questions.unshift({ code: 'import-spoerg-andet-emne', args: {} });
  }

  const { godkendelse, revision, sections, order, questions, coverDiagrams } = state;
  return {
    kommune,
    titel,
    ...(outline.subtitle ? { undertitel: { value: outline.subtitle, source: outline.subtitle } } : {}),
    lovgrundlag: dedupe(state.lovgrundlag),
    // The same approval on every page's footer, or in the text twice, is one approval.
    godkendelse: godkendelse.filter(
      (approval, index) => godkendelse.findIndex((other) => other.value.organ === approval.value.organ && other.value.dato === approval.value.dato) === index,
    ),
    revision,
    sections,
    order,
    numbered,
    images: word.images,
    tocEntries: outline.tocEntries,
    boldHeadings: outline.boldHeadings,
    tableRows: outline.tableRows,
    kommuneLines: titlePage.kommuneLines,
    coverImages,
    coverDiagrams,
    diagrams: word.diagrams.length,
    questions,
  };
}

/** The title page: approvals, legal basis and revision dates; paragraphs that are only that leave the text. */
function readTitlePage({ outline, godkendelse, lovgrundlag, revision }: ImportState): TitlePage {
  const page: TitlePage = { titel: outline.title ? { value: outline.title, source: outline.title } : undefined, front: [], kommuneLines: [] };
  // Without a title style, the title is the cover line that names the document.
  const titleIndex = outline.title ? undefined : coverTitle(outline.front.map((block) => (isParagraph(block) ? textOf(block) : '')));
  page.titleBlock = titleIndex === undefined ? undefined : outline.front[titleIndex];
  for (const block of outline.front) {
    const text = textOf(block);
    const approvals = isParagraph(block) ? approvalsIn(text) : [];
    const laws = isParagraph(block) ? lawReferencesIn(text) : [];
    const dates = isParagraph(block) ? revisionDatesIn(text) : {};
    const lawItems: Array<Sourced<string>> = laws.map((law) => ({ value: law, source: text }));
    godkendelse.push(...approvals);
    lovgrundlag.push(...lawItems);
    revision.senest ??= dates.senest;
    revision.naeste ??= dates.naeste;
    const statements = [...approvals.map((approval) => approval.match), ...laws, ...(isParagraph(block) ? revisionStatementsIn(text) : [])];
    if (statements.length > 0 && onlyMetadata(text, statements)) {
      for (const item of [...approvals, ...lawItems, dates.senest, dates.naeste]) if (item) item.consumed = true;
    } else if (isParagraph(block) && kommuneOnly(text)) page.kommuneLines.push(text);
    else if (block === page.titleBlock) page.titel = { value: text, source: text };
    else page.front.push(block);
  }
  return page;
}

/** Approvals and revision dates stated later in the document (often on the last page); paragraphs that are only an approval leave the text. */
function takeLaterMetadata(state: ImportState, section: OutlineSection): void {
  section.blocks = section.blocks.filter((block) => {
    if (!isParagraph(block)) return true;
    const text = textOf(block);
    const approvals = approvalsIn(text);
    const dates = revisionDatesIn(text);
    state.godkendelse.push(...approvals);
    state.revision.senest ??= dates.senest;
    state.revision.naeste ??= dates.naeste;
    const consumed =
      approvals.length > 0 &&
      onlyMetadata(
        text,
        approvals.map((approval) => approval.match),
      );
    for (const approval of approvals) approval.consumed = consumed;
    return !consumed;
  });
  section.children.forEach((child) => takeLaterMetadata(state, child));
}

/** A page header or footer may carry the approval (»Godkendt i Byrådet 20.11.2023«) or the dates when the text does not. */
function readPageFurniture({ word, godkendelse, revision }: ImportState): void {
  if (godkendelse.length === 0) {
    for (const paragraph of word.pageFurniture) {
      for (const approval of approvalsIn(paragraph)) godkendelse.push({ ...approval, pageFurniture: true });
    }
  }
  if (!revision.senest && !revision.naeste) {
    for (const paragraph of word.pageFurniture) {
      const dates = revisionDatesIn(paragraph);
      if (dates.senest) revision.senest ??= { ...dates.senest, pageFurniture: true };
      if (dates.naeste) revision.naeste ??= { ...dates.naeste, pageFurniture: true };
    }
  }
}

/** The year a title page gives the standard, for when nothing dates it more precisely. */
function titlePageYearOf(outline: Outline): { text: string; year?: string } | undefined {
  return [outline.title ?? '', outline.subtitle ?? '', ...outline.front.map(textOf)]
    .map((text) => ({ text, year: titlePageYear(text) }))
    .find((each) => each.year);
}

/** The kommune given, or the one the document names most often (asking when it names others too). */
function findKommune({ outline, questions }: ImportState, options: ImportOptions): ImportedStandard['kommune'] {
  if (options.kommune) return { value: /\bkommune$/i.test(options.kommune) ? options.kommune : `${options.kommune} Kommune`, given: true };
  const allText = [
    outline.title ?? '',
    ...outline.front.map(textOf),
    ...outline.sections.flatMap(function texts(section): string[] {
      return [section.heading, ...section.blocks.map(textOf), ...section.children.flatMap(texts)];
    }),
  ];
  const found = kommuneIn(allText);
  if (!found) throw new ImportError('import-ingen-kommune', {});
  if (found.others.length > 0)
    questions.push({ code: 'import-spoerg-kommune-valgt', fields: ['kommune'], args: { vaerdi: found.value, andre: found.others.join(', ') } });
  return found;
}

/** Chapter numbers (»1 - Indledning«, »3.«) become the renderer's numbering when most chapters have them. */
function stripChapterNumbers(outline: Outline): boolean {
  const numberedChapters = outline.sections.filter((section) => numberingPattern.test(section.heading)).length;
  const numbered = outline.sections.length >= 3 && numberedChapters / outline.sections.length >= 0.6;
  if (numbered) for (const section of outline.sections) section.heading = stripNumbering(section.heading);
  return numbered;
}

/** The title from the title page, else the document's properties, else the file's name (which Word itself shows when there is none). */
function chooseTitle({ word, questions }: ImportState, titlePage: TitlePage, options: ImportOptions): ImportedStandard['titel'] {
  const titleQuestion = chosenTitleQuestion(titlePage.titel, Boolean(titlePage.titleBlock), word.propertiesTitle);
  if (titleQuestion) questions.push(titleQuestion);
  if (titlePage.titel) return titlePage.titel;
  if (word.propertiesTitle) return { value: word.propertiesTitle, source: word.propertiesTitle };
  // The schema needs a title.
  const titel = { value: options.fileName, fallback: 'filnavn' as const };
  questions.push({ code: 'import-spoerg-titel', args: { titel: titel.value } });
  return titel;
}

/** The placing of sections: which heading claimed which requirement, the keys given so far, and whether the preface is taken. */
interface Placing {
  readonly state: ImportState;
  /** Every heading that clearly names a requirement claims its field: the strongest naming first, then the higher level, then the earlier one. */
  readonly claims: Map<OutlineSection, Requirement>;
  readonly keyFor: (heading: string) => string;
  forordTaken: boolean;
  /** Each placed section's blocks, written as Markdown once every section has its key (a link may lead to a later one). */
  readonly unwritten: Array<{ placed: PlacedSection; blocks: readonly Element[]; children: readonly OutlineSection[]; bookmarks?: readonly string[] }>;
  /** The page's anchor of each bookmark at a section's heading, known once every section has its key. */
  readonly anchors: Map<string, string>;
  /** Every link inside the document, in the text and in tables of døgntilbud alike, counted for the report. */
  readonly links: InternalLinks;
}

const fieldKeys = () => keyAllocator(defaultRegulation.requirements.map((requirement) => requirement.field).concat(['forord']));

const isForord = (heading: string) => /^forord$/i.test(heading.trim());

/**
 * What stands before the first heading (beyond the title page's facts) is the preface.
 * Pictures on the title page (a logo, a photo) are noted at the preface, or at the title;
 * returns those that stay with the title page.
 */
function placeFront(placing: Placing, front: readonly Element[]): string[] {
  const { outline, questions, sections, order } = placing.state;
  for (const description of outline.frontImages)
    questions.push({ code: 'import-spoerg-billede', args: { overskrift: 'forsiden', beskrivelse: description || '(ingen beskrivelse)' } });
  if (front.length === 0) return outline.frontImages;
  const chapter = outline.sections.find((section) => isForord(section.heading));
  if (chapter) {
    // Kept ahead of the preface's own text, in the document's order.
    chapter.blocks = [...front, ...chapter.blocks];
    return outline.frontImages;
  }
  placing.forordTaken = true;
  const placed: PlacedSection = {
    kind: 'forord',
    key: 'forord',
    markdown: '',
    text: front.map(linesOf).join('\n'),
    covers: [],
    images: outline.frontImages,
    reason: 'forside',
    data: {},
  };
  sections.push(placed);
  placing.unwritten.push({ placed, blocks: front, children: [] });
  order.push('forord');
  return [];
}

/**
 * Each chapter in the order. A section whose sub-section is a requirement is split there: the
 * sub-section and the ones after it become sections of their own, in one chapter of the order,
 * so nothing moves.
 */
function placeChapters(placing: Placing): void {
  const containsClaim = (section: OutlineSection): boolean => placing.claims.has(section) || section.children.some(containsClaim);
  const flatten = (section: OutlineSection, sub: boolean): string[] => {
    const splitAt = section.children.findIndex(containsClaim);
    const kept = splitAt < 0 ? section.children : section.children.slice(0, splitAt);
    const keys = [place(placing, section, kept, sub).key];
    if (splitAt >= 0) for (const child of section.children.slice(splitAt)) keys.push(...flatten(child, true));
    return keys;
  };
  for (const section of placing.state.outline.sections) {
    const keys = flatten(section, false);
    placing.state.order.push(keys.length === 1 ? keys[0]! : keys);
  }
}

/** One section with the sub-sections kept in it: a requirement's field, the preface, an appendix or a section of the kommune's own. */
function place(placing: Placing, section: OutlineSection, children: readonly OutlineSection[], sub: boolean): PlacedSection {
  const { questions, sections } = placing.state;
  const offerTables = takeOfferTables(section, { notes: placing.state.outline.notes, links: placing.links });
  const text = [
    section.blocks.map(linesOf).join('\n'),
    ...children.map(function all(child): string {
      return [child.heading, ...child.blocks.map(linesOf), ...child.children.map(all)].join('\n');
    }),
  ].join('\n');
  const images = [
    ...section.images,
    ...children.flatMap(function all(child): string[] {
      return [...child.images, ...child.children.flatMap(all)];
    }),
  ];
  const requirement = placing.claims.get(section);
  const base = { heading: section.heading, markdown: '', text, images, data: {}, ...(offerTables.length > 0 ? { offerTables } : {}) };
  let placed: PlacedSection;
  if (requirement) {
    placed = { ...base, kind: 'krav', key: requirement.field, requirement, covers: [], reason: sub ? 'underoverskrift-er-krav' : 'overskrift-er-krav' };
  } else if (!sub && isForord(section.heading) && !placing.forordTaken) {
    placing.forordTaken = true;
    placed = { ...base, kind: 'forord', key: 'forord', covers: [], reason: 'forord' };
  } else if (!sub && /^bilag\b/i.test(section.heading.trim())) {
    placed = { ...base, kind: 'bilag', key: placing.keyFor(section.heading), covers: [], reason: 'bilag' };
  } else {
    placed = { ...base, ...ownSection(placing, section.heading) };
  }
  for (const description of images)
    questions.push({ code: 'import-spoerg-billede', args: { overskrift: section.heading, beskrivelse: description || '(ingen beskrivelse)' } });
  sections.push(placed);
  placing.unwritten.push({ placed, blocks: section.blocks, children, ...(section.bookmarks ? { bookmarks: section.bookmarks } : {}) });
  return placed;
}

/** A key the published page has a section anchor for (`afsnit-visitation`); a nested field (`doegnbehandling.tilbud`) has none of its own. */
const hasOwnAnchor = (key: string) => /^[a-z0-9_-]+$/.test(key);

/**
 * Every placed section's Markdown, once all have their keys: a link to a bookmark at the
 * heading of a section leads to that section on the published page (`#afsnit-visitation`),
 * any other link inside the document loses its link (`#_Toc1` leads nowhere there); the report
 * says how many of each.
 */
function writeMarkdown({ unwritten, state, anchors, links }: Placing): void {
  for (const { placed, bookmarks } of unwritten)
    if (hasOwnAnchor(placed.key)) for (const bookmark of bookmarks ?? []) if (!anchors.has(bookmark)) anchors.set(bookmark, `afsnit-${placed.key}`);
  for (const { placed, blocks, children } of unwritten) placed.markdown = blocksToMarkdown(blocks, children, state.outline.notes, links);
  const { toHeadings, unlinked } = links;
  if (toHeadings.length + unlinked.length > 0)
    state.questions.push({
      code: 'import-spoerg-interne-links',
      args: { tilOverskrift: toHeadings.length, udenLink: unlinked.length, eksempel: example([...unlinked, ...toHeadings]) },
    });
}

/** A section that claims no requirement, with why (its heading names several, or one already taken) and the question that asks about it. */
function ownSection(placing: Placing, heading: string): Omit<PlacedSection, 'heading' | 'markdown' | 'text' | 'images' | 'data' | 'offerTables'> {
  const named = requirementsNamedBy(heading)
    .filter((each) => !each.field.includes('.'))
    .map((each) => each.id);
  const reason: PlacementReason = named.length > 1 ? 'overskrift-nævner-flere' : named.length === 1 ? 'krav-allerede-besat' : 'ingen-krav-i-overskrift';
  const claimedBy = reason === 'krav-allerede-besat' ? [...placing.claims].find(([, claimed]) => claimed.id === named[0])?.[0].heading : undefined;
  const { questions } = placing.state;
  if (reason === 'overskrift-nævner-flere') questions.push({ code: 'import-spoerg-flere-krav', args: { overskrift: heading, krav: named.join(', ') } });
  if (reason === 'krav-allerede-besat')
    questions.push({ code: 'import-spoerg-krav-besat', args: { overskrift: heading, krav: named.join(', '), andet: claimedBy ?? '' } });
  return {
    kind: 'afsnit',
    key: placing.keyFor(heading),
    covers: [],
    reason,
    ...(named.length > 0 ? { named } : {}),
    ...(claimedBy ? { claimedBy } : {}),
  };
}

/** A title page that dates the standard only by its year: the latest revision is that year, unless an approval or revision says more. */
function dateByTitlePageYear({ revision, godkendelse, questions }: ImportState, frontYear: { text: string; year?: string } | undefined): void {
  if (revision.senest || godkendelse.length > 0 || !frontYear?.year) return;
  revision.senest = { value: frontYear.year, source: frontYear.text };
  questions.push({ code: 'import-spoerg-kun-aarstal', fields: ['revision.senest_revideret'], args: { aar: frontYear.year, kilde: frontYear.text } });
}

/** Diagrams and charts go to the section whose text they follow (mammoth leaves them out silently). */
function placeDiagrams({ word, sections, coverDiagrams, questions }: ImportState): void {
  for (const diagram of word.diagrams) {
    const holder = (diagram.after && sections.find((section) => section.text.includes(diagram.after) || section.heading === diagram.after)) || sections[0];
    if (holder) (holder.diagrams ??= []).push(diagram);
    else coverDiagrams.push(diagram);
    questions.push({
      code: 'import-spoerg-diagram',
      args: { overskrift: holder?.heading ?? 'forsiden', beskrivelse: diagram.description || '(ingen beskrivelse)' },
    });
  }
}

/**
 * `daekker`: what a section under the document's own heading answers in full, by the
 * check's evidence search, for the requirements that have no section of their own (those
 * are answered there). A requirement's own section answers its requirement.
 */
function markCoverage({ sections, questions }: ImportState): void {
  const ownSections = new Set(sections.filter((section) => section.kind === 'krav' && section.markdown).map((section) => section.requirement!.id));
  for (const section of sections) {
    if (!section.markdown || section.kind === 'krav') continue;
    section.covers = requirementsAnswered(section.markdown, section.heading ?? '').filter((id) => id !== section.requirement?.id && !ownSections.has(id));
  }
  questions.push(...coverageQuestion(sections));
}

function dedupe(items: Array<Sourced<string>>): Array<Sourced<string>> {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.value) && seen.add(item.value));
}
