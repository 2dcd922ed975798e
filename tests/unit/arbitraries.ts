/**
 * fast-check arbitraries for the property tests of the parser, the
 * derivations and the formatting (issue 7), and an independent statement of
 * the dataset rules (`violations`) to check the zod schema against.
 *
 * Not a test file itself (vitest picks up only `*.test.ts`).
 */
import fc from 'fast-check';
import { DATASET_IDS, TARGETS, UNITS } from '../../src/data/schema';
import type { Bilingual, Comparison, Dataset, DatasetId, Figure, Period, Unit } from '../../src/data/schema';
import { parseDataset, type ParseResult } from '../../src/data/parse';
import { loadRaw } from './fixtures';

// ---------------------------------------------------------------------------
// Valid datasets: every value respects the schema, including its extremes.
// ---------------------------------------------------------------------------

/** Texts as the parser returns them: trimmed and non-empty; Vietnamese, HTML, any Unicode. */
export const textArb: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'Kim ngạch xuất khẩu',
        'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ',
        '<img src=x onerror=alert(1)>',
        '<script>alert("x")</script>',
        '"quoted" & \'single\'',
        'a\u00a0b',
        'x'.repeat(5000),
      ),
    },
  )
  .map((s) => s.trim())
  .filter((s) => s.length > 0);

export const bilingualArb: fc.Arbitrary<Bilingual> = fc.record({ vi: textArb, en: textArb });

export const idArb: fc.Arbitrary<string> = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join('-'));

export const yearArb = fc.integer({ min: 2000, max: 2100 });

export const isoDateArb: fc.Arbitrary<string> = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Numbers the rounding and formatting are most likely to trip over. */
const AWKWARD = [
  // String() prints this one with 22 decimals.
  1.0000000000000002e-6,
  0,
  -0,
  1,
  5e-324,
  1e-7,
  0.05,
  0.5,
  1.005,
  2.675,
  999.95,
  999.9999,
  1000,
  1e15,
  1e21,
  2 ** 53 + 2,
];

/**
 * A finite number in [min, max]: mostly realistic (integers, short decimals),
 * sometimes anywhere in the range, up to ±Number.MAX_VALUE.
 */
export function finiteIn(min: number, max: number): fc.Arbitrary<number> {
  const lo = Math.max(min, -1e9);
  const hi = Math.min(max, 1e9);
  return fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: Math.ceil(lo), max: Math.floor(hi) }) },
    {
      weight: 3,
      arbitrary: fc.integer({ min: Math.ceil(lo * 100), max: Math.floor(hi * 100) }).map((n) => n / 100),
    },
    { weight: 2, arbitrary: fc.double({ min, max, noNaN: true, noDefaultInfinity: true }) },
    { weight: 1, arbitrary: fc.constantFrom(...AWKWARD.filter((n) => n >= min && n <= max)) },
  );
}

/** (min, max]: the lower bound excluded. */
function finiteAbove(min: number, max: number): fc.Arbitrary<number> {
  return fc.oneof(
    finiteIn(min, max).filter((n) => n > min),
    fc.double({ min, max, minExcluded: true, noNaN: true, noDefaultInfinity: true }),
  );
}

export const periodArb: fc.Arbitrary<Period> = fc.oneof(
  fc.record({ kind: fc.constant('year' as const), year: yearArb }),
  fc.tuple(yearArb, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 })).map(([year, a, b]) => ({
    kind: 'months' as const,
    year,
    fromMonth: Math.min(a, b),
    toMonth: Math.max(a, b),
  })),
  fc.record({ kind: fc.constant('end-of-year' as const), year: yearArb }),
  fc.record({ kind: fc.constant('to-date' as const), year: yearArb, asOf: isoDateArb }),
);

const MAX = Number.MAX_VALUE;

