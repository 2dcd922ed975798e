/**
 * The drafter: reads a report's text and proposes every statistic as a
 * `Figure` of the dataset schema, with the exact span of its quote. Pure: no
 * DOM, no network, no React; nothing here throws on bad input.
 *
 * Within each clause (ended by ". ; :"), a comparison belongs to the closest
 * figure before it ("đạt 2.000 hộ, …, đạt 100% kế hoạch"), passing over a
 * restatement ("tương ứng tỷ lệ … 0,7%"); "về số dự án" / "về số vốn" send it
 * to the figure with that unit; "tăng 7 bậc …, đứng thứ 43/63" to the rank;
 * "đạt kế hoạch" to the closest figure either side. A comparison with no
 * figure before it is a figure itself: "khai khoáng tăng 10%" a growth rate,
 * "đạt 118,74%" (over 100 %) an attainment, "tỉ lệ 65%" a rate.
 */
import type { Comparison, DatasetId, Figure, Period } from '../data/schema';
import { draftId, draftLabel } from './labels';
import type { ComparisonMention, SkippedNumber, ValueMention } from './mentions';
import { findMentions } from './mentions';
import { periodAt } from './period';
import { readReport, type ReportInfo, type ReportOverrides } from './report';
import { fail, ok, type Result } from './result';
import { spanAt, structure, type Span, type Structure } from './structure';
import { guessDataset } from './topics';
import { unitsNamed } from './units';

export type DraftFlag =
  | 'unreviewed'
  | 'dataset-guessed'
  | 'period-default'
  | 'to-date-without-date'
  | 'base-year-assumed'
  | 'nearly'
  | 'approximate'
  | 'decimal-point';

export interface DraftFigure {
  figure: Figure;
  dataset: DatasetId;
  /** The quote's span in the text: `text.slice(span.start, span.end) === figure.quote`. */
  span: Span;
  /** The number itself (with its unit). */
  anchor: Span;
  flags: DraftFlag[];
}

export interface Draft {
  report: ReportInfo;
  figures: DraftFigure[];
  /** Numbers not proposed, with why: for the reviewer to look over. */
  skipped: SkippedNumber[];
}

/** A figure being built: a value mention, or a comparison standing alone. */
interface Node {
  anchor: Span;
  value: number;
  unit: Figure['unit'];
  kind: Figure['kind'];
  mention?: ValueMention;
  own?: ComparisonMention;
  attached: ComparisonMention[];
}

const ESTIMATE =
  /(?<!(?:hiệp|quy|công|điều|mơ)\s)(?:^|[^\p{L}])ước(?!\s+(?:mơ|muốn|nguyện|vọng|lượng chừng))(?![\p{L}])/iu;

export function draftReport(text: string, given: ReportOverrides = {}): Result<Draft> {
  const info = readReport(text, given);
  if (!info.ok) return fail(info.reason);
  const s = structure(text);
  const mentions = findMentions(text, s);
  const skipped = mentions.filter((m): m is SkippedNumber => m.kind === 'skipped');
  const nodes: Node[] = [];
  for (const clause of s.clauses) nodes.push(...clauseNodes(mentions, clause, skipped, text));
  nodes.sort((a, b) => a.anchor.start - b.anchor.start);
  skipped.sort((a, b) => a.start - b.start);
  return ok({ report: info.value, figures: toFigures(text, s, nodes, info.value), skipped });
}

function within(span: Span, at: number) {
  return at >= span.start && at < span.end;
}

function clauseNodes(
  mentions: ReturnType<typeof findMentions>,
  clause: Span,
  skipped: SkippedNumber[],
  text: string,
): Node[] {
  const here = mentions.filter((m) => within(clause, m.start));
  const values = here.filter((m): m is ValueMention => m.kind === 'value');
  const nodes: Node[] = values.map((v) => ({
    anchor: { start: v.start, end: v.end },
    value: v.value,
    unit: v.unit,
    kind: v.rank ? 'rank' : v.unit === 'percent' && v.value > 100 ? 'attainment' : 'level',
    mention: v,
    attached: [],
  }));
  const candidates = nodes.filter((n) => !n.mention!.restated);
  for (const c of here.filter((m): m is ComparisonMention => m.kind === 'comparison')) {
    const before = candidates.filter((n) => n.anchor.start < c.start);
    const after = candidates.filter((n) => n.anchor.start > c.start);
    const nearest = (list: Node[]) =>
      [...list].sort((a, b) => Math.abs(a.anchor.start - c.start) - Math.abs(b.anchor.start - c.start))[0];
    let home: Node | undefined;
    const named = c.about ? unitsNamed(c.about) : undefined;
    if (named) home = nearest(before.filter((n) => named.includes(n.unit))) ?? before.at(-1);
    else if (c.comparison.type === 'rank-change')
      home = nearest(candidates.filter((n) => n.kind === 'rank')) ?? before.at(-1);
    else if (c.metPlan) home = before.at(-1) ?? after[0];
    else home = before.at(-1);
    if (home && !(home.kind === 'rank' && c.comparison.type !== 'rank-change')) {
      home.attached.push(c);
      continue;
    }
    const alone = standalone(c);
    if (alone) nodes.push(alone);
    else
      skipped.push({
        kind: 'skipped',
        start: c.start,
        end: c.end,
        text: text.slice(c.start, c.end),
        reason: 'comparison-without-figure',
      });
  }
  return nodes;
}

