import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'commands/**/*.test.ts', 'test/**/*.test.ts'],
    // Most files load compromise, chrono-node and the parsed WordNet (about 5 s of CPU before the first test);
    // without isolation a worker keeps them for every file it runs, instead of loading them again per file.
    // The tests share no mutable module state (no vi.mock, no stubbed globals) for this to leak.
    isolate: false,
    // Vitest's default is one worker fewer than the cores: a single worker on a 2-core machine, while the
    // many waits (timers, child processes, sockets) leave a second core idle.
    maxWorkers: '100%',
    // Index builds over the bundled articles read WordNet once per process; give them room on a 2-core CI box.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
