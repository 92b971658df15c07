/**
 * What a Word document holds beyond what the converter shows as it stands: text formatted as
 * hidden (which it would publish), the shown result of a simple field (which it would drop),
 * reviewer comments and embedded HTML or RTF chunks (which it ignores), links to addresses
 * no web page can use, and tracked changes not yet accepted or rejected (which it reads as
 * accepted). Hidden text is left out, field results are kept, links to such addresses lose
 * the link but keep their text, tracked changes are read as accepted (inserted text kept,
 * deleted text left out, also by the scans here); each is counted for the report, so
 * nothing the document shows vanishes or changes without a line there. Every scan is one
 * forward pass.
 */
import type { ImportedStandard } from './imported.js';
import { canonicalMarkup } from './canonical-markup.js';
import { ImportError } from './errors.js';
import { type DeadEnds, type PartContext, withoutDanglingReferences } from './references.js';
import { namespaceDeclarations, withWordPrefixes } from './prefixes.js';
import { withTextBoxesRead } from './text-boxes.js';
import { decodeXml, paragraphsOfPart } from './xml-text.js';

export interface Unseen extends DeadEnds {
  /** The text of each hidden run left out. */
  hidden: string[];
  /** The first paragraph of each reviewer comment. */
  comments: string[];
  /** Embedded chunks of another format (w:altChunk). */
  altChunks: number;
  /** Links whose address is not for the web: their text and address. */
  links: Array<{ text: string; address: string }>;
  /** Links to a file beside the document (a relative address, »bilag.docx«, »..\\x.pdf«), which leads nowhere on the web: their text and address. */
  fileLinks: Array<{ text: string; address: string }>;
  /** What the styles part says about hiding text. */
  styles: StyleHiding;
  /** Tracked changes (»Spor ændringer«) read as accepted. */
  changes: TrackedChanges;
}

/**
 * Tracked changes: insertions and deletions (moves count as both) that hold content, and the
 * other changes (formatting, a paragraph mark, a table row), with the first few texts of each.
 */
export interface TrackedChanges {
  inserted: number;
  deleted: number;
  other: number;
  insertedTexts: string[];
  deletedTexts: string[];
}

/**
 * What a styles part says about hiding text (»Skjult«): each style's own run properties (true
 * hides, false shows again, undefined says nothing) and the style it is based on, the style
 * of each kind that applies where none is named, and the document's default run properties.
 */
interface StyleHiding {
  own: Map<string, boolean | undefined>;
  basedOn: Map<string, string>;
  defaults: Map<string, string>;
  document?: boolean;
  /** The list styles (type »numbering«), which a numbering's numStyleLink names. */
  numbering: Set<string>;
}

export const nothingUnseen = (): Unseen => ({
  hidden: [],
  comments: [],
  altChunks: 0,
  links: [],
  fileLinks: [],
  styles: { own: new Map(), basedOn: new Map(), defaults: new Map(), numbering: new Set() },
  changes: { inserted: 0, deleted: 0, other: 0, insertedTexts: [], deletedTexts: [] },
  deadLinks: [],
  missingPictures: [],
  missingNotes: [],
});

/** A simple field (»DATE«, »PAGE«) as its shown result: the wrapper goes, the runs inside stay. */
export function showFieldResults(xml: string): string {
  return xml.includes('<w:fldSimple') ? xml.replace(/<w:fldSimple\b[^<>]*>|<\/w:fldSimple>/g, '') : xml;
}

/** Whether run properties hide the text: true, false where `w:val="0"` and the like show it again, undefined where they do not say. */
function vanishes(properties: string): boolean | undefined {
  const tag = /<w:vanish\b[^<>]*>/.exec(properties)?.[0];
  return tag === undefined ? undefined : !/w:val="(?:0|false|off)"/.test(tag);
}

