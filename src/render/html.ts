/** Stage 4 (HTML): a valid document becomes one self-contained, accessible page. */
import { readFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { embeddedFonts } from './fonts.js';
import { documentView } from './model.js';
import { contactHtml, draftMarking, siteFacts, siteFooter, siteNavigation } from './site.js';
import { linkLegalCitations } from './legal-links.js';
import { layoutFor, stylesheet } from './templates.js';
import type { Kvalitetsstandard } from '../generated/kvalitetsstandard.js';

const imageTypes: Record<string, string> = { '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg' };

export class LogoError extends Error {
  override readonly name = 'LogoError';
  constructor(readonly logo: string) {
    super(logo);
  }
}

function logoDataUri(file: string, logo: string | undefined): string | undefined {
  if (!logo) return undefined;
  const path = resolve(dirname(file), logo);
  const type = imageTypes[extname(path).toLowerCase()];
  try {
    if (!type) throw new Error('type');
    return `data:${type};base64,${readFileSync(path).toString('base64')}`;
  } catch {
    throw new LogoError(logo);
  }
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
    lovgrundlagHtml: view.lovgrundlag.map(linkLegalCitations),
    fontFaces: embeddedFonts(),
    styles: stylesheet(),
  });
  return html;
}
