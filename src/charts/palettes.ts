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
