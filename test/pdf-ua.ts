/**
 * A PDF/UA-1 and PDF/A-2 checker for the tests (there is no veraPDF here). It covers the
 * Matterhorn Protocol failure conditions a program can decide that apply to what
 * Chromium prints, and the PDF/A-2 identification and metadata rules:
 *
 * - 01-003 / 01-004 / 01-005: page content (text, painted paths, images, shadings) is
 *   either an artifact or tagged with an MCID, and the two never nest (pdfjs' operator lists)
 * - 01-007: no Suspects true
 * - 02-001 / 02-003 / 02-004: every structure type is standard or role-mapped to one,
 *   without cycles, and no standard type is remapped
 * - 06-001 / 06-002 / 06-003: an XMP stream with pdfuaid:part 1 and dc:title
 * - 07-001 / 07-002: DisplayDocTitle true
 * - 09-004 / 09-005: tables and lists as ISO 32000-1 Tables 337 and 336 have them
 * - 10-001: every glyph shown has a Unicode value
 * - 11-001: the document's natural language (/Lang) is given
 * - 13-004: every Figure has Alt or ActualText
 * - 14-003: heading levels are not skipped going down
 * - 28-008 / 28-009: a page with annotations has /Tabs /S
 * - 28-011 / 28-012: every link annotation belongs to a Link element and has /Contents
 * - checkpoint 31 (fonts): every font is embedded (FontFile, FontFile2 or FontFile3) and has a ToUnicode CMap
 * - PDF/A-2: pdfaid:part 2 with conformance A or U, Info and XMP agree (title,
 *   author, subject, keywords, creator tool, producer, dates), an sRGB OutputIntent,
 *   an unfiltered metadata stream, a file /ID, no encryption, printable annotations.
 *
 * It also gives the text a screen reader gets: the tagged glyphs in structure order, each
 * block-level element on a line of its own and inline ones (Span, Link, …) run on.
 */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFRawStream, PDFRef, PDFStream, PDFString, type PDFObject } from 'pdf-lib';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface Finding {
  /** Matterhorn failure condition (»01-005«) or PDF/A rule (»PDF/A-2 6.6.2«). */
  condition: string;
  detail: string;
}

export interface PdfCheck {
  findings: Finding[];
  /** The tagged glyphs in structure order: block elements on lines of their own. */
  taggedText: string;
  counts: { untagged: number; artifacts: number; tagged: number; links: number };
}

const standard = new Set(
  'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form'.split(
    ' ',
  ),
);
/** ISO 32000-1 Tables 336 and 337: which children each list and table element may have. */
const allowedChildren: Record<string, Set<string>> = {
  L: new Set(['LI', 'L', 'Caption']),
  LI: new Set(['Lbl', 'LBody']),
  Table: new Set(['TR', 'THead', 'TBody', 'TFoot', 'Caption']),
  THead: new Set(['TR']),
  TBody: new Set(['TR']),
  TFoot: new Set(['TR']),
  TR: new Set(['TH', 'TD']),
};
const paintOps = new Set(
  [
    'showText',
    'showSpacedText',
    'nextLineShowText',
    'nextLineSetSpacingShowText',
    'paintImageXObject',
    'paintInlineImageXObject',
    'paintImageMaskXObject',
    'paintImageXObjectRepeat',
    'paintImageMaskXObjectRepeat',
    'paintSolidColorImageMask',
    'paintInlineImageXObjectGroup',
    'paintImageMaskXObjectGroup',
    'shadingFill',
  ].map((name) => (OPS as Record<string, number>)[name]),
);
/** Structure types read on as part of the surrounding text (ISO 32000-1 § 14.8.4.4 inline-level, and NonStruct). */
const inline = new Set([
  'Span',
  'Quote',
  'Note',
  'Reference',
  'BibEntry',
  'Code',
  'Link',
  'Annot',
  'Ruby',
  'RB',
  'RT',
  'RP',
  'Warichu',
  'WT',
  'WP',
  'NonStruct',
]);
const textOps = new Set(['showText', 'showSpacedText', 'nextLineShowText', 'nextLineSetSpacingShowText'].map((name) => (OPS as Record<string, number>)[name]));

