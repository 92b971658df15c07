import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Vitest's default, one fork fewer than the machine has cores, leaves a two-core machine (CI's)
// running one test file at a time, while most tests wait on a child process (the CLI, Chromium)
// that uses one core: two forks keep both busy.
export default defineConfig({
  test: {
    maxWorkers: Math.max(2, availableParallelism() - 1),
    globalSetup: ['test/temp-folder.ts'],
  },
});