export function comparisonArb(ids: readonly string[]): fc.Arbitrary<Comparison> {
  const percent = finiteIn(0, 1000);
  return fc.oneof(
    fc.record({ type: fc.constant('growth' as const), percent: finiteAbove(-100, 1000), baseYear: yearArb }),
    fc.record({ type: fc.constant('target' as const), percent, target: fc.constantFrom(...TARGETS) }),
    fc.record({ type: fc.constant('ratio' as const), percent, baseYear: yearArb }),
    fc.record({ type: fc.constant('multiple' as const), times: finiteAbove(0, 1000), baseYear: yearArb }),
    fc.record({
      type: fc.constant('rank-change' as const),
      places: fc.integer({ min: -62, max: 62 }),
      baseYear: yearArb,
    }),
    fc.record(
      { type: fc.constant('share' as const), percent, ofFigure: fc.constantFrom(...ids) },
      { requiredKeys: ['type', 'percent'] },
    ),
  );
}

const common = (ids: readonly string[]) => ({
  label: bilingualArb,
  shortLabel: bilingualArb,
  period: periodArb,
  estimate: fc.boolean(),
  qualifier: fc.constantFrom('exact' as const, 'more-than' as const),
  comparisons: fc.array(comparisonArb(ids), { maxLength: 4 }),
  quote: textArb,
  note: bilingualArb,
});
const REQUIRED = [
  'id',
  'label',
  'kind',
  'value',
  'unit',
  'period',
  'estimate',
  'qualifier',
  'comparisons',
  'quote',
] as const;

/** A figure that satisfies every rule of schema.ts, for each kind. */
export function figureArb(id: string, ids: readonly string[] = [id]): fc.Arbitrary<Figure> {
  const positive = finiteAbove(0, MAX);
  const level = fc.constantFrom(...UNITS).chain((unit: Unit) =>
    fc.record(
      {
        id: fc.constant(id),
        kind: fc.constant('level' as const),
        unit: fc.constant(unit),
        value: unit === 'percent' ? finiteIn(0, 100) : finiteIn(0, MAX),
        outOf: positive,
        baseYear: yearArb,
        ...common(ids),
      },
      { requiredKeys: [...REQUIRED] },
    ),
  );
  const growth = fc.record(
    {
      id: fc.constant(id),
      kind: fc.constant('growth' as const),
      unit: fc.constant('percent' as const),
      value: finiteAbove(-100, 1000),
      outOf: positive,
      baseYear: yearArb,
      ...common(ids),
    },
    { requiredKeys: [...REQUIRED, 'baseYear'] },
  );
  const attainment = fc.record(
    {
      id: fc.constant(id),
      kind: fc.constant('attainment' as const),
      unit: fc.constant('percent' as const),
      value: finiteIn(0, 1000),
      outOf: positive,
      baseYear: yearArb,
      ...common(ids),
    },
    { requiredKeys: [...REQUIRED] },
  );
  const rank = fc
    .tuple(finiteIn(1, MAX), fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean())
    .chain(([outOf, t, whole]) => {
      const value = whole ? Math.max(1, Math.floor(outOf * t)) : Math.min(outOf, 1 + t * (outOf - 1));
      return fc.record(
        {
          id: fc.constant(id),
          kind: fc.constant('rank' as const),
          unit: fc.constant('rank' as const),
          value: fc.constant(value),
          outOf: fc.constant(outOf),
          baseYear: yearArb,
          ...common(ids),
        },
        { requiredKeys: [...REQUIRED, 'outOf'] },
      );
    });
  return fc.oneof(level, growth, attainment, rank);
}

/** A whole dataset: unique ids, shares that point at figures of the same dataset. */
export const datasetArb: fc.Arbitrary<Dataset> = fc
  .uniqueArray(idArb, { minLength: 1, maxLength: 8 })
  .chain((ids) =>
    fc.record({
      schemaVersion: fc.constant(1 as const),
      id: fc.constantFrom(...DATASET_IDS),
      title: bilingualArb,
      source: fc.record({ file: textArb, title: textArb, publisher: bilingualArb, published: isoDateArb }),
      figures: fc.tuple(...ids.map((id) => figureArb(id, ids))),
    }),
  );

// ---------------------------------------------------------------------------
// Mutated copies of the shipped datasets.
// ---------------------------------------------------------------------------

type Key = string | number;
type Path = Key[];

export const REAL: ReadonlyArray<{ id: DatasetId; raw: Dataset }> = DATASET_IDS.map((id) => ({
  id,
  raw: loadRaw(id),
}));

