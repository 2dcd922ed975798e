/**
 * ECharts on demand, in pieces: the core once, then only the chart types and
 * components an option uses. A section of bar charts never downloads the pie
 * or line code; an embed downloads only what its one chart needs.
 */
import type { ChartOption } from '../model';
import { retryable } from './retryImport';

export type ECharts = typeof import('echarts/core');
export type PartName = 'bar' | 'line' | 'pie' | 'legend' | 'markLine' | 'svg' | 'tooltip';

const PARTS: Record<PartName, () => Promise<{ part: Parameters<ECharts['use']>[0] }>> = {
  bar: retryable(() => import('./parts/bar')),
  line: retryable(() => import('./parts/line')),
  pie: retryable(() => import('./parts/pie')),
  legend: retryable(() => import('./parts/legend')),
  markLine: retryable(() => import('./parts/markLine')),
  svg: retryable(() => import('./parts/svg')),
  tooltip: retryable(() => import('./parts/tooltip')),
};
const importCore = retryable(() => import('./parts/core'));

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
const loaded = new Map<PartName, Promise<unknown>>();
/** The core once it has arrived, and the parts registered with it. */
let ready: ECharts | undefined;
const registered = new Set<PartName>();

/** Loads the core and the given parts together; resolves to the registered echarts namespace. */
export async function loadParts(parts: readonly PartName[]): Promise<ECharts> {
  if (!core) {
    core = importCore().then((m) => m.echarts);
    core.catch(() => (core = undefined));
  }
  const modules = parts.map((name) => {
    let p = loaded.get(name);
    if (!p) {
      p = PARTS[name]();
      // A failed download (flaky network) may be retried by the next caller.
      p.catch(() => loaded.delete(name));
      loaded.set(name, p);
    }
    return p as ReturnType<(typeof PARTS)[PartName]>;
  });
  const [echarts, ...mods] = await Promise.all([core, ...modules]);
  // Registering a part twice is harmless: ECharts keeps one of each.
  for (const m of mods) echarts.use(m.part);
  parts.forEach((p) => registered.add(p));
  ready = echarts;
  return echarts;
}

/**
 * The echarts namespace if the core and every part this option needs are already registered (the
 * section preloads them), so a chart can draw in its first render instead of after a promise.
 */
export function loadedFor(option: ChartOption): ECharts | undefined {
  return ready && partsFor(option).every((p) => registered.has(p)) ? ready : undefined;
}

export function loadEChartsFor(option: ChartOption): Promise<ECharts> {
  return loadParts(partsFor(option));
}

export { chartDescription } from '../description';
