/**
 * Where a sentence stands in the file when YAML folds the file's lines of a text into one:
 * a `>` block or a plain scalar over several lines. The real files' prose, wrapped at several
 * widths in each style, must report each sentence on the file line it begins on, as a `|` block
 * does; the bold-heading warning points into a folded text the same way.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { documentText } from '../src/check/document-text.js';
import { boldHeadingWarnings } from '../src/lint/bold-heading.js';
import { parseSource, type LoadedFile } from '../src/load.js';
import { defaultRegulation } from '../src/regulations/index.js';
import { validateLoaded } from '../src/validate.js';
import { municipalityNames, root } from './helpers.js';

type Style = 'folded' | 'plain';

/** A field's prose: paragraphs of plain words, no Markdown structure, nothing a plain scalar cannot hold. */
function proseFields(name: string): [string, string[]][] {
  const data = parse(readFileSync(join(root, 'municipalities', `${name}.yml`), 'utf8')) as Record<string, { tekst?: unknown }>;
  return Object.entries(data).flatMap(([key, value]) => {
    const text = typeof value === 'object' && value !== null && typeof value.tekst === 'string' ? value.tekst.trim() : '';
    const paragraphs = text.split(/\n\s*\n/).map((paragraph) => paragraph.replace(/\s+/g, ' ').trim());
    const plainWords = paragraphs.every((paragraph) => paragraph !== '' && !/[-*+|#>[\]`_<&!%@{}"':]|^\d/.test(paragraph));
    return plainWords ? [[key, paragraphs] as [string, string[]]] : [];
  });
}

/** Paragraph lines of at most `width` characters, each with its offset in the paragraph. */
function wrap(paragraph: string, width: number): { text: string; offset: number }[] {
  const lines: { text: string; offset: number }[] = [];
  let offset = 0;
  for (const word of paragraph.split(' ')) {
    const last = lines.at(-1);
    if (last && last.text.length + 1 + word.length <= width) last.text += ` ${word}`;
    else lines.push({ text: word, offset: lines.length === 0 ? 0 : offset });
    offset += word.length + 1;
  }
  return lines;
}

/** The fields as YAML in the style, and per field each paragraph's wrapped lines with their file line. */
function render(fields: [string, string[]][], style: Style, width: number) {
  const out = ['kommune: Randers Kommune', 'titel: Kvalitetsstandard for social behandling for stofmisbrug'];
  const placed = new Map<string, { paragraph: string; lines: { offset: number; line: number }[] }[]>();
  for (const [key, paragraphs] of fields) {
    out.push(`${key}:`, style === 'folded' ? '  tekst: >-' : '  tekst:');
    placed.set(
      key,
      paragraphs.map((paragraph, index) => {
        if (index > 0) out.push('', '');
        const lines = wrap(paragraph, width).map(({ text, offset }) => {
          out.push(`    ${text}`);
          return { offset, line: out.length };
        });
        return { paragraph, lines };
      }),
    );
  }
  return { yaml: `${out.join('\n')}\n`, placed };
}

function loadedOf(yaml: string): LoadedFile {
  const loaded = parseSource('foldet.yml', new TextEncoder().encode(yaml));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  return loaded.loaded;
}

describe('a sentence in a text YAML folds stands on the file line it begins on', () => {
  for (const name of municipalityNames) {
    const fields = proseFields(name);
    for (const style of ['folded', 'plain'] as const) {
      it(`${name}: ${fields.length} fields of prose, ${style}, wrapped at 40, 60 and 90 characters`, () => {
        expect(fields.length).toBeGreaterThan(0);
        for (const width of [40, 60, 90]) {
          const { yaml, placed } = render(fields, style, width);
          const loaded = loadedOf(yaml);
          const validation = validateLoaded(loaded);
          if (!validation.valid) throw new Error(JSON.stringify(validation.diagnostics));
          let checked = 0;
          for (const section of documentText(loaded, validation.document, defaultRegulation).sections) {
            for (const sentence of section.sentences) {
              const paragraph = placed.get(section.key)!.find((candidate) => candidate.paragraph.includes(sentence.text.slice(0, 40)))!;
              const offset = paragraph.paragraph.indexOf(sentence.text.slice(0, 40));
              const expected = paragraph.lines.filter((line) => line.offset <= offset).at(-1)!.line;
              expect(sentence.line, `${width}: »${sentence.text.slice(0, 60)}«`).toBe(expected);
              checked += 1;
            }
          }
          // The wrapping must put sentences on later lines of their paragraph, or the test proves nothing.
          expect(checked).toBeGreaterThan(fields.length);
        }
      });
    }
  }

  it('a quoted text with escaped line breaks keeps its sentences on its one line', () => {
    const yaml = 'kommune: Xby Kommune\ntitel: Kvalitetsstandard\nopgaver:\n  tekst: "Vi tilbyder rådgivning.\\n\\nVi tilbyder ambulant behandling."\n';
    const loaded = loadedOf(yaml);
    const validation = validateLoaded(loaded);
    if (!validation.valid) throw new Error(JSON.stringify(validation.diagnostics));
    const lines = documentText(loaded, validation.document, defaultRegulation).sections.flatMap((section) =>
      section.sentences.map((sentence) => sentence.line),
    );
    expect(lines).toEqual([4, 4]);
  });
});

describe('the bold-heading warning points into a folded text', () => {
  for (const style of ['>-', '|'] as const) {
    it(`in a ${style} block, at the line and column of the bold line`, () => {
      const yaml = [
        'kommune: Xby Kommune',
        'titel: Kvalitetsstandard',
        'opgaver:',
        `  tekst: ${style}`,
        '    Vi tilbyder rådgivning og',
        '    ambulant behandling.',
        '',
        '',
        '    **Døgnbehandling**',
        '',
        '',
        '    Døgnbehandling sker på et',
        '    godkendt behandlingssted.',
        '',
      ].join('\n');
      const [warning] = boldHeadingWarnings(loadedOf(yaml));
      expect(warning?.code).toBe('fed-som-overskrift');
      expect(warning?.start).toEqual({ line: 9, column: 5 });
      expect(warning?.end).toEqual({ line: 9, column: 5 + '**Døgnbehandling**'.length });
    });
  }
});

describe('a line meant as structure in a text YAML folds is named where it stands', () => {
  const randers = readFileSync(join(root, 'municipalities', 'randers.yml'), 'utf8');
  const foldedWarnings = (yaml: string) => {
    const loaded = loadedOf(yaml);
    const validation = validateLoaded(loaded);
    if (!validation.valid) throw new Error(JSON.stringify(validation.diagnostics));
    return validation.warnings.filter((warning) => warning.code === 'tekst-foldet');
  };
  /** Randers' task list, whose second item is the first line a fold joins to the one above. */
  const secondItem = randers.split('\n').indexOf('    - Ambulant behandling') + 1;

  it('a list in a > block: at its second item, which joins the first', () => {
    const [warning, ...more] = foldedWarnings(
      randers.replace('opgaver:\n  overskrift: Hvad kan behandlingen til mig bestå af?\n  tekst: |', (head) => head.replace(/\|$/, '>')),
    );
    expect(more).toEqual([]);
    expect(warning?.start).toEqual({ line: secondItem, column: 5 });
    expect(warning?.args).toEqual({ linje: '- Ambulant behandling', art: 'punkt', blok: 'foldet' });
  });

  it('a table row, a heading and a numbered item, in a > block and in a plain text', () => {
    const text = (style: string, second: string) =>
      `kommune: Xby Kommune\ntitel: Kvalitetsstandard\nopgaver:\n  tekst:${style}\n    Vi tilbyder følgende\n    | Tilbud | Pris |\nbetaling:\n  tekst:${style}\n    Betaling\n    ${second}\n`;
    expect(foldedWarnings(text(' >', '## Kost og logi')).map((warning) => [warning.start?.line, warning.args])).toEqual([
      [6, { linje: '| Tilbud | Pris |', art: 'tabelraekke', blok: 'foldet' }],
      [10, { linje: '## Kost og logi', art: 'overskrift', blok: 'foldet' }],
    ]);
    // In a plain text, » #« begins a comment: a numbered item instead.
    expect(foldedWarnings(text('', '1. Kost og logi')).map((warning) => [warning.start?.line, warning.args])).toEqual([
      [6, { linje: '| Tilbud | Pris |', art: 'tabelraekke', blok: 'ingen' }],
      [10, { linje: '1. Kost og logi', art: 'punkt', blok: 'ingen' }],
    ]);
    expect(foldedWarnings(text(' |', '## Kost og logi'))).toEqual([]);
  });

  it('the real files, written with |, have none', () => {
    for (const name of municipalityNames) expect(foldedWarnings(readFileSync(join(root, 'municipalities', `${name}.yml`), 'utf8')), name).toEqual([]);
  });
});