/** The run properties inside `element` (»rPrDefault«, a style): what lies between its <w:rPr> and </w:rPr>. */
const runPropertiesIn = (xml: string) => /<w:rPr(?:\s[^<>]*)?>([\s\S]*?)<\/w:rPr>/.exec(xml)?.[1] ?? '';

/** Reads what a styles part says about hiding text into `hiding`. */
function readStyleHiding(xml: string, hiding: StyleHiding): void {
  const defaults = /<w:rPrDefault>([\s\S]*?)<\/w:rPrDefault>/.exec(xml)?.[1];
  if (defaults !== undefined) hiding.document = vanishes(runPropertiesIn(defaults));
  for (const style of xml.split('</w:style>')) {
    const start = style.lastIndexOf('<w:style ');
    const tag = start < 0 ? '' : style.slice(start, style.indexOf('>', start));
    const id = /w:styleId="([^"]*)"/.exec(tag)?.[1];
    if (id === undefined) continue;
    const body = style.slice(start);
    hiding.own.set(id, vanishes(runPropertiesIn(body)));
    const parent = /<w:basedOn w:val="([^"]*)"/.exec(body)?.[1];
    if (parent !== undefined) hiding.basedOn.set(id, parent);
    const type = /w:type="([^"]*)"/.exec(tag)?.[1];
    if (type === 'numbering') hiding.numbering.add(id);
    if (type !== undefined && /w:default="(?:1|true|on)"/.test(tag)) hiding.defaults.set(type, id);
  }
}

/**
 * Whether a style of `type`, or the default style of that type where none is named, hides its
 * text: its own run properties say so, or those of the style it is based on (followed a
 * bounded number of steps, so a loop ends); undefined where none of them says.
 */
function styleHides(hiding: StyleHiding, type: string, named: string | null | undefined): boolean | undefined {
  let id = named ?? hiding.defaults.get(type);
  for (let steps = 50; id !== undefined && steps > 0; steps -= 1) {
    const own = hiding.own.get(id);
    if (own !== undefined) return own;
    id = hiding.basedOn.get(id);
  }
  return undefined;
}

/** A run's start and end, the start and end of run properties, and the setting that hides text. */
const runTokens = /<w:r(?:\s[^<>]*)?>|<\/w:r>|<w:rPr(?:\s[^<>]*)?\/?>|<\/w:rPr>|<w:vanish\b[^<>]*>/g;

interface OpenRun {
  start: number;
  /** Where its start tag ends: run properties there are its own. */
  inside: number;
  hidden: boolean;
}

/**
 * The part without its hidden runs, their text recorded: a run whose own properties (right
 * after its start tag) hide it goes with all it holds, a text box drawn in it too. One forward
 * pass over the runs' tags, nested ones included; a hidden run inside a hidden run is one.
 */
export function withoutHiddenRuns(xml: string, unseen: Unseen): string {
  if (!xml.includes('<w:vanish')) return xml;
  const open: OpenRun[] = [];
  const cut: Array<[number, number]> = [];
  /** The run whose own properties are being read. */
  let reading: OpenRun | undefined;
  for (const { 0: tag, index } of xml.matchAll(runTokens)) {
    if (tag.startsWith('<w:vanish')) {
      if (reading) reading.hidden = vanishes(tag) === true;
    } else if (tag.startsWith('<w:rPr')) {
      const run = open.at(-1);
      reading = run?.inside === index && !tag.endsWith('/>') ? run : undefined;
    } else if (tag === '</w:rPr>') reading = undefined;
    else if (tag !== '</w:r>') {
      if (!tag.endsWith('/>')) open.push({ start: index, inside: index + tag.length, hidden: false });
    } else {
      const run = open.pop();
      if (!run?.hidden) continue;
      // The hidden runs inside it go with it.
      while (cut.length > 0 && cut.at(-1)![0] > run.start) cut.pop();
      cut.push([run.start, index + tag.length]);
    }
  }
  let kept = '';
  let from = 0;
  for (const [start, end] of cut) {
    const text = paragraphsOfPart(xml.slice(start, end)).join(' ');
    if (text) unseen.hidden.push(text);
    // The run becomes an empty one.
    kept += `${xml.slice(from, start)}<w:r></w:r>`;
    from = end;
  }
  return kept + xml.slice(from);
}

