import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['./test/support/global-setup.ts'],
    testTimeout: 60000,
    hookTimeout: 30000,
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
