/**
 * change-ranking: the change of several indicators against the same base year, largest first. Its
 * finding: how many rose, and which rose fastest (or fell least).
 */
import { formatNumber } from '../../data/number';
import type { Locale } from '../../data/schema';
import { changePhrase, extremes, listOf, pick, quantity, signedPercent, type Noun } from '../../i18n/words';
import { figurePoint } from '../points';
import { barOption } from '../options/bar';
import type { ChartKindSpec } from './types';
import {
  changeOf,
  commonPeriod,
  estimateMark,
  estimateNote,
  joinNotes,
  label,
  nounOr,
  where,
} from './shared';

export interface ChangeRow {
  name: string;
  percent: number;
}

const DEFAULT_NOUN: Noun = { vi: 'chỉ tiêu', en: 'indicators' };

/** "Tất cả 5 chỉ tiêu tăng so với năm 2022; Dự án FDI mới tăng nhanh nhất (+32,4%)". */
export function changeRankingTitle(
  rows: readonly ChangeRow[],
  baseYear: number | undefined,
  noun: Noun,
  locale: Locale,
): string {
  const rose = rows.filter((r) => r.percent > 0).length;
  const on = baseYear === undefined ? '' : pick(locale, ` so với năm ${baseYear}`, ` on ${baseYear}`);
  const count = `${quantity(rose, rows.length, noun, locale)} ${pick(locale, 'tăng', 'rose')}${on}`;
  return [count, superlative(rows, locale)].filter(Boolean).join('; ');
}

function superlative(rows: readonly ChangeRow[], locale: Locale): string | undefined {
  const top = extremes(rows, (r) => r.percent, 'max');
  if (top.length === 0) return undefined;
  const names = listOf(
    top.map((r) => r.name),
    locale,
  );
  const p = top[0]!.percent;
  const tied = top.length > 1;
  if (p > 0)
    return pick(
      locale,
      `${names} ${tied ? 'cùng ' : ''}tăng nhanh nhất (${signedPercent(p, locale)})`,
      `${names} grew fastest (${signedPercent(p, locale)}${tied ? ', tied' : ''})`,
    );
  if (p < 0)
    return pick(
      locale,
      `${names} ${tied ? 'cùng ' : ''}giảm ít nhất (${signedPercent(p, locale)})`,
      `${names} fell least (${signedPercent(p, locale)}${tied ? ', tied' : ''})`,
    );
  // Several names take a plural verb: "A and B were unchanged", not "was".
  return tied && locale === 'en' ? `${names} were unchanged` : `${names} ${changePhrase(0, locale)}`;
}

export const changeRanking: ChartKindSpec = {
  parts: () => ['bar'],
  check: ({ decl, figures }) =>
    figures.flatMap((f, i) =>
      changeOf(f.figure)
        ? []
        : [`${where(decl, `figures[${i}]`)}: "${f.figure.id}" states no growth against a base year`],
    ),
  build: ({ decl, figures }, { locale, palette }) => {
    const rows = figures
      .map((f) => ({ f, change: changeOf(f.figure)! }))
      .sort((a, b) => b.change.percent - a.change.percent);
    const years = new Set(rows.map((r) => r.change.baseYear));
    const baseYear = years.size === 1 ? [...years][0] : undefined;
    const title = changeRankingTitle(
      rows.map((r) => ({ name: label(r.f.figure, locale), percent: r.change.percent })),
      baseYear,
      nounOr(decl, DEFAULT_NOUN),
      locale,
    );
    const period = commonPeriod(
      rows.map((r) => r.f.figure),
      locale,
    );
    const against =
      baseYear === undefined
        ? pick(locale, 'so với năm trước', 'against the year before')
        : pick(locale, `so với năm ${baseYear}`, `against ${baseYear}`);
    const subtitle = joinNotes([
      `${pick(locale, `Tăng, giảm ${against} (%)`, `Change ${against} (%)`)}${period ? `, ${period}` : ''}`,
      estimateNote(
        rows.map((r) => r.f.figure),
        locale,
      ),
    ]);
    const values = rows.map((r) => ({
      value: r.change.percent,
      text: `${signedPercent(r.change.percent, locale)}${estimateMark(r.f.figure)}`,
      derived: false,
    }));
    const names = rows.map((r) => label(r.f.figure, locale));
    return {
      id: decl.id,
      title,
      subtitle,
      height: 90 + rows.length * 52,
      points: rows.map((r) => figurePoint(r.f.figure, r.f.dataset)),
      option: barOption({
        categories: names,
        series: [
          {
            name: pick(locale, 'Tăng, giảm (%)', 'Change (%)'),
            color: palette.current,
            values,
          },
        ],
        horizontal: true,
        axisFormat: (n) => `${formatNumber(n, locale)}%`,
        description: `${title}. ${names.map((n, i) => `${n}: ${values[i]!.text}`).join('; ')}.`,
        palette,
      }),
    };
  },
};
