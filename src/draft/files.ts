/**
 * A draft as files: one dataset file per dataset id, in the schema's shape
 * (each parses with src/data/parse.ts), and one sidecar, `review.json`, with
 * what the schema has no room for: that every figure is unreviewed, its
 * quote's span, its flags, and the numbers not proposed.
 *
 * The draft files are marked where a reader cannot miss it: every label
 * starts "[NHÁP]" / "[DRAFT]" (the English one holds the Vietnamese words,
 * untranslated), and so does the publisher, which the text does not give. A
 * draft file copied into public/data by mistake shows "[DRAFT]" on the
 * dashboard; the review page refuses to export any marked text.
 */
import { dataset, figure as figureSchema, type Dataset, type DatasetId } from '../data/schema';
import { DATASET_IDS } from '../data/ids';
import type { Draft, DraftFigure } from './draft';
import { fail, ok, type Result } from './result';
import { DATASET_TITLES } from './topics';

export const DRAFT_MARK = { vi: '[NHÁP]', en: '[DRAFT]' } as const;
/** True when a text still carries a draft marker. */
export const hasDraftMark = (s: string) => s.includes(DRAFT_MARK.vi) || s.includes(DRAFT_MARK.en);

export interface Sidecar {
  about: string;
  source: { file: string; characters: number };
  figures: {
    dataset: DatasetId;
    id: string;
    status: 'unreviewed';
    span: [number, number];
    flags: string[];
  }[];
  /** Proposals the schema refused (with why), and numbers not proposed. */
  refused: { id: string; quote: string; reason: string }[];
  skipped: { text: string; span: [number, number]; reason: string }[];
}

export interface DraftFiles {
  datasets: Dataset[];
  sidecar: Sidecar;
}

/** What a dataset needs beyond the figures: the report's file name and date. */
export function draftFiles(draft: Draft, sourceFile: string, textLength: number): Result<DraftFiles> {
  const published = draft.report.published;
  if (!published) return fail("the report's date is unknown: give it (YYYY-MM-DD)");
  const refused: Sidecar['refused'] = [];
  const kept: DraftFigure[] = [];
  for (const d of draft.figures) {
    const checked = figureSchema.safeParse(d.figure);
    if (checked.success) kept.push(d);
    else
      refused.push({
        id: d.figure.id,
        quote: d.figure.quote,
        reason: checked.error.issues[0]?.message ?? 'invalid',
      });
  }
  const datasetOf = new Map(kept.map((d) => [d.figure.id, d.dataset]));
  const datasets: Dataset[] = [];
  for (const id of DATASET_IDS) {
    const mine = kept.filter((d) => d.dataset === id);
    if (!mine.length) continue;
    const candidate = {
      schemaVersion: 1 as const,
      id,
      title: DATASET_TITLES[id],
      source: {
        file: sourceFile,
        title: draft.report.title,
        publisher: {
          vi: `${DRAFT_MARK.vi} chưa rõ: điền khi duyệt`,
          en: `${DRAFT_MARK.en} not in the text: fill in on review`,
        },
        published,
      },
      figures: mine.map((d) => ({
        ...d.figure,
        label: { vi: `${DRAFT_MARK.vi} ${d.figure.label.vi}`, en: `${DRAFT_MARK.en} ${d.figure.label.vi}` },
        // A share of a figure the drafter put in another dataset cannot name it there.
        comparisons: d.figure.comparisons.map((c) =>
          c.type === 'share' && c.ofFigure && datasetOf.get(c.ofFigure) !== id
            ? { type: c.type, percent: c.percent }
            : c,
        ),
      })),
    };
    const parsed = dataset.safeParse(candidate);
    if (!parsed.success)
      return fail(`draft ${id}.json does not fit the schema: ${parsed.error.issues[0]?.message}`);
    datasets.push(parsed.data);
  }
  const sidecar: Sidecar = {
    about:
      'Draft figures proposed by `npm run draft`. None is reviewed: open the dashboard with ?review to accept, correct or reject each one.',
    source: { file: sourceFile, characters: textLength },
    figures: kept.map((d) => ({
      dataset: d.dataset,
      id: d.figure.id,
      status: 'unreviewed',
      span: [d.span.start, d.span.end],
      flags: d.flags,
    })),
    refused,
    skipped: draft.skipped.map((s) => ({ text: s.text, span: [s.start, s.end], reason: s.reason })),
  };
  return ok({ datasets, sidecar });
}
