/**
 * The review's state and its export, without React: a proposal is pending
 * until a person accepts or rejects it; only accepted figures are exported,
 * and only when every file passes the dashboard's own parser
 * (src/data/parse.ts), every quote is in the text, no draft marker is left
 * and ids are unique across the files.
 */
import { parseDataset } from '../../data/parse';
import { DATASET_IDS, type Dataset, type DatasetId, type Figure } from '../../data/schema';
import type { Draft } from '../../draft/draft';
import { hasDraftMark } from '../../draft/files';
import { DATASET_TITLES } from '../../draft/topics';

export type Status = 'pending' | 'accepted' | 'rejected';

export interface Item {
  key: string;
  status: Status;
  dataset: DatasetId;
  figure: Figure;
  span: { start: number; end: number };
  anchor: { start: number; end: number };
  flags: string[];
}

export interface Meta {
  file: string;
  title: string;
  publisherVi: string;
  publisherEn: string;
  published: string;
}

export function itemsFrom(draft: Draft): Item[] {
  return draft.figures.map((d, i) => ({
    key: `p${i}`,
    status: 'pending',
    dataset: d.dataset,
    // The Vietnamese label is a first guess from the quote; the English one is for a person to write.
    figure: { ...d.figure, label: { vi: d.figure.label.vi, en: '' } },
    span: d.span,
    anchor: d.anchor,
    flags: d.flags.filter((f) => f !== 'unreviewed'),
  }));
}

export function metaFrom(draft: Draft, file: string): Meta {
  return {
    file,
    title: draft.report.title,
    publisherVi: '',
    publisherEn: '',
    published: draft.report.published ?? '',
  };
}

export type ExportResult =
  | { ok: true; files: { name: string; json: string; count: number }[]; leftOut: number }
  | { ok: false; problems: string[] };

export function exportDatasets(items: readonly Item[], meta: Meta, text: string): ExportResult {
  const problems: string[] = [];
  const accepted = items.filter((i) => i.status === 'accepted');
  if (!accepted.length) problems.push('no proposal is accepted yet');
  for (const [name, value] of Object.entries(meta))
    if (!value.trim()) problems.push(`the report's ${name} is empty`);
    else if (hasDraftMark(value)) problems.push(`the report's ${name} still says it is a draft`);
  const seen = new Map<string, DatasetId>();
  for (const { figure: f, dataset } of accepted) {
    if (seen.has(f.id)) problems.push(`figure id "${f.id}" is used twice`);
    seen.set(f.id, dataset);
    if (!text.includes(f.quote)) problems.push(`figure "${f.id}": the quote is not in the text`);
    const texts = [f.label.vi, f.label.en, f.note?.vi ?? '', f.note?.en ?? ''];
    if (texts.some(hasDraftMark)) problems.push(`figure "${f.id}": a label still says it is a draft`);
  }
  const files: { name: string; json: string; count: number }[] = [];
  for (const id of DATASET_IDS) {
    const mine = accepted.filter((i) => i.dataset === id);
    if (!mine.length) continue;
    const candidate: Dataset = {
      schemaVersion: 1,
      id,
      title: DATASET_TITLES[id],
      source: {
        file: meta.file.trim(),
        title: meta.title.trim(),
        publisher: { vi: meta.publisherVi.trim(), en: meta.publisherEn.trim() },
        published: meta.published.trim(),
      },
      figures: mine.map((i) => i.figure),
    };
    const parsed = parseDataset(`${id}.json`, candidate);
    if (!parsed.ok) problems.push(...parsed.reason.split('\n'));
    else
      files.push({
        name: `${id}.json`,
        json: `${JSON.stringify(parsed.data, null, 2)}\n`,
        count: mine.length,
      });
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, files, leftOut: items.filter((i) => i.status === 'pending').length };
}
