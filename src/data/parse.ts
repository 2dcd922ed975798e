/**
 * The one place where untrusted JSON becomes a typed Dataset. Expected bad
 * input returns `{ ok: false, reason }`; nothing here throws.
 *
 * The schema is built with `zod/mini`, which loads no message locale: every
 * reason below is written here from the issue's code, path and expected
 * values (plus the offending value, looked up in the input and shortened),
 * so the text does not depend on zod's wording.
 */
import type * as z from 'zod/mini';
import { dataset, type Dataset } from './schema.ts';

export type ParseResult = { ok: true; data: Dataset } | { ok: false; reason: string };

type Issue = z.core.$ZodIssue;

/** At most this many problems are listed; the rest are counted. */
const MAX_LISTED = 5;
/** Values and ids echoed from the input are cut to this many characters. */
const MAX_ECHO = 40;

/** A data file's JSON, or why it is not JSON; `file` only names the input in messages. */
export function parseJsonText(
  file: string,
  text: string,
): { ok: true; raw: unknown } | { ok: false; reason: string } {
  if (text.trim() === '') return { ok: false, reason: `${file}: the file is empty` };
  try {
    return { ok: true, raw: JSON.parse(text) };
  } catch (e) {
    // V8 quotes the offending text, line breaks included: keep one line per problem.
    const why = String((e as Error).message).replace(/\s+/g, ' ');
    return { ok: false, reason: `${file}: not valid JSON (${why})` };
  }
}

/** Parses JSON text; `file` only names the input in messages. */
export function parseDatasetText(file: string, text: string): ParseResult {
  const json = parseJsonText(file, text);
  return json.ok ? parseDataset(file, json.raw) : json;
}

export function parseDataset(file: string, raw: unknown): ParseResult {
  // The error map answers "" for every issue the schema has no message of its
  // own for, so `explain` can tell a stated message from zod's placeholder.
  const result = dataset.safeParse(raw, { error: () => '' });
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, reason: describeIssues(file, raw, result.error.issues) };
}

/** "trade.json: figure "exports-2023" (figures[2]), field comparisons[0].percent: must be …" */
export function describeIssues(file: string, raw: unknown, issues: readonly Issue[]): string {
  const lines = issues
    .slice(0, MAX_LISTED)
    .map((issue) => `${file}: ${locate(raw, issue.path)}: ${explain(raw, issue)}`);
  const more = issues.length - MAX_LISTED;
  if (more > 0) lines.push(`${file}: …and ${more} more problem${more === 1 ? '' : 's'}`);
  // An issue list is never empty when parsing fails; say so anyway rather than return "".
  return lines.length ? lines.join('\n') : `${file}: the top level: does not fit the dataset format`;
}

