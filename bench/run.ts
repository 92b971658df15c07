/**
 * `npm run bench`: the speed of the tool on this machine, side by side with its floors.
 * Every figure is the median of several runs; ratios are taken pair by pair, in the same run.
 * Writes bench/results.json and prints a table (the README shows the latest), then each
 * target of issue #21 with its figure and whether it is met.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromiumPath } from '../src/browser.js';
import { measureImport } from './importer.js';
import { measureLanguageServer } from './lsp.js';
import { writeSyntheticMunicipalities } from './synthetic.js';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.js');
/** BENCH_COMPARE=…/dist/cli.js: another build of the tool (say, main's) in the same rounds as this one's full build. */
const compare = process.env.BENCH_COMPARE;
const date = '2026-11-23';
const runs = Number(process.env.BENCH_RUNS ?? 5);
/** BENCH_ONLY=build (or check, scale, thousand, incremental, lsp, import, comma-separated) runs only those parts, for quick comparisons; results.json is then left alone. */
const only = process.env.BENCH_ONLY?.split(',');
// Others may share the machine: the 1-minute load average before and after says how much.
const loadBefore = loadavg()[0]!;
const part = (name: string) => !only || only.includes(name);
const work = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-bench-'));

interface Measurement {
  ms: number;
  peakMb?: number;
}

function run(command: string, args: string[], cwd = root): Measurement {
  const rssFile = join(work, 'rss');
  rmSync(rssFile, { force: true });
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, env: { ...process.env, BENCH_RSS_FILE: rssFile, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - started;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${command} ${args.join(' ')}: ${result.stderr}`);
  return { ms, peakMb: existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) / 1024 : undefined };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Runs the commands in turn, `count` rounds, so drift on the machine hits them alike. */
function interleaved(count: number, commands: Record<string, () => Measurement>): Record<string, { ms: number; peakMb?: number; runs: number[] }> {
  const samples: Record<string, Measurement[]> = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  for (let round = 0; round < count; round++) for (const [name, command] of Object.entries(commands)) samples[name]!.push(command());
  return Object.fromEntries(
    Object.entries(samples).map(([name, list]) => [
      name,
      {
        ms: median(list.map((m) => m.ms)),
        peakMb: list[0]!.peakMb === undefined ? undefined : median(list.map((m) => m.peakMb!)),
        runs: list.map((m) => Math.round(m.ms)),
      },
    ]),
  );
}

const node = process.execPath;
const peak = join(root, 'bench', 'peak-memory.mjs');
const results: Record<string, unknown> = {};
const table: string[] = ['| måling | tid (median) | sammenlignet med | forhold | mål |', '| --- | --- | --- | --- | --- |'];
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const log = (line: string) => process.stderr.write(`${line}\n`);
/** Each target of #21 as measured: what, the figure, and whether it is met. */
const targets: { name: string; figure: string; met: boolean }[] = [];
const target = (name: string, figure: string, met: boolean) => targets.push({ name, figure, met });

// 1. check of the five as a whole process, against starting Node at all.
if (part('check')) {
  log('1/4 check af de fem …');
  const check = interleaved(Math.max(runs, 9), {
    floor: () => run(node, ['-e', '0']),
    check: () => run(node, [cli, 'check', '--dato', date, '--format', 'json']),
  });
  const ratio = check.check!.ms / check.floor!.ms;
  results.check = { ...check, ratio, target: 3 };
  table.push(`| \`check\` af 5 kommuner | ${fmt(check.check!.ms)} | \`node -e 0\`: ${fmt(check.floor!.ms)} | ${ratio.toFixed(1)}× | ≤ 3× |`);
  target('check af de fem / node -e 0 ≤ 3×', `${ratio.toFixed(1)}×`, ratio <= 3);
}

