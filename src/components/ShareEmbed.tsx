import { lazy, Suspense } from 'react';
import { useViewStore } from '../state/store';
import type { ChartModel } from '../charts/model';
import type { CheckResult } from '../data/checks';
import { t } from '../i18n/messages';
import { Disclosure } from './Disclosure';

const Snippets = lazy(() => import('./ShareSnippets'));

/** Copy-paste HTML that puts this chart into an article of the news site. */
export function ShareEmbed({
  id,
  model,
  warnings,
}: {
  id: string;
  model: ChartModel;
  warnings: CheckResult[];
}) {
  const lang = useViewStore((s) => s.lang);
  return (
    <Disclosure className="share-embed" summary={t(lang, 'share')} built={false}>
      {() => (
        <Suspense fallback={<p aria-busy="true">{t(lang, 'loading')}</p>}>
          <Snippets id={id} model={model} warnings={warnings} />
        </Suspense>
      )}
    </Disclosure>
  );
}