/**
 * The tokens of tracked changes, in one pattern: the opening or end of an insertion, deletion
 * or move (`w:ins`, `w:del`, `w:moveTo`, `w:moveFrom`; not `w:delText`, `w:insideH` or
 * `w:moveFromRangeStart`), a text (`w:t`, `w:delText`), a change of formatting or numbering
 * (`w:rPrChange` …, which holds the formatting as it was), and a change of a table cell.
 */
const changeTokens =
  /<(\/?)w:(ins|del|moveFrom|moveTo)\b([^<>]*)>|<w:(?:t|delText)\b[^<>]*>([^<]*)<\/w:(?:t|delText)>|<w:((?:rPr|pPr|sectPr|tblPr|tblPrEx|trPr|tcPr|tblGrid|numbering)Change)\b([^<>]*)>|<w:cell(?:Ins|Del|Merge)\b/g;

/** How many examples of each kind the report may quote, and how long each may grow while read. */
const examplesKept = 3;
const exampleLength = 200;

interface OpenChange {
  deletes: boolean;
  /** Where its opening tag starts and ends. */
  start: number;
  contentStart: number;
  text: string;
}

/**
 * The part as it reads with its tracked changes accepted, the changes counted: an insertion
 * or a move's new place is kept (the converter reads it so too), and a deletion or a move's
 * old place that holds content is cut out, so that no scan here (the page headers, the text
 * before a diagram, hidden runs) reads deleted text either; the converter ignores it already.
 * A change of formatting is cut out too: it holds the formatting as it was (a run hidden
 * before the change, a style that was hidden), which the converter does not read, and the
 * scans for hidden text would. A deletion that is only a mark (`<w:del …/>` in a paragraph
 * mark's properties, which the converter reads to join two paragraphs) stays. One forward
 * pass; an opening without its end is left as it stands.
 */
export function acceptTrackedChanges(xml: string, unseen: Unseen): string {
  if (!xml.includes('<w:ins') && !xml.includes('<w:del') && !xml.includes('<w:move') && !xml.includes('Change') && !xml.includes('<w:cell')) return xml;
  const changes = unseen.changes;
  const open: OpenChange[] = [];
  let deleting = 0;
  const cut: Array<[number, number]> = [];
  /** Changes of formatting whose end was not found after some place: none is found after a later one either. */
  const endless = new Set<string>();
  changeTokens.lastIndex = 0;
  for (let match = changeTokens.exec(xml); match; match = changeTokens.exec(xml)) {
    const [token, closing, name, attributes, text, formatting, formattingAttributes] = match;
    const at = match.index;
    if (formatting !== undefined) {
      changes.other += 1;
      if (formattingAttributes!.endsWith('/') || deleting > 0 || endless.has(formatting)) continue;
      const endTag = `</w:${formatting}>`;
      const end = xml.indexOf(endTag, at + token.length);
      if (end < 0) endless.add(formatting);
      else {
        cut.push([at, end + endTag.length]);
        changeTokens.lastIndex = end + endTag.length;
      }
      continue;
    }
    if (name === undefined) {
      if (text === undefined) changes.other += 1;
      else if (open.length > 0) {
        const innermost = open[open.length - 1]!;
        if (innermost.text.length < exampleLength) innermost.text += decodeXml(text);
      }
      continue;
    }
    const deletes = name === 'del' || name === 'moveFrom';
    if (!closing) {
      // A mark: a paragraph mark, a table row or a numbering that was inserted or deleted.
      if (attributes!.endsWith('/')) changes.other += 1;
      else {
        open.push({ deletes, start: at, contentStart: at + token.length, text: '' });
        if (deletes) deleting += 1;
      }
      continue;
    }
    const change = open[open.length - 1];
    if (!change || change.deletes !== deletes) continue;
    open.pop();
    if (deletes) deleting -= 1;
    // Content is an element (a run, a paragraph): the first »<« after the opening is not its own end.
    if (xml.indexOf('<', change.contentStart) >= at) {
      changes.other += 1;
      continue;
    }
    // An insertion inside a deletion is part of what was deleted.
    if (!deletes && deleting > 0) continue;
    if (deletes) changes.deleted += 1;
    else changes.inserted += 1;
    const texts = deletes ? changes.deletedTexts : changes.insertedTexts;
    const shown = change.text.replace(/\s+/g, ' ').trim();
    if (shown && texts.length < examplesKept) texts.push(shown);
    if (deletes && deleting === 0) {
      // Changes of formatting inside it were cut already: the deletion takes their place.
      while (cut.length > 0 && cut[cut.length - 1]![0] > change.start) cut.pop();
      cut.push([change.start, at + token.length]);
    }
  }
  if (cut.length === 0) return xml;
  let kept = '';
  let from = 0;
  for (const [start, end] of cut) {
    kept += xml.slice(from, start);
    from = end;
  }
  return kept + xml.slice(from);
}