// 2. The full build of the five, against bare Puppeteer and per-file chromium --print-to-pdf.
const out = join(work, 'out');
if (part('build')) {
  log('2/4 fuld build af de fem …');
  const htmlFiles = () =>
    readdirSync(out)
      .filter((name) => !name.includes('.'))
      .flatMap((name) => ['kvalitetsstandard.html', 'compliance.html'].map((file) => join(out, name, file)));
  run(node, [cli, 'build', '--fuld', '--out', out, '--dato', date, '--stille']);
  const chromium = chromiumPath() ?? 'chromium';
  const perFile = () => {
    const started = performance.now();
    for (const file of htmlFiles()) {
      spawnSync(
        chromium,
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--no-pdf-header-footer',
          `--print-to-pdf=${join(work, 'hand.pdf')}`,
          `file://${file}`,
        ],
        { stdio: 'ignore' },
      );
    }
    return { ms: performance.now() - started };
  };
  const build = interleaved(Math.max(3, Math.min(runs, 5)), {
    build: () => run(node, [cli, 'build', '--fuld', '--out', out, '--dato', date, '--stille']),
    puppeteer: () => run(node, [join(root, 'bench', 'floor-puppeteer.mjs'), ...htmlFiles()]),
    perFile,
    ...(compare ? { compare: () => run(node, [compare, 'build', '--fuld', '--out', join(work, 'sammenlign'), '--dato', date, '--stille']) } : {}),
  });
  results.build = { ...build, ratioToPuppeteer: build.build!.ms / build.puppeteer!.ms, ratioToPerFile: build.build!.ms / build.perFile!.ms, target: 1.3 };
  target('fuldt build / ren Puppeteer ≤ 1,3×', `${(build.build!.ms / build.puppeteer!.ms).toFixed(2)}×`, build.build!.ms / build.puppeteer!.ms <= 1.3);
  table.push(
    `| fuld \`build\` af 5 (HTML, PDF, compliance) | ${fmt(build.build!.ms)} | ren Puppeteer: ${fmt(build.puppeteer!.ms)} | ${(build.build!.ms / build.puppeteer!.ms).toFixed(2)}× | ≤ 1,3× |`,
  );
  table.push(`| | | \`chromium --print-to-pdf\` pr. fil: ${fmt(build.perFile!.ms)} | ${(build.build!.ms / build.perFile!.ms).toFixed(2)}× | < 1× |`);
  if (build.compare)
    table.push(
      `| fuld \`build\` af 5 med ${compare} | ${fmt(build.compare.ms)} | ren Puppeteer: ${fmt(build.puppeteer!.ms)} | ${(build.compare.ms / build.puppeteer!.ms).toFixed(2)}× | |`,
    );
}

// 3. Scale: synthetic municipalities through validate + check, and the HTML-only build.
if (part('scale')) {
  log('3/4 skala …');
  const scale: Record<string, unknown> = {};
  for (const count of [50, 200, 1000]) {
    const workspace = join(work, `skala-${count}`);
    writeSyntheticMunicipalities(join(workspace, 'municipalities'), count);
    const rounds = count >= 1000 ? 3 : Math.max(3, Math.min(runs, 5));
    const measured = interleaved(rounds, {
      check: () => run(node, [peak, cli, 'check', '--dato', date, '--format', 'json'], workspace),
      html: () => run(node, [peak, cli, 'build', '--uden-pdf', '--fuld', '--stille', '--out', join(workspace, 'out'), '--dato', date], workspace),
    });
    // Start-up is paid once; the time per extra file (against the 50-file run) shows whether the cost per file stays flat.
    const base = scale[50] as { check: { ms: number }; html: { ms: number } } | undefined;
    const extra = (kind: 'check' | 'html') => (base ? (measured[kind]!.ms - base[kind].ms) / (count - 50) : undefined);
    scale[count] = {
      ...measured,
      checkPerFileMs: measured.check!.ms / count,
      htmlPerFileMs: measured.html!.ms / count,
      checkPerExtraFileMs: extra('check'),
      htmlPerExtraFileMs: extra('html'),
    };
    const perExtra = (kind: 'check' | 'html') => (base ? `, ${extra(kind)!.toFixed(1)} ms pr. fil ud over 50` : '');
    table.push(
      `| validate + check af ${count} | ${fmt(measured.check!.ms)} (${(measured.check!.ms / count).toFixed(1)} ms/fil${perExtra('check')}; ${Math.round(measured.check!.peakMb!)} MB) | | | 1000: < 3 s, < 1 GiB |`,
    );
    table.push(
      `| HTML-build af ${count} | ${fmt(measured.html!.ms)} (${(measured.html!.ms / count).toFixed(1)} ms/fil${perExtra('html')}; ${Math.round(measured.html!.peakMb!)} MB) | | | 1000: < 30 s, < 1 GiB |`,
    );
    rmSync(workspace, { recursive: true, force: true });
  }
  results.scale = scale;
}

