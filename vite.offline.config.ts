/**
 * The offline copy (`npm run build:offline`): the same app, built as one script
 * with every lazy chunk inlined, because a page opened from `file://` may not
 * load other files (module imports of file URLs are blocked as cross-origin).
 * scripts/build-offline.mjs then inlines that script, the CSS and the datasets
 * into a single HTML file. `--mode offline` makes fetchDataset read the
 * datasets from the page instead of the network.
 */
import { defineConfig, mergeConfig } from 'vite';
import base from './vite.config.ts';

export default mergeConfig(
  base,
  defineConfig({
    // The datasets go into the HTML; embed.js and data/*.json are not needed beside it.
    publicDir: false,
    build: {
      outDir: 'dist-offline/.build',
      emptyOutDir: true,
      manifest: false,
      modulePreload: false,
      cssCodeSplit: false,
      // Any asset becomes a data: URL inside the script or stylesheet.
      assetsInlineLimit: Number.MAX_SAFE_INTEGER,
      rolldownOptions: { output: { codeSplitting: false } },
    },
  }),
);
