import { describe, expect, it } from 'vitest';
import { PALETTES } from '../palettes';
import { donutOption } from './donut';

const option = () =>
  donutOption({
    slices: [
      { name: 'A <img src=x onerror=alert(1)>', value: 3, text: '75%', color: '#123456' },
      { name: 'B', value: 1, text: '≈ 25%', color: '#654321' },
    ],
    description: 'd',
    palette: PALETTES.light,
  });

describe('donutOption', () => {
  it('escapes dataset text in the HTML tooltip', () => {
    const tooltip = option().tooltip as { formatter: (p: unknown) => string };
    expect(tooltip.formatter({ dataIndex: 0 })).toBe('A &lt;img src=x onerror=alert(1)&gt;: <b>75%</b>');
    expect(tooltip.formatter({ dataIndex: 1 })).toBe('B: <b>≈ 25%</b>');
    expect(tooltip.formatter({ dataIndex: 2 })).toBe('');
  });

  it('labels each slice with its name and value', () => {
    const series = option().series as Array<{ label: { formatter: (p: unknown) => string } }>;
    expect(series[0]!.label.formatter({ dataIndex: 1 })).toBe('B\n≈ 25%');
  });
});
