/**
 * The period a figure refers to, from the words before it: "10 tháng đầu năm
 * 2023" (months 1–10), "cả năm 2023" / "năm 2023" (the year), "lũy kế đến hết
 * năm 2023" or "nâng tổng số … lên" (a stock at the year's end), "đến nay",
 * "hiện nay", "hiện …" (to date, as of the report's date). A year after
 * "so với" is a comparison's base, never the figure's period.
 *
 * Also "11 tháng" (the first eleven months) and "quý I/2025" (a quarter).
 *
 * The closest cue before the number in its clause wins, then in its
 * sentence; then "hoàn thành" anywhere in the sentence (completed: a status at the report's date); then a
 * cue after the number in its clause; else the report's year.
 */
import type { Period } from '../data/schema';
import type { Span } from './structure';

export interface ReportDates {
  /** The year the report is about. */
  year: number;
  /** The report's date (YYYY-MM-DD), for "to date" figures; unknown if undefined. */
  published?: string;
}

type Cue =
  | { kind: 'months'; from: number; to: number; year?: number }
  | { kind: 'end-of-year'; year?: number }
  | { kind: 'to-date' }
  | { kind: 'year'; year?: number };

const NUMBER_WORDS: Record<string, number> = { ba: 3, sáu: 6, chín: 9, mười: 10 };
const Y = '(?:\\s+(?:năm\\s+)?(\\d{4}))?';

// A year after "đến" ("tầm nhìn đến năm 2030") is a horizon, not the figure's period.
const CUES: readonly [RegExp, (m: RegExpExecArray) => Cue][] = [
  [
    new RegExp(`(\\d{1,2}|ba|sáu|chín|mười)\\s+tháng\\s+(đầu|cuối)\\s+năm${Y}`, 'giu'),
    (m) => {
      const n = Number(m[1]) || NUMBER_WORDS[m[1]!.toLowerCase()] || 12;
      const year = m[3] ? { year: Number(m[3]) } : {};
      return /cuối/iu.test(m[2]!)
        ? { kind: 'months', from: 13 - n, to: 12, ...year }
        : { kind: 'months', from: 1, to: n, ...year };
    },
  ],
  [
    // "11 tháng năm 2025", "9 tháng": the first N months.
    new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\s+tháng(?!\\s+(?:đầu|cuối))${Y}(?![\\p{L}])`, 'giu'),
    (m) => ({
      kind: 'months',
      from: 1,
      to: Math.min(12, Math.max(1, Number(m[1]))),
      ...(m[2] ? { year: Number(m[2]) } : {}),
    }),
  ],
  [
    // "Quý I/2025", "quý 3 năm 2025": a quarter.
    /quý\s+(IV|III|II|I|[1-4])(?:\s*\/\s*|\s+năm\s+)?(\d{4})?/giu,
    (m) => {
      const q = { I: 1, II: 2, III: 3, IV: 4 }[m[1]!.toUpperCase() as 'I'] ?? Number(m[1]);
      return { kind: 'months', from: 3 * q - 2, to: 3 * q, ...(m[2] ? { year: Number(m[2]) } : {}) };
    },
  ],
  [
    /(?:l[ũu]y kế|tính đến hết năm|đến hết năm|đến cuối năm|nâng tổng số)(?:[^,;.]{0,30}?năm\s+(\d{4}))?/giu,
    (m) => ({ kind: 'end-of-year', ...(m[1] ? { year: Number(m[1]) } : {}) }),
  ],
  [
    /(?:đến nay|hiện nay|tính đến thời điểm|đến thời điểm này|(?<!(?:thực|xuất|phát|thể|biểu|hiển|tái|xuất) )hiện(?!\s+(?:đại|thực|tượng|diện|vật|hành|ra))(?![\p{L}]))/giu,
    () => ({ kind: 'to-date' }),
  ],
  [
    /(?<!(?:so với\s+(?:cùng kỳ\s+)?(?:thực hiện\s+)?|(?:đến|tới)\s+))(?:(?:cả|trong)\s+)?năm\s+(\d{4})(?![\d\s]*[-–]\s*\d)/giu,
    (m) => ({ kind: 'year', year: Number(m[1]) }),
  ],
  [/(?:^|[^\p{L}])(?:trong năm|cả năm)(?!\s+\d)/giu, () => ({ kind: 'year' })],
];
const WEAK = /(?:^|[^\p{L}])hoàn thành(?![\p{L}])/iu;

interface Found {
  at: number;
  end: number;
  cue: Cue;
}

function cuesIn(text: string, span: Span): Found[] {
  const part = text.slice(span.start, span.end);
  const found: Found[] = [];
  for (const [re, make] of CUES) {
    re.lastIndex = 0;
    for (let m = re.exec(part); m; m = re.exec(part)) {
      const at = span.start + m.index;
      const end = at + m[0].length;
      // An earlier, more specific cue ("lũy kế đến hết năm 2023") holds its own "năm 2023".
      if (!found.some((f) => at < f.end && end > f.at)) found.push({ at, end, cue: make(m) });
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

export function toPeriod(cue: Cue | undefined, dates: ReportDates): { period: Period; flags: string[] } {
  const year = (cue && 'year' in cue && cue.year) || dates.year;
  if (!cue) return { period: { kind: 'year', year }, flags: ['period-default'] };
  switch (cue.kind) {
    case 'months':
      return { period: { kind: 'months', year, fromMonth: cue.from, toMonth: cue.to }, flags: [] };
    case 'end-of-year':
      return { period: { kind: 'end-of-year', year }, flags: [] };
    case 'to-date':
      return dates.published
        ? { period: { kind: 'to-date', year, asOf: dates.published }, flags: [] }
        : { period: { kind: 'year', year }, flags: ['to-date-without-date'] };
    case 'year':
      return { period: { kind: 'year', year }, flags: [] };
  }
}

/** The period of a number at `at`, in `clause` of `sentence`. */
export function periodAt(
  text: string,
  at: number,
  clause: Span,
  sentence: Span,
  dates: ReportDates,
): { period: Period; flags: string[] } {
  const before = (span: Span) => cuesIn(text, { start: span.start, end: at }).at(-1)?.cue;
  const cue =
    before(clause) ??
    before(sentence) ??
    (WEAK.test(text.slice(sentence.start, sentence.end)) ? ({ kind: 'to-date' } as const) : undefined) ??
    cuesIn(text, { start: at, end: clause.end })[0]?.cue;
  return toPeriod(cue, dates);
}
