/**
 * What makes the PDF identify itself as PDF/A-2a and PDF/UA-1: the Info dictionary and an
 * XMP packet that says the same (title with the municipality, author, subject, keywords,
 * Danish; the approval in fields of its own), an sRGB OutputIntent, printable
 * annotations, no encryption and a file identifier that is a hash of the content.
 *
 * Level a rather than u: a is u plus a logical structure (tagged, standard or role-mapped
 * types, a natural language), which PDF/UA-1 demands anyway and the checker verifies.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFHexString, PDFNumber, pdfName, type PDFDocument, type PDFRef } from './pdf-lib.js';

export interface Approval {
  organ: string;
  /** ÅÅÅÅ-MM-DD, or ÅÅÅÅ-MM or ÅÅÅÅ where the document says no more (XMP dates allow both). */
  dato: string | number;
}

export interface ArchiveMetadata {
  /** Shown in the viewer's title bar: names the municipality. */
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  approvals?: Approval[];
  /** The standard's latest revision, where it says so (as `dato`). */
  revised?: string | number;
}

export const producer = 'kvalitetsstandard (Chromium og pdf-lib)';
export const creatorTool = 'kvalitetsstandard';
/** Our own XMP namespace for the approval: PDF/A wants it described (extension schema below). */
export const approvalNamespace = 'urn:kvalitetsstandard:xmp:1/';
const iccPath = new URL('../../assets/icc/sRGB.icc', import.meta.url);
let iccProfile: Uint8Array | undefined;

const key = pdfName;
const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The build's time, or SOURCE_DATE_EPOCH's for a reproducible build; whole seconds, UTC. */
export function buildTime(): Date {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  const date = Number.isFinite(epoch) && process.env.SOURCE_DATE_EPOCH ? new Date(epoch * 1000) : new Date();
  date.setUTCMilliseconds(0);
  return date;
}

const xmpDate = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

function extensionSchema(schema: string, namespace: string, prefix: string, properties: [name: string, type: string, description: string][]): string {
  const items = properties
    .map(
      ([name, type, description]) =>
        `<rdf:li rdf:parseType="Resource"><pdfaProperty:name>${name}</pdfaProperty:name><pdfaProperty:valueType>${type}</pdfaProperty:valueType><pdfaProperty:category>external</pdfaProperty:category><pdfaProperty:description>${xml(description)}</pdfaProperty:description></rdf:li>`,
    )
    .join('');
  return `<rdf:li rdf:parseType="Resource"><pdfaSchema:schema>${xml(schema)}</pdfaSchema:schema><pdfaSchema:namespaceURI>${namespace}</pdfaSchema:namespaceURI><pdfaSchema:prefix>${prefix}</pdfaSchema:prefix><pdfaSchema:property><rdf:Seq>${items}</rdf:Seq></pdfaSchema:property></rdf:li>`;
}

