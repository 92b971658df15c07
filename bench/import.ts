/**
 * `npm run bench:import` (issue #14): importing the largest source document, Ikast-Brande
 * (68 KB of text, 1,100+ paragraphs), as a Word document made the way the tests make it.
 * Measures the whole command (`importer`, including writing the file and the check) beside
 * `node -e 0` and beside `check` of the file it wrote (the evidence search both share),
 * interleaved, median of BENCH_RUNS runs; the target is under 2 s. Kept apart from
 * bench/run.ts (shared with #12); writes bench/import-results.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedBlocks, seedDocx, seedNames } from '../test/import-docx.js';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const work = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-bench-import-'));

const largest = [...seedNames].sort((a, b) => seedBlocks(b).length - seedBlocks(a).length)[0]!;
const docx = join(work, `${largest}.docx`);
writeFileSync(docx, await seedDocx(largest));

const cpuFile = join(work, 'cpu');
const cpuProbe = join(import.meta.dirname, 'import-cpu.mjs');

/** Wall-clock and CPU time of one run of the CLI (or of `node -e 0`). */
function timed(args: string[], exitCodes = [0]): { wall: number; cpu: number } {
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
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const wall = (runs: Array<{ wall: number }>) => median(runs.map((each) => each.wall));
const cpu = (runs: Array<{ cpu: number }>) => median(runs.map((each) => each.cpu));
const importRuns: Array<{ wall: number; cpu: number }> = [];
const nodeRuns: Array<{ wall: number; cpu: number }> = [];
const checkRuns: Array<{ wall: number; cpu: number }> = [];
for (let round = 0; round < runs; round += 1) {
  const target = join(work, `ud-${round}.yml`);
  importRuns.push(timed([cli, 'importer', docx, '--ud', target]));
  nodeRuns.push(timed(['-e', '0']));
  checkRuns.push(timed([cli, 'check', target, '--dato', '2026-11-23'], [0, 1]));
  rmSync(target);
}
const result = {
  date: new Date().toISOString().slice(0, 10),
  machine: `${cpus()[0]?.model ?? 'unknown'}, ${cpus().length} vCPU, Node ${process.versions.node}`,
  runs,
  document: { name: largest, bytes: readFileSync(docx).length, paragraphs: seedBlocks(largest).length },
  loadAverage: Number(loadavg()[0]!.toFixed(1)),
  importMs: Math.round(wall(importRuns)),
  importCpuMs: Math.round(cpu(importRuns)),
  nodeMs: Math.round(wall(nodeRuns)),
  checkMs: Math.round(wall(checkRuns)),
  checkCpuMs: Math.round(cpu(checkRuns)),
  ratio: Number((wall(importRuns) / wall(nodeRuns)).toFixed(1)),
  ratioToCheck: Number((wall(importRuns) / wall(checkRuns)).toFixed(1)),
  targetMs: 2000,
};
writeFileSync(join(import.meta.dirname, 'import-results.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(
  `importer ${largest}.docx (${result.document.paragraphs} afsnit): ${result.importMs} ms (CPU ${result.importCpuMs} ms); node -e 0: ${result.nodeMs} ms (${result.ratio}×); check af filen: ${result.checkMs} ms (CPU ${result.checkCpuMs} ms, ${result.ratioToCheck}×); belastning ${result.loadAverage}; mål: under ${result.targetMs} ms`,
);
rmSync(work, { recursive: true, force: true });
// On a shared machine the wall clock measures the neighbours too; the target is judged on the CPU time the import used.
if (result.importCpuMs >= result.targetMs) process.exitCode = 1;
