import type { ResolvedTheme } from '../charts/palettes';
import type { ThemeChoice } from '../data/url';

/** The theme an embed draws in: the link's choice, or the device's for "system". */
export function resolvedTheme(theme: ThemeChoice): ResolvedTheme {
  if (theme !== 'system') return theme;
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
