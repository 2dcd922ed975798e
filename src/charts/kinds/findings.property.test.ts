/**
 * Properties of every chart kind's finding rule (issue 13, point 4): whatever the numbers — on each
 * side of every threshold, with ties — the title agrees with them, in both languages. The expected
 * claims are computed here from the numbers (an oracle written apart from the rules), then looked for
 * in the title; and the title is read back (how many, which ones, which verb) rather than compared
 * with the rule's own output.
 *
 * Each kind is checked twice: its exported title function on generated rows, and every declared chart
 * of that kind in the shipped charts.json, built through the real path (chartDefOf(decl).build) from a
 * copy of the shipped datasets with its figures changed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PALETTES } from '../palettes';
import { splitRef, type ChartDecl, type ChartKind } from '../../data/chartsFile';
import { formatNumber, formatPercent } from '../../data/number';
import type { Comparison, Figure, Locale } from '../../data/schema';
import { kpiHeadline } from '../../features/present/content';
import { CHARTS_FILE, SHIPPED_DATA } from '../../../tests/shipped';
import type { ChartModel, Datasets } from '../model';
import { changeRankingTitle } from './changeRanking';
import { compositionTitle } from './composition';
import { countOfTotalTitle } from './countOfTotal';
import { coverageTitle } from './coverage';
import { chartDefOf } from './index';
import { planAttainmentTitle } from './planAttainment';
import { rankSlopeTitle } from './rankSlope';
import { twoPeriodsTitle } from './twoPeriods';
import { valueVsBaseTitle } from './valueVsBase';

const RUNS = { numRuns: 150 };
/** Generous: the machine this runs on may be busy with other suites (2 cores). */
const SLOW = { timeout: 30_000 };
const LOCALES: readonly Locale[] = ['vi', 'en'];
const localeArb = fc.constantFrom<Locale>(...LOCALES);

// ---------------------------------------------------------------------------
// Numbers on each side of every threshold, ties made likely by a few repeated values.
// ---------------------------------------------------------------------------

const twoDecimals = (min: number, max: number) =>
  fc.integer({ min: min * 100, max: max * 100 }).map((n) => n / 100);

/** A growth in percent: negative, zero and positive, as the schema allows (> -100, ≤ 1000). */
const growthArb = fc.oneof(
  fc.constantFrom(-12.5, -2.5, -0.01, 0, 0.01, 2.5, 8.74, 19.65),
  fc.integer({ min: -99, max: 200 }),
  twoDecimals(-99.99, 1000),
);
/** A percent of plan (or of a whole): below, at and above 100. */
const aroundHundredArb = fc.oneof(
  fc.constantFrom(0, 81, 95.42, 99.99, 100, 100, 100.01, 100.7, 104, 270),
  fc.integer({ min: 90, max: 110 }),
  twoDecimals(0, 300),
);
const placesArb = fc.oneof(fc.constantFrom(-3, -1, 0, 0, 1, 7, 10), fc.integer({ min: -20, max: 20 }));

/** Names none of which contains another, so a name found in a title is that item. */
const NAMES = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf'];
const NOUN = { vi: 'mục', en: 'items' };

function rowsArb<K extends string>(key: K, value: fc.Arbitrary<number>, min = 1) {
  return fc
    .array(value, { minLength: min, maxLength: NAMES.length })
    .map((vs) => vs.map((v, i) => ({ name: NAMES[i]!, [key]: v }) as { name: string } & Record<K, number>));
}

// ---------------------------------------------------------------------------
// Reading a title back.
// ---------------------------------------------------------------------------

/** Signs glued to a verb or to each other, words of a broken template, doubled or stray spaces. */
function garbage(text: string): string[] {
  const out: string[] = [];
  for (const bad of [
    /tăng -|giảm -|rose -|fell -|tăng −|giảm −|rose −|fell −/,
    /\+-|\+−|−-|−−|--|-−/,
    /NaN|undefined|Infinity|null|\[object/,
    / {2}/,
    / [,;.)]/,
    /\(\)/,
  ])
    if (bad.test(text)) out.push(`${bad} in ${JSON.stringify(text)}`);
  if (text.trim() !== text || text === '') out.push(`untrimmed or empty: ${JSON.stringify(text)}`);
  return out;
}

function modelGarbage(m: ChartModel): string[] {
  const aria = (m.option.aria as { label?: { description?: string } } | undefined)?.label?.description;
  return [m.title, m.subtitle, aria ?? 'undefined'].flatMap(garbage);
}

interface Count {
  n: number;
  m: number;
  most: boolean;
}

/**
 * The count a counted phrase at the start of `text` claims: "Cả hai", "Tất cả 7", "Phần lớn … (6/7)",
 * "Không … nào (0/5)", "2/5"; "Both", "All three", "All 7", "Most … (6 of 7)", "None of the 5", "2 of 5".
 */
