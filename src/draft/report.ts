/**
 * What the drafter needs to know about the report as a whole: its title (the
 * first line), its date (the dateline's dd/mm/yyyy near the top, as on the
 * Board's website) and the year it reports on (the year most often written
 * "năm N", not counting years after "so với", which are comparison bases).
 * Each can be given instead; nothing is guessed beyond these rules.
 */
import { fail, ok, type Result } from './result';

export interface ReportInfo {
  title: string;
  /** YYYY-MM-DD, or undefined when the text has no dateline. */
  published?: string;
  year: number;
}

export interface ReportOverrides {
  published?: string;
  year?: number;
}

const DATELINE = /(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/u;

export function readDateline(text: string): string | undefined {
  const head = text.split('\n').slice(0, 4).join('\n');
  const m = DATELINE.exec(head);
  if (!m) return undefined;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  const iso = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  // Reject 31/02 and the like: the date must survive a round trip.
  return new Date(`${iso}T00:00:00Z`).toISOString().slice(0, 10) === iso ? iso : undefined;
}

export function reportYear(text: string): number | undefined {
  const counts = new Map<number, number>();
  for (const m of text.matchAll(/(?<!so với\s+(?:cùng kỳ\s+)?(?:thực hiện\s+)?)năm\s+(\d{4})(?!\d)/giu)) {
    const y = Number(m[1]);
    if (y >= 2000 && y <= 2100) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [y, n] of counts)
    if (best === undefined || n > counts.get(best)! || (n === counts.get(best)! && y > best)) best = y;
  return best;
}

export function readReport(text: string, given: ReportOverrides = {}): Result<ReportInfo> {
  const title = text
    .split('\n')
    .find((l) => l.trim() !== '')
    ?.trim();
  if (!title) return fail('the report is empty');
  if (given.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(given.published))
    return fail(`the report's date must be written YYYY-MM-DD, not "${given.published}"`);
  const published = given.published ?? readDateline(text);
  const year = given.year ?? reportYear(text);
  if (year === undefined) return fail('no "năm N" in the report: give the year it reports on');
  return ok({ title, year, ...(published ? { published } : {}) });
}