const text = (object: PDFObject | undefined) => (object instanceof PDFString || object instanceof PDFHexString ? object.decodeText() : undefined);
const decodeXml = (value: string) =>
  value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of an XMP property: simple, or the x-default / first item of an Alt, Seq or Bag. */
export function xmpProperty(xmp: string, name: string): string | undefined {
  const match = new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`).exec(xmp);
  if (!match) return undefined;
  const items = [...match[1]!.matchAll(/<rdf:li(?:\s[^>]*)?>([\s\S]*?)<\/rdf:li>/g)].map((item) => decodeXml(item[1]!));
  return items.length > 0 ? items.join('; ') : decodeXml(match[1]!.trim());
}

/** D:YYYYMMDDHHmmSS[Z|±HH'mm'] → ms since 1970. */
function pdfDate(value: string | undefined): number | undefined {
  const match = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{2}'?)?/.exec(value ?? '');
  if (!match) return undefined;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', zone = 'Z'] = match;
  const offset = zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.replace(/'/g, '').slice(3, 5) || '00'}`;
  return Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`);
}

export async function checkPdf(bytes: Uint8Array): Promise<PdfCheck> {
  const findings: Finding[] = [];
  const fail = (condition: string, detail: string) => findings.push({ condition, detail });
  const document = await PDFDocument.load(bytes, { updateMetadata: false });
  const { context, catalog } = document;

  // --- Document level
  const lang = text(catalog.lookup(PDFName.of('Lang')));
  if (!lang) fail('11-001', 'no /Lang in the catalog');
  const markInfo = catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict);
  if (markInfo?.lookup(PDFName.of('Marked'))?.toString() !== 'true') fail('PDF/UA 7.1', 'MarkInfo /Marked is not true');
  if (markInfo?.lookup(PDFName.of('Suspects'))?.toString() === 'true') fail('01-007', 'Suspects true');
  const viewer = catalog.lookupMaybe(PDFName.of('ViewerPreferences'), PDFDict);
  const displayTitle = viewer?.lookup(PDFName.of('DisplayDocTitle'));
  if (displayTitle === undefined) fail('07-001', 'no DisplayDocTitle');
  else if (displayTitle.toString() !== 'true') fail('07-002', 'DisplayDocTitle is false');

  const metadata = catalog.lookup(PDFName.of('Metadata'));
  let xmp = '';
  if (!(metadata instanceof PDFStream)) fail('06-001', 'no XMP metadata stream');
  else {
    if (metadata.dict.get(PDFName.of('Filter'))) fail('PDF/A-2 6.6.2.1', 'the metadata stream is filtered');
    xmp = Buffer.from((metadata as PDFRawStream).contents).toString('utf8');
    if (xmpProperty(xmp, 'pdfuaid:part') !== '1') fail('06-002', 'no pdfuaid:part 1');
    if (!xmpProperty(xmp, 'dc:title')) fail('06-003', 'no dc:title');
    if (xmpProperty(xmp, 'pdfaid:part') !== '2' || !/^[AU]$/.test(xmpProperty(xmp, 'pdfaid:conformance') ?? ''))
      fail('PDF/A-2 6.6.4', 'no pdfaid:part 2 with conformance A or U');
    if (xmpProperty(xmp, 'dc:language') !== lang) fail('PDF/A-2 6.6.2', `dc:language ${xmpProperty(xmp, 'dc:language')} is not the document's /Lang ${lang}`);
  }
  const info = context.lookup(context.trailerInfo.Info);
  const infoText = (name: string) => (info instanceof PDFDict ? text(info.lookup(PDFName.of(name))) : undefined);
  if (xmp) {
    const pairs: [string, string][] = [
      ['Title', 'dc:title'],
      ['Author', 'dc:creator'],
      ['Subject', 'dc:description'],
      ['Keywords', 'pdf:Keywords'],
      ['Creator', 'xmp:CreatorTool'],
      ['Producer', 'pdf:Producer'],
    ];
    for (const [infoKey, property] of pairs) {
      if (infoText(infoKey) !== xmpProperty(xmp, property))
        fail('PDF/A-2 6.6.3', `Info /${infoKey} »${infoText(infoKey)}« and ${property} »${xmpProperty(xmp, property)}« differ`);
    }
    for (const [infoKey, property] of [
      ['CreationDate', 'xmp:CreateDate'],
      ['ModDate', 'xmp:ModifyDate'],
    ] as const) {
      if (pdfDate(infoText(infoKey)) !== Date.parse(xmpProperty(xmp, property) ?? '')) fail('PDF/A-2 6.6.3', `Info /${infoKey} and ${property} differ`);
    }
  }
  const intents = catalog.lookupMaybe(PDFName.of('OutputIntents'), PDFArray);
  const intent = intents?.lookupMaybe(0, PDFDict);
  const profile = intent?.lookup(PDFName.of('DestOutputProfile'));
  if (intent?.get(PDFName.of('S'))?.toString() !== '/GTS_PDFA1' || !(profile instanceof PDFStream) || profile.dict.get(PDFName.of('N'))?.toString() !== '3') {
    fail('PDF/A-2 6.2.3', 'no GTS_PDFA1 OutputIntent with an RGB ICC profile');
  }
  const id = context.trailerInfo.ID;
  if (!(id instanceof PDFArray) || id.size() !== 2) fail('PDF/A-2 6.1.3', 'no file identifier');
  if (context.trailerInfo.Encrypt) fail('PDF/A-2 6.1.3', 'encrypted');

  // --- Structure tree
  const root = catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  const roleMap = root?.lookupMaybe(PDFName.of('RoleMap'), PDFDict);
  const role = new Map<string, string>();
  for (const [name, value] of roleMap?.entries() ?? []) role.set(name.decodeText(), value instanceof PDFName ? value.decodeText() : '');
  for (const name of role.keys()) if (standard.has(name)) fail('02-004', `standard type ${name} is remapped`);
  const resolve = (type: string): string | undefined => {
    const seen = new Set<string>();
    let current = type;
    while (!standard.has(current)) {
      if (seen.has(current)) {
        fail('02-003', `circular role mapping from ${type}`);
        return undefined;
      }
      seen.add(current);
      const next = role.get(current);
      if (next === undefined) return undefined;
      current = next;
    }
    return current;
  };
  const linkAnnotations = new Set<PDFObject>();
  const headingLevels: number[] = [];
  const pageIndex = new Map(document.getPages().map((page, index) => [page.ref, index]));
  /** Structure order: marked content by page and MCID, and line breaks around block elements. */
  const reading: ({ page: number; mcid: number } | '\n')[] = [];
  const walk = (node: PDFObject | undefined, inheritedPage?: PDFObject) => {
    const dict = node instanceof PDFRef ? context.lookup(node) : node;
    if (dict instanceof PDFArray) return dict.asArray().forEach((item) => walk(item, inheritedPage));
    if (node instanceof PDFNumber) {
      const page = pageIndex.get(inheritedPage as PDFRef);
      if (page !== undefined) reading.push({ page, mcid: node.asNumber() });
      return;
    }
    if (!(dict instanceof PDFDict)) return;
    const kind = dict.get(PDFName.of('Type'))?.toString();
    if (kind === '/MCR') {
      const page = pageIndex.get((dict.get(PDFName.of('Pg')) ?? inheritedPage) as PDFRef);
      const mcid = dict.get(PDFName.of('MCID'));
      if (page !== undefined && mcid instanceof PDFNumber) reading.push({ page, mcid: mcid.asNumber() });
      return;
    }
    if (kind === '/OBJR') return;
    const raw = dict.get(PDFName.of('S'));
    const type = raw instanceof PDFName ? raw.decodeText() : '';
    const resolved = resolve(type);
    if (resolved === undefined) fail('02-001', `structure type ${type} is neither standard nor role-mapped to one`);
    const kids = dict.get(PDFName.of('K'));
    const items = kids instanceof PDFArray ? kids.asArray() : kids ? [kids] : [];
    const childTypes = items.flatMap((item) => {
      const child = item instanceof PDFRef ? context.lookup(item) : item;
      if (!(child instanceof PDFDict) || ['/MCR', '/OBJR'].includes(child.get(PDFName.of('Type'))?.toString() ?? ''))
        return item instanceof PDFNumber || child instanceof PDFDict ? ['(content)'] : [];
      const childType = child.get(PDFName.of('S'));
      return [resolve(childType instanceof PDFName ? childType.decodeText() : '') ?? '?'];
    });
    const allowed = resolved && allowedChildren[resolved];
    if (allowed) {
      const wrong = childTypes.filter((child) => !allowed.has(child));
      if (wrong.length > 0) fail(resolved === 'L' || resolved === 'LI' ? '09-005' : '09-004', `${resolved} contains ${[...new Set(wrong)].join(', ')}`);
    }
    if (resolved === 'Figure' && !dict.get(PDFName.of('Alt')) && !dict.get(PDFName.of('ActualText'))) fail('13-004', 'Figure without Alt');
    const heading = /^H([1-6])$/.exec(resolved ?? '');
    if (heading) headingLevels.push(Number(heading[1]));
    if (resolved === 'Link') {
      for (const item of items) {
        const child = item instanceof PDFRef ? context.lookup(item) : item;
        if (child instanceof PDFDict && child.get(PDFName.of('Type'))?.toString() === '/OBJR')
          linkAnnotations.add(context.lookup(child.get(PDFName.of('Obj')) as PDFRef) as PDFObject);
      }
    }
    const block = !inline.has(resolved ?? '');
    if (block) reading.push('\n');
    const page = dict.get(PDFName.of('Pg')) ?? inheritedPage;
    items.forEach((item) => walk(item, page));
    if (block) reading.push('\n');
  };
  if (!root) fail('01-005', 'no structure tree');
  else walk(root.get(PDFName.of('K')));
  headingLevels.forEach((level, index) => {
    if (index > 0 && level > headingLevels[index - 1]! + 1) fail('14-003', `H${headingLevels[index - 1]} is followed by H${level}`);
  });

  // --- Pages: annotations and fonts
  let links = 0;
  const fontsSeen = new Set<PDFObject>();
  for (const [index, page] of document.getPages().entries()) {
    const annotations =
      page.node
        .lookupMaybe(PDFName.of('Annots'), PDFArray)
        ?.asArray()
        .map((ref) => context.lookup(ref)) ?? [];
    if (annotations.length > 0) {
      const tabs = page.node.get(PDFName.of('Tabs'));
      if (!tabs) fail('28-008', `page ${index + 1} has annotations and no /Tabs`);
      else if (tabs.toString() !== '/S') fail('28-009', `page ${index + 1} has /Tabs ${tabs}`);
    }
    for (const annotation of annotations) {
      if (!(annotation instanceof PDFDict)) continue;
      const flags = annotation.lookup(PDFName.of('F'));
      if (!(flags instanceof PDFNumber) || (flags.asNumber() & 0b100110) !== 0b100)
        fail('PDF/A-2 6.3.2', `annotation on page ${index + 1} is not set to print`);
      if (annotation.get(PDFName.of('Subtype'))?.toString() !== '/Link') continue;
      links++;
      if (!text(annotation.lookup(PDFName.of('Contents')))?.trim()) fail('28-012', `link on page ${index + 1} has no /Contents`);
      if (!linkAnnotations.has(annotation)) fail('28-011', `link on page ${index + 1} is not in a Link element`);
    }
    const fonts = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict);
    for (const [name, ref] of fonts?.entries() ?? []) {
      const font = context.lookup(ref);
      if (!(font instanceof PDFDict) || fontsSeen.has(font)) continue;
      fontsSeen.add(font);
      const subtype = font.get(PDFName.of('Subtype'))?.toString();
      const descendant = subtype === '/Type0' ? font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray)?.lookupMaybe(0, PDFDict) : font;
      const descriptor = descendant?.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
      if (subtype !== '/Type3' && !['FontFile', 'FontFile2', 'FontFile3'].some((key) => descriptor?.get(PDFName.of(key))))
        fail('31 (fonts)', `font ${name.decodeText()} is not embedded`);
      if (!font.get(PDFName.of('ToUnicode'))) fail('31 (fonts)', `font ${name.decodeText()} has no ToUnicode`);
    }
  }

  // --- Content: every painting operator inside an artifact or tagged content (pdfjs)
  const counts = { untagged: 0, artifacts: 0, tagged: 0, links };
  const mcidText = new Map<string, string>();
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  try {
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const { fnArray, argsArray } = await page.getOperatorList();
      const stack: { artifact: boolean; mcid?: number }[] = [];
      let untaggedOnPage = 0;
      fnArray.forEach((fn, index) => {
        const args = argsArray[index] as unknown[];
        if (fn === OPS.beginMarkedContent || fn === OPS.beginMarkedContentProps) {
          const tag = typeof args[0] === 'string' ? args[0] : (args[0] as { name?: string } | undefined)?.name;
          const mcid = fn === OPS.beginMarkedContentProps && typeof args[1] === 'number' ? args[1] : undefined;
          const insideArtifact = stack.some((entry) => entry.artifact);
          const insideTagged = stack.some((entry) => entry.mcid !== undefined);
          if (tag === 'Artifact' && insideTagged) fail('01-003', `page ${number}: artifact inside tagged content`);
          if (mcid !== undefined && tag !== 'Artifact' && insideArtifact) fail('01-004', `page ${number}: tagged content inside an artifact`);
          stack.push({ artifact: tag === 'Artifact', mcid });
          return;
        }
        if (fn === OPS.endMarkedContent) {
          stack.pop();
          return;
        }
        const paints = paintOps.has(fn) || (fn === OPS.constructPath && args[0] !== OPS.endPath);
        if (!paints) return;
        if (stack.some((entry) => entry.artifact)) counts.artifacts++;
        else if (stack.some((entry) => entry.mcid !== undefined)) {
          counts.tagged++;
          const mcid = [...stack].reverse().find((entry) => entry.mcid !== undefined)!.mcid;
          if (textOps.has(fn)) {
            for (const glyph of (args[0] as ({ unicode?: string } | number | null)[]) ?? []) {
              if (!glyph || typeof glyph === 'number') continue;
              if (!glyph.unicode || glyph.unicode === '\uFFFD') fail('10-001', `page ${number}: a glyph without Unicode`);
              else mcidText.set(`${number - 1}/${mcid}`, (mcidText.get(`${number - 1}/${mcid}`) ?? '') + glyph.unicode);
            }
          }
        } else {
          counts.untagged++;
          untaggedOnPage++;
        }
      });
      if (untaggedOnPage > 0) fail('01-005', `page ${number}: ${untaggedOnPage} painting operators neither artifact nor tagged`);
      page.cleanup();
    }
  } finally {
    await pdf.destroy();
  }
  const taggedText = reading
    .map((item) => (item === '\n' ? '\n' : (mcidText.get(`${item.page}/${item.mcid}`) ?? '')))
    .join('')
    .replace(/\n+/g, '\n');
  return { findings, taggedText, counts };
}

/** Words of a text, lower case: letters and digits. */
export const words = (value: string) => value.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Words in the PDF's tagged text that are not in the page's own text (its innerText in print,
 * from Chromium) but are two of its words run together. Numbers are left out: the printer
 * fills in page numbers the page on disk does not have.
 */
export function runTogether(pdfText: string, pageText: string): string[] {
  const known = new Set(words(pageText));
  return words(pdfText).filter((word) => {
    if (known.has(word) || /^\d+$/.test(word)) return false;
    for (let cut = 1; cut < word.length; cut++) if (known.has(word.slice(0, cut)) && known.has(word.slice(cut))) return true;
    return false;
  });
}
