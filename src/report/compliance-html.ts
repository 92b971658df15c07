/**
 * The compliance annex for the byråd (`compliance.html`/`.pdf`, `check --format html`):
 * written for a council member who has never seen the YAML file. A conclusion on top, then
 * per requirement its plain title, the law's words, the status in words and symbol, and
 * what the standard says or lacks, linked to the section of the published standard (its
 * page number in the PDF). No file paths, line numbers or field names: those are for the
 * editor (terminal, JSON, preview).
 */
import { assessmentMessages } from '../check/assessments.js';
import { currentStatus, type Finding, type Status } from '../check/index.js';
import type { Message } from '../check/types.js';
import type { LawNote } from '../check/law-notes.js';
import type { FileCheck, OwnCheck } from '../check/run.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { danishDate } from '../dates.js';
import { formatAnnexMessage, statusWords, type AnnexContext } from '../diagnostics/annex-messages.js';
import { listDanish } from '../diagnostics/labels.js';
import { formatMessage } from '../diagnostics/messages.js';
import type { Kvalitetsstandard } from '../generated/kvalitetsstandard.js';
import { embeddedFonts } from '../render/fonts.js';
import { keepTogether } from '../render/nonbreaking.js';
import { colophonSections, sectionAnchors, type SectionAnchor } from '../render/model.js';
import { draftMarking, plannedText, siteFacts, siteFooter, siteNavigation } from '../render/site.js';
import { cssString } from '../render/templates.js';
import type { PathSegment } from '../source-location.js';
import { diagnosticToJson } from './diagnostics.js';
import { countStatuses, needsConfirming, ownInvalid, ownRequirementsHeading } from './compliance.js';
import { html, reportPage, SafeHtml } from '../render/safe-html.js';

export const statusClass: Record<Status, string> = {
  opfyldt: 'opfyldt',
  delvist: 'delvist',
  mangler: 'mangler',
  'kan ikke vurderes': 'ukendt',
};

/** Status symbols drawn as SVG, so they never depend on whichever fallback font a machine has. */
const symbolShapes: Record<Status, string> = {
  opfyldt: '<circle cx="8" cy="8" r="7.5" fill="currentColor"/><path d="M4.4 8.3l2.4 2.4 4.8-5" fill="none" stroke="#fff" stroke-width="2"/>',
  delvist:
    '<circle cx="8" cy="8" r="6.75" fill="#fff" stroke="currentColor" stroke-width="1.5"/><path d="M8 1.25a6.75 6.75 0 0 0 0 13.5z" fill="currentColor"/>',
  mangler: '<circle cx="8" cy="8" r="7.5" fill="currentColor"/><path d="M5.3 5.3l5.4 5.4M10.7 5.3l-5.4 5.4" stroke="#fff" stroke-width="2"/>',
  'kan ikke vurderes':
    '<circle cx="8" cy="8" r="6.75" fill="#fff" stroke="currentColor" stroke-width="1.5"/><path d="M6 6.3a2 2 0 1 1 2.8 1.8c-.5.3-.8.6-.8 1.2v.7" fill="none" stroke="currentColor" stroke-width="1.6"/><circle cx="8" cy="11.9" r="1" fill="currentColor"/>',
};

export function statusSymbol(status: Status): SafeHtml {
  return new SafeHtml(`<svg class="symbol" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${symbolShapes[status]}</svg>`);
}

/** A status as the pages show it: symbol and words, never colour alone. */
export const statusLabel = (status: Status, words: string = status) =>
  html`<span class="status ${statusClass[status]}">${statusSymbol(status)} ${words}</span>`;

