/**
 * The words of the slides that are not charts, built from the datasets: every number in a headline is
 * read from a figure, so an edited dataset changes the headline with it (content.test.ts checks the
 * real data). Pure: no React.
 */
import type { Datasets } from '../../charts/model';
import { changePhrase, lowerFirst, pick, rankMovePhrase, targetsPhrase } from '../../i18n/words';
import { getFigure, shortLabel } from '../../charts/points';
import { formatNumber } from '../../data/number';
import type { KpiSlideDecl } from '../../data/chartsFile';
import type { Comparison, Dataset, DatasetId, Figure, Locale } from '../../data/schema';
import { t } from '../../i18n/messages';
import { dt } from './text';
import { kpisOf } from './slides';

type Growth = Extract<Comparison, { type: 'growth' }>;
type Target = Extract<Comparison, { type: 'target' }>;

const growthOf = (f: Figure): Growth | undefined =>
  f.comparisons.find((c): c is Growth => c.type === 'growth');

export function kpiFigures(
  group: KpiSlideDecl,
  data: Datasets,
): Array<{ figure: Figure; dataset: DatasetId }> {
  return kpisOf(group).map(([ds, id]) => ({ figure: getFigure(data, ds, id), dataset: ds }));
}

/**
 * One sentence that states what the group's figures show, by the same rules as the charts' titles
 * (i18n/words.ts): the verb of each change and each target comes from its number.
 */
export function kpiHeadline(group: KpiSlideDecl, data: Datasets, locale: Locale): string {
  const figures = kpiFigures(group, data).map((k) => k.figure);
  const name = (f: Figure, i: number) => {
    // "Bán lẻ, cả năm": the part after the comma is the period, which the tiles show.
    const label = shortLabel(f, locale).split(',')[0]!;
    return i === 0 ? label : lowerFirst(label);
  };
  switch (group.headline) {
    case 'growth': {
      const rows = figures.flatMap((f) => {
        const g = growthOf(f);
        return g ? [{ f, g }] : [];
      });
      const years = new Set(rows.map((r) => r.g.baseYear));
      if (rows.length === 0 || years.size !== 1) throw new Error(`${group.id}: no growth on one base year`);
      const parts = rows.map(({ f, g }, i) => `${name(f, i)} ${changePhrase(g.percent, locale)}`);
      const year = [...years][0]!;
      return pick(locale, `${parts.join(', ')} so với năm ${year}`, `${parts.join(', ')} on ${year}`);
    }
    case 'targets': {
      const rows = figures.flatMap((f) => {
        const ts = f.comparisons.filter((x): x is Target => x.type === 'target');
        return ts.length ? [{ f, ts }] : [];
      });
      if (rows.length === 0) throw new Error(`${group.id}: no targets`);
      // Each clause carries its own verdict (vượt / đạt / chưa đạt), chosen from its number.
      return rows
        .map(({ f, ts }, i) => `${name(f, i)} ${targetsPhrase(ts, locale, { brief: true })}`)
        .join('; ');
    }
    case 'standing': {
      // A count "x/y" and a rank with its change, each as the source states it.
      const parts = figures.map((f) => {
        if (f.unit === 'rank') {
          const change = f.comparisons.find((c) => c.type === 'rank-change');
          const rank = t(locale, 'rankOf', { rank: f.value, of: f.outOf ?? '' });
          const move =
            change?.type === 'rank-change'
              ? `${rankMovePhrase(change.places, locale)} ${pick(locale, `so với ${change.baseYear}`, `on ${change.baseYear}`)}, `
              : '';
          return `${shortLabel(f, locale)} ${move}${rank}`;
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

export { formatIsoDate } from '../../i18n/format';

export function sourcesHeadline(data: Datasets, locale: Locale): string {
  const n = sourcesOf(data).length;
  return n === 1 ? dt(locale, 'presentSourcesOne') : dt(locale, 'presentSourcesMany', { n });
}