function readCount(text: string, locale: Locale): Count | undefined {
  const s = text.toLocaleLowerCase('vi');
  const num = (x: string) =>
    Number(locale === 'vi' ? x.replace(/\./g, '').replace(',', '.') : x.replace(/,/g, ''));
  const N = '([\\d.,]*\\d)';
  const rules: Array<[RegExp, (x: RegExpMatchArray) => Count]> =
    locale === 'vi'
      ? [
          [/^cả hai /, () => ({ n: 2, m: 2, most: false })],
          [/^cả ba /, () => ({ n: 3, m: 3, most: false })],
          [new RegExp(`^tất cả ${N} `), (x) => ({ n: num(x[1]!), m: num(x[1]!), most: false })],
          [
            new RegExp(`^phần lớn [^(]*\\(${N}/${N}\\)`),
            (x) => ({ n: num(x[1]!), m: num(x[2]!), most: true }),
          ],
          [new RegExp(`^không [^(]* nào \\(0/${N}\\)`), (x) => ({ n: 0, m: num(x[1]!), most: false })],
          [new RegExp(`^${N}/${N} `), (x) => ({ n: num(x[1]!), m: num(x[2]!), most: false })],
        ]
      : [
          [/^both /, () => ({ n: 2, m: 2, most: false })],
          [/^all three /, () => ({ n: 3, m: 3, most: false })],
          [new RegExp(`^all ${N} `), (x) => ({ n: num(x[1]!), m: num(x[1]!), most: false })],
          [
            new RegExp(`^most [^(]*\\(${N} of ${N}\\)`),
            (x) => ({ n: num(x[1]!), m: num(x[2]!), most: true }),
          ],
          [new RegExp(`^none of the ${N} `), (x) => ({ n: 0, m: num(x[1]!), most: false })],
          [new RegExp(`^${N} of ${N} `), (x) => ({ n: num(x[1]!), m: num(x[2]!), most: false })],
        ];
  for (const [re, f] of rules) {
    const x = s.match(re);
    if (x) return f(x);
  }
  return undefined;
}

/** What is wrong with the count a phrase claims, against n of m computed from the numbers. */
function countProblems(text: string, n: number, m: number, locale: Locale): string[] {
  const c = readCount(text, locale);
  if (!c) return [`no count at the start of ${JSON.stringify(text)}`];
  const out: string[] = [];
  if (c.n !== n || c.m !== m) out.push(`claims ${c.n} of ${c.m}, the numbers give ${n} of ${m}: ${text}`);
  // "Most" exactly when more than half, and not all.
  if (c.most !== (2 * n > m && n < m))
    out.push(`"most" ${c.most ? 'for' : 'missing for'} ${n} of ${m}: ${text}`);
  return out;
}

const lower = (s: string) => s.toLocaleLowerCase('vi');

/** Which of `names` a text mentions; a name inside a longer mentioned name is not counted. */
function namesIn(text: string, names: readonly string[]): string[] {
  const found = names.filter((n) => lower(text).includes(lower(n)));
  return found.filter((n) => !found.some((o) => o !== n && lower(o).includes(lower(n))));
}

/** The superlative must name exactly the items at the end of the sort, and nothing when all tie. */
function superlativeProblems(
  segment: string | undefined,
  rows: ReadonlyArray<{ name: string; v: number }>,
  end: 'max' | 'min',
): { problems: string[]; top: number | undefined } {
  const values = rows.map((r) => r.v);
  const target = end === 'max' ? Math.max(...values) : Math.min(...values);
  // One item, or all equal: nothing is highest.
  const allTie = values.every((v) => v === values[0]);
  if (allTie)
    return {
      problems: segment === undefined ? [] : [`a superlative among equals: ${segment}`],
      top: undefined,
    };
  const expected = rows.filter((r) => r.v === target).map((r) => r.name);
  if (segment === undefined)
    return { problems: [`no superlative, expected ${expected.join(', ')}`], top: target };
  const named = namesIn(
    segment,
    rows.map((r) => r.name),
  );
  return {
    problems:
      [...named].sort().join('|') === [...expected].sort().join('|')
        ? []
        : [`superlative names ${named.join(', ')}, the numbers give ${expected.join(', ')}: ${segment}`],
    top: target,
  };
}

/** Words, as whole words, so "đạt" is not found in "chưa đạt" by accident of the test. */
const has = (text: string, word: string) =>
  new RegExp(`(^|[\\s(,;:])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[\\s),;:.])`, 'iu').test(text);

// ---------------------------------------------------------------------------
// The oracles: what each kind's title must say, from the numbers alone.
// ---------------------------------------------------------------------------

function changeRankingProblems(
  title: string,
  rows: ReadonlyArray<{ name: string; v: number }>,
  locale: Locale,
) {
  const [head = '', sup, ...more] = title.split('; ');
  const rose = rows.filter((r) => r.v > 0).length;
  const out = [...countProblems(head, rose, rows.length, locale), ...(more.length ? ['three clauses'] : [])];
  if (!has(head, locale === 'vi' ? 'tăng' : 'rose')) out.push(`no "rose" in the count: ${head}`);
  const s = superlativeProblems(sup, rows, 'max');
  out.push(...s.problems);
  if (sup !== undefined && s.top !== undefined) {
    const [rise, fall, flat] =
      locale === 'vi'
        ? ['tăng nhanh nhất', 'giảm ít nhất', 'không đổi']
        : ['grew fastest', 'fell least', 'unchanged'];
    const want = s.top > 0 ? rise : s.top < 0 ? fall : flat;
    for (const w of [rise, fall, flat])
      if (sup.includes(w) !== (w === want))
        out.push(`"${w}" ${w === want ? 'missing' : 'wrong'} for ${s.top}: ${sup}`);
    if (s.top > 0 && !sup.includes('+')) out.push(`a rise without "+": ${sup}`);
    if (s.top < 0 && !sup.includes('−')) out.push(`a fall without "−": ${sup}`);
    if (s.top !== 0 && !sup.includes(formatPercent(Math.abs(s.top), locale)))
      out.push(`not the top's figure ${s.top}: ${sup}`);
  }
  return out;
}

/** At or above 100 % counts as met: stated here apart from PLAN_MET_AT, so a change to it shows. */
const metAt100 = (p: number) => p >= 100;