export const reportStyles = `
:root { color-scheme: light; --tekst: #1a1a1a; --svag: #545454; --kant: #c8c8c8; --gron: #00693e; --gul: #7a5200; --rod: #b0001e; --fokus: #1a1a1a; }
* { box-sizing: border-box; }
body { font-family: "IBM Plex Sans", system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: var(--tekst); line-height: 1.5; margin: 0; padding: 0 1.25rem; max-width: 60rem; margin-inline: auto; overflow-wrap: break-word; }
main { padding-block: 1rem 2rem; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: .5rem 0; }
h2 { font-size: 1.35rem; margin: 2rem 0 .5rem; border-bottom: 2px solid var(--kant); padding-bottom: .25rem; }
.meta { color: var(--svag); margin: 0 0 1rem; }
a { color: #004b87; text-underline-offset: .15em; }
a:focus-visible, [tabindex]:focus-visible { outline: 3px solid var(--fokus); outline-offset: 2px; box-shadow: 0 0 0 6px #ffbc2b; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: .95rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid var(--kant); padding: .4rem .6rem; vertical-align: top; text-align: left; }
thead th { background: #f2f2f2; }
.status { font-weight: 600; white-space: nowrap; display: inline-flex; align-items: flex-start; gap: .35em; }
/* On the first line of a status that wraps (»Delvist / opfyldt«). */
.symbol { width: 1em; height: 1em; flex: none; margin-top: .22em; }
.opfyldt { color: var(--gron); } .delvist { color: var(--gul); } .mangler, .ukendt, .overskredet { color: var(--rod); }
.opsummering { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; padding: 0; list-style: none; }
code { font-family: "IBM Plex Mono", ui-monospace, monospace; font-size: .9em; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.udgivelse ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; margin: 0; padding: .75rem 0; border-bottom: 1px solid var(--kant); }
.udgivelse a[aria-current] { color: var(--tekst); font-weight: 600; text-decoration: none; }
.udkast { color: var(--rod); }
.sidefod { border-top: 1px solid var(--kant); color: var(--svag); font-size: .9rem; padding-block: .75rem 2rem; }
.sidefod p { margin: 0 0 .35rem; }
@media (max-width: 40rem) { body { padding: 0 .75rem; } table { font-size: .9rem; } th, td { padding: .3rem .4rem; } }
@page { size: A4; margin: 20mm 16mm 18mm; @bottom-center { content: "Side " counter(page) " af " counter(pages); font-family: "IBM Plex Sans", Arial, sans-serif; font-size: 8.5pt; color: #545454; } }
@media print {
  body { padding: 0; max-width: none; font-size: 9.5pt; }
  a { color: inherit; }
  h2 { break-after: avoid; }
  tr { break-inside: avoid; }
  .udgivelse { display: none; }
}
`;

/** The annex's own layout: a requirement table that fits A4 and folds into cards on a phone. */
const annexStyles = `
.konklusion { font-size: 1.1rem; border-left: 4px solid var(--tekst); padding: .25rem 0 .25rem 1rem; margin: 1rem 0 1.5rem; }
.fakta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0 0 1rem; }
.fakta dt { font-weight: 600; }
.fakta dd { margin: 0; }
.krav { table-layout: fixed; }
.krav col.krav-kolonne { width: 40%; } .krav col.status-kolonne { width: 17%; }
.krav th[scope="row"] { font-weight: normal; }
.krav-titel { display: block; font-weight: 600; }
.paragraf { display: block; color: var(--svag); font-size: .9em; }
.lovtekst { display: block; font-style: italic; color: var(--svag); font-size: .9em; margin-top: .2rem; }
.vurdering p { margin: 0 0 .35rem; }
.vurdering p:last-child { margin-bottom: 0; }
.hvor { color: var(--svag); }
.vurderet-af { font-size: .85em; color: var(--svag); }
.forvaltningens-vurdering { font-weight: 600; }
.status { white-space: normal; }
.side, .tryk { display: none; }
@media (max-width: 40rem) {
  .fakta { grid-template-columns: 1fr; }
  .fakta dd { margin-bottom: .4rem; }
  .krav, .krav tbody, .krav tr, .krav th, .krav td { display: block; width: auto; }
  .krav thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  .krav caption { display: block; }
  .krav tr { border: 1px solid var(--kant); margin-bottom: .75rem; }
  .krav th, .krav td { border: none; }
}
@media print {
  /* On paper the facts on top say what the site's footer says. */
  .sidefod { display: none; }
  .konklusion { font-size: 10.5pt; }
  .skaerm { display: none; }
  .tryk { display: inline; }
  .side:not(:empty) { display: inline; }
  .side:not(:empty)::before { content: ", side "; }
  .krav thead { display: table-header-group; }
}
`;

