/**
 * The embed's markup, built from the same pure pieces as the dashboard's React
 * components (chart models, formatters, checks) with the same class names, so
 * base.css dresses both. Kept apart because an embed must not download React.
 */
import type { Point } from '../charts/model';
import type { CheckResult } from '../data/checks';
import { deriveFigure } from '../data/derive';
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
import { el, type Child } from './dom';

/**
 * The source's arithmetic that does not add up, folded: an embed has a fixed box to fit in (see
 * embed.css), and the summary line still says there is a note on the source's figures.
 */
function warningsNote(warnings: CheckResult[], locale: Locale): Child {
  if (!warnings.length) return null;
  return el(
    'details',
    { className: 'anomaly-details' },
    el('summary', {}, `⚠ ${t(locale, 'anomaly')} (${warnings.length})`),
    el('ul', { className: 'anomaly', role: 'note' }, ...warnings.map((w) => el('li', {}, w.message[locale]))),
  );
}

const valueText = (p: Point, locale: Locale) =>
  p.type === 'figure' ? formatFigureValue(p.figure, locale) : formatDerivedValue(p.derived, locale);

/** Source sentences and formulas behind a chart's numbers. */
export function pointNotes(points: Point[], warnings: CheckResult[], locale: Locale): HTMLElement {
  const seen = new Set<string>();
  const figures = points.flatMap((p) =>
    p.type === 'figure' && !seen.has(p.figure.id) && seen.add(p.figure.id) ? [p.figure] : [],
  );
  const derived = points.flatMap((p) => (p.type === 'derived' ? [p] : []));
  return el(
    'div',
    { className: 'notes' },
    warningsNote(warnings, locale),
    derived.length > 0 &&
      el(
        'details',
        {},
        el('summary', {}, `${t(locale, 'showFormula')} (${derived.length})`),
        el(
          'ul',
          { className: 'formula-list' },
          ...derived.map(({ derived: d, label }) =>
            el(
              'li',
              {},
              el('span', { className: 'badge badge-derived' }, `≈ ${t(locale, 'derived')}`),
              ` ${label} — ${derivedLabel(d, locale)}: `,
              el('code', {}, formatFormula(d, locale)),
            ),
          ),
        ),
      ),
    el(
      'details',
      {},
      el('summary', {}, `${t(locale, 'showQuote')} (${figures.length})`),
      el(
        'ul',
        { className: 'quote-list' },
        ...figures.map((f) =>
          el(
            'li',
            {},
            el(
              'span',
              { className: 'quote-figure' },
              `${f.label[locale]}, ${formatPeriod(f.period, locale)}: `,
              el('strong', {}, formatFigureValue(f, locale)),
              f.estimate ? ` (${t(locale, 'estimate')})` : '',
            ),
            el('blockquote', { lang: 'vi' }, `“${f.quote}”`),
            f.note && el('p', { className: 'figure-note' }, f.note[locale]),
          ),
        ),
      ),
    ),
  );
}

/** The chart's numbers as a table. */
export function dataTable(points: Point[], caption: string, locale: Locale): HTMLElement {
  const th = (text: string) => el('th', { scope: 'col' }, text);
  return el(
    'div',
    { className: 'table-wrap' },
    el(
      'table',
      {},
      el('caption', { className: 'visually-hidden' }, caption),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          th(t(locale, 'tableLabel')),
          th(t(locale, 'tablePeriod')),
          th(t(locale, 'tableValue')),
          th(t(locale, 'tableNote')),
        ),
      ),
      el(
        'tbody',
        {},
        ...points.map((p) => {
          const period = p.type === 'figure' ? p.figure.period : p.derived.period;
          const estimate = p.type === 'figure' ? p.figure.estimate : p.derived.estimate;
          const label =
            p.type === 'figure' ? p.figure.label[locale] : `${p.label} — ${derivedLabel(p.derived, locale)}`;
          const note = [
            estimate ? t(locale, 'estimate') : '',
            p.type === 'derived' ? `${t(locale, 'derived')}: ${formatFormula(p.derived, locale)}` : '',
          ]
            .filter(Boolean)
            .join('; ');
          return el(
            'tr',
            {},
            el('th', { scope: 'row' }, label),
            el('td', {}, formatPeriod(period, locale)),
            el('td', { className: 'num' }, valueText(p, locale)),
            el('td', {}, note),
          );
        }),
      ),
    ),
  );
}

/** A KPI card: big number, unit, period, changes, and its source sentence on demand. */
export function figureCard(
  f: Figure,
  dataset: Dataset,
  warnings: CheckResult[],
  locale: Locale,
): HTMLElement {
  const derived = deriveFigure(f, dataset);
  return el(
    'article',
    { className: 'card figure-card', 'data-figure-id': f.id },
    el('h2', { className: 'figure-label' }, f.label[locale]),
    el(
      'p',
      { className: 'figure-value' },
      formatFigureValue(f, locale),
      f.estimate &&
        el(
          'span',
          { className: 'badge badge-estimate', title: t(locale, 'estimateLong') },
          t(locale, 'estimate'),
        ),
    ),
    el('p', { className: 'figure-period' }, formatPeriod(f.period, locale)),
    f.comparisons.length > 0 &&
      el(
        'ul',
        { className: 'comparisons' },
        ...f.comparisons.map((c) => {
          const mark = comparisonMark(c);
          return el(
            'li',
            { className: mark.className },
            mark.arrow !== '' && el('span', { 'aria-hidden': 'true' }, mark.arrow),
            formatComparison(c, locale),
          );
        }),
      ),
    warningsNote(warnings, locale),
    el(
      'details',
      {},
      el(
        'summary',
        {},
        derived.length ? `${t(locale, 'showQuote')} · ${t(locale, 'showFormula')}` : t(locale, 'showQuote'),
      ),
      el('blockquote', { lang: 'vi' }, `“${f.quote}”`),
      f.note && el('p', { className: 'figure-note' }, f.note[locale]),
      derived.length > 0 &&
        el(
          'ul',
          { className: 'formula-list' },
          ...derived.map((d) =>
            el(
              'li',
              {},
              el('span', { className: 'badge badge-derived' }, `≈ ${t(locale, 'derived')}`),
              ` ${derivedLabel(d, locale)}: `,
              el('strong', {}, formatDerivedValue(d, locale)),
              ' ',
              el('code', {}, formatFormula(d, locale)),
            ),
          ),
        ),
    ),
  );
}
