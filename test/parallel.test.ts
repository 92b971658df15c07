/**
 * `check` and `validate` of many files on worker threads (src/parallel.ts): the same bytes,
 * in the same order, with the same exit code as one thread, and a broken file in the middle
 * reported at its place without stopping the others. And what `check` loads at start-up.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixtures, municipalityNames, root, runCli } from './helpers.js';

const date = '2026-11-23';

/** The five real files four times each under new names, a broken file and a file cut short among them. */
function workspace(): { dir: string; files: string[]; broken: Record<string, number>; cut: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-parallel-'));
  mkdirSync(join(dir, 'municipalities'));
  const files: string[] = [];
  for (let round = 1; round <= 4; round++) {
    for (const name of municipalityNames) {
      const file = `municipalities/${name}-${round}.yml`;
      copyFileSync(join(root, 'municipalities', `${name}.yml`), join(dir, file));
      files.push(file);
    }
  }
  // A quote never closed (a YAML error), and a file cut off in the middle of a text (valid, but most requirements are missing).
  const unclosed = 'municipalities/holstebro-brudt.yml';
  writeFileSync(join(dir, unclosed), 'kommune: "Holstebro\nudgave: 1\n');
  const randers = readFileSync(join(root, 'municipalities', 'randers.yml'), 'utf8');
  const cut = 'municipalities/randers-afbrudt.yml';
  writeFileSync(join(dir, cut), randers.slice(0, Math.floor(randers.length / 3)));
  files.splice(7, 0, unclosed);
  files.splice(14, 0, cut);
  return { dir, files, broken: { [unclosed]: 7 }, cut };
}

const threads = (count: number) => ({ KVALITETSSTANDARD_THREADS: String(count) });

