/**
 * References inside a Word document that lead to nothing in it: a link or a picture whose
 * relationship is missing or names a part the file does not have, a link to a bookmark that
 * does not exist, a reference to a footnote or endnote that is not there. The converter
 * fails on the first of most of them (deep inside it), so one dead link failed the whole
 * import as »beskadiget«. Here each becomes what is left of it: a link's text without the
 * link, a picture left out, a reference left out; each is counted for the report.
 *
 * Relationships are checked in the XML, before the converter reads the part (it fails while
 * reading it); bookmarks and notes in the converter's document model, where every part that
 * can hold them has been read. Every scan of XML is one forward pass.
 */
import { posix } from 'node:path';
import { decodeXml, paragraphsOfPart } from './xml-text.js';

/** What leads nowhere, as counted for the report (part of what src/import/unseen.ts records). */
export interface DeadEnds {
  /** Links that lead to nothing in the file (no relationship, a part or a bookmark that is not there): their text, where read. */
  deadLinks: string[];
  /** Pictures whose data is not in the file: their description (alt text) or name. */
  missingPictures: string[];
  /** References to a footnote or endnote that is not in the file: the text of the paragraph the first stood in. */
  missingNotes: string[];
}

/** Where a relationship points, and whether outside the file (a web address, a file on a disk). */
export interface Relationship {
  target: string;
  external: boolean;
}

/** Where the package keeps a part's relationships: `word/_rels/document.xml.rels` for `word/document.xml`. */
export function relationshipsName(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

const attributePattern = /\s([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** A tag's attributes by name, decoded. */
function attributesOf(attributes: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, name, double, single] of attributes.matchAll(attributePattern)) found.set(name!, decodeXml(double ?? single ?? ''));
  return found;
}

/** One attribute taken out of a tag's attribute text. */
const without = (attributes: string, name: string) => attributes.replace(new RegExp(`\\s${name}\\s*=\\s*(?:"[^"]*"|'[^']*')`, 'g'), '');

/**
 * The relationships of a relationships part by id, as the converter reads them: the last of
 * one id counts, and one without a target is none (the converter fails on it).
 */
export function relationshipsIn(xml: string): Map<string, Relationship> {
  const relationships = new Map<string, Relationship>();
  for (const [tag] of xml.matchAll(/<(?:[\w.-]+:)?Relationship\s[^<>]*>/g)) {
    const attributes = attributesOf(tag);
    const id = attributes.get('Id');
    const target = attributes.get('Target');
    if (id === undefined) continue;
    if (target === undefined) relationships.delete(id);
    else relationships.set(id, { target, external: attributes.get('TargetMode')?.toLowerCase() === 'external' });
  }
  return relationships;
}

/** What a part's references are checked against. */
export interface PartContext {
  /** The part's relationships by id; empty when the package has none for it. */
  relationships: ReadonlyMap<string, Relationship>;
  /** Whether the package holds a part of that name with something in it. */
  hasPart(name: string): boolean;
}

/** The part a relationship inside the package names, from the part that has it (»media/a.png« from word/document.xml: word/media/a.png). */
function partNamed(source: string, target: string): string[] {
  const path = target.split('#')[0]!;
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A stray »%« is part of the name.
  }
  return [...new Set([path, decoded])].map((each) =>
    (each.startsWith('/') ? posix.normalize(each) : posix.normalize(posix.join(posix.dirname(source), each))).replace(/^\/+/, ''),
  );
}

/** How many dead links of a part have their text read for the report: the report quotes one. */
const linkTextsRead = 3;

/** The references a part's XML makes: links, links on pictures, pictures, and the picture properties that describe them. */
const referenceTags = /<(w:hyperlink|a:hlinkClick|a:blip|v:imagedata)\b([^<>]*)>|<wp:docPr\b([^<>]*)>|<\/w:drawing>/g;

