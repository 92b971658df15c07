/**
 * A table of døgntilbud (BEK 1477/2019 § 5, stk. 2: behandlingsform, målgruppe, kerneydelser,
 * personaleforhold, fysiske forhold and pris per offer) becomes `doegnbehandling.tilbud`. The
 * table is recognised by what its headings mean, in either direction (a heading row, or the
 * headings down the first column with one offer per column), and only in a part about
 * døgnbehandling; a column whose heading means nothing known goes to the offer's `tekst`
 * under its heading, so no word is lost.
 */
import type { Element } from 'hast';
import { blocksToMarkdown, type InternalLinks, leadingNowhere } from './markdown.js';
import { textOf } from './hast-text.js';
import { fieldsOfHeadings, isOfferTableHeadings, type OfferField } from './offer-fields.js';
import { cellBlocks, cellsOf, rowsOf } from './tables.js';

export type Offer = Partial<Record<OfferField | 'tekst', string>> & { navn: string };

export interface OfferTable {
  offers: Offer[];
  /** Each column's (or row's) heading and the field it went to; none: it went to `tekst`. */
  columns: Array<{ heading: string; field?: OfferField }>;
}

/** The table as a grid of cells, either way round: the first line of the grid is the headings. */
function grids(table: Element): Element[][][] {
  const rows = rowsOf(table).map(cellsOf);
  const width = rows[0]?.length ?? 0;
  if (rows.length < 2 || width < 2 || rows.some((row) => row.length !== width)) return [];
  const columns = rows[0]!.map((_, column) => rows.map((row) => row[column]!));
  return [rows, columns];
}

/** What a cell's Markdown is written with: the document's notes, and the counts of its links inside the document (which lead nowhere from a cell, written before the sections have keys). */
export interface CellContext {
  notes: ReadonlyMap<string, Element[]>;
  links: InternalLinks;
}

const cellMarkdown = (cell: Element, context: CellContext) => blocksToMarkdown(cellBlocks(cell), [], context.notes, leadingNowhere(context.links)).trim();

/** The schema wants an address with its scheme: »www.x.dk« is »https://www.x.dk«; anything else is no address. */
function webAddress(text: string): string | undefined {
  if (/^https?:\/\/\S+$/i.test(text)) return text;
  return /^www\.\S+$/i.test(text) ? `https://${text}` : undefined;
}

/** A cell's value for its field: the name and the address as plain text, the rest as Markdown. */
function cellValue(cell: Element, field: OfferField | undefined, context: CellContext): string | undefined {
  if (field === 'navn') return textOf(cell);
  if (field === 'url') return webAddress(textOf(cell));
  return cellMarkdown(cell, context);
}

function offerOf(
  headings: readonly string[],
  fields: ReadonlyArray<OfferField | undefined>,
  cells: readonly Element[],
  context: CellContext,
): Offer | undefined {
  const offer: Partial<Offer> = {};
  const rest: string[] = [];
  cells.forEach((cell, index) => {
    // An address that is no address stays as text, under its heading.
    const field = fields[index] === 'url' && !webAddress(textOf(cell)) ? undefined : fields[index];
    const value = field ? cellValue(cell, field, context) : cellMarkdown(cell, context);
    if (!value) return;
    if (field) offer[field] = value;
    else rest.push(headings[index]!.trim() ? `**${headings[index]!.trim().replace(/:$/, '')}:** ${value}` : value);
  });
  if (rest.length > 0) offer.tekst = rest.join('\n\n');
  return offer.navn ? (offer as Offer) : undefined;
}

/** The offers of a table of døgntilbud, or undefined when it is not one (or a row has no name). */
export function offerTable(table: Element, context: CellContext): OfferTable | undefined {
  const candidates = grids(table)
    .map((grid) => {
      const headings = grid[0]!.map(textOf);
      return { grid, headings, fields: fieldsOfHeadings(headings) };
    })
    .filter(({ fields }) => isOfferTableHeadings(fields))
    .sort((a, b) => b.fields.filter(Boolean).length - a.fields.filter(Boolean).length);
  const best = candidates[0];
  if (!best) return undefined;
  const lines = best.grid.slice(1).filter((cells) => cells.some((cell) => textOf(cell) !== ''));
  const offers = lines.map((cells) => offerOf(best.headings, best.fields, cells, context));
  if (offers.length === 0 || offers.some((offer) => !offer)) return undefined;
  return {
    offers: offers as Offer[],
    columns: best.headings.map((heading, index) => ({ heading, ...(best.fields[index] ? { field: best.fields[index] } : {}) })),
  };
}

/** Takes the tables of døgntilbud out of a section's blocks, when the section is about døgnbehandling. */
export function takeOfferTables(section: { heading: string; blocks: Element[] }, context: CellContext): OfferTable[] {
  const aboutResidential = /døgn/i.test(section.heading) || section.blocks.some((block) => /døgn/i.test(textOf(block)));
  if (!aboutResidential) return [];
  const tables: OfferTable[] = [];
  section.blocks = section.blocks.filter((block) => {
    const table = block.tagName === 'table' ? offerTable(block, context) : undefined;
    if (table) tables.push(table);
    return !table;
  });
  return tables;
}