// 3b. Many copies of the real files (the five, under new names), as a national run would see them,
// through `check --format json`, against only parsing the same files in one thread.
if (part('thousand')) {
  /** BENCH_FILES: how many files (default 1000), for a quick try with fewer. */
  const count = Number(process.env.BENCH_FILES ?? 1000);
  log(`${count} filer …`);
  const folder = join(work, 'tusind', 'municipalities');
  mkdirSync(folder, { recursive: true });
  const sources = readdirSync(join(root, 'municipalities')).filter((name) => name.endsWith('.yml'));
  for (let index = 0; index < count; index++) {
    const source = sources[index % sources.length]!;
    copyFileSync(join(root, 'municipalities', source), join(folder, source.replace(/\.yml$/, `-${Math.floor(index / sources.length) + 1}.yml`)));
  }
  const thousand = interleaved(3, {
    check: () => run(node, [peak, cli, 'check', '--dato', date, '--format', 'json'], join(work, 'tusind')),
    parse: () => run(node, [peak, join(root, 'bench', 'parse-floor.mjs'), folder]),
  });
  results.thousand = { files: count, ...thousand, ratio: thousand.check!.ms / thousand.parse!.ms, target: 1.5, peakTargetMb: 300 };
  const ratio = thousand.check!.ms / thousand.parse!.ms;
  target(`check --format json af ${count} / YAML-parsning ≤ 1,5×`, `${ratio.toFixed(2)}×`, ratio <= 1.5);
  target(`check --format json af ${count}: hukommelse ≤ 300 MB`, `${Math.round(thousand.check!.peakMb!)} MB`, thousand.check!.peakMb! <= 300);
  table.push(
    `| \`check --format json\` af ${count} (de fem, ${count / sources.length} gange hver) | ${fmt(thousand.check!.ms)} (${Math.round(thousand.check!.peakMb!)} MB) | YAML-parsning af de samme filer i én tråd: ${fmt(thousand.parse!.ms)} (${Math.round(thousand.parse!.peakMb!)} MB) | ${(thousand.check!.ms / thousand.parse!.ms).toFixed(1)}× | ≤ 1,5×, ≤ 300 MB |`,
  );
  rmSync(join(work, 'tusind'), { recursive: true, force: true });
}

// 4. Incremental: nothing changed, and one municipality changed.
if (part('incremental')) {
  log('4/4 inkrementelt …');
  const workspace = join(work, 'inkrementelt');
  cpSync(join(root, 'municipalities'), join(workspace, 'municipalities'), { recursive: true });
  // Files saved a while before the build, as between two builds (a file saved within the last
  // 2 s is read again by the next build, src/build/cache.ts); each edit a minute apart.
  let savedAt = Date.now() - 3_600_000;
  const settle = (file: string) => {
    savedAt += 60_000;
    utimesSync(file, new Date(savedAt), new Date(savedAt));
  };
  for (const name of readdirSync(join(workspace, 'municipalities'))) if (name.endsWith('.yml')) settle(join(workspace, 'municipalities', name));
  const incrementalOut = join(workspace, 'out');
  const buildHere = (extra: string[] = []) => run(node, [cli, 'build', '--out', incrementalOut, '--dato', date, '--stille', ...extra], workspace);
  buildHere();
  const yaml = join(workspace, 'municipalities', 'randers.yml');
  const original = readFileSync(yaml, 'utf8');
  let edits = 0;
  const incremental = interleaved(Math.max(3, Math.min(runs, 5)), {
    cold: () => buildHere(['--fuld']),
    unchanged: () => buildHere(),
    oneChanged: () => {
      writeFileSync(yaml, `${original}# ændring ${(edits += 1)}\n`);
      settle(yaml);
      return buildHere();
    },
  });
  writeFileSync(yaml, original);
  const share = incremental.unchanged!.ms / incremental.cold!.ms;
  results.incremental = { ...incremental, unchangedShare: share, target: 0.05 };
  table.push(
    `| \`build\` uden ændringer | ${fmt(incremental.unchanged!.ms)} | koldt build: ${fmt(incremental.cold!.ms)} | ${(100 * share).toFixed(1)} % | ≤ 5 % |`,
  );
  target('build uden ændringer / koldt build ≤ 5 %', `${(100 * share).toFixed(1)} %`, share <= 0.05);
  table.push(
    `| \`build\` med én kommune ændret | ${fmt(incremental.oneChanged!.ms)} | koldt build: ${fmt(incremental.cold!.ms)} | ${((100 * incremental.oneChanged!.ms) / incremental.cold!.ms).toFixed(0)} % | kun dens filer |`,
  );
}

