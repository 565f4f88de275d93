import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    // citeproc builds its style engines on first use, which takes seconds on a loaded 2-core machine.
    testTimeout: 30_000,
  },
});
