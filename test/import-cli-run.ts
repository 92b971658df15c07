/** Running the importer (its CLI in a throwaway workspace, or its converter) in the hardening tests of the importer. */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { convertDocx, ImportError } from '../src/import/docx.js';
import { root, stackTrace, type CliRun } from './helpers.js';

const cli = join(root, 'dist', 'cli.js');

/**
 * The CLI with a time limit, so a read that hangs fails the test instead of the suite; run
 * asynchronously, so a long import never blocks the test runner's own messages.
 */
export function run(args: string[], cwd: string, timeout = 90_000): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cli, ...args],
      { cwd, env: { ...process.env, NO_COLOR: '1' }, encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });
}

/** A folder with an empty `municipalities/`, as a kommune's project has. */
export function workspace(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `kvalitetsstandard-${name}-`));
  mkdirSync(join(dir, 'municipalities'));
  return dir;
}

/** Danish, no stack trace, the expected exit code. */
export function expectClean(result: CliRun, status: number): void {
  expect(result.stdout + result.stderr).not.toMatch(stackTrace);
  expect(result.stderr).not.toContain('fejl i værktøjet');
  expect(result.status).toBe(status);
}

/** The files the import wrote in the workspace's `municipalities/`. */
export const written = (dir: string) => readdirSync(join(dir, 'municipalities'));

/** The code of the Danish error the converter refuses `bytes` with (and that it does refuse them). */
export async function importError(bytes: Buffer): Promise<string> {
  const error = await convertDocx(bytes).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ImportError);
  return (error as ImportError).code;
}
