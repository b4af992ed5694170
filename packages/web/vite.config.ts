import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { buildPersistedQueryManifest, MANIFEST_FILE } from './src/persistedQueryManifest.js';

const api = process.env.API_URL ?? 'http://localhost:4000';

/** dist/persisted-queries.json: the api's safelist (PERSISTED_QUERIES=safelist) of the SPA's own operations. */
const persistedQueryManifest: Plugin = {
  name: 'partnerlink:persisted-query-manifest',
  apply: 'build',
  async generateBundle() {
    const source = `${JSON.stringify(await buildPersistedQueryManifest(), null, 2)}\n`;
    this.emitFile({ type: 'asset', fileName: MANIFEST_FILE, source });
  },
};

export default defineConfig({
  plugins: [react(), persistedQueryManifest],
  server: {
    proxy: {
      '/graphql': { target: api, changeOrigin: true, ws: true },
      '/healthz': { target: api, changeOrigin: true },
    },
  },
  // Two apps (see src/main.tsx): the acceptance page and the signed-in app; the manifest lets
  // e2e/bundleSizes.ts add up what each needs. Budgets in docs/benchmarks-web.md.
  build: {
    sourcemap: true,
    manifest: true,
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      output: { advancedChunks: { groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ }] } },
    },
  },
});
