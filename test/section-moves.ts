/** Rewrites a municipality file as a user might have structured it: for the metamorphic tests. */
import { isMap, isScalar, isSeq, parseDocument, type Document, type YAMLMap } from 'yaml';

/** Fields that hold prose besides `tekst`, carried along into the moved section. */
const proseFields = ['politiske_maalsaetninger'];

/** The document without `field` at all, and without it in the presentation order. */
export function withoutSection(source: string, field: string): string {
  const document: Document = parseDocument(source);
  document.delete(field);
  const order = document.getIn(['praesentation', 'raekkefoelge']);
  if (isSeq(order)) {
    order.items = order.items.filter((entry) => !(isScalar(entry) && entry.value === field));
    for (const entry of order.items) if (isSeq(entry)) entry.items = entry.items.filter((inner) => !(isScalar(inner) && inner.value === field));
    order.items = order.items.filter((entry) => !(isSeq(entry) && entry.items.length === 0));
  }
  return document.toString({ lineWidth: 0 });
}

/** The document with `field` moved into `oevrige_afsnit` as a section under `heading`, with no `daekker`. */
export function moveToOtherSections(source: string, field: string, heading: string): string {
  const document: Document = parseDocument(source);
  const section = document.get(field) as YAMLMap | undefined;
  if (!isMap(section)) throw new Error(`${field} is not a section`);
  const texts = ['tekst', ...proseFields, 'maal']
    .flatMap((key) => {
      const value: unknown = section.get(key, true);
      if (isScalar(value)) return [String(value.value)];
      // Target figures keep their own words in `tekst`.
      if (isSeq(value)) return value.items.flatMap((item) => (isMap(item) && item.get('tekst') ? [String(item.get('tekst'))] : []));
      return [];
    })
    .filter((text) => text.trim() !== '');
  const key = `flyttet-${field.replace(/_/g, '-')}`;
  document.delete(field);
  const moved = document.createNode({ noegle: key, overskrift: heading, tekst: texts.join('\n\n') });
  const others = document.get('oevrige_afsnit');
  if (isSeq(others)) others.add(moved);
  else document.set('oevrige_afsnit', document.createNode([moved]));
  const order = document.getIn(['praesentation', 'raekkefoelge']);
  if (isSeq(order)) {
    order.items = order.items.map((entry) => {
      if (isScalar(entry) && entry.value === field) return document.createNode(key);
      if (isSeq(entry)) entry.items = entry.items.map((inner) => (isScalar(inner) && inner.value === field ? document.createNode(key) : inner));
      return entry;
    });
  }
  return document.toString({ lineWidth: 0 });
}
