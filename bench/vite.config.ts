/** Builds the benchmark's baseline page (bench/baseline.html) for `npm run bench`; not the app. */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { latestOf } from '../src/data/editionPick';
import { readCatalogue } from '../scripts/data-files';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  // The edition scripts/prerender.ts builds index.html from: both pages draw the same data.
  define: { __BASELINE_EDITION__: JSON.stringify(latestOf(readCatalogue().editions).id) },
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../.bench/site/baseline', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1000,
    rollupOptions: { input: fileURLToPath(new URL('./baseline.html', import.meta.url)) },
  },
});
