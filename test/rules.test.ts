/**
 * Each compliance rule has its own fixtures in test/fixtures/rules/<rule>/, named by the
 * status they must get (opfyldt…, delvist…, mangler…, kan-ikke-vurderes…), with the
 * message codes expected in a `# kode:` comment. Judged at a fixed date.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../src/check/rules/index.js';
import { checkFile } from '../src/check/run.js';
import { defaultRegulation } from '../src/regulations/index.js';
import { fixtures } from './helpers.js';

const rulesDir = join(fixtures, 'rules');
const checkDate = '2026-11-23';
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
          const codes = /^# kode: (.+)$/m.exec(readFileSync(file, 'utf8'))?.[1]?.split(' ');
          const check = await checkFile(file, checkDate);
          if (!check.valid) throw new Error(`fixture is invalid: ${JSON.stringify(check.diagnostics)}`);
          const finding = check.findings.find((candidate) => candidate.requirement.id === id)!;
          expect(finding.status).toBe(statusOf(name));
          expect(finding.messages.map((message) => message.code)).toEqual(codes);
        });
      }
    });
  }
});
