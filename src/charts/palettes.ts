import type { Palette } from './model';

export type ResolvedTheme = 'light' | 'dark';

/** Chart colours per theme; text colours meet WCAG AA on the card background. */
export const PALETTES: Record<ResolvedTheme, Palette> = {
  light: {
    text: '#1a1f29',
    muted: '#4a5363',
    axis: '#8a94a6',
    background: '#ffffff',
    current: '#1d5bb8',
    base: '#6c7a91',
    target: '#b35c00',
    parts: ['#1d5bb8', '#0f7d6a', '#8a3ea8', '#b35c00'],
    fontSize: 14,
  },
  dark: {
    text: '#e9eef5',
    muted: '#b3bdcc',
    axis: '#66738a',
    background: '#18202b',
    current: '#6aa6ff',
    base: '#9aa7bb',
    target: '#f0a04b',
    parts: ['#6aa6ff', '#3fc8a8', '#c58ae0', '#f0a04b'],
    fontSize: 14,
  },
};

/**
 * The presentation deck's projector theme, for a scale of 1 at 1024×768. Old projectors wash colours
 * out, so every colour that carries text or a white label inside it keeps at least 7:1 against white
 * (palettes.test.ts checks), type starts at 18 px, lines are thick and there are no grey split lines.
 */
export function projectorPalette(unit: number): Palette {
  return {
    text: '#000000',
    muted: '#1f1f1f',
    axis: '#000000',
    background: '#ffffff',
    current: '#003f8a',
    base: '#505050',
    target: '#7a2e00',
    parts: ['#003f8a', '#005142', '#5c1a7a', '#7a2e00'],
    fontSize: 18 * unit,
    // Layout sizes were chosen for 14 px type: grow them with the type.
    scale: (18 / 14) * unit,
    lineWidth: 2 * unit,
    gridLines: false,
  };
}
