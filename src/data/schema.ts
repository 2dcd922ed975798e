/**
 * The dataset format, defined once. Every JSON file in public/data is a
 * `Dataset`; the TypeScript types below are inferred from these schemas so the
 * format and the code cannot drift apart. No React here.
 *
 * Written with `zod/mini` (functional API, tree-shakable, no message locale):
 * the full `zod` build cost about 24 KB gzip on the dashboard's critical path
 * (issue 8). Every rule carries its own message or is described by
 * `describeIssues` in parse.ts. Note the order in `.check(...)`: checks run
 * left to right, so `trim` must come before `minLength`.
 */
import * as z from 'zod/mini';
import { DATASET_IDS, LOCALES, type DatasetId, type Locale } from './ids.ts';

export { DATASET_IDS, LOCALES, type DatasetId, type Locale };

/** Units the app knows how to print. A unit outside this list is rejected. */
export const UNITS = [
  'billion-vnd',
  'million-usd',
  'percent',
  'rank',
  'communes',
  'districts',
  'projects',
  'enterprises',
  'cooperatives',
  'households',
  'workers',
  'gifts',
  'remains',
  'services',
  'tasks',
  'citizens',
  'accounts',
  'records',
  'centres',
  'organisations',
  'party-members',
  'task-groups',
] as const;

/** What a target is: the year's plan, or one of the two budget targets. */
export const TARGETS = ['annual-plan', 'mof-estimate', 'hdnd-resolution'] as const;

/**
 * The schemas are made on first use, not when this module loads: making them costs about 8 ms at full
 * speed, 30 ms on a throttled phone, which a built page's takeover would otherwise pay in the one task
 * that evaluates the app's code (Lighthouse's blocking time; `npm run bench`). Each export is a
 * `z.lazy` of the schema made here.
 */
