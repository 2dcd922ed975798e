import { useSyncExternalStore } from 'react';
import type { ResolvedTheme } from '../charts/palettes';
import type { ThemeChoice } from '../data/url';

const query = '(prefers-color-scheme: dark)';
const subscribe = (cb: () => void) => {
  const m = window.matchMedia?.(query);
  m?.addEventListener('change', cb);
  return () => m?.removeEventListener('change', cb);
};
const systemDark = () => window.matchMedia?.(query).matches ?? false;

/** The theme to draw in: the reader's choice, or the device's while they chose "system". */
export function useResolvedTheme(choice: ThemeChoice): ResolvedTheme {
  const dark = useSyncExternalStore(subscribe, systemDark, () => false);
  return choice === 'system' ? (dark ? 'dark' : 'light') : choice;
}
