/**
 * The words after a number that say what it counts, mapped onto the schema's
 * UNITS: "tỷ đồng", "4 tỷ 180 triệu USD", "01 triệu dữ liệu", "07 xã". A
 * number followed by none of these is not proposed (its unit could not be
 * stored), and the drafter lists it as skipped.
 */
import type { Unit } from '../data/schema';

export interface UnitMatch {
  unit: Unit;
  /** The number in the unit, after the scale words ("4 tỷ 180 triệu USD" → 4180). */
  value: number;
  /** Offset just past the unit's words. */
  end: number;
}

/** Count nouns, longest first so "hợp tác xã" wins over "xã". */
const NOUNS: readonly [string, Unit][] = [
  ['hợp tác xã', 'cooperatives'],
  ['đơn vị cấp huyện', 'districts'],
  ['đơn vị cấp xã', 'communes'],
  ['huyện, thị xã, thành phố', 'districts'],
  ['xã, phường, thị trấn', 'communes'],
  ['cấp huyện', 'districts'],
  ['cấp xã', 'communes'],
  ['huyện', 'districts'],
  ['xã', 'communes'],
  ['dự án', 'projects'],
  ['doanh nghiệp', 'enterprises'],
  ['hộ gia đình', 'households'],
  ['hộ(?! (?:tịch|chiếu|khẩu|lý|trợ))', 'households'],
  ['người lao động', 'workers'],
  ['lượt lao động', 'workers'],
  ['lao động', 'workers'],
  ['phần quà', 'gifts'],
  ['suất quà', 'gifts'],
  ['hài cốt', 'remains'],
  ['dịch vụ', 'services'],
  ['nhóm nhiệm vụ', 'task-groups'],
  ['danh mục nhiệm vụ', 'tasks'],
  ['nhiệm vụ', 'tasks'],
  ['công dân', 'citizens'],
  ['tài khoản', 'accounts'],
  ['hồ sơ', 'records'],
  ['dữ liệu', 'records'],
  ['bản ghi', 'records'],
  ['trung tâm', 'centres'],
  ['tổ chức cơ sở đảng', 'organisations'],
  ['tổ chức đảng', 'organisations'],
  ['chi bộ', 'organisations'],
  ['đảng viên', 'party-members'],
];

const END = '(?![\\p{L}\\p{N}])';
const re = (src: string) => new RegExp(`^\\s*(?:${src})${END}`, 'iu');
const NOUN_RES = NOUNS.map(([src, unit]) => [re(src), unit] as const);
/** "đơn vị" alone says what it counts a few words on: "02 đơn vị là thị xã …". */
const UNIT_WORD = re('đơn vị');
const UNIT_WORD_DISTRICT = /^[^,;.()]{0,30}?(?:cấp huyện|huyện|thị xã|thành phố)/iu;
const UNIT_WORD_COMMUNE = /^[^,;.()]{0,30}?(?:cấp xã|xã|phường|thị trấn)/iu;

const MONEY: readonly [RegExp, (n: number, m: RegExpExecArray) => [Unit, number]][] = [
  [re('(?:tỷ|tỉ)\\s+(\\d{1,3})\\s+triệu\\s+(?:USD|đô la Mỹ)'), (n, m) => ['million-usd', n * 1000 + +m[1]!]],
  [re('(?:tỷ|tỉ)\\s+(\\d{1,3})\\s+triệu\\s+(?:đồng|VNĐ|VND)'), (n, m) => ['billion-vnd', n + +m[1]! / 1000]],
  [re('(?:nghìn|ngàn)\\s+(?:tỷ|tỉ)\\s+(?:đồng|VNĐ|VND)'), (n) => ['billion-vnd', n * 1000]],
  [re('(?:tỷ|tỉ)\\s+(?:USD|đô la Mỹ)'), (n) => ['million-usd', n * 1000]],
  [re('(?:tỷ|tỉ)\\s+(?:đồng|VNĐ|VND)'), (n) => ['billion-vnd', n]],
  [re('triệu\\s+(?:USD|đô la Mỹ)'), (n) => ['million-usd', n]],
  [re('triệu\\s+(?:đồng|VNĐ|VND)'), (n) => ['billion-vnd', n / 1000]],
  [re('(?:nghìn|ngàn)\\s+(?:USD|đô la Mỹ)'), (n) => ['million-usd', n / 1000]],
];
const SCALE = re('(triệu|nghìn|ngàn)');

/** Exact sums of decimals: 0.1 + 0.2 style noise never reaches a figure. */
const clean = (n: number) => Number(n.toPrecision(12));

export function countNounAt(text: string, at: number): { unit: Unit; end: number } | undefined {
  const rest = text.slice(at, at + 80);
  for (const [r, unit] of NOUN_RES) {
    const m = r.exec(rest);
    if (m) return { unit, end: at + m[0].length };
  }
  const w = UNIT_WORD.exec(rest);
  if (w) {
    const after = rest.slice(w[0].length);
    if (UNIT_WORD_DISTRICT.test(after)) return { unit: 'districts', end: at + w[0].length };
    if (UNIT_WORD_COMMUNE.test(after)) return { unit: 'communes', end: at + w[0].length };
  }
  return undefined;
}

/** The unit that follows a number ending at `at`, or undefined. */
export function readUnit(text: string, value: number, at: number): UnitMatch | undefined {
  const rest = text.slice(at, at + 80);
  const pct = /^\s?%/u.exec(rest);
  if (pct) return { unit: 'percent', value, end: at + pct[0].length };
  for (const [r, to] of MONEY) {
    const m = r.exec(rest);
    if (m) {
      const [unit, n] = to(value, m);
      return { unit, value: clean(n), end: at + m[0].length };
    }
  }
  const scale = SCALE.exec(rest);
  if (scale) {
    const noun = countNounAt(text, at + scale[0].length);
    const factor = /triệu/iu.test(scale[1]!) ? 1_000_000 : 1000;
    return noun ? { unit: noun.unit, value: clean(value * factor), end: noun.end } : undefined;
  }
  const noun = countNounAt(text, at);
  return noun ? { unit: noun.unit, value, end: noun.end } : undefined;
}

/** "về số dự án", "về số vốn": which units a comparison names as its subject. */
export function unitsNamed(words: string): Unit[] | undefined {
  if (/vốn|giá trị|kim ngạch|doanh thu|tiền/iu.test(words)) return ['billion-vnd', 'million-usd'];
  for (let i = 0; i < words.length; i++) {
    if (i > 0 && /[\p{L}]/u.test(words[i - 1]!)) continue;
    const noun = countNounAt(words, i);
    if (noun) return [noun.unit];
  }
  return undefined;
}
