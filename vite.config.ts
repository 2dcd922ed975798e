import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { chunkGraph } from './scripts/chunk-graph.ts';
import { readFileSync } from 'node:fs';
import { latestOf } from './src/data/editionPick.ts';
import { EDITIONS_FILE, parseCatalogueText } from './src/data/editions.ts';
import { setEdition } from './src/data/report.ts';
import { fillShell } from './src/i18n/shell.ts';

// The page's first paint names the latest edition (the bare address opens it); a catalogue that does
// not fit stops the build, not the page. The app names the edition it shows once it has chosen.
const catalogue = parseCatalogueText(
  EDITIONS_FILE,
  readFileSync(new URL(`./public/data/${EDITIONS_FILE}`, import.meta.url), 'utf8'),
);
if (!catalogue.ok) throw new Error(catalogue.reason);
setEdition(latestOf(catalogue.data.editions), catalogue.data);

export default defineConfig({
  // Relative base: the built folder works from any path of any static server.
  base: './',
  // chunkGraph: which chunk holds which module, for the bundle budget (scripts/budget.ts).
  plugins: [react(), chunkGraph(), { name: 'report-shell', transformIndexHtml: (html) => fillShell(html) }],
  resolve: {
    alias: {
      // Vite 8's CJS interop hands back the whole exports object for lib/core.
      'echarts-for-react/lib/core': fileURLToPath(
        new URL('./node_modules/echarts-for-react/esm/core.js', import.meta.url),
      ),
    },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // ECharts' internals in one chunk rather than the ~20 that automatic splitting makes from
          // the parts' overlaps: each extra file cost the main thread a request and a module link, and
          // gzip does better on one file (overview 321 → 309 kB, heaviest embed 228 → 219 kB).
          // Code only the line, pie, legend, tooltip or SVG parts use stays in those parts' chunks.
          groups: [
            {
              // React, TanStack Query and zustand in one file: every dashboard page needs all of them, and
              // the lazy parts that share them (series, edition switch) otherwise split them into five.
              name: 'vendor',
              test: /node_modules[\\/](react|react-dom|scheduler|@tanstack|zustand)[\\/]/,
            },
            {
              name: 'echarts-base',
              test: (id: string) =>
                /node_modules[\\/](echarts|zrender)[\\/]/.test(id) &&
                !/[\\/](chart[\\/](line|pie)|component[\\/](legend|tooltip|axisPointer)|svg|installSVGRenderer|renderers)/.test(
                  id,
                ),
            },
          ],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          globals: true,
          setupFiles: ['./tests/setup.ts'],
          include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
        },
      },
      {
        // Real Chromium against the built app in dist/ (run `npm run build` first).
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['./tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
