/**
 * Builds the VS Code extension and packages it as a .vsix, offline: esbuild bundles the
 * extension (with vscode-languageclient) and the language server (src/lsp, with its
 * dependencies) into single files, the schema is copied beside them, and @vscode/vsce packs
 * the folder without fetching anything. `npm run vscode` from the repository root.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { createVSIX } from '@vscode/vsce';
import { ajvValidatorPath, withPlainRequire } from '../../scripts/ajv-in-bundle.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

/** Ajv's helpers bundled as plain require() calls (scripts/ajv-in-bundle.mjs). */
const bundleAjvHelpers = {
  name: 'bundle-ajv-helpers',
  setup(context) {
    context.onLoad({ filter: ajvValidatorPath }, (args) => ({
      contents: withPlainRequire(readFileSync(args.path, 'utf8')),
      loader: 'ts',
    }));
  },
};

await build({
  entryPoints: [join(here, 'src', 'extension.ts')],
  outfile: join(here, 'dist', 'extension.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  external: ['vscode'],
  logLevel: 'warning',
});

await build({
  entryPoints: [join(root, 'src', 'lsp', 'main.ts')],
  outfile: join(here, 'server', 'kvalitetsstandard-lsp.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node18',
  // CommonJS dependencies inside an ES module bundle need a require of their own.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  plugins: [bundleAjvHelpers],
  logLevel: 'warning',
});

mkdirSync(join(here, 'schema'), { recursive: true });
copyFileSync(join(root, 'schema', 'kvalitetsstandard.schema.json'), join(here, 'schema', 'kvalitetsstandard.schema.json'));
// The server links each finding to its requirement's section here (src/lsp/requirement-docs.ts).
mkdirSync(join(here, 'docs'), { recursive: true });
copyFileSync(join(root, 'docs', 'krav.md'), join(here, 'docs', 'krav.md'));

const packagePath = process.argv[2] ?? join(here, 'kvalitetsstandard.vsix');
await createVSIX({ cwd: here, packagePath, dependencies: false, allowMissingRepository: true });
