/**
 * The words of the slides that are not charts, built from the datasets: every number in a headline is
 * read from a figure, so an edited dataset changes the headline with it (content.test.ts checks the
 * real data). Pure: no React.
 */
import type { Datasets } from '../../charts/model';
import { getFigure, pick, shortLabel } from '../../charts/points';
import { formatNumber, formatPercent } from '../../data/number';
import type { Comparison, Dataset, DatasetId, Figure, Locale } from '../../data/schema';
import { formatComparison, targetShortLabel } from '../../i18n/format';
import { t } from '../../i18n/messages';
import { dt } from './text';
import { KPI_GROUPS, kpisOf, type KpiGroupId } from './slides';

type Growth = Extract<Comparison, { type: 'growth' }>;
type Target = Extract<Comparison, { type: 'target' }>;

const growthOf = (f: Figure): Growth | undefined =>
  f.comparisons.find((c): c is Growth => c.type === 'growth');

/** "Thu ngân sách" → "thu ngân sách" inside a sentence; "PCI" and "FDI…" keep their capitals. */
function lowerFirst(s: string): string {
  return /^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

export function kpiFigures(group: KpiGroupId, data: Datasets): Array<{ figure: Figure; dataset: DatasetId }> {
  return kpisOf(group).map(([ds, id]) => ({ figure: getFigure(data, ds, id), dataset: ds }));
}

/** One sentence that states what the group's figures show. */
export function kpiHeadline(group: KpiGroupId, data: Datasets, locale: Locale): string {
  const figures = kpiFigures(group, data).map((k) => k.figure);
  const kind = KPI_GROUPS.find((g) => g.id === group)!.headline;
  const name = (f: Figure, i: number) => {
    // "Bán lẻ, cả năm": the part after the comma is the period, which the tiles show.
    const label = shortLabel(f, locale).split(',')[0]!;
    return i === 0 ? label : lowerFirst(label);
  };
  switch (kind) {
    case 'growth': {
      // Each growth against the base year, up or down as the data says.
      const rows = figures.flatMap((f) => {
        const g = growthOf(f);
        return g ? [{ f, g }] : [];
      });
      const years = new Set(rows.map((r) => r.g.baseYear));
      if (rows.length === 0 || years.size !== 1) throw new Error(`${group}: no growth on one base year`);
      const parts = rows.map(({ f, g }, i) => {
        const dir = g.percent >= 0 ? pick(locale, 'tăng', 'up') : pick(locale, 'giảm', 'down');
        return `${name(f, i)} ${dir} ${formatPercent(Math.abs(g.percent), locale)}`;
      });
      const year = [...years][0]!;
      return pick(locale, `${parts.join(', ')} so với năm ${year}`, `${parts.join(', ')} on ${year}`);
    }
    case 'targets': {
      // Each figure against its first stated target, then whether they met them.
      const rows = figures.flatMap((f) => {
        const c = f.comparisons.find((x): x is Target => x.type === 'target');
        return c ? [{ f, c }] : [];
      });
      if (rows.length === 0) throw new Error(`${group}: no targets`);
      const of = (c: Target) =>
        locale === 'vi'
          ? targetShortLabel(c, locale)
          : c.target === 'annual-plan'
            ? 'of plan'
            : `of the ${targetShortLabel(c, locale)}`;
      const parts = rows.map(({ f, c }, i) =>
        pick(
          locale,
          `${name(f, i)} đạt ${formatPercent(c.percent, locale)} ${of(c)}`,
          `${name(f, i)}${i === 0 ? ' reached' : ''} ${formatPercent(c.percent, locale)} ${of(c)}`,
        ),
      );
      const met = rows.filter((r) => r.c.percent >= 100).length;
      const both = rows.length === 2;
      const verdict =
        met === rows.length
          ? pick(locale, both ? 'cả hai đạt kế hoạch' : 'đều đạt kế hoạch', both ? 'both met' : 'all met')
          : met === 0
            ? pick(locale, both ? 'cả hai chưa đạt' : 'đều chưa đạt', both ? 'both short' : 'all short')
            : '';
      return verdict ? `${parts.join(', ')}: ${verdict}` : parts.join(', ');
    }
    case 'standing': {
      // A share "x/y" and a rank with its change, each as the source states it.
      const parts = figures.map((f) => {
        if (f.unit === 'rank') {
          const change = f.comparisons.find((c) => c.type === 'rank-change');
          const rank = t(locale, 'rankOf', { rank: f.value, of: f.outOf ?? '' });
          return `${shortLabel(f, locale)} ${change ? `${formatComparison(change, locale)}, ` : ''}${rank}`;
        }
        const value =
          f.outOf === undefined
            ? formatNumber(f.value, locale)
            : `${formatNumber(f.value, locale)}/${formatNumber(f.outOf, locale)}`;
        return `${shortLabel(f, locale)}: ${value}`;
      });
      return parts.join('; ');
    }
  }
}

/** The datasets' source documents, once each (today all eight files cite one document). */
export function sourcesOf(data: Datasets): Array<{ source: Dataset['source']; datasets: Dataset[] }> {
  const out = new Map<string, { source: Dataset['source']; datasets: Dataset[] }>();
  for (const d of Object.values(data)) {
    if (!d) continue;
    const entry = out.get(d.source.file) ?? { source: d.source, datasets: [] };
    entry.datasets.push(d);
    out.set(d.source.file, entry);
  }
  return [...out.values()];
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "10/01/2024" or "10 Jan 2024", as the dashboard writes dates. */
export function formatIsoDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return locale === 'vi'
    ? `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`
    : `${d} ${MONTHS_EN[m - 1]} ${y}`;
}

export function sourcesHeadline(data: Datasets, locale: Locale): string {
  const n = sourcesOf(data).length;
  return n === 1 ? dt(locale, 'presentSourcesOne') : dt(locale, 'presentSourcesMany', { n });
}
