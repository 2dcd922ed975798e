import { formatNumber, formatPercent } from '../../data/number';
import type { ChartDef } from '../model';
import { barOption, donutOption } from '../options';
import { derivedPoint, figurePoint, getDerived, getFigure, pick, shortLabel } from '../points';

export const digitalCharts: ChartDef[] = [
  {
    id: 'digital-online-services',
    section: 'digital',
    datasets: ['digital'],
    build: (data, { locale, palette }) => {
      const total = getFigure(data, 'digital', 'portal-public-services');
      const parts = ['online-services-full-process', 'online-services-partial'].map((id) =>
        getFigure(data, 'digital', id),
      );
      const stated = parts.map((f) => {
        const c = f.comparisons.find((x) => x.type === 'share');
        return c?.type === 'share' ? c.percent : 0;
      });
      const title = pick(
        locale,
        `${formatPercent(stated[0]!, locale)} trong ${formatNumber(total.value, locale)} dịch vụ công trực tuyến là toàn trình`,
        `${formatPercent(stated[0]!, locale)} of ${formatNumber(total.value, locale)} online public services are full-process`,
      );
      const slices = parts.map((f, i) => ({
        name: shortLabel(f, locale),
        value: f.value,
        text: `${formatNumber(f.value, locale)} (${formatPercent(stated[i]!, locale)})`,
        color: i === 0 ? palette.current : palette.parts[3]!,
      }));
      return {
        id: 'digital-online-services',
        title,
        subtitle: pick(
          locale,
          'Số dịch vụ công trên Cổng dịch vụ công của tỉnh',
          'Public services on the provincial portal',
        ),
        height: 320,
        points: [figurePoint(total, 'digital'), ...parts.map((f) => figurePoint(f, 'digital'))],
        option: donutOption({
          slices,
          description: `${title}. ${slices.map((s) => `${s.name}: ${s.text}`).join('; ')}.`,
          palette,
        }),
      };
    },
  },
  {
    id: 'digital-coverage',
    section: 'digital',
    datasets: ['digital'],
    build: (data, { locale, palette }) => {
      const counts = ['e-certification-districts', 'e-certification-communes'].map((id) =>
        getFigure(data, 'digital', id),
      );
      const oneStop = getFigure(data, 'digital', 'one-stop-electronic-system');
      const shares = counts.map((f) => getDerived(data, 'digital', f, 'share'));
      const title = pick(
        locale,
        'Chứng thực điện tử và một cửa điện tử đã phủ mọi đơn vị cấp huyện, cấp xã',
        'Electronic certification and one-stop systems reach every district and commune',
      );
      const categories = [...counts.map((f) => shortLabel(f, locale)), shortLabel(oneStop, locale)];
      const values = [
        ...counts.map((f, i) => ({
          value: shares[i]!.value,
          text: `≈ ${formatPercent(shares[i]!.value, locale, 0)} (${f.value}/${f.outOf})`,
          derived: true,
        })),
        { value: oneStop.value, text: formatPercent(oneStop.value, locale), derived: false },
      ];
      return {
        id: 'digital-coverage',
        title,
        subtitle: pick(locale, '% đơn vị triển khai, đến 10/01/2024', '% of units, as of 10 Jan 2024'),
        height: 90 + categories.length * 56,
        points: [
          ...counts.flatMap((f, i) => [
            figurePoint(f, 'digital'),
            derivedPoint(shares[i]!, shortLabel(f, locale)),
          ]),
          figurePoint(oneStop, 'digital'),
        ],
        option: barOption({
          categories,
          series: [{ name: pick(locale, 'Tỷ lệ', 'Percent'), color: palette.current, values }],
          horizontal: true,
          axisFormat: (n) => `${formatNumber(n, locale)}%`,
          description: `${title}. ${categories.map((c, i) => `${c}: ${values[i]!.text}`).join('; ')}.`,
          palette,
        }),
      };
    },
  },
];