/**
 * The part without references that lead nowhere: a link whose relationship is missing, or
 * points inside the file to a part that is not there, loses the link and keeps its text (a
 * link on a picture loses the link); a picture whose relationship is missing is left out,
 * and one whose part is missing or empty is counted (the converter never reads a picture).
 */
export function withoutDanglingReferences(name: string, xml: string, contextOf: () => PartContext, unseen: DeadEnds): string {
  if (!xml.includes('r:id') && !xml.includes('r:embed') && !xml.includes('r:link')) return xml;
  const context = contextOf();
  const inFile = (target: string) => partNamed(name, target).some((part) => context.hasPart(part));
  /** Whether a relationship id leads to something: outside the file, or to a part in it. */
  const leads = (id: string): 'ja' | 'ingen-relation' | 'ingen-del' => {
    const relationship = context.relationships.get(id);
    if (!relationship) return 'ingen-relation';
    return relationship.external || inFile(relationship.target) ? 'ja' : 'ingen-del';
  };
  let description = '';
  let textsRead = 0;
  return xml.replace(referenceTags, (tag, element: string | undefined, attributes: string | undefined, properties: string | undefined, at: number) => {
    if (properties !== undefined) {
      const described = attributesOf(properties);
      description = described.get('descr') || described.get('title') || described.get('name') || '';
      return tag;
    }
    if (element === undefined) {
      description = '';
      return tag;
    }
    const own = attributesOf(attributes!);
    if (element === 'w:hyperlink' || element === 'a:hlinkClick') {
      const id = own.get('r:id');
      if (id === undefined || leads(id) === 'ja') return tag;
      let text = '';
      if (element === 'w:hyperlink' && textsRead < linkTextsRead) {
        textsRead += 1;
        const end = xml.indexOf('</w:hyperlink>', at);
        text = end < 0 ? '' : paragraphsOfPart(`${xml.slice(at, end)}</w:p>`).join(' ');
      }
      unseen.deadLinks.push(text || (element === 'a:hlinkClick' ? description : ''));
      // Without its relationship (and the place in it) the converter keeps the text alone.
      return `<${element}${without(without(attributes!, 'r:id'), 'w:anchor')}>`;
    }
    // A picture: a:blip names it by r:embed (in the file) or r:link (outside it), v:imagedata by r:id.
    const names = element === 'a:blip' ? ['r:embed', 'r:link'] : ['r:id'];
    let kept = attributes!;
    let missing = false;
    for (const attribute of names) {
      const id = own.get(attribute);
      if (id === undefined) continue;
      const found = leads(id);
      if (found === 'ingen-relation') kept = without(kept, attribute);
      if (found !== 'ja') missing = true;
    }
    if (!missing) return tag;
    unseen.missingPictures.push((element === 'v:imagedata' ? own.get('o:title') : '') || description);
    // With no reference left the converter leaves the picture out; with one it keeps its place (and never reads it).
    return `<${element}${kept}>`;
  });
}

/** The part of the converter's document model this module reads. */
export interface ModelElement {
  type: string;
  href?: string;
  anchor?: string;
  name?: string;
  value?: string;
  children?: ModelElement[];
}

/** A footnote or endnote in the converter's model: its paragraphs are its body. */
interface Note extends ModelElement {
  body: ModelElement[];
}

/** The notes of the document, as the converter asks for them: by reference, null when there is none. */
interface Notes {
  resolve(reference: ModelElement): Note | null;
}

export interface DocumentModel extends ModelElement {
  notes: Notes;
}

/** A bookmark Word has without one in the file: the top of the document. */
const builtInBookmarks = new Set(['_top']);

const plainText = (element: ModelElement): string => (element.type === 'text' ? (element.value ?? '') : (element.children ?? []).map(plainText).join(''));

/**
 * An entry of a table of contents: its style says so, or it is links inside the document and
 * nothing else. The importer leaves such paragraphs out (src/import/structure.ts), so a stale
 * entry whose heading is gone is no dead link in the standard.
 */
