import type { CheckResult } from '../data/checks';
import type { Locale } from '../data/schema';
import type { Point } from '../charts/model';
import {
  derivedLabel,
  formatDerivedValue,
  formatFigureValue,
  formatFormula,
  formatPeriod,
} from '../i18n/format';
import { t } from '../i18n/messages';
import { Disclosure } from './Disclosure';

/** Where each number comes from: the source sentence, or the formula for a derived value. */
export function PointNotes({
  points,
  warnings,
  locale,
  foldWarnings = false,
}: {
  points: Point[];
  warnings: CheckResult[];
  locale: Locale;
  /** An embed has a fixed box to fit in: the warnings fold, their summary still says there are some. */
  foldWarnings?: boolean;
}) {
  const seen = new Set<string>();
  const figures = points.flatMap((p) =>
    p.type === 'figure' && !seen.has(p.figure.id) && seen.add(p.figure.id) ? [p.figure] : [],
  );
  const derived = points.flatMap((p) => (p.type === 'derived' ? [p] : []));
  return (
    <div className="notes">
      {foldWarnings && <FoldedWarnings warnings={warnings} locale={locale} />}
      {!foldWarnings && warnings.length > 0 && (
        <div className="anomaly" role="note">
          <strong>⚠ {t(locale, 'anomaly')}:</strong>
          <ul>
            {warnings.map((w) => (
              <li key={w.id}>{w.message[locale]}</li>
            ))}
          </ul>
        </div>
      )}
      {derived.length > 0 && (
        <Disclosure summary={`${t(locale, 'showFormula')} (${derived.length})`}>
          {() => (
            <ul className="formula-list">
              {derived.map(({ derived: d, label }) => (
                <li key={d.id}>
                  <span className="badge badge-derived">≈ {t(locale, 'derived')}</span> {label} —{' '}
                  {derivedLabel(d, locale)}: <code>{formatFormula(d, locale)}</code>
                </li>
              ))}
            </ul>
          )}
        </Disclosure>
      )}
      <Disclosure summary={`${t(locale, 'showQuote')} (${figures.length})`}>
        {() => (
          <ul className="quote-list">
            {figures.map((f) => (
              <li key={f.id}>
                <span className="quote-figure">
                  {f.label[locale]}, {formatPeriod(f.period, locale)}:{' '}
                  <strong>{formatFigureValue(f, locale)}</strong>
                  {f.estimate && <> ({t(locale, 'estimate')})</>}
                </span>
                <blockquote lang="vi">“{f.quote}”</blockquote>
                {f.note && <p className="figure-note">{f.note[locale]}</p>}
              </li>
            ))}
          </ul>
        )}
      </Disclosure>
    </div>
  );
}

export function pointValueText(p: Point, locale: Locale): string {
  return p.type === 'figure' ? formatFigureValue(p.figure, locale) : formatDerivedValue(p.derived, locale);
}

/**
 * The source's arithmetic that does not add up, behind a summary that says how many notes there are
 * (an embed's cards and notes: src/embed/fit.ts counts this summary's line).
 */
export function FoldedWarnings({ warnings, locale }: { warnings: CheckResult[]; locale: Locale }) {
  if (!warnings.length) return null;
  return (
    <details className="anomaly-details">
      <summary>{`⚠ ${t(locale, 'anomaly')} (${warnings.length})`}</summary>
      <ul className="anomaly" role="note">
        {warnings.map((w) => (
          <li key={w.id}>{w.message[locale]}</li>
        ))}
      </ul>
    </details>
  );
}
