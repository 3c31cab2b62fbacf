import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // pdf.js and SQLite work is CPU-bound; two cores here.
    pool: 'forks',
    maxWorkers: 2,
  },
});
