import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The engine's format-version-2 parts, as every user of the engine but the page's first result loads them.
    setupFiles: ['src/engine/v2.ts'],
    environment: 'node',
    // Property tests and child processes run for seconds; a busy 2-core machine must not turn that into a failure.
    testTimeout: 60_000,
  },
});
