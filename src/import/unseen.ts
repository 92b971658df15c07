/**
 * What a Word document holds beyond what the converter shows as it stands: text formatted as
 * hidden (which it would publish), the shown result of a simple field (which it would drop),
 * reviewer comments and embedded HTML or RTF chunks (which it ignores), and links to
 * addresses no web page can use. Hidden text is left out, field results are kept, links to
 * such addresses lose the link but keep their text; each is counted for the report, so
 * nothing the document shows vanishes without a line there. Every scan is one forward pass.
 */
import type { ImportedStandard } from './imported.js';
import { ImportError } from './errors.js';
import { withTextBoxesRead } from './text-boxes.js';
import { decodeXml, paragraphsOfPart } from './xml-text.js';

export interface Unseen {
  /** The text of each hidden run left out. */
  hidden: string[];
  /** The first paragraph of each reviewer comment. */
  comments: string[];
  /** Embedded chunks of another format (w:altChunk). */
  altChunks: number;
  /** Links whose address is not for the web: their text and address. */
  links: Array<{ text: string; address: string }>;
  /** What the styles part says about hiding text. */
  styles: StyleHiding;
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
}

export const nothingUnseen = (): Unseen => ({
  hidden: [],
  comments: [],
  altChunks: 0,
  links: [],
  styles: { own: new Map(), basedOn: new Map(), defaults: new Map() },
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

/** Whether a run's own properties (right after its opening tag) hide it. */
function isHiddenRun(run: string): boolean {
  const properties = run.indexOf('>') + 1;
  if (!run.startsWith('<w:rPr>', properties)) return false;
  const end = run.indexOf('</w:rPr>', properties);
  return vanishes(run.slice(properties, end < 0 ? undefined : end)) === true;
}

/** The run properties inside `element` (»rPrDefault«, a style): what lies between its <w:rPr> and </w:rPr>. */
const runPropertiesIn = (xml: string) => /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(xml)?.[1] ?? '';

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

/** The part without its hidden runs, their text recorded. A run is what follows the last run opening before a run's end. */
export function withoutHiddenRuns(xml: string, unseen: Unseen): string {
  if (!xml.includes('<w:vanish')) return xml;
  const pieces = xml.split('</w:r>');
  for (let index = 0; index < pieces.length - 1; index += 1) {
    const piece = pieces[index]!;
    const start = Math.max(piece.lastIndexOf('<w:r>'), piece.lastIndexOf('<w:r '));
    if (start < 0 || !isHiddenRun(piece.slice(start))) continue;
    const text = paragraphsOfPart(piece.slice(start)).join(' ');
    if (text) unseen.hidden.push(text);
    // The run becomes an empty one: the join closes it again.
    pieces[index] = `${piece.slice(0, start)}<w:r>`;
  }
  return pieces.join('</w:r>');
}

/** Occurrences of a fixed string, by searching forward. */
function count(xml: string, text: string): number {
  let found = 0;
  for (let at = xml.indexOf(text); at >= 0; at = xml.indexOf(text, at + text.length)) found += 1;
  return found;
}

/** WordprocessingML's namespaces (transitional and strict), which Word always writes as »w:«. */
const wordNamespaces = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);

const declarations = /\sxmlns(?::([^\s=]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * The scans here read Word's elements by the prefix Word gives them (»<w:vanish«); a part that
 * names Word's namespace otherwise (»<x:r>« with x bound to it, or as the default namespace) is
 * read by the converter all the same, so hidden text would pass unseen: such a document is
 * refused, as Word never writes one.
 */
function requireWordPrefix(xml: string): void {
  for (const [, prefix, double, single] of xml.matchAll(declarations)) {
    if (prefix !== 'w' && wordNamespaces.has(decodeXml(double ?? single ?? '').trim()))
      throw new ImportError('import-ukendt-navnerum', { praefiks: prefix ?? '' });
  }
}

/** What one part the converter reads shows beyond what it converts; returns the part as it should be converted. */
export function revealPart(name: string, xml: string, unseen: Unseen): string {
  requireWordPrefix(xml);
  if (/(?:^|\/)comments\.xml$/.test(name)) {
    unseen.comments.push(
      ...xml
        .split('</w:comment>')
        .slice(0, -1)
        .map((comment) => paragraphsOfPart(comment)[0] ?? ''),
    );
    return xml;
  }
  // Whatever part the converter takes its styles from: what hides text, for withoutHiddenStyles.
  if (xml.includes('<w:style ') || xml.includes('<w:docDefaults')) readStyleHiding(xml, unseen.styles);
  unseen.altChunks += count(xml, '<w:altChunk');
  return withTextBoxesRead(withSeparators(showFieldResults(withoutHiddenRuns(xml, unseen))));
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
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(address.replace(/[\u0000-\u0020\u007f]/g, ''))?.[1];
  return scheme !== undefined && !webSchemes.has(scheme.toLowerCase());
}

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

/** The document model with each link to an unsafe address replaced by its text, recorded. */
export function withoutUnsafeLinks<T extends ModelElement>(element: T, unseen: Unseen): T {
  if (!element.children) return element;
  const children = element.children.flatMap((child): ModelElement[] => {
    const kept = withoutUnsafeLinks(child, unseen);
    if (kept.type !== 'hyperlink' || !kept.href || !isUnsafeAddress(kept.href)) return [kept];
    unseen.links.push({ text: plainText(kept).trim(), address: kept.href });
    return kept.children ?? [];
  });
  return { ...element, children };
}

const example = (texts: readonly string[]) => {
  const first = texts.find(Boolean) ?? '';
  return first.length > 80 ? `${first.slice(0, 79)}…` : first;
};

/** The report's questions for what was left out or changed. */
export function unseenQuestions(unseen: Unseen): ImportedStandard['questions'] {
  const questions: ImportedStandard['questions'] = [];
  if (unseen.hidden.length > 0) questions.push({ code: 'import-spoerg-skjult', args: { antal: unseen.hidden.length, eksempel: example(unseen.hidden) } });
  if (unseen.comments.length > 0)
    questions.push({ code: 'import-spoerg-kommentarer', args: { antal: unseen.comments.length, eksempel: example(unseen.comments) } });
  if (unseen.altChunks > 0) questions.push({ code: 'import-spoerg-html-stykker', args: { antal: unseen.altChunks } });
  for (const link of unseen.links) questions.push({ code: 'import-spoerg-link', args: { tekst: link.text, adresse: example([link.address]) } });
  return questions;
}
