/**
 * UI state in one small store, mirrored to the URL so any view can be shared:
 * ?section=…&lang=en&theme=dark. Server data lives in the Query cache, not here.
 */
import { createStore, useStore } from 'zustand';
import { builtLink, pageSearch } from '../api/page';
import type { Locale } from '../data/ids';
import type { SectionId } from '../data/sections';
import {
  builtFileSearch,
  readViewState,
  writeViewState,
  type ThemeChoice,
  type ViewState,
} from '../data/url';

export { readViewState, writeViewState, type ThemeChoice, type ViewState };

interface Store extends ViewState {
  setSection: (s: SectionId) => void;
  setLang: (l: Locale) => void;
  setTheme: (t: ThemeChoice) => void;
  syncFromUrl: () => void;
}

const viewStore = createStore<Store>()((set) => ({
  ...readViewState(pageSearch()),
  setSection: (section) => set({ section }),
  setLang: (lang) => set({ lang }),
  setTheme: (theme) => set({ theme }),
  syncFromUrl: () => set(readViewState(pageSearch())),
}));
// A page built in advance is rendered on the server (src/app/prerender.tsx) in the state set for it:
// React renders a store's server snapshot there, which zustand takes from its first state.
viewStore.getInitialState = viewStore.getState;

function useView(): Store;
function useView<T>(selector: (s: Store) => T): T;
function useView<T>(selector?: (s: Store) => T) {
  return useStore(viewStore, selector ?? ((s: Store) => s as T));
}

export const useViewStore = Object.assign(useView, viewStore);

/** Keeps the address bar in step: a section change is a new history entry. */
export function connectStoreToUrl(): () => void {
  const onPop = () => useViewStore.getState().syncFromUrl();
  window.addEventListener('popstate', onPop);
  // A page restored from the back-forward cache onto an entry it pushed itself (trade.html → reload →
  // back) gets no popstate: it would show the view it left with.
  const onShow = (e: PageTransitionEvent) => e.persisted && onPop();
  window.addEventListener('pageshow', onShow);
  const unsubscribe = useViewStore.subscribe((s, prev) => {
    // The view's built page, as a link to it says (api/page.ts: dashboardLink); otherwise the
    // parameters, keeping any others the address has.
    const link = builtLink(s);
    const built = link === undefined ? undefined : new URL(link, location.href);
    const url = built
      ? `${built.pathname}${built.search}${location.hash}`
      : // A built page's file names a view: parameters go to the folder's index instead.
        `${builtFileSearch(location.pathname) ? location.pathname.replace(/[^/]*$/, '') : location.pathname}${writeViewState(location.search, s)}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    if (s.section !== prev.section) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  });
  return () => {
    window.removeEventListener('popstate', onPop);
    window.removeEventListener('pageshow', onShow);
    unsubscribe();
  };
}
