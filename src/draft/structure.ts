/**
 * Where sentences and clauses begin and end, as character offsets into the
 * report. A sentence ends at ". ", "! ", "? " or a line break; a clause also
 * at "; " and ": ". Marks inside numbers ("70.741", "10:53") are not
 * boundaries because a boundary needs white space or the end after it.
 */
export interface Span {
  start: number;
  end: number;
}

export interface Structure {
  /** The part of the text that holds the article (the website's footer cut off). */
  body: Span;
  sentences: Span[];
  clauses: Span[];
  paragraphs: Span[];
}

/** The news site's footer starts at its byline ("Nguồn tin:"); what follows is no part of the report. */
const FOOTER = /^\s*(?:Nguồn tin|Nguồn)\s*:/mu;

export function bodyOf(text: string): Span {
  const m = FOOTER.exec(text);
  return { start: 0, end: m ? m.index : text.length };
}

function split(text: string, body: Span, boundary: RegExp): Span[] {
  const out: Span[] = [];
  let start = body.start;
  const re = new RegExp(boundary.source, 'gu');
  re.lastIndex = body.start;
  for (let m = re.exec(text); m && m.index < body.end; m = re.exec(text)) {
    const end = m.index + (m[1]?.length ?? 0);
    if (end > start) out.push({ start, end });
    start = m.index + m[0].length;
  }
  if (body.end > start) out.push({ start, end: body.end });
  return out.map((s) => trimSpan(text, s)).filter((s) => s.end > s.start);
}

export function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return { start, end };
}

export function structure(text: string): Structure {
  const body = bodyOf(text);
  return {
    body,
    paragraphs: split(text, body, /()\n+/),
    sentences: split(text, body, /([.!?…])(?:\s+|$)|()\n+/),
    clauses: split(text, body, /([.!?…;:])(?:\s+|$)|()\n+/),
  };
}

/** The span of `spans` (sorted, disjoint) that holds `at`, or an empty span there. */
export function spanAt(spans: readonly Span[], at: number): Span {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return { start: at, end: at };
}
