/**
 * The view of a document that the templates render: sections in the configured order,
 * with headings, numbers, ids and their Markdown already turned into safe HTML.
 */
import { terms } from '../diagnostics/labels.js';
import type { Kvalitetsstandard } from '../generated/kvalitetsstandard.js';
import { defaultRegulation, findRequirement, fullCitation, listItems } from '../regulations/index.js';
import { documentSections, requirementSectionNames, type SectionKind, type SectionSource } from '../sections.js';
import { markdownToHtml } from './markdown.js';
import { danishDate } from '../dates.js';

export interface SectionView {
  key: string;
  id: string;
  kind: SectionKind;
  heading?: string;
  number?: string;
  level: 2 | 3;
  html: string;
  /** Extra data a section's partial shows (target figures, residential offers, dates …). */
  extra: Record<string, unknown>;
  requirement?: { id: string; citation: string };
  lovgrundlag?: string[];
  children: SectionView[];
}

export interface DocumentView {
  kommune: string;
  titel: string;
  undertitel?: string;
  lovgrundlag: string[];
  godkendelse: { organ: string; dato: string | number; datoTekst: string }[];
  sections: SectionView[];
  nummerering: boolean;
  farve?: string;
  regulation: { id: string; name: string; eli?: string };
}

/** The configured order, then whatever it leaves out: preface first, then the regulation's order, other sections, appendices. */
function orderedGroups(document: Kvalitetsstandard, sources: Map<string, SectionSource>): string[][] {
  const configured = (document.praesentation?.raekkefoelge ?? []).map((entry) => (typeof entry === 'string' ? [entry] : [...entry]));
  const mentioned = new Set(configured.flat());
  const defaults = [
    'forord',
    ...requirementSectionNames,
    ...(document.oevrige_afsnit ?? []).map((s) => s.noegle),
    ...(document.bilag ?? []).map((s) => s.noegle),
  ];
  const rest = defaults.filter((key) => !mentioned.has(key) && sources.has(key)).map((key) => [key]);
  const prefaceFirst = rest.length > 0 && rest[0]![0] === 'forord' ? rest.splice(0, 1) : [];
  return [...prefaceFirst, ...configured, ...rest].map((group) => group.filter((key) => sources.has(key))).filter((group) => group.length > 0);
}

/** A target figure's indicator as the page names it (the combined one has no entry of its own). */
const measureLabels = new Map(listItems(findRequirement(defaultRegulation, '§4.3'), 'maaltal').map((item) => [item.id, item.label]));
export function indicatorLabel(indikator: string): string {
  return measureLabels.get(indikator) ?? terms.combinedMeasure.label;
}

function extraOf(source: SectionSource): Record<string, unknown> {
  // Each text gets its own ids (two offers' footnotes »[^1]« must not share one), apart from the section's text by »--«.
  let texts = 0;
  const render = (markdown: unknown) =>
    typeof markdown === 'string' && markdown.trim()
      ? markdownToHtml(markdown, { sectionLevel: 3, idPrefix: `afsnit-${source.key}--ekstra-${(texts += 1)}` })
      : undefined;
  // biome-ignore lint/suspicious/noExplicitAny: each case below reads its own section's fields, which the schema has validated
  const data = source.data as Record<string, any>;
  switch (source.key) {
    case 'serviceniveau':
      return { politiskeMaalsaetninger: render(data.politiske_maalsaetninger) };
    case 'offentliggoerelse':
      return { url: data.url };
    case 'maaltal':
      return {
        maal: (data.maal ?? []).map((target: { tekst?: string; indikator: string; graense?: string; procent?: number; aar?: number }) => ({
          html: render(target.tekst),
          indikator: indicatorLabel(target.indikator),
          graense: target.graense === 'mindst' ? 'mindst' : target.graense === 'hoejst' ? 'højst' : undefined,
          procent: target.procent === undefined ? undefined : String(target.procent).replace('.', ','),
          aar: target.aar,
        })),
      };
    case 'doegnbehandling':
      return {
        tilbud: (data.tilbud ?? []).map((offer: Record<string, string | undefined>) => ({
          navn: offer.navn,
          url: offer.url,
          felter: Object.entries(terms.residentialField)
            .filter(([field]) => offer[field])
            .map(([field, label]) => ({ label: label[0]!.toUpperCase() + label.slice(1), html: render(offer[field]) })),
          html: render(offer.tekst),
        })),
      };
    case 'revision':
      return {
        senestRevideret: data.senest_revideret !== undefined ? danishDate(data.senest_revideret) : undefined,
        naesteRevision: data.naeste_revision !== undefined ? danishDate(data.naeste_revision) : undefined,
      };
    default:
      return {};
  }
}

