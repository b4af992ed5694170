import { defineConfig } from 'vitest/config';

/** The browser proof: playwright-core + chromium against the built app served by the api. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['e2e/global-setup.ts'],
    fileParallelism: false,
  },
});
