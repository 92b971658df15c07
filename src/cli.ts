#!/usr/bin/env node
/**
 * The bin. `check` and `validate` (but not `check --format html`) start from one script:
 * src/main.ts with everything those two commands use, bundled by scripts/bundle.mjs
 * (`npm run prepare`) into dist/check-bundle.cjs and compiled from V8's code cache of it, made
 * after a warm-up check, so it holds the functions a check compiles. That saves most of their
 * start-up: resolving, reading and compiling some 80 modules and compiling their functions on
 * first use. V8 refuses a cache that does not fit (another Node version, other V8 flags,
 * another bundle) and then compiles the script as usual.
 *
 * Every other command runs from the modules (src/main.ts), and so does everything when the
 * bundle is missing or older than the modules (tsc run alone). A process runs one or the other,
 * never both: two copies of a module would not share its state (the output filter, the style
 * secret of src/report/terminal.ts).
 */
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script, constants } from 'node:vm';
import { bundleFile, codeCacheFile, runsFromBundle, wrapBundle } from './bundled.js';

const bundle = fileURLToPath(new URL(bundleFile, import.meta.url));
const codeCache = fileURLToPath(new URL(codeCacheFile, import.meta.url));
const modules = new URL('./main.js', import.meta.url);

function bundleUpToDate(): boolean {
  try {
    return statSync(bundle).mtimeMs >= statSync(modules).mtimeMs;
  } catch {
    return false;
  }
}

function readCodeCache(): Buffer | undefined {
  try {
    return readFileSync(codeCache);
  } catch {
    return undefined;
  }
}

/** Runs the bundle as Node runs a CommonJS module, but compiled with the code cache. */
function runBundle(): void {
  const script = new Script(wrapBundle(readFileSync(bundle, 'utf8')), {
    filename: bundle,
    cachedData: readCodeCache(),
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  // Set by scripts/bundle.mjs for its warm-up run: at exit, the cache holds every function the run compiled.
  if (process.env.KVALITETSSTANDARD_WRITE_CODE_CACHE) {
    process.on('exit', () => {
      writeFileSync(`${codeCache}.tmp`, script.createCachedData());
      renameSync(`${codeCache}.tmp`, codeCache);
    });
  }
}

if (runsFromBundle(process.argv.slice(2)) && bundleUpToDate()) runBundle();
else await import(modules.href);
