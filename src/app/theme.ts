import { useSyncExternalStore } from 'react';
import { PALETTES, type ResolvedTheme } from '../charts/palettes';
import type { ThemeChoice } from './store';

export { PALETTES, type ResolvedTheme };

const query = '(prefers-color-scheme: dark)';
const subscribe = (cb: () => void) => {
  const m = window.matchMedia?.(query);
  m?.addEventListener('change', cb);
  return () => m?.removeEventListener('change', cb);
};
const systemDark = () => window.matchMedia?.(query).matches ?? false;

export function useResolvedTheme(choice: ThemeChoice): ResolvedTheme {
  const dark = useSyncExternalStore(subscribe, systemDark, () => false);
  return choice === 'system' ? (dark ? 'dark' : 'light') : choice;
}
