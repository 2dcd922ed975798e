/**
 * The catalogue of editions (`public/data/editions.json`): one entry per yearly report, each with its
 * own folder `public/data/<id>/` holding the report's text (verbatim, its provenance), its datasets
 * and its chart declarations (charts.json). The format is defined once here and validated where the
 * file is loaded and by `npm run data:check`. No React here.
 */
import * as z from 'zod/mini';
import { describeIssues, parseJsonText } from './parse.ts';
import { bilingual } from './schema.ts';
import { inReportOrder, isEditionId } from './editionPick.ts';

export const EDITIONS_FILE = 'editions.json';

/** Made on first use, as schema.ts's are: loading this module costs a page's takeover nothing. */
function makeSchemas() {
  const year = z.int().check(z.gte(2000), z.lte(2100));
  const editionId = z.string().check(z.refine(isEditionId, 'must be lower-case words joined by dashes'));

  const editionSchema = z.strictObject({
    /** The folder under public/data and the `?edition=` value; stable, because links carry it. */
    id: editionId,
    title: bilingual,
    /** The year the report is about, and the year its comparisons are against. */
    year,
    baseYear: year,
    published: z.iso.date(),
    publisher: bilingual,
    /** How a sentence names the publisher ("theo báo cáo của …"). */
    publisherShort: bilingual,
    /** What the report covers, and how many provinces the country had then (63 until 2025, then 34). */
    territory: z.strictObject({
      name: bilingual,
      provinces: z.int().check(z.gte(1), z.lte(100)),
      note: z.optional(bilingual),
    }),
    /** The report's text in the edition's folder, verbatim: every quote is checked against it. */
    source: z
      .string()
      .check(z.regex(/^[A-Za-z0-9._-]+\.txt$/, 'must be a .txt file name in the edition folder')),
    /** The start of every downloaded file's name. */
    fileName: editionId,
    /** Made-up figures for tests: the page says so on every view, and the build never ships one. */
    testData: z.optional(z.boolean()),
  });

  const catalogueSchema = z.strictObject({
    schemaVersion: z.literal(1),
    /** The edition a link without `?edition=` opens when it names a view: links made before editions. */
    linksWithoutEdition: editionId,
    editions: z.array(editionSchema).check(z.minLength(1)),
  });
  return { editionSchema, catalogueSchema };
}

let made: ReturnType<typeof makeSchemas> | undefined;
const schemas = () => (made ??= makeSchemas());
/** Builds the validator ahead of its first use, so that a page can do it in a task of its own. */
export const prepareCatalogueSchema = (): void => void schemas();
export const editionSchema = z.lazy(() => schemas().editionSchema);

export type Edition = z.infer<ReturnType<typeof makeSchemas>['editionSchema']>;
export type Catalogue = z.infer<ReturnType<typeof makeSchemas>['catalogueSchema']>;

export type CatalogueParse = { ok: true; data: Catalogue } | { ok: false; reason: string };

/** Editions come back oldest first, whatever the file's order. */
export function parseCatalogueText(file: string, text: string): CatalogueParse {
  const json = parseJsonText(file, text);
  if (!json.ok) return json;
  const parsed = schemas().catalogueSchema.safeParse(json.raw, { error: () => '' });
  if (!parsed.success) return { ok: false, reason: describeIssues(file, json.raw, parsed.error.issues) };
  const problems = catalogueProblems(parsed.data);
  if (problems.length) return { ok: false, reason: problems.map((p) => `${file}: ${p}`).join('\n') };
  return { ok: true, data: { ...parsed.data, editions: inReportOrder(parsed.data.editions) } };
}

/** What the shape alone does not say: ids unique, a base year before the year, links' edition listed. */
export function catalogueProblems(c: Catalogue): string[] {
  const ids = c.editions.map((e) => e.id);
  return [
    ...ids.flatMap((id, i) =>
      ids.indexOf(id) < i ? [`field editions[${i}].id: duplicate edition id "${id}"`] : [],
    ),
    ...c.editions.flatMap((e, i) =>
      e.baseYear < e.year ? [] : [`field editions[${i}].baseYear: must be before year`],
    ),
    ...(ids.includes(c.linksWithoutEdition)
      ? []
      : ['field linksWithoutEdition: must name an edition of the list']),
  ];
}
