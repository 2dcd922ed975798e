import { deriveDifference } from '../../data/derive';
import { formatNumber } from '../../data/number';
import type { ChartDef } from '../model';
import { barOption } from '../options';
import { derivedBar, derivedPoint, figureBar, figurePoint, getFigure, pick } from '../points';

export const ruralCharts: ChartDef[] = [
  {
    id: 'rural-communes',
    section: 'rural',
    datasets: ['rural'],
    build: (data, { locale, palette }) => {
      const total = getFigure(data, 'rural', 'ntm-communes-total');
      const added = getFigure(data, 'rural', 'ntm-new-communes');
      const adv = getFigure(data, 'rural', 'ntm-advanced-communes-total');
      const advAdded = getFigure(data, 'rural', 'ntm-advanced-new-communes');
      const earlier = deriveDifference('ntm-communes-before-2023', total, total.value, added.value);
      const notYet = deriveDifference('ntm-communes-not-yet', total, total.outOf ?? total.value, total.value);
      const advEarlier = deriveDifference('ntm-advanced-before-2023', adv, adv.value, advAdded.value);
      const advNotYet = deriveDifference('ntm-advanced-not-yet', adv, adv.outOf ?? adv.value, adv.value);
      const cats = [
        pick(locale, `Nông thôn mới (${total.outOf} xã)`, `New-rural standard (${total.outOf} communes)`),
        pick(
          locale,
          `NTM nâng cao (${adv.outOf} xã NTM)`,
          `Advanced standard (${adv.outOf} new-rural communes)`,
        ),
      ];
      const title = pick(
        locale,
        `${total.value}/${total.outOf} xã đạt chuẩn nông thôn mới, thêm ${added.value} xã trong năm 2023`,
        `${total.value} of ${total.outOf} communes meet the new-rural standard, ${added.value} more in 2023`,
      );
      const series = [
        {
          name: pick(locale, 'Đạt chuẩn trước 2023', 'Before 2023'),
          color: palette.base,
          values: [derivedBar(earlier, locale), derivedBar(advEarlier, locale)],
        },
        {
          name: pick(locale, 'Đạt chuẩn năm 2023', 'In 2023'),
          color: palette.current,
          values: [figureBar(added, locale), figureBar(advAdded, locale)],
        },
        {
          name: pick(locale, 'Chưa đạt', 'Not yet'),
          color: palette.parts[3]!,
          values: [derivedBar(notYet, locale), derivedBar(advNotYet, locale)],
        },
      ];
      return {
        id: 'rural-communes',
        title,
        subtitle: pick(
          locale,
          'Số xã; phần trước 2023 và chưa đạt được suy ra',
          'Communes; before 2023 and not yet are derived',
        ),
        height: 260,
        points: [
          figurePoint(total, 'rural'),
          figurePoint(added, 'rural'),
          derivedPoint(earlier, series[0]!.name),
          derivedPoint(notYet, `${cats[0]}: ${series[2]!.name}`),
          figurePoint(adv, 'rural'),
          figurePoint(advAdded, 'rural'),
          derivedPoint(advEarlier, `${cats[1]}: ${series[0]!.name}`),
          derivedPoint(advNotYet, `${cats[1]}: ${series[2]!.name}`),
        ],
        option: barOption({
          categories: cats,
          series,
          horizontal: true,
          stacked: true,
          axisFormat: (n) => formatNumber(n, locale),
          description: title,
          palette,
        }),
      };
    },
  },
];
