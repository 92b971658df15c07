/**
 * No import cycles in src/, between files or between its top-level folders, and a check that
 * would see one: small trees in a temporary folder with a cycle of each kind.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cyclesIn, findCycles, importGraph, unitOf } from '../scripts/cycles.js';
import { root } from './helpers.js';

const work = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-cycles-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const src = importGraph(join(root, 'src'));

/** A source tree from file names and their contents, under a fresh folder. */
function tree(name: string, files: Record<string, string>): string {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(work, name, file)), { recursive: true });
    writeFileSync(join(work, name, file), text);
  }
  return join(work, name);
}

describe('import cycles', () => {
  it('src/ has none, between files or between folders, and every import resolves', async () => {
    expect(cyclesIn(await src)).toEqual({ files: [], folders: [], unresolved: [] });
  });

  it('the stages of src/ import only earlier stages: load, validate, check, render, report, write', async () => {
    const stages = ['load.ts', 'validate.ts', 'check', 'render', 'report', 'write.ts'];
    const backwards = Object.entries((await src).obj()).flatMap(([file, imports]) =>
      imports
        .filter((imported) => stages.indexOf(unitOf(imported)) > stages.indexOf(unitOf(file)) && stages.includes(unitOf(file)))
        .map((imported) => `${file} → ${imported}`),
    );
    expect(backwards).toEqual([]);
  });

  it('finds two files that import each other, also through a type-only import', async () => {
    const dir = tree('files', {
      'load.ts': "import type { Checked } from './check.js';\nexport const load = (checked?: Checked) => checked;\n",
      'check.ts': "import { load } from './load.js';\nexport type Checked = ReturnType<typeof load>;\n",
      'write.ts': "import { load } from './load.js';\nexport const write = load;\n",
    });
    const cycles = await findCycles(dir);
    expect(cycles.files).toEqual([['check.ts', 'load.ts']]);
    expect(cycles.folders).toEqual([{ units: ['check.ts', 'load.ts'], imports: ['check.ts → load.ts', 'load.ts → check.ts'] }]);
  });

  it('finds folders that reach into each other through different files, with the imports that tie them', async () => {
    const dir = tree('folders', {
      'render/page.ts': "import { table } from '../report/table.js';\nexport const page = table;\n",
      'render/escape.ts': 'export const escape = (text: string) => text;\n',
      'report/table.ts': 'export const table = 1;\n',
      'report/annex.ts': "import { escape } from '../render/escape.js';\nexport const annex = escape;\n",
      'write.ts': "import { page } from './render/page.js';\nexport const write = page;\n",
    });
    const cycles = await findCycles(dir);
    expect(cycles.files).toEqual([]);
    expect(cycles.folders).toEqual([{ units: ['render', 'report'], imports: ['render/page.ts → report/table.ts', 'report/annex.ts → render/escape.ts'] }]);
  });

  it('counts an import it cannot resolve, since a cycle through it would go unseen', async () => {
    const dir = tree('unresolved', { 'load.ts': "import { gone } from './gone.js';\nexport const load = gone;\n" });
    expect((await findCycles(dir)).unresolved).toEqual(['./gone.js']);
  });

  it('`npm run cycles` fails on a cycle and names it', () => {
    const dir = tree('cli', { 'a.ts': "import { b } from './b.js';\nexport const a = b;\n", 'b.ts': "import { a } from './a.js';\nexport const b = a;\n" });
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'cycles.ts'), dir], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('file cycle: a.ts → b.ts → a.ts');
  });
});
