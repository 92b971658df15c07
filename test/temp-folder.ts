/**
 * Vitest's global set-up: every test, and every CLI, Chromium or language server a test starts,
 * makes its temporary files in one folder of this run (TMPDIR, which os.tmpdir() and Chromium
 * read), removed when the run ends. Tests make hundreds of folders; without this they were left
 * in the machine's /tmp after every run.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-test-'));
  // Open to all with the sticky bit, as /tmp is: some tests run the CLI as another user.
  chmodSync(folder, 0o1777);
  const before = process.env.TMPDIR;
  process.env.TMPDIR = folder;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
  };
}
