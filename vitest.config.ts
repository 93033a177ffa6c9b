import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // Property tests and child processes run for seconds; a busy 2-core machine must not turn that into a failure.
    testTimeout: 60_000,
  },
});
