import { formatNumber, formatPercent } from '../../data/number';
import { formatPeriod } from '../../i18n/format';
import type { ChartDef } from '../model';
import { barOption } from '../options';
import { valueVsBaseAndTargets } from './common';
import { derivedBar, derivedPoint, figureBar, figurePoint, getDerived, getFigure, pick } from '../points';

export const tradeCharts: ChartDef[] = [
  {
    id: 'trade-retail',
    section: 'trade',
    datasets: ['trade'],
    build: (data, { locale, palette }) => {
      const tenMonths = getFigure(data, 'trade', 'retail-sales-10m-2023');
      const year = getFigure(data, 'trade', 'retail-sales-2023');
      const base10 = getDerived(data, 'trade', tenMonths, 'base-value');
      const baseYear = getDerived(data, 'trade', year, 'base-value');
      const g = (f: typeof year) => (f.comparisons[0]?.type === 'growth' ? f.comparisons[0].percent : 0);
      const title = pick(
        locale,
        `Bán lẻ và dịch vụ tiêu dùng tăng ${formatPercent(g(year), locale)} cả năm, chậm hơn mức ${formatPercent(g(tenMonths), locale)} của 10 tháng`,
        `Retail and consumer services grew ${formatPercent(g(year), locale)} for the year, slower than ${formatPercent(g(tenMonths), locale)} in the first ten months`,
      );
      const categories = [
        formatPeriod(tenMonths.period, locale).replace(/ 2023$/, ''),
        pick(locale, 'Cả năm', 'Full year'),
      ];
      return {
        id: 'trade-retail',
        title,
        subtitle: pick(
          locale,
          'Tỷ đồng; 2022 suy ra từ tốc độ tăng',
          'Billion VND; 2022 derived from the growth rates',
        ),
        height: 340,
        points: [
          derivedPoint(base10, '2022'),
          figurePoint(tenMonths, 'trade'),
          derivedPoint(baseYear, '2022'),
          figurePoint(year, 'trade'),
        ],
        option: barOption({
          categories,
          series: [
            {
              name: '2022',
              color: palette.base,
              values: [derivedBar(base10, locale), derivedBar(baseYear, locale)],
            },
            {
              name: '2023',
              color: palette.current,
              values: [figureBar(tenMonths, locale), figureBar(year, locale)],
            },
          ],
          axisFormat: (n) => formatNumber(n, locale),
          description: title,
          palette,
        }),
      };
    },
  },
  {
    id: 'trade-exports',
    section: 'trade',
    datasets: ['trade'],
    build: (data, ctx) => {
      const { locale } = ctx;
      const exports = getFigure(data, 'trade', 'exports-2023');
      const attainment = exports.comparisons.find((c) => c.type === 'target')?.percent ?? 0;
      return valueVsBaseAndTargets('trade-exports', 'trade', 'exports-2023', data, ctx, {
        title: pick(
          locale,
          `Xuất khẩu vượt kế hoạch: đạt ${formatPercent(attainment, locale)}`,
          `Exports beat the plan: ${formatPercent(attainment, locale)} of target`,
        ),
        subtitle: pick(locale, 'Triệu USD; 2022 và kế hoạch suy ra', 'Million USD; 2022 and plan derived'),
      });
    },
  },
];