export function xmpPacket(metadata: ArchiveMetadata, keywords: string, created: Date): string {
  const seq = (values: string[]) => `<rdf:Seq>${values.map((value) => `<rdf:li>${xml(value)}</rdf:li>`).join('')}</rdf:Seq>`;
  const alt = (value: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${xml(value)}</rdf:li></rdf:Alt>`;
  const approvals = metadata.approvals ?? [];
  const approvalFields = [
    approvals.length > 0 ? `<ks:ApprovedBy>${seq(approvals.map((approval) => approval.organ))}</ks:ApprovedBy>` : '',
    approvals.length > 0 ? `<ks:ApprovalDate>${seq(approvals.map((approval) => String(approval.dato)))}</ks:ApprovalDate>` : '',
    metadata.revised !== undefined ? `<ks:Revised>${xml(String(metadata.revised))}</ks:Revised>` : '',
  ].join('');
  const date = xmpDate(created);
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" xmlns:ks="${approvalNamespace}" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
<dc:format>application/pdf</dc:format>
<dc:title>${alt(metadata.title)}</dc:title>
<dc:creator>${seq([metadata.author])}</dc:creator>
<dc:description>${alt(metadata.subject)}</dc:description>
<dc:subject><rdf:Bag>${metadata.keywords.map((word) => `<rdf:li>${xml(word)}</rdf:li>`).join('')}</rdf:Bag></dc:subject>
<dc:language><rdf:Bag><rdf:li>da</rdf:li></rdf:Bag></dc:language>
<pdf:Keywords>${xml(keywords)}</pdf:Keywords>
<pdf:Producer>${xml(producer)}</pdf:Producer>
<xmp:CreatorTool>${creatorTool}</xmp:CreatorTool>
<xmp:CreateDate>${date}</xmp:CreateDate>
<xmp:ModifyDate>${date}</xmp:ModifyDate>
<xmp:MetadataDate>${date}</xmp:MetadataDate>
<pdfaid:part>2</pdfaid:part>
<pdfaid:conformance>A</pdfaid:conformance>
<pdfuaid:part>1</pdfuaid:part>
${approvalFields}
<pdfaExtension:schemas><rdf:Bag>${extensionSchema('PDF/UA Universal Accessibility Schema', 'http://www.aiim.org/pdfua/ns/id/', 'pdfuaid', [['part', 'Integer', 'Part of ISO 14289 the file conforms to']])}${extensionSchema(
    'Kvalitetsstandardens godkendelse',
    approvalNamespace,
    'ks',
    [
      ['ApprovedBy', 'Seq Text', 'The political bodies that approved the quality standard, in order'],
      ['ApprovalDate', 'Seq Date', 'The date of each approval, in the same order'],
      ['Revised', 'Date', 'The date the standard was last revised'],
    ],
  )}</rdf:Bag></pdfaExtension:schemas>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

function outputIntent(document: PDFDocument): PDFRef {
  iccProfile ??= readFileSync(iccPath);
  const context = document.context;
  const profile = context.stream(deflateSync(iccProfile), { N: 3, Filter: 'FlateDecode' });
  return context.register(
    context.obj({
      Type: 'OutputIntent',
      S: 'GTS_PDFA1',
      OutputConditionIdentifier: PDFHexString.fromText('sRGB IEC61966-2.1'),
      Info: PDFHexString.fromText('sRGB IEC61966-2.1'),
      DestOutputProfile: context.register(profile),
    }),
  );
}

/**
 * Info, XMP, OutputIntent, viewer preferences and annotation flags; the trailer /ID is
 * a hash over Chromium's output and the metadata, so the same print gives the same ID.
 */
export function makeArchival(document: PDFDocument, metadata: ArchiveMetadata, printed: Uint8Array, created = buildTime()): void {
  const context = document.context;
  const keywords = metadata.keywords.join(', ');
  document.setTitle(metadata.title, { showInWindowTitleBar: true });
  document.setAuthor(metadata.author);
  document.setSubject(metadata.subject);
  document.setKeywords([keywords]);
  document.setCreator(creatorTool);
  document.setProducer(producer);
  document.setLanguage('da');
  document.setCreationDate(created);
  document.setModificationDate(created);

  const xmp = Buffer.from(xmpPacket(metadata, keywords, created), 'utf8');
  // PDF/A: the metadata stream is not filtered, so any tool can read it.
  document.catalog.set(key('Metadata'), context.register(context.stream(xmp, { Type: 'Metadata', Subtype: 'XML' })));
  document.catalog.set(key('OutputIntents'), context.obj([outputIntent(document)]));
  const markInfo = document.catalog.lookupMaybe(key('MarkInfo'), PDFDict) ?? (context.obj({}) as PDFDict);
  markInfo.set(key('Marked'), context.obj(true));
  markInfo.delete(key('Suspects'));
  document.catalog.set(key('MarkInfo'), markInfo);

  // PDF/A-2 § 6.3.2: annotations are printed and not hidden; PDF/UA 28-008: tab order follows the structure.
  for (const page of document.getPages()) {
    const annotations = page.node.lookupMaybe(key('Annots'), PDFArray);
    if (!annotations || annotations.size() === 0) continue;
    page.node.set(key('Tabs'), key('S'));
    for (const ref of annotations.asArray()) {
      const annotation = context.lookup(ref);
      if (annotation instanceof PDFDict) annotation.set(key('F'), PDFNumber.of(4));
    }
  }

  delete context.trailerInfo.Encrypt;
  const id = createHash('md5').update(printed).update(xmp).digest('hex');
  context.trailerInfo.ID = context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
}
