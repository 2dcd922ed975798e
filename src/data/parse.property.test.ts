/**
 * Properties of the dataset parser (issue 7): whatever it is fed — random
 * text, random values, shipped datasets broken in random ways — it never
 * throws; it accepts exactly what the rules allow, and a refusal names the
 * file, and where it can, the figure and the field.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  REAL,
  datasetArb,
  mutantArb,
  pathsOf,
  renumberedArb,
  violations,
} from '../../tests/unit/arbitraries';
import { parseDataset, parseDatasetText, type ParseResult } from './parse';

const RUNS = { numRuns: 300 };
/** Generous: the machine this runs on may be busy with other suites (2 cores). */
const SLOW = { timeout: 30_000 };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const QUOTED = String.raw`"(?:[^"\\]|\\.)*"`;
const PATH = String.raw`[A-Za-z]+(?:\[\d+\]|\.[A-Za-z]+)*`;

/** One line of a refusal: the file, where, and what, in one of the few shapes parse.ts writes. */
function lineShape(file: string): RegExp {
  const where = [
    'the top level',
    `field ${PATH}`,
    `figure (?:${QUOTED} )?\\(figures\\[\\d+\\]\\), (?:the figure itself|field ${PATH})`,
  ].join('|');
  return new RegExp(
    `^${escape(file)}: (?:the file is empty|not valid JSON \\(.*\\)|…and \\d+ more problems?|(?:${where}): \\S.*)$`,
  );
}

/** The contract: accepted data obeys every rule; a refusal is non-empty, line by line about `file`. */
function expectWellFormed(file: string, result: ParseResult): void {
  if (result.ok) {
    expect(violations(result.data)).toEqual([]);
    return;
  }
  expect(result.reason.trim()).not.toBe('');
  const lines = result.reason.split('\n');
  expect(lines.length).toBeLessThanOrEqual(6);
  for (const line of lines) {
    expect(line).toMatch(lineShape(file));
    // zod/mini's placeholder, shown only if parse.ts failed to word an issue.
    expect(line).not.toMatch(/Invalid input/);
  }
}

const fileArb = fc.oneof(
  fc.constantFrom('trade.json', 'x.json'),
  fc.stringMatching(/^[a-z0-9_-]{1,12}\.json$/),
);

describe('parseDatasetText on random text', () => {
  const realText = fc.constantFrom(...REAL.map((r) => JSON.stringify(r.raw, null, 2)));
  const textArb = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.json(),
    fc.json({ maxDepth: 6 }).map((j) => `{"schemaVersion":1,"figures":[${j}]}`),
    // A shipped file cut off anywhere, or with random text spliced in.
    fc.tuple(realText, fc.nat()).map(([t, n]) => t.slice(0, n % t.length)),
    fc.tuple(realText, fc.nat(), fc.string({ maxLength: 5 })).map(([t, n, s]) => {
      const at = n % t.length;
      return t.slice(0, at) + s + t.slice(at + 1);
    }),
  );

  it('never throws; accepts only data that obeys the rules, else says why, naming the file', SLOW, () => {
    fc.assert(
      fc.property(fileArb, textArb, (file, text) => {
        expectWellFormed(file, parseDatasetText(file, text));
      }),
      RUNS,
    );
  });

  it.each([1, 1000, 100_000])('survives JSON nested %i deep', (depth) => {
    for (const text of [
      '['.repeat(depth) + ']'.repeat(depth),
      '{"a":'.repeat(depth) + '1' + '}'.repeat(depth),
      '['.repeat(depth),
      `{"schemaVersion":1,"id":"trade","title":${'['.repeat(depth)}1${']'.repeat(depth)}}`,
    ]) {
      const result = parseDatasetText('deep.json', text);
      expect(result.ok).toBe(false);
      expectWellFormed('deep.json', result);
    }
  });
});

describe('parseDataset on random values', () => {
  it('never throws on anything at all', SLOW, () => {
    const anything = fc.anything({
      maxDepth: 4,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withDate: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
      withBigInt: true,
    });
    fc.assert(
      fc.property(fileArb, anything, (file, raw) => {
        expectWellFormed(file, parseDataset(file, raw));
      }),
      RUNS,
    );
  });

  it('accepts every generated valid dataset unchanged, as a value and as JSON text', SLOW, () => {
    fc.assert(
      fc.property(datasetArb, (d) => {
        expect(violations(d)).toEqual([]);
        expect(parseDataset('gen.json', d)).toEqual({ ok: true, data: d });
        const text = JSON.stringify(d);
        expect(parseDatasetText('gen.json', text)).toEqual({ ok: true, data: JSON.parse(text) });
      }),
      { numRuns: 200 },
    );
  });
});