/** Occurrences of a fixed string, by searching forward. */
function count(xml: string, text: string): number {
  let found = 0;
  for (let at = xml.indexOf(text); at >= 0; at = xml.indexOf(text, at + text.length)) found += 1;
  return found;
}

/** WordprocessingML's namespaces (transitional and strict), which Word always writes as »w:«. */
const wordNamespaces = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);

/**
 * The scans here read Word's elements by the prefix Word gives them (»<w:vanish«); a part that
 * names Word's namespace otherwise (»<x:r>« with x bound to it, or as the default namespace) is
 * read by the converter all the same, so hidden text would pass unseen: such a document is
 * refused, as Word never writes one.
 */
function requireWordPrefix(xml: string): void {
  for (const [, prefix, double, single] of xml.matchAll(namespaceDeclarations)) {
    if (prefix !== 'w' && wordNamespaces.has(decodeXml(double ?? single ?? '').trim()))
      throw new ImportError('import-ukendt-navnerum', { praefiks: prefix ?? '' });
  }
}

/** The parts the converter reads as text, with the body reader that fails on a link or a picture that leads nowhere: by their root element. */
const textParts = new Set(['w:document', 'w:footnotes', 'w:endnotes']);

/** The name of a part's root element (after the XML declaration and any comment). */
const rootElement = (xml: string) => /<(?![?!])([\w.:-]+)/.exec(xml)?.[1];

/**
 * What one part the converter reads shows beyond what it converts; returns the part as it
 * should be converted. `context` gives the part's relationships, for its links and pictures.
 */
export function revealPart(name: string, original: string, unseen: Unseen, context?: () => PartContext): string {
  const canonical = canonicalMarkup(original);
  requireWordPrefix(canonical);
  const xml = withWordPrefixes(canonical);
  const root = rootElement(xml);
  if (/(?:^|\/)comments\.xml$/.test(name) || root === 'w:comments') {
    unseen.comments.push(
      ...xml
        .split('</w:comment>')
        .slice(0, -1)
        .map((comment) => paragraphsOfPart(comment)[0] ?? ''),
    );
    // The converter reads the comments too (a picture in one that leads nowhere stops it), but never shows them: nothing in them is counted.
    return context ? withoutDanglingReferences(name, xml, context, { deadLinks: [], missingPictures: [], missingNotes: [] }) : xml;
  }
  const accepted = acceptTrackedChanges(xml, unseen);
  // Whatever part the converter takes its styles from: what hides text, for withoutHiddenStyles.
  if (accepted.includes('<w:style ') || accepted.includes('<w:docDefaults')) readStyleHiding(accepted, unseen.styles);
  unseen.altChunks += count(accepted, '<w:altChunk');
  const shown = withoutHiddenRuns(root === 'w:numbering' ? withoutDanglingStyleLinks(accepted, unseen.styles.numbering) : accepted, unseen);
  // A page header or footer, the styles or the numbering are never read by the body reader (nor shown as text): nothing in them is counted.
  const linked = context && root !== undefined && textParts.has(root) ? withoutDanglingReferences(name, shown, context, unseen) : shown;
  return withTextBoxesRead(withSymbolFonts(withSeparators(showFieldResults(linked))));
}

