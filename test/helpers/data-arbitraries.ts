/**
 * fast-check arbitraries for the data tests: valid datasets (every rule kept), values that break
 * one rule or another, and valid datasets with a few of those put in. Runs use a fixed seed.
 */
import fc from 'fast-check';
import { compareIsoDates } from '../../src/data/dates.js';
import type { TimelineDataset, TimelineEvent } from '../../src/data/types.js';

// ---------------------------------------------------------------------------------------------
// Generated data

export const kebab = fc.stringMatching(/^[a-z0-9]{1,6}(?:-[a-z0-9]{1,6}){0,2}$/);

function text(maxLength: number): fc.Arbitrary<string> {
  return fc
    .oneof(
      fc.string({ minLength: 1, maxLength }),
      fc.string({ minLength: 1, maxLength, unit: 'grapheme' }),
    )
    .filter((s) => /\S/.test(s));
}

const MIN_MS = Date.UTC(1900, 0, 1);
const MAX_MS = Date.UTC(2100, 11, 31);
const DAY_MS = 86_400_000;
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const isoDay = fc.integer({ min: MIN_MS, max: MAX_MS }).map(dayOf);

/** A start and an optional end after it, each a day or a month. */
const period = fc
  .record({
    start: fc.integer({ min: MIN_MS, max: MAX_MS }),
    startMonth: fc.boolean(),
    end: fc.option(fc.record({ days: fc.integer({ min: 0, max: 3000 }), month: fc.boolean() })),
  })
  .map(({ start, startMonth, end }) => {
    const s = startMonth ? dayOf(start).slice(0, 7) : dayOf(start);
    const out: {
      date: string;
      precision: 'day' | 'month';
      end?: string;
      endPrecision?: 'day' | 'month';
    } = { date: s, precision: startMonth ? 'month' : 'day' };
    if (end) {
      const e = dayOf(start + end.days * DAY_MS);
      out.end = end.month ? e.slice(0, 7) : e;
      out.endPrecision = end.month ? 'month' : 'day';
    }
    return out;
  });

const validSource = fc.record(
  {
    publisher: text(30),
    title: text(40),
    url: fc.oneof(
      fc.webUrl({
        validSchemes: ['https', 'http'],
        withQueryParameters: true,
        withFragments: true,
      }),
      fc.emailAddress().map((a) => `mailto:${a}`),
    ),
    published: fc.oneof(
      isoDay,
      isoDay.map((d) => d.slice(0, 7)),
    ),
  },
  { requiredKeys: ['publisher'] },
);

export function validEvent(categories: readonly string[]): fc.Arbitrary<TimelineEvent> {
  return fc
    .record(
      {
        id: kebab,
        period,
        title: text(60),
        summary: text(120),
        category: fc.constantFrom(...categories),
        people: fc.array(text(20), { maxLength: 3 }),
        sources: fc.array(validSource, { minLength: 1, maxLength: 3 }),
        key: fc.boolean(),
      },
      { requiredKeys: ['id', 'period', 'title', 'summary', 'category', 'sources'] },
    )
    .map(({ period: p, ...rest }) => ({ ...rest, ...p }) as TimelineEvent);
}

const validSpan = fc
  .record(
    { id: kebab, label: text(30), role: text(30), period, note: text(60) },
    { requiredKeys: ['id', 'label', 'period'] },
  )
  .map(({ period: p, ...rest }) => {
    const span: Record<string, unknown> = { ...rest, start: p.date, startPrecision: p.precision };
    if (p.end) {
      span.end = p.end;
      span.endPrecision = p.endPrecision;
    }
    return span;
  });

const validTracks = fc
  .uniqueArray(
    fc.record({
      id: kebab,
      label: text(30),
      spans: fc.uniqueArray(validSpan, { selector: (s) => s.id, maxLength: 4 }),
      sources: fc.array(validSource, { minLength: 1, maxLength: 2 }),
    }),
    { selector: (t) => t.id, maxLength: 3 },
  )
  .map((tracks) =>
    tracks.map((t, i) => ({
      ...t,
      // Span ids are unique across tracks.
      spans: t.spans
        .map((s): Record<string, unknown> => ({ ...s, id: `t${i}-${s.id as string}` }))
        .sort((a, b) => compareIsoDates(a.start as string, b.start as string)),
    })),
  );

/** Datasets the validator must accept unchanged: every rule kept, every field in its place. */
export const validDataset: fc.Arbitrary<TimelineDataset> = fc
  .uniqueArray(fc.record({ id: kebab, label: text(20) }), {
    selector: (c) => c.id,
    minLength: 1,
    maxLength: 4,
  })
  .chain((categories) =>
    fc.record(
      {
        id: kebab,
        title: text(60),
        description: text(80),
        updated: isoDay,
        categories: fc.constant(categories),
        events: fc
          .uniqueArray(validEvent(categories.map((c) => c.id)), {
            selector: (e) => e.id,
            maxLength: 8,
          })
          .map((events) => [...events].sort((a, b) => compareIsoDates(a.date, b.date))),
        tracks: validTracks,
      },
      { requiredKeys: ['id', 'title', 'description', 'updated', 'categories', 'events'] },
    ),
  ) as fc.Arbitrary<TimelineDataset>;

/** Values that break one rule or another. */
export const nasty = fc.oneof(
  fc.constantFrom<unknown>(
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    ' https://example.com',
    'data:text/html,<b>x</b>',
    '/relative/path',
    '2025-02-30',
    '2025-13',
    '2025-04',
    '2025-04-07',
    'April 7, 2025',
    'day',
    'month',
    'year',
    '',
    '   ',
    'Not Kebab',
    'agreement',
    'x'.repeat(2500),
    '😀'.repeat(301),
    null,
    0,
    -1,
    true,
    [],
    {},
    [null],
    { __proto__: null, id: 'x' },
  ),
  fc.anything(),
);

const DELETE = Symbol('delete');

/** A fresh copy when the value can be cloned (generated values are shared between runs). */
function copy(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}

/** Replaces (or deletes) the value in the `n`-th slot of a JSON-like tree. */
function mutate(root: unknown, n: number, value: unknown): void {
  const slots: [Record<string | number, unknown>, string | number][] = [];
  const walk = (v: unknown) => {
    if (typeof v !== 'object' || v === null) return;
    if (Object.isFrozen(v)) return;
    for (const key of Object.keys(v)) {
      slots.push([v as Record<string, unknown>, key]);
      walk((v as Record<string, unknown>)[key]);
    }
  };
  walk(root);
  if (slots.length === 0) return;
  const [parent, key] = slots[n % slots.length];
  if (value === DELETE) delete parent[key];
  else parent[key] = copy(value);
}

export const mutatedDataset = fc
  .tuple(
    validDataset,
    fc.array(fc.tuple(fc.nat(), fc.oneof(nasty, fc.constant(DELETE))), {
      minLength: 1,
      maxLength: 4,
    }),
  )
  .map(([d, mutations]) => {
    const copy: unknown = structuredClone(d);
    for (const [n, value] of mutations) mutate(copy, n, value);
    return copy;
  });

export const RUNS = { numRuns: 1000, seed: 20250407 };
