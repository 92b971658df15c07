/**
 * Builds Word documents for the import tests from the text of the five source documents
 * (../shared/seeds/*.txt). The headings are the documents' own: the `overskrift` values and
 * in-text `###` headings of the hand-made transcription in municipalities/, found again in
 * the source text, at the level the transcription gives them. Everything else is the source
 * text as it stands: wrapped lines joined into paragraphs, bullet lines as bullet lists,
 * page numbers (lines of only digits) left out as the extraction artefacts they are.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { parse } from 'yaml';
import { convertDocx } from '../src/import/docx.js';
import { readEntry, zipEntries } from '../src/import/zip.js';
import type { ImportedStandard } from '../src/import/imported.js';
import { importOutline } from '../src/import/index.js';
import { standardToYaml } from '../src/import/yaml.js';

/**
 * ../shared/seeds beside the repository (as in CI); in a git worktree, beside the main
 * checkout; or where KVALITETSSTANDARD_SEEDS points.
 */
function findSeeds(): URL {
  const candidates = [process.env.KVALITETSSTANDARD_SEEDS, fileURLToPath(new URL('../../shared/seeds/', import.meta.url))];
  try {
    const common = execFileSync('git', ['rev-parse', '--path-format=absolute', '--git-common-dir'], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      encoding: 'utf8',
    }).trim();
    candidates.push(join(common, '..', '..', 'shared', 'seeds'));
  } catch {
    // Not a git checkout: the first two places only.
  }
  const found = candidates.find((candidate) => candidate && existsSync(join(candidate, 'randers.txt')));
  return pathToFileURL(`${found ?? candidates[1]}/`);
}

export const seedsDir = findSeeds();
export const seedNames = ['broenderslev', 'fredericia', 'holstebro', 'ikast-brande', 'randers'] as const;

export type Block = { kind: 'title' | 'subtitle' | 'paragraph' | 'bullet'; text: string } | { kind: 'heading'; level: number; text: string };

