/**
 * What the import's worker thread runs (./worker.ts), as one module: from its bundle when it is
 * up to date (src/bundled.ts), so that the worker does not resolve and compile the converter's
 * hundred modules on every import. The error class comes with it, so that `instanceof` holds.
 */
export { ImportError } from './errors.js';
export { importFile } from './pipeline.js';
