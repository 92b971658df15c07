/**
 * `importer`: Word documents made in the test from the five source documents, imported and
 * compared with the source (every paragraph once), the title page's facts and the verdicts
 * of the hand-made transcriptions; a messier variant of each; and bad input.
 */
import { readFileSync } from 'node:fs';
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { checkSource } from '../src/check/run.js';
import { stripNumbering } from '../src/import/placement.js';
import { matrixDate } from './compliance-matrix.js';
import { docxOf, handmade, importBytes, messyDocx, paragraphOf, seedBlocks, seedNames, type Block, type Imported } from './import-docx.js';

// Each test converts Word documents or runs the CLI; on a shared two-core machine that can take seconds.
vi.setConfig({ testTimeout: 60_000 });

/** Whitespace aside, and a bullet typed in front of the text (which becomes a Markdown list item). */
const normalize = (text: string) =>
  text
    .replace(/^\s*[•▪●◦○■□➢►✓\uf0b7\uf0a7]\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();

function plain(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if (node.type === 'break') return ' ';
  return 'children' in node ? (node.children as Nodes[]).map(plain).join('') : '';
}

/** The text blocks of a Markdown text: paragraphs, headings and table cells, as plain text. */
function markdownBlocks(markdown: string): string[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  const out: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      out.push(normalize(plain(node)));
      return;
    }
    if ('children' in node) (node.children as Nodes[]).forEach(walk);
  };
  walk(tree);
  return out;
}

