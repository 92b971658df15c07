/**
 * The importer's scans read relationships, DrawingML and VML by the prefixes Word writes for
 * them (»r:id«, »a:blip«, »wp:docPr«, »v:imagedata«, »o:title«). Another program may bind the
 * same namespaces to other prefixes (»rel:id«), which the converter reads by namespace all the
 * same: a link whose relationship is missing then failed the whole import as »beskadiget«, and a
 * diagram went unreported. So a part's prefixes for these namespaces are renamed to Word's
 * before anything reads it, and so are elements in one of them as the default namespace
 * (»<graphic xmlns="…/drawingml/…">«, no prefix at all). Word's own namespace (»w:«) is not renamed here: a part that binds
 * it to another prefix is refused (src/import/unseen.ts).
 */
import { decodeXml } from './xml-text.js';

/** The namespaces read by prefix, transitional and strict, with the prefix Word gives each. */
const wordPrefixes = new Map([
  ['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'r'],
  ['http://purl.oclc.org/ooxml/officeDocument/relationships', 'r'],
  ['http://schemas.openxmlformats.org/drawingml/2006/main', 'a'],
  ['http://purl.oclc.org/ooxml/drawingml/main', 'a'],
  ['http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing', 'wp'],
  ['http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing', 'wp'],
  ['urn:schemas-microsoft-com:vml', 'v'],
  ['urn:schemas-microsoft-com:office:office', 'o'],
]);

/** A namespace declaration: its prefix (none for the default namespace) and its name in double or single quotes. */
export const namespaceDeclarations = /\sxmlns(?::([^\s=]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Each prefix a part declares, with the namespaces it binds it to anywhere in the part. */
function bindingsIn(xml: string): Map<string, Set<string>> {
  const bindings = new Map<string, Set<string>>();
  for (const [, prefix, double, single] of xml.matchAll(namespaceDeclarations)) {
    if (prefix === undefined) continue;
    let uris = bindings.get(prefix);
    if (!uris) bindings.set(prefix, (uris = new Set()));
    uris.add(decodeXml(double ?? single ?? '').trim());
  }
  return bindings;
}

/** Word's prefix for a namespace, when the part binds that prefix to no other namespace (so giving it means the same). */
function freeWordPrefix(bindings: ReadonlyMap<string, Set<string>>, uri: string): string | undefined {
  const word = wordPrefixes.get(uri);
  return word !== undefined && [...(bindings.get(word) ?? [])].every((bound) => wordPrefixes.get(bound) === word) ? word : undefined;
}

/**
 * Which prefixes of a part become Word's: one bound to a namespace above (and to nothing else
 * anywhere in the part), whose Word prefix means no other namespace in it. Any other binding is
 * left as it is (read as before).
 */
function renamesIn(bindings: ReadonlyMap<string, Set<string>>): Map<string, string> {
  const renames = new Map<string, string>();
  for (const [prefix, uris] of bindings) {
    const word = uris.size === 1 ? freeWordPrefix(bindings, [...uris][0]!) : undefined;
    if (word !== undefined && word !== prefix) renames.set(prefix, word);
  }
  return renames;
}

/** An element's or attribute's prefix, at a tag's start or after a space (»<rel:x«, » rel:id=«). */
const qualifiedName = /(^<\/?|\s)([\w.-]+):(?=[\w.-])/g;

/** One tag with Word's prefixes: each declaration renamed (a second of one prefix on the element dropped, as no XML has two), then each name. */
function renamedTag(tag: string, renames: ReadonlyMap<string, string>): string {
  const declared = new Set<string>();
  const declarations = tag.replace(namespaceDeclarations, (whole, prefix: string | undefined) => {
    if (prefix === undefined) return whole;
    const name = renames.get(prefix) ?? prefix;
    if (declared.has(name)) return '';
    declared.add(name);
    return name === prefix ? whole : whole.replace(`xmlns:${prefix}`, `xmlns:${name}`);
  });
  return declarations.replace(qualifiedName, (whole, before: string, prefix: string) => {
    const word = renames.get(prefix);
    return word === undefined ? whole : `${before}${word}:`;
  });
}

const tags = /<[^<>!?][^<>]*>/g;
/** An element's name without a prefix, at the start of its tag. */
const unprefixedName = /^<(\/?)([\w.-]+)(?=[\s/>]|$)/;

/**
 * The elements without a prefix in a default namespace above (»<graphic xmlns="…/drawingml/…">«,
 * its »<blip>«) with Word's prefix, declared beside the default: the default namespace holds from
 * the element that declares it to its end, so the tags are read in order with the default of each
 * open element. An element that declares no namespace Word's prefix is free for is left as it is.
 */
function withPrefixedDefaults(xml: string, bindings: ReadonlyMap<string, Set<string>>): string {
  if (!/\sxmlns\s*=/.test(xml)) return xml;
  const defaults: (string | undefined)[] = [];
  return xml.replace(tags, (tag) => {
    const closing = tag.startsWith('</');
    let prefix = closing ? defaults.pop() : defaults.at(-1);
    if (!closing) {
      const declared = [...tag.matchAll(namespaceDeclarations)].find(([, declaredPrefix]) => declaredPrefix === undefined);
      if (declared) prefix = freeWordPrefix(bindings, decodeXml(declared[2] ?? declared[3] ?? '').trim());
      if (!tag.endsWith('/>')) defaults.push(prefix);
      if (declared && prefix !== undefined && !tag.includes(`xmlns:${prefix}=`))
        tag = tag.replace(declared[0], `${declared[0]} xmlns:${prefix}=${declared[0].slice(declared[0].indexOf('=') + 1).trim()}`);
    }
    return prefix === undefined ? tag : tag.replace(unprefixedName, (_, slash: string, name: string) => `<${slash}${prefix}:${name}`);
  });
}

/** The part with the prefixes Word gives the namespaces above, its default namespace among them; unchanged (the same string) when it uses them already. */
export function withWordPrefixes(xml: string): string {
  const bindings = bindingsIn(xml);
  const renames = renamesIn(bindings);
  const prefixed = renames.size === 0 ? xml : xml.replace(tags, (tag) => renamedTag(tag, renames));
  return withPrefixedDefaults(prefixed, bindings);
}