function sectionView(source: SectionSource, level: 2 | 3, number: string | undefined): SectionView {
  const id = `afsnit-${source.key}`;
  const heading = source.overskrift ?? (level === 2 ? source.requirement?.title : undefined);
  return {
    key: source.key,
    id,
    kind: source.kind,
    heading,
    number: heading ? number : undefined,
    level,
    html: source.tekst ? markdownToHtml(source.tekst, { sectionLevel: heading ? level : level - 1, idPrefix: id }) : '',
    extra: extraOf(source),
    requirement: source.requirement ? { id: source.requirement.id, citation: fullCitation(defaultRegulation, source.requirement) } : undefined,
    lovgrundlag: source.lovgrundlag,
    children: [],
  };
}

/**
 * Sections whose fields are facts about the document (the publication address, the revision
 * dates) go on the cover and in the footer. They are a chapter only when the municipality
 * wrote a heading or text for them: a chapter of the regulation's title over a bare date or
 * address would be text the municipality never wrote.
 */
export const colophonSections = ['offentliggoerelse', 'revision'] as const;

function withoutColophonOnly(sources: Map<string, SectionSource>): Map<string, SectionSource> {
  for (const key of colophonSections) {
    const section = sources.get(key);
    if (section && !section.tekst?.trim() && !section.overskrift?.trim()) sources.delete(key);
  }
  return sources;
}

export interface SectionAnchor {
  /** The section's id in the page. */
  id: string;
  /** Its heading, or for a sub-section without one, its chapter's. */
  heading?: string;
  /** The id of its own heading, whose page the printed standard tells. */
  headingId?: string;
}

/** Where each section of the published standard can be linked to, without rendering it: for the annex. */
export function sectionAnchors(document: Kvalitetsstandard): Map<string, SectionAnchor> {
  const sources = withoutColophonOnly(documentSections(document));
  const anchors = new Map<string, SectionAnchor>();
  const own = (key: string, heading: string | undefined) => ({ id: `afsnit-${key}`, heading, headingId: heading ? `afsnit-${key}-overskrift` : undefined });
  for (const [first, ...rest] of orderedGroups(document, sources)) {
    const chapter = sources.get(first!)!;
    const chapterHeading = chapter.overskrift ?? chapter.requirement?.title;
    anchors.set(chapter.key, own(chapter.key, chapterHeading));
    for (const key of rest) {
      const heading = sources.get(key)!.overskrift;
      anchors.set(key, heading ? own(key, heading) : { id: `afsnit-${key}`, heading: chapterHeading });
    }
  }
  return anchors;
}

export function documentView(document: Kvalitetsstandard): DocumentView {
  const sources = withoutColophonOnly(documentSections(document));
  const numbered = document.praesentation?.nummerering === true;
  let chapter = 0;
  const sections = orderedGroups(document, sources).map((group) => {
    const [first, ...rest] = group.map((key) => sources.get(key)!);
    const countable = numbered && first!.kind !== 'forord' && first!.kind !== 'bilag';
    if (countable) chapter += 1;
    const number = countable ? String(chapter) : undefined;
    // Only chapters are numbered, as in the source documents (their sub-headings may carry numbers of their own).
    return { ...sectionView(first!, 2, number), children: rest.map((source) => sectionView(source, 3, undefined)) };
  });
  return {
    kommune: document.kommune,
    titel: document.titel,
    undertitel: document.undertitel,
    lovgrundlag: document.lovgrundlag ?? [],
    godkendelse: (document.godkendelse ?? []).map((approval) => ({ ...approval, datoTekst: danishDate(approval.dato) })),
    sections,
    nummerering: numbered,
    farve: document.praesentation?.farve,
    regulation: { id: defaultRegulation.id, name: defaultRegulation.name, eli: defaultRegulation.eli },
  };
}