/** Every piece of the document's text in the YAML: values, texts' blocks, and the quoted title-page paragraphs. */
function yamlBlocks(yaml: string): string[] {
  const data = parse(yaml) as Record<string, unknown>;
  const out: string[] = [];
  const walk = (value: unknown, key?: string) => {
    if (typeof value === 'string') {
      if (key === 'tekst') out.push(...markdownBlocks(value));
      else if (key === 'titel' || key === 'undertitel' || key === 'overskrift') out.push(normalize(value));
    } else if (Array.isArray(value)) value.forEach((item) => walk(item, key));
    else if (value && typeof value === 'object') for (const [name, child] of Object.entries(value)) walk(child, name);
  };
  walk(data);
  for (const match of yaml.matchAll(/^\s*# Fra dokumentet: »(.*)«$/gm)) out.push(normalize(match[1]!));
  return out;
}

const count = (items: readonly string[], item: string) => items.filter((each) => each === item).length;

/** Paragraphs of the source that are not in the YAML as often as in the source. */
function lostOrDoubled(blocks: readonly Block[], yaml: string): string[] {
  const source = blocks.map((block) => normalize(block.text));
  const imported = yamlBlocks(yaml);
  return blocks
    .filter((block) => {
      const text = normalize(block.text);
      const expected = count(source, text);
      // A chapter number may move to praesentation.nummerering: the heading is then found without it.
      const unnumbered = block.kind === 'heading' ? normalize(stripNumbering(text)) : text;
      const found = count(imported, text) + (unnumbered !== text ? count(imported, unnumbered) - count(source, unnumbered) : 0);
      return found !== expected;
    })
    .map((block) => `${block.kind}: ${block.text}`);
}

const imports = new Map<string, Promise<Imported>>();
const importSeed = (name: string) => {
  if (!imports.has(name))
    imports.set(
      name,
      docxOf(seedBlocks(name).map((block) => paragraphOf(block))).then((bytes) => importBytes(bytes)),
    );
  return imports.get(name)!;
};

describe('importer: the five source documents as Word documents', () => {
  for (const name of seedNames) {
    describe(name, () => {
      it('writes a file that is valid for the schema', async () => {
        const { yaml } = await importSeed(name);
        const check = checkSource(`${name}.yml`, new TextEncoder().encode(yaml), matrixDate);
        expect(check.valid ? [] : check.diagnostics).toEqual([]);
        expect(yaml.startsWith('# yaml-language-server: $schema=../schema/kvalitetsstandard.schema.json\n')).toBe(true);
      });

      it('gives the same file for the same document', async () => {
        const again = await importBytes(await docxOf(seedBlocks(name).map((block) => paragraphOf(block))));
        expect(again.yaml).toBe((await importSeed(name)).yaml);
      });

      it('has every paragraph of the source in the YAML as often as the source has it', async () => {
        const blocks = seedBlocks(name);
        expect(blocks.length).toBeGreaterThan(100);
        expect(lostOrDoubled(blocks, (await importSeed(name)).yaml)).toEqual([]);
      });

      it('finds the title page’s facts as the document states them', async () => {
        const { standard } = await importSeed(name);
        const made = handmade(name);
        const blocks = seedBlocks(name);
        expect(standard.kommune.value).toBe(made.kommune);
        const title = blocks.find((block) => block.kind === 'title');
        if (title) expect(standard.titel.value).toBe(title.text);
        expect(standard.godkendelse.map((approval) => approval.value)).toEqual(made.godkendelse ?? []);
        const front = blocks
          .slice(
            0,
            blocks.findIndex((block) => block.kind === 'heading'),
          )
          .map((block) => block.text)
          .join(' ');
        for (const law of made.lovgrundlag ?? []) if (front.includes(law)) expect(standard.lovgrundlag.map((each) => each.value)).toContain(law);
      });
    });
  }
});

describe('importer: a messier document (bold headings, a two-column table, numbered lists, a table of contents, page headers)', () => {
  for (const name of seedNames) {
    it(`${name}: imports without losing or doubling a paragraph`, async () => {
      const { bytes, blocks, header, toc } = await messyDocx(name);
      const { yaml, standard } = await importBytes(bytes);
      const check = checkSource(`${name}.yml`, new TextEncoder().encode(yaml), matrixDate);
      expect(check.valid ? [] : check.diagnostics).toEqual([]);
      expect(lostOrDoubled(blocks, yaml)).toEqual([]);
      // Page furniture and the table of contents are not content.
      expect(yaml).not.toContain(header);
      expect(standard.tocEntries).toBe(toc.length);
      expect(standard.boldHeadings).toBe(true);
      expect(standard.questions.map((question) => question.code)).toContain('import-spoerg-fed-overskrift');
    });
  }
});

/**
 * Where the imported file's verdict may differ from the hand-made one, with the reason. The
 * issue asks for agreement on at least 90 % of the 125 cells; any new difference fails the
 * test until it is explained here.
 */
const knownDifferences: Record<string, string> = {
  'ikast-brande §6.2: delvist → mangler':
    'The section »Inddragelse af brugere og pårørende« involves users and relatives only »i det omfang det er muligt«, no answer; the hand-made file has it in its own field (delvist), the import under oevrige_afsnit, where nothing is found (mangler). See test/evidence-moves.test.ts.',
};

describe('importer: the check agrees with the hand-made transcriptions', () => {
  it('on at least 90 % of the 125 verdicts, every difference explained', async () => {
    const differences: string[] = [];
    let cells = 0;
    for (const name of seedNames) {
      const { yaml } = await importSeed(name);
      const imported = checkSource(`${name}.yml`, new TextEncoder().encode(yaml), matrixDate);
      const made = checkSource(`municipalities/${name}.yml`, readFileSync(new URL(`../municipalities/${name}.yml`, import.meta.url)), matrixDate);
      if (!imported.valid || !made.valid) throw new Error(`${name} is not valid`);
      imported.findings.forEach((finding, index) => {
        cells += 1;
        const expected = made.findings[index]!;
        expect(finding.requirement.id).toBe(expected.requirement.id);
        if (finding.status !== expected.status) differences.push(`${name} ${finding.requirement.id}: ${expected.status} → ${finding.status}`);
      });
    }
    expect(cells).toBe(125);
    expect((cells - differences.length) / cells).toBeGreaterThanOrEqual(0.9);
    expect(differences).toEqual(Object.keys(knownDifferences));
  });

  it('and so does the messier variant of each document, on at least 90 %', async () => {
    let agree = 0;
    for (const name of seedNames) {
      const { yaml } = await importBytes((await messyDocx(name)).bytes);
      const imported = checkSource(`${name}.yml`, new TextEncoder().encode(yaml), matrixDate);
      const made = checkSource(`municipalities/${name}.yml`, readFileSync(new URL(`../municipalities/${name}.yml`, import.meta.url)), matrixDate);
      if (!imported.valid || !made.valid) throw new Error(`${name} is not valid`);
      agree += imported.findings.filter((finding, index) => finding.status === made.findings[index]!.status).length;
    }
    expect(agree / 125).toBeGreaterThanOrEqual(0.9);
  });
});
