import { defineConfig } from 'vitest/config';

// Unit tests sit beside the code they test, in the library and in the extension. End-to-end specs have their
// own config (tests/e2e/vitest.config.ts): they need the built extension and a browser.
export default defineConfig({
  test: {
    include: [
      'schema-lib/src/**/*.test.ts',
      'schema-lib/examples/**/*.test.ts',
      'extension/**/*.test.{ts,tsx}',
      'tests/unit/**/*.test.ts',
      'scripts/**/*.test.ts',
      'tests/security/**/*.test.ts',
    ],
    typecheck: { enabled: false },
  },
});
