/** Stage 4 (HTML): a valid document becomes one self-contained, accessible page. */
import { readLogo } from '../files.js';
import { UserError } from '../usage.js';
import { embeddedFonts } from './fonts.js';
import { documentView } from './model.js';
import { contactHtml, draftMarking, siteFacts, siteFooter, siteNavigation } from './site.js';
import { linkLegalCitations } from './legal-links.js';
import { keepTogether } from './nonbreaking.js';
import { layoutFor, stylesheet } from './templates.js';
import type { Kvalitetsstandard } from '../generated/kvalitetsstandard.js';

/** The logo as a data: URL, read by the rule validate shares (src/files.ts); a problem is the user's to fix. */
function logoDataUri(file: string, logo: string | undefined): string | undefined {
  if (!logo) return undefined;
  const read = readLogo(file, logo);
  if (!read.ok) throw new UserError(read.code, read.args);
  return `data:${read.type};base64,${read.bytes.toString('base64')}`;
}

/** `site`: the page is published beside its PDF, annex and overview, and links to them (not in the preview). */
export function renderDocument(file: string, municipality: string, document: Kvalitetsstandard, { site = true }: { site?: boolean } = {}): string {
  const view = documentView(document);
  const layout = layoutFor(file, municipality);
  const facts = siteFacts(document);
  const html = layout({
    ...view,
    farve: view.farve ?? '#004b87',
    logo: logoDataUri(file, document.praesentation?.logo),
    godkendelseTekst: facts.approval,
    udkast: facts.approval ? undefined : draftMarking,
    sidstOpdateret: facts.updated,
    naesteRevision: facts.nextRevision,
    offentliggjort: facts.publicationUrl,
    kontakt: facts.contact ? contactHtml(facts.contact).value : undefined,
    navigation: site ? siteNavigation('standard', view.kommune).value : '',
    sidefod: siteFooter(facts).value,
    lovgrundlagHtml: view.lovgrundlag.map((basis) => linkLegalCitations(keepTogether(basis))),
    fontFaces: embeddedFonts(),
    styles: stylesheet(),
  });
  return html;
}
