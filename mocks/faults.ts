/**
 * The faults a dataset request can meet, described once and replayed by the
 * component tests (msw) and the browser tests (Playwright routes). Each names
 * what the reader must be told.
 */
import { realDatasetText } from './handlers';

export interface FaultReply {
  status?: number;
  body?: string;
  /** The connection fails: offline, DNS, reset. */
  networkError?: boolean;
  /** The response never arrives. */
  hang?: boolean;
}

export interface Fault {
  name: string;
  reply: (id: string) => FaultReply;
  /** What the alert must say, besides the file's name. */
  message: RegExp;
}

type Json = Record<string, unknown> & { figures: Array<Record<string, unknown>> };
const mutate = (id: string, change: (d: Json) => void): string => {
  const d = JSON.parse(realDatasetText(id)) as Json;
  change(d);
  return JSON.stringify(d);
};
const firstWhere = (d: Json, test: (f: Record<string, unknown>) => boolean) =>
  d.figures.find(test) ?? d.figures[0]!;

export const FAULTS: Fault[] = [
  { name: 'HTTP 404', reply: () => ({ status: 404, body: 'not found' }), message: /HTTP 404/ },
  { name: 'HTTP 500', reply: () => ({ status: 500, body: 'oops' }), message: /HTTP 500/ },
  { name: 'HTTP 503', reply: () => ({ status: 503, body: 'busy' }), message: /HTTP 503/ },
  { name: 'no answer (timeout)', reply: () => ({ hang: true }), message: /no answer within/ },
  { name: 'offline', reply: () => ({ networkError: true }), message: /.+/ },
  { name: 'empty file', reply: () => ({ body: '' }), message: /empty/i },
  { name: 'invalid JSON', reply: () => ({ body: '{"schemaVersion": 1, "figures": [' }), message: /JSON/ },
  { name: 'wrong shape', reply: () => ({ body: '[1, 2, 3]' }), message: /.{12,}/ },
  {
    name: 'value of the wrong type',
    reply: (id) => ({ body: mutate(id, (d) => (d.figures[0]!.value = 'lots')) }),
    message: /value/,
  },
  {
    name: 'unknown extra field (rejected: the format is strict)',
    reply: (id) => ({ body: mutate(id, (d) => (d.figures[0]!.colour = 'red')) }),
    message: /colour/,
  },
  {
    name: 'Infinity (1e999)',
    reply: (id) => ({
      body: mutate(id, (d) => (d.figures[0]!.value = 1)).replace('"value":1,', '"value":1e999,'),
    }),
    message: /value/,
  },
  {
    name: 'NaN',
    reply: (id) => ({
      body: mutate(id, (d) => (d.figures[0]!.value = 1)).replace('"value":1,', '"value":NaN,'),
    }),
    message: /JSON/,
  },
  {
    name: 'a negative count',
    reply: (id) => ({
      body: mutate(id, (d) => {
        const count = d.figures.find((f) => f.kind === 'level' && f.unit !== 'percent');
        // A dataset of growth rates only (a negative rate is possible): a negative denominator is not.
        if (count) count.value = -5;
        else d.figures[0]!.outOf = -5;
      }),
    }),
    message: /value|outOf/,
  },
  {
    name: 'a percent beyond any sane bound',
    reply: (id) => ({
      body: mutate(id, (d) => {
        const f = firstWhere(d, (x) => (x.comparisons as unknown[]).some((c) => 'percent' in (c as object)));
        const c = (f.comparisons as Array<Record<string, unknown>>).find((x) => 'percent' in x);
        if (c) c.percent = 99999;
        else f.value = 99999;
      }),
    }),
    message: /percent|value/,
  },
  {
    name: 'duplicate figure ids',
    reply: (id) => ({ body: mutate(id, (d) => (d.figures[1]!.id = d.figures[0]!.id)) }),
    message: /duplicate/i,
  },
  {
    name: 'a figure whose quote is missing',
    reply: (id) => ({ body: mutate(id, (d) => delete d.figures[0]!.quote) }),
    message: /quote/,
  },
  {
    name: 'a 10 MB file',
    reply: (id) => ({ body: realDatasetText(id).padEnd(10 * 1024 * 1024, ' ') }),
    message: /bytes|characters/,
  },
];
