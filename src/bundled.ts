/**
 * What the bin (src/cli.ts) and the workers (src/worker.ts) run from the bundle that
 * scripts/bundle.mjs writes beside the modules in dist/, and how, shared by the three so that
 * they cannot disagree. A leaf (Node's own modules only): the bin and a worker import it
 * before anything else. Which way a run goes changes its speed only: the bundle is the modules.
 */
import { readFileSync, statSync } from 'node:fs';
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

export const bundleFile = 'check-bundle.cjs';
/** V8's code cache of the bundle, written by `npm run prepare` after a warm-up check. */
export const codeCacheFile = 'check-bundle.cache';

/** The bundle as the bin compiles it: a CommonJS module's function. The code cache fits this exact text. */
export const wrapBundle = (source: string): string => `(function (exports, require, module, __filename, __dirname) {${source}\n})`;

/** The module of a bundled command, by its path in dist/ (what a worker is given, src/worker.ts). */
export const bundledCommandModule = (name: string): string => `commands/${name}.js`;

/** Whether the bundle in `dist` is at least as new as the modules there (tsc run alone leaves it older). */
export function bundleUpToDate(dist: URL): boolean {
  try {
    return statSync(new URL(bundleFile, dist)).mtimeMs >= statSync(new URL('main.js', dist)).mtimeMs;
  } catch {
    return false;
  }
}

/**
 * V8's flags for every run of the bin. A regular expression is first compiled to bytecode and,
 * once run again, a second time to machine code; a check runs each of its few hundred patterns
 * more than once, so the first compilation is wasted: straight to machine code saves about a
 * tenth of `check` of the five.
 */
export const v8Flags = '--no-regexp-tier-up';

function readCodeCache(dist: URL): Buffer | undefined {
  try {
    return readFileSync(new URL(codeCacheFile, dist));
  } catch {
    return undefined;
  }
}

/**
 * Runs the bundle in `dist` as Node runs a CommonJS module, but compiled with the code cache;
 * the bin runs it so, and so does a worker of a bundled command. Returns the script (for a new
 * cache) and the bundle's exports (src/main.ts's).
 */
export function runBundle(dist: URL): { script: Script; exports: Record<string, unknown> } {
  const bundle = fileURLToPath(new URL(bundleFile, dist));
  const script = new Script(wrapBundle(readFileSync(bundle, 'utf8')), {
    filename: bundle,
    cachedData: readCodeCache(dist),
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  return { script, exports: module.exports };
}
