import { formatComparison } from '../../i18n/format';
import type { ChartDef, Point } from '../model';
import { rankSlopeOption, type SlopeLine } from '../options';
import { derivedPoint, figurePoint, getDerived, getFigure, pick, shortLabel } from '../points';

const INDICES = ['pci-rank', 'par-index-rank', 'sipas-rank'] as const;

export const rankingCharts: ChartDef[] = [
  {
    id: 'rankings-indices',
    section: 'rankings',
    datasets: ['rankings'],
    build: (data, { locale, palette }) => {
      const figures = INDICES.map((id) => getFigure(data, 'rankings', id));
      const latest = figures[0]!.period.year;
      const years = [getDerived(data, 'rankings', figures[0]!, 'previous-rank').period.year, latest] as const;
      const points: Point[] = [];
      const colors = [palette.current, palette.parts[1]!, palette.parts[2]!];
      const lines: SlopeLine[] = figures.map((f, i) => {
        const prev = getDerived(data, 'rankings', f, 'previous-rank');
        const change = f.comparisons.find((c) => c.type === 'rank-change');
        const places = change?.type === 'rank-change' ? change.places : 0;
        points.push(
          derivedPoint(prev, `${shortLabel(f, locale)} ${prev.period.year}`),
          figurePoint(f, 'rankings'),
        );
        return {
          name: shortLabel(f, locale),
          color: colors[i]!,
          from: prev.value,
          to: f.value,
          label: `${shortLabel(f, locale)} ${f.value} (${places >= 0 ? '↑' : '↓'}${Math.abs(places)})`,
          tooltip: `${f.label[locale]}: ≈ ${prev.value} → ${f.value}/${f.outOf} (${change ? formatComparison(change, locale) : ''})`,
        };
      });
      const best = [...figures].sort((a, b) => {
        const pa = a.comparisons.find((c) => c.type === 'rank-change');
        const pb = b.comparisons.find((c) => c.type === 'rank-change');
        return (pb?.type === 'rank-change' ? pb.places : 0) - (pa?.type === 'rank-change' ? pa.places : 0);
      })[0]!;
      const bestChange = best.comparisons.find((c) => c.type === 'rank-change');
      const bestPlaces = bestChange?.type === 'rank-change' ? bestChange.places : 0;
      const allUp = figures.every((f) => f.comparisons.some((c) => c.type === 'rank-change' && c.places > 0));
      const title = pick(
        locale,
        `${allUp ? 'Cả ba chỉ số đều tăng hạng' : 'Thứ hạng các chỉ số'}; ${shortLabel(best, locale)} tăng nhiều nhất (${bestPlaces} bậc)`,
        `${allUp ? 'All three indices moved up' : 'Index rankings'}; ${shortLabel(best, locale)} gained most (${bestPlaces} places)`,
      );
      return {
        id: 'rankings-indices',
        title,
        subtitle: pick(
          locale,
          'Thứ hạng trong 63 tỉnh, thành (1 là tốt nhất); bản 2021 suy ra từ số bậc tăng',
          'Rank among 63 provinces (1 is best); the 2021 editions derived from places gained',
        ),
        height: 400,
        points,
        option: rankSlopeOption({
          // Years alone: they fit under a narrow plot in both languages.
          columns: [String(years[0]), String(years[1])],
          lines,
          fromDerived: true,
          max: figures[0]?.outOf ?? 63,
          description: `${title}. ${lines.map((l) => `${l.name}: ≈ ${l.from} → ${l.to}`).join('; ')}.`,
          palette,
        }),
      };
    },
  },
];
