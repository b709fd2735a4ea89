import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import postcssPresetMantine from 'postcss-preset-mantine';
import { defineConfig } from 'vite';

// The API server that `vite` (dev) and `vite preview` forward to.
const apiServer = process.env.KINDRED_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: fileURLToPath(new URL('./src/web', import.meta.url)),
  plugins: [react()],
  // The sample people CSV lives with the other samples; the import page offers it as a download.
  resolve: { alias: { '#samples': fileURLToPath(new URL('./scripts/samples', import.meta.url)) } },
  css: { postcss: { plugins: [postcssPresetMantine()] } },
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    // The entry holds React, Mantine and the router (~530 KB, ~160 KB gzipped); the budget that matters,
    // 200 KB gzipped for the first page, is measured by `npm run bench:web` and an end-to-end test.
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      // zod's own comments hold annotations Rollup cannot place and drops; harmless, and it printed two
      // paragraphs on every `npm start`. Other warnings still show.
      onwarn(warning, warn) {
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/node_modules/zod/')) return;
        warn(warning);
      },
    },
  },
  server: { proxy: { '/api': apiServer, '/healthz': apiServer, '/readyz': apiServer } },
  preview: { proxy: { '/api': apiServer, '/healthz': apiServer, '/readyz': apiServer } },
});
