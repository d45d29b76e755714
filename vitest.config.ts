import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'commands/**/*.test.ts', 'test/**/*.test.ts'],
    // Index builds over the bundled articles read WordNet once per process; give them room on a 2-core CI box.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