describe('parseDataset on shipped datasets broken in random ways', () => {
  it('never throws, and accepts exactly when no rule of the format is broken', SLOW, () => {
    fc.assert(
      fc.property(mutantArb, ({ file, raw, steps }) => {
        const result = parseDataset(file, raw);
        expectWellFormed(file, result);
        expect({ steps, ok: result.ok }).toEqual({ steps, ok: violations(raw).length === 0 });
      }),
      RUNS,
    );
  });

  it('does the same when the broken dataset arrives as JSON text', SLOW, () => {
    fc.assert(
      fc.property(mutantArb, ({ file, raw, steps }) => {
        const text = JSON.stringify(raw) ?? '';
        const result = parseDatasetText(file, text);
        expectWellFormed(file, result);
        const expected = text === '' ? false : violations(JSON.parse(text)).length === 0;
        expect({ steps, ok: result.ok }).toEqual({ steps, ok: expected });
      }),
      RUNS,
    );
  });

  it('tells accepted from refused numbers exactly as the rules do', SLOW, () => {
    fc.assert(
      fc.property(renumberedArb, ({ file, raw, steps }) => {
        const result = parseDataset(file, raw);
        expectWellFormed(file, result);
        expect({ steps, ok: result.ok }).toEqual({ steps, ok: violations(raw).length === 0 });
      }),
      RUNS,
    );
  });

  /** Every leaf (string, number, boolean) of a shipped dataset, with its dataset. */
  const leaves = REAL.flatMap(({ id, raw }) =>
    pathsOf(raw)
      .filter((p) => {
        const v = p.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], raw);
        return v !== null && typeof v !== 'object';
      })
      .map((path) => ({ id, raw, path })),
  );
  const fmt = (path: (string | number)[]) =>
    path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${p}`)).join('');
  const where = (path: (string | number)[]) =>
    path[0] === 'figures' ? `(figures[${path[1]}]), field ${fmt(path.slice(2))}: ` : `: field ${fmt(path)}: `;

  it('names the figure and field of a value of the wrong type, and what it received', SLOW, () => {
    const wrongType = (v: unknown): fc.Arbitrary<unknown> =>
      fc.constantFrom<unknown>(
        ...[null, [], {}, 7, 'text', true].filter(
          (w) => typeof w !== typeof v || (w === null) !== (v === null),
        ),
      );
    fc.assert(
      fc.property(
        fc
          .constantFrom(...leaves)
          .chain((leaf) =>
            fc.tuple(
              fc.constant(leaf),
              wrongType(leaf.path.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], leaf.raw)),
            ),
          ),
        ([{ id, raw, path }, value]) => {
          const copy = structuredClone(raw) as unknown as Record<string, unknown>;
          const parent = path.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], copy);
          (parent as Record<string | number, unknown>)[path[path.length - 1]!] = value;
          const result = parseDataset(`${id}.json`, copy);
          expect(result.ok).toBe(false);
          const reason = result.ok ? '' : result.reason;
          expect(reason).toMatch(new RegExp(`${escape(where(path))}expected .+, received \\S`));
        },
      ),
      RUNS,
    );
  });

  const valueAt = (raw: unknown, path: (string | number)[]) =>
    path.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], raw);
  const replaced = (raw: unknown, path: (string | number)[], value: unknown) => {
    const copy = structuredClone(raw);
    (valueAt(copy, path.slice(0, -1)) as Record<string | number, unknown>)[path[path.length - 1]!] = value;
    return copy;
  };

  it('refuses any text made empty or blank: no string of the format may be', SLOW, () => {
    const strings = leaves.filter(({ raw, path }) => typeof valueAt(raw, path) === 'string');
    fc.assert(
      fc.property(fc.constantFrom(...strings), fc.stringMatching(/^\s*$/), ({ id, raw, path }, blank) => {
        const result = parseDataset(`${id}.json`, replaced(raw, path, blank));
        expect(result.ok ? '' : result.reason).toContain(where(path));
      }),
      RUNS,
    );
  });

  it('refuses any number made NaN or infinite, naming the field', SLOW, () => {
    const numbers = leaves.filter(({ raw, path }) => typeof valueAt(raw, path) === 'number');
    fc.assert(
      fc.property(
        fc.constantFrom(...numbers),
        fc.constantFrom(NaN, Infinity, -Infinity),
        ({ id, raw, path }, n) => {
          const result = parseDataset(`${id}.json`, replaced(raw, path, n));
          expect(result.ok ? '' : result.reason).toContain(`${where(path)}expected `);
          expect(result.ok ? '' : result.reason).toContain(`received the non-finite number ${n}`);
        },
      ),
      RUNS,
    );
  });

  it('refuses an unknown field in any object of the format, naming it', SLOW, () => {
    const objects = REAL.flatMap(({ id, raw }) =>
      pathsOf(raw)
        .filter((p) => {
          const v = valueAt(raw, p);
          return typeof v === 'object' && v !== null && !Array.isArray(v);
        })
        .map((path) => ({ id, raw, path })),
    );
    const keyArb = fc.oneof(
      fc.constantFrom('colour', '__proto__', 'constructor', 'toString'),
      fc.stringMatching(/^[a-zA-Z_]{1,10}$/),
    );
    fc.assert(
      fc.property(fc.constantFrom(...objects), keyArb, ({ id, raw, path }, key) => {
        const copy = structuredClone(raw);
        const target = valueAt(copy, path) as Record<string, unknown>;
        fc.pre(!Object.hasOwn(target, key));
        Object.defineProperty(target, key, {
          value: 1,
          enumerable: true,
          configurable: true,
          writable: true,
        });
        const result = parseDataset(`${id}.json`, copy);
        expect(result.ok ? '' : result.reason).toContain(`unknown field ${JSON.stringify(key)}`);
      }),
      RUNS,
    );
  });

  it('names the figure and field that is missing', SLOW, () => {
    const required = leaves.filter(
      ({ path }) =>
        path[0] === 'figures' &&
        path.length === 3 &&
        ['id', 'kind', 'value', 'unit', 'estimate', 'qualifier', 'quote'].includes(path[2] as string),
    );
    fc.assert(
      fc.property(fc.constantFrom(...required), ({ id, raw, path }) => {
        const copy = structuredClone(raw) as unknown as { figures: Record<string, unknown>[] };
        delete copy.figures[path[1] as number]![path[2] as string];
        const result = parseDataset(`${id}.json`, copy);
        expect(result.ok ? '' : result.reason).toContain(`${where(path)}missing: expected `);
      }),
      RUNS,
    );
  });
});
