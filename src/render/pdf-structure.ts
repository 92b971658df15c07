/**
 * The structure tree after Chromium, made what PDF/UA-1 asks of it:
 * - sequences that became artifacts (rules, borders, bullets drawn as paths) leave the
 *   tree, and so do the generic elements and list labels that held nothing else;
 * - a list item holds a label and a body (ISO 32000-1 Table 336): whatever Chromium put
 *   directly into an LI is wrapped in an LBody;
 * - a definition list (which Chromium tags as generic content) becomes L / LI with the
 *   term as Lbl and the description as LBody, found by its terms' and descriptions' text;
 * - PDF 2.0 types Chromium uses (Strong, Em, Aside) are role-mapped to PDF 1.7's;
 * - each link annotation gets /Contents from its link's text;
 * - the ParentTree is written again from the tree, so it agrees with it.
 */
import {
  PDFArray,
  PDFDict,
  PDFHexString,
  nameText,
  PDFName,
  pdfName,
  PDFNull,
  PDFNumber,
  type PDFObject,
  PDFRef,
  PDFString,
  type PDFContext,
  type PDFDocument,
} from './pdf-lib.js';

/** ISO 32000-1 § 14.8.4: the standard structure types of PDF 1.7. */
export const standardTypes = new Set([
  'Document',
  'Part',
  'Art',
  'Sect',
  'Div',
  'BlockQuote',
  'Caption',
  'TOC',
  'TOCI',
  'Index',
  'NonStruct',
  'Private',
  'P',
  'H',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'L',
  'LI',
  'Lbl',
  'LBody',
  'Table',
  'TR',
  'TH',
  'TD',
  'THead',
  'TBody',
  'TFoot',
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
  'Figure',
  'Formula',
  'Form',
]);

/** PDF 2.0 types Chromium writes, and the PDF 1.7 type each plays. */
const roles: Record<string, string> = { Strong: 'Span', Em: 'Span', Aside: 'Div', Title: 'H1', FENote: 'Note', Sub: 'Span', DocumentFragment: 'Div' };

/** A description list in the HTML: its dt and dd texts in order. */
export type DefinitionList = { term: boolean; text: string }[];

export interface PageContent {
  ref: PDFRef;
  texts: ReadonlyMap<number, string>;
  artifacts: ReadonlySet<number>;
}

type Kid =
  | { kind: 'mcid'; mcid: number; page?: PDFRef; raw: PDFObject }
  | { kind: 'objr'; annotation?: PDFRef; raw: PDFObject }
  | { kind: 'element'; node: StructNode };

interface StructNode {
  ref: PDFRef;
  dict: PDFDict;
  type: string;
  page?: PDFRef;
  kids: Kid[];
}

/** Elements that may go when their content became artifacts: a bullet drawn as a path leaves an empty Lbl. */
const emptiable = new Set(['NonStruct', 'Lbl']);
const key = pdfName;
const squash = (text: string) => text.replace(/\s+/g, '');
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

function readTree(context: PDFContext, rootKids: PDFObject | undefined): StructNode[] {
  const read = (ref: PDFRef, inheritedPage: PDFRef | undefined): StructNode | undefined => {
    const dict = context.lookup(ref);
    if (!(dict instanceof PDFDict)) return undefined;
    const type = dict.get(key('S'));
    const page = (dict.get(key('Pg')) as PDFRef | undefined) ?? inheritedPage;
    const node: StructNode = { ref, dict, type: type instanceof PDFName ? nameText(type) : '', page, kids: [] };
    const k = dict.get(key('K'));
    const items = k instanceof PDFArray ? k.asArray() : k ? [k] : [];
    for (const item of items) {
      if (item instanceof PDFNumber) node.kids.push({ kind: 'mcid', mcid: item.asNumber(), page, raw: item });
      else {
        const kidDict = item instanceof PDFRef ? context.lookup(item) : item;
        if (!(kidDict instanceof PDFDict)) continue;
        const kidType = kidDict.get(key('Type'));
        if (kidType === key('MCR')) {
          const mcid = kidDict.get(key('MCID'));
          node.kids.push({
            kind: 'mcid',
            mcid: mcid instanceof PDFNumber ? mcid.asNumber() : -1,
            page: (kidDict.get(key('Pg')) as PDFRef | undefined) ?? page,
            raw: item,
          });
        } else if (kidType === key('OBJR')) node.kids.push({ kind: 'objr', annotation: kidDict.get(key('Obj')) as PDFRef | undefined, raw: item });
        else if (item instanceof PDFRef) {
          const child = read(item, page);
          if (child) node.kids.push({ kind: 'element', node: child });
        }
      }
    }
    return node;
  };
  const items = rootKids instanceof PDFArray ? rootKids.asArray() : rootKids ? [rootKids] : [];
  return items.flatMap((item) => (item instanceof PDFRef ? [read(item, undefined)].filter((node): node is StructNode => node !== undefined) : []));
}