/** The report styles with the embedded fonts before them. */
export const reportStylesWithFonts = () => `${embeddedFonts()}\n${reportStyles}`;

export interface AnnexOptions {
  /** Part of the published site (`build`): link to the standard, its PDF and the overview. */
  site?: boolean;
}

const lowerFirst = (text: string) => `${text[0]!.toLowerCase()}${text.slice(1)}`;

/** Longest quotation of the law in a row, so no row outgrows its share of a page. */
const maxLegalQuote = 170;

/** The law's words, short: its first sentence (not cut at »jf.« or »stk.«: a sentence ends before a capital), at most a few lines. */
function shortLegalText(text: string): string {
  const first = /^.+?[.:;](?=\s+\p{Lu}|$)/su.exec(text)?.[0] ?? text;
  if (first.length > maxLegalQuote) return `${first.slice(0, first.lastIndexOf(' ', maxLegalQuote)).replace(/[,;:]$/, '')} …`;
  return first.length < text.length ? `${first.replace(/[:;]$/, '')} …` : first;
}

/** The key of the section a key path points into: `maalgruppe`, or an other section's `noegle`. */
function sectionKey(document: Kvalitetsstandard, path: readonly PathSegment[]): string | undefined {
  const [top, index] = path;
  if ((top === 'oevrige_afsnit' || top === 'bilag') && typeof index === 'number') return document[top]?.[index]?.noegle;
  return typeof top === 'string' ? top : undefined;
}

/** The conclusion: how many requirements are met, and by name those that are not. */
/** »Forvaltningen har selv vurderet 3 krav; for 2 af dem fandt værktøjet noget andet.« and how many must be reviewed. */
function assessmentSentences(findings: readonly Finding[]): string[] {
  const assessed = findings.filter((finding) => finding.assessment);
  if (assessed.length === 0) return [];
  const differing = assessed.filter((finding) => finding.assessment!.status !== finding.status).length;
  const review = assessed.filter((finding) => finding.assessment!.review).length;
  return [
    `Forvaltningen har selv vurderet ${assessed.length} krav${differing > 0 ? `; for ${differing} af dem fandt værktøjet noget andet` : ''}.`,
    review > 0
      ? `${review === 1 ? '1 vurdering skal' : `${review} vurderinger skal`} genvurderes, fordi teksten er ændret, eller det ikke kan ses, om den er.`
      : '',
  ];
}

function conclusion(findings: readonly Finding[]): SafeHtml {
  const counts = countStatuses(findings, currentStatus);
  // Quoted, because titles have commas and »og« of their own (»tilbud, ydelser og serviceniveau«).
  const named = (status: Status) =>
    listDanish(findings.filter((finding) => currentStatus(finding) === status).map((finding) => `»${lowerFirst(finding.requirement.title)}«`));
  const total = findings.length;
  const sentences = [
    counts.opfyldt === total
      ? `Kvalitetsstandarden opfylder alle bekendtgørelsens ${total} krav.`
      : `Kvalitetsstandarden opfylder ${counts.opfyldt} af bekendtgørelsens ${total} krav.`,
    counts.mangler > 0 ? `${counts.mangler} krav mangler: ${named('mangler')}.` : '',
    counts.delvist > 0 ? `${counts.delvist} krav er delvist opfyldt: ${named('delvist')}.` : '',
    counts['kan ikke vurderes'] > 0 ? `${counts['kan ikke vurderes']} krav kan ikke vurderes: ${named('kan ikke vurderes')}.` : '',
    ...assessmentSentences(findings),
  ];
  const overdue = findings.find((finding) => finding.messages.some((message) => message.code === 'revision-for-gammel'));
  const deadline = overdue?.messages.find((message) => message.code === 'revision-for-gammel')?.args.frist;
  return html`<p class="konklusion">${keepTogether(sentences.filter(Boolean).join(' '))}${
    overdue && typeof deadline === 'string'
      ? html` <strong class="overskredet">Revisionen er overskredet: standarden skulle have været revideret senest ${keepTogether(danishDate(deadline))}.</strong>`
      : ''
  }</p>`;
}

