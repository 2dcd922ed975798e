/**
 * UI state in one small store, mirrored to the URL so any view can be shared:
 * ?section=…&lang=en&theme=dark. Server data lives in the Query cache, not here.
 */
import { create } from 'zustand';
import type { Locale } from '../data/schema';
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

interface Store extends ViewState {
  setSection: (s: SectionId) => void;
  setLang: (l: Locale) => void;
  setTheme: (t: ThemeChoice) => void;
  syncFromUrl: () => void;
}

export const useViewStore = create<Store>((set) => ({
  ...readViewState(typeof location === 'undefined' ? '' : location.search),
  setSection: (section) => set({ section }),
  setLang: (lang) => set({ lang }),
  setTheme: (theme) => set({ theme }),
  syncFromUrl: () => set(readViewState(location.search)),
}));

/** Keeps the address bar in step: a section change is a new history entry. */
export function connectStoreToUrl(): () => void {
  const onPop = () => useViewStore.getState().syncFromUrl();
  window.addEventListener('popstate', onPop);
  const unsubscribe = useViewStore.subscribe((s, prev) => {
    const search = writeViewState(location.search, s);
    if (search === location.search) return;
    const url = `${location.pathname}${search}${location.hash}`;
    if (s.section !== prev.section) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  });
  return () => {
    window.removeEventListener('popstate', onPop);
    unsubscribe();
  };
}
