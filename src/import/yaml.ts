/**
 * The imported standard as a YAML file a person can read and edit: the schema line first,
 * text as literal blocks (`tekst: |`), a blank line between sections, and comments where a
 * value was read from a sentence, a picture was left out, or something needs a look.
 * Written with the yaml package's Document API, so comments sit on the nodes they explain.
 */
import { Document, isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { formatMessage, type MessageArgsByCode, type MessageCode } from '../diagnostics/messages.js';
import type { ImportedStandard, PlacedSection } from './imported.js';
import type { Sourced } from './metadata.js';

const comment = <Code extends MessageCode>(code: Code, args: MessageArgsByCode[Code]) => ` ${formatMessage(code, args).replace(/\s*\n\s*/g, ' ')}`;

function sectionObject(section: PlacedSection): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  if (section.kind === 'afsnit' || section.kind === 'bilag') object.noegle = section.key;
  if (section.heading) object.overskrift = section.heading;
  // Before the text, where a reader sees it.
  if (section.covers.length > 0) object.daekker = section.covers;
  if (section.markdown) object.tekst = `${section.markdown}\n`;
  for (const [name, data] of Object.entries(section.data)) {
    // A year alone is written as a number, as a person would (`senest_revideret: 2016`).
    const value = typeof data.value === 'string' && /^\d{4}$/.test(data.value) ? Number(data.value) : data.value;
    object[name] = name === 'maal' ? (data.value as Array<Sourced<unknown>>).map((figure) => figure.value) : value;
  }
  return object;
}

function pairOf(map: YAMLMap, key: string): Pair<Node, Node> | undefined {
  return map.items.find((item) => isScalar(item.key) && item.key.value === key) as Pair<Node, Node> | undefined;
}

function addComment(node: Node | null | undefined, text: string): void {
  if (!node) return;
  node.commentBefore = node.commentBefore ? `${node.commentBefore}\n${text}` : text;
}

/** Short lists on one line, as people write them: `maaneder: [1, 6]`. */
const flowLists = new Set(['maaneder', 'udskrivningsstatusser', 'daekker']);

/** Literal blocks for every text, so a person edits it as the prose it is; short lists in flow style. */
function layout(node: unknown): void {
  if (isMap(node)) {
    for (const item of node.items) {
      if (isScalar(item.key) && isScalar(item.value) && typeof item.value.value === 'string' && item.value.value.includes('\n'))
        item.value.type = 'BLOCK_LITERAL';
      if (isScalar(item.key) && flowLists.has(String(item.key.value)) && isSeq(item.value)) item.value.flow = true;
      // A chapter of several sections in the order: `- [opgaver, gavekort]`.
      if (isScalar(item.key) && item.key.value === 'raekkefoelge' && isSeq(item.value))
        for (const entry of item.value.items) if (isSeq(entry)) entry.flow = true;
      layout(item.value);
    }
  } else if (isSeq(node)) node.items.forEach(layout);
}

/** A paragraph that left the text (only a revision date) is quoted as the document's words; others as what was read. */
const sourceComment = (name: string, data: Sourced<unknown>): 'import-kommentar-tabel' | 'import-kommentar-kilde' | 'import-kommentar-saetning' =>
  name === 'tilbud' ? 'import-kommentar-tabel' : data.consumed ? 'import-kommentar-kilde' : 'import-kommentar-saetning';

function annotateSection(map: YAMLMap, keyNode: Node | null, section: PlacedSection): void {
  for (const description of section.images) addComment(keyNode, comment('import-kommentar-billede', { beskrivelse: description }));
  for (const diagram of section.diagrams ?? [])
    addComment(keyNode, comment('import-kommentar-diagram', { slags: diagram.kind, beskrivelse: diagram.description }));
  if (section.reason === 'overskrift-nævner-flere' || section.reason === 'krav-allerede-besat') {
    const asked = { overskrift: section.heading ?? '', krav: (section.named ?? []).join(', ') };
    const tekst =
      section.reason === 'overskrift-nævner-flere'
        ? formatMessage('import-spoerg-flere-krav', asked)
        : formatMessage('import-spoerg-krav-besat', { ...asked, andet: section.claimedBy ?? '' });
    addComment(
      keyNode,
      comment('import-kommentar-tjek', {
        tekst,
      }),
    );
  }
  for (const [name, data] of Object.entries(section.data)) {
    const pair = pairOf(map, name);
    if (!pair) continue;
    if (name === 'maal') {
      const figures = data.value as Array<Sourced<unknown>>;
      if (isSeq(pair.value))
        pair.value.items.forEach((item, index) => addComment(item as Node, comment('import-kommentar-saetning', { tekst: figures[index]!.source })));
    } else addComment(pair.key, comment(sourceComment(name, data), { tekst: data.source }));
  }
}

