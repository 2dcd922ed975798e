import { describe, expect, it } from 'vitest';
import { PALETTES } from '../palettes';
import { CHARTS } from '../../../tests/shipped';
import { DATASET_IDS } from '../../data/schema';
import { loadRaw } from '../../../tests/unit/fixtures';
import type { ChartOption, Datasets } from '../model';
import { chartDescription, loadedFor, loadParts, partsFor } from './loader';

describe('partsFor', () => {
  it.each([
    [{ series: [{ type: 'bar' }] }, ['bar']],
    [{ series: [{ type: 'bar', markLine: { data: [] } }] }, ['bar', 'markLine']],
    [{ series: [{ type: 'line' }, { type: 'bar' }] }, ['bar', 'line']],
    [{ series: { type: 'pie' }, legend: { show: false } }, ['pie']],
    [{ series: [{ type: 'bar' }], legend: { show: true } }, ['bar', 'legend']],
    [{ series: [{ type: 'bar' }], legend: {} }, ['bar', 'legend']],
    [{}, []],
  ] as Array<[ChartOption, string[]]>)('%j → %j', (option, parts) => expect(partsFor(option)).toEqual(parts));

  it('never asks for the tooltip up front, and every real chart needs a series part', () => {
    const data: Datasets = Object.fromEntries(DATASET_IDS.map((id) => [id, loadRaw(id)]));
    for (const c of CHARTS) {
      const parts = partsFor(c.build(data, { locale: 'vi', palette: PALETTES.light }).option);
      expect(parts, c.id).not.toContain('tooltip');
      expect(
        parts.some((p) => p === 'bar' || p === 'line' || p === 'pie'),
        c.id,
      ).toBe(true);
    }
  });
});

describe('chartDescription', () => {
  it.each([
    [{ aria: { label: { description: 'Xuất khẩu: 4.180 triệu USD' } } }, 'Xuất khẩu: 4.180 triệu USD'],
    [{ aria: { label: { description: '' } } }, 'Title'],
    [{}, 'Title'],
  ] as Array<[ChartOption, string]>)('%j → %s', (option, text) =>
    expect(chartDescription(option, 'Title')).toBe(text),
  );
});

describe('loadedFor', () => {
  const bar: ChartOption = { series: [{ type: 'bar', markLine: { data: [] } }] };
  const line: ChartOption = { series: [{ type: 'line' }] };

  it('is undefined until the core and every part of the option are registered', async () => {
    expect(loadedFor(bar)).toBeUndefined();
    await loadParts(['bar']);
    // markLine is still missing.
    expect(loadedFor(bar)).toBeUndefined();
    const echarts = await loadParts(['markLine']);
    expect(loadedFor(bar)).toBe(echarts);
    expect(loadedFor(line)).toBeUndefined();
  });
});
