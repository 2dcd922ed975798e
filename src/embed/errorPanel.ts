/**
 * What the embed says when something it needs could not be loaded: which file and why, with a retry.
 * The same words and classes as the dashboard's ErrorPanel (src/components), as DOM: the embed has no
 * React. Only shown on a failure, so a built embed page never carries it.
 */
import { DATASET_TIMEOUT_MS } from '../api/limits';
import type { DatasetLoadError } from '../api/fetchDataset';
import type { Locale } from '../data/ids';
import { describeLoadError } from '../i18n/errors';
import { t } from '../i18n/messages';
import { el } from './dom';

export function errorPanel(
  errors: readonly DatasetLoadError[],
  locale: Locale,
  retry: () => void,
): HTMLElement {
  return el(
    'div',
    { className: 'error-panel', role: 'alert' },
    el('p', { className: 'error-title' }, t(locale, 'loadError')),
    el(
      'ul',
      { className: 'error-details' },
      ...errors.map((e) => {
        const d = describeLoadError(e, locale, DATASET_TIMEOUT_MS / 1000);
        return el(
          'li',
          {},
          el('strong', {}, d.file ?? ''),
          `: ${d.summary}`,
          el('br'),
          el('small', {}, d.detail),
        );
      }),
    ),
    el('button', { type: 'button', className: 'button', onclick: retry }, t(locale, 'retry')),
  );
}
