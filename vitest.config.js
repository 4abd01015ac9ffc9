import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Only the unit tests: tests/e2e holds Playwright specs, which Vitest must not load.
    include: ['tests/js/**/*.test.js'],
    testTimeout: 30000,
  },
});
