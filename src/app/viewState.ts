/** The view's state as URL parameters: no React, no store, so embeds can read it too. */
import type { Locale } from '../data/ids';
import { isSectionId, type SectionId } from './sections';

export type ThemeChoice = 'system' | 'light' | 'dark';

export interface ViewState {
  section: SectionId;
  lang: Locale;
  theme: ThemeChoice;
}

export function readViewState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const section = p.get('section');
  const theme = p.get('theme');
  return {
    section: isSectionId(section) ? section : 'overview',
    lang: p.get('lang') === 'en' ? 'en' : 'vi',
    theme: theme === 'light' || theme === 'dark' ? theme : 'system',
  };
}

/** Writes only what differs from the defaults, keeping unknown parameters. */
export function writeViewState(search: string, s: ViewState): string {
  const p = new URLSearchParams(search);
  const set = (k: string, v: string, dflt: string) => (v === dflt ? p.delete(k) : p.set(k, v));
  set('section', s.section, 'overview');
  set('lang', s.lang, 'vi');
  set('theme', s.theme, 'system');
  const out = p.toString();
  return out ? `?${out}` : '';
}
