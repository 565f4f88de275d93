import { defineConfig } from 'vitest/config';

/** The slow suite: whole builds of broken copies of the project (npm run test:build-failures). */
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    testTimeout: 300_000,
    maxConcurrency: 2,
  },
});
