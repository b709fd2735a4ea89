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
  },
  server: { proxy: { '/api': apiServer, '/healthz': apiServer, '/readyz': apiServer } },
  preview: { proxy: { '/api': apiServer, '/healthz': apiServer, '/readyz': apiServer } },
});
