/**
 * The bin (src/cli.ts) runs `check` and `validate` from the bundle with V8's code cache, and
 * every other command from the modules. Which way a run goes may change its speed only: the
 * same bytes and exit code from both, whatever the input; a cache V8 refuses, or a bundle older
 * than the modules, changes nothing either.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundleFile, codeCacheFile, v8Flags } from '../src/bundled.js';
import { fixtures, root } from './helpers.js';

const date = '2026-11-23';

/** Runs `node <dist>/<entry> …` in the repository. */
function run(entry: string, args: string[], dist = join(root, 'dist'), env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(dist, entry), ...args], { cwd: root, env: { ...process.env, ...env, NO_COLOR: '1' }, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A copy of dist/ beside the repository's packages, to change the bundle or its cache in. */
function distCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-bundle-'));
  cpSync(join(root, 'dist'), join(dir, 'dist'), { recursive: true, preserveTimestamps: true });
  writeFileSync(join(dir, 'package.json'), readFileSync(join(root, 'package.json')));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return join(dir, 'dist');
}

/** Inputs that take different paths: valid files, a YAML error, a file cut short, one that is missing, invalid fields, a regulation folder. */
function inputs(): string[][] {
  const dir = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-bundle-input-'));
  const randers = readFileSync(join(root, 'municipalities', 'randers.yml'), 'utf8');
  writeFileSync(join(dir, 'afbrudt.yml'), randers.slice(0, Math.floor(randers.length / 2)));
  writeFileSync(join(dir, 'brudt.yml'), 'kommune: "Randers\nudgave: 1\n');
  const invalid = readdirSync(join(fixtures, 'invalid')).map((name) => join(fixtures, 'invalid', name));
  return [
    ['municipalities/holstebro.yml', 'municipalities/randers.yml', join(dir, 'afbrudt.yml'), join(dir, 'brudt.yml'), join(dir, 'findes-ikke.yml')],
    invalid.slice(0, 8),
    ['--regelsaet-mappe', join(fixtures, 'regulations', 'test-regelsaet'), 'municipalities/fredericia.yml'],
  ];
}

describe('check and validate from the bundle', () => {
  it('give the same bytes and exit code as from the modules', { timeout: 180_000 }, () => {
    for (const files of inputs()) {
      for (const args of [
        ['check', '--dato', date, '--format', 'json', ...files],
        ['check', '--dato', date, '--streng', ...files],
        ['validate', ...files],
      ]) {
        const fromModules = run('main.js', args);
        // A report (exit 0 or 1), not a usage error.
        expect([0, 1], args.join(' ')).toContain(fromModules.status);
        expect(fromModules.stdout, args.join(' ')).not.toBe('');
        expect(run('cli.js', args), args.join(' ')).toEqual(fromModules);
      }
    }
  });

  it('compile from the code cache `npm run prepare` wrote: V8 accepts it for this bundle and this Node, under the flags of the bin', () => {
    // In a process of its own: the flags are the whole process's.
    const accepted = (flags: string) =>
      spawnSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `import { readFileSync } from 'node:fs';
           import { setFlagsFromString } from 'node:v8';
           import { Script } from 'node:vm';
           import { bundleFile, codeCacheFile, wrapBundle } from ${JSON.stringify(pathToFileURL(join(root, 'dist', 'bundled.js')).href)};
           setFlagsFromString(${JSON.stringify(flags)});
           const dist = ${JSON.stringify(join(root, 'dist'))} + '/';
           const script = new Script(wrapBundle(readFileSync(dist + bundleFile, 'utf8')), { filename: dist + bundleFile, cachedData: readFileSync(dist + codeCacheFile) });
           process.stdout.write(String(!script.cachedDataRejected));`,
        ],
        { encoding: 'utf8' },
      ).stdout;
    expect(accepted(v8Flags)).toBe('true');
    // The flags are part of the fit: without them V8 would compile the bundle anew.
    expect(accepted('--regexp-tier-up')).toBe('false');
  });

  it('give the same output when V8 refuses the cache, and come from the modules when the bundle is older than they are', { timeout: 60_000 }, () => {
    const args = ['check', '--dato', date, '--format', 'json', 'municipalities/randers.yml'];
    const expected = run('main.js', args);
    const dist = distCopy();
    writeFileSync(join(dist, codeCacheFile), readFileSync(join(root, 'dist', codeCacheFile)).subarray(0, 4096));
    expect(run('cli.js', args, dist)).toEqual(expected);
    // A bundle that says so when it runs: used while it is newer than the modules, not once it is older.
    writeFileSync(join(dist, bundleFile), "process.stdout.write('fra bundtet');");
    expect(run('cli.js', args, dist).stdout).toBe('fra bundtet');
    utimesSync(join(dist, bundleFile), new Date(2000, 0, 1), new Date(2000, 0, 1));
    expect(run('cli.js', args, dist)).toEqual(expected);
    // So do the workers: a bundle that only writes cannot give them a check.
    const three = [...args, 'municipalities/holstebro.yml', 'municipalities/fredericia.yml'];
    expect(run('cli.js', three, dist, { KVALITETSSTANDARD_THREADS: '3' })).toEqual(run('main.js', three, undefined, { KVALITETSSTANDARD_THREADS: '1' }));
  });
});
