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
// Node's own modules a command loads, loaded before V8's flags are set: Node compiles its modules from a code cache
// of its own, which V8 refuses under other flags (then each is compiled from its source, 2-3 times as long).
import 'node:os';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import 'node:worker_threads';
import { bundleUpToDate, checkBundle, runBundle, runsFromBundle, v8FlagsFor, writeCodeCache } from './bundled.js';

// The standard streams, which load Node's modules for a pipe, a terminal or a file as each is, and parseArgs, loaded on first use.
process.stdout.writable;
process.stderr.writable;
void parseArgs;
const dist = new URL('.', import.meta.url);

// Before the bundle is compiled: V8 accepts only a code cache made under the same flags, and the
// warm-up run that makes it (scripts/bundle.mjs) starts here too. Worker threads share them.
setFlagsFromString(v8FlagsFor(process.argv.slice(2)));

if (runsFromBundle(process.argv.slice(2)) && bundleUpToDate(dist, checkBundle)) {
  const { script } = runBundle(dist, checkBundle);
  // Set by scripts/bundle.mjs for its warm-up run: at exit, the cache holds every function the run compiled.
  if (process.env.KVALITETSSTANDARD_WRITE_CODE_CACHE) process.on('exit', () => writeCodeCache(dist, checkBundle, script));
} else await import(new URL('main.js', dist).href);
