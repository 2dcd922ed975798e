import { formatNumber, formatPercent } from '../../data/number';
import type { ChartDef } from '../model';
import { barOption } from '../options';
import { figureBar, figurePoint, getFigure, pick, shortLabel } from '../points';

const STATUS = [
  'project06-tasks-done',
  'project06-tasks-in-progress',
  'project06-tasks-not-started',
] as const;
const INDICATORS = [
  'chip-id-eligible-coverage',
  'e-id-account-applications',
  'e-id-accounts-activated',
  'clinics-using-chip-id',
  'schools-cashless-fees',
] as const;

export const project06Charts: ChartDef[] = [
  {
    id: 'project06-tasks',
    section: 'project06',
    datasets: ['project06'],
    build: (data, { locale, palette }) => {
      const figures = STATUS.map((id) => getFigure(data, 'project06', id));
      const total = getFigure(data, 'project06', 'project06-tasks-total');
      const done = figures[0]!;
      const title = pick(
        locale,
        `${done.value}/${total.value} nhiệm vụ của Đề án 06 đã hoàn thành (${formatPercent((done.value / total.value) * 100, locale, 0)})`,
        `${done.value} of ${total.value} Project 06 tasks are complete (${formatPercent((done.value / total.value) * 100, locale, 0)})`,
      );
      const colors = [palette.current, palette.parts[1]!, palette.parts[3]!];
      return {
        id: 'project06-tasks',
        title,
        subtitle: pick(locale, 'Số nhiệm vụ, đến 10/01/2024', 'Tasks, as of 10 Jan 2024'),
        height: 220,
        points: figures.map((f) => figurePoint(f, 'project06')),
        option: barOption({
          categories: [pick(locale, 'Nhiệm vụ', 'Tasks')],
          series: figures.map((f, i) => ({
            name: `${shortLabel(f, locale)}: ${formatNumber(f.value, locale)}`,
            color: colors[i]!,
            values: [{ value: f.value, text: formatNumber(f.value, locale), derived: false }],
          })),
          horizontal: true,
          stacked: true,
          max: total.value,
          axisFormat: (n) => formatNumber(n, locale),
          description: `${title}. ${figures.map((f) => `${shortLabel(f, locale)}: ${f.value}`).join('; ')}.`,
          palette,
        }),
      };
    },
  },
  {
    id: 'project06-indicators',
    section: 'project06',
    datasets: ['project06'],
    build: (data, { locale, palette }) => {
      const figures = INDICATORS.map((id) => getFigure(data, 'project06', id));
      // A stated share is drawn at its percent; the count it belongs to is in the table and notes.
      const values = figures.map((f) => {
        const share = f.comparisons.find((c) => c.type === 'share');
        if (share?.type === 'share')
          return {
            value: share.percent,
            text: formatPercent(share.percent, locale),
            derived: false,
          };
        return figureBar(f, locale);
      });
      const title = pick(
        locale,
        'Căn cước và khám chữa bệnh đạt 100%; kích hoạt định danh điện tử mới hơn một nửa',
        'ID cards and health facilities at 100%; e-ID activation just over half',
      );
      return {
        id: 'project06-indicators',
        title,
        subtitle: pick(locale, 'Tỷ lệ (%), đến 10/01/2024', 'Percent, as of 10 Jan 2024'),
        height: 90 + figures.length * 56,
        points: figures.map((f) => figurePoint(f, 'project06')),
        option: barOption({
          categories: figures.map((f) => shortLabel(f, locale)),
          series: [{ name: pick(locale, 'Tỷ lệ', 'Percent'), color: palette.current, values }],
          horizontal: true,
          axisFormat: (n) => `${formatNumber(n, locale)}%`,
          reference: { value: 100, label: '100%' },
          description: `${title}. ${figures.map((f, i) => `${shortLabel(f, locale)}: ${values[i]!.text}`).join('; ')}.`,
          palette,
        }),
      };
    },
  },
];
