import { describe, expect, it } from 'vitest';
import { PALETTES } from '../palettes';
import { rankSlopeOption } from './slope';

describe('rank slope labels', () => {
  it.each([
    [true, '≈ 50'],
    [false, '50'],
  ])(
    'derived earlier ranks marked: %s → %s; the latest rank is left to the end label',
    (fromDerived, text) => {
      const o = rankSlopeOption({
        columns: ['2021', '2022'],
        lines: [{ name: 'PCI', color: '#000', from: 50, to: 43, label: 'PCI 43 (↑7)', tooltip: '' }],
        fromDerived,
        max: 63,
        description: 'd',
        palette: PALETTES.light,
      });
      const label = (o.series as Array<{ label: { formatter: (x: object) => string } }>)[0]!.label;
      expect(label.formatter({ dataIndex: 0, value: 50 })).toBe(text);
      expect(label.formatter({ dataIndex: 1, value: 43 })).toBe('');
    },
  );
});
