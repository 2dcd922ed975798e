import { useViewStore } from '../app/store';
import { t, type MessageKey } from './messages';

export function useT() {
  const lang = useViewStore((s) => s.lang);
  return { lang, t: (key: MessageKey, vars?: Record<string, string | number>) => t(lang, key, vars) };
}