/** The sections a verdict rests on (#9's evidence), else the one its path points into; each where the published standard has it. */
function sectionsOf(finding: Finding, document: Kvalitetsstandard, anchors: Map<string, SectionAnchor>): (SectionAnchor & { heading: string })[] {
  const paths = finding.sources?.length ? finding.sources.map((source) => source.path) : [finding.path];
  const keys = [...new Set(paths.map((path) => sectionKey(document, path)).filter((key): key is string => key !== undefined))];
  return keys.flatMap((key) => {
    const anchor = anchors.get(key);
    if (anchor) return [{ ...anchor, heading: anchor.heading ?? finding.requirement.title }];
    // The approval, and a publication address or revision dates without text of their own, stand on the cover.
    const onCover = key === 'godkendelse' || (colophonSections as readonly string[]).includes(key);
    return onCover && (document as unknown as Record<string, unknown>)[key] !== undefined ? [{ id: 'forside', heading: 'Forsiden', headingId: 'titel' }] : [];
  });
}

/** »Beskrevet i afsnittene »A«, side 3, og »B«, side 7.«: linked on the site, with the standard's pages in print. */
function whereInStandard(finding: Finding, sections: readonly (SectionAnchor & { heading: string })[], options: AnnexOptions): SafeHtml | string {
  if (sections.length === 0) return '';
  const lead = `${finding.status === 'opfyldt' ? 'Beskrevet i' : 'Se'} ${sections.length === 1 ? 'afsnittet' : 'afsnittene'}`;
  const named = sections.map(
    (section) =>
      html`»${
        // The PDF gives the page instead of a link to the HTML file.
        options.site
          ? html`<a class="skaerm" href="kvalitetsstandard.html#${section.id}">${section.heading}</a><span class="tryk">${section.heading}</span>`
          : section.heading
      }«${section.headingId && options.site ? html`<span class="side" data-side-standard="${section.headingId}"></span>` : ''}`,
  );
  const joined = named.map((part, index) => html`${index === 0 ? '' : index === named.length - 1 ? ' og ' : ', '}${part}`);
  return html`<p class="hvor">${lead} ${joined}.</p>`;
}

/**
 * The annex's sentences for a requirement: the tool's finding, or, when the forvaltning has
 * assessed it, its verdict and reason first and the tool's finding after it.
 */
function verdictSentences(finding: Finding, context: AnnexContext): SafeHtml[] {
  // Phone numbers, amounts and dates in a sentence keep together on paper (../render/nonbreaking.ts).
  const annex = (message: Message) => keepTogether(formatAnnexMessage(message.code, message.args, context));
  const toolSentences = finding.messages.map(annex).filter(Boolean);
  const assessment = assessmentMessages(finding);
  if (!assessment) return toolSentences.map((sentence) => html`<p>${sentence}</p>`);
  return [
    html`<p class="forvaltningens-vurdering">${annex(assessment.verdict)}</p>`,
    html`<p>${[annex({ code: 'vurdering-vaerktoej', args: { status: finding.status } }), ...toolSentences].join(' ')}</p>`,
    ...(assessment.review ? [html`<p><strong class="overskredet">${annex(assessment.review)}</strong></p>`] : []),
  ];
}

