import type { DatasetLoadError } from '../api/datasets';
import { DATASET_TIMEOUT_MS } from '../api/limits';
import { describeLoadError } from '../i18n/errors';
import { useT } from './useT';

/** A readable failure in the part of the page that needed the data, with a retry. */
export function ErrorPanel({
  errors,
  onRetry,
  minHeight,
}: {
  errors: DatasetLoadError[];
  onRetry?: () => void;
  minHeight?: number;
}) {
  const { t, lang } = useT();
  return (
    <div className="error-panel" role="alert" style={minHeight ? { minHeight } : undefined}>
      <p className="error-title">{t('loadError')}</p>
      <ul className="error-details">
        {errors.map((e, i) => {
          const d = describeLoadError(e, lang, DATASET_TIMEOUT_MS / 1000);
          return (
            <li key={i}>
              <strong>{d.file}</strong>: {d.summary}
              <br />
              <small>{d.detail}</small>
            </li>
          );
        })}
      </ul>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}

/** What an error boundary shows in place of the part that failed. */
export function BoundaryFallback({ error, reset }: { error: Error; reset: () => void }) {
  const { t } = useT();
  return (
    <div className="error-panel" role="alert">
      <p className="error-title">{t('loadError')}</p>
      <p>{error.message}</p>
      <button type="button" className="button" onClick={reset}>
        {t('retry')}
      </button>
    </div>
  );
}

/** The whole app failed: say so, offer to try again or start from the overview. */
export function AppFallback({ error, reset }: { error: Error; reset: () => void }) {
  const { t } = useT();
  return (
    <main className="app-fallback">
      <div className="error-panel" role="alert">
        <p className="error-title">{t('appError')}</p>
        <p>{error.message}</p>
        <button type="button" className="button" onClick={reset}>
          {t('retry')}
        </button>{' '}
        <a className="button" href="./">
          {t('backToOverview')}
        </a>
      </div>
    </main>
  );
}
