import { formatNumber, formatPercent } from '../../data/number';
import type { ChartDef, ChartModel, ChartContext, Datasets } from '../model';
import { barOption } from '../options';
import { datasetOf, figureBar, figurePoint, pick, shortLabel } from '../points';

/** Growth of each figure in a group, largest first, as an index with 2022 = 100. */
function growthChart(
  id: string,
  prefix: string,
  data: Datasets,
  { locale, palette }: ChartContext,
  words: { vi: [string, string]; en: [string, string] },
): ChartModel {
  const figures = datasetOf(data, 'industry')
    .figures.filter((f) => f.id.startsWith(prefix))
    .sort((a, b) => b.value - a.value);
  const top = figures[0]!;
  const [what, subtitle] = words[locale];
  const title = pick(
    locale,
    `${shortLabel(top, locale)} tăng nhanh nhất trong các ${what}: +${formatPercent(top.value, locale)}`,
    `${shortLabel(top, locale)} grew fastest of the ${what}: +${formatPercent(top.value, locale)}`,
  );
  return {
    id,
    title,
    subtitle,
    height: 90 + figures.length * 56,
    points: figures.map((f) => figurePoint(f, 'industry')),
    option: barOption({
      categories: figures.map((f) => shortLabel(f, locale)),
      series: [
        {
          name: pick(locale, 'Tăng so với 2022', 'Growth vs 2022'),
          color: palette.current,
          values: figures.map((f) => figureBar(f, locale)),
        },
      ],
      horizontal: true,
      axisFormat: (n) => `${formatNumber(n, locale)}%`,
      description: `${title}. ${figures.map((f) => `${shortLabel(f, locale)} +${formatPercent(f.value, locale)}`).join('; ')}.`,
      palette,
    }),
  };
}

export const industryCharts: ChartDef[] = [
  {
    id: 'industry-sectors',
    section: 'industry',
    datasets: ['industry'],
    build: (data, ctx) =>
      growthChart('industry-sectors', 'sector-', data, ctx, {
        vi: ['ngành', 'Tốc độ tăng năm 2023 so với năm 2022 (%), theo ngành công nghiệp'],
        en: ['sectors', 'Growth in 2023 against 2022 (%), by industrial sector'],
      }),
  },
  {
    id: 'industry-products',
    section: 'industry',
    datasets: ['industry'],
    build: (data, ctx) =>
      growthChart('industry-products', 'product-', data, ctx, {
        vi: ['sản phẩm chủ lực', 'Tốc độ tăng sản lượng năm 2023 so với năm 2022 (%)'],
        en: ['key products', 'Growth in output, 2023 against 2022 (%)'],
      }),
  },
];
