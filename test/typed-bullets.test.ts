/**
 * A list pasted from Word keeps its bullets (»•«, »▪«, »–«), which Markdown reads as ordinary
 * characters: `validate` and the editor warn at the first item of each such list, and the
 * editor's quick fix writes »- « instead. Tested on the five files' own lists, with their
 * »- « turned into each kind of typed bullet and back.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument, Scalar, visit } from 'yaml';
import type { Diagnostic } from '../src/diagnostics/diagnostic.js';
import { parseSource } from '../src/load.js';
import { codeActions } from '../src/lsp/code-actions.js';
import { analyze } from '../src/lsp/diagnostics.js';
import { validateLoaded } from '../src/validate.js';
import { municipalityNames, root } from './helpers.js';

function warningsOf(text: string): Diagnostic[] {
  const loaded = parseSource('x.yml', Buffer.from(text));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  const validation = validateLoaded(loaded.loaded);
  if (!validation.valid) throw new Error(JSON.stringify(validation.diagnostics));
  return validation.warnings.filter((warning) => warning.code === 'punkt-med-tegn');
}

/** The file with every »- « item inside a `|` text written with `bullet` instead, and the lines (1-based) that begin each list. */
function withTypedBullets(text: string, bullet: string): { text: string; firstItems: number[] } {
  const lines = text.split('\n');
  const firstItems: number[] = [];
  const lineCounter = new LineCounter();
  parseDocument(text, { lineCounter });
  const starts = lineCounter.lineStarts;
  visit(parseDocument(text), {
    Scalar(_key, node) {
      if (node.type !== Scalar.BLOCK_LITERAL || !node.range) return;
      const first = starts.findIndex((start) => start > node.range![0]);
      const last = starts.filter((start) => start < node.range![1]).length - 1;
      let inList = false;
      for (let index = first; index >= 0 && index <= last; index += 1) {
        const item = /^(\s*)- (?=\S)/.exec(lines[index]!);
        if (item && !inList) firstItems.push(index + 1);
        if (item) lines[index] = `${item[1]}${bullet}${lines[index]!.slice(item[0].length)}`;
        if (item || lines[index]!.trim() !== '') inList = !!item;
      }
    },
  });
  return { text: lines.join('\n'), firstItems };
}

describe('a list written with typed bullets', () => {
  const settings = { compliance: 'information', date: '2026-11-23' } as const;

  for (const name of municipalityNames) {
    it(`${name}: each list of the file, its »- « typed as »•«, »▪ «, »– « or »➢ «, is warned of at its first item, and the quick fix writes it back`, () => {
      const original = readFileSync(join(root, 'municipalities', `${name}.yml`), 'utf8');
      expect(warningsOf(original)).toEqual([]);
      for (const bullet of ['•\t', '▪ ', '– ', '➢ ']) {
        const { text, firstItems } = withTypedBullets(original, bullet);
        if (firstItems.length === 0) continue;
        const warnings = warningsOf(text);
        expect(warnings.map((warning) => warning.start?.line)).toEqual(firstItems);
        expect(warnings.every((warning) => (warning.args as { tegn?: string }).tegn === bullet.trim())).toBe(true);

        const uri = `file:///${name}.yml`;
        const document = TextDocument.create(uri, 'yaml', 1, text);
        const diagnostics = analyze(uri, `${name}.yml`, text, settings).filter(
          (each) => (each.data as { code?: string } | undefined)?.code === 'punkt-med-tegn',
        );
        expect(diagnostics).toHaveLength(firstItems.length);
        const edits = codeActions(uri, document, diagnostics, { file: `${name}.yml`, range: diagnostics[0]!.range, date: settings.date })
          .filter((action) => action.title.startsWith('Skriv') && action.title.endsWith('med »- «'))
          .flatMap((action) => action.edit?.changes?.[uri] ?? []);
        expect(TextDocument.applyEdits(document, edits)).toBe(original);
      }
    });
  }

  it('is one list across blank lines, two when text stands between, and none in a fence or inside a sentence', () => {
    const head = 'kommune: Xby Kommune\ntitel: Kvalitetsstandard\nopgaver:\n  tekst: |\n';
    const body = [
      'Vi tilbyder:',
      '• rådgivning',
      '',
      '•ambulant behandling',
      'Og desuden:',
      '■ dagbehandling',
      '```',
      '• ikke et punkt',
      '```',
      'Vi tilbyder – når der er behov – samtaler.',
    ];
    const warnings = warningsOf(head + body.map((line) => (line ? `    ${line}` : '')).join('\n'));
    expect(warnings.map((warning) => [warning.start, warning.args])).toEqual([
      [
        { line: 6, column: 5 },
        { tegn: '•', punkt: 'rådgivning', antal: 2 },
      ],
      [
        { line: 10, column: 5 },
        { tegn: '■', punkt: 'dagbehandling', antal: 1 },
      ],
    ]);
  });
});
