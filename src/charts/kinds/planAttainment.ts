/**
 * plan-attainment: each stated target of several figures as a percent of it, against the line where a
 * target is met. Its finding: how many targets were met or beaten, and which was furthest behind (or,
 * when all were met, furthest ahead).
 */
import { formatNumber, formatPercent } from '../../data/number';
import type { Locale } from '../../data/schema';
import { targetShortLabel } from '../../i18n/format';
import {
  extremes,
  isMet,
  listOf,
  lowerFirst,
  pick,
  PLAN_MET_AT,
  quantity,
  type Noun,
} from '../../i18n/words';
import { barOption } from '../options/bar';
import { figurePoint } from '../points';
import type { ChartKindSpec } from './types';
import {
  commonPeriod,
  estimateMark,
  estimateNote,
  joinNotes,
  label,
  nounOr,
  targetsOf,
  where,
} from './shared';

export interface AttainmentRow {
  name: string;
  percent: number;
}

const DEFAULT_NOUN: Noun = { vi: 'chỉ tiêu', en: 'targets' };

/** "3/8 chỉ tiêu đạt hoặc vượt kế hoạch; thấp nhất: thu ngân sách (81%)". */
export function planAttainmentTitle(rows: readonly AttainmentRow[], noun: Noun, locale: Locale): string {
  const met = rows.filter((r) => isMet(r.percent)).length;
  const count = `${quantity(met, rows.length, noun, locale)} ${pick(locale, 'đạt hoặc vượt kế hoạch', 'met or beat their plan')}`;
  const end = met === rows.length ? 'max' : 'min';
  const top = extremes(rows, (r) => r.percent, end);
  if (top.length === 0) return count;
  const names = listOf(
    top.map((r) => lowerFirst(r.name)),
    locale,
  );
  const word = end === 'max' ? pick(locale, 'cao nhất', 'highest') : pick(locale, 'thấp nhất', 'lowest');
  return `${count}; ${word}: ${names}, ${formatPercent(top[0]!.percent, locale)}`;
}

export const planAttainment: ChartKindSpec = {
  parts: () => ['bar', 'markLine'],
  check: ({ decl, figures }) =>
    figures.flatMap((f, i) =>
      targetsOf(f.figure).length
        ? []
        : [`${where(decl, `figures[${i}]`)}: "${f.figure.id}" states no target ("đạt x% kế hoạch")`],
    ),
  build: ({ decl, figures }, { locale, palette }) => {
    const rows = figures.flatMap((f) =>
      targetsOf(f.figure).map((t) => ({
        f,
        percent: t.percent,
        name:
          t.target === 'annual-plan'
            ? label(f.figure, locale)
            : `${label(f.figure, locale)} (${targetShortLabel(t, locale)})`,
      })),
    );
    const title = planAttainmentTitle(rows, nounOr(decl, DEFAULT_NOUN), locale);
    const shown = figures.map((f) => f.figure);
    const period = commonPeriod(shown, locale);
    const subtitle = joinNotes([
      pick(
        locale,
        `Mức đạt kế hoạch${period ? ` ${period}` : ''} (%)`,
        `Attainment of plan${period ? `, ${period}` : ''} (%)`,
      ),
      estimateNote(shown, locale),
    ]);
    const values = rows.map((r) => ({
      value: r.percent,
      text: `${formatPercent(r.percent, locale)}${estimateMark(r.f.figure)}`,
      derived: false,
    }));
    return {
      id: decl.id,
      title,
      subtitle,
      height: 90 + rows.length * 56,
      points: figures.map((f) => figurePoint(f.figure, f.dataset)),
      option: barOption({
        categories: rows.map((r) => r.name),
        series: [{ name: pick(locale, '% kế hoạch', '% of plan'), color: palette.current, values }],
        horizontal: true,
        axisFormat: (n) => `${formatNumber(n, locale)}%`,
        reference: { value: PLAN_MET_AT, label: pick(locale, 'Kế hoạch', 'Plan') },
        description: `${title}. ${rows.map((r, i) => `${r.name}: ${values[i]!.text}`).join('; ')}.`,
        palette,
      }),
    };
  },
};
