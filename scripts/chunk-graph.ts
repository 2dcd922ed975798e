/**
 * A Vite plugin that writes .vite/chunk-graph.json into the built folder: every
 * JS chunk with the source modules it holds, its static and dynamic imports and
 * its CSS. Vite's own manifest names only entry chunks by source, not the
 * shared chunks Rolldown makes; the bundle budget (scripts/bundle-stats.ts)
 * needs to find the chunk of any module, e.g. a section's chart definitions.
 */
import { relative } from 'node:path';
import type { Plugin } from 'vite';

export interface ChunkInfo {
  isEntry: boolean;
  /** Paths relative to the project root, e.g. src/charts/defs/overview.ts, node_modules/echarts/… */
  modules: string[];
  imports: string[];
  dynamicImports: string[];
  css: string[];
}

export const CHUNK_GRAPH_FILE = '.vite/chunk-graph.json';

export function chunkGraph(): Plugin {
  let root = process.cwd();
  return {
    name: 'chunk-graph',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    generateBundle(_options, bundle) {
      const graph: Record<string, ChunkInfo> = {};
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        graph[chunk.fileName] = {
          isEntry: chunk.isEntry,
          modules: chunk.moduleIds.map((id) => (id.startsWith('\0') ? id.slice(1) : relative(root, id))),
          imports: chunk.imports,
          dynamicImports: chunk.dynamicImports,
          css: [...(chunk.viteMetadata?.importedCss ?? [])],
        };
      }
      this.emitFile({ type: 'asset', fileName: CHUNK_GRAPH_FILE, source: `${JSON.stringify(graph)}\n` });
    },
  };
}