function standalone(c: ComparisonMention): Node | undefined {
  const anchor = { start: c.start, end: c.end };
  const base = { anchor, unit: 'percent' as const, own: c, attached: [] };
  switch (c.comparison.type) {
    case 'growth':
      return { ...base, value: c.comparison.percent, kind: 'growth' };
    case 'target':
      return c.metPlan ? undefined : { ...base, value: c.comparison.percent, kind: 'attainment' };
    case 'share':
      return {
        ...base,
        value: c.comparison.percent,
        kind: c.comparison.percent > 100 ? 'attainment' : 'level',
      };
    default:
      return undefined;
  }
}

function toFigures(text: string, s: Structure, nodes: Node[], info: ReportInfo): DraftFigure[] {
  const taken = new Set<string>();
  const out: DraftFigure[] = [];
  const byNode = new Map<Node, DraftFigure>();
  let prev: { node: Node; draft: DraftFigure; tailEnd: number } | undefined;
  for (const n of nodes) {
    const clause = spanAt(s.clauses, n.anchor.start);
    const sentence = spanAt(s.sentences, n.anchor.start);
    const paragraph = spanAt(s.paragraphs, n.anchor.start);
    const flags: DraftFlag[] = ['unreviewed', 'dataset-guessed'];
    const { period, flags: periodFlags } = periodAt(text, n.anchor.start, clause, sentence, info);
    flags.push(...(periodFlags as DraftFlag[]));
    const sameClause = prev !== undefined && within(clause, prev.node.anchor.start);
    // The previous figure's words, and its comparisons that end before this number, are not this one's.
    const from = sameClause
      ? Math.max(prev!.tailEnd, ...prev!.node.attached.map((c) => c.end).filter((e) => e <= n.anchor.start))
      : clause.start;
    const { span, tailEnd } = quoteSpan(text, clause, n, from);
    const quote = text.slice(span.start, span.end);
    const estimate = ESTIMATE.test(text.slice(clause.start, n.anchor.start));
    const assumeBase = (year?: number) => {
      if (year !== undefined) return year;
      if (!flags.includes('base-year-assumed')) flags.push('base-year-assumed');
      return period.year - 1;
    };
    const comparisons: Comparison[] = n.attached.map((c) => toComparison(c, assumeBase));
    const m = n.mention;
    if (m?.nearly) flags.push('nearly');
    if (m?.decimalPoint || n.own?.decimalPoint || n.attached.some((c) => c.decimalPoint))
      flags.push('decimal-point');
    if (m && /(?:khoảng|xấp xỉ)\s*$/iu.test(text.slice(Math.max(0, m.start - 10), m.start)))
      flags.push('approximate');
    const sameSentence = prev !== undefined && within(sentence, prev.node.anchor.start);
    const label = draftLabel(
      quote,
      n.anchor.start - span.start,
      Math.min(n.anchor.end, span.end) - span.start,
      sameSentence ? prev!.draft.figure.label.vi : undefined,
    );
    const samePara = prev !== undefined && within(paragraph, prev.node.anchor.start);
    const dataset: DatasetId =
      n.kind === 'rank'
        ? 'rankings'
        : guessDataset(
            quote,
            text.slice(sentence.start, sentence.end),
            text.slice(paragraph.start, paragraph.end),
            samePara ? prev!.draft.dataset : undefined,
            prev?.draft.dataset ?? 'social',
          );
    const figure: Figure = {
      id: draftId(label, period.year, taken),
      label: { vi: label, en: label },
      kind: n.kind,
      value: n.value,
      unit: n.unit,
      ...(m?.outOf !== undefined ? { outOf: m.outOf } : {}),
      ...(n.kind === 'growth' ? { baseYear: assumeBase(n.own?.baseYear) } : {}),
      period: period as Period,
      estimate,
      qualifier: m?.qualifier ?? 'exact',
      comparisons,
      quote,
      ...(m?.nearly
        ? {
            note: {
              vi: 'Nguồn viết “gần”: giá trị thực nhỏ hơn con số này một chút.',
              en: 'The source says “nearly”: the true value is a little below this number.',
            },
          }
        : {}),
    };
    const draft: DraftFigure = { figure, dataset, span, anchor: n.anchor, flags };
    byNode.set(n, draft);
    out.push(draft);
    prev = { node: n, draft, tailEnd };
  }
  linkShares(text, s, nodes, byNode);
  return out;
}