/** The same heading however the document spaces, numbers or punctuates it. */
export const headingKey = (text: string): string =>
  text
    .toLowerCase()
    .replace(/^\s*\d{1,2}(?:\.\d{1,2})*\s*(?:[.)]\s*|\s*[-–]\s+|\s+)(?=\S)/, '')
    .replace(/[\s:?]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();

interface Handmade {
  titel: string;
  undertitel?: string;
  lovgrundlag?: string[];
  godkendelse?: Array<{ organ: string; dato: string }>;
  praesentation?: { raekkefoelge?: Array<string | string[]> };
  oevrige_afsnit?: Array<{ noegle: string; overskrift?: string; tekst?: string }>;
  bilag?: Array<{ noegle: string; overskrift?: string; tekst?: string }>;
  [field: string]: unknown;
}

export function handmade(name: string): Handmade {
  return parse(readFileSync(new URL(`../municipalities/${name}.yml`, import.meta.url), 'utf8')) as Handmade;
}

export interface HeadingPlace {
  level: number;
  /** The key of the chapter heading it stands under (for a heading at level 2 or deeper). */
  chapter?: string;
}

/** Heading → level, from the transcription: chapters 1, later sections of a chapter 2, `###` inside a text one below its section. */
export function headingLevels(made: Handmade): Map<string, HeadingPlace> {
  const sections = new Map<string, { overskrift?: string; tekst?: string }>();
  for (const [key, value] of Object.entries(made)) {
    if (value && typeof value === 'object' && !Array.isArray(value) && ('tekst' in value || 'overskrift' in value))
      sections.set(key, value as { overskrift?: string; tekst?: string });
  }
  for (const list of [made.oevrige_afsnit ?? [], made.bilag ?? []]) for (const section of list) sections.set(section.noegle, section);
  const levels = new Map<string, HeadingPlace>();
  const add = (key: string, level: number, chapterKey?: string) => {
    const section = sections.get(key);
    if (!section) return;
    sections.delete(key);
    const chapter = chapterKey ? (sections.get(chapterKey)?.overskrift ?? chapterHeadings.get(chapterKey)) : undefined;
    if (section.overskrift && !levels.has(headingKey(section.overskrift))) {
      levels.set(headingKey(section.overskrift), { level, ...(chapter ? { chapter: headingKey(chapter) } : {}) });
    }
    for (const match of (section.tekst ?? '').matchAll(/^(#{3,6})\s+(.+)$/gm)) {
      const inner = level + match[1]!.length - 2;
      const headingText = headingKey(match[2]!.replace(/\*\*/g, ''));
      if (!levels.has(headingText)) levels.set(headingText, { level: inner });
    }
  };
  const chapterHeadings = new Map<string, string>();
  for (const entry of made.praesentation?.raekkefoelge ?? []) {
    if (!Array.isArray(entry)) {
      add(entry, 1);
      continue;
    }
    const [first, ...rest] = entry;
    const heading = sections.get(first!)?.overskrift;
    if (heading) chapterHeadings.set(first!, heading);
    add(first!, 1);
    for (const key of rest) add(key, 2, first);
  }
  for (const key of [...sections.keys()]) add(key, 1);
  return levels;
}

const bulletPattern = /^(?:[•▪●◦○■□➢►\-–]|[\uE000-\uF8FF])\s*/;

/** The source text as blocks, with the transcription's headings, title and subtitle marked. */
export function seedBlocks(name: string): Block[] {
  const made = handmade(name);
  const levels = headingLevels(made);
  const lines = readFileSync(new URL(`${name}.txt`, seedsDir), 'utf8')
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim());
  const blocks: Block[] = [];
  let current: Block | undefined;
  let currentChapter: string | undefined;
  const flush = () => {
    if (current?.text) blocks.push(current);
    current = undefined;
  };
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (line === '') {
      // The extraction also put blank lines inside paragraphs: a paragraph that stops mid-sentence
      // and a next line that starts in lower case are one paragraph.
      const next = lines.slice(index + 1).find((each) => each !== '');
      const midSentence = current !== undefined && current.kind !== 'heading' && !/[.!?:]$/.test(current.text) && next !== undefined && /^[a-zæøå]/.test(next);
      if (!midSentence) flush();
      continue;
    }
    // Page numbers; a year on a line of its own stays text.
    if (/^\d{1,3}$/.test(line)) continue;
    // A heading may be wrapped over up to three lines.
    // A heading may be wrapped over up to three lines (the extraction may put blank lines between them);
    // one that belongs to a chapter is looked for in that chapter only.
    let heading: { level: number; text: string; used: number } | undefined;
    const following = lines
      .map((each, at) => ({ each, at }))
      .slice(index)
      .filter(({ each }) => each !== '')
      .slice(0, 3);
    for (let used = 1; used <= following.length && !heading; used += 1) {
      const joined = following
        .slice(0, used)
        .map(({ each }) => each)
        .join(' ');
      const place = levels.get(headingKey(joined));
      if (place && (!place.chapter || place.chapter === currentChapter))
        heading = { level: place.level, text: joined, used: following[used - 1]!.at - index + 1 };
    }
    // A row of a two-column table, flattened to »Label Text …«: the label is a heading of this chapter.
    const row = heading
      ? undefined
      : [...levels].find(([key, place]) => place.chapter !== undefined && place.chapter === currentChapter && line.toLowerCase().startsWith(`${key} `));
    if (row) {
      const [key, place] = row;
      flush();
      blocks.push({ kind: 'heading', level: place.level, text: line.slice(0, key.length) });
      levels.delete(key);
      current = { kind: 'paragraph', text: line.slice(key.length + 1).trim() };
      continue;
    }
    if (heading) {
      if (heading.level === 1) currentChapter = headingKey(heading.text);
      flush();
      blocks.push({ kind: 'heading', level: heading.level, text: heading.text });
      levels.delete(headingKey(heading.text));
      index += heading.used - 1;
      continue;
    }
    if (bulletPattern.test(line) && line.replace(bulletPattern, '') !== '') {
      flush();
      current = { kind: 'bullet', text: line.replace(bulletPattern, '') };
      continue;
    }
    if (current?.kind === 'bullet' && (/[.!?:]$/.test(current.text) || !/^[a-zæøå]/.test(line))) flush();
    if (current) current.text = `${current.text} ${line}`;
    else current = { kind: 'paragraph', text: line };
  }
  flush();
  // The title page: the paragraph before the first heading that carries the transcription's title (and subtitle).
  const firstHeading = blocks.findIndex((block) => block.kind === 'heading');
  const front = blocks.slice(0, firstHeading < 0 ? blocks.length : firstHeading);
  const mark = (value: string | undefined, kind: 'title' | 'subtitle') => {
    if (!value) return;
    const block = front.find((each) => each.kind === 'paragraph' && each.text.toLowerCase().includes(value.toLowerCase()));
    if (block) block.kind = kind;
  };
  mark(made.titel, 'title');
  mark(made.undertitel, 'subtitle');
  return blocks;
}

const headingLevelsDocx = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
];

