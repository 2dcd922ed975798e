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

import { editionAsked, namesView } from './url';

export { EDITION_PARAM, isEditionId, VIEW_PARAMS } from './url';

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
  const asked = editionAsked(search);
  const byId = (id: string) => catalogue.editions.find((e) => e.id === id);
  if (asked !== null) {
    const found = byId(asked);
    return found ? { edition: found } : { edition: latestOf(catalogue.editions), missing: asked };
  }
  const old = namesView(search) ? byId(catalogue.linksWithoutEdition) : undefined;
  return { edition: old ?? latestOf(catalogue.editions) };
}
