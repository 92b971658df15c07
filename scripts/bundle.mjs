/**
 * `npm run prepare`, after tsc: the bundle the bin starts `check` and `validate` from
 * (src/cli.ts). esbuild bundles src/main.ts with everything those commands use (the tool's
 * modules, yaml, Ajv's runtime helpers, fastest-levenshtein) into one CommonJS script beside
 * the modules in dist/; the other commands stay imports of their modules, which the bin never
 * sends to the bundle. Each module's import.meta.url becomes the URL of its own file in dist/,
 * so what it finds from there (workers, the schema, package.json) is what the module finds.
 * Then one check of the municipalities run from the bundle writes V8's code cache of it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { bundledCommandModule, bundledCommands, bundleFile, codeCacheFile, leftOutOfBundle } from '../dist/bundled.js';
import { ajvValidatorPath, withPlainRequire } from './ajv-in-bundle.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'src');
const dist = join(root, 'dist');
const bundle = join(dist, bundleFile);
const codeCache = join(dist, codeCacheFile);

// The cache of an earlier bundle must not outlive it: V8 checks only that the lengths agree.
rmSync(codeCache, { force: true });

/** Stops the build without a bundle, so that the bin runs every command from the modules. */
function refuse(reason) {
  rmSync(bundle, { force: true });
  rmSync(codeCache, { force: true });
  throw new Error(`${bundleFile}: ${reason}`);
}

const bundledCommandModules = new Set([...bundledCommands].map((name) => `./${bundledCommandModule(name)}`));
/** main.ts imports a command's module when the command runs: only the bundled commands' come in. */
const leftOut = (args) =>
  leftOutOfBundle.has(args.path) || (args.kind === 'dynamic-import' && args.importer === join(src, 'main.ts') && !bundledCommandModules.has(args.path));
const inDist = {
  name: 'in-dist',
  setup(context) {
    // A module left out stays an import of the module itself, by its path from dist/, where the bundle is.
    context.onResolve({ filter: /^\.\.?\// }, (args) =>
      leftOut(args)
        ? {
            path: `./${relative(src, join(dirname(args.importer), args.path))
              .split(sep)
              .join('/')}`,
            external: true,
          }
        : undefined,
    );
    context.onLoad({ filter: /\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const url = JSON.stringify(relative(src, args.path).replace(/\.ts$/, '.js').split(sep).join('/'));
      const contents = (ajvValidatorPath.test(args.path) ? withPlainRequire(source) : source).replaceAll(
        'import.meta.url',
        `new URL(${url}, __bundleUrl).href`,
      );
      return { contents, loader: 'ts' };
    });
  },
};

const { warnings } = await build({
  entryPoints: [join(src, 'main.ts')],
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [inDist],
  logLevel: 'warning',
});
// A warning is a bundle that may differ from the modules (import.meta left empty, a require not followed): stop.
if (warnings.length > 0) refuse('esbuild warned (above); the bundle would not be the modules');

const municipalities = join(root, 'municipalities');
const files = readdirSync(municipalities)
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => join(municipalities, name));
const warmUp = spawnSync(process.execPath, [join(dist, 'cli.js'), 'check', '--format', 'json', ...files], {
  env: { ...process.env, KVALITETSSTANDARD_WRITE_CODE_CACHE: '1', KVALITETSSTANDARD_THREADS: '1' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
// Exit 1 is a check with findings; anything else is a bundle that does not work.
if ((warmUp.status !== 0 && warmUp.status !== 1) || !existsSync(codeCache)) {
  refuse(`the warm-up check from it failed (exit ${warmUp.status ?? warmUp.signal})`);
}