function planAttainmentProblems(
  title: string,
  rows: ReadonlyArray<{ name: string; v: number }>,
  locale: Locale,
) {
  const [head = '', sup] = title.split('; ');
  const met = rows.filter((r) => metAt100(r.v)).length;
  const out = countProblems(head, met, rows.length, locale);
  const allMet = met === rows.length;
  const s = superlativeProblems(sup, rows, allMet ? 'max' : 'min');
  out.push(...s.problems);
  if (sup !== undefined && s.top !== undefined) {
    const [hi, lo] = locale === 'vi' ? ['cao nhất', 'thấp nhất'] : ['highest', 'lowest'];
    if (!sup.startsWith(allMet ? hi : lo)) out.push(`expected "${allMet ? hi : lo}": ${sup}`);
    if (!sup.endsWith(`, ${formatPercent(s.top, locale)}`))
      out.push(`not the extreme's figure ${s.top}: ${sup}`);
  }
  return out;
}

function coverageProblems(
  title: string,
  rows: ReadonlyArray<{ name: string; v: number; derived?: boolean }>,
  locale: Locale,
) {
  const [head = '', sup] = title.split('; ');
  const full = rows.filter((r) => r.v >= 100).length;
  const out = countProblems(head, full, rows.length, locale);
  if (full === rows.length) {
    if (sup !== undefined) out.push(`a lowest when all are at 100 % or more: ${sup}`);
    return out;
  }
  const s = superlativeProblems(sup, rows, 'min');
  out.push(...s.problems);
  // A share computed from a count and its total is derived: it carries ≈ and no false precision.
  const derived = rows.find((r) => r.v === s.top)?.derived === true;
  const shown =
    s.top === undefined
      ? ''
      : derived
        ? `(≈ ${formatPercent(s.top, locale, 0)})`
        : `(${formatPercent(s.top, locale)})`;
  if (sup !== undefined && s.top !== undefined && !sup.endsWith(shown))
    out.push(`not the lowest figure ${shown}: ${sup}`);
  return out;
}

function rankSlopeProblems(title: string, rows: ReadonlyArray<{ name: string; v: number }>, locale: Locale) {
  const [head = '', sup] = title.split('; ');
  const up = rows.filter((r) => r.v > 0).length;
  const out = countProblems(head, up, rows.length, locale);
  const s = superlativeProblems(sup, rows, 'max');
  out.push(...s.problems);
  if (sup !== undefined && s.top !== undefined) {
    const [gain, loss, held] =
      locale === 'vi'
        ? ['tăng nhiều nhất', 'giảm ít nhất', 'giữ nguyên hạng']
        : ['gained most', 'lost least', /held (its|their) ranks?/.source];
    const want = s.top > 0 ? gain : s.top < 0 ? loss : held;
    for (const w of [gain, loss, held])
      if (new RegExp(w).test(sup) !== (w === want))
        out.push(`"${w}" ${w === want ? 'missing' : 'wrong'} for ${s.top}: ${sup}`);
    const n = Math.abs(s.top);
    if (s.top !== 0 && !sup.includes(locale === 'vi' ? `(${n} bậc)` : `(${n} place${n === 1 ? '' : 's'}`))
      out.push(`not the top's places ${s.top}: ${sup}`);
  }
  return out;
}

/** A list of several names takes a plural verb in English. */
function agreementProblems(title: string, locale: Locale): string[] {
  if (locale !== 'en') return [];
  return / and [^;,]*\b(was unchanged|held its rank)/.test(title)
    ? [`singular verb after a list: ${title}`]
    : [];
}

type Dir = 'up' | 'down' | 'flat';
const dir = (n: number): Dir => (n > 0 ? 'up' : n < 0 ? 'down' : 'flat');
const VERBS: Record<Locale, Record<Dir, RegExp>> = {
  vi: { up: /(^|\s)(tăng|gấp)\s/, down: /(^|\s)giảm[\s,]/, flat: /không đổi/ },
  en: {
    up: /(^|\s)(rose|rising|was [\d.,]+ times)\s/,
    down: /(^|\s)(fell|falling)\s/,
    flat: /unchanged|holding level/,
  },
};

/** The change clause states the direction of `n`, and no other. */
function directionProblems(text: string, n: number, locale: Locale): string[] {
  const want = dir(n);
  return (['up', 'down', 'flat'] as const).flatMap((d) =>
    VERBS[locale][d].test(text) !== (d === want)
      ? [`${d} verb ${d === want ? 'missing' : 'present'} for a change of ${n}: ${text}`]
      : [],
  );
}

const TARGET_WORDS: Record<Locale, Record<string, string>> = {
  vi: {
    'annual-plan': 'kế hoạch',
    'mof-estimate': 'dự toán Bộ Tài chính giao',
    'hdnd-resolution': 'Nghị quyết HĐND tỉnh',
  },
  en: {
    'annual-plan': 'the plan',
    'mof-estimate': 'the Ministry of Finance estimate',
    'hdnd-resolution': 'the Provincial People’s Council resolution',
  },
};
const VERDICT: Record<Locale, Record<'beat' | 'met' | 'missed', string>> = {
  vi: { beat: 'vượt', met: 'đạt', missed: 'chưa đạt' },
  en: { beat: 'beat', met: 'met', missed: 'missed' },
};
const verdictAt100 = (p: number) => (p > 100 ? 'beat' : p === 100 ? 'met' : 'missed');

type TargetC = Extract<Comparison, { type: 'target' }>;