function makeSchemas() {
  const text = z.string().check(z.trim(), z.minLength(1));
  const bilingual = z.strictObject({ vi: text, en: text });

  const unit = z.enum(UNITS);

  const year = z.int().check(z.gte(2000), z.lte(2100));
  const finite = z.number().check(z.refine(Number.isFinite, 'must be a finite number'));
  /** A percentage the source states; 0–1000 % covers "270 % of plan" and rejects typos. */
  const percent = finite.check(z.refine((n) => n >= 0 && n <= 1000, 'must be between 0 and 1000'));
  const signedPercent = finite.check(
    z.refine((n) => n > -100 && n <= 1000, 'must be above -100 and at most 1000'),
  );

  const period = z.discriminatedUnion('kind', [
    /** A whole calendar year (or an edition of an index published for that year). */
    z.strictObject({ kind: z.literal('year'), year }),
    /** Part of a year, e.g. the first ten months: months 1–10. */
    z.strictObject({
      kind: z.literal('months'),
      year,
      fromMonth: z.int().check(z.gte(1), z.lte(12)),
      toMonth: z.int().check(z.gte(1), z.lte(12)),
    }),
    /** A cumulative stock at the end of the year ("lũy kế đến hết năm"). */
    z.strictObject({ kind: z.literal('end-of-year'), year }),
    /** Progress "to date" at the time of the report ("đến nay", "hiện nay"). */
    z.strictObject({ kind: z.literal('to-date'), year, asOf: z.iso.date() }),
  ]);

  /** How the source compares the figure with something else. */
  const comparison = z.discriminatedUnion('type', [
    /** "tăng x% so với năm 2022": growth against the same period of `baseYear`. */
    z.strictObject({ type: z.literal('growth'), percent: signedPercent, baseYear: year }),
    /** "đạt x% kế hoạch / dự toán": attainment of a target. */
    z.strictObject({ type: z.literal('target'), percent, target: z.enum(TARGETS) }),
    /** "bằng x% so với năm 2022": the value as a percentage of the base year's. */
    z.strictObject({ type: z.literal('ratio'), percent, baseYear: year }),
    /** "gấp x lần": a multiple of the base year's value. */
    z.strictObject({
      type: z.literal('multiple'),
      times: finite.check(z.refine((n) => n > 0 && n <= 1000, 'must be above 0 and at most 1000')),
      baseYear: year,
    }),
    /** "tăng / giảm N bậc": places gained (positive) or lost (negative) since `baseYear`'s edition. */
    z.strictObject({
      type: z.literal('rank-change'),
      places: z.int().check(z.gte(-62), z.lte(62)),
      baseYear: year,
    }),
    /**
     * "đạt tỉ lệ (73,8%)": the stated share of a total — another figure of the
     * same dataset, or left out where the source does not name the base.
     */
    z.strictObject({ type: z.literal('share'), percent, ofFigure: z.optional(text) }),
  ]);

  const figure = z
    .strictObject({
      /** Stable, unique across all datasets; lower-case words joined by dashes. */
      id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by dashes')),
      label: bilingual,
      /**
       * The indicator this figure measures, shared across editions ("retail-sales", "pci-rank"): the
       * page follows an indicator through the yearly reports. One value per period per edition.
       */
      indicator: z.optional(
        z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by dashes')),
      ),
      /** A few words for chart axes and legends where `label` is long. */
      shortLabel: z.optional(bilingual),
      /**
       * "level": an amount or count; "growth": the value itself is a growth rate in
       * percent against `baseYear`; "rank": a place in a ranking (1 is best);
       * "attainment": the value is a percent of a target the source does not give.
       */
      kind: z.enum(['level', 'growth', 'rank', 'attainment']),
      value: finite,
      unit,
      /** "80/86 xã", "đứng thứ 43/63": the denominator the source gives. */
      outOf: z.optional(finite.check(z.refine((n) => n > 0, 'must be positive'))),
      /** For kind "growth": the year the growth is measured against. */
      baseYear: z.optional(year),
      period,
      estimate: z.boolean(),
      /** "hơn", "trên": the true value is more than `value`. */
      qualifier: z.enum(['exact', 'more-than']),
      comparisons: z.array(comparison),
      /** The words of the source this figure comes from, verbatim. */
      quote: text,
      note: z.optional(bilingual),
    })
    .check(
      z.superRefine((f, ctx) => {
        if (f.kind === 'growth' && f.baseYear === undefined)
          ctx.addIssue({ code: 'custom', path: ['baseYear'], message: 'a growth figure needs baseYear' });
        if ((f.kind === 'growth' || f.kind === 'attainment') && f.unit !== 'percent')
          ctx.addIssue({ code: 'custom', path: ['unit'], message: `a ${f.kind} figure is in percent` });
        if (f.kind === 'attainment' && (f.value < 0 || f.value > 1000))
          ctx.addIssue({ code: 'custom', path: ['value'], message: 'an attainment must be 0–1000 %' });
        // The same bounds as a growth comparison: a fall of 100 % or more, or a rise past 1000 %, is a typo.
        if (f.kind === 'growth' && !(f.value > -100 && f.value <= 1000))
          ctx.addIssue({
            code: 'custom',
            path: ['value'],
            message: 'a growth rate must be above -100 and at most 1000 %',
          });
        if (f.kind === 'rank' && (f.unit !== 'rank' || f.outOf === undefined))
          ctx.addIssue({ code: 'custom', path: ['outOf'], message: 'a rank needs unit "rank" and outOf' });
        if (f.kind === 'rank' && f.outOf !== undefined && (f.value < 1 || f.value > f.outOf))
          ctx.addIssue({ code: 'custom', path: ['value'], message: 'a rank must lie between 1 and outOf' });
        if (f.kind === 'level' && f.value < 0)
          ctx.addIssue({ code: 'custom', path: ['value'], message: 'a level cannot be negative' });
        if (f.unit === 'percent' && f.kind === 'level' && f.value > 100)
          ctx.addIssue({ code: 'custom', path: ['value'], message: 'a rate cannot exceed 100 %' });
        if (f.period.kind === 'months' && f.period.fromMonth > f.period.toMonth)
          ctx.addIssue({ code: 'custom', path: ['period'], message: 'fromMonth is after toMonth' });
      }),
    );

  const figureId = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a figure id'));

  /**
   * What the report implies between its own figures (parts add up, a new count lies within its stock…),
   * checked by `runChecks` in checks.ts and reported by data:check; declared beside the figures.
   */
  const relation = z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('sum'), id: figureId, parts: z.array(figureId), total: figureId }),
    z.strictObject({ kind: z.literal('shares-100'), id: figureId, parts: z.array(figureId) }),
    z.strictObject({ kind: z.literal('not-more-than'), id: figureId, part: figureId, whole: figureId }),
    z.strictObject({ kind: z.literal('equals-out-of'), id: figureId, figure: figureId, total: figureId }),
    z.strictObject({
      kind: z.literal('partial-year'),
      id: figureId,
      partial: figureId,
      full: figureId,
      /** Percentage points by which the rest of the year may differ from the partial period's growth. */
      maxGap: finite,
    }),
    z.strictObject({
      kind: z.literal('share-base-differs'),
      id: figureId,
      figure: figureId,
      candidate: figureId,
    }),
  ]);

  const datasetId = z.enum(DATASET_IDS);

  const dataset = z
    .strictObject({
      schemaVersion: z.literal(1),
      id: datasetId,
      title: bilingual,
      /** The report the figures come from (file name under source/). */
      source: z.strictObject({
        file: text,
        title: text,
        publisher: bilingual,
        published: z.iso.date(),
      }),
      figures: z.array(figure).check(z.minLength(1)),
      relations: z.optional(z.array(relation)),
    })
    .check(
      z.superRefine((d, ctx) => {
        const seen = new Set<string>();
        d.figures.forEach((f, i) => {
          if (seen.has(f.id))
            ctx.addIssue({ code: 'custom', path: ['figures', i, 'id'], message: `duplicate id "${f.id}"` });
          seen.add(f.id);
        });
        d.figures.forEach((f, i) =>
          f.comparisons.forEach((c, j) => {
            if (c.type === 'share' && c.ofFigure !== undefined && !seen.has(c.ofFigure))
              ctx.addIssue({
                code: 'custom',
                path: ['figures', i, 'comparisons', j, 'ofFigure'],
                message: `no figure "${c.ofFigure}" in this dataset`,
              });
          }),
        );
      }),
    );
  return { bilingual, unit, period, comparison, figure, relation, datasetId, dataset };
}

let made: ReturnType<typeof makeSchemas> | undefined;
const schemas = () => (made ??= makeSchemas());
/** Builds the schemas ahead of their first use, so that a page can do it in a task of its own. */
export const prepareDatasetSchemas = (): void => void schemas();

export const bilingual = z.lazy(() => schemas().bilingual);
export const unit = z.lazy(() => schemas().unit);
export const period = z.lazy(() => schemas().period);
export const comparison = z.lazy(() => schemas().comparison);
export const figure = z.lazy(() => schemas().figure);
export const relation = z.lazy(() => schemas().relation);
export const datasetId = z.lazy(() => schemas().datasetId);
export const dataset = z.lazy(() => schemas().dataset);

export type Bilingual = z.infer<typeof bilingual>;
export type Unit = z.infer<typeof unit>;
export type Period = z.infer<typeof period>;
export type Comparison = z.infer<typeof comparison>;
export type Figure = z.infer<typeof figure>;
export type Relation = z.infer<typeof relation>;
export type Dataset = z.infer<typeof dataset>;
