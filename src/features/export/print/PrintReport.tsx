/**
 * The whole report as a printable briefing: a cover block, then every
 * section on its own pages with its charts as images, the numbers behind
 * each chart, and every figure of the section with its source sentence and
 * notes. Loaded only when someone prints (see ../ReportTools).
 *
 * Charts are PNGs at twice their size drawn with the light palette: a canvas
 * prints at screen resolution, and paper is white whatever the screen theme.
 * Dataset text is only ever rendered as React text, never as HTML.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useDatasets } from '../../../api/useDatasets';
import { useChartDefs, useChartsFile } from '../../../api/useChartDefs';
import { splitRef } from '../../../data/chartsFile';
import { SECTIONS } from '../../../data/sections';
import type { ChartDef, ChartModel, Datasets } from '../../../charts/model';
import { PALETTES } from '../../../charts/palettes';
import { figureIdsOf, warningsFor } from '../../../charts/warnings';
import { DataTable } from '../../../components/DataTable';
import { ErrorPanel } from '../../../components/ErrorPanel';
import type { CheckResult } from '../../../data/checks';
import { DATASET_IDS, type Figure, type Locale } from '../../../data/schema';
import { formatComparison, formatFigureValue, formatPeriod } from '../../../i18n/format';
import { t } from '../../../i18n/messages';
import { xt } from '../text';
import { PRINT_CHART_WIDTH, PRINT_SCALE } from './constants';
// Loaded with this chunk, before it renders: the dashboard's critical path does not carry the report's look.
import './report.css';

const palette = PALETTES.light;

type Built = { def: ChartDef; model: ChartModel; warnings: CheckResult[] } | { def: ChartDef; error: Error };

function buildAll(defs: readonly ChartDef[], data: Datasets, locale: Locale): Built[] {
  return defs.map((def) => {
    try {
      const model = def.build(data, { locale, palette });
      return { def, model, warnings: warningsFor(data, figureIdsOf(model.points)) };
    } catch (e) {
      // One chart whose figures are missing from an edited dataset must not cost the whole printout.
      return { def, error: e instanceof Error ? e : new Error(String(e)) };
    }
  });
}

/**
 * Chart images as object URLs, drawn one after another so the page stays
 * responsive; null for a chart that could not be drawn (its numbers still print).
 */
function useChartImages(built: Built[] | undefined): Record<string, string | null> {
  const [images, setImages] = useState<Record<string, string | null>>({});
  useEffect(() => {
    if (!built) return;
    let live = true;
    const urls: string[] = [];
    void (async () => {
      const { renderChartCanvas, canvasToPng } = await import('../png');
      for (const b of built) {
        if (!live) return;
        if (!('model' in b)) continue;
        const { option, height } = b.model;
        let url: string | null = null;
        try {
          const canvas = await renderChartCanvas(option, PRINT_CHART_WIDTH, height, PRINT_SCALE, '#ffffff');
          url = URL.createObjectURL(await canvasToPng(canvas));
          urls.push(url);
        } catch {
          // Leave the image out rather than hold up the whole printout.
        }
        if (!live) return;
        setImages((prev) => ({ ...prev, [b.def.id]: url }));
      }
    })();
    return () => {
      live = false;
      urls.forEach((u) => URL.revokeObjectURL(u));
    };
  }, [built]);
  return images;
}

