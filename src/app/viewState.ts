/** The view's state as URL parameters: no React, no store, so embeds can read it too. */
import { EDITION_PARAM, isEditionId } from '../data/editionPick';
import type { Locale } from '../data/ids';
import { isSectionId, type SectionId } from './sections';

export type ThemeChoice = 'system' | 'light' | 'dark';

export interface ViewState {
  section: SectionId;
  lang: Locale;
  theme: ThemeChoice;
  /** The edition links must name: absent while the catalogue has one (src/data/editionPick.ts). */
  edition?: string;
}

export function readViewState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const section = p.get('section');
  const theme = p.get('theme');
  const edition = p.get(EDITION_PARAM);
  return {
    section: isSectionId(section) ? section : 'overview',
    lang: p.get('lang') === 'en' ? 'en' : 'vi',
    theme: theme === 'light' || theme === 'dark' ? theme : 'system',
    ...(isEditionId(edition) ? { edition } : {}),
  };
}

/** Writes only what differs from the defaults, keeping unknown parameters (and an edition already named). */
export function writeViewState(search: string, s: ViewState): string {
  const p = new URLSearchParams(search);
  const set = (k: string, v: string, dflt: string) => (v === dflt ? p.delete(k) : p.set(k, v));
  set('section', s.section, 'overview');
  set('lang', s.lang, 'vi');
  set('theme', s.theme, 'system');
  if (s.edition) p.set(EDITION_PARAM, s.edition);
  const out = p.toString();
  return out ? `?${out}` : '';
}
