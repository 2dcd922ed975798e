import { lazy, Suspense } from 'react';
import { useViewStore } from '../state/store';
import { t } from '../i18n/messages';
import { Disclosure } from './Disclosure';
import type { ShareProps } from './ShareSnippets';

const Snippets = lazy(() => import('./ShareSnippets'));

/** Copy-paste HTML that puts this chart into an article of the news site. */
export function ShareEmbed(props: ShareProps) {
  const lang = useViewStore((s) => s.lang);
  return (
    <Disclosure className="share-embed" summary={t(lang, 'share')} built={false}>
      {() => (
        <Suspense fallback={<p aria-busy="true">{t(lang, 'loading')}</p>}>
          <Snippets {...props} />
        </Suspense>
      )}
    </Disclosure>
  );
}
