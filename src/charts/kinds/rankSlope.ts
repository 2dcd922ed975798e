/**
 * rank-slope: places in rankings between two editions of each index (the earlier derived from the
 * places gained), rank 1 at the top. Its finding: how many rose, and which gained most (or lost least).
 */
import type { Locale } from '../../data/schema';
import { formatComparison } from '../../i18n/format';
import { extremes, listOf, pick, quantity, rankMovePhrase, type Noun } from '../../i18n/words';
import { rankSlopeOption, type SlopeLine } from '../options/slope';
import { derivedPoint, figurePoint } from '../points';
import type { Point } from '../model';
import type { ChartKindSpec } from './types';
import { derivedOf, label, nounOr, rankChangeOf, where } from './shared';

export interface RankRow {
  name: string;
  places: number;
}

const DEFAULT_NOUN: Noun = { vi: 'chỉ số', en: 'indices' };

/** "Cả ba chỉ số tăng hạng; PAR INDEX tăng nhiều nhất (10 bậc)". */
export function rankSlopeTitle(rows: readonly RankRow[], noun: Noun, locale: Locale): string {
  const up = rows.filter((r) => r.places > 0).length;
  const count = `${quantity(up, rows.length, noun, locale)} ${pick(locale, 'tăng hạng', 'rose in rank')}`;
  const top = extremes(rows, (r) => r.places, 'max');
  if (top.length === 0) return count;
  const names = listOf(
    top.map((r) => r.name),
    locale,
  );
  const n = Math.abs(top[0]!.places);
  const tied = top.length > 1;
  if (top[0]!.places > 0)
    return `${count}; ${pick(locale, `${names} ${tied ? 'cùng ' : ''}tăng nhiều nhất (${n} bậc)`, `${names} gained most (${n} place${n === 1 ? '' : 's'}${tied ? ', tied' : ''})`)}`;
  if (top[0]!.places < 0)
    return `${count}; ${pick(locale, `${names} ${tied ? 'cùng ' : ''}giảm ít nhất (${n} bậc)`, `${names} lost least (${n} place${n === 1 ? '' : 's'}${tied ? ', tied' : ''})`)}`;
  // Several names take a plural: "A and B held their ranks", not "held its rank".
  return `${count}; ${names} ${tied && locale === 'en' ? 'held their ranks' : rankMovePhrase(0, locale)}`;
}

export const rankSlope: ChartKindSpec = {
  parts: () => ['line'],
  check: ({ decl, figures }) => {
    const problems = figures.flatMap((f, i) =>
      f.figure.kind === 'rank' && rankChangeOf(f.figure)
        ? []
        : [`${where(decl, `figures[${i}]`)}: "${f.figure.id}" is not a rank with its change in places`],
    );
    const outOf = new Set(figures.map((f) => f.figure.outOf));
    if (outOf.size > 1)
      problems.push(
        `${where(decl, 'figures')}: ranks out of ${[...outOf].join(' and ')} cannot share one axis; declare a chart for each`,
      );
    return problems;
  },
  build: ({ decl, figures, data }, { locale, palette }) => {
    const colors = [palette.current, palette.parts[1]!, palette.parts[2]!, palette.parts[3]!];
    const points: Point[] = [];
    const rows = figures.map((found, i) => {
      const f = found.figure;
      const prev = derivedOf(found, data, 'previous-rank')[0]!;
      const change = rankChangeOf(f)!;
      const name = label(f, locale);
      points.push(derivedPoint(prev, `${name} ${prev.period.year}`), figurePoint(f, found.dataset));
      const arrow = change.places > 0 ? '↑' : change.places < 0 ? '↓' : '=';
      const line: SlopeLine = {
        name,
        color: colors[i % colors.length]!,
        from: prev.value,
        to: f.value,
        mark: `${f.value} (${arrow}${change.places === 0 ? '' : Math.abs(change.places)})`,
        tooltip: `${f.label[locale]}: ≈ ${prev.value} → ${f.value}/${f.outOf} (${formatComparison(change, locale)})`,
      };
      return { name, places: change.places, line, prevYear: prev.period.year, year: f.period.year };
    });
    const title = rankSlopeTitle(rows, nounOr(decl, DEFAULT_NOUN), locale);
    const outOf = figures[0]!.figure.outOf!;
    const first = rows[0]!;
    const subtitle = pick(
      locale,
      `Thứ hạng trong ${outOf} tỉnh, thành (1 là tốt nhất); bản ${first.prevYear} ≈ suy ra từ số bậc tăng, giảm`,
      `Rank among ${outOf} provinces (1 is best); the ${first.prevYear} editions ≈ derived from places gained or lost`,
    );
    const lines = rows.map((r) => r.line);
    return {
      id: decl.id,
      title,
      subtitle,
      height: 400,
      points,
      option: rankSlopeOption({
        // Years alone: they fit under a narrow plot in both languages.
        columns: [String(first.prevYear), String(first.year)],
        lines,
        fromDerived: true,
        max: outOf,
        description: `${title}. ${lines.map((l) => `${l.name}: ≈ ${l.from} → ${l.to}`).join('; ')}.`,
        palette,
      }),
    };
  },
};
