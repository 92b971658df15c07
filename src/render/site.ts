/**
 * What ties the published pages of a municipality together: the navigation between the
 * standard, its PDF, its compliance annex and the overview, and the footer (approval or
 * draft, last updated, the legal basis the document itself states, publication address,
 * contact and accessibility statement). Shared by the standard's layout and the annex.
 */
import { isAfter, lastApprovalOrRevision } from '../check/rules/6-1-revision.js';
import { danishDate } from '../dates.js';
import { listDanish } from '../diagnostics/labels.js';
import type { Kvalitetsstandard } from '../generated/kvalitetsstandard.js';
import { html, SafeHtml } from './safe-html.js';
import { linkLegalCitations } from './legal-links.js';
import { keepTogether } from './nonbreaking.js';

/** The marking of a standard that no political body has approved (cover, running header, footer). */
export const draftMarking = 'Udkast – ikke godkendt';

export interface SiteFacts {
  kommune: string;
  titel: string;
  /** »Godkendt af Byrådet 13. december 2021«, or undefined for a draft. */
  approval?: string;
  /** Approvals the document states for after the date it is judged at: »Byrådet 1. marts 2027«. */
  plannedApproval?: string;
  /** The newest approval or revision date, in Danish. */
  updated?: string;
  /** The next revision as the document plans it, in Danish. */
  nextRevision?: string;
  /** The legal basis as the document states it (`lovgrundlag`), else the regulation it names (`regelsaet`). */
  legalBasis: string[];
  publicationUrl?: string;
  contact?: NonNullable<Kvalitetsstandard['praesentation']>['kontakt'];
  accessibilityStatement?: string;
}

type Approval = NonNullable<Kvalitetsstandard['godkendelse']>[number];

const approvalNames = (approvals: readonly Approval[]) => listDanish(approvals.map((approval) => `${approval.organ} ${danishDate(approval.dato)}`));

/**
 * The facts as the document states them; with the date it is judged at (the annex), as of
 * that date: an approval after it is planned, not given, and the last update is the last
 * approval or revision that counts by then, as §6.1 reads it.
 */
export function siteFacts(document: Kvalitetsstandard, date?: string): SiteFacts {
  const approvals = document.godkendelse ?? [];
  const given = approvals.filter((approval) => date === undefined || !isAfter(approval.dato, date));
  const planned = approvals.filter((approval) => !given.includes(approval));
  const approval = given.length > 0 ? `Godkendt af ${approvalNames(given)}` : undefined;
  const updated = lastApprovalOrRevision(document, date);
  const publication = (document.offentliggoerelse as { url?: string } | undefined)?.url;
  return {
    kommune: document.kommune,
    titel: document.titel,
    approval: keepTogether(approval ?? '') || undefined,
    plannedApproval: planned.length > 0 ? keepTogether(approvalNames(planned)) : undefined,
    updated: updated ? keepTogether(danishDate(updated.stated)) : undefined,
    nextRevision: document.revision?.naeste_revision !== undefined ? keepTogether(danishDate(document.revision.naeste_revision)) : undefined,
    legalBasis: document.lovgrundlag?.length ? document.lovgrundlag : document.regelsaet ? [document.regelsaet] : [],
    publicationUrl: publication,
    contact: document.praesentation?.kontakt,
    accessibilityStatement: document.praesentation?.tilgaengelighedserklaering,
  };
}

export type SitePage = 'standard' | 'vurdering';

/** Links between the pages of one municipality and up to the overview; not printed. */
export function siteNavigation(current: SitePage, kommune: string): SafeHtml {
  const links: [string, string, SitePage | 'pdf' | 'oversigt'][] = [
    ['../index.html', 'Alle kommuner', 'oversigt'],
    ['kvalitetsstandard.html', 'Kvalitetsstandarden', 'standard'],
    [
      current === 'standard' ? 'kvalitetsstandard.pdf' : 'compliance.pdf',
      current === 'standard' ? 'Kvalitetsstandarden som PDF' : 'Vurderingen som PDF',
      'pdf',
    ],
    ['compliance.html', 'Vurdering efter bekendtgørelsen', 'vurdering'],
  ];
  return html`<nav class="udgivelse" aria-label="${kommune}: sider">
<ul>${links.map(([href, label, page]) => html`<li><a href="${href}"${page === current ? new SafeHtml(' aria-current="page"') : ''}>${label}</a></li>`)}</ul>
</nav>`;
}

type Contact = NonNullable<SiteFacts['contact']>;

/** »Rusmiddelcentret, telefon 89 15 00 00, rusmiddel@kommune.dk« with the number, address and page linked. */
export function contactHtml(contact: Contact): SafeHtml {
  const parts = [
    contact.navn,
    contact.telefon ? html`telefon <a href="tel:${contact.telefon.replace(/[^\d+]/g, '')}">${keepTogether(contact.telefon)}</a>` : undefined,
    contact.email ? html`<a href="mailto:${contact.email}">${contact.email}</a>` : undefined,
    contact.url ? html`<a href="${contact.url}">${contact.url}</a>` : undefined,
  ].filter((part) => part !== undefined);
  return html`${parts.map((part, index) => html`${index > 0 ? ', ' : ''}${part}`)}`;
}

/** » Godkendelse planlagt: Byrådet 1. marts 2027.« when the document states an approval after the date it is judged at. */
export const plannedText = (facts: SiteFacts): string => (facts.plannedApproval ? ` Godkendelse planlagt: ${facts.plannedApproval}.` : '');

/** The footer (colophon): approval or draft, last updated, legal basis, publication, contact, accessibility statement. */
export function siteFooter(facts: SiteFacts): SafeHtml {
  const contact = facts.contact;
  return html`<footer class="sidefod">
<p>${facts.kommune}: ${facts.titel}.</p>
<p>${facts.approval ? `${facts.approval}.` : html`<strong class="udkast">${draftMarking}.</strong>`}${plannedText(facts)}${facts.updated ? ` Sidst opdateret ${facts.updated}.` : ''}${facts.nextRevision ? ` Næste revision: ${facts.nextRevision}.` : ''}</p>
${facts.legalBasis.length > 0 ? html`<p>Lovgrundlag, som standarden selv angiver det: ${new SafeHtml(facts.legalBasis.map((basis) => linkLegalCitations(keepTogether(basis))).join('; '))}.</p>` : ''}
${facts.publicationUrl ? html`<p>Standarden er offentliggjort på <a href="${facts.publicationUrl}">${facts.publicationUrl}</a>.</p>` : ''}
${contact ? html`<p>Kontakt: ${contactHtml(contact)}.</p>` : ''}
${facts.accessibilityStatement ? html`<p><a href="${facts.accessibilityStatement}">Tilgængelighedserklæring</a></p>` : ''}
</footer>`;
}
