import { defineConfig } from 'vitest/config';

// Real Chromium with the built extension: one browser at a time on a 2-core machine, generous timeouts.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: Number(process.env.E2E_TEST_TIMEOUT ?? 60_000),
    hookTimeout: 60_000,
    // A check runs on the next animation frame after input; give pages a few seconds on a busy machine.
    expect: { poll: { timeout: 10_000, interval: 50 } },
  },
});
