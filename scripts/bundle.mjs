/**
 * `npm run prepare`, after tsc: the bundles the bin and the workers start from (src/bundled.ts).
 * esbuild bundles src/main.ts with everything `check` and `validate` use (the tool's modules,
 * yaml, Ajv's runtime helpers, fastest-levenshtein) into one CommonJS script beside the modules
 * in dist/; the other commands stay imports of their modules, which the bin never sends to the
 * bundle. Each task module of a build's workers (the renderer, the PDF/UA pass), and Puppeteer's
 * core, which a build's main thread loads, gets a bundle of its own with everything it imports.
 * Each module's import.meta.url becomes the URL of its own file in dist/, so what it finds from
 * there (workers, the schema, templates, package.json) is what the module finds. Then a warm-up run of each bundle writes V8's code cache of it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { build } from 'esbuild';
import { bundledCommandModule, bundledCommands, checkBundle, leftOutOfBundle, moduleBundles, runBundle, v8FlagsFor, writeCodeCache } from '../dist/bundled.js';
import { ajvValidatorPath, withPlainRequire } from './ajv-in-bundle.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'src');
const dist = join(root, 'dist');
const bundles = [checkBundle, ...moduleBundles.values()];

// The cache of an earlier bundle must not outlive it: V8 checks only that the lengths agree.
for (const bundle of bundles) rmSync(join(dist, bundle.codeCache), { force: true });

/** Stops the build without bundles, so that the bin and the workers run everything from the modules. */
function refuse(bundle, reason) {
  for (const { file, codeCache } of bundles) {
    rmSync(join(dist, file), { force: true });
    rmSync(join(dist, codeCache), { force: true });
  }
  throw new Error(`${bundle.file}: ${reason}`);
}

const bundledCommandModules = new Set([...bundledCommands].map((name) => `./${bundledCommandModule(name)}`));
/** main.ts imports a command's module when the command runs: only the bundled commands' come in. */
const leftOutOfCheck = (args) =>
  leftOutOfBundle.has(args.path) || (args.kind === 'dynamic-import' && args.importer === join(src, 'main.ts') && !bundledCommandModules.has(args.path));

/** Modules that load CommonJS through createRequire, which esbuild cannot follow: Ajv's validators, pdf-lib for the PDF/UA pass, Puppeteer's core. */
const loadsThroughCreateRequire = (path) => ajvValidatorPath.test(path) || /src[\\/](render[\\/]pdf-lib|puppeteer-core)\.ts$/.test(path);

const yamlModuleBuild = join(root, 'node_modules', 'yaml', 'browser', 'index.js');

const inDist = (leftOut) => ({
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
    // yaml's ES module build (its »default« export condition; the same code as its CommonJS build for Node): bundled as
    // modules, its functions are called directly, not through the getters CommonJS interop puts on every import.
    context.onResolve({ filter: /^yaml$/ }, () => ({ path: yamlModuleBuild }));
    context.onLoad({ filter: /\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const url = JSON.stringify(relative(src, args.path).replace(/\.ts$/, '.js').split(sep).join('/'));
      const contents = (loadsThroughCreateRequire(args.path) ? withPlainRequire(source) : source).replaceAll(
        'import.meta.url',
        `new URL(${url}, __bundleUrl).href`,
      );
      return { contents, loader: 'ts' };
    });
  },
});

/** Bundles the module `entry` (a path under src/) into `bundle`, leaving out what `leftOut` says. */
async function bundleModule(entry, bundle, leftOut) {
  const { warnings } = await build({
    entryPoints: [join(src, entry)],
    outfile: join(dist, bundle.file),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
    plugins: [inDist(leftOut)],
    logLevel: 'warning',
  });
  // A warning is a bundle that may differ from the modules (import.meta left empty, a require not followed): stop.
  if (warnings.length > 0) refuse(bundle, 'esbuild warned (above); the bundle would not be the modules');
  const file = join(dist, bundle.file);
  const source = readFileSync(file, 'utf8');
  // An escaped character (»\–« in a pattern) would become a backslash and the letters of the escape.
  if (/\\[^\0-\x7f]/.test(source)) refuse(bundle, 'a character outside ASCII after a backslash: write it as \\u… in the module');
  writeFileSync(file, asAscii(source));
}

/**
 * The bundle with every character outside ASCII written as its escape. esbuild escapes them in
 * strings, but not in comments, regular expressions or raw templates, and one »–« in a script
 * makes V8 decode all of it from UTF-8 and hold it as a string of two bytes a character
 * (a check of the five then spent a hundredth of its instructions decoding). An escape stands
 * for its character wherever a character may stand in a script, except in a raw template's
 * text, which keeps it as written: the tool's raw templates (String.raw) are regular
 * expressions' sources, where the escape again stands for the character.
 */
const asAscii = (source) => source.replace(/[^\0-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

await bundleModule('main.ts', checkBundle, leftOutOfCheck);
for (const [module, bundle] of moduleBundles) await bundleModule(module.replace(/\.js$/, '.ts'), bundle, () => false);

const municipalities = join(root, 'municipalities');
const files = readdirSync(municipalities)
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => join(municipalities, name));
const warmUp = spawnSync(process.execPath, [join(dist, 'cli.js'), 'check', '--format', 'json', ...files], {
  env: { ...process.env, KVALITETSSTANDARD_WRITE_CODE_CACHE: '1', KVALITETSSTANDARD_THREADS: '1' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
// Exit 1 is a check with findings; anything else is a bundle that does not work.
if ((warmUp.status !== 0 && warmUp.status !== 1) || !existsSync(join(dist, checkBundle.codeCache))) {
  refuse(checkBundle, `the warm-up check from it failed (exit ${warmUp.status ?? warmUp.signal})`);
}

/**
 * What each module's bundle runs before its cache is written, so that the cache holds the functions
 * a build compiles: the renderer builds the municipalities into a scratch folder. The PDF/UA pass
 * needs Chromium's print, which `prepare` does not start: its cache holds what loading compiles
 * (finishing a PDF made by pdf-lib itself first was measured to add nothing).
 */
const warmUps = {
  'build/municipality.js': async ({ buildMunicipality }) => {
    const outDir = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-bundle-'));
    try {
      for (const file of files) {
        const { status } = await buildMunicipality({ file, id: basename(file).replace(/\.ya?ml$/, ''), date: '2026-01-01', outDir, withPdf: true });
        if (status !== 'bygget' && status !== 'ugyldig') throw new Error(`${file}: ${status}`);
      }
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  },
  'render/pdf-finish.js': async () => {},
  // Loading Puppeteer is what the build waits for: its cache holds what loading compiles.
  'puppeteer-core.js': async () => {},
  // The importer's worker (its converter and placing): its cache holds what loading compiles.
  'import/worker-task.js': async () => {},
};

// These modules run in a build, under the bin's flags for it (src/cli.ts), and V8 accepts only a cache made under the same.
setFlagsFromString(v8FlagsFor(['build']));
for (const [module, bundle] of moduleBundles) {
  try {
    const distUrl = pathToFileURL(`${dist}/`);
    const { script, exports } = runBundle(distUrl, bundle);
    await warmUps[module](exports);
    writeCodeCache(distUrl, bundle, script);
  } catch (error) {
    refuse(bundle, `the warm-up run from it failed (${error.message})`);
  }
}