function isContentsEntry(paragraph: ModelElement & { styleName?: string | null }): boolean {
  if (/^(?:toc|indholdsfortegnelse|overskrift til indholdsfortegnelse)\b/i.test(paragraph.styleName ?? '')) return true;
  const meaningful = (paragraph.children ?? []).filter((child) => plainText(child).trim() !== '' || child.type === 'hyperlink');
  return meaningful.length > 0 && meaningful.every((child) => child.type === 'hyperlink' && child.anchor !== undefined);
}

/** Every element of a tree, depth first, with the notes it refers to. */
function* elementsOf(elements: readonly ModelElement[], notes: Notes, seen = new Set<Note>()): Generator<ModelElement> {
  const stack = [...elements].reverse();
  while (stack.length > 0) {
    const element = stack.pop()!;
    yield element;
    const note = element.type === 'noteReference' ? notes.resolve(element) : null;
    if (note && !seen.has(note)) {
      seen.add(note);
      stack.push(...[...note.body].reverse());
    }
    if (element.children) for (let index = element.children.length - 1; index >= 0; index -= 1) stack.push(element.children[index]!);
  }
}

/**
 * The document model as the import reads it: `read` applied to its text and to every
 * footnote and endnote it refers to (which the converter keeps apart from the text), then
 * what leads nowhere taken out. A link to a bookmark that does not exist, or with no address
 * at all, keeps its text without the link; a reference to a note that is not there is left
 * out (the converter fails on it). Each is counted for the report.
 */
export function readDocumentModel<T extends DocumentModel>(document: T, read: (tree: ModelElement) => ModelElement, unseen: DeadEnds): T {
  const bookmarks = new Set(builtInBookmarks);
  for (const element of elementsOf(document.children ?? [], document.notes)) if (element.type === 'bookmarkStart' && element.name) bookmarks.add(element.name);
  const readNotes = new Map<Note, Note>();
  // Whether a paragraph is an entry of a table of contents, once per paragraph (a paragraph may hold thousands of links).
  const contentsEntries = new WeakMap<ModelElement, boolean>();
  const inContents = (paragraph: ModelElement) => {
    let entry = contentsEntries.get(paragraph);
    if (entry === undefined) contentsEntries.set(paragraph, (entry = isContentsEntry(paragraph)));
    return entry;
  };
  const outsideParagraphs: ModelElement = { type: 'paragraph' };
  const readNote = (note: Note): Note => {
    let done = readNotes.get(note);
    if (!done) {
      // Set before it is read, so a note that refers to itself ends.
      readNotes.set(note, (done = { ...note }));
      done.body = withoutDeadEnds(read({ type: 'note', children: note.body }), outsideParagraphs).children ?? [];
    }
    return done;
  };
  function withoutDeadEnds(element: ModelElement, paragraph: ModelElement): ModelElement {
    if (!element.children) return element;
    const within = element.type === 'paragraph' ? element : paragraph;
    const children = element.children.flatMap((child): ModelElement[] => {
      if (child.type === 'noteReference') {
        const note = document.notes.resolve(child);
        if (note) readNote(note);
        else unseen.missingNotes.push(unseen.missingNotes.length === 0 ? plainText(within).trim() : '');
        return note ? [child] : [];
      }
      const kept = withoutDeadEnds(child, within);
      if (kept.type !== 'hyperlink' || (kept.anchor !== undefined && inContents(within))) return [kept];
      const dead = kept.anchor !== undefined ? !bookmarks.has(kept.anchor) : kept.href === undefined;
      if (!dead) return [kept];
      unseen.deadLinks.push(plainText(kept).trim());
      return kept.children ?? [];
    });
    return { ...element, children };
  }
  const text = withoutDeadEnds(read(document), outsideParagraphs);
  const notes: Notes = {
    resolve: (reference) => {
      const note = document.notes.resolve(reference);
      return note ? readNote(note) : null;
    },
  };
  return { ...(text as T), notes };
}
