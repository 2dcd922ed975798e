import { formatNumber, formatPercent } from '../../data/number';
import type { ChartDef } from '../model';
import { barOption } from '../options';
import { figurePoint, getFigure, pick, shortLabel } from '../points';

const WITH_PLAN = [
  'jobs-created',
  'vocational-training',
  'poverty-reduction-households',
  'social-insurance-rate',
] as const;

export const socialCharts: ChartDef[] = [
  {
    id: 'social-plan',
    section: 'social',
    datasets: ['social'],
    build: (data, { locale, palette }) => {
      const figures = WITH_PLAN.map((id) => getFigure(data, 'social', id));
      const attain = figures.map((f) => {
        const c = f.comparisons.find((x) => x.type === 'target');
        return c?.type === 'target' ? c.percent : 0;
      });
      const allMet = attain.every((p) => p >= 100);
      const title = pick(
        locale,
        allMet
          ? 'Các chỉ tiêu việc làm, đào tạo nghề, giảm nghèo, bảo hiểm xã hội đều đạt kế hoạch'
          : 'Mức đạt kế hoạch về việc làm và an sinh',
        allMet
          ? 'Jobs, training, poverty and social insurance all met their plans'
          : 'Plan attainment for jobs and welfare',
      );
      return {
        id: 'social-plan',
        title,
        subtitle: pick(
          locale,
          '% kế hoạch năm 2023 (số thực hiện trong ngoặc)',
          '% of the 2023 plan (result in brackets)',
        ),
        height: 90 + figures.length * 56,
        points: figures.map((f) => figurePoint(f, 'social')),
        option: barOption({
          categories: figures.map((f) => shortLabel(f, locale)),
          series: [
            {
              name: pick(locale, '% kế hoạch', '% of plan'),
              color: palette.current,
              values: figures.map((f, i) => ({
                value: attain[i]!,
                text: `${formatPercent(attain[i]!, locale)}${f.estimate ? '*' : ''}`,
                derived: false,
              })),
            },
          ],
          horizontal: true,
          axisFormat: (n) => `${formatNumber(n, locale)}%`,
          reference: { value: 100, label: pick(locale, 'Kế hoạch', 'Plan') },
          description: `${title}. ${figures.map((f, i) => `${shortLabel(f, locale)}: ${formatPercent(attain[i]!, locale)}`).join('; ')}.`,
          palette,
        }),
      };
    },
  },
];