export function standardToYaml(standard: ImportedStandard, options: { sourceName: string; schemaPath: string }): string {
  const top: Record<string, unknown> = { kommune: standard.kommune.value, titel: standard.titel.value };
  if (standard.undertitel) top.undertitel = standard.undertitel.value;
  if (standard.lovgrundlag.length > 0) top.lovgrundlag = standard.lovgrundlag.map((law) => law.value);
  if (standard.godkendelse.length > 0) top.godkendelse = standard.godkendelse.map((approval) => approval.value);
  const others = standard.sections.filter((section) => section.kind === 'afsnit');
  const appendices = standard.sections.filter((section) => section.kind === 'bilag');
  for (const section of standard.sections) if (section.kind === 'forord' || section.kind === 'krav') top[section.key] = sectionObject(section);
  if (others.length > 0) top.oevrige_afsnit = others.map(sectionObject);
  if (appendices.length > 0) top.bilag = appendices.map(sectionObject);
  top.praesentation = { raekkefoelge: standard.order, ...(standard.numbered ? { nummerering: true } : {}) };

  const document = new Document(top);
  document.commentBefore = ` yaml-language-server: $schema=${options.schemaPath}\n${comment('import-kommentar-hoved', { fil: options.sourceName })}`;
  const root = document.contents as YAMLMap;
  layout(root);

  for (const item of root.items) {
    const key = String((item.key as { value?: unknown }).value);
    if (!['kommune', 'titel', 'undertitel', 'lovgrundlag', 'godkendelse'].includes(key)) (item.key as Node).spaceBefore = true;
  }
  for (const line of standard.kommuneLines) addComment(pairOf(root, 'kommune')?.key as Node, comment('import-kommentar-kilde', { tekst: line }));
  for (const description of standard.coverImages)
    addComment(pairOf(root, 'titel')?.key as Node, comment('import-kommentar-billede', { beskrivelse: description }));
  for (const diagram of standard.coverDiagrams)
    addComment(pairOf(root, 'titel')?.key as Node, comment('import-kommentar-diagram', { slags: diagram.kind, beskrivelse: diagram.description }));
  if ('fallback' in standard.titel)
    addComment(
      pairOf(root, 'titel')?.key as Node,
      comment('import-kommentar-tjek', { tekst: formatMessage('import-spoerg-titel', { titel: standard.titel.value }) }),
    );
  // The paragraphs that only carried metadata are quoted where their facts went, so no words are lost.
  const quoted = new Set<string>();
  const quoteOnce = (node: Node | null | undefined, { source, consumed, pageFurniture }: Sourced<unknown>) => {
    if ((!consumed && !pageFurniture) || quoted.has(source)) return;
    quoted.add(source);
    addComment(node, comment(pageFurniture ? 'import-kommentar-sidefod' : 'import-kommentar-kilde', { tekst: source }));
  };
  const lawPair = pairOf(root, 'lovgrundlag');
  for (const law of standard.lovgrundlag) quoteOnce(lawPair?.key as Node, law);
  const approvalPair = pairOf(root, 'godkendelse');
  if (approvalPair && isSeq(approvalPair.value)) {
    approvalPair.value.items.forEach((item, index) => quoteOnce(item as Node, standard.godkendelse[index]!));
  }

  for (const section of standard.sections) {
    if (section.kind === 'forord' || section.kind === 'krav') {
      const pair = pairOf(root, section.key);
      if (pair && isMap(pair.value)) annotateSection(pair.value, pair.key, section);
    }
  }
  for (const [listName, sections] of [
    ['oevrige_afsnit', others],
    ['bilag', appendices],
  ] as const) {
    const pair = pairOf(root, listName);
    if (!pair || !isSeq(pair.value)) continue;
    pair.value.items.forEach((item, index) => {
      if (isMap(item)) annotateSection(item, item, sections[index]!);
      if (index > 0) (item as Node).spaceBefore = true;
    });
  }
  return document.toString({ lineWidth: 0, indentSeq: true, flowCollectionPadding: false });
}
