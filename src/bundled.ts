/**
 * What the bin (src/cli.ts) and the workers (src/worker.ts) run from the bundles that
 * scripts/bundle.mjs writes beside the modules in dist/, and how, shared by the three so that
 * they cannot disagree. A leaf (Node's own modules only): the bin and a worker import it
 * before anything else. Which way a run goes changes its speed only: the bundle is the modules.
 */
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script, constants } from 'node:vm';

/** The commands run most (on every save, in CI): their start-up is what the bundle saves. */
export const bundledCommands: ReadonlySet<string> = new Set(['check', 'validate']);

/**
 * Modules (as imported by a bundled one) the bundle leaves out: `check --format html` alone
 * uses the HTML report, and with the renderer it would double the bundle every check reads.
 */
export const leftOutOfBundle: ReadonlySet<string> = new Set(['../report/compliance-html.js']);

/** Whether the bin runs these arguments from the bundle: a bundled command, and not the HTML report. */
export function runsFromBundle(args: readonly string[]): boolean {
  return bundledCommands.has(args[0] ?? '') && !args.includes('html') && !args.includes('--format=html');
}

/** A bundle in dist/ and V8's code cache of it, written by `npm run prepare` after a warm-up run. */
export interface Bundle {
  file: string;
  codeCache: string;
}

/** src/main.ts with what `check` and `validate` use. */
export const checkBundle: Bundle = { file: 'check-bundle.cjs', codeCache: 'check-bundle.cache' };

/**
 * Modules a build loads from a bundle of their own, by their path in dist/, each with everything
 * it imports: the task modules of its workers (src/task-worker.ts), since a cold build starts
 * each worker once, and loading some 100 modules (remark, rehype, parse5; pdf-lib) is much of
 * what the worker does; and Puppeteer's core, loaded by the main thread before Chromium can start.
 */
export const moduleBundles: ReadonlyMap<string, Bundle> = new Map([
  ['build/municipality.js', { file: 'render-bundle.cjs', codeCache: 'render-bundle.cache' }],
  ['render/pdf-finish.js', { file: 'pdf-finish-bundle.cjs', codeCache: 'pdf-finish-bundle.cache' }],
  ['puppeteer-core.js', { file: 'puppeteer-core-bundle.cjs', codeCache: 'puppeteer-core-bundle.cache' }],
  ['import/worker-task.js', { file: 'import-bundle.cjs', codeCache: 'import-bundle.cache' }],
]);

/**
 * A module's exports from its bundle (moduleBundles) when the bundle is up to date, else
 * undefined: the caller imports the module itself.
 */
export function fromModuleBundle(dist: URL, module: string): Record<string, unknown> | undefined {
  const bundle = moduleBundles.get(module);
  return bundle && bundleUpToDate(dist, bundle) ? runBundle(dist, bundle).exports : undefined;
}

/** The bundle as the bin compiles it: a CommonJS module's function. The code cache fits this exact text. */
export const wrapBundle = (source: string): string => `(function (exports, require, module, __filename, __dirname) {${source}\n})`;

/** The module of a bundled command, by its path in dist/ (what a worker is given, src/worker.ts). */
export const bundledCommandModule = (name: string): string => `commands/${name}.js`;

/** Whether the bundle in `dist` is at least as new as the modules there (tsc run alone leaves it older). */
export function bundleUpToDate(dist: URL, bundle: Bundle): boolean {
  try {
    return statSync(new URL(bundle.file, dist)).mtimeMs >= statSync(new URL('main.js', dist)).mtimeMs;
  } catch {
    return false;
  }
}

/**
 * V8's flags for every run of the bin. A regular expression is first compiled to bytecode and,
 * once run again, a second time to machine code; a check runs each of its few hundred patterns
 * more than once, so the first compilation is wasted: straight to machine code saves about a
 * tenth of `check` of the five. A function is optimised after it has run about nine times as
 * much bytecode as V8's default allows: a run of the bin is short, and functions optimised on
 * the first file's feedback were optimised again or thrown away on the next (a sixth of `check`
 * of the five, a tenth of a full build, and less time for 1000 files, not more).
 */
export const v8Flags = '--no-regexp-tier-up --interrupt-budget=600000';

/**
 * And for the bundled commands, which may read thousands of files: after a full collection a
 * heap may grow to twice what is live, where V8 lets a fast-collecting heap grow to four times.
 * A check of many files keeps some 20 MB live per thread but leaves each file's tree behind:
 * with V8's factor each thread's heap reached 85-110 MB, and the process 290-320 MB for 1000
 * files; with this one about 220 MB, in the same time. A build keeps more alive while it
 * renders, and collecting it that often cost its workers a tenth more time: it keeps V8's.
 */
export const bundledCommandFlags = `${v8Flags} --heap-growing-percent=100`;

/** The flags a run of the bin sets: a bundled command's, or every run's (measured; see the README). */
export function v8FlagsFor(args: readonly string[]): string {
  return bundledCommands.has(args[0] ?? '') ? bundledCommandFlags : v8Flags;
}

function readCodeCache(dist: URL, bundle: Bundle): Buffer | undefined {
  try {
    return readFileSync(new URL(bundle.codeCache, dist));
  } catch {
    return undefined;
  }
}

/** Writes V8's code cache of a bundle's script (after a warm-up run, so it holds what the run compiled), atomically. */
export function writeCodeCache(dist: URL, bundle: Bundle, script: Script): void {
  const codeCache = fileURLToPath(new URL(bundle.codeCache, dist));
  writeFileSync(`${codeCache}.tmp`, script.createCachedData());
  renameSync(`${codeCache}.tmp`, codeCache);
}

/**
 * Runs a bundle in `dist` as Node runs a CommonJS module, but compiled with its code cache;
 * the bin runs the check bundle so, and so does a worker of a bundled command or module.
 * Returns the script (for a new cache) and the bundle's exports (its entry module's).
 */
export function runBundle(dist: URL, bundle: Bundle): { script: Script; exports: Record<string, unknown> } {
  const file = fileURLToPath(new URL(bundle.file, dist));
  const script = new Script(wrapBundle(readFileSync(file, 'utf8')), {
    filename: file,
    cachedData: readCodeCache(dist, bundle),
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return { script, exports: module.exports };
}
