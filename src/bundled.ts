/**
 * What the bin (src/cli.ts) runs from the bundle that scripts/bundle.mjs writes beside the
 * modules in dist/, shared by the two so that they cannot disagree. A leaf: the bin imports it
 * before anything else. Which way a run goes changes its speed only: the bundle is the modules.
 */

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
