/**
 * The one place where untrusted JSON becomes a typed Dataset. Expected bad
 * input returns `{ ok: false, reason }`; nothing here throws.
 */
import type { z } from 'zod';
import { dataset, type Dataset } from './schema';

export type ParseResult = { ok: true; data: Dataset } | { ok: false; reason: string };

/** Parses JSON text; `file` only names the input in messages. */
export function parseDatasetText(file: string, text: string): ParseResult {
  if (text.trim() === '') return { ok: false, reason: `${file}: the file is empty` };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: `${file}: not valid JSON (${(e as Error).message})` };
  }
  return parseDataset(file, raw);
}

export function parseDataset(file: string, raw: unknown): ParseResult {
  const result = dataset.safeParse(raw);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, reason: describeIssues(file, raw, result.error.issues) };
}

/** "trade.json: figure "exports-2023" (figures[2]), field comparisons[0].percent: …" */
export function describeIssues(file: string, raw: unknown, issues: z.core.$ZodIssue[]): string {
  const lines = issues.slice(0, 5).map((issue) => `${file}: ${locate(raw, issue.path)}: ${issue.message}`);
  if (issues.length > 5) lines.push(`${file}: …and ${issues.length - 5} more problems`);
  return lines.join('\n');
}

function locate(raw: unknown, path: PropertyKey[]): string {
  const [head, index, ...rest] = path;
  if (head === 'figures' && typeof index === 'number') {
    const figures = (raw as { figures?: unknown[] } | null)?.figures;
    const candidate = Array.isArray(figures) ? (figures[index] as { id?: unknown } | undefined) : undefined;
    const id = typeof candidate?.id === 'string' ? `"${candidate.id}" ` : '';
    const field = rest.length ? `field ${formatPath(rest)}` : 'the figure itself';
    return `figure ${id}(figures[${index}]), ${field}`;
  }
  return path.length ? `field ${formatPath(path)}` : 'the top level';
}

function formatPath(path: PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}
