/**
 * Consistency checks on the source's own arithmetic. A check never changes a
 * figure: it reports PASS, or WARN with the figures involved so the page can
 * show the anomaly beside them. FAIL is reserved for data that cannot be read
 * (see scripts/data-check.ts).
 */
import { decimalsOf, formatNumber } from './number';
import {
  LOCALES,
  type Bilingual,
  type Dataset,
  type DatasetId,
  type Figure,
  type Locale,
  type Relation,
} from './schema';
import { isCountUnit } from './derive';

export type CheckStatus = 'PASS' | 'WARN' | 'FAIL';

export interface CheckResult {
  id: string;
  dataset: DatasetId;
  status: CheckStatus;
  figureIds: string[];
  /** One line with the figures involved, in both languages. */
  message: Bilingual;
}

const vi = (n: number, d = 0) => formatNumber(n, 'vi', d);
const en = (n: number, d = 0) => formatNumber(n, 'en', d);

/**
 * A message is built when it is first read. Most results PASS and their messages are never read on
 * the page; building them all cost a phone ~20 ms of number formatting in two locales on first load.
 */
function lazyMessage(make: Record<Locale, () => string>): Bilingual {
  const message = {} as Bilingual;
  for (const locale of LOCALES) {
    let text: string | undefined;
    Object.defineProperty(message, locale, { enumerable: true, get: () => (text ??= make[locale]()) });
  }
  return message;
}
const both = (f: (fmt: typeof vi) => string): Bilingual => lazyMessage({ vi: () => f(vi), en: () => f(en) });

/** Half a unit in the last stated decimal: the rounding a stated percent may hide. */
function halfUnit(n: number): number {
  return 0.5 * 10 ** -decimalsOf(n) + 1e-9;
}

// ---------- generic checks: apply to any figure that has the field ----------

function checkOutOf(d: Dataset, f: Figure): CheckResult | undefined {
  if (f.outOf === undefined) return undefined;
  const ok = f.value <= f.outOf;
  return {
    id: `${f.id}:within-total`,
    dataset: d.id,
    status: ok ? 'PASS' : 'WARN',
    figureIds: [f.id],
    message: both((n) => `${n(f.value)}/${n(f.outOf!)} ${ok ? '≤' : '>'} ${n(f.outOf!)}`),
  };
}

function checkStatedShares(d: Dataset, f: Figure): CheckResult[] {
  return f.comparisons.flatMap((c) => {
    if (c.type !== 'share' || !c.ofFigure) return [];
    const total = d.figures.find((t) => t.id === c.ofFigure);
    if (!total) return [];
    const computed = (f.value / total.value) * 100;
    const ok = Math.abs(computed - c.percent) <= halfUnit(c.percent);
    return [
      {
        id: `${f.id}:stated-share`,
        dataset: d.id,
        status: ok ? 'PASS' : 'WARN',
        figureIds: [f.id, total.id],
        message: both(
          (n) =>
            `${n(f.value)} / ${n(total.value)} = ${n(computed, 2)}% ~ ${n(c.percent, decimalsOf(c.percent))}%`,
        ),
      },
    ];
  });
}

/**
 * A count's implied base or target (45 projects +32,4 % → 2022) must allow a
 * whole number once the stated percent's rounding is allowed for.
 */
function checkImpliedCounts(d: Dataset, f: Figure): CheckResult[] {
  if (!isCountUnit(f.unit) || f.kind !== 'level' || f.qualifier !== 'exact') return [];
  return f.comparisons.flatMap((c) => {
    let lo: number, hi: number, label: string;
    if (c.type === 'growth' || c.type === 'ratio' || c.type === 'target') {
      const h = halfUnit(c.percent);
      const factor = (p: number) => (c.type === 'growth' ? 1 + p / 100 : p / 100);
      lo = f.value / factor(c.percent + h);
      hi = f.value / factor(c.percent - h);
      label = c.type === 'target' ? c.target : String(c.baseYear);
    } else if (c.type === 'multiple') {
      const h = halfUnit(c.times);
      lo = f.value / (c.times + h);
      hi = f.value / (c.times - h);
      label = String(c.baseYear);
    } else return [];
    const whole = Math.ceil(lo - 1e-9) <= Math.floor(hi + 1e-9);
    return [
      {
        id: `${f.id}:implied-count-${c.type}-${label}`,
        dataset: d.id,
        status: whole ? 'PASS' : 'WARN',
        figureIds: [f.id],
        message: both(
          (n) => `implied ${label} count lies in ${n(lo, 2)}–${n(hi, 2)}${whole ? '' : ' (no whole number)'}`,
        ),
      },
    ];
  });
}

