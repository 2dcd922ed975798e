import { deriveFigure } from '../data/derive';
import type { CheckResult } from '../data/checks';
import type { Dataset, Figure, Locale } from '../data/schema';
import {
  derivedLabel,
  comparisonMark,
  formatComparison,
  formatDerivedValue,
  formatFigureValue,
  formatFormula,
  formatPeriod,
} from '../i18n/format';
import { t } from '../i18n/messages';
import { Disclosure } from './Disclosure';
import { FoldedWarnings } from './PointNotes';
import { SeriesSlot } from './SeriesSlot';

/**
 * One figure: big number with unit and period, its comparisons (arrow and
 * percent against 2022, percent of plan), markers for estimates, and on
 * demand its source sentence and the formulas of what derives from it.
 */
export function FigureCard({
  figure: f,
  dataset,
  warnings,
  locale,
  headingLevel = 3,
  compact = false,
  foldWarnings = false,
}: {
  figure: Figure;
  dataset: Dataset;
  warnings: CheckResult[];
  locale: Locale;
  /** 2 in an embed, where the card's label is the page's only heading under its title. */
  headingLevel?: 2 | 3 | 4;
  /** KPI cards keep anomalies behind the disclosure, flagged by a badge. */
  compact?: boolean;
  /** An embed's card: the anomalies behind a summary of their own, before the source sentence. */
  foldWarnings?: boolean;
}) {
  const derived = deriveFigure(f, dataset);
  const H = `h${headingLevel}` as const;
  return (
    <article className="card figure-card" data-figure-id={f.id}>
      <H className="figure-label">{f.label[locale]}</H>
      <p className="figure-value">
        {formatFigureValue(f, locale)}
        {f.estimate && (
          <span className="badge badge-estimate" title={t(locale, 'estimateLong')}>
            {t(locale, 'estimate')}
          </span>
        )}
      </p>
      <p className="figure-period">{formatPeriod(f.period, locale)}</p>
      {f.comparisons.length > 0 && (
        <ul className="comparisons">
          {f.comparisons.map((c, i) => (
            <li key={i} className={comparisonMark(c).className}>
              {comparisonMark(c).arrow && <span aria-hidden="true">{comparisonMark(c).arrow}</span>}
              {formatComparison(c, locale)}
            </li>
          ))}
        </ul>
      )}
      <SeriesSlot indicators={f.indicator ? [f.indicator] : []} />
      {compact && warnings.length > 0 && <p className="badge badge-warn">⚠ {t(locale, 'anomaly')}</p>}
      {foldWarnings && <FoldedWarnings warnings={warnings} locale={locale} />}
      {!compact && !foldWarnings && <Warnings warnings={warnings} locale={locale} />}
      <Disclosure
        summary={
          derived.length ? `${t(locale, 'showQuote')} · ${t(locale, 'showFormula')}` : t(locale, 'showQuote')
        }
      >
        {() => (
          <>
            {compact && <Warnings warnings={warnings} locale={locale} />}
            <blockquote lang="vi">“{f.quote}”</blockquote>
            {f.note && <p className="figure-note">{f.note[locale]}</p>}
            {derived.length > 0 && (
              <ul className="formula-list">
                {derived.map((d) => (
                  <li key={d.id}>
                    <span className="badge badge-derived">≈ {t(locale, 'derived')}</span>{' '}
                    {derivedLabel(d, locale)}: <strong>{formatDerivedValue(d, locale)}</strong>{' '}
                    <code>{formatFormula(d, locale)}</code>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </Disclosure>
    </article>
  );
}

function Warnings({ warnings, locale }: { warnings: CheckResult[]; locale: Locale }) {
  return warnings.map((w) => (
    <p key={w.id} className="anomaly" role="note">
      ⚠ {w.message[locale]}
    </p>
  ));
}
