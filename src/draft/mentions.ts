/**
 * Every number of the article's body, read as a value (with its unit), as one
 * side of a comparison, or skipped with a reason: the numbers and dates of
 * documents ("Quyết định số 06/QĐ-TTg", "Nghị quyết số 12-NQ/TU",
 * "10/01/2024"), times, year ranges, and numbers with no unit the schema
 * knows. "Đạt kế hoạch" with no number is a comparison too.
 */
import type { Unit } from '../data/schema';
import { MET_PLAN, readComparison, type ComparisonRead } from './comparisons';
import { parseViNumber } from './numbers';
import { spanAt, type Span, type Structure } from './structure';
import { readUnit } from './units';

export interface ValueMention {
  kind: 'value';
  start: number;
  /** End of the number and its unit. */
  end: number;
  value: number;
  unit: Unit;
  outOf?: number;
  rank: boolean;
  qualifier: 'exact' | 'more-than';
  /** "gần": the true value is somewhat less; the schema cannot say so. */
  nearly: boolean;
  /** "tương ứng …": a restatement of the figure before it, which comparisons pass over. */
  restated: boolean;
  decimalPoint: boolean;
}

export interface ComparisonMention extends ComparisonRead {
  kind: 'comparison';
  start: number;
  /** "đạt kế hoạch" with no number. */
  metPlan?: true;
  /** "95.42%": a decimal point. */
  decimalPoint?: boolean;
}

export interface SkippedNumber {
  kind: 'skipped';
  start: number;
  end: number;
  text: string;
  reason:
    | 'document'
    | 'date'
    | 'time'
    | 'year'
    | 'years'
    | 'no-unit'
    | 'rank-without-total'
    | 'comparison-without-figure'
    | 'unreadable';
}

export type Mention = ValueMention | ComparisonMention | SkippedNumber;

const TOKEN = /(?<![\p{L}\p{N}])\d+(?:[.,]\d+)*(?:\/\d+(?:[.,]\d+)*)?(?:\/\d{2,4})?/gu;
/** "Quyết định số", "Kế hoạch phối hợp số", "Chương trình hành động số": a document's number follows. */
const DOC_NUMBER =
  /(?:quyết định|nghị quyết|nghị định|kế hoạch|chương trình|chỉ thị|thông tư|công văn|văn bản|quy chế|quy định|luật|đề án|thông báo|báo cáo|tờ trình|kết luận|hướng dẫn)(?:\s+[\p{L}-]+){0,3}\s+số\s*$/iu;
const QUALIFIER = /(?:^|[^\p{L}])(hơn|trên|gần|khoảng|xấp xỉ)\s*$/iu;
const RESTATED = /tương (?:ứng|đương)[^,;]{0,60}$/iu;
const RANK_BEFORE = /(?:^|[^\p{L}])(?:(?:đứng|xếp)\s+(?:thứ|hạng)|xếp hạng|hạng)\s*$/iu;

