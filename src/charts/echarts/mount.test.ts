import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ChartOption } from '../model';
import type { ECharts } from './loader';
import { attachChart, drawOnce, liveCharts, mountChart, type ChartInstance } from './mount';
import { installInertResizeObserver } from '../../../tests/resize-observer';

beforeAll(installInertResizeObserver);

function fakeChart() {
  let disposed = false;
  return {
    setOption: vi.fn(),
    on: vi.fn(),
    resize: vi.fn(),
    isDisposed: () => disposed,
    dispose: vi.fn(() => (disposed = true)),
  };
}
const asInstance = (c: ReturnType<typeof fakeChart>) => c as unknown as ChartInstance;
const fakeEcharts = (chart: ReturnType<typeof fakeChart>) => {
  const init = vi.fn(() => asInstance(chart));
  return { echarts: { init } as unknown as ECharts, init };
};
const option: ChartOption = { series: [{ type: 'bar' }], tooltip: { trigger: 'axis' } };

describe('the page’s live charts', () => {
  it('lists an attached chart inside the root asked about, until it is detached or disposed', () => {
    const page = document.createElement('div');
    const elsewhere = document.createElement('div');
    const box = document.createElement('div');
    page.append(box);
    const chart = fakeChart();
    const detach = attachChart('trade-exports', box, asInstance(chart), option);
    expect(liveCharts(page)).toEqual([{ id: 'trade-exports', box, chart }]);
    expect(liveCharts(elsewhere)).toEqual([]);
    chart.dispose();
    expect(liveCharts(page)).toEqual([]);
    detach();
    expect(liveCharts(page)).toEqual([]);
  });

  it('mounts outside React: draws over a built chart without animation, attaches, and disposes', () => {
    const box = document.createElement('div');
    document.body.append(box);
    const chart = fakeChart();
    const { echarts, init } = fakeEcharts(chart);
    const dispose = mountChart(echarts, box, 'rankings-indices', option, { overBuilt: true });
    expect(init).toHaveBeenCalledWith(box, undefined, { renderer: 'canvas' });
    expect(chart.setOption).toHaveBeenCalledWith({ ...option, animation: false });
    expect(liveCharts().map((c) => c.id)).toContain('rankings-indices');
    dispose();
    expect(chart.dispose).toHaveBeenCalled();
    expect(liveCharts().map((c) => c.id)).not.toContain('rankings-indices');
    box.remove();
  });
});

describe('drawOnce', () => {
  it('draws without animation or tooltip, is never attached, and is disposed even when reading fails', () => {
    const chart = fakeChart();
    const { echarts } = fakeEcharts(chart);
    expect(drawOnce(echarts, null, { renderer: 'svg', ssr: true }, option, () => 'svg')).toBe('svg');
    expect(chart.setOption).toHaveBeenCalledWith(
      { series: [{ type: 'bar' }], animation: false },
      { notMerge: true },
    );
    expect(chart.dispose).toHaveBeenCalledTimes(1);
    expect(liveCharts()).toEqual([]);
    expect(() =>
      drawOnce(echarts, null, {}, option, () => {
        throw new Error('no canvas');
      }),
    ).toThrow('no canvas');
    expect(chart.dispose).toHaveBeenCalledTimes(2);
  });
});
