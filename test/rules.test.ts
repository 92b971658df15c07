/**
 * Each compliance rule has its own fixtures in test/fixtures/rules/<rule>/, named by the
 * status they must get (opfyldt…, delvist…, mangler…, kan-ikke-vurderes…). Each starts with a
 * `# forventet:` comment block (./fixture-expectation.ts): the line and key path the finding
 * points to (`linje`, `sti`) and its messages in order (`beskeder`), each with its code
 * (`kode`) and the arguments it must carry (`argumenter`; the aspects' own prose, which
 * comes from the catalogue, is left out). Judged at a fixed date.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPlaceholderAddress } from '../src/check/rules/3-3-offentliggoerelse.js';
import { rules } from '../src/check/rules/index.js';
import { checkFile } from '../src/check/run.js';
import { formatPath } from '../src/diagnostics/diagnostic.js';
import { defaultRegulation } from '../src/regulations/index.js';
import { fixtureExpectation } from './fixture-expectation.js';
import { fixtures } from './helpers.js';

const rulesDir = join(fixtures, 'rules');
const checkDate = '2026-11-23';
interface RuleExpectation {
  linje: number;
  sti: string;
  beskeder: { kode: string; argumenter?: Record<string, unknown> }[];
}

const statusOf = (name: string) =>
  (['opfyldt', 'delvist', 'mangler', 'kan-ikke-vurderes'] as const).find((status) => name.startsWith(status))?.replace(/-/g, ' ');
/** `4-1-15-gavekort` → `§4.1.15` */
const requirementIdOf = (dir: string) => `§${/^[\d-]+(?=-[a-z])/.exec(dir)![0].replace(/-/g, '.')}`;

describe('compliance rules', () => {
  const dirs = readdirSync(rulesDir);

  it('has exactly one rule per requirement, in the regulation’s order, and fixtures for each', () => {
    expect(rules.map((rule) => rule.requirement.id)).toEqual(defaultRegulation.requirements.map((requirement) => requirement.id));
    expect(dirs.map(requirementIdOf).sort()).toEqual(rules.map((rule) => rule.requirement.id).sort());
  });

  for (const dir of dirs) {
    const id = requirementIdOf(dir);
    const files = readdirSync(join(rulesDir, dir)).filter((name) => name.endsWith('.yml'));
    describe(`${id} (${dir})`, () => {
      it('has a passing and a failing fixture', () => {
        expect(files.some((name) => statusOf(name) === 'opfyldt')).toBe(true);
        expect(files.some((name) => statusOf(name) !== 'opfyldt')).toBe(true);
      });
      for (const name of files) {
        it(name, async () => {
          const file = join(rulesDir, dir, name);
          const expected = fixtureExpectation(readFileSync(file, 'utf8'), file) as RuleExpectation;
          const check = await checkFile(file, checkDate);
          if (!check.valid) throw new Error(`fixture is invalid: ${JSON.stringify(check.diagnostics)}`);
          const finding = check.findings.find((candidate) => candidate.requirement.id === id)!;
          expect(finding.status).toBe(statusOf(name));
          expect({ linje: finding.span.start.line, sti: formatPath(finding.path) }).toEqual({ linje: expected.linje, sti: expected.sti });
          expect(finding.messages.map((message) => message.code)).toEqual(expected.beskeder.map((message) => message.kode));
          finding.messages.forEach((message, index) => {
            expect(message.args, message.code).toMatchObject(expected.beskeder[index]!.argumenter ?? {});
          });
        });
      }
    });
  }
});

describe('§3.3: an address no one can find the standard at', () => {
  it('is a placeholder without a domain, with a reserved or example name, or with a part that holds a place', () => {
    for (const url of [
      'https://xxx',
      'http://localhost:8080/standard',
      'https://www.example.com/kvalitetsstandard',
      'https://kvalitetsstandard.test',
      'https://www.kommune.dk/kvalitetsstandard-stofmisbrug',
      'https://kommune.dk',
      'https://www.testby.dk/xxx',
      'https://www.testby.dk/borger/TBD',
      'https://www.testby.dk/indsæt-link',
    ])
      expect(isPlaceholderAddress(url), url).toBe(true);
  });

  it('is not a kommune’s own address, however long, nor one with a word that only contains a placeholder’s letters', () => {
    for (const url of [
      'https://www.testby.dk',
      'https://www.testby.dk/borger/sundhed/stofmisbrug/kvalitetsstandard.pdf',
      'https://www.aarhus.dk/borger/xxl-tilbud',
      'https://www.testby-kommune.dk/todos-for-borgere',
      'https://www.kommune.testby.dk/standard',
    ])
      expect(isPlaceholderAddress(url), url).toBe(false);
  });
});
