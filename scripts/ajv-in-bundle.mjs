/**
 * Ajv's compiled validators (src/generated/validate-*.ts) load their runtime helpers through
 * createRequire, which a bundler cannot follow; as plain require() calls they are bundled like
 * any other module. Shared by scripts/bundle.mjs and editors/vscode/build.mjs.
 */
export const ajvValidatorPath = /src[\\/]generated[\\/]validate-[a-z-]+\.ts$/;

export const withPlainRequire = (source) =>
  source.replace("import { createRequire } from 'node:module';", '').replace('const require = createRequire(import.meta.url);', '');
