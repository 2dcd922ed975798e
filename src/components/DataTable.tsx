import type { Point } from '../charts/model';
import type { Locale } from '../data/schema';
import { derivedLabel, formatFormula, formatPeriod } from '../i18n/format';
import { t } from '../i18n/messages';
import { pointValueText } from './PointNotes';

/** The chart's numbers as a table: for readers who prefer one and for screen readers. */
export function DataTable({
  points,
  caption,
  locale,
  className,
  hidden,
  scrollable,
}: {
  points: Point[];
  caption: string;
  locale: Locale;
  /** Added to `table-wrap` (an embed's table takes the chart's place: src/embed/embed.css). */
  className?: string;
  /** An embed's page holds its table hidden until the reader asks for it (src/embed/takeover.ts). */
  hidden?: boolean;
  /** The table scrolls inside a box of its own: focusable, so a keyboard can scroll it too. */
  scrollable?: boolean;
}) {
  return (
    <div
      className={className ? `table-wrap ${className}` : 'table-wrap'}
      hidden={hidden}
      tabIndex={scrollable ? 0 : undefined}
    >
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t(locale, 'tableLabel')}</th>
            <th scope="col">{t(locale, 'tablePeriod')}</th>
            <th scope="col">{t(locale, 'tableValue')}</th>
            <th scope="col">{t(locale, 'tableNote')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p, i) => {
            const period = p.type === 'figure' ? p.figure.period : p.derived.period;
            const label =
              p.type === 'figure'
                ? p.figure.label[locale]
                : `${p.label} — ${derivedLabel(p.derived, locale)}`;
            const estimate = p.type === 'figure' ? p.figure.estimate : p.derived.estimate;
            const note = [
              estimate ? t(locale, 'estimate') : '',
              p.type === 'derived' ? `${t(locale, 'derived')}: ${formatFormula(p.derived, locale)}` : '',
            ]
              .filter(Boolean)
              .join('; ');
            return (
              <tr key={i}>
                <th scope="row">{label}</th>
                <td>{formatPeriod(period, locale)}</td>
                <td className="num">{pointValueText(p, locale)}</td>
                <td>{note}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
