/**
 * A picture in a text is removed, with its description, when the standard is published:
 * `validate`, `check` and the editor warn at the picture's place in the YAML file
 * (`billede-i-tekst`). Tested on the five files' own texts with a picture added to each, and
 * on the ways Markdown writes a picture and the places where the same marks are none.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument, Scalar, visit } from 'yaml';
import { parseSource } from '../src/load.js';
import { picturesIn } from '../src/lint/pictures.js';
import { analyze } from '../src/lsp/diagnostics.js';
import { markdownToHtml } from '../src/render/markdown.js';
import { validateLoaded } from '../src/validate.js';
import { municipalityNames, root, runCli, stackTrace } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-billede-'));

function pictureWarnings(text: string) {
  const loaded = parseSource('x.yml', Buffer.from(text));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  const validation = validateLoaded(loaded.loaded);
  if (!validation.valid) throw new Error(JSON.stringify(validation.diagnostics));
  return validation.warnings.filter((warning) => warning.code === 'billede-i-tekst');
}

/** The file with a picture after the first line of every `|` text, and where each picture stands (1-based). */
function withPictures(text: string): { text: string; places: { line: number; column: number; description: string }[] } {
  const lines = text.split('\n');
  const places: { line: number; column: number; description: string }[] = [];
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  visit(document, {
    Scalar(_key, node) {
      if (node.type !== Scalar.BLOCK_LITERAL || !node.range) return;
      const line = lineCounter.linePos(node.range[0]).line + 1;
      const description = `Billede ${places.length + 1} af huset`;
      places.push({ line, column: lines[line - 1]!.length + 2, description });
      lines[line - 1] += ` ![${description}](billede-${places.length}.png)`;
    },
  });
  return { text: lines.join('\n'), places };
}

describe('a picture in a text', () => {
  for (const name of municipalityNames) {
    it(`${name}: a picture added to each text is warned of at its line and column, in validate and in the editor, and the published text has neither it nor its description`, () => {
      const original = readFileSync(join(root, 'municipalities', `${name}.yml`), 'utf8');
      expect(pictureWarnings(original)).toEqual([]);
      const { text, places } = withPictures(original);
      expect(places.length).toBeGreaterThan(0);
      const warnings = pictureWarnings(text);
      expect(warnings.map((warning) => [warning.start, (warning.args as { beskrivelse: string }).beskrivelse])).toEqual(
        places.map(({ line, column, description }) => [{ line, column }, description]),
      );
      const editor = analyze(`file:///${name}.yml`, `${name}.yml`, text, { compliance: 'fra', date: '2026-12-06' }).filter(
        (each) => (each.data as { code?: string } | undefined)?.code === 'billede-i-tekst',
      );
      expect(editor.map((each) => each.range.start)).toEqual(places.map(({ line, column }) => ({ line: line - 1, character: column - 1 })));
      expect(editor.every((each) => each.message.includes('Skriv med ord i teksten, hvad billedet viser'))).toBe(true);
      // What the warning says: the picture and its description are gone from the page.
      const html = markdownToHtml(`Tekst ![${places[0]!.description}](billede-1.png) slut.`, { sectionLevel: 2, idPrefix: 'x' });
      expect(html).not.toContain(places[0]!.description);
      expect(html).not.toContain('<img');
    });
  }

  it('is a picture written inline, by reference or in HTML, and none in code, escaped or with an undefined reference', () => {
    const found = (markdown: string) =>
      picturesIn(markdown).map(({ problem, start, end }) => [problem.args, `${start.line}:${start.column}-${end.line}:${end.column}`]);
    expect(found('Se ![Kort](kort.png "Vejen") her.')).toEqual([[{ beskrivelse: 'Kort', fil: 'kort.png' }, '1:4-1:29']]);
    expect(found('Først.\n\n![Kort\nover vejen][kort]\n\n[Kort]: <kort 2.png>')).toEqual([[{ beskrivelse: 'Kort over vejen', fil: 'kort 2.png' }, '3:1-4:18']]);
    expect(found('Et ![kort] og et ![Kort][]\n\n[KORT]: kort.png')).toEqual([
      [{ beskrivelse: 'kort', fil: 'kort.png' }, '1:4-1:11'],
      [{ beskrivelse: 'Kort', fil: 'kort.png' }, '1:18-1:27'],
    ]);
    expect(found('Logo: <IMG alt="Kommunens logo" src=\'logo.svg\' /> og <img src=a.png>')).toEqual([
      [{ beskrivelse: 'Kommunens logo', fil: 'logo.svg' }, '1:7-1:50'],
      [{ beskrivelse: '', fil: 'a.png' }, '1:54-1:69'],
    ]);
    expect(found('[![Knap](knap.png)](https://kommune.dk)')).toEqual([[{ beskrivelse: 'Knap', fil: 'knap.png' }, '1:2-1:19']]);
    // Not pictures: code, fenced or in backticks (of any length); an escaped mark; a reference that is not defined; a sentence with »<img« but no tag.
    expect(found('`![a](a.png)` og ``x ` ![b](b.png)``')).toEqual([]);
    expect(found('```\n![a](a.png)\n```\n~~~~\n<img src="b.png">\n~~~\n~~~~')).toEqual([]);
    expect(found('\\![a](a.png) og \\<img src="b.png">')).toEqual([]);
    expect(found('Se ![a][mangler] og ![b]')).toEqual([]);
    expect(found('Brug <img til billeder\n\nsenere> ikke')).toEqual([]);
    // A backtick without its pair is text: the picture after it counts.
    expect(found('Et ` og ![a](a.png)')).toEqual([[{ beskrivelse: 'a', fil: 'a.png' }, '1:9-1:20']]);
    // A long description or address is quoted shortened.
    const long = 'x'.repeat(200);
    expect(found(`![${long}](data:image/png;base64,${long})`)[0]![0]).toEqual({
      beskrivelse: `${'x'.repeat(60)}…`,
      fil: `data:image/png;base64,${'x'.repeat(38)}…`,
    });
  });

  it('finds none in a text of only unclosed marks, read in one pass', () => {
    const text = `${'![`'.repeat(20_000)}\n${'<img '.repeat(5_000)}`;
    expect(picturesIn(text)).toEqual([]);
  });

  it('is said by validate and check in Danish at the picture, in quotes too, and the exit code stays 0 for validate', () => {
    const file = join(dir, 'testby.yml');
    writeFileSync(
      file,
      'kommune: Testby Kommune\ntitel: Kvalitetsstandard\nmaalgruppe:\n  tekst: "Vi hjælper alle. ![Kort over huset](kort.png)"\nvisitation:\n  tekst: |\n    Ring til os.\n\n    <img src="plan.png">\n',
    );
    const validate = runCli(['validate', file]);
    expect(validate.status).toBe(0);
    const first = `${file}:4:28  advarsel  Billedet »kort.png« (»Kort over huset«) kommer ikke med, når standarden udgives: billeder i en tekst fjernes sammen med deres beskrivelse`;
    const second = `${file}:9:5  advarsel  Billedet »plan.png« kommer ikke med, når standarden udgives: billeder i en tekst fjernes, så`;
    expect(validate.stdout).toContain(first);
    expect(validate.stdout).toContain(second);
    const check = runCli(['check', '--dato', '2026-12-06', file]);
    expect(check.stdout).toContain(`Advarsler:\n${first}`);
    expect(check.stdout).toContain(second);
    for (const run of [validate, check]) expect(`${run.stdout}${run.stderr}`).not.toMatch(stackTrace);
  });
});
