import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // One graphql for everything: the server's dependencies load its CommonJS build, so the
    // sources under test must too (Vite would pick the .mjs build and split the realm).
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // Each file starts its own server on 127.0.0.1 with its own database file (or PostgreSQL schema).
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // graphql-armor ships a non-Node ESM build that Vite would inline; Node loads its CommonJS build.
    server: { deps: { external: [/@escape\.tech\//] } },
  },
});
