import type { Point } from '../charts/model';
import type { Locale } from '../data/schema';
import { derivedLabel, formatFormula, formatPeriod } from '../i18n/format';
import { t } from '../i18n/messages';
import { pointValueText } from './PointNotes';

/** The chart's numbers as a table: for readers who prefer one and for screen readers. */
export function DataTable({ points, caption, locale }: { points: Point[]; caption: string; locale: Locale }) {
  return (
    <div className="table-wrap">
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
