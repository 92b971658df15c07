/** The laws the tool cites are data (src/regulations/love.yml): checked when compiled, and honest about what was confirmed. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lawFiles } from '../scripts/generate-laws.js';
import { laws } from '../src/regulations/legal-references.js';
import { lawReferencesIn } from '../src/import/metadata.js';
import { root } from './helpers.js';

/** A copy of the data and its schema with one edit, compiled. */
function compileEdited(edit: (yaml: string) => string): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'love-'));
  mkdirSync(join(dir, 'src', 'regulations'), { recursive: true });
  cpSync(join(root, 'schema'), join(dir, 'schema'), { recursive: true });
  writeFileSync(join(dir, 'src', 'regulations', 'love.yml'), edit(readFileSync(join(root, 'src', 'regulations', 'love.yml'), 'utf8')));
  return () => lawFiles(dir);
}

describe('the laws cited', () => {
  it('are today’s consolidations, each with its ELI address and the date it was checked', () => {
    expect(laws.map((law) => [law.id, law.consolidation, law.eli])).toEqual([
      ['SEL', 'LBK nr. 155 af 11/02/2025', 'https://www.retsinformation.dk/eli/lta/2025/155'],
      ['SUL', 'LBK nr. 275 af 12/03/2025', 'https://www.retsinformation.dk/eli/lta/2025/275'],
      ['BL', 'LBK nr. 282 af 17/03/2025', 'https://www.retsinformation.dk/eli/lta/2025/282'],
    ]);
    for (const law of laws) {
      expect(law.checked.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(law.checked.how.length).toBeGreaterThan(40);
    }
    expect(laws.find((law) => law.id === 'BL')!.paragraphs.map((paragraph) => paragraph.number)).toEqual(['33', '34']);
  });

  it('compile as committed, and refuse data that contradicts itself', () => {
    expect(compileEdited((yaml) => yaml)()).toEqual(lawFiles(root));
    expect(compileEdited((yaml) => yaml.replace('nummer: 155', 'nummer: 156'))).toThrow(/does not match nummer 156/);
    expect(compileEdited((yaml) => yaml.replace('eli/lta/2025/275', 'eli/lta/2024/275'))).toThrow(/is not the address of LBK nr. 275/);
    expect(compileEdited((yaml) => yaml.replace('dato: 2025-03-17', 'dato: 2025-03-18'))).toThrow(/does not match/);
    expect(compileEdited((yaml) => yaml.replace('\\s{{paragraf}}|', '\\s{{paragraph}}|'))).toThrow(/unknown pattern fragment \{\{paragraph\}\}/);
    expect(compileEdited((yaml) => yaml.replace('  bekraeftet: false', '  bekraeftet: nej'))).toThrow(
      /love\.yml: data\/love\/0\/kontrol\/bekraeftet must be boolean/,
    );
  });
});

describe('barnets lov in running text', () => {
  it('is a legal basis the importer reads, as it reads serviceloven and sundhedsloven', () => {
    expect(
      lawReferencesIn('Unge under 18 år får behandling efter Barnets lov § 33 og gavekort efter barnets lovs § 34; voksne efter Serviceloven § 101.'),
    ).toEqual(['Barnets lov § 33', 'barnets lovs § 34', 'Serviceloven § 101']);
    expect(lawReferencesIn('Barnets lov gælder for børn og unge.')).toEqual([]);
  });
});
