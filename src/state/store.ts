/**
 * UI state in one small store, mirrored to the URL so any view can be shared:
 * ?section=…&lang=en&theme=dark. Server data lives in the Query cache, not here.
 */
import { create } from 'zustand';
import type { Locale } from '../data/ids';
import type { SectionId } from '../data/sections';
import { readViewState, writeViewState, type ThemeChoice, type ViewState } from '../data/url';

export { readViewState, writeViewState, type ThemeChoice, type ViewState };

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
