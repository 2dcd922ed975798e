/**
 * The chart card's download menu: PNG, SVG, CSV and a link to the chart.
 * Thin on purpose: the work happens in ./actions, loaded on the first click.
 */
import { useState } from 'react';
import { useViewStore } from '../../state/store';
import type { ChartModel, Datasets, Palette } from '../../charts/model';
import type { CheckResult } from '../../data/checks';
import { t, type MessageKey } from '../../i18n/messages';
import type { ChartExportKind } from './actions';
import { Disclosure } from '../../components/Disclosure';

const KINDS: ReadonlyArray<[ChartExportKind, MessageKey]> = [
  ['png', 'exportPng'],
  ['svg', 'exportSvg'],
  ['csv', 'exportCsv'],
];

export function ChartActions({
  model,
  data,
  palette,
  warnings,
}: {
  model: ChartModel;
  data: Datasets;
  palette: Palette;
  warnings: readonly CheckResult[];
}) {
  const { section, lang, theme, edition } = useViewStore();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  const run = async (kind: ChartExportKind) => {
    setBusy(true);
    setStatus(t(lang, 'exportWorking'));
    try {
      const { exportChart } = await import('./actions');
      await exportChart(kind, { model, data, locale: lang, palette, warnings });
      setStatus(t(lang, 'exportDone'));
    } catch {
      setStatus(t(lang, 'exportFailed'));
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    try {
      const { chartLink, copyToClipboard } = await import('./link');
      const link = chartLink(location.href, { section, lang, theme, edition }, model.id);
      setStatus(t(lang, (await copyToClipboard(link)) ? 'copied' : 'copyFailed'));
    } catch {
      setStatus(t(lang, 'copyFailed'));
    }
  };

  return (
    <div className="chart-actions">
      <Disclosure summary={t(lang, 'exportMenu')} built={false}>
        {() => (
          <div className="chart-actions-menu">
            {KINDS.map(([kind, label]) => (
              <button
                key={kind}
                type="button"
                className="button button-small"
                data-export={kind}
                disabled={busy}
                onClick={() => void run(kind)}
              >
                {t(lang, label)}
              </button>
            ))}
            <button
              type="button"
              className="button button-small"
              data-export="link"
              onClick={() => void copy()}
            >
              {t(lang, 'copyLink')}
            </button>
          </div>
        )}
      </Disclosure>
      <span role="status" className="copy-status">
        {status}
      </span>
    </div>
  );
}
