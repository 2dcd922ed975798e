/** Builds the benchmark's baseline page (bench/baseline.html) for `npm run bench`; not the app. */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../.bench/site/baseline', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1000,
    rollupOptions: { input: fileURLToPath(new URL('./baseline.html', import.meta.url)) },
  },
});