/** Each target with the verdict of its own number, or one verdict for all when they agree. */
function targetProblems(
  text: string,
  targets: readonly TargetC[],
  locale: Locale,
  { brief = false }: { brief?: boolean } = {},
): string[] {
  if (targets.length === 0) return [];
  const verdicts = targets.map((t) => verdictAt100(t.percent));
  const out: string[] = [];
  const phrase = (clause: string) => {
    if (!text.includes(clause)) out.push(`missing ${JSON.stringify(clause)} in ${text}`);
    // "đạt X" is also the end of "chưa đạt X": a met target must not read as missed.
    else if (
      locale === 'vi' &&
      clause.startsWith('đạt') &&
      !text.replace(`chưa ${clause}`, '').includes(clause)
    )
      out.push(`met reads as missed: ${text}`);
  };
  const pct = (t: TargetC) => formatPercent(t.percent, locale);
  if (targets.length > 1 && verdicts.every((v) => v === verdicts[0])) {
    const m = targets.length;
    const all =
      locale === 'vi'
        ? m === 2
          ? 'cả hai chỉ tiêu'
          : m === 3
            ? 'cả ba chỉ tiêu'
            : `tất cả ${m} chỉ tiêu`
        : m === 2
          ? 'both targets'
          : m === 3
            ? 'all three targets'
            : `all ${m} targets`;
    // A slide headline is brief: its tiles show each percent beside it.
    phrase(`${VERDICT[locale][verdicts[0]!]} ${all}${brief ? '' : ' ('}`);
    if (!brief)
      for (const t of targets)
        phrase(
          locale === 'vi'
            ? `${pct(t)} ${TARGET_WORDS.vi[t.target]}`
            : `${pct(t)} of ${TARGET_WORDS.en[t.target]}`,
        );
  } else
    targets.forEach((t, i) =>
      phrase(`${VERDICT[locale][verdicts[i]!]} ${TARGET_WORDS[locale][t.target]} (${pct(t)})`),
    );
  // No verdict that no number supports.
  const words = VERDICT[locale];
  if (!verdicts.includes('beat') && has(text, words.beat))
    out.push(`"${words.beat}" with none above 100: ${text}`);
  if (!verdicts.includes('missed') && text.includes(words.missed))
    out.push(`"${words.missed}" with none below 100: ${text}`);
  return out;
}

/** The change a figure states first, as a direction: growth by its sign, ratio against 100, multiple against 1. */
function firstChange(cs: readonly Comparison[]): number | undefined {
  for (const c of cs) {
    if (c.type === 'growth') return c.percent;
    if (c.type === 'ratio') return c.percent - 100;
    if (c.type === 'multiple') return c.times - 1;
  }
  return undefined;
}

function valueVsBaseProblems(
  title: string,
  name: string,
  cs: readonly Comparison[],
  locale: Locale,
): string[] {
  if (!title.startsWith(`${name} `) && !title.startsWith(`${name}:`))
    return [`does not start with ${name}: ${title}`];
  const rest = title.slice(name.length);
  const change = firstChange(cs);
  const targets = cs.filter((c): c is TargetC => c.type === 'target');
  const out: string[] = [];
  if (change !== undefined) out.push(...directionProblems(rest, change, locale));
  else
    out.push(
      ...(['up', 'down'] as const).flatMap((d) =>
        VERBS[locale][d].test(rest) ? [`a ${d} verb with no change: ${rest}`] : [],
      ),
    );
  out.push(...targetProblems(rest, targets, locale));
  return out;
}

function twoPeriodsProblems(
  title: string,
  name: string,
  earlier: number,
  later: number,
  locale: Locale,
): string[] {
  if (!title.startsWith(`${name} `)) return [`does not start with ${name}: ${title}`];
  const [own = '', compare = ''] = title
    .slice(name.length)
    .split(/, (?=nhanh|chậm|bằng|ít|nhiều|trong khi|faster|slower|the same|less|more|after)/);
  const out = directionProblems(own, later, locale);
  const words =
    locale === 'vi'
      ? {
          faster: 'nhanh hơn mức tăng',
          slower: 'chậm hơn mức tăng',
          samePace: 'bằng mức tăng',
          less: 'ít hơn mức giảm',
          more: 'nhiều hơn mức giảm',
          sameFall: 'bằng mức giảm',
        }
      : {
          faster: 'faster than',
          slower: 'slower than',
          samePace: 'the same pace',
          less: 'less than the',
          more: 'more than the',
          sameFall: 'the same fall',
        };
  const [dl, de] = [dir(later), dir(earlier)];
  const want =
    dl === 'up' && de === 'up'
      ? later > earlier
        ? words.faster
        : later < earlier
          ? words.slower
          : words.samePace
      : dl === 'down' && de === 'down'
        ? Math.abs(later) < Math.abs(earlier)
          ? words.less
          : Math.abs(later) > Math.abs(earlier)
            ? words.more
            : words.sameFall
        : undefined;
  for (const w of Object.values(words))
    if (compare.includes(w) !== (w === want))
      out.push(`"${w}" ${w === want ? 'missing' : 'wrong'} for ${later} after ${earlier}: ${title}`);
  // The earlier change in words, with its own verb, when the signs differ.
  if (want === undefined) out.push(...directionProblems(compare, earlier, locale));
  if (
    earlier !== 0 &&
    !compare.includes(formatPercent(Math.abs(earlier), locale)) &&
    want !== words.samePace &&
    want !== words.sameFall
  )
    out.push(`not the earlier figure ${earlier}: ${compare}`);
  return out;
}

function countOfTotalProblems(
  title: string,
  count: number,
  total: number,
  added: number,
  locale: Locale,
): string[] {
  const out = countProblems(title, count, total, locale);
  const more =
    locale === 'vi' ? `thêm ${formatNumber(added, locale)} ` : `, ${formatNumber(added, locale)} more in `;
  const none = locale === 'vi' ? 'không thêm' : 'none added';
  if (added > 0 ? !title.includes(more) || title.includes(none) : !title.includes(none))
    out.push(`added ${added} not stated as such: ${title}`);
  return out;
}