function toComparison(c: ComparisonMention, base: (year?: number) => number): Comparison {
  const k = c.comparison;
  switch (k.type) {
    case 'growth':
      return { type: 'growth', percent: k.percent, baseYear: base(c.baseYear) };
    case 'ratio':
      return { type: 'ratio', percent: k.percent, baseYear: base(c.baseYear) };
    case 'multiple':
      return { type: 'multiple', times: k.times, baseYear: base(c.baseYear) };
    case 'rank-change':
      return { type: 'rank-change', places: k.places, baseYear: base(c.baseYear) };
    case 'target':
      return { type: 'target', percent: k.percent, target: k.target };
    case 'share':
      return { type: 'share', percent: k.percent };
  }
}

/**
 * "… 1.441 dịch vụ công …, trong đó có 1.064 dịch vụ … đạt tỉ lệ (73,8%)": a
 * share after "trong đó" ("of which") is of the last figure before it in the
 * sentence with the same unit.
 */
function linkShares(text: string, s: Structure, nodes: Node[], byNode: Map<Node, DraftFigure>) {
  for (const n of nodes) {
    const draft = byNode.get(n)!;
    const share = draft.figure.comparisons.find((c) => c.type === 'share');
    if (!share || share.type !== 'share') continue;
    const sentence = spanAt(s.sentences, n.anchor.start);
    const lead = text.slice(sentence.start, n.anchor.start);
    const at = lead.search(/trong đó(?![\p{L}])(?!.*trong đó)/su);
    if (at < 0) continue;
    const of = sentence.start + at;
    const total = [...nodes]
      .reverse()
      .find(
        (t) =>
          t.anchor.start < of && t.anchor.start >= sentence.start && t.unit === n.unit && t.kind === 'level',
      );
    if (total) share.ofFigure = byNode.get(total)!.figure.id;
  }
}

/**
 * From where the previous figure's own words end (in the same clause), or
 * after a "trong đó" ("of which") or a bracket closed before the number, to
 * the end of this figure's words and comparisons.
 */
function quoteSpan(text: string, clause: Span, n: Node, from: number): { span: Span; tailEnd: number } {
  const tail = (at: number) => {
    const rest = text.slice(at, clause.end);
    const m = /,(?!\d)|[;(]|\s+(?:và|với)\s+|\s+(?:(?:hơn|trên|gần|khoảng)\s+)?\d/u.exec(rest);
    return at + (m ? m.index : rest.length);
  };
  const tailEnd = n.own ? n.own.end : tail(n.anchor.end);
  let start = Math.max(clause.start, Math.min(from, n.anchor.start));
  const lead = text.slice(start, n.anchor.start);
  const cut = Math.max(
    ...[...lead.matchAll(/trong đó(?:\s+có)?(?![\p{L}])|\)/gu)].map((m) => m.index + m[0].length),
    0,
  );
  const unclosed =
    cut > 0 &&
    (lead.slice(0, cut).match(/\(/gu)?.length ?? 0) < (lead.slice(0, cut).match(/\)/gu)?.length ?? 0);
  if (/trong đó/u.test(lead) || unclosed) start += cut;
  let end = Math.max(tailEnd, ...n.attached.map((c) => c.end));
  start = Math.min(start, ...n.attached.map((c) => c.start));
  while (start < end && /[\s,;:.)]/u.test(text[start]!)) start++;
  const conj = /^(?:và|hoặc)\s+/iu.exec(text.slice(start, end));
  if (conj) start += conj[0].length;
  while (end > start && /[\s,;:.]/u.test(text[end - 1]!)) end--;
  const dangling = /\s+(?:và|với|cho|của|tại|hoặc)$/iu.exec(text.slice(start, end));
  if (dangling && end - dangling[0].length > n.anchor.start) end -= dangling[0].length;
  // Brackets: one opened in the quote and closed just after it belongs in it; a lone one opening it does not.
  const q = text.slice(start, end);
  const opens = q.match(/\(/gu)?.length ?? 0;
  const closes = q.match(/\)/gu)?.length ?? 0;
  if (opens > closes && text[end] === ')') end++;
  else if (opens > closes && q.startsWith('(')) start++;
  return { span: { start, end }, tailEnd };
}
