import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../src/check/run.js';
import { allMunicipalityFiles } from '../src/files.js';
import { validateFile } from '../src/commands/validate.js';
import { defaultRegulation } from '../src/regulations/index.js';
import { expectedNotMet, matrixDate } from './compliance-matrix.js';
import { municipalityNames } from './helpers.js';

const files = allMunicipalityFiles();

describe('the five municipality files', () => {
  it('are the five source documents', () => {
    expect(files).toEqual(municipalityNames.map((name) => `municipalities/${name}.yml`));
  });

  for (const file of files) {
    it(`${file} starts with the schema line and is valid`, async () => {
      expect(readFileSync(file, 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/kvalitetsstandard.schema.json');
      expect((await validateFile(file)).diagnostics).toEqual([]);
    });
  }
});

describe(`check --dato ${matrixDate}: the compliance matrix`, () => {
  for (const name of municipalityNames) {
    it(name, async () => {
      const check = await checkFile(`municipalities/${name}.yml`, matrixDate);
      if (!check.valid) throw new Error('invalid');
      const actual = Object.fromEntries(check.findings.map((finding) => [finding.requirement.id, finding.status]));
      const expected = Object.fromEntries(
        defaultRegulation.requirements.map((requirement) => [requirement.id, expectedNotMet[name]![requirement.id]?.[0] ?? 'opfyldt']),
      );
      expect(actual).toEqual(expected);
    });
  }
});
