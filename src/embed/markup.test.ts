import { describe, expect, it } from 'vitest';
import { chartMinHeight, SVG_WIDTHS, svgFitsBox, svgWidthFor } from './markup';

describe('the built chart SVG of an embed', () => {
  it('is built for the chart box of each common article width', () => {
    expect(SVG_WIDTHS).toEqual([288, 343, 608, 736, 928, 1168]);
  });

  it.each([
    [200, 288],
    [288, 288],
    [315, 288],
    [316, 343],
    [343, 343],
    [475, 343],
    [476, 608],
    [608, 608],
    [671, 608],
    [672, 736],
    [736, 736],
    [831, 736],
    [832, 928],
    [1047, 928],
    [1048, 1168],
    [1600, 1168],
  ])('a box %i px wide shows the %i px one', (box, svg) => {
    expect(svgWidthFor(box)).toBe(svg);
  });

  it.each([
    [{ width: 343, height: 360 }, 360, true],
    [{ width: 736, height: 365 }, 360, true],
    // A frame of 280 px: the 288 px SVG scaled to 0.86.
    [{ width: 248, height: 360 }, 360, true],
    [{ width: 400, height: 360 }, 360, true],
    [{ width: 1168, height: 360 }, 360, true],
    // Wider than any SVG, scaled too far, or a fixed-height frame much taller than the chart needs.
    [{ width: 1500, height: 360 }, 360, false],
    [{ width: 230, height: 360 }, 360, false],
    [{ width: 608, height: 460 }, 360, false],
  ])('%j with an SVG %i px high fits: %s', (box, height, fits) => {
    expect(svgFitsBox(box, height)).toBe(fits);
  });

  it.each([
    [360, 216],
    [300, 200],
    [150, 150],
  ])('a chart preferring %i px is drawn at least %i px high', (preferred, min) => {
    expect(chartMinHeight(preferred)).toBe(min);
  });
});
