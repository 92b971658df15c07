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
import type { Diagram, ImportedStandard, PlacedSection, PlacementReason } from './imported.js';
import { readStructuredFields } from './fields.js';
import { keyAllocator } from './keys.js';
import { blocksToMarkdown } from './markdown.js';
import { approvalsIn, kommuneIn, lawReferencesIn, revisionDatesIn, revisionStatementsIn, titlePageYear, type Approval, type Sourced } from './metadata.js';
import { coverTitle, kommuneOnly } from './cover.js';
import { chosenTitleQuestion, coverageQuestion } from './interpreted.js';
import { takeOfferTables } from './offers.js';
import { numberingPattern, requirementOfHeading, requirementsAnswered, requirementsNamedBy, stripNumbering, type HeadingMatch } from './placement.js';
import { textOf } from './hast-text.js';
import { linesOf, outlineOf, type OutlineSection } from './structure.js';

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

export function importOutline(word: WordDocument, options: { kommune?: string; fileName: string }): ImportedStandard {
  const outline = outlineOf(word.html);
  // A title alone is not a standard to import.
  if (outline.front.length === 0 && outline.sections.length === 0) throw new ImportError('import-tomt-dokument');
  const questions: ImportedStandard['questions'] = [];

  // The title page: approvals, legal basis and revision dates; paragraphs that are only that leave the text.
  const godkendelse: Array<Sourced<Approval>> = [];
  const lovgrundlag: Array<Sourced<string>> = [];
  const revision: ImportedStandard['revision'] = {};
  let titel: ImportedStandard['titel'] | undefined = outline.title ? { value: outline.title, source: outline.title } : undefined;
  const front: Element[] = [];
  const kommuneLines: string[] = [];
  // Without a title style, the title is the cover line that names the document.
  const titleIndex = outline.title ? undefined : coverTitle(outline.front.map((block) => (isParagraph(block) ? textOf(block) : '')));
  const titleBlock = titleIndex === undefined ? undefined : outline.front[titleIndex];
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
      continue;
    }
    if (isParagraph(block) && kommuneOnly(text)) {
      kommuneLines.push(text);
      continue;
    }
    if (block === titleBlock) {
      titel = { value: text, source: text };
      continue;
    }
    front.push(block);
  }

  // Approvals and revision dates stated later in the document (often on the last page).
  const removeMetadataParagraphs = (section: OutlineSection) => {
    section.blocks = section.blocks.filter((block) => {
      if (!isParagraph(block)) return true;
      const text = textOf(block);
      const approvals = approvalsIn(text);
      const dates = revisionDatesIn(text);
      godkendelse.push(...approvals);
      revision.senest ??= dates.senest;
      revision.naeste ??= dates.naeste;
      const consumed =
        approvals.length > 0 &&
        onlyMetadata(
          text,
          approvals.map((approval) => approval.match),
        );
      for (const approval of approvals) approval.consumed = consumed;
      return !consumed;
    });
    section.children.forEach(removeMetadataParagraphs);
  };
  outline.sections.forEach(removeMetadataParagraphs);

  // A page header or footer may carry the approval (»Godkendt i Byrådet 20.11.2023«) when the text does not.
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

  // The year a title page gives the standard, for when nothing dates it more precisely.
  const frontYear = [outline.title ?? '', outline.subtitle ?? '', ...outline.front.map(textOf)]
    .map((text) => ({ text, year: titlePageYear(text) }))
    .find((each) => each.year);

  const allText = [
    outline.title ?? '',
    ...outline.front.map(textOf),
    ...outline.sections.flatMap(function texts(section): string[] {
      return [section.heading, ...section.blocks.map(textOf), ...section.children.flatMap(texts)];
    }),
  ];
  const found = kommuneIn(allText);
  const kommune: ImportedStandard['kommune'] = options.kommune
    ? { value: /\bkommune$/i.test(options.kommune) ? options.kommune : `${options.kommune} Kommune`, given: true }
    : (found ??
      (() => {
        throw new ImportError('import-ingen-kommune');
      })());

  // Chapter numbers (»1 - Indledning«, »3.«) become the renderer's numbering when most chapters have them.
  const numberedChapters = outline.sections.filter((section) => numberingPattern.test(section.heading)).length;
  const numbered = outline.sections.length >= 3 && numberedChapters / outline.sections.length >= 0.6;
  if (numbered) for (const section of outline.sections) section.heading = stripNumbering(section.heading);

  if (!options.kommune && found && found.others.length > 0)
    questions.push({ code: 'import-spoerg-kommune-valgt', fields: ['kommune'], args: { vaerdi: found.value, andre: found.others.join(', ') } });
  const titleQuestion = chosenTitleQuestion(titel, Boolean(titleBlock), word.propertiesTitle);
  if (titleQuestion) questions.push(titleQuestion);
  if (!titel && word.propertiesTitle) titel = { value: word.propertiesTitle, source: word.propertiesTitle };
  if (!titel) {
    // The schema needs a title; the file's name is what Word itself shows when there is none.
    titel = { value: options.fileName, fallback: 'filnavn' };
    questions.push({ code: 'import-spoerg-titel', args: { titel: titel.value } });
  }
  if (outline.boldHeadings) questions.push({ code: 'import-spoerg-fed-overskrift', args: { antal: outline.sections.length } });

  // Placement: every heading that clearly names a requirement claims its field; the strongest
  // naming first, then the higher level, then the earlier one.
  const claims = claimRequirements(outline.sections);

  const keyFor = keyAllocator(defaultRegulation.requirements.map((requirement) => requirement.field).concat(['forord']));

  const sections: PlacedSection[] = [];
  const order: ImportedStandard['order'] = [];
  let forordTaken = false;

  const place = (section: OutlineSection, children: readonly OutlineSection[], sub: boolean): PlacedSection => {
    const offerTables = takeOfferTables(section);
    const markdown = blocksToMarkdown(section.blocks, children, outline.notes);
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
    const requirement = claims.get(section);
    const named = requirementsNamedBy(section.heading)
      .filter((each) => !each.field.includes('.'))
      .map((each) => each.id);
    const base = { heading: section.heading, markdown, text, images, data: {}, ...(offerTables.length > 0 ? { offerTables } : {}) };
    let placed: PlacedSection;
    if (requirement) {
      placed = { ...base, kind: 'krav', key: requirement.field, requirement, covers: [], reason: sub ? 'underoverskrift-er-krav' : 'overskrift-er-krav' };
    } else if (!sub && /^forord$/i.test(section.heading.trim()) && !forordTaken) {
      forordTaken = true;
      placed = { ...base, kind: 'forord', key: 'forord', covers: [], reason: 'forord' };
    } else if (!sub && /^bilag\b/i.test(section.heading.trim())) {
      placed = { ...base, kind: 'bilag', key: keyFor(section.heading), covers: [], reason: 'bilag' };
    } else {
      const reason: PlacementReason = named.length > 1 ? 'overskrift-nævner-flere' : named.length === 1 ? 'krav-allerede-besat' : 'ingen-krav-i-overskrift';
      const claimedBy = reason === 'krav-allerede-besat' ? [...claims].find(([, claimed]) => claimed.id === named[0])?.[0].heading : undefined;
      placed = {
        ...base,
        kind: 'afsnit',
        key: keyFor(section.heading),
        covers: [],
        reason,
        ...(named.length > 0 ? { named } : {}),
        ...(claimedBy ? { claimedBy } : {}),
      };
      if (reason === 'overskrift-nævner-flere')
        questions.push({ code: 'import-spoerg-flere-krav', args: { overskrift: section.heading, krav: named.join(', ') } });
      if (reason === 'krav-allerede-besat')
        questions.push({ code: 'import-spoerg-krav-besat', args: { overskrift: section.heading, krav: named.join(', '), andet: claimedBy ?? '' } });
    }
    for (const description of images)
      questions.push({ code: 'import-spoerg-billede', args: { overskrift: section.heading, beskrivelse: description || '(ingen beskrivelse)' } });
    sections.push(placed);
    return placed;
  };

  // What stands before the first heading (beyond the title page's facts) is the preface.
  // Pictures on the title page (a logo, a photo) are noted at the preface, or at the title.
  let coverImages: string[] = outline.frontImages;
  const coverDiagrams: Diagram[] = [];
  for (const description of outline.frontImages)
    questions.push({ code: 'import-spoerg-billede', args: { overskrift: 'forsiden', beskrivelse: description || '(ingen beskrivelse)' } });
  if (front.length > 0) {
    const hasForordChapter = outline.sections.some((section) => /^forord$/i.test(section.heading.trim()));
    if (!hasForordChapter) {
      forordTaken = true;
      const text = front.map(linesOf).join('\n');
      sections.push({
        kind: 'forord',
        key: 'forord',
        markdown: blocksToMarkdown(front, [], outline.notes),
        text,
        covers: [],
        images: outline.frontImages,
        reason: 'forside',
        data: {},
      });
      coverImages = [];
      order.push('forord');
    } else {
      // Kept ahead of the preface's own text, in the document's order.
      const chapter = outline.sections.find((section) => /^forord$/i.test(section.heading.trim()))!;
      chapter.blocks = [...front, ...chapter.blocks];
    }
  }

  // A section whose sub-section is a requirement is split there: the sub-section and the ones
  // after it become sections of their own, in one chapter of the order, so nothing moves.
  const containsClaim = (section: OutlineSection): boolean => claims.has(section) || section.children.some(containsClaim);
  const flatten = (section: OutlineSection, sub: boolean): string[] => {
    const splitAt = section.children.findIndex(containsClaim);
    const kept = splitAt < 0 ? section.children : section.children.slice(0, splitAt);
    const keys = [place(section, kept, sub).key];
    if (splitAt >= 0) for (const child of section.children.slice(splitAt)) keys.push(...flatten(child, true));
    return keys;
  };
  for (const section of outline.sections) {
    const keys = flatten(section, false);
    order.push(keys.length === 1 ? keys[0]! : keys);
  }

  // A title page that dates the standard only by its year: the latest revision is that year,
  // unless an approval or revision says more.
  if (!revision.senest && godkendelse.length === 0 && frontYear?.year) {
    revision.senest = { value: frontYear.year, source: frontYear.text };
    questions.push({ code: 'import-spoerg-kun-aarstal', fields: ['revision.senest_revideret'], args: { aar: frontYear.year, kilde: frontYear.text } });
  }
  readStructuredFields({ sections, order, questions, revision });

  // Diagrams and charts go to the section whose text they follow (mammoth leaves them out silently).
  for (const diagram of word.diagrams) {
    const holder = (diagram.after && sections.find((section) => section.text.includes(diagram.after) || section.heading === diagram.after)) || sections[0];
    if (holder) (holder.diagrams ??= []).push(diagram);
    else coverDiagrams.push(diagram);
    questions.push({
      code: 'import-spoerg-diagram',
      args: { overskrift: holder?.heading ?? 'forsiden', beskrivelse: diagram.description || '(ingen beskrivelse)' },
    });
  }

  // `daekker`: what a section under the document's own heading answers in full, by the
  // check's evidence search, for the requirements that have no section of their own (those
  // are answered there). A requirement's own section answers its requirement.
  const ownSections = new Set(sections.filter((section) => section.kind === 'krav' && section.markdown).map((section) => section.requirement!.id));
  for (const section of sections) {
    if (!section.markdown || section.kind === 'krav') continue;
    section.covers = requirementsAnswered(section.markdown, section.heading ?? '').filter((id) => id !== section.requirement?.id && !ownSections.has(id));
  }

  questions.push(...coverageQuestion(sections));

  // No heading names a requirement and no text answers one: likely not a standard for this area.
  if (claims.size === 0 && sections.every((section) => section.covers.length === 0 && section.kind !== 'krav')) {
    questions.unshift({ code: 'import-spoerg-andet-emne', args: {} });
  }

  return {
    kommune,
    titel,
    ...(outline.subtitle ? { undertitel: { value: outline.subtitle, source: outline.subtitle } } : {}),
    lovgrundlag: dedupe(lovgrundlag),
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
    kommuneLines,
    coverImages,
    coverDiagrams,
    diagrams: word.diagrams.length,
    questions,
  };
}

function dedupe(items: Array<Sourced<string>>): Array<Sourced<string>> {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.value) && seen.add(item.value));
}
