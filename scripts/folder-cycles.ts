/**
 * `npm run check:cycles`: the import graph between src's folders has no cycle. Reads every .ts/.tsx
 * under src but tests (a test may reach across layers, as the lint rules allow), resolves relative
 * imports of code (static, dynamic and re-exports; CSS is not code), and builds the graph between
 * top-level folders of src, with each src/features/* subfolder its own node and src/main.ts the entry.
 * Prints the graph and every cycle found, and exits 1 if there is one.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** src/features/present/Deck.tsx → "features/present"; src/data/url.ts → "data"; src/main.ts → "(entry)". */
export function folderOf(file: string): string {
  const parts = relative(SRC, file).split(sep);
  if (parts.length === 1) return '(entry)';
  if (parts[0] === 'features' && parts.length > 2) return `features/${parts[1]}`;
  return parts[0]!;
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

export function folderGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of sources(SRC)) {
    const from = folderOf(file);
    const edges = graph.get(from) ?? new Map<string, string>();
    graph.set(from, edges);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      if (/\.(css|json|svg|png)$/.test(spec!)) continue;
      const target = resolve(dirname(file), spec!);
      if (relative(SRC, target).startsWith('..')) continue;
      const to = folderOf(target);
      // One example per edge, to show where a cycle comes from.
      if (to !== from && !edges.has(to)) edges.set(to, `${relative(SRC, file)} → ${spec}`);
    }
  }
  return graph;
}

/** Every elementary cycle's nodes, each reported once (starting from its smallest node). */
export function cyclesOf(graph: Map<string, Map<string, string>>): string[][] {
  const found: string[][] = [];
  const nodes = [...graph.keys()].sort();
  for (const start of nodes) {
    const walk = (node: string, path: string[]) => {
      for (const next of graph.get(node)?.keys() ?? []) {
        if (next === start) found.push([...path]);
        else if (next > start && !path.includes(next)) walk(next, [...path, next]);
      }
    };
    walk(start, [start]);
  }
  return found;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const graph = folderGraph();
  for (const [from, edges] of [...graph].sort(([a], [b]) => a.localeCompare(b)))
    console.log(`${from} → ${[...edges.keys()].sort().join(', ') || '(nothing)'}`);
  const cycles = cyclesOf(graph);
  for (const cycle of cycles) {
    console.error(`\ncycle: ${[...cycle, cycle[0]].join(' → ')}`);
    cycle.forEach((from, i) => console.error(`  ${graph.get(from)!.get(cycle[(i + 1) % cycle.length]!)}`));
  }
  console.log(cycles.length ? `\n${cycles.length} folder cycle(s)` : '\nno folder cycles');
  process.exit(cycles.length ? 1 : 0);
}