/**
 * A list that takes its levels from a list style (w:numStyleLink) that the styles do not have:
 * Word shows its paragraphs without numbers, the converter failed on it, and the whole import
 * with it, as »beskadiget«. The link goes; the list is then one without levels, as in Word. The
 * styles are read before the numbering (the converter needs them to read it).
 */
function withoutDanglingStyleLinks(xml: string, listStyles: ReadonlySet<string>): string {
  if (!xml.includes('<w:numStyleLink')) return xml;
  return xml.replace(/<w:numStyleLink\b[^<>]*?(?:\/>|><\/w:numStyleLink>)/g, (link) => {
    const id = /\sw:val="([^"]*)"/.exec(link)?.[1];
    return id !== undefined && listStyles.has(decodeXml(id)) ? link : '';
  });
}

/**
 * A symbol (w:sym) without its font: Word shows the character in the run's font; the converter
 * failed on it, and the whole import with it, as »beskadiget«. With an empty font it reads it as
 * a symbol it cannot map, and leaves it out, as it does a symbol of a font it does not know.
 */
function withSymbolFonts(xml: string): string {
  return xml.includes('<w:sym') ? xml.replace(/<w:sym(?=[\s/>])(?![^<>]*\sw:font=)/g, '<w:sym w:font=""') : xml;
}

/**
 * A carriage return (w:cr, which Word shows as a line break) as a line break, and an absolute
 * tab (w:ptab, a tab set at the margin) as a tab: the converter drops both, joining the words
 * around them (»Telefon89151515«).
 */
function withSeparators(xml: string): string {
  const breaks = xml.includes('<w:cr') ? xml.replace(/<w:cr\b[^<>]*>(?:<\/w:cr>)?/g, '<w:br/>') : xml;
  return breaks.includes('<w:ptab') ? breaks.replace(/<w:ptab\b[^<>]*>(?:<\/w:ptab>)?/g, '<w:tab/>') : breaks;
}

/** Link addresses a published page can use; anything else with a scheme (javascript:, data:, file: …) is not kept as a link. */
const webSchemes = new Set(['http', 'https', 'mailto', 'tel']);

/** Whether an address is one a web page should not link to; browsers ignore control characters and spaces inside a scheme. */
export function isUnsafeAddress(address: string): boolean {
  const scheme = schemeOf(address);
  return scheme !== undefined && !webSchemes.has(scheme.toLowerCase());
}

const schemeOf = (address: string) => /^([a-z][a-z0-9+.-]*):/i.exec(address.replace(/[\u0000-\u0020\u007f]/g, ''))?.[1];

/** The part of mammoth's document model a link and a styled paragraph or run have. */
interface ModelElement {
  type: string;
  href?: string;
  value?: string;
  styleId?: string | null;
  children?: ModelElement[];
}

/**
 * The document model without the text a style hides, each run's text recorded. Word decides
 * from the nearest level that says: the run's character style (or the default one), its
 * paragraph's style (or the default one), its table's style, the document's defaults. A run
 * hidden by its own formatting is already gone (withoutHiddenRuns). Read from the model, so
 * it holds whatever part the styles came from; the converter itself shows them.
 */
