import { lazy, Suspense } from 'react';
import type { ViewState } from '../data/url';
import { currentCatalogue, currentEdition, missingEdition } from '../data/report';

const EditionBar = lazy(() => import('./EditionBar'));

/** The edition switch and notices: no code at all while the catalogue has one real edition. */
export function EditionSlot({ view }: { view: ViewState }) {
  const needed =
    (currentCatalogue()?.editions.length ?? 0) > 1 || currentEdition()?.testData || missingEdition();
  if (!needed) return null;
  return (
    <Suspense fallback={null}>
      <EditionBar view={view} />
    </Suspense>
  );
}
