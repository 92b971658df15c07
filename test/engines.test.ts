/**
 * The Node version the README promises is one every installed package accepts, so
 * `npm ci` on it prints no EBADENGINE warning (nanoid 6, pulled in by docx, wanted Node 22).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers.js';

// semver is in node_modules through npm's own tooling; its types are not, so the two calls used are typed here.
const semver = createRequire(import.meta.url)('semver') as {
  minVersion(range: string): { version: string; major: number } | null;
  satisfies(version: string, range: string): boolean;
};

interface LockedPackage {
  version?: string;
  optional?: boolean;
  engines?: { node?: string } | string[];
}

const readJson = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));
const promised: string = readJson('package.json').engines.node;
const lowest = semver.minVersion(promised);

describe('Node versions', () => {
  it('the project promises Node 20 and the README names the same lowest version', () => {
    expect(lowest?.major).toBe(20);
    const [major, minor] = lowest!.version.split('.');
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain(`Node.js ${major}.${minor} eller nyere`);
  });

  it('every package in the lock file that names its Node versions accepts the lowest promised one', () => {
    const packages: Record<string, LockedPackage> = readJson('package-lock.json').packages;
    const refusing = Object.entries(packages)
      // npm leaves out an optional package whose engines do not fit, without a warning (a platform build of a tool).
      .filter(([path, entry]) => path !== '' && !entry.optional)
      .map(([path, entry]) => ({ path, version: entry.version, node: Array.isArray(entry.engines) ? undefined : entry.engines?.node }))
      .filter((entry) => entry.node !== undefined && !semver.satisfies(lowest!.version, entry.node))
      .map(({ path, version, node }) => `${path}@${version} wants node ${node}`);
    expect(refusing).toEqual([]);
    expect(Object.keys(packages).length).toBeGreaterThan(100);
  });
});