export function withoutHiddenStyles<T extends ModelElement>(element: T, unseen: Unseen, around = unseen.styles.document): T {
  if (!element.children) return element;
  const { styles } = unseen;
  const hides = (child: ModelElement): boolean | undefined => {
    if (child.type === 'table') return styleHides(styles, 'table', child.styleId) ?? around;
    if (child.type === 'paragraph') return styleHides(styles, 'paragraph', child.styleId) ?? around;
    if (child.type === 'run') return styleHides(styles, 'character', child.styleId) ?? around;
    return around;
  };
  const children = element.children.flatMap((child): ModelElement[] => {
    const hidden = hides(child);
    if (child.type !== 'run' || hidden !== true) return [withoutHiddenStyles(child, unseen, hidden)];
    const text = plainText(child).trim();
    if (text) unseen.hidden.push(text);
    return [];
  });
  return { ...element, children };
}

const plainText = (element: ModelElement): string => (element.type === 'text' ? (element.value ?? '') : (element.children ?? []).map(plainText).join(''));

/**
 * The document model with each link to an unsafe address, or to a file beside the document (an
 * address with no scheme, relative to where the .docx lay), replaced by its text, recorded.
 */
export function withoutUnsafeLinks<T extends ModelElement>(element: T, unseen: Unseen): T {
  if (!element.children) return element;
  const children = element.children.flatMap((child): ModelElement[] => {
    const kept = withoutUnsafeLinks(child, unseen);
    if (kept.type !== 'hyperlink' || !kept.href) return [kept];
    const relative = schemeOf(kept.href) === undefined;
    if (!relative && !isUnsafeAddress(kept.href)) return [kept];
    (relative ? unseen.fileLinks : unseen.links).push({ text: plainText(kept).trim(), address: kept.href });
    return kept.children ?? [];
  });
  return { ...element, children };
}

const shortened = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);
/** The first text of some, shortened, as the report quotes one. */
export const example = (texts: readonly string[]) => shortened(texts.find(Boolean) ?? '');

/** The report's questions for what was left out or changed. */
export function unseenQuestions(unseen: Unseen): ImportedStandard['questions'] {
  const questions: ImportedStandard['questions'] = [];
  if (unseen.hidden.length > 0) questions.push({ code: 'import-spoerg-skjult', args: { antal: unseen.hidden.length, eksempel: example(unseen.hidden) } });
  if (unseen.comments.length > 0)
    questions.push({ code: 'import-spoerg-kommentarer', args: { antal: unseen.comments.length, eksempel: example(unseen.comments) } });
  if (unseen.altChunks > 0) questions.push({ code: 'import-spoerg-html-stykker', args: { antal: unseen.altChunks } });
  for (const link of unseen.links) questions.push({ code: 'import-spoerg-link', args: { tekst: link.text, adresse: example([link.address]) } });
  const [fileLink] = unseen.fileLinks;
  if (fileLink)
    questions.push({
      code: 'import-spoerg-fil-links',
      args: { antal: unseen.fileLinks.length, tekst: example([fileLink.text]), adresse: example([fileLink.address]) },
    });
  const { inserted, deleted, other, insertedTexts, deletedTexts } = unseen.changes;
  if (inserted + deleted + other > 0)
    questions.push({
      code: 'import-spoerg-sporede-aendringer',
      args: { indsat: inserted, slettet: deleted, andre: other, indsatte: insertedTexts.map(shortened), slettede: deletedTexts.map(shortened) },
    });
  if (unseen.deadLinks.length > 0)
    questions.push({ code: 'import-spoerg-doede-links', args: { antal: unseen.deadLinks.length, eksempel: example(unseen.deadLinks) } });
  if (unseen.missingPictures.length > 0)
    questions.push({ code: 'import-spoerg-manglende-billeder', args: { antal: unseen.missingPictures.length, eksempel: example(unseen.missingPictures) } });
  if (unseen.missingNotes.length > 0)
    questions.push({ code: 'import-spoerg-manglende-noter', args: { antal: unseen.missingNotes.length, eksempel: example(unseen.missingNotes) } });
  return questions;
}