function requirementRow(finding: Finding, document: Kvalitetsstandard, anchors: Map<string, SectionAnchor>, options: AnnexOptions): SafeHtml {
  const sections = sectionsOf(finding, document, anchors);
  const context = { afsnit: sections[0]?.heading ?? finding.requirement.title, krav: finding.requirement.title };
  const where = whereInStandard(finding, sections, options);
  const overdue = finding.messages.some((message) => message.code === 'revision-for-gammel');
  const status = currentStatus(finding);
  const assessed = finding.assessment
    ? html`<br><span class="vurderet-af">Forvaltningens vurdering</span>${finding.assessment.review ? html`<br><strong class="overskredet">Skal genvurderes</strong>` : ''}`
    : '';
  return html`<tr>
<th scope="row"><span class="krav-titel">${finding.requirement.title}</span><span class="paragraf">${finding.citation}</span><span class="lovtekst">»${shortLegalText(finding.requirement.legalText)}«</span></th>
<td>${statusLabel(status, statusWords[status])}${assessed}${overdue ? html`<br><strong class="overskredet">Overskredet</strong>` : ''}</td>
<td class="vurdering">${verdictSentences(finding, context)}${where}${
    needsConfirming(finding) ? html`<p class="bekraeft">Fundet af værktøjet under andre overskrifter; forvaltningen bør bekræfte vurderingen.</p>` : ''
  }</td>
</tr>`;
}

function invalidSection(check: FileCheck & { valid: false }, headingLevel: 'h1' | 'h2'): SafeHtml {
  const heading = `Ugyldig fil: ${check.file}`;
  return html`<section aria-labelledby="${check.file}">
${headingLevel === 'h1' ? html`<h1 id="${check.file}">${heading}</h1>` : html`<h2 id="${check.file}">${heading}</h2>`}
<p>Filen kunne ikke vurderes, fordi den ikke er gyldig. Ret disse fejl først:</p>
${errorList(check.diagnostics, check.file)}
</section>`;
}

function requirementTable(
  caption: string,
  findings: readonly Finding[],
  document: Kvalitetsstandard,
  anchors: Map<string, SectionAnchor>,
  options: AnnexOptions,
): SafeHtml {
  return html`<table class="krav">
<caption>${caption}</caption>
<colgroup><col class="krav-kolonne"><col class="status-kolonne"><col></colgroup>
<thead><tr><th scope="col">Krav</th><th scope="col">Status</th><th scope="col">Vurdering</th></tr></thead>
<tbody>
${findings.map((finding) => requirementRow(finding, document, anchors, options))}
</tbody>
</table>`;
}

function errorList(diagnostics: readonly Diagnostic[], file: string): SafeHtml {
  return html`<ul>${diagnostics.map((diagnostic) => {
    const json = diagnosticToJson(diagnostic);
    return html`<li><code>${json.linje ? `linje ${json.linje}, kolonne ${json.kolonne}` : file}</code>: ${json.besked}</li>`;
  })}</ul>`;
}

/** The kommune's own requirements (`.krav.yml`), apart from the law's: a table of their own, or why they could not be judged. */
function ownSection(
  own: OwnCheck,
  document: Kvalitetsstandard,
  anchors: Map<string, SectionAnchor>,
  headingLevel: 'h2' | 'h3',
  options: AnnexOptions,
): SafeHtml {
  const heading = headingLevel === 'h2' ? html`<h2>${ownRequirementsHeading}</h2>` : html`<h3>${ownRequirementsHeading}</h3>`;
  if (ownInvalid(own)) {
    return html`<section class="egne-krav">${heading}
<p>Kommunens egne krav kunne ikke vurderes, fordi filen med dem (${own.file}) ikke er gyldig. Ret disse fejl først:</p>
${errorList(own.diagnostics, own.file)}
</section>`;
  }
  const met = own.findings.filter((finding) => finding.status === 'opfyldt').length;
  return html`<section class="egne-krav">${heading}
<p>Kommunen har selv stillet ${own.findings.length} krav til standarden, ud over bekendtgørelsens. De vurderes for sig og indgår ikke i konklusionen ovenfor. Standarden opfylder ${met} af dem.</p>
${requirementTable('Kommunens egne krav, og hvordan kvalitetsstandarden opfylder dem', own.findings, document, anchors, options)}
</section>`;
}

