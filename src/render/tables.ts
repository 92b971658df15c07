/**
 * A rehype plugin for the tables in a text: on a phone they fold into one card per row
 * (templates/styles.css), where each cell shows its column's header as a label. The label
 * is the header's text in `data-label`; the roles keep the table a table for a screen
 * reader once its rows are blocks (some browsers drop the semantics with `display: block`).
 */
import type { Element, ElementContent, Root } from 'hast';
import { eachElement } from './walk.js';

const text = (node: ElementContent): string => (node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(text).join('') : '');

const elements = (node: Element, tagNames: string[]): Element[] =>
  node.children.filter((child): child is Element => child.type === 'element' && tagNames.includes(child.tagName));

/** Up to this many columns fit a page's or an A4 column's width without breaking inside a word. */
const wholeWordColumns = 5;

const span = (cell: Element) => Math.max(1, Number(cell.properties.colSpan ?? 1) || 1);

/** The table's rows in order, whether or not they sit in thead/tbody/tfoot. */
const rowsOf = (table: Element) => [...elements(table, ['tr']), ...elements(table, ['thead', 'tbody', 'tfoot']).flatMap((group) => elements(group, ['tr']))];

/** The header row: thead's first row, or a first row of only th; none when the table has no header. */
function headerRow(table: Element): Element | undefined {
  const [head] = elements(table, ['thead']);
  const first = head ? elements(head, ['tr'])[0] : rowsOf(table)[0];
  const cells = first ? elements(first, ['th', 'td']) : [];
  return cells.length > 0 && (head || cells.every((cell) => cell.tagName === 'th')) ? first : undefined;
}

const roles: Record<string, string> = { table: 'table', thead: 'rowgroup', tbody: 'rowgroup', tfoot: 'rowgroup', tr: 'row', td: 'cell' };

function addRoles(table: Element): void {
  eachElement(table, (node) => {
    if (node !== table && node.tagName === 'table') return 'skip';
    const role = node.tagName === 'th' ? (node.properties.scope === 'row' ? 'rowheader' : 'columnheader') : roles[node.tagName];
    if (role) node.properties.role = role;
    return undefined;
  });
}

export function rehypeFoldingTables() {
  return (tree: Root) => {
    eachElement(tree, (table) => {
      if (table.tagName !== 'table') return;
      addRoles(table);
      const header = headerRow(table);
      if (!header) return;
      // A header row outside thead is hidden with it on a phone, where the labels say what it says.
      if (!elements(table, ['thead']).some((head) => head.children.includes(header))) header.properties.className = ['kolonneoverskrifter'];
      // Each column's header by position, so a cell spanning columns does not shift the ones after it.
      const labels = elements(header, ['th', 'td']).flatMap((cell) => Array.from({ length: span(cell) }, () => text(cell).replace(/\s+/g, ' ').trim()));
      // Many columns may not fit beside each other with whole words: such a table may break a long word.
      if (labels.length > wholeWordColumns) table.properties.className = ['mange-kolonner'];
      for (const row of rowsOf(table).filter((row) => row !== header && !elements(table, ['thead']).some((head) => head.children.includes(row)))) {
        let column = 0;
        for (const cell of elements(row, ['td', 'th'])) {
          if (labels[column]) cell.properties.dataLabel = labels[column];
          column += span(cell);
        }
      }
    });
  };
}