export function findMentions(text: string, s: Structure): Mention[] {
  const out: Mention[] = [];
  let consumed = s.body.start;
  TOKEN.lastIndex = s.body.start;
  for (let m = TOKEN.exec(text); m && m.index < s.body.end; m = TOKEN.exec(text)) {
    const start = m.index;
    const token = m[0];
    const tokenEnd = start + token.length;
    if (start < consumed) continue;
    const clause = spanAt(s.clauses, start);
    const before = text.slice(clause.start, start);
    const skip = (reason: SkippedNumber['reason'], end = tokenEnd) => {
      out.push({ kind: 'skipped', start, end, text: text.slice(start, end), reason });
      consumed = end;
    };
    const next = text.slice(tokenEnd, tokenEnd + 3);
    const parts = token.split('/');
    if (/^[-/]?\s?\p{L}/u.test(next) && !/^\s/u.test(next) && !/^%/u.test(next)) {
      skip('document');
      continue;
    }
    if (parts.length === 3 || (parts.length === 2 && /ngày\s*$/iu.test(before))) {
      skip('date');
      continue;
    }
    if (/^:\d/u.test(next)) {
      skip('time', tokenEnd + 3);
      continue;
    }
    const range = /^\s?[-–]\s?\d{4}(?!\d)/u.exec(text.slice(tokenEnd, tokenEnd + 8));
    if (range && /^\d{4}$/u.test(token)) {
      skip('years', tokenEnd + range[0].length);
      continue;
    }
    if (DOC_NUMBER.test(before.slice(-60))) {
      skip('document');
      continue;
    }
    if (/^(?:19|20)\d\d$/u.test(token) && /(?:năm|từ|đến|giai đoạn)\s*$/iu.test(before)) {
      skip('year');
      continue;
    }
    const num = parseViNumber(parts[0]!);
    const total = parts[1] === undefined ? undefined : parseViNumber(parts[1]);
    if (!num.ok || (total && !total.ok)) {
      skip('unreadable');
      continue;
    }
    const value = num.value.value;
    const outOf = total?.ok ? total.value.value : undefined;
    const afterAt = (n: number) => ({ after: text.slice(n, clause.end), n });

    // Numbers that compare: "tăng 7 bậc", "gấp 5,2 lần", "tăng 8,6%", "đạt 100,7% kế hoạch".
    const word = /^\s+(bậc|lần)(?![\p{L}])/iu.exec(text.slice(tokenEnd, tokenEnd + 8));
    if (word && outOf === undefined) {
      const { after, n } = afterAt(tokenEnd + word[0].length);
      const r = readComparison(before, after, n, value, /bậc/iu.test(word[1]!) ? 'places' : 'times');
      if (r) {
        out.push({ kind: 'comparison', start, ...r });
        consumed = tokenEnd + word[0].length;
        continue;
      }
    }
    if (RANK_BEFORE.test(before)) {
      const over = outOf ?? Number(/^\s*(?:trên|trong số|\/)\s*(\d+)/iu.exec(text.slice(tokenEnd))?.[1]);
      if (!Number.isFinite(over)) {
        skip('rank-without-total');
        continue;
      }
      const end =
        outOf !== undefined
          ? tokenEnd
          : tokenEnd + /^\s*(?:trên|trong số|\/)\s*\d+/iu.exec(text.slice(tokenEnd))![0].length;
      out.push(valueMention(start, end, value, 'rank', before, over, num.value.decimalPoint, true));
      consumed = end;
      continue;
    }
    const unit = readUnit(text, value, tokenEnd);
    if (!unit) {
      skip('no-unit');
      continue;
    }
    if (unit.unit === 'percent' && outOf === undefined) {
      const { after, n } = afterAt(unit.end);
      const r = readComparison(before, after, n, unit.value, 'percent');
      if (r) {
        out.push({ kind: 'comparison', start, ...r, decimalPoint: num.value.decimalPoint });
        consumed = unit.end;
        continue;
      }
    }
    out.push(
      valueMention(start, unit.end, unit.value, unit.unit, before, outOf, num.value.decimalPoint, false),
    );
    consumed = unit.end;
  }
  for (const clause of s.clauses) out.push(...metPlan(text, clause));
  return out.sort((a, b) => a.start - b.start);
}

function valueMention(
  start: number,
  end: number,
  value: number,
  unit: Unit,
  before: string,
  outOf: number | undefined,
  decimalPoint: boolean,
  rank: boolean,
): ValueMention {
  const q = QUALIFIER.exec(before)?.[1]?.toLowerCase();
  return {
    kind: 'value',
    start,
    end,
    value,
    unit,
    ...(outOf !== undefined ? { outOf } : {}),
    rank,
    qualifier: q === 'hơn' || q === 'trên' ? 'more-than' : 'exact',
    nearly: q === 'gần',
    restated: RESTATED.test(before),
    decimalPoint,
  };
}

/** "đạt kế hoạch năm" with no number: the plan met (100 %). */
function metPlan(text: string, clause: Span): ComparisonMention[] {
  const part = text.slice(clause.start, clause.end);
  const out: ComparisonMention[] = [];
  MET_PLAN.lastIndex = 0;
  for (let m = MET_PLAN.exec(part); m; m = MET_PLAN.exec(part)) {
    const start = clause.start + m.index + (m[0].length - m[0].trimStart().length);
    out.push({
      kind: 'comparison',
      start,
      comparison: { type: 'target', percent: 100, target: 'annual-plan' },
      end: clause.start + m.index + m[0].length,
      metPlan: true,
    });
  }
  return out;
}
