/** Shared by the tests: paths, and running the built CLI as a user would. */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const fixtures = join(root, 'test', 'fixtures');
export const municipalityNames = ['broenderslev', 'fredericia', 'holstebro', 'ikast-brande', 'randers'] as const;

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/cli.js …` (built by `npm test` before vitest starts). */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliRun {
  const result = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), ...args], {
    cwd: options.cwd ?? root,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A stack trace in output means a user saw the tool's internals. */
export const stackTrace = /^\s+at .+\(?.+:\d+:\d+\)?$/m;

/**
 * The lines of top-level sections whose first field the section above has too: indented under
 * that section, their fields would stand twice in it.
 */
export function sectionsRepeatingAFieldAbove(lines: readonly string[]): number[] {
  return lines.flatMap((line, index) => {
    const field = /^ {2}([a-z_]+):/.exec(lines[index + 1] ?? '')?.[1];
    const above = lines
      .slice(0, index)
      .map((each) => /^[a-z_]+:/.test(each))
      .lastIndexOf(true);
    return /^[a-z_]+:$/.test(line) && field !== undefined && above >= 0 && lines.slice(above, index).some((each) => each.startsWith(`  ${field}:`))
      ? [index]
      : [];
  });
}