export function paragraphOf(block: Block, style: 'styles' | 'messy' = 'styles'): Paragraph {
  switch (block.kind) {
    case 'title':
      return new Paragraph({ text: block.text, heading: HeadingLevel.TITLE });
    case 'subtitle':
      return new Paragraph({ text: block.text, style: 'Subtitle' });
    case 'heading':
      // The messy document has no heading styles: headings are bold paragraphs.
      return style === 'messy'
        ? new Paragraph({ children: [new TextRun({ text: block.text, bold: true })] })
        : new Paragraph({ text: block.text, heading: headingLevelsDocx[Math.min(block.level, 6) - 1] });
    case 'bullet':
      return style === 'messy'
        ? new Paragraph({ text: block.text, numbering: { reference: 'tal', level: 0 } })
        : new Paragraph({ text: block.text, bullet: { level: 0 } });
    default:
      return new Paragraph({ text: block.text });
  }
}

const numbering = {
  config: [{ reference: 'tal', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }],
};

/** Word's own style for entries of a table of contents (its name is what Word stores, also in a Danish Word). */
const tocStyle = { id: 'TOC1', name: 'toc 1', basedOn: 'Normal', next: 'Normal', run: {}, paragraph: {} };
/** A municipality's own heading style, as corporate Word templates have them. */
const houseHeadingStyle = { id: 'KKOverskrift2', name: 'KK Overskrift 2', basedOn: 'Normal', next: 'Normal', run: { bold: true }, paragraph: {} };

