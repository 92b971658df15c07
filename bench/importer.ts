/**
 * The importer's speed (issue #14, target of #21: under 1 s), shared by `npm run bench:import`
 * and `npm run bench`: importing the largest source document as a Word document made the way
 * the tests make it, through the whole `importer` command (reading, placing, the evidence
 * search for `daekker`, writing and the check), beside `node -e 0` and `check` of the file it
 * wrote, interleaved, median of `runs`. Wall-clock and CPU time both: on a shared machine the
 * wall clock measures the neighbours too.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedBlocks, seedDocx, seedNames } from '../test/import-docx.js';

export interface ImportMeasurement {
  document: { name: string; bytes: number; paragraphs: number };
  importMs: number;
  importCpuMs: number;
  nodeMs: number;
  checkMs: number;
  checkCpuMs: number;
  /** Import against `node -e 0`, and against `check` of the written file. */
  ratio: number;
  ratioToCheck: number;
  targetMs: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function measureImport(cli: string, runs: number, date: string): Promise<ImportMeasurement> {
  const work = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-bench-import-'));
  const largest = [...seedNames].sort((a, b) => seedBlocks(b).length - seedBlocks(a).length)[0]!;
  const docx = join(work, `${largest}.docx`);
  writeFileSync(docx, await seedDocx(largest));
  const cpuFile = join(work, 'cpu');
  const cpuProbe = join(import.meta.dirname, 'import-cpu.mjs');

  /** Wall-clock and CPU time of one run of the CLI (or of `node -e 0`). */
  const timed = (args: string[], exitCodes = [0]): { wall: number; cpu: number } => {
    rmSync(cpuFile, { force: true });
    const command = args[0] === cli ? [cpuProbe, ...args] : args;
    const started = performance.now();
    const result = spawnSync(process.execPath, command, {
      cwd: work,
      env: { ...process.env, NO_COLOR: '1', BENCH_CPU_FILE: cpuFile },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const wall = performance.now() - started;
    if (!exitCodes.includes(result.status ?? -1)) throw new Error(`${args.join(' ')}: ${result.stderr}`);
    return { wall, cpu: args[0] === cli ? Number(readFileSync(cpuFile, 'utf8')) : 0 };
  };

  const importRuns: Array<{ wall: number; cpu: number }> = [];
  const nodeRuns: Array<{ wall: number; cpu: number }> = [];
  const checkRuns: Array<{ wall: number; cpu: number }> = [];
  for (let round = 0; round < runs; round += 1) {
    const target = join(work, `ud-${round}.yml`);
    importRuns.push(timed([cli, 'importer', docx, '--ud', target]));
    nodeRuns.push(timed(['-e', '0']));
    checkRuns.push(timed([cli, 'check', target, '--dato', date], [0, 1]));
    rmSync(target);
  }
  const wall = (list: Array<{ wall: number }>) => median(list.map((each) => each.wall));
  const cpu = (list: Array<{ cpu: number }>) => median(list.map((each) => each.cpu));
  const measured = {
    document: { name: largest, bytes: readFileSync(docx).length, paragraphs: seedBlocks(largest).length },
    importMs: Math.round(wall(importRuns)),
    importCpuMs: Math.round(cpu(importRuns)),
    nodeMs: Math.round(wall(nodeRuns)),
    checkMs: Math.round(wall(checkRuns)),
    checkCpuMs: Math.round(cpu(checkRuns)),
    ratio: Number((wall(importRuns) / wall(nodeRuns)).toFixed(1)),
    ratioToCheck: Number((wall(importRuns) / wall(checkRuns)).toFixed(1)),
    targetMs: 1000,
  };
  rmSync(work, { recursive: true, force: true });
  return measured;
}
