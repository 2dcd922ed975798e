import { startTransition, useEffect, useMemo, useState } from 'react';
import { useDatasets } from '../../api/useDatasets';
import { SECTIONS, type SectionId } from '../../data/sections';
import { useViewStore } from '../../state/store';
import { useChartDefs, useChartsFile, useSectionDatasets } from '../../api/useChartDefs';
import { chartIdsOf } from '../../charts/registry';
import { splitRef } from '../../data/chartsFile';
import type { DatasetId } from '../../data/schema';
import { ChartCard } from './ChartCard';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { BoundaryFallback, ErrorPanel } from '../../components/ErrorPanel';
import { FigureCard } from '../../components/FigureCard';
import { preloadSectionCharts } from '../../components/lazyEChart';
import { useIsChartBuilt } from '../../components/chartSvg';
import { t } from '../../i18n/messages';
import { warningsFor } from '../../charts/warnings';
// The dashboard's layout, the app shell's too (src/app/App.tsx renders this page): an embed never loads it.
import './dashboard.css';

/** Every figure of one dataset as cards: reserved space while loading, an error with retry on failure. */
function DatasetFigures({ id }: { id: DatasetId }) {
  const { data, errors, retry } = useDatasets([id]);
  const locale = useViewStore((s) => s.lang);
  if (errors.length) return <ErrorPanel errors={errors} onRetry={retry} minHeight={200} />;
  const dataset = data?.[id];
  if (!dataset)
    return (
      <div className="placeholder" style={{ minHeight: 600 }} aria-busy="true">
        {t(locale, 'loading')}
      </div>
    );
  return (
    <div className="grid figure-grid">
      {dataset.figures.map((f) => (
        <FigureCard
          key={f.id}
          figure={f}
          dataset={dataset}
          warnings={warningsFor({ [id]: dataset }, new Set([f.id]))}
          locale={locale}
          headingLevel={4}
        />
      ))}
    </div>
  );
}

/** One KPI card per figure, each loading its own dataset: one failed file costs only its own cards. */
function KpiCard({ ds, id }: { ds: DatasetId; id: string }) {
  const { data, errors, retry } = useDatasets([ds]);
  const locale = useViewStore((s) => s.lang);
  if (errors.length) return <ErrorPanel errors={errors} onRetry={retry} minHeight={180} />;
  const dataset = data?.[ds];
  const f = dataset?.figures.find((x) => x.id === id);
  if (!dataset || !f)
    return (
      <div className="card placeholder" style={{ minHeight: 180 }} aria-busy={!dataset}>
        {dataset ? '' : t(locale, 'loading')}
      </div>
    );
  return (
    <FigureCard
      figure={f}
      dataset={dataset}
      warnings={warningsFor({ [ds]: dataset }, new Set([id]))}
      locale={locale}
      compact
    />
  );
}

/** How long a section waits for all of its parts before showing what it has. */
const SECTION_WAIT_MS = 1500;

export function SectionPage({ section }: { section: SectionId }) {
  const locale = useViewStore((s) => s.lang);
  const info = SECTIONS.find((s) => s.id === section)!;
  const file = useChartsFile();
  const charts = useChartDefs(section);
  const kpis = useMemo(() => (file.data?.kpis ?? []).map(splitRef), [file.data]);
  const { pending } = useDatasets(useSectionDatasets(section));
  // Nothing of the section is drawn until its code and data have arrived (or failed): a page that
  // fills in piece by piece moves under the reader's eyes. Both are requested at start-up, in parallel.
  // Once shown it stays: a retry of a failed file must not blank the whole section again. A slow or
  // retrying file holds the section back at most a moment; then it shows with that part loading.
  // The reveal is a transition: React renders the section in slices and yields between them, so a
  // phone's main thread is never blocked for the whole render at once.
  const ready = !charts.isPending && !pending;
  // A page built in advance has everything at its first render: it shows at once, as it was painted.
  const [shown, setShown] = useState(ready);
  // The chart code downloads while the section's data and definitions are still on their way.
  // Not on a page built with this section's charts (src/components/useLiveChart.ts): they are drawn
  // already, and ECharts is fetched only when one needs its live chart. (A built page has charts.json
  // at its first render; elsewhere nothing is built, known or not.)
  const isBuilt = useIsChartBuilt();
  const built = (file.data ? chartIdsOf(file.data, section) : []).some(isBuilt);
  useEffect(() => {
    if (!built) preloadSectionCharts(section);
  }, [section, built]);
  useEffect(() => {
    if (ready) startTransition(() => setShown(true));
    const timer = setTimeout(() => startTransition(() => setShown(true)), SECTION_WAIT_MS);
    return () => clearTimeout(timer);
  }, [ready]);
  if (!shown)
    return (
      <section aria-labelledby={`h-${section}`} className="section">
        <h2 id={`h-${section}`}>{info.title[locale]}</h2>
        <div className="section-loading" aria-busy="true">
          {t(locale, 'loading')}
        </div>
      </section>
    );
  return (
    <section aria-labelledby={`h-${section}`} className="section">
      <h2 id={`h-${section}`}>{info.title[locale]}</h2>
      {section === 'overview' && (
        <div className="grid kpi-grid">
          {kpis.map((k) => (
            <KpiCard key={k.figure} ds={k.dataset} id={k.figure} />
          ))}
        </div>
      )}
      <div className="grid chart-grid">
        {file.error && (
          <div className="card" data-chart-id="charts-file">
            <BoundaryFallback
              error={file.error}
              reset={() => void file.refetch().then(() => charts.refetch())}
            />
          </div>
        )}
        {(file.data ? chartIdsOf(file.data, section) : []).map((id) => {
          const def = charts.data?.find((d) => d.id === id);
          const bad = file.data?.bad.find((b) => b.id === id);
          if (bad)
            return (
              <div key={id} className="card" data-chart-id={id}>
                <BoundaryFallback error={new Error(bad.reason)} reset={() => void file.refetch()} />
              </div>
            );
          if (charts.error)
            return (
              <div key={id} className="card" data-chart-id={id}>
                <BoundaryFallback error={charts.error} reset={() => void charts.refetch()} />
              </div>
            );
          if (!def)
            return (
              <div key={id} className="card placeholder" style={{ height: 380 }} aria-busy="true">
                {t(locale, 'loading')}
              </div>
            );
          return (
            // A chart whose figures are missing from an edited dataset fails alone.
            <ErrorBoundary
              key={id}
              fallback={(error, reset) => (
                <div className="card" data-chart-id={id}>
                  <BoundaryFallback error={error} reset={reset} />
                </div>
              )}
            >
              <ChartCard def={def} />
            </ErrorBoundary>
          );
        })}
      </div>
      {info.dataset && (
        <>
          <h3 className="figures-heading">{t(locale, 'figuresHeading')}</h3>
          <DatasetFigures id={info.dataset} />
        </>
      )}
    </section>
  );
}
