/**
 * The report's structure as data (`public/data/charts.json`): which figures are the key figures, how the
 * deck groups them, and every chart — its kind, its figures by id in order, its section. Adding,
 * removing or reordering a chart is an edit to this file. The format is defined once here; the file is
 * validated where it is loaded and by `npm run data:check`. No React here.
 *
 * Each chart declaration is validated on its own: one bad declaration fails its own chart, with a
 * message naming the file, the chart and the field, and the rest of the report still shows.
 */
import * as z from 'zod/mini';
import { DATASET_IDS, SECTION_IDS, type DatasetId } from './ids';
import { describeIssues, parseJsonText } from './parse';
import { bilingual } from './schema';

export const CHARTS_FILE = 'charts.json';

/** The kinds of chart the code draws; each has one option builder and one finding rule (src/charts/kinds). */
export const CHART_KINDS = [
  'change-ranking',
  'plan-attainment',
  'value-vs-base',
  'two-periods',
  'composition',
  'coverage',
  'count-of-total',
  'rank-slope',
] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/** Made on first use, as schema.ts's are: loading this module costs a page's takeover nothing. */
function makeSchemas() {
  const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
  const REF = new RegExp(`^(${DATASET_IDS.join('|')})/[a-z0-9]+(-[a-z0-9]+)*$`);

  /** "trade/exports-2023": a figure by its dataset and id. */
  const figureRef = z.string().check(z.regex(REF, 'must be "<dataset>/<figure id>", e.g. "trade/exports"'));
  const refs = z.array(figureRef).check(z.minLength(1));

  const chartDecl = z
    .strictObject({
      /** Stable: embeds, slides and links use it. */
      id: z.string().check(z.regex(ID, 'must be lower-case words joined by dashes')),
      section: z.enum(SECTION_IDS),
      kind: z.enum(CHART_KINDS),
      /** The figures the chart shows, in order (for a composition: its parts). */
      figures: refs,
      /** composition: the whole the parts belong to. */
      total: z.optional(figureRef),
      /** count-of-total: for each figure, the figure of what was added in its period. */
      added: z.optional(refs),
      /** What the chart is about, as the subject of its title; else the figure's short label. */
      subject: z.optional(bilingual),
      /** What the figures are, for counted claims ("ngành" / "sectors"); plural in English. */
      noun: z.optional(bilingual),
      /** composition: drawn as a donut or as one stacked bar. */
      display: z.optional(z.enum(['donut', 'stacked-bar'])),
    })
    .check(
      z.superRefine((c, ctx) => {
        if (c.kind === 'composition' && c.total === undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['total'],
            message: 'a composition needs the figure of its total',
          });
        if (c.kind !== 'composition' && c.total !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['total'],
            message: `only a composition has a total, not ${c.kind}`,
          });
        if (c.kind === 'count-of-total' && c.added?.length !== c.figures.length)
          ctx.addIssue({
            code: 'custom',
            path: ['added'],
            message: 'a count-of-total needs one "added" figure for each of its figures',
          });
        if (c.kind === 'two-periods' && c.figures.length !== 2)
          ctx.addIssue({
            code: 'custom',
            path: ['figures'],
            message: 'two-periods compares exactly two figures: the earlier period, then the later',
          });
      }),
    );

  const kpiSlide = z.strictObject({
    id: z.string().check(z.regex(ID, 'must be lower-case words joined by dashes')),
    figures: refs,
    /** What the slide's headline states: each growth, each target, or standing (a count out of a total, a rank). */
    headline: z.enum(['growth', 'targets', 'standing']),
  });

  const envelope = z.strictObject({
    schemaVersion: z.literal(1),
    /** The overview's key figures, in reading order. */
    kpis: refs,
    /** The deck's key-figure slides, a few figures each. */
    kpiSlides: z.array(kpiSlide),
    charts: z.array(z.unknown()),
  });
  return { chartDecl, kpiSlide, envelope };
}

let made: ReturnType<typeof makeSchemas> | undefined;
const schemas = () => (made ??= makeSchemas());

export type ChartDecl = z.infer<ReturnType<typeof makeSchemas>['chartDecl']>;
export type KpiSlideDecl = z.infer<ReturnType<typeof makeSchemas>['kpiSlide']>;

/** A declaration that could not be used: shown in place of its chart. */
export interface BadChart {
  id: string;
  section: (typeof SECTION_IDS)[number] | undefined;
  reason: string;
}

export interface ChartsFile {
  kpis: string[];
  kpiSlides: KpiSlideDecl[];
  charts: ChartDecl[];
  /** Declarations that failed validation, in file order; data:check fails on any. */
  bad: BadChart[];
  /** Every chart id, the bad ones included, in the file's order. */
  order: string[];
}

export type ChartsParse = { ok: true; data: ChartsFile } | { ok: false; reason: string };

export function splitRef(ref: string): { dataset: DatasetId; figure: string } {
  const i = ref.indexOf('/');
  return { dataset: ref.slice(0, i) as DatasetId, figure: ref.slice(i + 1) };
}

export function parseChartsText(file: string, text: string): ChartsParse {
  const json = parseJsonText(file, text);
  return json.ok ? parseChartsFile(file, json.raw) : json;
}

export function parseChartsFile(file: string, raw: unknown): ChartsParse {
  const top = schemas().envelope.safeParse(raw, { error: () => '' });
  if (!top.success) return { ok: false, reason: describeIssues(file, raw, top.error.issues) };
  const charts: ChartDecl[] = [];
  const bad: BadChart[] = [];
  const seen = new Set<string>();
  const order: string[] = [];
  top.data.charts.forEach((item, i) => {
    const rawId = (item as { id?: unknown } | null)?.id;
    const id = typeof rawId === 'string' ? rawId : `#${i + 1}`;
    const rawSection = (item as { section?: unknown } | null)?.section;
    const section = SECTION_IDS.find((s) => s === rawSection);
    const where = `${file}: chart ${JSON.stringify(id)} (charts[${i}])`;
    order.push(id);
    const parsed = schemas().chartDecl.safeParse(item, { error: () => '' });
    if (!parsed.success) {
      bad.push({ id, section, reason: describeIssues(where, item, parsed.error.issues) });
      return;
    }
    if (seen.has(parsed.data.id)) {
      bad.push({ id, section, reason: `${where}: field id: duplicate chart id ${JSON.stringify(id)}` });
      return;
    }
    seen.add(parsed.data.id);
    charts.push(parsed.data);
  });
  return { ok: true, data: { kpis: top.data.kpis, kpiSlides: top.data.kpiSlides, charts, bad, order } };
}

/** The datasets a chart's figures come from. */
export function datasetsOfChart(c: ChartDecl): DatasetId[] {
  const all = [...c.figures, ...(c.total ? [c.total] : []), ...(c.added ?? [])];
  return [...new Set(all.map((r) => splitRef(r).dataset))];
}