function compositionProblems(
  title: string,
  partName: string,
  part: number,
  total: number,
  share: { percent: number; derived: boolean },
  locale: Locale,
): string[] {
  const prefix = `${partName}: `;
  if (!title.startsWith(prefix)) return [`does not start with ${prefix}: ${title}`];
  const out = countProblems(title.slice(prefix.length), part, total, locale);
  const shareText = share.derived
    ? `≈ ${formatPercent(share.percent, locale, 0)}`
    : formatPercent(share.percent, locale);
  if (!title.endsWith(`, ${shareText}`)) out.push(`share ${shareText} not at the end: ${title}`);
  return out;
}

// ---------------------------------------------------------------------------
// The title functions on generated rows.
// ---------------------------------------------------------------------------

const check = (problems: string[]) => expect(problems).toEqual([]);
const asV = <K extends string>(rows: ReadonlyArray<{ name: string } & Record<K, number>>, k: K) =>
  rows.map((r) => ({ name: r.name, v: r[k] }));

describe('each kind’s title function agrees with its numbers', () => {
  it('change-ranking: how many rose, and which rose fastest (or fell least)', SLOW, () => {
    fc.assert(
      fc.property(
        rowsArb('percent', growthArb),
        fc.option(fc.integer({ min: 2000, max: 2100 })),
        localeArb,
        (rows, year, locale) => {
          const title = changeRankingTitle(rows, year ?? undefined, NOUN, locale);
          check([
            ...changeRankingProblems(title, asV(rows, 'percent'), locale),
            ...garbage(title),
            ...agreementProblems(title, locale),
          ]);
          if (year !== null) expect(title).toContain(String(year));
        },
      ),
      RUNS,
    );
  });

  it('plan-attainment: how many met (≥ 100 %), and the furthest behind or ahead', SLOW, () => {
    fc.assert(
      fc.property(rowsArb('percent', aroundHundredArb), localeArb, (rows, locale) => {
        const title = planAttainmentTitle(rows, NOUN, locale);
        check([...planAttainmentProblems(title, asV(rows, 'percent'), locale), ...garbage(title)]);
      }),
      RUNS,
    );
  });

  it('coverage: how many at 100 % or more, and the lowest', SLOW, () => {
    fc.assert(
      fc.property(rowsArb('percent', aroundHundredArb), localeArb, (rows, locale) => {
        const title = coverageTitle(rows, NOUN, locale);
        check([...coverageProblems(title, asV(rows, 'percent'), locale), ...garbage(title)]);
      }),
      RUNS,
    );
  });

  it('rank-slope: how many rose in rank, and which gained most (or lost least)', SLOW, () => {
    fc.assert(
      fc.property(rowsArb('places', placesArb), localeArb, (rows, locale) => {
        const title = rankSlopeTitle(rows, NOUN, locale);
        check([
          ...rankSlopeProblems(title, asV(rows, 'places'), locale),
          ...garbage(title),
          ...agreementProblems(title, locale),
        ]);
      }),
      RUNS,
    );
  });

  const targetsArb = fc
    .subarray(['annual-plan', 'mof-estimate', 'hdnd-resolution'] as const)
    .chain((kinds) =>
      fc.tuple(
        ...kinds.map((target) =>
          aroundHundredArb.map((percent): TargetC => ({ type: 'target', percent, target })),
        ),
      ),
    );
  const changeArb: fc.Arbitrary<Comparison[]> = fc.oneof(
    fc.constant<Comparison[]>([]),
    growthArb.map((percent) => [{ type: 'growth' as const, percent, baseYear: 2022 }]),
    aroundHundredArb.map((percent) => [{ type: 'ratio' as const, percent, baseYear: 2022 }]),
    fc
      .oneof(fc.constantFrom(0.5, 1, 1, 5.2), twoDecimals(0.01, 20))
      .map((times) => [{ type: 'multiple' as const, times, baseYear: 2022 }]),
  );

  it('value-vs-base: the change against the base year and each target’s verdict', SLOW, () => {
    fc.assert(
      fc.property(changeArb, targetsArb, fc.boolean(), localeArb, (change, targets, targetsFirst, locale) => {
        const cs = targetsFirst ? [...targets, ...change] : [...change, ...targets];
        const title = valueVsBaseTitle('Alpha', cs, '12 tỷ đồng', locale);
        check([...valueVsBaseProblems(title, 'Alpha', cs, locale), ...garbage(title)]);
      }),
      RUNS,
    );
  });

  it('two-periods: the later change, and how it compares with the earlier one', SLOW, () => {
    fc.assert(
      fc.property(growthArb, fc.oneof(growthArb, fc.constant(0)), localeArb, (later, earlier, locale) => {
        const [pe, pl] = locale === 'vi' ? ['10 tháng đầu năm 2023', 'năm 2023'] : ['Jan–Oct 2023', '2023'];
        const title = twoPeriodsTitle(
          'Alpha',
          { percent: earlier, period: pe },
          { percent: later, period: pl },
          locale,
        );
        check([...twoPeriodsProblems(title, 'Alpha', earlier, later, locale), ...garbage(title)]);
      }),
      RUNS,
    );
    // Equal changes, which random numbers rarely give.
    for (const locale of LOCALES)
      for (const p of [-4, 0, 5]) {
        const title = twoPeriodsTitle(
          'Alpha',
          { percent: p, period: 'P' },
          { percent: p, period: 'Q' },
          locale,
        );
        check([...twoPeriodsProblems(title, 'Alpha', p, p, locale), ...garbage(title)]);
      }
  });

  it('composition: a part of its total (equal to it, or less), with its share', SLOW, () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5000 })
          .chain((total) =>
            fc.tuple(
              fc.constant(total),
              fc.oneof(fc.constantFrom(0, total), fc.integer({ min: 0, max: total })),
            ),
          ),
        fc.boolean(),
        localeArb,
        ([total, part], derived, locale) => {
          const share = { percent: Math.round((part / total) * 1000) / 10, derived };
          const title = compositionTitle(
            'Alpha',
            part,
            total,
            share,
            { vi: 'nhiệm vụ', en: 'tasks' },
            locale,
          );
          check([...compositionProblems(title, 'Alpha', part, total, share, locale), ...garbage(title)]);
        },
      ),
      RUNS,
    );
  });

  it('count-of-total: the count of its total, and how many were added', SLOW, () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 200 })
          .chain((total) =>
            fc.tuple(
              fc.constant(total),
              fc.oneof(fc.constantFrom(0, total), fc.integer({ min: 0, max: total })),
            ),
          )
          .chain(([total, count]) =>
            fc.tuple(
              fc.constant(total),
              fc.constant(count),
              fc.oneof(fc.constant(0), fc.integer({ min: 0, max: count })),
            ),
          ),
        localeArb,
        ([total, count, added], locale) => {
          const unit = { vi: 'xã', en: 'communes' };
          const title = countOfTotalTitle(count, total, added, 2023, NOUN, unit, locale);
          check([...countOfTotalProblems(title, count, total, added, locale), ...garbage(title)]);
        },
      ),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------------------
