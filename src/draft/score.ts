/**
 * How well the drafts match a reviewed dataset of the same report.
 *
 * Pairing: each shipped figure is located by its quote in the text (first
 * occurrence). A draft can pair with it when the draft's quote span overlaps
 * that span. Pairs are taken best first (same value and unit, then same
 * value, then same unit, then the larger overlap), one to one.
 *
 * A shipped figure is **recalled** when its pair has the same value and
 * unit. Every other field is counted right only on recalled figures:
 * period, estimate, qualifier, kind, outOf, and **comparisons**: the same
 * list in any order, a share's `ofFigure` read through the pairing, and a
 * growth figure's `baseYear` counted as one of its comparisons. Recall of a
 * field = figures right / shipped figures; precision = the same count /
 * drafts. Precision of value and unit is the share of drafts that pair
 * with a shipped figure of the same value and unit.
 */
import type { Comparison, Dataset, DatasetId, Figure } from '../data/schema';
import type { DraftFigure } from './draft';
import type { Span } from './structure';

export const FIELDS = [
  'value',
  'unit',
  'value+unit',
  'period',
  'estimate',
  'qualifier',
  'kind',
  'outOf',
  'comparisons',
  'dataset',
] as const;
export type Field = (typeof FIELDS)[number];

export interface FieldScore {
  right: number;
  recall: number;
  precision: number;
}

export interface Pair {
  shipped: { dataset: DatasetId; figure: Figure };
  draft: DraftFigure;
}

export interface Score {
  shipped: number;
  drafts: number;
  fields: Record<Field, FieldScore>;
  /** Shipped figures with no draft of the same value and unit over their quote. */
  missed: { dataset: DatasetId; figure: Figure; nearest?: DraftFigure }[];
  /** Drafts that pair with no shipped figure of the same value and unit. */
  unmatched: DraftFigure[];
  /** Recalled figures with a wrong field, by field (not value/unit). */
  wrong: Partial<Record<Field, Pair[]>>;
  /** Drafts whose quote is not the text at their span, or not in the text at all. */
  badQuotes: DraftFigure[];
}

const overlap = (a: Span, b: Span) => Math.min(a.end, b.end) - Math.max(a.start, b.start);
const sameNumber = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

function canonical(c: Comparison, ids: (draftId: string) => string | undefined): string {
  if (c.type === 'share') return JSON.stringify({ ...c, ofFigure: c.ofFigure && ids(c.ofFigure) });
  return JSON.stringify(Object.fromEntries(Object.entries(c).sort(([a], [b]) => a.localeCompare(b))));
}

function comparisonsKey(f: Figure, ids: (id: string) => string | undefined): string {
  const list = f.comparisons.map((c) => canonical(c, ids));
  if (f.kind === 'growth') list.push(`baseYear:${f.baseYear}`);
  return list.sort().join('|');
}

export function scoreDrafts(
  text: string,
  datasets: readonly Dataset[],
  drafts: readonly DraftFigure[],
): Score {
  const shipped = datasets.flatMap((d) => d.figures.map((figure) => ({ dataset: d.id, figure })));
  const located = shipped.map((s) => {
    const at = text.indexOf(s.figure.quote);
    return { ...s, span: at < 0 ? undefined : { start: at, end: at + s.figure.quote.length } };
  });

  const candidates: { s: number; d: number; rank: number; size: number }[] = [];
  located.forEach((s, si) => {
    if (!s.span) return;
    drafts.forEach((d, di) => {
      const size = overlap(s.span!, d.span);
      if (size <= 0) return;
      const v = sameNumber(s.figure.value, d.figure.value);
      const u = s.figure.unit === d.figure.unit;
      candidates.push({ s: si, d: di, rank: (v && u ? 4 : 0) + (v ? 2 : 0) + (u ? 1 : 0), size });
    });
  });
  candidates.sort((a, b) => b.rank - a.rank || b.size - a.size);
  const pairOfShipped = new Map<number, number>();
  const pairOfDraft = new Map<number, number>();
  for (const c of candidates) {
    if (pairOfShipped.has(c.s) || pairOfDraft.has(c.d)) continue;
    pairOfShipped.set(c.s, c.d);
    pairOfDraft.set(c.d, c.s);
  }
  const shippedIdOfDraftId = (id: string) => {
    const di = drafts.findIndex((d) => d.figure.id === id);
    const si = pairOfDraft.get(di);
    return si === undefined ? `draft:${id}` : shipped[si]!.figure.id;
  };

  const right = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  const wrong: Partial<Record<Field, Pair[]>> = {};
  const missed: Score['missed'] = [];
  located.forEach((s, si) => {
    const di = pairOfShipped.get(si);
    const d = di === undefined ? undefined : drafts[di]!;
    const v = d !== undefined && sameNumber(s.figure.value, d.figure.value);
    const u = d !== undefined && s.figure.unit === d.figure.unit;
    if (v) right.value++;
    if (u) right.unit++;
    if (!d || !v || !u) {
      missed.push({ dataset: s.dataset, figure: s.figure, ...(d ? { nearest: d } : {}) });
      return;
    }
    right['value+unit']++;
    const checks: [Field, boolean][] = [
      ['period', JSON.stringify(s.figure.period) === JSON.stringify(d.figure.period)],
      ['estimate', s.figure.estimate === d.figure.estimate],
      ['qualifier', s.figure.qualifier === d.figure.qualifier],
      ['kind', s.figure.kind === d.figure.kind],
      ['outOf', s.figure.outOf === d.figure.outOf],
      ['comparisons', comparisonsKey(s.figure, (id) => id) === comparisonsKey(d.figure, shippedIdOfDraftId)],
      ['dataset', s.dataset === d.dataset],
    ];
    for (const [field, ok] of checks) {
      if (ok) right[field]++;
      else (wrong[field] ??= []).push({ shipped: { dataset: s.dataset, figure: s.figure }, draft: d });
    }
  });

  const unmatched = drafts.filter((d, di) => {
    const si = pairOfDraft.get(di);
    if (si === undefined) return true;
    const s = shipped[si]!.figure;
    return !(sameNumber(s.value, d.figure.value) && s.unit === d.figure.unit);
  });
  const badQuotes = drafts.filter(
    (d) => text.slice(d.span.start, d.span.end) !== d.figure.quote || !text.includes(d.figure.quote),
  );
  const n = shipped.length;
  const m = drafts.length;
  const fields = Object.fromEntries(
    FIELDS.map((f) => {
      // A pair's value (or unit) alone says nothing about a draft that pairs with nothing.
      const precisionRight = f === 'value' || f === 'unit' ? right['value+unit'] : right[f];
      return [f, { right: right[f], recall: n ? right[f] / n : 0, precision: m ? precisionRight / m : 0 }];
    }),
  ) as Record<Field, FieldScore>;
  return { shipped: n, drafts: m, fields, missed, unmatched, wrong, badQuotes };
}

export const TARGETS_MET = {
  valueUnitRecall: 0.95,
  comparisonsRecall: 0.9,
  precision: 0.9,
} as const;

export function meetsTargets(s: Score): boolean {
  return (
    s.fields['value+unit'].recall >= TARGETS_MET.valueUnitRecall &&
    s.fields.comparisons.recall >= TARGETS_MET.comparisonsRecall &&
    s.fields['value+unit'].precision >= TARGETS_MET.precision &&
    s.badQuotes.length === 0
  );
}
