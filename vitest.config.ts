import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['./test/support/global-setup.ts'],
    // Many tests wait on sockets and child processes: one worker per core, and at least two, keeps the
    // suite near 2.5 minutes on a 2-core machine (vitest's default leaves one core idle).
    maxWorkers: Math.max(2, availableParallelism()),
    // Modules hold no state (every store lives on its workspace), so the files of a worker share one
    // module graph instead of importing the sandbox again for each file: about 90 s of imports saved.
    isolate: false,
    testTimeout: 60000,
    // Building a seeded workspace takes a few seconds on a loaded machine.
    hookTimeout: 120000,
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
