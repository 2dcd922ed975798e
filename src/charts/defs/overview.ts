import { formatNumber, formatPercent } from '../../data/number';
import type { DatasetId } from '../../data/schema';
import { targetShortLabel } from '../../i18n/format';
import type { ChartDef } from '../model';
import { barOption } from '../options';
import { figurePoint, figureText, getFigure, pick, shortLabel } from '../points';

type Ref = readonly [DatasetId, string];

const GROWTH: readonly Ref[] = [
  ['trade', 'retail-sales-2023'],
  ['trade', 'exports-2023'],
  ['investment', 'social-investment-capital'],
  ['investment', 'fdi-new-projects'],
  ['industry', 'sector-manufacturing'],
];

/** Targets stated as "x % of plan". FDI capital (270 %) is left to its own chart: it would flatten the rest. */
const PLAN: readonly Ref[] = [
  ['trade', 'exports-2023'],
  ['social', 'jobs-created'],
  ['rural', 'ntm-new-communes'],
  ['investment', 'social-investment-capital'],
  ['investment', 'enterprises-new'],
  ['investment', 'cooperatives-new'],
  ['investment', 'state-budget-revenue'],
];

export const overviewCharts: ChartDef[] = [
  {
    id: 'overview-growth',
    section: 'overview',
    datasets: ['trade', 'investment', 'industry'],
    build: (data, { locale, palette }) => {
      const rows = GROWTH.map(([ds, id]) => {
        const f = getFigure(data, ds, id);
        const c = f.comparisons.find((x) => x.type === 'growth');
        const g = f.kind === 'growth' ? f.value : c?.type === 'growth' ? c.percent : 0;
        return { f, ds, g };
      }).sort((a, b) => b.g - a.g);
      const top = rows[0]!;
      const title = pick(
        locale,
        `Mọi chỉ tiêu chính đều tăng so với 2022; ${shortLabel(top.f, locale)} tăng mạnh nhất (+${formatPercent(top.g, locale)})`,
        `Every headline indicator grew on 2022; ${shortLabel(top.f, locale)} grew most (+${formatPercent(top.g, locale)})`,
      );
      return {
        id: 'overview-growth',
        title,
        subtitle: pick(locale, 'Tăng so với năm 2022 (%); * ước tính', 'Growth against 2022 (%); * estimate'),
        height: 90 + rows.length * 52,
        points: rows.map((r) => figurePoint(r.f, r.ds)),
        option: barOption({
          categories: rows.map((r) => shortLabel(r.f, locale)),
          series: [
            {
              name: pick(locale, 'Tăng so với 2022', 'Growth vs 2022'),
              color: palette.current,
              values: rows.map((r) => ({
                value: r.g,
                text: `+${formatPercent(r.g, locale)}${r.f.estimate ? '*' : ''}`,
                derived: false,
              })),
            },
          ],
          horizontal: true,
          axisFormat: (n) => `${formatNumber(n, locale)}%`,
          description: `${title}. ${rows.map((r) => `${shortLabel(r.f, locale)}: +${formatPercent(r.g, locale)}`).join('; ')}.`,
          palette,
        }),
      };
    },
  },
  {
    id: 'overview-plan',
    section: 'overview',
    datasets: ['trade', 'investment', 'social', 'rural'],
    build: (data, { locale, palette }) => {
      const rows = PLAN.flatMap(([ds, id]) => {
        const f = getFigure(data, ds, id);
        return f.comparisons.flatMap((c) =>
          c.type === 'target'
            ? [
                {
                  f,
                  ds,
                  p: c.percent,
                  label:
                    c.target === 'annual-plan'
                      ? shortLabel(f, locale)
                      : `${shortLabel(f, locale)} (${targetShortLabel(c, locale)})`,
                },
              ]
            : [],
        );
      });
      const met = rows.filter((r) => r.p >= 100).length;
      const title = pick(
        locale,
        `${met}/${rows.length} chỉ tiêu đạt hoặc vượt kế hoạch; thu ngân sách thấp nhất`,
        `${met} of ${rows.length} targets met or beaten; budget revenue furthest behind`,
      );
      return {
        id: 'overview-plan',
        title,
        subtitle: pick(
          locale,
          'Mức đạt kế hoạch năm 2023 (%); * ước tính',
          'Attainment of 2023 targets (%); * estimate',
        ),
        height: 90 + rows.length * 56,
        points: rows.map((r) => figurePoint(r.f, r.ds)),
        option: barOption({
          categories: rows.map((r) => r.label),
          series: [
            {
              name: pick(locale, '% kế hoạch', '% of plan'),
              color: palette.current,
              values: rows.map((r) => ({
                value: r.p,
                text: `${formatPercent(r.p, locale)}${r.f.estimate ? '*' : ''}`,
                derived: false,
              })),
            },
          ],
          horizontal: true,
          axisFormat: (n) => `${formatNumber(n, locale)}%`,
          reference: { value: 100, label: pick(locale, 'Kế hoạch', 'Plan') },
          description: `${title}. ${rows.map((r) => `${r.label}: ${formatPercent(r.p, locale)} (${figureText(r.f, locale)})`).join('; ')}.`,
          palette,
        }),
      };
    },
  },
];