// 5. The language server (#13): diagnostics after an edit of the largest file; see bench/lsp.ts.
if (part('lsp')) {
  log('sprogserveren …');
  const lsp = await measureLanguageServer(root, cli, Math.max(runs * 4, 20), date);
  results.lsp = { ...lsp, ratio: lsp.afterEdit / lsp.checkInProcess, target: 50 };
  table.push(
    `| \`lsp\`: fejl og krav efter en ændring i Ikast-Brande | ${fmt(lsp.afterEdit)} | check af teksten i processen: ${fmt(lsp.checkInProcess)} | ${(lsp.afterEdit / lsp.checkInProcess).toFixed(1)}× | ≤ 50 ms |`,
  );
  target(
    'lsp: median efter en ændring ≤ 50 ms',
    `${fmt(lsp.afterEdit)} (${(lsp.afterEdit / lsp.checkInProcess).toFixed(1)}× check i processen)`,
    lsp.afterEdit <= 50,
  );
  table.push(`| \`lsp\`: 10 ændringer i træk | ${lsp.burst.publishes} tjek, ${fmt(lsp.burst.ms)} efter den sidste | | | ≤ 2 tjek |`);
}

// 6. The importer of the largest source document (#14; bench/importer.ts, also `npm run bench:import`).
if (part('import')) {
  log('importeren …');
  const measured = await measureImport(cli, Math.max(3, Math.min(runs, 5)), date);
  results.import = measured;
  table.push(
    `| \`importer\` af ${measured.document.name} (${measured.document.paragraphs} afsnit) | ${fmt(measured.importMs)} (CPU ${fmt(measured.importCpuMs)}) | \`node -e 0\`: ${fmt(measured.nodeMs)} | ${measured.ratio.toFixed(1)}× | < 1 s |`,
  );
  table.push(`| | | \`check\` af den skrevne fil: ${fmt(measured.checkMs)} | ${measured.ratioToCheck.toFixed(1)}× | |`);
  target(
    'importer af det største dokument < 1 s',
    `${fmt(measured.importMs)} (CPU ${fmt(measured.importCpuMs)}; ${measured.ratio.toFixed(1)}× node -e 0)`,
    measured.importMs < 1000,
  );
}

const machine = `${cpus()[0]?.model ?? 'ukendt CPU'}, ${cpus().length} kerner, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const load = { before: Number(loadBefore.toFixed(2)), after: Number(loadavg()[0]!.toFixed(2)) };
const report = { date: new Date().toISOString().slice(0, 10), machine, load, runs, results };
if (!only) writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
rmSync(work, { recursive: true, force: true });
const verdicts = targets.map(({ name, figure, met }) => `- ${met ? 'nået' : '**ikke nået**'}: ${name}: ${figure}`);
process.stdout.write(
  `Målt ${report.date} på ${machine}; belastning (load average, 1 min) ${load.before} før og ${load.after} efter.\n\n${table.join('\n')}\n\nMålene i #21:\n${verdicts.join('\n')}\n`,
);
