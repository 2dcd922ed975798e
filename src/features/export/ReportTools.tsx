/**
 * The report as a whole, from the page footer: every figure as one CSV or
 * JSON file, and the printed briefing.
 *
 * Printing: Ctrl+P (⌘P) or the button prints the whole report, not just the
 * section on screen — a briefing before a meeting needs all of it. The key
 * is caught, the report is built off screen (every dataset, every chart as an
 * image), then the browser's print dialog opens. `?print` shows the same
 * report on screen as a print view. A print started from the browser's menu
 * cannot be delayed, so it prints the section on screen, cleanly (see
 * print/swap.ts). Everything heavy is loaded only when asked for.
 */
import { useQueryClient } from '@tanstack/react-query';
import { pageSearch } from '../../api/page';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { datasetQueryOptions } from '../../api/datasets';
import { useViewStore } from '../../state/store';
import type { Locale } from '../../data/ids';
import { DATASET_IDS } from '../../data/schema';
import { buildSearch, pageOf, withoutPrint } from '../../data/url';
import { t } from '../../i18n/messages';
import { swapChartsForPrint } from './print/swap';
// Which of the dashboard and the printable report shows, on screen and on paper (the report's look: print/report.css).
import './print/print.css';

const PrintReport = lazy(() => import('./print/PrintReport'));

/** idle: the dashboard; print: building the report to print it; view: the `?print` page. */
type Mode = 'idle' | 'print' | 'view';

const isPrintView = () => pageOf(pageSearch()) === 'print';

/** The print view in the page's language; it ignores section and theme (paper is white). */
const printViewHref = (lang: Locale, edition?: string) =>
  buildSearch({ page: 'print', section: 'overview', lang, theme: 'system', ...(edition ? { edition } : {}) });

export function ReportTools() {
  const lang = useViewStore((s) => s.lang);
  const edition = useViewStore((s) => s.edition);
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<Mode>(() => (isPrintView() ? 'view' : 'idle'));
  const [progress, setProgress] = useState<readonly [number, number]>([0, 0]);
  const [status, setStatus] = useState('');
  // Made on first use: a page rendered at build time has no document.
  const [container] = useState(() =>
    typeof document === 'undefined'
      ? undefined!
      : Object.assign(document.createElement('div'), { id: 'print-root' }),
  );
  const modeRef = useRef(mode);
  const ready = useRef(false);
  const printWhenReady = useRef(false);

  useEffect(() => {
    modeRef.current = mode;
    if (mode === 'idle') return;
    // The report lives beside the app's root so print CSS can show one and hide the other.
    const cls = mode === 'view' ? 'print-view' : 'printing-report';
    document.body.append(container);
    document.documentElement.classList.add(cls);
    return () => {
      ready.current = false;
      container.remove();
      document.documentElement.classList.remove(cls);
    };
  }, [mode, container]);

  const onProgress = useCallback((done: number, total: number) => setProgress([done, total]), []);
  const onReady = useCallback(() => {
    ready.current = true;
    if (!printWhenReady.current) return;
    printWhenReady.current = false;
    window.print();
  }, []);

  const startPrint = useCallback(() => {
    if (modeRef.current !== 'idle' && ready.current) return window.print();
    printWhenReady.current = true;
    setMode((m) => (m === 'idle' ? 'print' : m));
  }, []);

  useEffect(() => {
    let mount: typeof import('../../charts/echarts/mount') | undefined;
    let undo: (() => void) | undefined;
    // The page's live charts, needed synchronously in `beforeprint`; not loaded for printing: with no
    // live chart on the page (built charts are SVG, which prints as it is) there is nothing to swap.
    void import('../../charts/echarts/mount').then((m) => (mount = m)).catch(() => undefined);
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.key.toLowerCase() !== 'p') return;
      // A finished report: let the browser print it as usual.
      if (modeRef.current !== 'idle' && ready.current) return;
      e.preventDefault();
      startPrint();
    };
    const before = () => {
      const root = document.getElementById('root') ?? document;
      if (modeRef.current === 'idle' && mount && !undo)
        undo = swapChartsForPrint(mount.liveCharts(root), root);
    };
    const after = () => {
      undo?.();
      undo = undefined;
      if (modeRef.current === 'print') setMode('idle');
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [startPrint]);

  const downloadAll = async (kind: 'csv' | 'json') => {
    setStatus(t(lang, 'exportWorking'));
    try {
      const datasets = await Promise.all(
        DATASET_IDS.map((id) => queryClient.fetchQuery(datasetQueryOptions(id))),
      );
      const { downloadAllData } = await import('./actions');
      downloadAllData(kind, datasets, lang);
      setStatus(t(lang, 'exportDone'));
    } catch {
      setStatus(t(lang, 'exportFailed'));
    }
  };

  return (
    <div className="report-tools">
      <div role="group" aria-label={t(lang, 'downloadAll')} className="report-tools-group">
        <span aria-hidden="true">{t(lang, 'downloadAll')}:</span>
        <button
          type="button"
          className="button button-small"
          data-export-all="csv"
          onClick={() => void downloadAll('csv')}
        >
          {t(lang, 'downloadAllCsv')}
        </button>
        <button
          type="button"
          className="button button-small"
          data-export-all="json"
          onClick={() => void downloadAll('json')}
        >
          {t(lang, 'downloadAllJson')}
        </button>
      </div>
      <button type="button" className="button button-small" onClick={startPrint}>
        {t(lang, 'print')}
      </button>
      <a href={printViewHref(lang, edition)}>{t(lang, 'printView')}</a>
      <span role="status" className="copy-status">
        {status}
      </span>
      {mode !== 'idle' &&
        createPortal(
          <>
            {mode === 'print' && (
              <p className="print-status" role="status">
                {t(lang, 'printPreparing', { done: progress[0], total: progress[1] || '…' })}
              </p>
            )}
            <Suspense fallback={null}>
              <PrintReport
                locale={lang}
                onProgress={onProgress}
                onReady={onReady}
                toolbar={
                  mode === 'view'
                    ? {
                        onPrint: startPrint,
                        backHref: `${location.pathname}${withoutPrint(pageSearch())}`,
                      }
                    : undefined
                }
              />
            </Suspense>
          </>,
          container,
        )}
    </div>
  );
}
