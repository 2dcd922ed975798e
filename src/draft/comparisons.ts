/**
 * Recognises a number as one side of a comparison from the words around it:
 * "tăng 8,6% so với năm 2022", "đạt 100,7% kế hoạch", "đạt 83% dự toán",
 * "đạt 81% Nghị quyết HĐND", "bằng 87,5% so với năm 2022", "gấp 5,2 lần",
 * "tăng 7 bậc", "đạt tỉ lệ (73,8%)", "(đạt 53,53%)", and "đạt kế hoạch"
 * with no number (the plan met: 100 %). Base years are read from the
 * "so với … năm N" that follows; where none is written the drafter assumes
 * the year before the figure's and flags it.
 */
import { TARGETS } from '../data/schema';

export type Target = (typeof TARGETS)[number];

export type PendingComparison =
  | { type: 'growth'; percent: number }
  | { type: 'target'; percent: number; target: Target }
  | { type: 'ratio'; percent: number }
  | { type: 'multiple'; times: number }
  | { type: 'rank-change'; places: number }
  | { type: 'share'; percent: number };

export interface ComparisonRead {
  comparison: PendingComparison;
  /** "về số dự án": the words naming which quantity the comparison is about. */
  about?: string;
  /** The base year written after it ("so với cùng kỳ năm 2022"), if any. */
  baseYear?: number;
  /** Offset where the comparison's words end (the next comma or the clause's end). */
  end: number;
}

const Q = '(?:\\s+(?:khoảng|hơn|gần|trên|thêm|xấp xỉ))?';
const GROWTH = new RegExp(`(?:^|[^\\p{L}])(tăng|giảm)(?:\\s+trưởng)?${Q}\\s*$`, 'iu');
const GROWTH_RATE = /(?:tốc độ tăng|tăng trưởng)[^,;.%]{0,60}?(?:đạt|là|ở mức)\s*$/iu;
const RATIO = /(?:^|[^\p{L}])bằng\s*$/iu;
const TIMES = /(?:^|[^\p{L}])gấp\s*$/iu;
const SHARE = /(?:(?:^|[^\p{L}])t[ỉỷ] lệ\s*\(?\s*|\(\s*(?:đạt|chiếm)\s*|(?:^|[^\p{L}])chiếm\s*)$/iu;
const TARGET_AFTER = /^\s*(?:so với\s+)?(?:kế hoạch|KH|chỉ tiêu|dự toán|nghị quyết|NQ)(?![\p{L}])/iu;
const TARGET_BEFORE = /(?:^|[^\p{L}])(?:đạt|bằng|hoàn thành|thực hiện|được)\s*$/iu;

/** Which target a phrase names. */
export function targetOf(phrase: string): Target {
  if (/HĐND|Hội đồng nhân dân|nghị quyết|NQ|địa phương/iu.test(phrase)) return 'hdnd-resolution';
  if (/dự toán/iu.test(phrase)) return 'mof-estimate';
  return 'annual-plan';
}

/** The year of the first "so với …" in `after`, or undefined (none, or one without a year). */
export function baseYearAfter(after: string): number | undefined {
  const m = /so với\s+((?:cùng kỳ|thực hiện|kết quả|số liệu|năm|\s)*)(\d{4})(?!\d)/iu.exec(after);
  if (!m) return undefined;
  // The year must belong to the first "so với", not a later one.
  if (after.slice(0, m.index).includes('so với')) return undefined;
  return Number(m[2]);
}

/** End of a comparison's words: the next comma, ";" or the clause's end; ")" closes a bracket opened before it. */
function phraseEnd(after: string, opened: boolean): number {
  if (opened) {
    const close = after.indexOf(')');
    if (close >= 0) return close + 1;
  }
  const m = /,(?!\d)|[;(]|\s+(?:và|với)\s+(?=\d)/u.exec(after);
  // The clause's own closing mark is not part of the comparison.
  return m ? m.index : after.replace(/[\s.;:!?…]+$/u, '').length;
}

/**
 * `before`: the clause's text up to the number; `after`: from the end of the
 * number's unit to the clause's end; `afterAt`: the offset of `after`.
 */
export function readComparison(
  before: string,
  after: string,
  afterAt: number,
  value: number,
  unit: 'percent' | 'times' | 'places' | 'other',
): ComparisonRead | undefined {
  const opened = /\(\s*(?:đạt|chiếm)?\s*$|t[ỉỷ] lệ\s*\(\s*$/iu.test(before);
  const end = afterAt + phraseEnd(after, opened);
  const upTo = after.slice(0, end - afterAt);
  const about = /^\s*về\s+(?:số\s+)?([^,;]*?)(?=\s+(?:và|so với)|[,;]|$)/iu.exec(upTo)?.[1];
  const base = baseYearAfter(after);
  const extra = {
    ...(about ? { about } : {}),
    ...(base !== undefined ? { baseYear: base } : {}),
  };
  if (unit === 'places') {
    const m = GROWTH.exec(before);
    if (!m) return undefined;
    const sign = /giảm/iu.test(m[1]!) ? -1 : 1;
    return { comparison: { type: 'rank-change', places: sign * value }, ...extra, end };
  }
  if (unit === 'times') {
    if (!TIMES.test(before)) return undefined;
    return { comparison: { type: 'multiple', times: value }, ...extra, end };
  }
  if (unit !== 'percent') return undefined;
  if (TARGET_AFTER.test(after) && (TARGET_BEFORE.test(before) || /\(\s*$/u.test(before)))
    return { comparison: { type: 'target', percent: value, target: targetOf(upTo) }, ...extra, end };
  // "Tốc độ tăng trưởng kinh tế (GRDP) ước đạt 8,5%": a growth rate named as such.
  if (GROWTH_RATE.test(before)) return { comparison: { type: 'growth', percent: value }, ...extra, end };
  const growth = GROWTH.exec(before);
  if (growth) {
    const sign = /giảm/iu.test(growth[1]!) ? -1 : 1;
    return { comparison: { type: 'growth', percent: sign * value }, ...extra, end };
  }
  // "bằng 87,5% so với năm 2022", and "đạt 105% so với cùng kỳ": a percentage of the base year's value.
  if (
    (RATIO.test(before) || TARGET_BEFORE.test(before)) &&
    /^\s*so với\s+(?:cùng kỳ|năm|thực hiện)/iu.test(after)
  )
    return { comparison: { type: 'ratio', percent: value }, ...extra, end };
  if (SHARE.test(before)) return { comparison: { type: 'share', percent: value }, ...extra, end };
  return undefined;
}

/** "đạt kế hoạch (năm)" with no number: the plan met, read as 100 % of it. */
export const MET_PLAN = /(?:^|[^\p{L}])(?:đạt|hoàn thành)\s+(kế hoạch|chỉ tiêu)(?:\s+năm)?(?![\p{L}])/giu;