// Every declared chart of each kind, built through the real path from changed figures.
// ---------------------------------------------------------------------------

const declsOfKind = (kind: ChartKind) => CHARTS_FILE.charts.filter((c) => c.kind === kind);

function figureOf(data: Datasets, ref: string): Figure {
  const { dataset, figure } = splitRef(ref);
  const f = data[dataset]?.figures.find((x) => x.id === figure);
  if (!f) throw new Error(`no ${ref} in the shipped data`);
  return f;
}

const nameOf = (f: Figure, locale: Locale) => (f.shortLabel ?? f.label)[locale];

function build(decl: ChartDecl, data: Datasets, locale: Locale): ChartModel {
  return chartDefOf(decl).build(data, { locale, palette: PALETTES.light });
}

/** A copy of the shipped datasets, changed by `change`; the shipped copy is never touched. */
function changed(change: (data: Datasets) => void): Datasets {
  const copy = structuredClone(SHIPPED_DATA);
  change(copy);
  return copy;
}

/** One number for each declared figure, drawn from `arb`. */
const perFigure = (decl: ChartDecl, arb: fc.Arbitrary<number>) =>
  fc.array(arb, { minLength: decl.figures.length, maxLength: decl.figures.length });

describe('every declared chart, built from changed figures, agrees with them', () => {
  it.each(declsOfKind('change-ranking').map((d) => [d.id, d] as const))(
    '%s (change-ranking)',
    SLOW,
    (_id, decl) => {
      fc.assert(
        fc.property(perFigure(decl, growthArb), localeArb, (values, locale) => {
          const data = changed((d) =>
            decl.figures.forEach((ref, i) => {
              const f = figureOf(d, ref);
              const g = f.comparisons.find((c) => c.type === 'growth');
              if (f.kind === 'growth') f.value = values[i]!;
              else if (g?.type === 'growth') g.percent = values[i]!;
              else throw new Error(`${ref} states no growth`);
            }),
          );
          const m = build(decl, data, locale);
          const rows = decl.figures.map((ref, i) => ({
            name: nameOf(figureOf(data, ref), locale),
            v: values[i]!,
          }));
          check([
            ...changeRankingProblems(m.title, rows, locale),
            ...modelGarbage(m),
            ...agreementProblems(m.title, locale),
          ]);
        }),
        RUNS,
      );
    },
  );

  it.each(declsOfKind('plan-attainment').map((d) => [d.id, d] as const))(
    '%s (plan-attainment)',
    SLOW,
    (_id, decl) => {
      const targetCount = decl.figures.reduce(
        (n, ref) => n + figureOf(SHIPPED_DATA, ref).comparisons.filter((c) => c.type === 'target').length,
        0,
      );
      fc.assert(
        fc.property(
          fc.array(aroundHundredArb, { minLength: targetCount, maxLength: targetCount }),
          localeArb,
          (values, locale) => {
            let k = 0;
            const data = changed((d) =>
              decl.figures.forEach((ref) => {
                for (const c of figureOf(d, ref).comparisons)
                  if (c.type === 'target') c.percent = values[k++]!;
              }),
            );
            const m = build(decl, data, locale);
            // One row per target, named after its figure (and its target when not the plan).
            const names = m.option.yAxis as { data?: string[] } | undefined;
            const categories = names?.data ?? [];
            expect(categories).toHaveLength(targetCount);
            const rows = categories.map((name, i) => ({ name, v: values[i]! }));
            check([...planAttainmentProblems(m.title, rows, locale), ...modelGarbage(m)]);
          },
        ),
        RUNS,
      );
    },
  );

  it.each(declsOfKind('coverage').map((d) => [d.id, d] as const))('%s (coverage)', SLOW, (_id, decl) => {
    fc.assert(
      fc.property(perFigure(decl, aroundHundredArb), localeArb, (values, locale) => {
        const expected: number[] = [];
        const derived: boolean[] = [];
        const data = changed((d) =>
          decl.figures.forEach((ref, i) => {
            const f = figureOf(d, ref);
            const v = values[i]!;
            const share = f.comparisons.find((c) => c.type === 'share');
            if (f.unit === 'percent' && f.kind === 'level') {
              // A rate cannot exceed 100 %.
              f.value = Math.min(v, 100);
              expected.push(f.value);
            } else if (f.unit === 'percent' && f.kind === 'attainment') {
              f.value = v;
              expected.push(v);
            } else if (share?.type === 'share') {
              share.percent = v;
              expected.push(v);
            } else if (f.outOf !== undefined) {
              f.value = Math.round((v / 100) * f.outOf);
              expected.push((f.value / f.outOf) * 100);
              derived[i] = true;
            } else throw new Error(`${ref}: not a percent of a whole`);
          }),
        );
        const m = build(decl, data, locale);
        const rows = decl.figures.map((ref, i) => ({
          name: nameOf(figureOf(data, ref), locale),
          v: expected[i]!,
          derived: derived[i] === true,
        }));
        check([...coverageProblems(m.title, rows, locale), ...modelGarbage(m)]);
      }),
      RUNS,
    );
  });

  it.each(declsOfKind('rank-slope').map((d) => [d.id, d] as const))('%s (rank-slope)', SLOW, (_id, decl) => {
    fc.assert(
      fc.property(perFigure(decl, placesArb), localeArb, (values, locale) => {
        const data = changed((d) =>
          decl.figures.forEach((ref, i) => {
            const f = figureOf(d, ref);
            const c = f.comparisons.find((x) => x.type === 'rank-change');
            // The earlier edition's place, rank + places, stays within 1..outOf.
            if (c?.type === 'rank-change')
              c.places = Math.max(1 - f.value, Math.min(f.outOf! - f.value, values[i]!));
          }),
        );
        const places = decl.figures.map((ref) => {
          const c = figureOf(data, ref).comparisons.find((x) => x.type === 'rank-change');
          return c?.type === 'rank-change' ? c.places : NaN;
        });
        const m = build(decl, data, locale);
        const rows = decl.figures.map((ref, i) => ({
          name: nameOf(figureOf(data, ref), locale),
          v: places[i]!,
        }));
        check([
          ...rankSlopeProblems(m.title, rows, locale),
          ...modelGarbage(m),
          ...agreementProblems(m.title, locale),
        ]);
      }),
      RUNS,
    );
  });

  it.each(declsOfKind('value-vs-base').map((d) => [d.id, d] as const))(
    '%s (value-vs-base)',
    SLOW,
    (_id, decl) => {
      const main = figureOf(SHIPPED_DATA, decl.figures[0]!);
      fc.assert(
        fc.property(
          fc.array(aroundHundredArb, {
            minLength: main.comparisons.length,
            maxLength: main.comparisons.length,
          }),
          fc.array(growthArb, { minLength: main.comparisons.length, maxLength: main.comparisons.length }),
          fc.array(fc.oneof(fc.constantFrom(0.5, 1, 5.2), twoDecimals(0.01, 20)), {
            minLength: main.comparisons.length,
            maxLength: main.comparisons.length,
          }),
          localeArb,
          (around, growth, times, locale) => {
            const data = changed((d) =>
              figureOf(d, decl.figures[0]!).comparisons.forEach((c, i) => {
                if (c.type === 'growth') c.percent = growth[i]!;
                else if (c.type === 'target' || c.type === 'ratio') c.percent = around[i]!;
                else if (c.type === 'multiple') c.times = times[i]!;
              }),
            );
            const f = figureOf(data, decl.figures[0]!);
            const m = build(decl, data, locale);
            check([
              ...valueVsBaseProblems(m.title, nameOf(f, locale), f.comparisons, locale),
              ...modelGarbage(m),
            ]);
          },
        ),
        RUNS,
      );
    },
  );

  it.each(declsOfKind('two-periods').map((d) => [d.id, d] as const))(
    '%s (two-periods)',
    SLOW,
    (_id, decl) => {
      fc.assert(
        fc.property(
          growthArb,
          fc.oneof(growthArb, fc.constant(0)),
          fc.boolean(),
          localeArb,
          (later, earlier, same, locale) => {
            const e = same ? later : earlier;
            const data = changed((d) =>
              [e, later].forEach((p, i) => {
                const g = figureOf(d, decl.figures[i]!).comparisons.find((c) => c.type === 'growth');
                if (g?.type === 'growth') g.percent = p;
              }),
            );
            const m = build(decl, data, locale);
            const name = decl.subject?.[locale] ?? nameOf(figureOf(data, decl.figures[1]!), locale);
            check([...twoPeriodsProblems(m.title, name, e, later, locale), ...modelGarbage(m)]);
          },
        ),
        RUNS,
      );
    },
  );

  it.each(declsOfKind('composition').map((d) => [d.id, d] as const))(
    '%s (composition)',
    SLOW,
    (_id, decl) => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 3000 }).chain((total) =>
            fc.tuple(
              fc.constant(total),
              fc.array(fc.oneof(fc.constantFrom(0, total), fc.integer({ min: 0, max: total })), {
                minLength: decl.figures.length,
                maxLength: decl.figures.length,
              }),
            ),
          ),
          fc.option(twoDecimals(0, 100)),
          localeArb,
          ([total, parts], stated, locale) => {
            const data = changed((d) => {
              figureOf(d, decl.total!).value = total;
              decl.figures.forEach((ref, i) => {
                const f = figureOf(d, ref);
                f.value = parts[i]!;
                if (f.outOf !== undefined) f.outOf = total;
                // The first part's share: stated, or left to be derived from the counts.
                f.comparisons = f.comparisons.filter((c) => c.type !== 'share');
                if (i === 0 && stated !== null) f.comparisons.push({ type: 'share', percent: stated });
              });
            });
            const m = build(decl, data, locale);
            const first = figureOf(data, decl.figures[0]!);
            const share =
              stated === null
                ? { percent: (parts[0]! / total) * 100, derived: true }
                : { percent: stated, derived: false };
            check([
              ...compositionProblems(m.title, nameOf(first, locale), parts[0]!, total, share, locale),
              ...modelGarbage(m),
            ]);
          },
        ),
        RUNS,
      );
    },
  );

  it.each(declsOfKind('count-of-total').map((d) => [d.id, d] as const))(
    '%s (count-of-total)',
    SLOW,
    (_id, decl) => {
      fc.assert(
        fc.property(
          fc
            .integer({ min: 1, max: 200 })
            .chain((total) =>
              fc.tuple(
                fc.constant(total),
                fc.oneof(fc.constantFrom(0, total), fc.integer({ min: 0, max: total })),
              ),
            )
            .chain(([total, count]) =>
              fc.tuple(
                fc.constant(total),
                fc.constant(count),
                fc.oneof(fc.constantFrom(0, count), fc.integer({ min: 0, max: count })),
              ),
            ),
          localeArb,
          ([total, count, added], locale) => {
            const data = changed((d) => {
              decl.figures.forEach((ref, i) => {
                const f = figureOf(d, ref);
                const a = figureOf(d, decl.added![i]!);
                f.outOf = total;
                f.value = count;
                a.value = added;
              });
            });
            const m = build(decl, data, locale);
            check([...countOfTotalProblems(m.title, count, total, added, locale), ...modelGarbage(m)]);
          },
        ),
        RUNS,
      );
    },
  );
});