function newNode(context: PDFContext, type: string, page: PDFRef | undefined, kids: Kid[]): StructNode {
  const dict = context.obj({ S: type }) as PDFDict;
  dict.set(key('Type'), key('StructElem'));
  if (page) dict.set(key('Pg'), page);
  return { ref: context.register(dict), dict, type, page, kids };
}

/** The numbers → values of a number tree. */
function readNumberTree(context: PDFContext, node: PDFDict | undefined, into = new Map<number, PDFObject>()): Map<number, PDFObject> {
  if (!node) return into;
  const nums = node.lookup(key('Nums'));
  if (nums instanceof PDFArray) for (let i = 0; i + 1 < nums.size(); i += 2) into.set((nums.get(i) as PDFNumber).asNumber(), nums.get(i + 1));
  const kids = node.lookup(key('Kids'));
  if (kids instanceof PDFArray) for (const kid of kids.asArray()) readNumberTree(context, context.lookup(kid) as PDFDict, into);
  return into;
}

export interface StructureSummary {
  roleMapped: string[];
  definitionLists: number;
  links: number;
}

export function repairStructure(document: PDFDocument, pages: readonly PageContent[], definitionLists: readonly DefinitionList[]): StructureSummary {
  const context = document.context;
  const root = document.catalog.lookupMaybe(key('StructTreeRoot'), PDFDict);
  const summary: StructureSummary = { roleMapped: [], definitionLists: 0, links: 0 };
  if (!root) return summary;
  const tops = readTree(context, root.get(key('K')));
  const byPage = new Map(pages.map((page) => [page.ref, page]));

  // Artifacts leave the tree; generic elements left empty go with them.
  const prune = (node: StructNode) => {
    node.kids = node.kids.filter((kid) => {
      if (kid.kind === 'mcid') return !(kid.page && byPage.get(kid.page)?.artifacts.has(kid.mcid));
      if (kid.kind === 'element') {
        prune(kid.node);
        return kid.node.kids.length > 0 || !emptiable.has(kid.node.type);
      }
      return true;
    });
  };
  tops.forEach(prune);

  const textOf = (node: StructNode): string =>
    node.kids
      .map((kid) =>
        kid.kind === 'mcid' ? (kid.page ? (byPage.get(kid.page)?.texts.get(kid.mcid) ?? '') : '') : kid.kind === 'element' ? textOf(kid.node) : '',
      )
      .join('');

  const walk = (node: StructNode, visit: (node: StructNode) => void) => {
    visit(node);
    for (const kid of node.kids) if (kid.kind === 'element') walk(kid.node, visit);
  };

  // Definition lists, found by their terms' and descriptions' text.
  const wanted = definitionLists.filter((list) => list.length > 0).map((list) => list.map((item) => ({ ...item, text: squash(item.text) })));
  tops.forEach((top) =>
    walk(top, (node) => {
      if (node.type !== 'NonStruct' || wanted.length === 0) return;
      const elements = node.kids.filter((kid): kid is Kid & { kind: 'element' } => kid.kind === 'element');
      if (elements.length !== node.kids.length) return;
      // The page's text holds what print hides too (a screen-only link beside its print-only text), so the printed text need only be in it.
      const printed = elements.map((kid) => squash(textOf(kid.node)));
      const index = wanted.findIndex(
        (list) => list.length === elements.length && list.every((item, i) => printed[i] !== '' && item.text.includes(printed[i]!)),
      );
      if (index < 0) return;
      const list = wanted.splice(index, 1)[0]!;
      node.type = 'L';
      node.dict.set(key('A'), context.obj({ O: 'List', ListNumbering: 'None' }));
      const items: Kid[] = [];
      elements.forEach((kid, i) => {
        kid.node.type = list[i]!.term ? 'Lbl' : 'LBody';
        const last = items[items.length - 1];
        if (list[i]!.term || !last || last.kind !== 'element') items.push({ kind: 'element', node: newNode(context, 'LI', node.page, [kid]) });
        else last.node.kids.push(kid);
      });
      node.kids = items;
      summary.definitionLists++;
    }),
  );

  // A list item is Lbl and/or LBody.
  tops.forEach((top) =>
    walk(top, (node) => {
      if (node.type !== 'LI') return;
      const kids: Kid[] = [];
      let body: StructNode | undefined;
      for (const kid of node.kids) {
        if (kid.kind === 'element' && (kid.node.type === 'Lbl' || kid.node.type === 'LBody')) {
          kids.push(kid);
          body = undefined;
        } else if (body) body.kids.push(kid);
        else {
          body = newNode(context, 'LBody', node.page, [kid]);
          kids.push({ kind: 'element', node: body });
        }
      }
      node.kids = kids;
    }),
  );

  // Links: the annotation says what its link says.
  tops.forEach((top) =>
    walk(top, (node) => {
      if (node.type !== 'Link') return;
      const text = normalise(textOf(node));
      for (const kid of node.kids) {
        if (kid.kind !== 'objr' || !kid.annotation) continue;
        const annotation = context.lookup(kid.annotation);
        if (!(annotation instanceof PDFDict)) continue;
        annotation.set(key('Contents'), PDFHexString.fromText(text || linkTarget(annotation)));
        summary.links++;
      }
    }),
  );

  // Role map for the types PDF 1.7 does not know.
  const used = new Set<string>();
  tops.forEach((top) => walk(top, (node) => used.add(node.type)));
  const roleMap = context.obj({}) as PDFDict;
  for (const type of [...used].filter((type) => !standardTypes.has(type)).sort()) {
    roleMap.set(key(type), key(roles[type] ?? 'NonStruct'));
    summary.roleMapped.push(type);
  }
  if (summary.roleMapped.length > 0) root.set(key('RoleMap'), roleMap);

  // Write the tree back, and the ParentTree from it.
  const parentTree = readNumberTree(context, root.lookupMaybe(key('ParentTree'), PDFDict));
  const pageArrays = new Map<number, (PDFRef | undefined)[]>();
  const pageKeys = new Map(document.getPages().map((page) => [page.ref, page.node.get(key('StructParents'))]));
  const write = (node: StructNode, parent: PDFRef) => {
    node.dict.set(key('S'), key(node.type));
    node.dict.set(key('P'), parent);
    node.dict.set(key('K'), context.obj(node.kids.map((kid) => (kid.kind === 'element' ? kid.node.ref : kid.raw))));
    for (const kid of node.kids) {
      if (kid.kind === 'element') write(kid.node, node.ref);
      else if (kid.kind === 'mcid' && kid.page) {
        const structParents = pageKeys.get(kid.page);
        if (!(structParents instanceof PDFNumber)) continue;
        const array = pageArrays.get(structParents.asNumber()) ?? [];
        array[kid.mcid] = node.ref;
        pageArrays.set(structParents.asNumber(), array);
      } else if (kid.kind === 'objr' && kid.annotation) {
        const annotation = context.lookup(kid.annotation);
        const structParent = annotation instanceof PDFDict ? annotation.get(key('StructParent')) : undefined;
        if (structParent instanceof PDFNumber) parentTree.set(structParent.asNumber(), node.ref);
      }
    }
  };
  const rootRef = document.catalog.get(key('StructTreeRoot')) as PDFRef;
  for (const top of tops) write(top, rootRef);
  for (const [structParents, array] of pageArrays) parentTree.set(structParents, context.obj(Array.from(array, (ref) => ref ?? PDFNull)));
  const nums: PDFObject[] = [];
  for (const [number, value] of [...parentTree].sort((a, b) => a[0] - b[0])) nums.push(PDFNumber.of(number), value);
  root.set(key('ParentTree'), context.register(context.obj({ Nums: nums })));
  return summary;
}

/** A link's target in words, for an annotation without text of its own. */
function linkTarget(annotation: PDFDict): string {
  const action = annotation.lookupMaybe(key('A'), PDFDict);
  const uri = action?.lookup(key('URI'));
  if (uri instanceof PDFString || uri instanceof PDFHexString) return uri.decodeText();
  return 'Link';
}