function FigureRows({ figures, data, locale }: { figures: Figure[]; data: Datasets; locale: Locale }) {
  return (
    <table className="print-figures">
      <thead>
        <tr>
          <th scope="col">{t(locale, 'tableLabel')}</th>
          <th scope="col">{t(locale, 'tablePeriod')}</th>
          <th scope="col">{t(locale, 'tableValue')}</th>
          <th scope="col">{xt(locale, 'csvComparisons')}</th>
        </tr>
      </thead>
      <tbody>
        {figures.map((f) => {
          const warnings = warningsFor(data, new Set([f.id]));
          return (
            <tr key={f.id}>
              <th scope="row">
                {f.label[locale]}
                <blockquote lang="vi">“{f.quote}”</blockquote>
                {f.note && <p className="figure-note">{f.note[locale]}</p>}
                {warnings.map((w) => (
                  <p key={w.id} className="anomaly">
                    ⚠ {w.message[locale]}
                  </p>
                ))}
              </th>
              <td>{formatPeriod(f.period, locale)}</td>
              <td className="num">
                {formatFigureValue(f, locale)}
                {f.estimate && ` (${t(locale, 'estimate')})`}
              </td>
              <td>{f.comparisons.map((c) => formatComparison(c, locale)).join('; ')}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function PrintChart({
  built,
  image,
  locale,
}: {
  built: Built;
  image: string | null | undefined;
  locale: Locale;
}) {
  if (!('model' in built))
    return (
      <div className="print-chart-card" data-print-chart={built.def.id}>
        <p className="anomaly">{built.error.message}</p>
      </div>
    );
  const { model, warnings } = built;
  return (
    <article className="print-chart-card" data-print-chart={model.id}>
      <figure className="print-chart">
        <h3>{model.title}</h3>
        <p className="subtitle">{model.subtitle}</p>
        {image && (
          <img
            src={image}
            alt={model.title}
            width={PRINT_CHART_WIDTH}
            height={model.height}
            decoding="sync"
          />
        )}
        <figcaption className="source-line">
          {t(locale, 'sourceLine')}. {t(locale, 'legendKey')}
        </figcaption>
      </figure>
      <h4 className="print-subheading">{xt(locale, 'printChartNumbers')}</h4>
      <DataTable points={model.points} caption={model.title} locale={locale} />
      {warnings.map((w) => (
        <p key={w.id} className="anomaly">
          ⚠ {t(locale, 'anomaly')}: {w.message[locale]}
        </p>
      ))}
    </article>
  );
}

export default function PrintReport({
  locale,
  onProgress,
  onReady,
  toolbar,
}: {
  locale: Locale;
  onProgress: (done: number, total: number) => void;
  onReady: () => void;
  /** The print view (?print) on screen: a print button and the way back. */
  toolbar?: { onPrint: () => void; backHref: string };
}) {
  const { data, errors, retry } = useDatasets(DATASET_IDS);
  const file = useChartsFile();
  const defs = useChartDefs('all').data;
  const built = useMemo(
    () => (data && defs ? buildAll(defs, data, locale) : undefined),
    [data, defs, locale],
  );
  const images = useChartImages(built);
  const total = built?.filter((b) => 'model' in b).length ?? 0;
  const done = Object.keys(images).length;
  const root = useRef<HTMLDivElement>(null);
  // A dataset that fails to load is printed as its error, rather than the printout never starting.
  const complete = errors.length > 0 || (built !== undefined && done === total);

  useEffect(() => onProgress(done, total), [done, total, onProgress]);
  useEffect(() => {
    if (!complete) return;
    let live = true;
    // Every image decoded before anyone prints: an undecoded image prints as a blank box.
    const imgs = [...(root.current?.querySelectorAll('img') ?? [])];
    void Promise.all(imgs.map((i) => i.decode().catch(() => undefined))).then(() => live && onReady());
    return () => {
      live = false;
    };
  }, [complete, onReady]);

  return (
    <>
      {toolbar && (
        <div className="print-toolbar">
          <button type="button" className="button" onClick={toolbar.onPrint}>
            {t(locale, 'print')}
          </button>
          <a href={toolbar.backHref}>{xt(locale, 'printBack')}</a>
          <p>{xt(locale, 'printHint')}</p>
        </div>
      )}
      <div className="print-report" lang={locale} ref={root} data-print-ready={complete ? 'true' : 'false'}>
        <header className="print-cover">
          <h1>{t(locale, 'appTitle')}</h1>
          <p className="print-lead">{t(locale, 'appSubtitle')}</p>
          <p>{t(locale, 'sourceLine')}</p>
          <h2>{xt(locale, 'printContents')}</h2>
          <ol className="print-contents">
            {SECTIONS.map((s) => (
              <li key={s.id}>{s.title[locale]}</li>
            ))}
          </ol>
          <p className="legend-key">{t(locale, 'legendKey')}</p>
          <p className="legend-key">
            * {t(locale, 'estimateLong')}. ≈ {t(locale, 'derivedLong')}.
          </p>
        </header>
        {errors.length > 0 && <ErrorPanel errors={errors} onRetry={retry} minHeight={100} />}
        {data &&
          built &&
          SECTIONS.map((s) => {
            const charts = built.filter((b) => b.def.section === s.id);
            const dataset = s.dataset ? data[s.dataset] : undefined;
            const kpis =
              s.id === 'overview'
                ? (file.data?.kpis ?? []).flatMap((r) => {
                    const { dataset, figure } = splitRef(r);
                    return data[dataset]?.figures.filter((f) => f.id === figure) ?? [];
                  })
                : [];
            return (
              <section key={s.id} className="print-section" data-print-section={s.id}>
                <h2>{s.title[locale]}</h2>
                {kpis.length > 0 && (
                  <>
                    <h3 className="print-subheading">{t(locale, 'keyFigures')}</h3>
                    <FigureRows figures={kpis} data={data} locale={locale} />
                  </>
                )}
                {charts.map((b) => (
                  <PrintChart key={b.def.id} built={b} image={images[b.def.id]} locale={locale} />
                ))}
                {dataset && (
                  <>
                    <h3 className="print-subheading">{t(locale, 'figuresHeading')}</h3>
                    <FigureRows figures={dataset.figures} data={data} locale={locale} />
                  </>
                )}
              </section>
            );
          })}
      </div>
    </>
  );
}
