/**
 * Bold-as-heading: `validate` warns about a paragraph that is only bold text, at its line
 * in the YAML file, with the heading to write instead; the exit code stays 0.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boldHeadings } from '../src/lint/bold-heading.js';
import { analyze } from '../src/lsp/diagnostics.js';
import { municipalityNames, runCli } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-fed-'));
const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};

const document = `kommune: Testby Kommune
titel: Kvalitetsstandard
maalgruppe:
  overskrift: Målgruppe
  tekst: |
    Indledende tekst.

    **Formål**

    Behandlingen skal hjælpe.

    **Bemærk:** dette er en sætning med fed start, ikke en overskrift.

    **Lovgrundlag:**

    **Dette er en lang fremhævet sætning i fed skrift, som læseren skal lægge mærke til, og som ikke er en overskrift.**

    ### Ambulant behandling

    **Varighed**
    Label med tekst lige efter i samme afsnit.

    **Pris**

    Gratis.
visitation:
  tekst: "**Sådan søger du**"
`;

describe('bold-as-heading', () => {
  it('finds paragraphs that are only bold text, and proposes a heading one level below the heading above', () => {
    const found = boldHeadings(document.split('tekst: |\n')[1]!.split('visitation:')[0]!.replace(/^ {4}/gm, ''));
    expect(found.map((entry) => [entry.source, entry.heading])).toEqual([
      ['**Formål**', '### Formål'],
      ['**Lovgrundlag:**', '### Lovgrundlag'],
      ['**Varighed**', '#### Varighed'],
      ['**Pris**', '#### Pris'],
    ]);
  });

  it('finds a bold line directly followed by text, which prints as one run-on line, wherever the paragraph is', () => {
    const paragraphs = ['Indledning.', '- et punkt', '### Klage', '| a | b |\n| - | - |\n| 1 | 2 |'];
    for (const before of ['', ...paragraphs.map((paragraph) => `${paragraph}\n\n`)]) {
      for (const after of ['Du kan klage til Ankestyrelsen.', 'Du kan klage.\nSkriv til os.', '- Skriv til os.']) {
        const found = boldHeadings(`${before}**Sådan klager du**\n${after}`);
        expect(
          found.map((entry) => [entry.source, entry.label]),
          `${before}|${after}`,
        ).toEqual([['**Sådan klager du**', 'Sådan klager du']]);
      }
    }
    // Bold words inside a paragraph, or a bold sentence that begins one, are emphasis.
    expect(boldHeadings('Du kan klage.\n**Bemærk fristen**\nSkriv til os.')).toEqual([]);
    expect(boldHeadings('**Bemærk** fristen på fire uger.\nSkriv til os.')).toEqual([]);
  });

  it('warns in the terminal at the line and column in the YAML file, and exits 0', () => {
    const file = write('testby.yml', document);
    const run = runCli(['validate', file]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`${file}:8:5  advarsel  »**Formål**« står alene i fed skrift og ligner en overskrift, men er ikke en`);
    expect(run.stdout).toContain('Skriv den som en overskrift: »### Formål«. (maalgruppe.tekst) [fed-som-overskrift]');
    expect(run.stdout).toContain(`${file}:14:5  advarsel  »**Lovgrundlag:**«`);
    expect(run.stdout).toContain(`${file}:23:5  advarsel  »**Pris**«`);
    expect(run.stdout).toContain('Skriv den som en overskrift: »#### Pris«.');
    // In quotes: at the bold text itself, not at the quote before it.
    expect(run.stdout).toContain(`${file}:27:11  advarsel  »**Sådan søger du**«`);
    expect(run.stdout).not.toContain('Bemærk');
    expect(run.stdout).toContain(
      `${file}:20:5  advarsel  »**Varighed**« står i fed skrift på sin egen linje, men teksten på linjen under kommer med på samme linje`,
    );
    expect(run.stdout).not.toContain('lang fremhævet');
  });

  it('carries alvor "advarsel" in JSON, with the file still valid', () => {
    const file = write('json.yml', document);
    const run = runCli(['validate', file, '--format', 'json']);
    expect(run.status).toBe(0);
    const [result] = JSON.parse(run.stdout);
    expect(result.gyldig).toBe(true);
    expect(result.fejl.map((entry: { kode: string; alvor: string; linje: number }) => [entry.kode, entry.alvor, entry.linje])).toEqual([
      ['fed-som-overskrift', 'advarsel', 8],
      ['fed-som-overskrift', 'advarsel', 14],
      ['fed-som-overskrift', 'advarsel', 20],
      ['fed-som-overskrift', 'advarsel', 23],
      ['fed-som-overskrift', 'advarsel', 27],
    ]);
  });

  it('is shown in the editor too, on the same lines, as a warning', () => {
    const warnings = analyze('file:///x.yml', 'x.yml', document, { compliance: 'fra', date: '2026-11-23' })
      .filter((diagnostic) => diagnostic.code === 'fed-som-overskrift')
      .map((diagnostic) => [diagnostic.range.start.line + 1, diagnostic.severity]);
    expect(warnings).toEqual([8, 14, 20, 23, 27].map((line) => [line, 2]));
  });

  it('moves with the text: a line added above moves the warning one line down', () => {
    const file = write('flyttet.yml', document.replace('Indledende tekst.', 'Indledende tekst.\n    En linje mere.'));
    expect(runCli(['validate', file]).stdout).toContain(`${file}:9:5  advarsel  »**Formål**«`);
  });

  it('leaves an error as an error: exit 1 when the file is also invalid', () => {
    const file = write('ugyldig.yml', `${document}maalgrupe: x\n`);
    expect(runCli(['validate', file]).status).toBe(1);
  });

  it('finds none in the five municipality files', () => {
    const run = runCli(['validate', '--format', 'json']);
    expect(run.status).toBe(0);
    const results = JSON.parse(run.stdout) as { fil: string; fejl: unknown[] }[];
    expect(results).toHaveLength(municipalityNames.length);
    for (const result of results) expect(result.fejl, result.fil).toEqual([]);
  });
});
