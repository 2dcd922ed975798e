import { useViewStore } from '../state/store';
import { t, type MessageKey } from '../i18n/messages';

export function useT() {
  const lang = useViewStore((s) => s.lang);
  return { lang, t: (key: MessageKey, vars?: Record<string, string | number>) => t(lang, key, vars) };
}