/** Values that have broken parsers before. */
const NASTY: readonly unknown[] = [
  NaN,
  Infinity,
  -Infinity,
  1e308,
  -1e308,
  -1,
  -0,
  5e-324,
  2 ** 53 + 1,
  1e21,
  0,
  2023.5,
  '',
  ' ',
  '\u00a0\t\n',
  'x'.repeat(100_000),
  '<img src=x onerror=alert(1)>',
  '2023',
  'NaN',
  '__proto__',
  '2023-02-29',
  '2024-02-29',
  '2023-13-01',
  '\ud800',
  '👍🏽',
  null,
  true,
  false,
  [],
  {},
  [1, 'a', null],
  { vi: 'a', en: 'b' },
  { kind: 'year', year: 2023 },
  { type: 'share', percent: 5, ofFigure: 'nope' },
];

export type Mutation =
  | { op: 'delete' }
  | { op: 'replace'; value: unknown }
  | { op: 'retype' }
  | { op: 'add-field'; key: string; value: unknown }
  | { op: 'duplicate-figure'; from: number; to: number }
  | { op: 'nest'; depth: number };

const nastyArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.double() },
);

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant({ op: 'delete' as const }),
  fc.record({ op: fc.constant('replace' as const), value: nastyArb }),
  fc.constant({ op: 'retype' as const }),
  fc.record({
    op: fc.constant('add-field' as const),
    key: fc.oneof(
      fc.constantFrom('colour', '__proto__', 'constructor', 'toString', 'vi', 'id', ''),
      fc.string(),
    ),
    value: nastyArb,
  }),
  fc.record({ op: fc.constant('duplicate-figure' as const), from: fc.nat(), to: fc.nat() }),
  fc.record({ op: fc.constant('nest' as const), depth: fc.integer({ min: 1, max: 1000 }) }),
);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every path in a JSON-like value, the root included (not below depth 12: nests are deep). */
export function pathsOf(v: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (prefix.length >= 12) return out;
  if (Array.isArray(v)) v.forEach((x, i) => pathsOf(x, [...prefix, i], out));
  else if (isRecord(v)) for (const k of Object.keys(v)) pathsOf(v[k], [...prefix, k], out);
  return out;
}

/** A short text for a counterexample; never throws, whatever the value. */
export function show(v: unknown): string {
  try {
    return (JSON.stringify(v) ?? String(v)).slice(0, 40);
  } catch {
    return typeof v;
  }
}

/** Sets an own property, even one named "__proto__". */
function setOwn(target: object, key: Key, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

function get(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<Key, unknown>)[k], root);
}

function retype(v: unknown): unknown {
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : [v];
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return Object.fromEntries(v.map((x, i) => [String(i), x]));
  if (isRecord(v)) return Object.values(v);
  return 0;
}

