/**
 * The chart kinds and the one dispatcher from a declaration in charts.json to a chart: find its
 * figures, check they suit its kind, then build. A declaration that does not fit its figures throws a
 * ChartDeclError naming the file, the chart and the field; the page shows it in place of that chart.
 */
import { datasetsOfChart, type ChartDecl, type ChartKind } from '../../data/chartsFile';
import type { PartName } from '../echarts/loader';
import type { ChartDef, Datasets } from '../model';
import { changeRanking } from './changeRanking';
import { composition } from './composition';
import { countOfTotal } from './countOfTotal';
import { coverage } from './coverage';
import { planAttainment } from './planAttainment';
import { rankSlope } from './rankSlope';
import { ChartDeclError, lookUp, where, type Found } from './shared';
import { twoPeriods } from './twoPeriods';
import type { ChartKindSpec, KindInput } from './types';
import { valueVsBase } from './valueVsBase';

export { ChartDeclError };

export const KINDS: Readonly<Record<ChartKind, ChartKindSpec>> = {
  'change-ranking': changeRanking,
  'plan-attainment': planAttainment,
  'value-vs-base': valueVsBase,
  'two-periods': twoPeriods,
  composition,
  coverage,
  'count-of-total': countOfTotal,
  'rank-slope': rankSlope,
};

/** The declaration's figures from the loaded datasets, or every reason it cannot be drawn. */
export function resolveDecl(decl: ChartDecl, data: Datasets): KindInput | string[] {
  const problems: string[] = [];
  const find = (ref: string, field: string): Found | undefined => {
    const r = lookUp(data, ref);
    if (typeof r === 'string') {
      problems.push(`${where(decl, field)}: ${r}`);
      return undefined;
    }
    return r;
  };
  const figures = decl.figures.map((r, i) => find(r, `figures[${i}]`));
  const total = decl.total === undefined ? undefined : find(decl.total, 'total');
  const added = decl.added?.map((r, i) => find(r, `added[${i}]`));
  if (problems.length) return problems;
  const input: KindInput = {
    decl,
    figures: figures as Found[],
    ...(total ? { total } : {}),
    ...(added ? { added: added as Found[] } : {}),
    data,
  };
  const own = KINDS[decl.kind].check(input);
  return own.length ? own : input;
}

/** What `npm run data:check` reports for a declaration: empty when it can be drawn. */
export function checkDecl(decl: ChartDecl, data: Datasets): string[] {
  const r = resolveDecl(decl, data);
  return Array.isArray(r) ? r : [];
}

export function partsOfDecl(decl: ChartDecl): readonly PartName[] {
  return KINDS[decl.kind].parts(decl);
}

export function chartDefOf(decl: ChartDecl): ChartDef {
  return {
    id: decl.id,
    section: decl.section,
    datasets: datasetsOfChart(decl),
    build: (data, ctx) => {
      const input = resolveDecl(decl, data);
      if (Array.isArray(input)) throw new ChartDeclError(decl.id, input);
      return KINDS[decl.kind].build(input, ctx);
    },
  };
}
