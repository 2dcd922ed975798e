import { formatNumber, formatPercent } from '../../data/number';
import type { Comparison } from '../../data/schema';
import type { ChartDef } from '../model';
import { barOption } from '../options';
import {
  derivedBar,
  derivedPoint,
  figureBar,
  figurePoint,
  getDerived,
  getFigure,
  pick,
  shortLabel,
} from '../points';
import { valueVsBaseAndTargets } from './common';

const percentOf = (cs: Comparison[], type: Comparison['type'], nth = 0): number => {
  const c = cs.filter((x) => x.type === type)[nth];
  return c && 'percent' in c ? c.percent : c && 'times' in c ? c.times : 0;
};

export const investmentCharts: ChartDef[] = [
  {
    id: 'investment-capital',
    section: 'investment',
    datasets: ['investment'],
    build: (data, ctx) => {
      const f = getFigure(data, 'investment', 'social-investment-capital');
      const { locale } = ctx;
      return valueVsBaseAndTargets('investment-capital', 'investment', f.id, data, ctx, {
        title: pick(
          locale,
          `Vốn đầu tư toàn xã hội tăng ${formatPercent(percentOf(f.comparisons, 'growth'), locale)} nhưng chỉ đạt ${formatPercent(percentOf(f.comparisons, 'target'), locale)} kế hoạch`,
          `Social investment grew ${formatPercent(percentOf(f.comparisons, 'growth'), locale)} but reached only ${formatPercent(percentOf(f.comparisons, 'target'), locale)} of plan`,
        ),
        subtitle: pick(locale, 'Tỷ đồng; 2022 và kế hoạch suy ra', 'Billion VND; 2022 and plan derived'),
      });
    },
  },
  {
    id: 'investment-budget',
    section: 'investment',
    datasets: ['investment'],
    build: (data, ctx) => {
      const f = getFigure(data, 'investment', 'state-budget-revenue');
      const { locale } = ctx;
      return valueVsBaseAndTargets('investment-budget', 'investment', f.id, data, ctx, {
        title: pick(
          locale,
          `Thu ngân sách thiếu cả hai chỉ tiêu: ${formatPercent(percentOf(f.comparisons, 'target', 0), locale)} và ${formatPercent(percentOf(f.comparisons, 'target', 1), locale)}`,
          `Budget revenue fell short of both targets: ${formatPercent(percentOf(f.comparisons, 'target', 0), locale)} and ${formatPercent(percentOf(f.comparisons, 'target', 1), locale)}`,
        ),
        subtitle: pick(locale, 'Tỷ đồng, năm 2023; chỉ tiêu suy ra', 'Billion VND, 2023; targets derived'),
      });
    },
  },
  {
    id: 'investment-fdi-projects',
    section: 'investment',
    datasets: ['investment'],
    build: (data, ctx) => {
      const f = getFigure(data, 'investment', 'fdi-new-projects');
      const { locale } = ctx;
      return valueVsBaseAndTargets('investment-fdi-projects', 'investment', f.id, data, ctx, {
        title: pick(
          locale,
          `Dự án FDI cấp mới tăng ${formatPercent(percentOf(f.comparisons, 'growth'), locale)}`,
          `New FDI projects up ${formatPercent(percentOf(f.comparisons, 'growth'), locale)}`,
        ),
        subtitle: pick(locale, 'Số dự án; 2022 suy ra', 'Number of projects; 2022 derived'),
      });
    },
  },
  {
    id: 'investment-fdi-capital',
    section: 'investment',
    datasets: ['investment'],
    build: (data, ctx) => {
      const f = getFigure(data, 'investment', 'fdi-added-capital');
      const { locale } = ctx;
      const times = formatNumber(percentOf(f.comparisons, 'multiple'), locale, 1);
      return valueVsBaseAndTargets('investment-fdi-capital', 'investment', f.id, data, ctx, {
        title: pick(
          locale,
          `Vốn FDI tăng thêm gấp ${times} lần năm 2022`,
          `Added FDI capital was ${times} times 2022's`,
        ),
        subtitle: pick(
          locale,
          'Triệu USD, gồm cấp mới và điều chỉnh; 2022 và kế hoạch suy ra',
          'Million USD, new and adjusted projects; 2022 and plan derived',
        ),
      });
    },
  },
  {
    id: 'investment-enterprises',
    section: 'investment',
    datasets: ['investment'],
    build: (data, { locale, palette }) => {
      const created = getFigure(data, 'investment', 'enterprises-new');
      const base = getDerived(data, 'investment', created, 'base-value');
      const plan = getDerived(data, 'investment', created, 'target');
      const others = ['enterprises-resumed', 'enterprises-dissolved', 'enterprises-suspended'].map((id) =>
        getFigure(data, 'investment', id),
      );
      const title = pick(
        locale,
        `Doanh nghiệp thành lập mới ít hơn năm 2022: bằng ${formatPercent(percentOf(created.comparisons, 'ratio'), locale)}`,
        `Fewer new enterprises than in 2022: ${formatPercent(percentOf(created.comparisons, 'ratio'), locale)} of its level`,
      );
      const newLabel = pick(locale, 'Thành lập mới', 'New');
      const categories = [
        `${newLabel} 2022`,
        `${newLabel} 2023`,
        pick(locale, 'Kế hoạch 2023', 'Plan 2023'),
        ...others.map((f) => shortLabel(f, locale)),
      ];
      const values = [
        derivedBar(base, locale),
        figureBar(created, locale),
        derivedBar(plan, locale),
        ...others.map((f) => figureBar(f, locale)),
      ];
      return {
        id: 'investment-enterprises',
        title,
        subtitle: pick(
          locale,
          'Số doanh nghiệp, năm 2023; 2022 và kế hoạch suy ra',
          'Enterprises, 2023; 2022 and plan derived',
        ),
        height: 90 + categories.length * 50,
        points: [
          derivedPoint(base, categories[0]!),
          figurePoint(created, 'investment'),
          derivedPoint(plan, categories[2]!),
          ...others.map((f) => figurePoint(f, 'investment')),
        ],
        option: barOption({
          categories,
          series: [{ name: pick(locale, 'Doanh nghiệp', 'Enterprises'), color: palette.current, values }],
          horizontal: true,
          axisFormat: (n) => formatNumber(n, locale),
          description: `${title}. ${categories.map((c, i) => `${c}: ${values[i]!.text}`).join('; ')}.`,
          palette,
        }),
      };
    },
  },
  {
    id: 'investment-cooperatives',
    section: 'investment',
    datasets: ['investment'],
    build: (data, ctx) => {
      const f = getFigure(data, 'investment', 'cooperatives-new');
      const { locale } = ctx;
      return valueVsBaseAndTargets('investment-cooperatives', 'investment', f.id, data, ctx, {
        title: pick(
          locale,
          `Hợp tác xã thành lập mới đạt ${formatPercent(percentOf(f.comparisons, 'target'), locale)} kế hoạch`,
          `New cooperatives reached ${formatPercent(percentOf(f.comparisons, 'target'), locale)} of plan`,
        ),
        subtitle: pick(
          locale,
          'Số hợp tác xã, năm 2023; kế hoạch suy ra',
          'Cooperatives, 2023; plan derived',
        ),
      });
    },
  },
];
