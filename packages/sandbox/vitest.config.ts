import { defineConfig } from 'vitest/config';

/** The emulators' own tests, run alone with `npm test -w @bpm-gateway/sandbox` (the gateway's `npm test` runs them too). */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