/** Vietnamese writes decimals with a comma; a "95.42%" in a quote is worth a look. */
function checkQuoteNumberFormat(d: Dataset, f: Figure): CheckResult | undefined {
  const odd = f.quote.match(/\d+\.\d{1,2}%/);
  if (!odd) return undefined;
  return {
    id: `${f.id}:decimal-point`,
    dataset: d.id,
    status: 'WARN',
    figureIds: [f.id],
    message: lazyMessage({
      vi: () =>
        `nguồn viết "${odd[0]}" với dấu chấm thập phân, được hiểu là ${vi(Number(odd[0].slice(0, -1)), 2)}%`,
      en: () =>
        `the source writes "${odd[0]}" with a decimal point, read as ${en(Number(odd[0].slice(0, -1)), 2)}%`,
    }),
  };
}

function checkPreviousRanks(d: Dataset, f: Figure): CheckResult[] {
  if (f.kind !== 'rank' || f.outOf === undefined) return [];
  return f.comparisons.flatMap((c) => {
    if (c.type !== 'rank-change') return [];
    const prev = f.value + c.places;
    const ok = prev >= 1 && prev <= f.outOf!;
    return [
      {
        id: `${f.id}:previous-rank-in-range`,
        dataset: d.id,
        status: ok ? 'PASS' : 'WARN',
        figureIds: [f.id],
        message: both((n) => `${n(f.value)} + ${n(c.places)} = ${n(prev)} (1–${n(f.outOf!)})`),
      },
    ];
  });
}

// ---------- relations the report implies between named figures ----------

export type { Relation };

function find(d: Dataset, id: string): Figure | undefined {
  return d.figures.find((f) => f.id === id);
}

function statedPercent(f: Figure, type: 'growth' | 'share'): number | undefined {
  const c = f.comparisons.find((x) => x.type === type);
  return c && 'percent' in c ? c.percent : undefined;
}

export function checkRelation(d: Dataset, r: Relation): CheckResult {
  const ids = relationFigureIds(r);
  const figs = ids.map((id) => find(d, id));
  if (figs.some((f) => !f))
    return {
      id: r.id,
      dataset: d.id,
      status: 'FAIL',
      figureIds: ids,
      message: both(() => `missing figure(s) ${ids.filter((_, i) => !figs[i]).join(', ')}`),
    };
  const result = (ok: boolean, message: Bilingual): CheckResult => ({
    id: r.id,
    dataset: d.id,
    status: ok ? 'PASS' : 'WARN',
    figureIds: ids,
    message,
  });
  switch (r.kind) {
    case 'sum': {
      const parts = r.parts.map((id) => find(d, id)!.value);
      const sum = parts.reduce((a, b) => a + b, 0);
      const total = find(d, r.total)!.value;
      return result(
        Math.abs(sum - total) < 1e-9,
        both((n) => `${parts.map((p) => n(p)).join(' + ')} = ${n(sum)} ~ ${n(total)}`),
      );
    }
    case 'shares-100': {
      const shares = r.parts.map((id) => statedPercent(find(d, id)!, 'share') ?? NaN);
      const sum = shares.reduce((a, b) => a + b, 0);
      const d1 = Math.max(...shares.map(decimalsOf));
      return result(
        Math.abs(sum - 100) <= r.parts.length * 0.5 * 10 ** -d1,
        both((n) => `${shares.map((s) => n(s, d1) + '%').join(' + ')} = ${n(sum, d1)}% ~ 100%`),
      );
    }
    case 'not-more-than': {
      const part = find(d, r.part)!.value;
      const whole = find(d, r.whole)!.value;
      return result(
        part <= whole,
        both((n) => `${n(part)} ≤ ${n(whole)}`),
      );
    }
    case 'equals-out-of': {
      const outOf = find(d, r.figure)!.outOf;
      const total = find(d, r.total)!.value;
      return result(
        outOf === total,
        both((n) => `/${n(outOf ?? NaN)} ~ ${n(total)}`),
      );
    }
    case 'partial-year':
      return checkPartialYear(d, r, find(d, r.partial)!, find(d, r.full)!);
    case 'share-base-differs': {
      const f = find(d, r.figure)!;
      const candidate = find(d, r.candidate)!;
      const stated = statedPercent(f, 'share') ?? NaN;
      const base = f.value / (stated / 100);
      const asShare = (f.value / candidate.value) * 100;
      return {
        id: r.id,
        dataset: d.id,
        status: 'WARN',
        figureIds: [f.id],
        message: lazyMessage({
          vi: () =>
            `${vi(f.value)} là ${vi(stated, 2)}% của ${vi(base)}; nguồn không nêu cơ sở này (so với ${vi(candidate.value)} thì là ${vi(asShare, 1)}%)`,
          en: () =>
            `${en(f.value)} is ${en(stated, 2)}% of ${en(base)}; the source does not name this base (against ${en(candidate.value)} it would be ${en(asShare, 1)}%)`,
        }),
      };
    }
  }
}

