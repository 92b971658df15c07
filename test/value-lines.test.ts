/**
 * Where a sentence stands in the file when YAML folds the file's lines of a text into one:
 * a `>` block or a plain scalar over several lines. The real files' prose, wrapped at several
 * widths in each style, must report each sentence on the file line it begins on, as a `|` block
 * does; the bold-heading warning points into a folded text the same way.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseDocument, type Scalar, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { documentText } from '../src/check/document-text.js';
import { boldHeadingWarnings } from '../src/lint/bold-heading.js';
import { quotedValueOffsets } from '../src/quoted-text.js';
import { parseSource, type LoadedFile } from '../src/load.js';
import { defaultRegulation } from '../src/regulations/index.js';
import { validateLoaded } from '../src/validate.js';
import { municipalityNames, root } from './helpers.js';

type Style = 'folded' | 'plain' | 'double' | 'single' | 'escaped';

/** How each style opens a text on the field's line, and how a line of the text is written in it. */
const styles: Record<Style, { open: string; close: string; line: (text: string) => string }> = {
  folded: { open: ' >-', close: '', line: (text) => text },
  plain: { open: '', close: '', line: (text) => text },
  double: { open: ' "', close: '"', line: (text) => text },
  single: { open: " '", close: "'", line: (text) => text },
  // In double quotes, with the Danish letters and the odd space written as escapes.
  escaped: { open: ' "', close: '"', line: (text) => text.replace(/æ/g, '\\u00e6').replace(/ø/g, '\\xf8').replace(/, /g, ',\\ ') },
};

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

/**
 * The fields as YAML in the style, and per field each paragraph's wrapped lines with their file
 * line. A text in quotes begins on the field's line and ends with its last.
 */
function render(fields: [string, string[]][], style: Style, width: number) {
  const { open, close, line: written } = styles[style];
  const quoted = close !== '';
  const out = ['kommune: Randers Kommune', 'titel: Kvalitetsstandard for social behandling for stofmisbrug'];
  const placed = new Map<string, { paragraph: string; lines: { offset: number; line: number }[] }[]>();
  for (const [key, paragraphs] of fields) {
    out.push(`${key}:`, `  tekst:${open}`);
    placed.set(
      key,
      paragraphs.map((paragraph, index) => {
        if (index > 0) out.push('', '');
        const lines = wrap(paragraph, width).map(({ text, offset }, at) => {
          if (quoted && index === 0 && at === 0) out[out.length - 1] += written(text);
          else out.push(`    ${written(text)}`);
          return { offset, line: out.length };
        });
        return { paragraph, lines };
      }),
    );
    out[out.length - 1] += close;
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
    for (const style of Object.keys(styles) as Style[]) {
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

describe('in quotes, the place of a line is read through its escapes', () => {
  it('every text of the five files, as the yaml package writes it in double and single quotes, reads back to its value, unit by unit', () => {
    let read = 0;
    for (const name of municipalityNames) {
      const texts: string[] = [];
      const walk = (value: unknown): void => {
        if (typeof value === 'string') texts.push(value);
        else if (value && typeof value === 'object') Object.values(value).forEach(walk);
      };
      walk(parse(readFileSync(join(root, 'municipalities', `${name}.yml`), 'utf8')));
      for (const text of texts) {
        for (const [type, lineWidth] of [
          ['QUOTE_DOUBLE', 40],
          ['QUOTE_DOUBLE', 80],
          ['QUOTE_SINGLE', 40],
          ['QUOTE_SINGLE', 80],
        ] as const) {
          const yaml = stringify({ tekst: text }, { defaultStringType: type, lineWidth, minContentWidth: 10 });
          const scalar = parseDocument(yaml).get('tekst', true) as Scalar<string>;
          if (scalar.type !== type) continue;
          const offsets = quotedValueOffsets(yaml, scalar.range![0], scalar.value);
          expect(offsets, yaml).toBeDefined();
          // Each unit comes from where it is written: the same character, or the escape or line break it was read from.
          const astray = scalar.value.split('').findIndex((unit, at) => !['\\', '\n', "'", unit].includes(yaml[offsets![at]!]!));
          expect(astray, yaml).toBe(-1);
          read += 1;
        }
      }
    }
    expect(read).toBeGreaterThan(1000);
  });

  const quoted = [
    'kommune: Xby Kommune',
    'titel: Kvalitetsstandard',
    'opgaver:',
    '  tekst: "Vi tilbyder r\\u00e5dgivning og',
    '    ambulant behandling.',
    '',
    '',
    '    \\ **D\\u00f8gnbehandling**',
    '',
    '',
    '    D\\xf8gnbehandling sker på et',
    '    godkendt behandlingssted."',
    '',
  ].join('\n');

  it('the bold-heading warning: from the bold line’s first star to its last, as written', () => {
    const [warning] = boldHeadingWarnings(loadedOf(quoted));
    expect(warning?.code).toBe('fed-som-overskrift');
    const written = '**D\\u00f8gnbehandling**';
    expect(warning?.start).toEqual({ line: 8, column: 7 });
    expect(warning?.end).toEqual({ line: 8, column: 7 + written.length });
  });

  it('the sentences: each on the line it begins on', () => {
    const loaded = loadedOf(quoted);
    const validation = validateLoaded(loaded);
    if (!validation.valid) throw new Error(JSON.stringify(validation.diagnostics));
    const [section] = documentText(loaded, validation.document, defaultRegulation).sections;
    expect(section?.sentences.map((sentence) => [sentence.text, sentence.line])).toEqual([
      ['Vi tilbyder rådgivning og ambulant behandling.', 4],
      ['Døgnbehandling', 8],
      ['Døgnbehandling sker på et godkendt behandlingssted.', 11],
    ]);
  });
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

  it('in quotes, double or single, after an escape: at the line of the item', () => {
    for (const [open, close, escaped] of [
      ['"', '"', 'f\\xf8lgende'],
      ["'", "'", "''følgende''"],
    ] as const) {
      const yaml = `kommune: Xby Kommune\ntitel: Kvalitetsstandard\nopgaver:\n  tekst: ${open}Vi tilbyder ${escaped}:\n    - rådgivning\n    - ambulant behandling${close}\n`;
      const warnings = foldedWarnings(yaml);
      expect(
        warnings.map((warning) => [warning.start, warning.args]),
        yaml,
      ).toEqual([
        [
          { line: 5, column: 5 },
          { linje: '- rådgivning', art: 'punkt', blok: 'citeret' },
        ],
      ]);
    }
    // On one line of the file, a text in quotes folds nothing, whatever its escapes.
    expect(foldedWarnings('kommune: Xby Kommune\ntitel: Kvalitetsstandard\nopgaver:\n  tekst: "Vi tilbyder:\\n- rådgivning"\n')).toEqual([]);
  });

  it('the real files, written with |, have none', () => {
    for (const name of municipalityNames) expect(foldedWarnings(readFileSync(join(root, 'municipalities', `${name}.yml`), 'utf8')), name).toEqual([]);
  });
});