function locate(raw: unknown, path: readonly PropertyKey[]): string {
  const [head, index, ...rest] = path;
  // A chart's figures (charts.json) are references ("trade/exports-2023"), named as fields, not figures.
  const isRef = typeof valueAt(raw, path.slice(0, 2)).value === 'string';
  if (head === 'figures' && typeof index === 'number' && !isRef) {
    const candidate = valueAt(raw, ['figures', index, 'id']);
    const id = candidate.found && typeof candidate.value === 'string' ? `${quote(candidate.value)} ` : '';
    const field = rest.length ? `field ${formatPath(rest)}` : 'the figure itself';
    return `figure ${id}(figures[${index}]), ${field}`;
  }
  return path.length ? `field ${formatPath(path)}` : 'the top level';
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

/** What is wrong, in words, from the issue's code and expected values. */
function explain(raw: unknown, issue: Issue): string {
  const at = valueAt(raw, issue.path);
  const got = at.found ? `, received ${describeValue(at.value)}` : '';
  // A message schema.ts states itself (every refinement, the id pattern) wins.
  if (issue.message) return issue.code === 'custom' ? issue.message : `${issue.message}${got}`;
  switch (issue.code) {
    case 'invalid_type':
      return at.found
        ? `expected ${typeName(issue.expected)}${got}`
        : `missing: expected ${typeName(issue.expected)}`;
    case 'invalid_value': {
      const options = issue.values.map(literal);
      const expected = options.length === 1 ? options[0] : `one of ${options.join(', ')}`;
      return at.found ? `expected ${expected}${got}` : `missing: expected ${expected}`;
    }
    case 'invalid_union':
      if (issue.inclusive === false) return 'matches more than one allowed form';
      if (issue.discriminator !== undefined && issue.options?.length) {
        const expected = `one of ${issue.options.map(literal).join(', ')}`;
        return at.found ? `expected ${expected}${got}` : `missing: expected ${expected}`;
      }
      return `matches none of the allowed forms${got}`;
    case 'too_small':
      return `${bound('min', issue, issue.minimum)}${got}`;
    case 'too_big':
      return `${bound('max', issue, issue.maximum)}${got}`;
    case 'invalid_format':
      if (issue.format === 'date') return `must be a date written YYYY-MM-DD${got}`;
      if (issue.format === 'regex' && issue.pattern) return `must match ${issue.pattern}${got}`;
      return `must be a valid ${issue.format}${got}`;
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}${got}`;
    case 'unrecognized_keys': {
      const keys = issue.keys.slice(0, MAX_LISTED).map(quote).join(', ');
      const extra = issue.keys.length > MAX_LISTED ? ` and ${issue.keys.length - MAX_LISTED} more` : '';
      return `unknown field${issue.keys.length === 1 ? '' : 's'} ${keys}${extra}`;
    }
    case 'invalid_key':
      return `has an invalid key in this ${issue.origin}`;
    case 'invalid_element':
      return `has an invalid element in this ${issue.origin}`;
    default:
      return 'is not valid';
  }
}

/** "must be at least 2000", "must be above 0", "must not be empty", "must have at least 1 item". */
function bound(
  side: 'min' | 'max',
  issue: { origin: string; inclusive?: boolean; exact?: boolean },
  limit: number | bigint,
): string {
  const n = String(limit);
  if (issue.origin === 'string' || issue.origin === 'array') {
    // Strings are trimmed before their length is checked (schema.ts `text`).
    if (issue.origin === 'string' && side === 'min' && n === '1' && issue.inclusive !== false)
      return 'must not be empty or only spaces';
    const noun = `${issue.origin === 'string' ? 'character' : 'item'}${n === '1' ? '' : 's'}`;
    if (issue.exact) return `must have exactly ${n} ${noun}`;
    const word =
      side === 'min'
        ? issue.inclusive === false
          ? 'more than'
          : 'at least'
        : issue.inclusive === false
          ? 'fewer than'
          : 'at most';
    return `must have ${word} ${n} ${noun}`;
  }
  const word =
    side === 'min'
      ? issue.inclusive === false
        ? 'above'
        : 'at least'
      : issue.inclusive === false
        ? 'below'
        : 'at most';
  return `must be ${word} ${n}`;
}

const TYPE_NAMES: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

function typeName(expected: string): string {
  return TYPE_NAMES[expected] ?? expected;
}

/** A short, safe description of a value taken from the input. */
function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return `a list of ${v.length} item${v.length === 1 ? '' : 's'}`;
  switch (typeof v) {
    case 'string':
      return `text ${quote(v)}`;
    case 'number':
      return Number.isFinite(v) ? String(v) : `the non-finite number ${String(v)}`;
    case 'boolean':
      return String(v);
    case 'object':
      return 'an object';
    default:
      return typeof v;
  }
}

function literal(v: unknown): string {
  return typeof v === 'string' ? quote(v) : String(v);
}

/** JSON-quoted and shortened, so a huge or odd value cannot flood the message. */
function quote(s: string): string {
  return JSON.stringify(s.length > MAX_ECHO ? `${s.slice(0, MAX_ECHO)}…` : s);
}

/** Looks a path up in the raw input through own properties only. */
function valueAt(raw: unknown, path: readonly PropertyKey[]): { found: boolean; value: unknown } {
  let cur: unknown = raw;
  for (const key of path) {
    if (typeof cur !== 'object' || cur === null || !Object.hasOwn(cur, key))
      return { found: false, value: undefined };
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return { found: true, value: cur };
}
