/**
 * ECharts on demand, in pieces: the core once, then only the chart types and
 * components an option uses. A section of bar charts never downloads the pie
 * or line code; an embed downloads only what its one chart needs.
 */
import type { ChartOption } from '../model';

export type ECharts = typeof import('echarts/core');
export type PartName = 'bar' | 'line' | 'pie' | 'legend' | 'markLine' | 'svg';

const PARTS: Record<PartName, () => Promise<{ part: Parameters<ECharts['use']>[0] }>> = {
  bar: () => import('./parts/bar'),
  line: () => import('./parts/line'),
  pie: () => import('./parts/pie'),
  legend: () => import('./parts/legend'),
  markLine: () => import('./parts/markLine'),
  svg: () => import('./parts/svg'),
};

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** The parts an option needs beyond the core, in a fixed order. */
export function partsFor(option: ChartOption): PartName[] {
  const series = asArray(option.series);
  const names = new Set<PartName>();
  for (const s of series) {
    if (s.type === 'bar' || s.type === 'line' || s.type === 'pie') names.add(s.type);
    if ('markLine' in s && s.markLine) names.add('markLine');
  }
  if (asArray(option.legend).some((l) => l.show !== false)) names.add('legend');
  return (['bar', 'line', 'pie', 'legend', 'markLine'] as const).filter((n) => names.has(n));
}

let core: Promise<ECharts> | undefined;
const loaded = new Map<PartName, Promise<void>>();

/** Loads the core and the given parts; resolves to the registered echarts namespace. */
export async function loadParts(parts: readonly PartName[]): Promise<ECharts> {
  if (!core) {
    core = import('./parts/core').then((m) => m.echarts);
    core.catch(() => (core = undefined));
  }
  const echarts = await core;
  await Promise.all(
    parts.map((name) => {
      let p = loaded.get(name);
      if (!p) {
        p = PARTS[name]().then((m) => echarts.use(m.part));
        // A failed download (flaky network) may be retried by the next caller.
        p.catch(() => loaded.delete(name));
        loaded.set(name, p);
      }
      return p;
    }),
  );
  return echarts;
}

export function loadEChartsFor(option: ChartOption): Promise<ECharts> {
  return loadParts(partsFor(option));
}