/** Information about the law beside the verdicts (src/check/law-notes.ts), with the law it cites linked. */
function notesSection(notes: readonly LawNote[], headingLevel: 'h1' | 'h2'): SafeHtml | string {
  if (notes.length === 0) return '';
  const heading = 'Oplysninger om lovgrundlaget';
  const items = notes.map((note) => {
    const text = formatAnnexMessage(note.code, note.args, { afsnit: String(note.args.afsnit ?? ''), krav: '' });
    return html`<li>${keepTogether(text)} Se <a href="${note.eli}">${note.citation}</a>.</li>`;
  });
  return html`<section class="oplysninger">
${headingLevel === 'h1' ? html`<h2>${heading}</h2>` : html`<h3>${heading}</h3>`}
<p>Oplysningerne ændrer ingen af vurderingerne ovenfor.</p>
<ul>${items}</ul>
</section>`;
}

export const annexTitle = (document: Kvalitetsstandard) => `Vurdering af ${document.kommune}s kvalitetsstandard`;

/** When and against what the file was judged: the regulation linked where its address is known, how it was chosen, and what is not confirmed. */
function regulationFacts(check: FileCheck & { valid: true }): SafeHtml {
  const { regulation, chosenBy } = check.regulationUsed;
  const name = regulation.eli ? html`<a href="${regulation.eli}">${regulation.name}</a>` : regulation.name;
  const how = formatMessage('regelsaet-valgt', { valgt: chosenBy });
  return html`<dt>Vurderet</dt><dd>${keepTogether(danishDate(check.date))} efter ${name} (${regulation.id}), ${how}</dd>
${regulation.remark ? html`<dt>Om regelsættet</dt><dd>${regulation.remark}</dd>` : ''}`;
}

function fileSection(check: FileCheck, headingLevel: 'h1' | 'h2', options: AnnexOptions): SafeHtml {
  if (!check.valid) return invalidSection(check, headingLevel);
  const { document } = check;
  const facts = siteFacts(document, check.date);
  const anchors = sectionAnchors(document);
  const id = `vurdering-${check.file.replace(/[^a-z0-9]+/gi, '-')}`;
  const heading = annexTitle(document);
  return html`<section aria-labelledby="${id}">
${headingLevel === 'h1' ? html`<h1 id="${id}">${heading}</h1>` : html`<h2 id="${id}">${heading}</h2>`}
${conclusion(check.findings)}
<dl class="fakta">
<dt>Standarden</dt><dd>${options.site ? html`<a class="skaerm" href="kvalitetsstandard.html">${document.titel}</a><span class="tryk">${document.titel}</span>` : document.titel}</dd>
<dt>Godkendelse</dt><dd>${facts.approval ?? html`<strong class="udkast">${draftMarking}</strong>`}${facts.plannedApproval ? `.${plannedText(facts)}` : ''}</dd>
${regulationFacts(check)}
</dl>
${requirementTable(`Bekendtgørelsens ${check.findings.length} krav, og hvordan kvalitetsstandarden opfylder dem`, check.findings, document, anchors, options)}
${check.own ? ownSection(check.own, document, anchors, headingLevel === 'h1' ? 'h2' : 'h3', options) : ''}
${notesSection(check.notes, headingLevel)}
</section>`;
}

export function complianceReportHtml(checks: readonly FileCheck[], options: AnnexOptions = {}): string {
  const single = checks.length === 1 ? checks[0] : undefined;
  const title = single?.valid ? annexTitle(single.document) : 'Vurdering af kvalitetsstandarder';
  const body = single ? fileSection(single, 'h1', options) : html`<h1>${title}</h1>${checks.map((check) => fileSection(check, 'h2', options))}`;
  const document = single?.valid ? single.document : undefined;
  const facts = document ? siteFacts(document, single!.date) : undefined;
  const header = document
    ? `${document.kommune} · Vurdering efter ${single!.regulation} · ${danishDate(single!.date)}${facts?.approval ? '' : ` · ${draftMarking}`}`
    : title;
  const runningHeader = `@page { @top-center { content: "${cssString(header)}"; font-family: "IBM Plex Sans", Arial, sans-serif; font-size: 8.5pt; color: #545454; } }`;
  const site = options.site && document ? { before: siteNavigation('vurdering', document.kommune), after: siteFooter(facts!) } : {};
  return reportPage(title, `${reportStylesWithFonts()}\n${annexStyles}\n${runningHeader}`, body, site);
}