function nested(depth: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

/** Applies one mutation at `path` of `root` (a fresh copy it may change); returns the new root. */
export function mutate(root: unknown, path: Path, m: Mutation): unknown {
  const replaceAt = (value: unknown): unknown => {
    if (path.length === 0) return value;
    const parent = get(root, path.slice(0, -1)) as object;
    setOwn(parent, path[path.length - 1]!, value);
    return root;
  };
  switch (m.op) {
    case 'delete': {
      if (path.length === 0) return undefined;
      const parent = get(root, path.slice(0, -1));
      const key = path[path.length - 1]!;
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete (parent as Record<Key, unknown>)[key];
      return root;
    }
    case 'replace':
      return replaceAt(m.value);
    case 'retype':
      return replaceAt(retype(get(root, path)));
    case 'nest':
      return replaceAt(nested(m.depth));
    case 'add-field': {
      const target = get(root, path);
      if (isRecord(target)) setOwn(target, m.key, m.value);
      else if (Array.isArray(target)) target.push(m.value);
      else return replaceAt({ value: target, [m.key]: m.value });
      return root;
    }
    case 'duplicate-figure': {
      const figures = isRecord(root) ? root.figures : undefined;
      if (!Array.isArray(figures) || figures.length === 0) return replaceAt(null);
      const from = figures[m.from % figures.length] as unknown;
      const to = m.to % (figures.length + 1);
      if (to === figures.length) figures.push(structuredClone(from));
      else if (isRecord(figures[to]) && isRecord(from)) (figures[to] as Record<string, unknown>).id = from.id;
      return root;
    }
  }
}

export interface Mutant {
  file: string;
  raw: unknown;
  /** What was done, for a readable counterexample. */
  steps: string[];
}

/** A shipped dataset with one to three mutations anywhere in it. */
export const mutantArb: fc.Arbitrary<Mutant> = fc
  .record({
    which: fc.nat({ max: REAL.length - 1 }),
    steps: fc.array(fc.record({ at: fc.nat(), m: mutationArb }), { minLength: 1, maxLength: 3 }),
  })
  .map(({ which, steps }) => {
    const { id, raw } = REAL[which]!;
    let v: unknown = structuredClone(raw);
    const done: string[] = [];
    for (const { at, m } of steps) {
      const paths = pathsOf(v);
      const path = paths[at % paths.length]!;
      v = mutate(v, path, m);
      done.push(`${m.op} at ${JSON.stringify(path)}${'value' in m ? ` = ${show(m.value)}` : ''}`);
    }
    return { file: `${id}.json`, raw: v, steps: done };
  });

/** On and just beyond the bounds of schema.ts: years, months, places, percents, ranks. */
const BOUNDARY = [
  -1e308, -100.01, -100, -99.99, -63, -62, -1, -0.001, 0.5, 11.5, 12, 13, 62, 63, 64, 100, 100.01, 999.99,
  1000.01, 1999, 2000, 2100, 2101,
];

/**
 * A shipped dataset with one to four of its numbers changed to other numbers,
 * boundary and awkward ones often (0, -0, 5e-324, 1e308, 1.005, 2101, …). Many
 * still parse: the accepted ones feed the derivation and formatting properties.
 */
export const renumberedArb: fc.Arbitrary<Mutant> = fc
  .record({
    which: fc.nat({ max: REAL.length - 1 }),
    steps: fc.array(
      fc.record({
        at: fc.nat(),
        n: fc.oneof(
          fc.constantFrom(...BOUNDARY),
          fc.constantFrom(...AWKWARD, 1e308, MAX),
          finiteIn(0, 1000),
          fc.double({ noNaN: true, noDefaultInfinity: true }),
        ),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  })
  .map(({ which, steps }) => {
    const { id, raw } = REAL[which]!;
    const v: unknown = structuredClone(raw);
    const numeric = pathsOf(v).filter((p) => typeof get(v, p) === 'number');
    const done = steps.map(({ at, n }) => {
      const path = numeric[at % numeric.length]!;
      mutate(v, path, { op: 'replace', value: n });
      return `${JSON.stringify(path)} = ${n}`;
    });
    return { file: `${id}.json`, raw: v, steps: done };
  });

/** Datasets the parser accepts: generated ones and renumbered shipped ones. */
export const acceptedDatasetArb: fc.Arbitrary<Dataset> = fc.oneof(
  datasetArb,
  renumberedArb
    .map((m) => parseDataset(m.file, m.raw))
    .filter((r) => r.ok)
    .map((r) => (r as Extract<ParseResult, { ok: true }>).data),
);

// ---------------------------------------------------------------------------
// The rules of schema.ts, stated again without zod: the schema must accept a
// value exactly when this finds nothing wrong with it.
// ---------------------------------------------------------------------------

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const isText = (v: unknown): boolean => typeof v === 'string' && v.trim().length > 0;
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isInt = (v: unknown, min: number, max: number): boolean =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max;
const isYear = (v: unknown): boolean => isInt(v, 2000, 2100);
const isPercent = (v: unknown): boolean => isFiniteNumber(v) && v >= 0 && v <= 1000;
const isIsoDate = (v: unknown): boolean => {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
};

/** Own enumerable keys, all allowed, all required ones present. */
function shapeOk(v: unknown, required: readonly string[], optional: readonly string[] = []): boolean {
  if (!isRecord(v)) return false;
  const allowed = new Set([...required, ...optional]);
  return Object.keys(v).every((k) => allowed.has(k)) && required.every((k) => Object.hasOwn(v, k));
}
const opt = (v: Record<string, unknown>, k: string, ok: (x: unknown) => boolean): boolean =>
  v[k] === undefined || ok(v[k]);

const isBilingual = (v: unknown): boolean =>
  shapeOk(v, ['vi', 'en']) && isText((v as Bilingual).vi) && isText((v as Bilingual).en);

function isPeriod(v: unknown): boolean {
  if (!isRecord(v)) return false;
  switch (v.kind) {
    case 'year':
    case 'end-of-year':
      return shapeOk(v, ['kind', 'year']) && isYear(v.year);
    case 'months':
      return (
        shapeOk(v, ['kind', 'year', 'fromMonth', 'toMonth']) &&
        isYear(v.year) &&
        isInt(v.fromMonth, 1, 12) &&
        isInt(v.toMonth, 1, 12)
      );
    case 'to-date':
      return shapeOk(v, ['kind', 'year', 'asOf']) && isYear(v.year) && isIsoDate(v.asOf);
    default:
      return false;
  }
}

function isComparison(v: unknown): boolean {
  if (!isRecord(v)) return false;
  switch (v.type) {
    case 'growth':
      return (
        shapeOk(v, ['type', 'percent', 'baseYear']) &&
        isFiniteNumber(v.percent) &&
        v.percent > -100 &&
        v.percent <= 1000 &&
        isYear(v.baseYear)
      );
    case 'target':
      return (
        shapeOk(v, ['type', 'percent', 'target']) &&
        isPercent(v.percent) &&
        (TARGETS as readonly unknown[]).includes(v.target)
      );
    case 'ratio':
      return shapeOk(v, ['type', 'percent', 'baseYear']) && isPercent(v.percent) && isYear(v.baseYear);
    case 'multiple':
      return (
        shapeOk(v, ['type', 'times', 'baseYear']) &&
        isFiniteNumber(v.times) &&
        v.times > 0 &&
        v.times <= 1000 &&
        isYear(v.baseYear)
      );
    case 'rank-change':
      return shapeOk(v, ['type', 'places', 'baseYear']) && isInt(v.places, -62, 62) && isYear(v.baseYear);
    case 'share':
      return (
        shapeOk(v, ['type', 'percent'], ['ofFigure']) && isPercent(v.percent) && opt(v, 'ofFigure', isText)
      );
    default:
      return false;
  }
}

const FIGURE_REQUIRED: readonly string[] = REQUIRED;
const FIGURE_OPTIONAL = ['indicator', 'shortLabel', 'outOf', 'baseYear', 'note'];

/** What is wrong with one figure on its own (empty when nothing is). */
function figureViolations(f: unknown): string[] {
  if (!shapeOk(f, FIGURE_REQUIRED, FIGURE_OPTIONAL)) return ['shape'];
  const v = f as Record<string, unknown>;
  const out: string[] = [];
  if (typeof v.id !== 'string' || !ID.test(v.id)) out.push('id');
  if (!isBilingual(v.label)) out.push('label');
  if (!opt(v, 'indicator', (x) => typeof x === 'string' && ID.test(x))) out.push('indicator');
  if (!opt(v, 'shortLabel', isBilingual)) out.push('shortLabel');
  if (!['level', 'growth', 'rank', 'attainment'].includes(v.kind as string)) out.push('kind');
  if (!isFiniteNumber(v.value)) out.push('value');
  if (!(UNITS as readonly unknown[]).includes(v.unit)) out.push('unit');
  if (!opt(v, 'outOf', (x) => isFiniteNumber(x) && x > 0)) out.push('outOf');
  if (!opt(v, 'baseYear', isYear)) out.push('baseYear');
  if (!isPeriod(v.period)) out.push('period');
  if (typeof v.estimate !== 'boolean') out.push('estimate');
  if (v.qualifier !== 'exact' && v.qualifier !== 'more-than') out.push('qualifier');
  if (!Array.isArray(v.comparisons) || !v.comparisons.every(isComparison)) out.push('comparisons');
  if (!isText(v.quote)) out.push('quote');
  if (!opt(v, 'note', isBilingual)) out.push('note');
  if (out.length) return out;
  // The rules between fields, once every field is well formed.
  const g = f as Figure;
  if (g.kind === 'growth' && g.baseYear === undefined) out.push('growth needs baseYear');
  if ((g.kind === 'growth' || g.kind === 'attainment') && g.unit !== 'percent') out.push('percent unit');
  if (g.kind === 'attainment' && (g.value < 0 || g.value > 1000)) out.push('attainment range');
  if (g.kind === 'growth' && !(g.value > -100 && g.value <= 1000)) out.push('growth range');
  if (g.kind === 'rank' && (g.unit !== 'rank' || g.outOf === undefined)) out.push('rank needs outOf');
  if (g.kind === 'rank' && g.outOf !== undefined && (g.value < 1 || g.value > g.outOf))
    out.push('rank range');
  if (g.kind === 'level' && g.value < 0) out.push('negative level');
  if (g.kind === 'level' && g.unit === 'percent' && g.value > 100) out.push('rate over 100');
  if (g.period.kind === 'months' && g.period.fromMonth > g.period.toMonth) out.push('months reversed');
  return out;
}

const RELATION_KEYS: Record<string, string[]> = {
  sum: ['kind', 'id', 'parts', 'total'],
  'shares-100': ['kind', 'id', 'parts'],
  'not-more-than': ['kind', 'id', 'part', 'whole'],
  'equals-out-of': ['kind', 'id', 'figure', 'total'],
  'partial-year': ['kind', 'id', 'partial', 'full', 'maxGap'],
  'share-base-differs': ['kind', 'id', 'figure', 'candidate'],
};

/** A relation between figures, by the rules of schema.ts (`relation`). */
function isRelation(r: unknown): boolean {
  if (typeof r !== 'object' || r === null || Array.isArray(r)) return false;
  const v = r as Record<string, unknown>;
  // A string kind only: ["sum"] would find the "sum" entry by coercion.
  const keys =
    typeof v.kind === 'string' && Object.hasOwn(RELATION_KEYS, v.kind) ? RELATION_KEYS[v.kind] : undefined;
  if (!keys || !shapeOk(r, keys)) return false;
  return keys.every((k) => {
    if (k === 'kind') return true;
    if (k === 'maxGap') return isFiniteNumber(v[k]);
    if (k === 'parts')
      return Array.isArray(v[k]) && (v[k] as unknown[]).every((x) => typeof x === 'string' && ID.test(x));
    return typeof v[k] === 'string' && ID.test(v[k] as string);
  });
}

/** Everything wrong with a would-be dataset, by the rules of schema.ts. */
export function violations(raw: unknown): string[] {
  if (!shapeOk(raw, ['schemaVersion', 'id', 'title', 'source', 'figures'], ['relations']))
    return ['top-level shape'];
  const d = raw as Record<string, unknown>;
  const out: string[] = [];
  if (d.schemaVersion !== 1) out.push('schemaVersion');
  if (!(DATASET_IDS as readonly unknown[]).includes(d.id)) out.push('id');
  if (!isBilingual(d.title)) out.push('title');
  const s = d.source as Record<string, unknown>;
  if (
    !shapeOk(s, ['file', 'title', 'publisher', 'published']) ||
    !isText(s.file) ||
    !isText(s.title) ||
    !isBilingual(s.publisher) ||
    !isIsoDate(s.published)
  )
    out.push('source');
  if (!opt(d, 'relations', (x) => Array.isArray(x) && x.every(isRelation))) out.push('relations');
  if (!Array.isArray(d.figures) || d.figures.length === 0) return [...out, 'figures'];
  d.figures.forEach((f, i) => out.push(...figureViolations(f).map((w) => `figures[${i}]: ${w}`)));
  if (out.length) return out;
  const figures = d.figures as Figure[];
  const ids = figures.map((f) => f.id);
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) out.push(`figures[${i}]: duplicate id`);
  });
  figures.forEach((f, i) =>
    f.comparisons.forEach((c, j) => {
      if (c.type === 'share' && c.ofFigure !== undefined && !ids.includes(c.ofFigure.trim()))
        out.push(`figures[${i}].comparisons[${j}]: no such figure`);
    }),
  );
  return out;
}
