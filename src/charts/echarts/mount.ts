/**
 * The one mount of a live chart, and the one list of the live charts on a page. Every chart drawn in
 * a page is attached here with its chart id and its box (the `.echart` element that carries its
 * accessible description): the dashboard's, the deck's and the series panels' through
 * components/EChart.tsx (echarts-for-react inits, resizes and disposes them there, as the stack
 * asks), an embed's through mountChart. Printing finds the live charts here (liveCharts), not by
 * ECharts' own DOM attribute. A chart drawn once off-screen for an export (drawOnce) is never attached.
 */
import type { ChartOption } from '../model';
import { loadParts, type ECharts } from './loader';

export type ChartInstance = ReturnType<ECharts['init']>;
type InitOptions = NonNullable<Parameters<ECharts['init']>[2]>;

export interface LiveChart {
  /** The chart's id (charts.json), or `series:<indicator>` for an indicator across reports. */
  readonly id: string;
  /** The chart's box: its accessible image, the element ECharts draws in or its parent. */
  readonly box: HTMLElement;
  readonly chart: ChartInstance;
}

const attached = new Set<LiveChart>();

/** The live charts whose box is inside `root`, in the order they were attached. */
export function liveCharts(root: Node = document): LiveChart[] {
  return [...attached].filter((c) => !c.chart.isDisposed() && root.contains(c.box));
}

/**
 * Tooltips arrive on first use: when the reader points at, touches or focuses the chart, the
 * tooltip part loads and the option's tooltip is applied. Until then the chart is complete but
 * silent on hover; its numbers are also in its labels and its table view.
 */
function tooltipOnFirstUse(box: HTMLElement, chart: ChartInstance, option: ChartOption): () => void {
  if (!option.tooltip) return () => undefined;
  const events = ['pointerenter', 'touchstart', 'focusin'] as const;
  const load = () => {
    stop();
    void loadParts(['tooltip']).then(
      () => !chart.isDisposed() && chart.setOption({ tooltip: option.tooltip }),
      () => undefined,
    );
  };
  const stop = () => events.forEach((e) => box.removeEventListener(e, load));
  events.forEach((e) => box.addEventListener(e, load, { passive: true }));
  return stop;
}

/**
 * A drawn chart joins the page's live charts, with its tooltip on first use. Returns the detach, for
 * when the chart is disposed or drawn with another option.
 */
export function attachChart(
  id: string,
  box: HTMLElement,
  chart: ChartInstance,
  option: ChartOption,
): () => void {
  const entry: LiveChart = { id, box, chart };
  attached.add(entry);
  const stopTooltip = tooltipOnFirstUse(box, chart, option);
  return () => {
    stopTooltip();
    attached.delete(entry);
  };
}

/**
 * The option as the live chart first draws it. Over a built chart (an SVG drawn at build time from
 * the same option), without the entrance animation: its first frame is the chart the reader already
 * sees, so the SVG can go at once and nothing moves.
 */
export function firstDrawn(option: ChartOption, overBuilt: boolean): ChartOption {
  return overBuilt ? { ...option, animation: false } : option;
}

/**
 * A live chart outside React (an embed's page): drawn in `box`, following its size, attached; `drawn`
 * is called each time ECharts has finished painting (its first frame, then after each redraw).
 * Returns the dispose.
 */
export function mountChart(
  echarts: ECharts,
  box: HTMLElement,
  id: string,
  option: ChartOption,
  { overBuilt = false, drawn }: { overBuilt?: boolean; drawn?: () => void } = {},
): () => void {
  const chart = echarts.init(box, undefined, { renderer: 'canvas' });
  if (drawn) chart.on('finished', drawn);
  chart.setOption(firstDrawn(option, overBuilt));
  // Hidden (a table shows in its place), the box has no size: the chart keeps its own until it shows.
  const observer = new ResizeObserver(() => box.offsetWidth > 0 && chart.resize());
  observer.observe(box);
  const detach = attachChart(id, box, chart, option);
  return () => {
    detach();
    observer.disconnect();
    chart.dispose();
  };
}

/**
 * A chart drawn once for an export (PNG, SVG, a page built in advance): its size is the export's,
 * not the screen's; no animation, and no tooltip (it needs a pointer); read, then disposed at once.
 * `dom` is a detached element, or null for ECharts' server-side SVG renderer.
 */
export function drawOnce<T>(
  echarts: Pick<ECharts, 'init'>,
  dom: HTMLElement | null,
  opts: InitOptions,
  option: ChartOption,
  read: (chart: ChartInstance) => T,
): T {
  const chart = echarts.init(dom, null, opts);
  try {
    const drawnOption = { ...option, animation: false };
    delete drawnOption.tooltip;
    chart.setOption(drawnOption, { notMerge: true });
    return read(chart);
  } finally {
    chart.dispose();
  }
}