describe('check and validate of many files on worker threads', () => {
  const { dir, files, broken, cut } = workspace();
  const run = (args: string[], count: number) => runCli([...args, ...files], { cwd: dir, env: threads(count) });

  for (const args of [['check', '--dato', date, '--format', 'json'], ['check', '--dato', date, '--streng'], ['validate', '--format', 'json'], ['validate']]) {
    it(`gives the same output and exit code on one thread and on three: ${args.join(' ')}`, { timeout: 120_000 }, () => {
      const single = run(args, 1);
      const parallel = run(args, 3);
      expect(single.stderr).toBe('');
      expect(parallel.stdout).toBe(single.stdout);
      expect(parallel.stderr).toBe(single.stderr);
      expect(single.status).toBe(1);
      expect(parallel.status).toBe(1);
    });
  }

  it('reports the files in the order given, each broken one at its place, and checks every other', { timeout: 120_000 }, () => {
    const report = JSON.parse(run(['check', '--dato', date, '--format', 'json'], 2).stdout) as {
      fil: string;
      gyldig: boolean;
      kommune: string | null;
      fejl: { besked: string }[];
      opsummering: Record<string, number> | null;
    }[];
    expect(report.map((entry) => entry.fil)).toEqual(files);
    for (const entry of report) {
      const brokenHere = Object.hasOwn(broken, entry.fil);
      expect(entry.gyldig).toBe(!brokenHere);
      expect(entry.kommune === null).toBe(brokenHere);
    }
    expect(report[7]!.fejl[0]!.besked).toMatch(/Anførselstegnet »"« her lukkes aldrig/);
    // The file cut short is checked in its own right: more is missing than in the whole file.
    const whole = report.find((entry) => entry.fil === 'municipalities/randers-1.yml')!;
    const short = report.find((entry) => entry.fil === cut)!;
    expect(short.opsummering!.mangler).toBeGreaterThan(whole.opsummering!.mangler!);
    const text = run(['validate'], 2).stdout;
    const at = (file: string) => text.indexOf(file);
    // The unclosed quote's message stands between the files before and after it.
    expect(at(files[6]!)).toBeLessThan(at('municipalities/holstebro-brudt.yml:1'));
    expect(at('municipalities/holstebro-brudt.yml:1')).toBeLessThan(at(files[8]!));
    expect(text).toMatch(/municipalities\/holstebro-brudt\.yml:1:\d+ {2}fejl {2}Anførselstegnet/);
    expect(text).toContain(`${files.length} filer tjekket: ${files.length - 1} gyldige, 1 ugyldig`);
  });

  it('exits 0 when every file is valid, on one thread and on two', { timeout: 120_000 }, () => {
    const valid = files.filter((file) => !Object.hasOwn(broken, file));
    for (const count of [1, 2]) {
      const result = runCli(['validate', ...valid], { cwd: dir, env: threads(count) });
      expect(result.stdout).toContain(`${valid.length} filer tjekket: alle er gyldige.`);
      expect(result.status).toBe(0);
    }
  });
});

describe('sharing the work between the threads', () => {
  it('keeps the worker busy while the main thread checks files of its own', { timeout: 60_000 }, () => {
    // 100 tasks of 20 ms that never yield, as checking a file does: the worker must not wait
    // for the main thread to finish a run of its own tasks before it is given more.
    const result = spawnSync(process.execPath, [join(fixtures, 'parallel', 'share.mjs'), root, '100', '20'], {
      env: { ...process.env, ...threads(2) },
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    const ran = JSON.parse(result.stdout) as { index: number; task: number; threadId: number }[];
    expect(ran.map((entry) => entry.task)).toEqual(ran.map((_, index) => index));
    const byWorker = ran.filter((entry) => entry.threadId !== 0).length;
    // Evenly shared, the worker runs about half (less what the main thread runs while the worker starts).
    expect(byWorker).toBeGreaterThanOrEqual(30);
  });
});

/**
 * The modules a command resolves, recorded by a module hook (test/fixtures/module-record), run
 * by the bin (dist/cli.js) or from the modules, as the bin runs every command the bundle leaves out (dist/main.js).
 */
function modulesLoadedBy(args: string[], entry: 'cli.js' | 'main.js' = 'main.js', env: Record<string, string> = {}): string[] {
  return modulesRecorded([join(root, 'dist', entry), ...args], env);
}

/** The modules a process resolves (its worker threads' too), run with `nodeArgs`; only the tool's, by their path from the repository. */
function modulesRecorded(nodeArgs: string[], env: Record<string, string> = {}): string[] {
  const record = join(mkdtempSync(join(tmpdir(), 'kvalitetsstandard-modules-')), 'modules.txt');
  writeFileSync(record, '');
  const result = spawnSync(process.execPath, ['--import', join(fixtures, 'module-record', 'register.mjs'), ...nodeArgs], {
    cwd: root,
    env: { ...process.env, ...env, MODULE_RECORD: record, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  expect(result.stderr).toBe('');
  const base = pathToFileURL(root).href;
  return [...new Set(readFileSync(record, 'utf8').split('\n'))].filter((url) => url.startsWith(base)).map((url) => url.slice(base.length + 1));
}

/** The package a module under node_modules belongs to. */
const packageOf = (path: string) => /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];

/** The tool's modules and the packages in the bundle (dist/check-bundle.cjs), from the comments esbuild writes before each. */
function bundled(): string[] {
  const bundle = readFileSync(join(root, 'dist', 'check-bundle.cjs'), 'utf8');
  return [...bundle.matchAll(/^\/\/ ((?:src|node_modules)\/\S+)$/gm)].map((match) => match[1]!);
}

/** The Node modules the bin's main thread loads after it has set V8's flags (test/fixtures/builtins-after-flags.cjs). */
function nodeModulesAfterFlags(args: string[], env: Record<string, string> = {}): string[] {
  const record = join(mkdtempSync(join(tmpdir(), 'kvalitetsstandard-builtins-')), 'builtins.txt');
  const result = spawnSync(process.execPath, ['--require', join(fixtures, 'builtins-after-flags.cjs'), join(root, 'dist', 'cli.js'), ...args], {
    cwd: root,
    env: { ...process.env, ...env, BUILTINS_RECORD: record, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(1);
  return readFileSync(record, 'utf8').split('\n').filter(Boolean);
}

describe('start-up loads only what the command uses', () => {
  // Node compiles its own modules from a code cache that V8 refuses once the flags differ: each loaded later is compiled from its
  // source. (JSON output loads node:crypto for its grounds' hashes on first use, later: text output never needs it.)
  it('the bin loads every Node module check and validate use before it sets V8 flags', { timeout: 60_000 }, () => {
    expect(nodeModulesAfterFlags(['check', '--dato', date])).toEqual([]);
    expect(nodeModulesAfterFlags(['check', '--dato', date, 'randers', 'holstebro'], threads(2))).toEqual([]);
    expect(nodeModulesAfterFlags(['validate', 'randers', join(fixtures, 'invalid', 'felt-mangler-kommune.yml')])).toEqual([]);
  });

  it('check and validate from the bin load the bin and the bundle, which holds what check uses and none of the renderer, importer, language server or build', {
    timeout: 60_000,
  }, () => {
    expect(modulesLoadedBy(['check', 'randers', '--dato', date], 'cli.js')).toEqual(['dist/cli.js', 'dist/bundled.js']);
    expect(modulesLoadedBy(['validate', 'randers'], 'cli.js')).toEqual(['dist/cli.js', 'dist/bundled.js']);
    // A worker of check runs it from the bundle too: it adds only its own script. Started as
    // src/parallel.ts starts it and recorded until it says it is ready, as a run of many files
    // may end before its worker has loaded (on a loaded machine, 36 files sometimes did).
    const checkWorker = `import { Worker } from 'node:worker_threads';
      const worker = new Worker(new URL(${JSON.stringify(pathToFileURL(join(root, 'dist', 'worker.js')).href)}), {
        workerData: { module: ${JSON.stringify(pathToFileURL(join(root, 'dist', 'commands', 'check.js')).href)}, exportName: 'checkReport', styleSecret: 'x' },
      });
      worker.once('message', (message) => { process.stdout.write(JSON.stringify(message)); void worker.terminate(); });`;
    const script = join(mkdtempSync(join(tmpdir(), 'kvalitetsstandard-worker-')), 'check-worker.mjs');
    writeFileSync(script, checkWorker);
    expect(modulesRecorded([script]).sort()).toEqual(['dist/bundled.js', 'dist/worker.js']);
    const inBundle = bundled();
    expect(inBundle).toContain('src/check/run.ts');
    expect(inBundle).toContain('src/commands/validate.ts');
    expect(inBundle.filter((path) => /^src\/(lsp|build|diff)\//.test(path))).toEqual([]);
    // As from the modules (below): of the renderer and the importer only leaves the check shares.
    const shared = inBundle.filter((path) => /^src\/(render|import)\//.test(path));
    for (const path of shared) expect(readFileSync(join(root, path), 'utf8'), path).not.toMatch(/^\s*(import|export)\b[^;]*\bfrom\s*['"]|\bimport\(/m);
    expect(inBundle.filter((path) => /^src\/commands\//.test(path) && !/\/(check|validate|file-reports|arguments|regulation-folders)\.ts$/.test(path))).toEqual(
      [],
    );
    expect([...new Set(inBundle.map(packageOf).filter(Boolean))].sort()).toEqual(['ajv', 'ajv-formats', 'fastest-levenshtein', 'yaml']);
  });

  it('check of one file loads neither the renderer, the importer, the language server, the build nor a browser', { timeout: 60_000 }, () => {
    const loaded = modulesLoadedBy(['check', 'randers', '--dato', date]);
    expect(loaded).toContain('dist/check/run.js');
    expect(loaded).toContain('dist/report/compliance.js');
    expect(loaded.filter((path) => /^dist\/(lsp|build|diff)\//.test(path))).toEqual([]);
    // From the renderer's and the importer's folders only leaves the check shares (the Markdown
    // limits, the Danish date patterns): modules that import nothing, so none of the renderer or importer comes with them.
    const shared = loaded.filter((path) => /^dist\/(render|import)\//.test(path));
    for (const path of shared) expect(readFileSync(join(root, path), 'utf8'), path).not.toMatch(/^\s*(import|export)\b[^;]*\bfrom\s*['"]|\bimport\(/m);
    expect([...new Set(loaded.map(packageOf).filter(Boolean))].sort()).toEqual(['fastest-levenshtein', 'yaml']);
  });

  it('validate does not load the requirements check or the evidence search', { timeout: 60_000 }, () => {
    const loaded = modulesLoadedBy(['validate', 'randers']);
    expect(loaded).toContain('dist/validate.js');
    // The statuses the schema shares with the check live in the schema (no-cycles moved them there).
    expect(loaded.filter((path) => path.startsWith('dist/check/'))).toEqual([]);
  });
});
