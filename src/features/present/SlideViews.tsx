/** The four kinds of slide. Each takes validated datasets and prints only what they hold or imply. */
import { useMemo, type ReactNode } from 'react';
import type { ChartDef, Datasets, Palette, Point } from '../../charts/model';
import { figureIdsOf, warningsFor } from '../../charts/warnings';
import type { CheckResult } from '../../data/checks';
import type { Locale } from '../../data/schema';
import {
  comparisonMark,
  formatComparison,
  formatFigureValue,
  formatFormula,
  formatPeriod,
} from '../../i18n/format';
import { t } from '../../i18n/messages';
import { dt } from './text';
import { formatIsoDate, kpiFigures, kpiHeadline, sourcesHeadline, sourcesOf } from './content';
import { SlideChart } from './SlideChart';
import { SeriesSlot } from '../../components/SeriesSlot';
import type { KpiSlideDecl } from '../../data/chartsFile';

interface FrameProps {
  headingId: string;
  headline: string;
  subtitle?: string;
  /** Lines under the evidence; falsy entries are skipped, and no lines means no footer. */
  notes?: ReactNode[];
  children: ReactNode;
}

/** Headline that states the finding, the evidence, and the notes that keep it honest. */
function Frame({ headingId, headline, subtitle, notes = [], children }: FrameProps) {
  const lines = notes.filter(Boolean);
  return (
    <>
      <header className="slide-header">
        <h1 id={headingId} className="slide-headline">
          {headline}
        </h1>
        {subtitle && <p className="slide-subtitle">{subtitle}</p>}
      </header>
      <div className="slide-body">{children}</div>
      {lines.length > 0 && <footer className="slide-notes">{lines}</footer>}
    </>
  );
}

const warningLines = (warnings: CheckResult[], locale: Locale) =>
  warnings.map((w) => (
    <p key={w.id} className="slide-warning" role="note">
      ⚠ {t(locale, 'anomaly')}: {w.message[locale]}
    </p>
  ));

/** "≈ Giá trị suy ra: 2022: 4.180 ÷ (1 + 8,6%) ≈ 3.849 triệu USD · …", for every derived value shown. */
function formulaLine(points: Point[], locale: Locale) {
  const derived = points.flatMap((p) => (p.type === 'derived' ? [p] : []));
  if (!derived.length) return null;
  return (
    <p key="formulas" className="slide-formulas">
      <span className="slide-notes-label">{dt(locale, 'presentDerivedLabel')}:</span>{' '}
      {derived.map((p, i) => (
        <span key={p.derived.id} className="slide-formula">
          {i > 0 && ' · '}
          {p.label}: {formatFormula(p.derived, locale)}
        </span>
      ))}
    </p>
  );
}

const hasEstimate = (points: Point[]) =>
  points.some((p) => (p.type === 'figure' ? p.figure.estimate : p.derived.estimate));

export function TitleSlide({
  headingId,
  data,
  locale,
}: {
  headingId: string;
  data: Datasets | undefined;
  locale: Locale;
}) {
  const sources = data ? sourcesOf(data) : [];
  return (
    <div className="title-slide">
      <p className="title-eyebrow">{dt(locale, 'presentProvince')}</p>
      <h1 id={headingId} className="slide-headline title-headline">
        {t(locale, 'appTitle')}
      </h1>
      <p className="title-period">{dt(locale, 'presentPeriod')}</p>
      {sources.map(({ source }) => (
        <div key={source.file} className="title-source">
          <p>
            {dt(locale, 'presentReport')}: <q lang="vi">{source.title}</q>
          </p>
          <p>
            {dt(locale, 'presentSource', {
              publisher: source.publisher[locale],
              date: formatIsoDate(source.published, locale),
            })}
          </p>
        </div>
      ))}
      <p className="title-keys">{dt(locale, 'presentKeys')}</p>
    </div>
  );
}