/**
 * The months between a partial-year figure and the full year: implied values
 * for both years and their growth. WARN when that growth strays more than
 * `maxGap` percentage points from the full year's.
 */
function checkPartialYear(
  d: Dataset,
  r: { id: string; maxGap: number },
  partial: Figure,
  full: Figure,
): CheckResult {
  const gPart = statedPercent(partial, 'growth');
  const gFull = statedPercent(full, 'growth');
  const rest = full.value - partial.value;
  const base: CheckResult = {
    id: r.id,
    dataset: d.id,
    status: rest >= 0 ? 'PASS' : 'WARN',
    figureIds: [partial.id, full.id],
    message: both((n) => `${n(full.value)} − ${n(partial.value)} = ${n(rest)} for the remaining months`),
  };
  if (gPart === undefined || gFull === undefined || rest < 0) return base;
  const restBase = full.value / (1 + gFull / 100) - partial.value / (1 + gPart / 100);
  const gRest = (rest / restBase - 1) * 100;
  const ok = Math.abs(gRest - gFull) <= r.maxGap;
  const months = partial.period.kind === 'months' ? partial.period.toMonth : 0;
  return {
    ...base,
    status: ok ? ('PASS' as const) : ('WARN' as const),
    message: lazyMessage({
      vi: () =>
        `tháng ${months + 1}–12/${full.period.year} suy ra ${vi(rest)} (${vi(full.value)} − ${vi(partial.value)}); cùng kỳ ${full.period.year - 1} suy ra ${vi(restBase)}; tức ${vi(gRest, 1)}% so với cùng kỳ, trong khi 10 tháng tăng ${vi(gPart, 2)}% và cả năm tăng ${vi(gFull, 2)}%`,
      en: () =>
        `months ${months + 1}–12 of ${full.period.year} imply ${en(rest)} (${en(full.value)} − ${en(partial.value)}); the same months of ${full.period.year - 1} imply ${en(restBase)}; that is ${en(gRest, 1)}% year on year, while the first ten months grew ${en(gPart, 2)}% and the full year ${en(gFull, 2)}%`,
    }),
  };
}

export function relationFigureIds(r: Relation): string[] {
  switch (r.kind) {
    case 'sum':
      return [...r.parts, r.total];
    case 'shares-100':
      return r.parts;
    case 'not-more-than':
      return [r.part, r.whole];
    case 'equals-out-of':
      return [r.figure, r.total];
    case 'partial-year':
      return [r.partial, r.full];
    case 'share-base-differs':
      return [r.figure, r.candidate];
  }
}

export function runChecks(d: Dataset, relations: readonly Relation[]): CheckResult[] {
  const out: CheckResult[] = [];
  for (const f of d.figures) {
    const outOf = checkOutOf(d, f);
    if (outOf) out.push(outOf);
    out.push(...checkStatedShares(d, f), ...checkImpliedCounts(d, f), ...checkPreviousRanks(d, f));
    const fmt = checkQuoteNumberFormat(d, f);
    if (fmt) out.push(fmt);
  }
  for (const r of relations) out.push(checkRelation(d, r));
  return out;
}