export async function docxOf(children: Array<Paragraph | Table | TableOfContents>, header?: string, footnotes: Record<number, string> = {}): Promise<Buffer> {
  const document = new Document({
    numbering,
    footnotes: Object.fromEntries(Object.entries(footnotes).map(([id, text]) => [id, { children: [new Paragraph(text)] }])),
    styles: { paragraphStyles: [tocStyle, houseHeadingStyle] },
    features: { updateFields: false },
    sections: [
      {
        ...(header
          ? {
              headers: { default: new Header({ children: [new Paragraph(header)] }) },
              footers: { default: new Footer({ children: [new Paragraph(`${header} (sidefod)`)] }) },
            }
          : {}),
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

export async function seedDocx(name: string): Promise<Buffer> {
  return docxOf(seedBlocks(name).map((block) => paragraphOf(block)));
}

/**
 * The same document as a careless author makes it: headings typed as bold paragraphs, bullet
 * lists as numbered lists, each sub-section as a row of a two-column table (heading | text),
 * a table of contents, and a page header and footer on every page.
 */
export async function messyDocx(name: string): Promise<{ bytes: Buffer; blocks: Block[]; header: string; toc: string[] }> {
  const blocks = seedBlocks(name);
  const header = `${handmade(name).kommune} · kvalitetsstandard · side`;
  const toc = blocks.filter((block) => block.kind === 'heading' && block.level === 1).map((block) => block.text);
  const children: Array<Paragraph | Table> = toc.map((text, index) => new Paragraph({ style: 'TOC1', children: [new TextRun(`${text}\t${index + 3}`)] }));
  let rows: TableRow[] = [];
  const endTable = () => {
    if (rows.length > 0) children.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }));
    rows = [];
  };
  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index]!;
    if (block.kind === 'heading' && block.level >= 2) {
      // The sub-section's text until the next heading goes into the row's right-hand cell.
      const body: Block[] = [];
      while (index + 1 < blocks.length && blocks[index + 1]!.kind !== 'heading') body.push(blocks[(index += 1)]!);
      if (body.length === 0) body.push({ kind: 'paragraph', text: '' });
      rows.push(
        new TableRow({
          children: [
            new TableCell({ children: [new Paragraph(block.text)] }),
            new TableCell({ children: body.map((each) => (each.text === '' ? new Paragraph('') : paragraphOf(each, 'messy'))) }),
          ],
        }),
      );
      continue;
    }
    endTable();
    children.push(paragraphOf(block, 'messy'));
  }
  endTable();
  return { bytes: await docxOf(children, header), blocks, header, toc };
}

export interface ZipPart {
  name: string;
  data: Buffer;
  /** A size to claim in the headers instead of the real one (what a zip bomb does). */
  claimedSize?: number;
  encrypted?: boolean;
}

/** A zip archive, written by hand so the test can make it lie. */
export function zip(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const data = deflateRawSync(part.data);
    const size = part.claimedSize ?? part.data.length;
    const header = (central: boolean) => {
      const buffer = Buffer.alloc(central ? 46 : 30);
      buffer.writeUInt32LE(central ? 0x02014b50 : 0x04034b50, 0);
      let at = 4;
      if (central) buffer.writeUInt16LE(20, (at += 2) - 2);
      buffer.writeUInt16LE(20, at);
      buffer.writeUInt16LE(part.encrypted ? 1 : 0, at + 2);
      buffer.writeUInt16LE(8, at + 4);
      buffer.writeUInt32LE(crc32(part.data), at + 10);
      buffer.writeUInt32LE(data.length, at + 14);
      buffer.writeUInt32LE(size, at + 18);
      buffer.writeUInt16LE(name.length, at + 22);
      if (central) buffer.writeUInt32LE(offset, 42);
      return buffer;
    };
    locals.push(header(false), name, data);
    centrals.push(header(true), name);
    offset += 30 + name.length + data.length;
  }
  const central = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, central, end]);
}

/** A Word document whose document part is rewritten, zipped again. */
export async function withDocumentXml(change: (xml: string) => string, children: Paragraph[] = [new Paragraph('Randers Kommune')]): Promise<Buffer> {
  const whole = await docxOf(children);
  const parts = zipEntries(whole).map((entry) => ({ name: entry.name, data: readEntry(whole, entry, 10_000_000) }));
  const document = parts.find((part) => part.name === 'word/document.xml')!;
  document.data = Buffer.from(change(document.data.toString('utf8')));
  return zip(parts);
}

export interface Imported {
  standard: ImportedStandard;
  yaml: string;
}

/** The importer without the file system: a .docx in, the standard and its YAML out. */
export async function importBytes(bytes: Buffer, options: { kommune?: string } = {}): Promise<Imported> {
  const standard = importOutline(await convertDocx(bytes), { fileName: 'test', ...options });
  return { standard, yaml: standardToYaml(standard, { sourceName: 'test.docx', schemaPath: '../schema/kvalitetsstandard.schema.json' }) };
}

export { ExternalHyperlink, FootnoteReferenceRun, HeadingLevel, ImageRun, Paragraph, Table, TableCell, TableOfContents, TableRow, TextRun, WidthType };
