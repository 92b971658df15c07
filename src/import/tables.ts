/**
 * Tables as documents use them: a two-column table of labels and texts is the layout of many
 * standards (»Målgruppe | Borgere over 18 år …«); its rows are sections, so the outline reads
 * them as sub-headings. Other tables that a Markdown table cannot hold (cells with several
 * paragraphs or a list) are unfolded row by row.
 */
import type { Element, ElementContent } from 'hast';
import { fieldsOfHeadings, isOfferTableHeadings } from './offer-fields.js';
import { textOf } from './hast-text.js';

export const element = (tagName: string, children: ElementContent[]): Element => ({ type: 'element', tagName, properties: {}, children });
export const text = (value: string): ElementContent => ({ type: 'text', value });

export function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  const walk = (node: Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'tr') rows.push(child);
      else if (['thead', 'tbody', 'tfoot'].includes(child.tagName)) walk(child);
    }
  };
  walk(table);
  return rows;
}

export const cellsOf = (row: Element): Element[] =>
  row.children.filter((child): child is Element => child.type === 'element' && (child.tagName === 'td' || child.tagName === 'th'));

/** Word's own limit on a table's columns: a cell can span no more. */
export const maxTableColumns = 63;

/**
 * The table with each cell's span within Word's limits. The span is the document's word
 * (w:gridSpan, w:vMerge), and the Markdown table gets one cell per column spanned: a span of
 * a billion columns in one cell would fill the import's memory.
 */
export function boundedSpans(table: Element): Element {
  const rows = rowsOf(table);
  for (const cell of rows.flatMap(cellsOf)) {
    const { colSpan, rowSpan } = cell.properties;
    if (Number(colSpan) > maxTableColumns) cell.properties.colSpan = maxTableColumns;
    if (Number(rowSpan) > rows.length) cell.properties.rowSpan = rows.length;
  }
  return table;
}

/** Label | text rows: two cells each, no header cells, labels beside longer texts. */
export function isLabelTable(table: Element): boolean {
  const rows = rowsOf(table);
  if (rows.length === 0) return false;
  let labelLength = 0;
  let textLength = 0;
  for (const row of rows) {
    const cells = cellsOf(row);
    if (cells.length !== 2 || cells.some((cell) => cell.tagName === 'th')) return false;
    const label = textOf(cells[0]!);
    if (label.length > 150) return false;
    labelLength += label.length;
    textLength += textOf(cells[1]!).length;
  }
  return textLength > labelLength;
}

/** A Markdown table cell holds one line: a cell with several paragraphs or a list does not fit. */
export function fitsMarkdownTable(table: Element): boolean {
  return rowsOf(table).every((row) =>
    cellsOf(row).every(
      (cell) => cell.children.filter((child) => child.type === 'element' && ['p', 'ul', 'ol', 'table'].includes(child.tagName)).length <= 1 && !hasList(cell),
    ),
  );
}

const hasList = (node: Element): boolean =>
  node.children.some((child) => child.type === 'element' && (['ul', 'ol', 'table'].includes(child.tagName) || hasList(child)));

/** The cell's content as blocks: its paragraphs and lists, or its inline content in one paragraph. */
export function cellBlocks(cell: Element): Element[] {
  const blocks = cell.children.filter((child): child is Element => child.type === 'element');
  const isBlock = (node: Element) => ['p', 'ul', 'ol', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote'].includes(node.tagName);
  if (blocks.length > 0 && blocks.every(isBlock))
    return blocks.map((block) => (/^h[1-6]$/.test(block.tagName) ? element('p', [element('strong', block.children)]) : block));
  return textOf(cell) === '' ? [] : [element('p', cell.children)];
}

/** Row by row: the first cell as a bold label, the other cells' paragraphs and lists after it. */
export function unfoldTable(table: Element): Element[] {
  return rowsOf(table).flatMap((row) => {
    const [label, ...content] = cellsOf(row);
    const labelText = label ? textOf(label) : '';
    return [...(labelText ? [element('p', [element('strong', [text(labelText)])])] : []), ...content.flatMap(cellBlocks)];
  });
}

/** Below this, a label table holds short facts (»Telefon | 12 34 56 78«), not sections. */
const sectionTextLength = 80;

/** The rows of a label table whose texts are sections' texts: label and blocks, or undefined. */
export function sectionRows(table: Element): Array<{ label: string; blocks: Element[] }> | undefined {
  if (table.tagName !== 'table' || !isLabelTable(table)) return undefined;
  const rows = rowsOf(table).map((row) => {
    const [label, content] = cellsOf(row) as [Element, Element];
    return { label: textOf(label), blocks: cellBlocks(content) };
  });
  // Labels that are a døgntilbud's facts (»Navn«, »Behandlingsform«, »Pris« …) describe one offer, not sections.
  if (isOfferTableHeadings(fieldsOfHeadings(rows.map((row) => row.label)))) return undefined;
  const average = rows.reduce((sum, row) => sum + row.blocks.map(textOf).join(' ').length, 0) / rows.length;
  return average >= sectionTextLength && rows.every((row) => row.label.length <= 120) ? rows : undefined;
}
