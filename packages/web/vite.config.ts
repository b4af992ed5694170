import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = process.env.API_URL ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/graphql': { target: api, changeOrigin: true },
      '/healthz': { target: api, changeOrigin: true },
    },
  },
  // One app, one bundle: React + Apollo + router are ~180 kB gzipped; splitting buys little here.
  build: { sourcemap: true, chunkSizeWarningLimit: 900 },
});
