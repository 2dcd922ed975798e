/**
 * Which report the dashboard presents (public/data/report.json): the place, the year reported and its
 * base year, the publisher and the publication date. Bundled at build time, because the page's own
 * heading (index.html, painted before any script) names it; validated by the build (vite.config.ts)
 * and by `npm run data:check`. Every text that names the report's year or date reads it from here.
 */
import * as z from 'zod/mini';
import raw from '../../public/data/report.json' with { type: 'json' };
import { bilingual } from './schema.ts';

export const REPORT_FILE = 'report.json';

export const reportSchema = z.strictObject({
  schemaVersion: z.literal(1),
  place: bilingual,
  year: z.int().check(z.gte(2000), z.lte(2100)),
  baseYear: z.int().check(z.gte(2000), z.lte(2100)),
  published: z.iso.date(),
  publisher: bilingual,
  /** How a sentence names the publisher ("theo báo cáo của …"). */
  publisherShort: bilingual,
  /** The start of every downloaded file's name. */
  fileName: z
    .string()
    .check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by dashes')),
});
export type Report = z.infer<typeof reportSchema>;

/** The build refuses a report.json that does not fit, so the page can trust it. */
export const REPORT = raw as Report;