// ---------------------------------------------------------------------------
// The deck's key-figure headlines, from changed figures.
// ---------------------------------------------------------------------------

describe('key-figure slide headlines agree with changed figures', () => {
  const slides = CHARTS_FILE.kpiSlides;

  it.each(slides.filter((s) => s.headline === 'growth').map((s) => [s.id, s] as const))(
    '%s (growth)',
    SLOW,
    (_id, slide) => {
      fc.assert(
        fc.property(
          fc.array(growthArb, { minLength: slide.figures.length, maxLength: slide.figures.length }),
          localeArb,
          (values, locale) => {
            const data = changed((d) =>
              slide.figures.forEach((ref, i) => {
                const g = figureOf(d, ref).comparisons.find((c) => c.type === 'growth');
                if (g?.type === 'growth') g.percent = values[i]!;
              }),
            );
            const text = kpiHeadline(slide, data, locale);
            // One clause per figure, "name verb x%", then the base year.
            const clauses = text.split(/, (?=\p{L})/u);
            const out =
              clauses.length === values.length
                ? []
                : [`${clauses.length} clauses for ${values.length} figures: ${text}`];
            clauses.forEach((c, i) => {
              const label = nameOf(figureOf(data, slide.figures[i]!), locale).split(',')[0]!;
              out.push(...directionProblems(lower(c).replace(lower(label), ''), values[i]!, locale));
            });
            check([...out, ...garbage(text)]);
          },
        ),
        RUNS,
      );
    },
  );

  it.each(slides.filter((s) => s.headline === 'targets').map((s) => [s.id, s] as const))(
    '%s (targets)',
    SLOW,
    (_id, slide) => {
      const n = slide.figures.reduce(
        (k, ref) => k + figureOf(SHIPPED_DATA, ref).comparisons.filter((c) => c.type === 'target').length,
        0,
      );
      fc.assert(
        fc.property(
          fc.array(aroundHundredArb, { minLength: n, maxLength: n }),
          localeArb,
          (values, locale) => {
            let k = 0;
            const data = changed((d) =>
              slide.figures.forEach((ref) => {
                for (const c of figureOf(d, ref).comparisons)
                  if (c.type === 'target') c.percent = values[k++]!;
              }),
            );
            const text = kpiHeadline(slide, data, locale);
            const clauses = text.split('; ');
            const out = clauses.length === slide.figures.length ? [] : [`${clauses.length} clauses: ${text}`];
            slide.figures.forEach((ref, i) => {
              const targets = figureOf(data, ref).comparisons.filter(
                (c): c is TargetC => c.type === 'target',
              );
              out.push(...targetProblems(clauses[i] ?? '', targets, locale, { brief: true }));
            });
            check([...out, ...garbage(text)]);
          },
        ),
        RUNS,
      );
    },
  );

  it.each(slides.filter((s) => s.headline === 'standing').map((s) => [s.id, s] as const))(
    '%s (standing)',
    SLOW,
    (_id, slide) => {
      fc.assert(
        fc.property(placesArb, localeArb, (places, locale) => {
          const data = changed((d) =>
            slide.figures.forEach((ref) => {
              const c = figureOf(d, ref).comparisons.find((x) => x.type === 'rank-change');
              if (c?.type === 'rank-change') c.places = places;
            }),
          );
          const text = kpiHeadline(slide, data, locale);
          const out: string[] = [];
          slide.figures.forEach((ref) => {
            const f = figureOf(data, ref);
            if (f.unit !== 'rank') return;
            const clause = text.split('; ').find((c) => c.startsWith(nameOf(f, locale))) ?? '';
            const n = Math.abs(places);
            const want =
              locale === 'vi'
                ? places > 0
                  ? `tăng ${n} bậc`
                  : places < 0
                    ? `giảm ${n} bậc`
                    : 'giữ nguyên hạng'
                : places > 0
                  ? `rose ${n} place`
                  : places < 0
                    ? `fell ${n} place`
                    : 'held its rank';
            if (!clause.includes(want)) out.push(`expected "${want}" for ${places}: ${clause}`);
            if (
              !clause.includes(
                locale === 'vi' ? `hạng ${f.value}/${f.outOf}` : `rank ${f.value} of ${f.outOf}`,
              )
            )
              out.push(`no rank: ${clause}`);
          });
          check([...out, ...garbage(text)]);
        }),
        RUNS,
      );
    },
  );
});
