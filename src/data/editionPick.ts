/**
 * Which edition a page shows, from its URL and the catalogue (public/data/editions.json). No zod and
 * no schema here: the entry script uses this on the raw catalogue to start the chosen edition's data
 * requests early, and the app uses it on the validated one.
 *
 * - `?edition=<id>` names it.
 * - A link without `edition` that names a view (a section, the deck, an embed, the print view) was
 *   made before editions existed, or while there was only one: it opens the catalogue's
 *   `linksWithoutEdition`, the 2023 report, so old links and embedded charts keep what they showed.
 * - The bare address opens the latest report.
 */

export interface EditionOrder {
  id: string;
  year: number;
  published: string;
}

export interface CatalogueLike<E extends EditionOrder = EditionOrder> {
  linksWithoutEdition: string;
  editions: readonly E[];
}

/** The URL parameters that name a view: a link carrying one of them points at particular content. */
export const VIEW_PARAMS = ['section', 'present', 'slide', 'embed', 'print'] as const;

export const EDITION_PARAM = 'edition';

const EDITION_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const isEditionId = (s: unknown): s is string => typeof s === 'string' && EDITION_ID.test(s);

/** Oldest first: by the year reported, then by publication date. */
export function inReportOrder<E extends EditionOrder>(editions: readonly E[]): E[] {
  return [...editions].sort((a, b) => a.year - b.year || a.published.localeCompare(b.published));
}

export function latestOf<E extends EditionOrder>(editions: readonly E[]): E {
  return inReportOrder(editions).at(-1)!;
}

export interface EditionChoice<E> {
  edition: E;
  /** The URL asked for an edition the catalogue does not have: say so, never show another silently. */
  missing?: string;
}

export function chooseEdition<E extends EditionOrder>(
  catalogue: CatalogueLike<E>,
  search: string,
): EditionChoice<E> {
  const p = new URLSearchParams(search);
  const asked = p.get(EDITION_PARAM);
  const byId = (id: string) => catalogue.editions.find((e) => e.id === id);
  if (asked !== null) {
    const found = byId(asked);
    return found ? { edition: found } : { edition: latestOf(catalogue.editions), missing: asked };
  }
  const old = VIEW_PARAMS.some((k) => p.has(k)) ? byId(catalogue.linksWithoutEdition) : undefined;
  return { edition: old ?? latestOf(catalogue.editions) };
}