export function KpiSlide({
  headingId,
  group,
  data,
  locale,
}: {
  headingId: string;
  group: KpiSlideDecl;
  data: Datasets;
  locale: Locale;
}) {
  const figures = kpiFigures(group, data);
  const warnings = warningsFor(data, new Set(figures.map((k) => k.figure.id)));
  const estimates = figures.some((k) => k.figure.estimate);
  return (
    <Frame
      headingId={headingId}
      headline={kpiHeadline(group, data, locale)}
      notes={[
        ...warningLines(warnings, locale),
        estimates && <p key="estimate">* {t(locale, 'estimateLong')}</p>,
      ]}
    >
      <ul className={`kpi-grid kpi-grid-${figures.length}`}>
        {figures.map(({ figure: f }) => (
          <li key={f.id} className="kpi-tile" data-figure-id={f.id}>
            <h2 className="kpi-label">{f.label[locale]}</h2>
            <p className="kpi-value">
              {formatFigureValue(f, locale)}
              {f.estimate && <abbr title={t(locale, 'estimateLong')}>*</abbr>}
            </p>
            <p className="kpi-period">{formatPeriod(f.period, locale)}</p>
            {f.comparisons.length > 0 && (
              <ul className="kpi-comparisons">
                {f.comparisons.map((c, i) => (
                  <li key={i}>
                    {comparisonMark(c).arrow && <span aria-hidden="true">{comparisonMark(c).arrow}</span>}
                    {formatComparison(c, locale)}
                  </li>
                ))}
              </ul>
            )}
            <SeriesSlot indicators={f.indicator ? [f.indicator] : []} />
          </li>
        ))}
      </ul>
    </Frame>
  );
}

export function ChartSlide({
  headingId,
  def,
  data,
  locale,
  palette,
}: {
  headingId: string;
  def: ChartDef;
  data: Datasets;
  locale: Locale;
  palette: Palette;
}) {
  const model = useMemo(() => def.build(data, { locale, palette }), [def, data, locale, palette]);
  const warnings = useMemo(() => warningsFor(data, figureIdsOf(model.points)), [data, model]);
  return (
    <Frame
      headingId={headingId}
      headline={model.title}
      subtitle={model.subtitle}
      notes={[
        formulaLine(model.points, locale),
        ...warningLines(warnings, locale),
        // Most subtitles already say what "*" means; the others get the key here.
        hasEstimate(model.points) && !model.subtitle.includes('*') && (
          <p key="estimate">* {t(locale, 'estimateLong')}</p>
        ),
      ]}
    >
      <SlideChart id={def.id} option={model.option} label={model.title} />
    </Frame>
  );
}

export function SourcesSlide({
  headingId,
  data,
  locale,
}: {
  headingId: string;
  data: Datasets;
  locale: Locale;
}) {
  return (
    <Frame headingId={headingId} headline={sourcesHeadline(data, locale)}>
      <div className="sources">
        {sourcesOf(data).map(({ source, datasets }) => (
          <section key={source.file} aria-label={dt(locale, 'presentDocument')}>
            <h2 className="sources-heading">{dt(locale, 'presentDocument')}</h2>
            <p>
              <q lang="vi">{source.title}</q>
            </p>
            <p>
              {source.publisher[locale]}, {formatIsoDate(source.published, locale)} ·{' '}
              <code>source/{source.file}</code>
            </p>
            <h2 className="sources-heading">{dt(locale, 'presentDataFiles')}</h2>
            <ul className="sources-files">
              {datasets.map((d) => (
                <li key={d.id}>
                  <code>{d.id}.json</code> {d.title[locale]}
                </li>
              ))}
            </ul>
          </section>
        ))}
        <p>
          * {t(locale, 'estimateLong')} · {dt(locale, 'presentDerivedNote')}
        </p>
        <p>{dt(locale, 'presentDashboard')}</p>
      </div>
    </Frame>
  );
}
