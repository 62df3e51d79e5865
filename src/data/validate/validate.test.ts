import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { compareIsoDates, parseIsoDate, periodEnd, precisionOf } from '../dates.js';
import type { TimelineDataset, TimelineEvent } from '../types.js';
import {
  isSafeUrl,
  jsonErrorOffset,
  kebabCase,
  KEBAB_ID,
  MAX_ITEMS,
  MAX_LENGTHS,
  MAX_PROBLEMS,
  parseJsonDataset,
  validateDataset,
  validateEvents,
  type DataProblem,
  type ValidationResult,
} from './index.js';

// ---------------------------------------------------------------------------------------------
// Fixed inputs

function source(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    publisher: 'Associated Press',
    title: 'IRS agrees to share data',
    url: 'https://apnews.com/article/irs-ice',
    published: '2025-04-08',
    ...extra,
  };
}

function event(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'agreement-signed',
    date: '2025-04-07',
    precision: 'day',
    title: 'IRS and ICE sign a data-sharing agreement',
    summary: 'The agencies sign a memorandum of understanding.',
    category: 'agreement',
    people: ['Scott Bessent'],
    sources: [source()],
    key: true,
    ...extra,
  };
}

function dataset(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'irs-ice',
    title: 'The IRS, ICE and taxpayer data',
    description: 'How the IRS agreed to share taxpayer addresses with ICE.',
    updated: '2026-06-08',
    categories: [
      { id: 'agreement', label: 'Agreement' },
      { id: 'court', label: 'Court rulings' },
    ],
    events: [event()],
    ...extra,
  };
}

/** A dataset with one event built from `extra`. */
function withEvent(extra: Record<string, unknown>): ValidationResult {
  return validateDataset(dataset({ events: [event(extra)] }));
}

/** An event with one source built from `extra`. */
function withSource(extra: Record<string, unknown>): ValidationResult {
  return withEvent({ sources: [source(extra)] });
}

function at(result: ValidationResult, path: string): DataProblem[] {
  return result.problems.filter((p) => p.path === path);
}

function errors(result: ValidationResult): DataProblem[] {
  return result.problems.filter((p) => p.severity === 'error');
}

/** Asserts exactly one problem at `path`, of `severity`, whose message contains each of `words`. */
function expectProblem(
  result: ValidationResult,
  path: string,
  severity: 'error' | 'warning',
  ...words: string[]
): DataProblem {
  const found = at(result, path);
  expect(found, `problems at ${path}: ${JSON.stringify(result.problems)}`).to.have.length(1);
  expect(found[0].severity).to.equal(severity);
  for (const w of words) expect(found[0].message).to.include(w);
  return found[0];
}

function only(result: ValidationResult): TimelineEvent {
  expect(result.dataset, JSON.stringify(result.problems)).to.not.equal(null);
  expect(result.dataset!.events).to.have.length(1);
  return result.dataset!.events[0];
}

// ---------------------------------------------------------------------------------------------
// Invariants of every result, for any input

const KNOWN_KEYS: Record<string, readonly string[]> = {
  dataset: ['id', 'title', 'description', 'updated', 'categories', 'events', 'tracks'],
  event: [
    'id',
    'date',
    'precision',
    'end',
    'endPrecision',
    'title',
    'summary',
    'category',
    'people',
    'sources',
    'key',
  ],
  source: ['publisher', 'title', 'url', 'published'],
  category: ['id', 'label'],
  track: ['id', 'label', 'spans', 'sources'],
  span: ['id', 'label', 'role', 'start', 'startPrecision', 'end', 'endPrecision', 'note'],
};

function codePoints(s: string): number {
  return [...s].length;
}

function fail(message: string): never {
  throw new Error(message);
}

function check(ok: boolean, message: string): void {
  if (!ok) fail(message);
}

function checkKeys(obj: object, kind: string): void {
  for (const k of Object.keys(obj)) check(KNOWN_KEYS[kind].includes(k), `unknown ${kind} key ${k}`);
  check(Object.getPrototypeOf(obj) === Object.prototype, `${kind} is not a plain object`);
}

function checkText(s: unknown, max: number, what: string, required = true): void {
  check(typeof s === 'string', `${what} is not a string`);
  check(codePoints(s as string) <= max, `${what} is longer than ${max}`);
  if (required) check(/\S/.test(s as string), `${what} is blank`);
}

function checkDates(
  start: string,
  precision: unknown,
  end: string | undefined,
  endPrecision: unknown,
  what: string,
): void {
  const s = parseIsoDate(start);
  check(s !== null, `${what} start ${start} invalid`);
  check(precisionOf(start) === precision, `${what} precision does not match ${start}`);
  if (end === undefined) {
    check(endPrecision === undefined, `${what} endPrecision without end`);
    return;
  }
  const e = parseIsoDate(end);
  check(e !== null, `${what} end ${end} invalid`);
  check(precisionOf(end) === endPrecision, `${what} endPrecision does not match ${end}`);
  check(periodEnd(e!) > s!.date, `${what} ends before it starts`);
}

function checkSources(sources: unknown, what: string): void {
  check(Array.isArray(sources), `${what} sources not a list`);
  const list = sources as Record<string, unknown>[];
  check(list.length <= MAX_ITEMS.sources, `${what} has too many sources`);
  for (const s of list) {
    checkKeys(s, 'source');
    checkText(s.publisher, MAX_LENGTHS.text, `${what} publisher`);
    if ('title' in s) checkText(s.title, MAX_LENGTHS.text, `${what} source title`);
    if ('url' in s) {
      check(isSafeUrl(s.url), `${what} unsafe url ${String(s.url)}`);
      check(/^(https?:\/\/|mailto:)/.test(s.url as string), `${what} url scheme`);
      check(
        ['https:', 'http:', 'mailto:'].includes(new URL(s.url as string).protocol),
        `${what} url protocol`,
      );
    }
    if ('published' in s) check(parseIsoDate(s.published) !== null, `${what} published`);
  }
}

/** Every invariant a result must satisfy, whatever the input. Throws on the first broken one. */
function checkResult(result: ValidationResult): void {
  check(Array.isArray(result.problems), 'problems is not a list');
  check(result.problems.length <= MAX_PROBLEMS + 1, 'too many problems');
  for (const p of result.problems) {
    check(typeof p.path === 'string', 'problem path');
    check(typeof p.message === 'string' && p.message.length > 0, 'problem message');
    check(p.severity === 'error' || p.severity === 'warning', 'problem severity');
  }
  const d = result.dataset;
  if (d === null) {
    check(errors(result).length > 0, 'no dataset but no error says why');
    return;
  }
  checkKeys(d, 'dataset');
  check(KEBAB_ID.test(d.id), 'dataset id');
  checkText(d.title, MAX_LENGTHS.title, 'dataset title');
  checkText(d.description, MAX_LENGTHS.text, 'description', false);
  check(d.updated === '' || precisionOf(d.updated) === 'day', 'updated');
  if (d.updated) check(parseIsoDate(d.updated) !== null, 'updated invalid');

  const categoryIds = new Set<string>();
  for (const c of d.categories) {
    checkKeys(c, 'category');
    check(KEBAB_ID.test(c.id) && c.id.length <= MAX_LENGTHS.id, `category id ${c.id}`);
    check(!categoryIds.has(c.id), `duplicate category ${c.id}`);
    categoryIds.add(c.id);
    checkText(c.label, MAX_LENGTHS.text, 'category label');
  }
  check(d.categories.length <= MAX_ITEMS.categories, 'too many categories');

  check(d.events.length <= MAX_ITEMS.events, 'too many events');
  const ids = new Set<string>();
  d.events.forEach((e, i) => {
    const what = `event ${e.id}`;
    checkKeys(e, 'event');
    check(KEBAB_ID.test(e.id) && e.id.length <= MAX_LENGTHS.id, `event id ${e.id}`);
    check(!ids.has(e.id), `duplicate event id ${e.id}`);
    ids.add(e.id);
    checkDates(e.date, e.precision, e.end, e.endPrecision, what);
    if (i > 0) check(compareIsoDates(d.events[i - 1].date, e.date) <= 0, 'not chronological');
    checkText(e.title, MAX_LENGTHS.title, `${what} title`);
    checkText(e.summary, MAX_LENGTHS.summary, `${what} summary`, false);
    check(typeof e.category === 'string', `${what} category`);
    if (e.category) {
      check(KEBAB_ID.test(e.category), `${what} category not kebab`);
      const marked = result.problems.some(
        (p) =>
          p.severity === 'warning' &&
          /^events\[\d+\]\.category$/.test(p.path) &&
          p.message.includes(JSON.stringify(e.category)),
      );
      check(categoryIds.has(e.category) || marked, `${what} category neither declared nor marked`);
    }
    if (e.people !== undefined) {
      check(Array.isArray(e.people) && e.people.length <= MAX_ITEMS.people, `${what} people`);
      for (const name of e.people) checkText(name, MAX_LENGTHS.text, `${what} person`);
    }
    checkSources(e.sources, what);
    if ('key' in e) check(typeof e.key === 'boolean', `${what} key`);
  });

  if (d.tracks !== undefined) {
    check(Array.isArray(d.tracks) && d.tracks.length <= MAX_ITEMS.tracks, 'tracks');
    const trackIds = new Set<string>();
    const spanIds = new Set<string>();
    for (const t of d.tracks) {
      checkKeys(t, 'track');
      check(KEBAB_ID.test(t.id) && !trackIds.has(t.id), `track id ${t.id}`);
      trackIds.add(t.id);
      checkText(t.label, MAX_LENGTHS.text, 'track label');
      checkSources(t.sources, `track ${t.id}`);
      check(t.spans.length <= MAX_ITEMS.spans, 'too many spans');
      t.spans.forEach((s, i) => {
        checkKeys(s, 'span');
        check(KEBAB_ID.test(s.id) && !spanIds.has(s.id), `span id ${s.id}`);
        spanIds.add(s.id);
        checkText(s.label, MAX_LENGTHS.text, 'span label');
        if ('role' in s) checkText(s.role, MAX_LENGTHS.text, 'role', false);
        if ('note' in s) checkText(s.note, MAX_LENGTHS.text, 'note', false);
        checkDates(s.start, s.startPrecision, s.end, s.endPrecision, `span ${s.id}`);
        if (i > 0) check(compareIsoDates(t.spans[i - 1].start, s.start) <= 0, 'spans unsorted');
      });
    }
  }

  // The output is a fixpoint: checking it again changes nothing and finds no error.
  const again = validateDataset(d);
  check(errors(again).length === 0, `output has errors: ${JSON.stringify(errors(again))}`);
  try {
    expect(again.dataset).to.deep.equal(d);
  } catch {
    fail('checking the output again changed it');
  }
}

/** Every object reachable from `value` through own properties (getters are not called). */
function objectsOf(value: unknown, seen = new Set<object>()): Set<object> {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return seen;
  if (seen.has(value)) return seen;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) {
    const d = Object.getOwnPropertyDescriptor(value, key);
    if (d && 'value' in d) objectsOf(d.value, seen);
  }
  return seen;
}

function deepFreeze<T>(value: T, seen = new Set<object>()): T {
  if (typeof value === 'object' && value !== null && !seen.has(value)) {
    seen.add(value);
    if (ArrayBuffer.isView(value)) return value; // typed arrays cannot be frozen
    for (const key of Reflect.ownKeys(value)) {
      const d = Object.getOwnPropertyDescriptor(value, key);
      if (d && 'value' in d) deepFreeze(d.value, seen);
    }
    Object.freeze(value);
  }
  return value;
}

/** Checks `validateDataset(input)`: no throw, the invariants, fresh objects, input untouched. */
function validateChecked(input: unknown): ValidationResult {
  const before = objectsOf(input);
  const result = validateDataset(deepFreeze(input));
  checkResult(result);
  for (const o of objectsOf(result.dataset)) check(!before.has(o), 'output shares an object');
  check(
    !result.problems.some((p) => p.message.startsWith('The data could not be read')),
    `threw inside: ${JSON.stringify(result.problems)}`,
  );
  return result;
}

// ---------------------------------------------------------------------------------------------
// Generated data

const kebab = fc.stringMatching(/^[a-z0-9]{1,6}(?:-[a-z0-9]{1,6}){0,2}$/);

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
const isoDay = fc.integer({ min: MIN_MS, max: MAX_MS }).map(dayOf);

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

function validEvent(categories: readonly string[]): fc.Arbitrary<TimelineEvent> {
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
const validDataset: fc.Arbitrary<TimelineDataset> = fc
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
const nasty = fc.oneof(
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

const mutatedDataset = fc
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

const RUNS = { numRuns: 1000, seed: 20250407 };

// ---------------------------------------------------------------------------------------------

describe('validateDataset(input)', () => {
  describe('a valid dataset', () => {
    it('is returned equal, with no problems', () => {
      const input = dataset({
        tracks: [
          {
            id: 'irs-leaders',
            label: 'Who led the IRS',
            spans: [
              {
                id: 'werfel',
                label: 'Danny Werfel',
                role: 'commissioner',
                start: '2023-03-13',
                startPrecision: 'day',
                end: '2025-01-20',
                endPrecision: 'day',
              },
              {
                id: 'bisignano',
                label: 'Frank Bisignano',
                start: '2025-10',
                startPrecision: 'month',
                note: 'No end is known yet.',
              },
            ],
            sources: [source()],
          },
        ],
      });
      const result = validateDataset(input);
      expect(result.problems).to.deep.equal([]);
      expect(result.dataset).to.deep.equal(input);
    });

    it('is copied: no object of the input is returned, and the input is not changed', () => {
      const input = dataset();
      const snapshot = JSON.stringify(input);
      const result = validateDataset(input);
      expect(JSON.stringify(input)).to.equal(snapshot);
      expect(result.dataset).to.not.equal(input);
      expect(result.dataset!.events[0]).to.not.equal((input.events as unknown[])[0]);
      expect(result.dataset!.events[0].sources[0]).to.not.equal(
        ((input.events as Record<string, unknown>[])[0].sources as unknown[])[0],
      );
      expect(result.dataset!.events[0].people).to.not.equal(
        (input.events as Record<string, unknown>[])[0].people,
      );
    });

    it('accepts an empty list of events', () => {
      const result = validateDataset(dataset({ events: [] }));
      expect(errors(result)).to.deep.equal([]);
      expect(result.dataset!.events).to.deep.equal([]);
    });

    it('treats null as a missing optional field', () => {
      const result = validateDataset(
        dataset({
          tracks: null,
          events: [event({ end: null, endPrecision: null, people: null, key: null })],
        }),
      );
      expect(result.problems).to.deep.equal([]);
      const e = only(result);
      expect(e).to.not.have.any.keys('end', 'endPrecision', 'people', 'key');
      expect(result.dataset).to.not.have.property('tracks');
    });
  });

  describe('the data as a whole', () => {
    it('rejects what is not an object', () => {
      for (const input of ['hello', 3, true, null, undefined, 10n, Symbol('s'), () => 1]) {
        const result = validateDataset(input);
        expect(result.dataset).to.equal(null);
        expectProblem(result, '', 'error', 'must be an object');
      }
    });

    it('rejects a bare list, and says how to wrap it', () => {
      const result = validateDataset([event()]);
      expect(result.dataset).to.equal(null);
      expectProblem(result, '', 'error', 'is a list', '"events": [');
    });

    it('rejects a dataset without a list of events', () => {
      const result = validateDataset(dataset({ events: undefined }));
      expect(result.dataset).to.equal(null);
      expectProblem(result, 'events', 'error', 'no list of events');
      const notList = validateDataset(dataset({ events: { 0: event() } }));
      expect(notList.dataset).to.equal(null);
      expectProblem(notList, 'events', 'error', 'must be a list, not an object');
    });

    it('rejects a dataset none of whose events can be used', () => {
      const result = validateDataset(dataset({ events: [1, { id: 'x' }] }));
      expect(result.dataset).to.equal(null);
      expectProblem(result, 'events', 'error', 'None of the 2 events');
      expectProblem(result, 'events[0]', 'error', 'not the number 1');
    });

    it('keeps the valid events around an invalid one', () => {
      const result = validateDataset(
        dataset({
          events: [
            event({ id: 'a', date: '2025-01-01' }),
            event({ id: 'b', date: '2025-02-30' }),
            event({ id: 'c', date: '2025-03-01' }),
          ],
        }),
      );
      expect(result.dataset!.events.map((e) => e.id)).to.deep.equal(['a', 'c']);
      expectProblem(result, 'events[1].date', 'error', '"2025-02-30"', 'not a real date');
    });

    it('warns about and drops unknown fields, at every level', () => {
      const result = validateDataset(
        dataset({
          $schema: 'https://example.com/schema.json',
          theme: 'dark',
          events: [event({ titel: 'typo', sources: [source({ archive: 'x' })] })],
        }),
      );
      expectProblem(result, '', 'warning', 'Unknown field "theme"');
      expectProblem(result, 'events[0]', 'warning', 'Unknown field "titel"');
      expectProblem(result, 'events[0].sources[0]', 'warning', '"archive"');
      expect(result.dataset).to.not.have.property('theme');
      expect(result.dataset).to.not.have.property('$schema');
      expect(only(result)).to.not.have.property('titel');
    });

    it('reads a "__proto__" key as data and never pollutes a prototype', () => {
      const input = JSON.parse(
        '{"title":"T","events":[{"id":"a","date":"2025-04","title":"A","__proto__":{"polluted":1},' +
          '"sources":[{"publisher":"P","__proto__":{"url":"javascript:alert(1)"}}]}],' +
          '"__proto__":{"events":[]}}',
      ) as unknown;
      const result = validateDataset(input);
      expect(result.dataset!.events).to.have.length(1);
      const e = only(result);
      expect(Object.getPrototypeOf(e)).to.equal(Object.prototype);
      expect(e).to.not.have.property('polluted');
      expect(e.sources[0]).to.deep.equal({ publisher: 'P' });
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expectProblem(result, 'events[0]', 'warning', '"__proto__"');
    });

    it('reads objects without a prototype', () => {
      const e = Object.assign(Object.create(null) as object, event());
      const d = Object.assign(Object.create(null) as object, dataset({ events: [e] }));
      expect(validateDataset(d).problems).to.deep.equal([]);
    });
  });

  describe('the dataset fields', () => {
    it('uses "timeline" for a missing id (warning) and rejects one that is not kebab-case', () => {
      expectProblem(validateDataset(dataset({ id: undefined })), 'id', 'warning', '"timeline"');
      const bad = validateDataset(dataset({ id: 'IRS ICE' }));
      expectProblem(bad, 'id', 'error', '"IRS ICE"', '"irs-ice"');
      expect(bad.dataset!.id).to.equal('timeline');
    });

    it('uses a generic title when the title is missing, empty or not text', () => {
      for (const title of [undefined, '  ', 42]) {
        const result = validateDataset(dataset({ title }));
        expectProblem(result, 'title', 'error', '"Timeline" was used');
        expect(result.dataset!.title).to.equal('Timeline');
      }
      const custom = validateDataset(dataset({ title: undefined }), { fallbackTitle: 'Chronik' });
      expect(custom.dataset!.title).to.equal('Chronik');
      expect(at(validateDataset(dataset({ title: 42 })), 'title')[0].message).to.include(
        'the number 42',
      );
    });

    it('warns about a missing description, and accepts an empty one', () => {
      expectProblem(validateDataset(dataset({ description: undefined })), 'description', 'warning');
      expect(validateDataset(dataset({ description: '' })).problems).to.deep.equal([]);
    });

    it('checks the updated date: a full, real date', () => {
      expectProblem(validateDataset(dataset({ updated: undefined })), 'updated', 'warning');
      expectProblem(
        validateDataset(dataset({ updated: '2026-06' })),
        'updated',
        'error',
        '"2026-06"',
      );
      expectProblem(
        validateDataset(dataset({ updated: '2026-02-30' })),
        'updated',
        'error',
        '"2026-02-30" is not a real date',
      );
      expect(validateDataset(dataset({ updated: '' })).problems).to.deep.equal([]);
    });
  });

  describe('event ids', () => {
    it('leaves out an event without an id, or with an id that is not text', () => {
      const missing = withEvent({ id: undefined });
      expect(missing.dataset).to.equal(null);
      expectProblem(missing, 'events[0].id', 'error', 'missing', 'left out');
      expectProblem(withEvent({ id: 7 }), 'events[0].id', 'error', 'the number 7');
    });

    it('leaves out an event whose id is not kebab-case, and suggests one (never rewrites)', () => {
      const result = withEvent({ id: 'Agreement Signed' });
      expect(result.dataset).to.equal(null);
      expectProblem(result, 'events[0].id', 'error', '"Agreement Signed"', '"agreement-signed"');
      for (const id of ['a--b', '-a', 'a-', 'a_b', 'ä', 'A', '']) {
        expect(
          errors(withEvent({ id })).map((p) => p.path),
          id,
        ).to.include('events[0].id');
      }
    });

    it('leaves out an id longer than MAX_LENGTHS.id', () => {
      const id = 'a'.repeat(MAX_LENGTHS.id + 1);
      expectProblem(withEvent({ id }), 'events[0].id', 'error', `${MAX_LENGTHS.id} characters`);
      expect(errors(withEvent({ id: 'a'.repeat(MAX_LENGTHS.id) }))).to.deep.equal([]);
    });

    it('leaves out the second of two events with the same id', () => {
      const result = validateDataset(
        dataset({
          events: [
            event({ title: 'First' }),
            event({ title: 'Second', date: '2025-04-08' }),
            event({ id: 'other', date: '2025-04-09' }),
          ],
        }),
      );
      expect(result.dataset!.events.map((e) => e.title)).to.deep.equal([
        'First',
        'IRS and ICE sign a data-sharing agreement',
      ]);
      expectProblem(result, 'events[1].id', 'error', '"agreement-signed"', '"First"');
    });

    it('does not count an unusable first event as a duplicate', () => {
      const result = validateDataset(
        dataset({ events: [event({ date: 'never' }), event({ title: 'Second' })] }),
      );
      expect(result.dataset!.events.map((e) => e.title)).to.deep.equal(['Second']);
    });
  });

  describe('event dates and precision', () => {
    it('leaves out an event without a date', () => {
      expectProblem(withEvent({ date: undefined }), 'events[0].date', 'error', 'no date');
    });

    it('leaves out an impossible date', () => {
      for (const date of ['2025-02-30', '2025-02-29', '2025-13', '2025-00', '2025-04-31']) {
        const result = withEvent({ date, precision: undefined });
        expectProblem(result, 'events[0].date', 'error', `"${date}" is not a real date`);
      }
    });

    it('leaves out a date in the wrong form', () => {
      for (const date of ['April 7, 2025', '2025-4-7', '4/7/2025', '2025', '2025-04-07T10:00Z']) {
        const result = withEvent({ date });
        expectProblem(result, 'events[0].date', 'error', JSON.stringify(date), 'YYYY-MM-DD');
      }
      expectProblem(
        withEvent({ date: 20250407 }),
        'events[0].date',
        'error',
        'the number 20250407',
      );
    });

    it('infers a missing precision from the form (warning)', () => {
      const day = withEvent({ precision: undefined });
      expectProblem(day, 'events[0].precision', 'warning', '"day"', '"2025-04-07"');
      expect(only(day).precision).to.equal('day');
      const month = withEvent({ date: '2025-04', precision: undefined });
      expectProblem(month, 'events[0].precision', 'warning', '"month"');
      expect(only(month).precision).to.equal('month');
    });

    it('never shows a month as a day: a "day" precision on a month stays a month (error)', () => {
      const result = withEvent({ date: '2025-04', precision: 'day' });
      expectProblem(result, 'events[0].precision', 'error', '"2025-04" is a month');
      expect(only(result)).to.include({ date: '2025-04', precision: 'month' });
    });

    it('never invents a day: a "month" precision on a day keeps only the month (error)', () => {
      const result = withEvent({ date: '2025-04-01', precision: 'month' });
      expectProblem(result, 'events[0].precision', 'error', '"2025-04-01" is a day', '"2025-04"');
      expect(only(result)).to.include({ date: '2025-04', precision: 'month' });
    });

    it('rejects a precision that is neither "day" nor "month"', () => {
      const result = withEvent({ precision: 'year' });
      expectProblem(result, 'events[0].precision', 'error', '"year" is not a precision');
      expect(only(result).precision).to.equal('day');
    });

    it('keeps an end after the start, inferring its precision (warning)', () => {
      const result = withEvent({ end: '2025-05' });
      expectProblem(result, 'events[0].endPrecision', 'warning', '"month"');
      expect(only(result)).to.include({ end: '2025-05', endPrecision: 'month' });
    });

    it('accepts an end on the start day, or in the start month', () => {
      expect(errors(withEvent({ end: '2025-04-07', endPrecision: 'day' }))).to.deep.equal([]);
      expect(errors(withEvent({ end: '2025-04', endPrecision: 'month' }))).to.deep.equal([]);
      expect(
        errors(
          withEvent({
            date: '2025-04',
            precision: 'month',
            end: '2025-04-02',
            endPrecision: 'day',
          }),
        ),
      ).to.deep.equal([]);
    });

    it('drops an end before the start, and shows the event on its start date', () => {
      const result = withEvent({ end: '2025-04-06', endPrecision: 'day' });
      expectProblem(
        result,
        'events[0].end',
        'error',
        '"2025-04-06"',
        'before the start',
        '"2025-04-07"',
      );
      expect(only(result)).to.not.have.any.keys('end', 'endPrecision');
    });

    it('drops an unusable end, and an endPrecision without an end', () => {
      const bad = withEvent({ end: '2025-02-30', endPrecision: 'day' });
      expectProblem(bad, 'events[0].end', 'error', '"2025-02-30"', 'shown on its start date');
      expect(only(bad)).to.not.have.any.keys('end', 'endPrecision');
      const lone = withEvent({ endPrecision: 'day' });
      expectProblem(lone, 'events[0].endPrecision', 'warning', 'no end');
      expect(only(lone)).to.not.have.property('endPrecision');
      expectProblem(
        withEvent({ endPrecision: 'week' }),
        'events[0].endPrecision',
        'error',
        '"week"',
      );
    });
  });

  describe('event text', () => {
    it('leaves out an event without a usable title', () => {
      expectProblem(withEvent({ title: undefined }), 'events[0].title', 'error', 'missing');
      expectProblem(withEvent({ title: '' }), 'events[0].title', 'error', 'empty');
      expectProblem(withEvent({ title: ['A'] }), 'events[0].title', 'error', 'not a list');
    });

    it('keeps an event without a summary (warning) and shows it with its title only', () => {
      const result = withEvent({ summary: undefined });
      expectProblem(result, 'events[0].summary', 'warning', 'no summary');
      expect(only(result).summary).to.equal('');
      expect(withEvent({ summary: '' }).problems).to.deep.equal([]);
      expectProblem(withEvent({ summary: 3 }), 'events[0].summary', 'error', 'the number 3');
    });

    it('cuts a title longer than MAX_LENGTHS.title short with an ellipsis (error)', () => {
      const title = `${'Long title '.repeat(30)}end`;
      const result = withEvent({ title });
      expectProblem(
        result,
        'events[0].title',
        'error',
        `${MAX_LENGTHS.title} characters`,
        '"Long title',
      );
      const cut = only(result).title;
      expect(codePoints(cut)).to.be.at.most(MAX_LENGTHS.title);
      expect(cut.startsWith('Long title Long title')).to.equal(true);
      expect(cut.endsWith('…')).to.equal(true);
    });

    it('counts length in code points, as JSON Schema does', () => {
      const emoji = '😀'.repeat(MAX_LENGTHS.title);
      expect(withEvent({ title: emoji }).problems).to.deep.equal([]);
      const long = withEvent({ title: `${emoji}😀` });
      expectProblem(long, 'events[0].title', 'error', `(${MAX_LENGTHS.title + 1})`);
      const cut = only(long).title;
      expect(codePoints(cut)).to.equal(MAX_LENGTHS.title);
      expect(cut.endsWith('😀…')).to.equal(true);
    });

    it('cuts a summary, publisher or name that is too long', () => {
      const summary = only(withEvent({ summary: 's'.repeat(MAX_LENGTHS.summary + 1) })).summary;
      expect(codePoints(summary)).to.equal(MAX_LENGTHS.summary);
      const long = 'p'.repeat(MAX_LENGTHS.text + 1);
      const result = withEvent({ people: [long], sources: [source({ publisher: long })] });
      expectProblem(result, 'events[0].people[0]', 'error', `${MAX_LENGTHS.text} characters`);
      expectProblem(result, 'events[0].sources[0].publisher', 'error');
      expect(codePoints(only(result).people![0])).to.equal(MAX_LENGTHS.text);
    });
  });

  describe('categories', () => {
    it('keeps an event whose category is not declared, with a warning', () => {
      const result = withEvent({ category: 'protest' });
      expectProblem(
        result,
        'events[0].category',
        'warning',
        '"protest"',
        'agreement, court',
        'neutral',
      );
      expect(only(result).category).to.equal('protest');
    });

    it('takes the categories from the events when the list is missing (warning)', () => {
      const result = validateDataset(
        dataset({
          categories: undefined,
          events: [event(), event({ id: 'b', category: 'court-ruling', date: '2025-05-01' })],
        }),
      );
      expectProblem(result, 'categories', 'warning', 'agreement, court-ruling');
      expect(result.dataset!.categories).to.deep.equal([
        { id: 'agreement', label: 'Agreement' },
        { id: 'court-ruling', label: 'Court ruling' },
      ]);
    });

    it('takes them from the events, too, when the list is not a list (error)', () => {
      const result = validateDataset(dataset({ categories: 'agreement' }));
      expectProblem(result, 'categories', 'error', '"agreement"');
      expect(result.dataset!.categories).to.deep.equal([{ id: 'agreement', label: 'Agreement' }]);
    });

    it('checks each declared category', () => {
      const result = validateDataset(
        dataset({
          categories: [
            { id: 'agreement', label: 'Agreement' },
            { id: 'agreement', label: 'Again' },
            { id: 'Court', label: 'Court' },
            { id: 'data-transfers' },
            'x',
          ],
        }),
      );
      expectProblem(result, 'categories[1].id', 'error', 'twice');
      expectProblem(result, 'categories[2].id', 'error', '"Court"');
      expectProblem(result, 'categories[3].label', 'error', '"Data transfers" was used');
      expectProblem(result, 'categories[4]', 'error', '"x"');
      expect(result.dataset!.categories).to.deep.equal([
        { id: 'agreement', label: 'Agreement' },
        { id: 'data-transfers', label: 'Data transfers' },
      ]);
    });

    it('gives an event without a category the neutral style', () => {
      const missing = withEvent({ category: undefined });
      expectProblem(missing, 'events[0].category', 'warning', 'no category');
      expect(only(missing).category).to.equal('');
      const bad = withEvent({ category: 'Court Ruling' });
      expectProblem(bad, 'events[0].category', 'error', '"Court Ruling"', '"court-ruling"');
      expect(only(bad).category).to.equal('');
      expect(withEvent({ category: '' }).problems).to.deep.equal([]);
    });
  });

  describe('people, key and other types', () => {
    it('drops people that are not a list of names', () => {
      const result = withEvent({ people: 'Scott Bessent' });
      expectProblem(result, 'events[0].people', 'error', '"Scott Bessent"');
      expect(only(result)).to.not.have.property('people');
      const mixed = withEvent({ people: ['A', 2, ' ', null, 'B'] });
      expect(only(mixed).people).to.deep.equal(['A', 'B']);
      expectProblem(mixed, 'events[0].people[1]', 'error', 'the number 2');
      expectProblem(mixed, 'events[0].people[2]', 'error', 'empty');
      expectProblem(mixed, 'events[0].people[3]', 'error', 'missing');
    });

    it(`keeps the first MAX_ITEMS.people (${MAX_ITEMS.people}) people`, () => {
      const people = Array.from({ length: MAX_ITEMS.people + 5 }, (_, i) => `Person ${i}`);
      const result = withEvent({ people });
      expectProblem(result, 'events[0].people', 'error', `${MAX_ITEMS.people + 5} people`);
      expect(only(result).people).to.deep.equal(people.slice(0, MAX_ITEMS.people));
    });

    it('ignores a key that is not true or false', () => {
      for (const key of ['yes', 1, 'true']) {
        const result = withEvent({ key });
        expectProblem(result, 'events[0].key', 'error', 'true or false');
        expect(only(result)).to.not.have.property('key');
      }
      expect(only(withEvent({ key: false })).key).to.equal(false);
    });
  });

  describe('sources', () => {
    it('warns about an event without sources', () => {
      for (const sources of [undefined, []]) {
        const result = withEvent({ sources });
        expectProblem(result, 'events[0].sources', 'warning', 'no sources');
        expect(only(result).sources).to.deep.equal([]);
      }
    });

    it('rejects sources that are not a list', () => {
      const result = withEvent({ sources: source() });
      expectProblem(result, 'events[0].sources', 'error', 'must be a list', 'an object');
      expect(only(result).sources).to.deep.equal([]);
    });

    it('leaves out a source that is not an object, or has no publisher and no address', () => {
      const result = withEvent({ sources: ['AP', { title: 'x' }, source()] });
      expectProblem(result, 'events[0].sources[0]', 'error', '"AP"');
      expectProblem(result, 'events[0].sources[1].publisher', 'error', 'left out');
      expect(only(result).sources).to.have.length(1);
    });

    it('names a source without a publisher after its address (error)', () => {
      const result = withSource({ publisher: undefined, url: 'https://www.apnews.com/x' });
      expectProblem(result, 'events[0].sources[0].publisher', 'error', '"apnews.com"');
      expect(only(result).sources[0].publisher).to.equal('apnews.com');
    });

    it('drops an unusable publication date, and keeps the source', () => {
      const result = withSource({ published: '2025-02-30' });
      expectProblem(result, 'events[0].sources[0].published', 'error', '"2025-02-30"');
      expect(only(result).sources[0]).to.not.have.property('published');
    });

    it(`keeps the first MAX_ITEMS.sources (${MAX_ITEMS.sources}) sources`, () => {
      const sources = Array.from({ length: MAX_ITEMS.sources + 1 }, (_, i) =>
        source({ title: `Story ${i}` }),
      );
      const result = withEvent({ sources });
      expectProblem(result, 'events[0].sources', 'error', `${MAX_ITEMS.sources + 1} sources`);
      expect(only(result).sources).to.have.length(MAX_ITEMS.sources);
    });

    const unsafe: [string, string][] = [
      ['javascript:alert(1)', 'not a safe link'],
      ['JaVaScRiPt:alert(1)', 'not a safe link'],
      ['vbscript:msgbox(1)', 'not a safe link'],
      ['data:text/html,<script>alert(1)</script>', 'not a safe link'],
      ['file:///etc/passwd', 'not a safe link'],
      ['java\tscript:alert(1)', 'spaces or control characters'],
      ['java\nscript:alert(1)', 'spaces or control characters'],
      ['\u0000javascript:alert(1)', 'spaces or control characters'],
      [' https://example.com', 'spaces or control characters'],
      ['https://example.com/a b', 'spaces or control characters'],
      ['https://exa\u00a0mple.com', 'spaces or control characters'],
      ['/news/story', 'not a complete address'],
      ['//evil.example/x', 'not a complete address'],
      ['example.com/story', 'not a complete address'],
      ['HTTPS://example.com', 'lowercase'],
      ['https://', 'not a valid address'],
      ['https://exa[mple.com', 'not a valid address'],
      ['mailto:', 'not a valid address'],
      [`https://example.com/${'a'.repeat(MAX_LENGTHS.url)}`, `${MAX_LENGTHS.url} characters`],
    ];
    for (const [url, why] of unsafe) {
      it(`removes the link ${JSON.stringify(url.slice(0, 40))} and keeps the source as text`, () => {
        const result = withSource({ url });
        const problem = expectProblem(result, 'events[0].sources[0].url', 'error', why);
        expect(problem.message).to.include(JSON.stringify(url).slice(0, 20));
        expect(only(result).sources[0]).to.deep.equal({
          publisher: 'Associated Press',
          title: 'IRS agrees to share data',
          published: '2025-04-08',
        });
      });
    }

    it('keeps https:, http: and mailto: links', () => {
      for (const url of [
        'https://apnews.com/a?b=c#d',
        'http://example.com',
        'mailto:tips@example.com',
        'https://de.wikipedia.org/wiki/Bundesfinanzhof_(Müller)',
      ]) {
        const result = withSource({ url });
        expect(result.problems, url).to.deep.equal([]);
        expect(only(result).sources[0].url).to.equal(url);
      }
    });

    it('rejects an address that is not text', () => {
      expectProblem(withSource({ url: 42 }), 'events[0].sources[0].url', 'error', 'the number 42');
    });
  });

  describe('order', () => {
    it('sorts events into chronological order (stable), with a warning', () => {
      const result = validateDataset(
        dataset({
          events: [
            event({ id: 'a', date: '2025-04' }),
            event({ id: 'b', date: '2025-04-07' }),
            event({ id: 'c', date: '2025-03-01' }),
            event({ id: 'd', date: '2025-04-07' }),
          ],
        }),
      );
      expect(result.dataset!.events.map((e) => e.id)).to.deep.equal(['c', 'b', 'd', 'a']);
      expectProblem(result, 'events[1].date', 'warning', '"2025-04-07" comes after "2025-04"');
      expect(result.problems.filter((p) => p.message.includes('date order'))).to.have.length(1);
    });

    it(`keeps all of MAX_ITEMS.events (${MAX_ITEMS.events}) events, with no problem`, () => {
      expect(MAX_ITEMS.events).to.be.at.least(10_000);
      const day = Date.UTC(1990, 0, 1);
      const events = Array.from({ length: MAX_ITEMS.events }, (_, i) =>
        event({ id: `e-${i}`, date: new Date(day + i * 86_400_000).toISOString().slice(0, 10) }),
      );
      const result = validateDataset(dataset({ events }));
      expect(result.problems).to.deep.equal([]);
      expect(result.dataset!.events.map((e) => e.id)).to.deep.equal(events.map((e) => e.id));
    });

    it(`uses the first MAX_ITEMS.events (${MAX_ITEMS.events}) events`, () => {
      const events = Array.from({ length: MAX_ITEMS.events + 1 }, (_, i) =>
        event({ id: `e-${i}` }),
      );
      const result = validateDataset(dataset({ events }));
      expectProblem(result, 'events', 'error', `${MAX_ITEMS.events + 1} events`);
      expect(result.dataset!.events).to.have.length(MAX_ITEMS.events);
    });
  });

  describe('tracks and spans', () => {
    const span = (extra: Record<string, unknown> = {}) => ({
      id: 'werfel',
      label: 'Danny Werfel',
      start: '2023-03-13',
      startPrecision: 'day',
      end: '2025-01-20',
      endPrecision: 'day',
      ...extra,
    });
    const withTrack = (extra: Record<string, unknown>) =>
      validateDataset(
        dataset({
          tracks: [
            {
              id: 'leaders',
              label: 'Who led the IRS',
              spans: [span()],
              sources: [source()],
              ...extra,
            },
          ],
        }),
      );

    it('accepts an open end', () => {
      const result = withTrack({ spans: [span({ end: undefined, endPrecision: undefined })] });
      expect(result.problems).to.deep.equal([]);
      expect(result.dataset!.tracks![0].spans[0]).to.not.have.property('end');
    });

    it('leaves out a span that ends before it starts (an open end would be a claim)', () => {
      const result = withTrack({ spans: [span({ end: '2020-01-01' })] });
      expectProblem(result, 'tracks[0].spans[0].end', 'error', '"2020-01-01"', 'span was left out');
      expect(result.dataset!.tracks![0].spans).to.deep.equal([]);
    });

    it('checks span dates and precision like event dates', () => {
      const result = withTrack({
        spans: [
          span({ id: 'a', startPrecision: undefined }),
          span({ id: 'b', start: '2023-02-29' }),
          span({ id: 'c', start: '2023-03', startPrecision: 'day' }),
          span({ id: 'd', start: undefined }),
        ],
      });
      expectProblem(result, 'tracks[0].spans[0].startPrecision', 'warning', '"day"');
      expectProblem(result, 'tracks[0].spans[1].start', 'error', '"2023-02-29"');
      expectProblem(result, 'tracks[0].spans[2].startPrecision', 'error', '"2023-03" is a month');
      expectProblem(result, 'tracks[0].spans[3].start', 'error', 'no start');
      expect(result.dataset!.tracks![0].spans.map((s) => s.id)).to.deep.equal(['a', 'c']);
    });

    it('sorts spans by start, with a warning', () => {
      const result = withTrack({
        spans: [span({ id: 'b', start: '2024-01-01' }), span({ id: 'a' })],
      });
      expectProblem(result, 'tracks[0].spans[1].start', 'warning', 'sorted');
      expect(result.dataset!.tracks![0].spans.map((s) => s.id)).to.deep.equal(['a', 'b']);
    });

    it('leaves out duplicate span and track ids, and tracks without a label', () => {
      const result = validateDataset(
        dataset({
          tracks: [
            { id: 'a', label: 'A', spans: [span(), span()], sources: [source()] },
            { id: 'a', label: 'A again', spans: [], sources: [source()] },
            { id: 'b', spans: [], sources: [source()] },
            'c',
          ],
        }),
      );
      expectProblem(result, 'tracks[0].spans[1].id', 'error', '"werfel"');
      expectProblem(result, 'tracks[1].id', 'error', '"a"');
      expectProblem(result, 'tracks[2].label', 'error', 'missing');
      expectProblem(result, 'tracks[3]', 'error', '"c"');
      expect(result.dataset!.tracks!.map((t) => t.label)).to.deep.equal(['A']);
    });

    it('rejects tracks or spans that are not lists', () => {
      const result = validateDataset(dataset({ tracks: {} }));
      expectProblem(result, 'tracks', 'error', 'an object');
      expect(result.dataset).to.not.have.property('tracks');
      const spans = withTrack({ spans: 'none' });
      expectProblem(spans, 'tracks[0].spans', 'error', '"none"');
      expect(spans.dataset!.tracks![0].spans).to.deep.equal([]);
    });
  });

  describe('hostile input', () => {
    it('survives a cyclic object', () => {
      const d = dataset() as Record<string, unknown>;
      const e = (d.events as Record<string, unknown>[])[0];
      e.self = e;
      e.sources = [source({ parent: e })];
      d.events = [e, d];
      const result = validateChecked(d);
      expect(result.dataset!.events).to.have.length(1);
      expectProblem(result, 'events[1]', 'warning', 'Unknown fields "description"');
      expectProblem(result, 'events[1].date', 'error', 'no date');
    });

    it('survives getters that throw, and reports them', () => {
      const e = event();
      Object.defineProperty(e, 'title', {
        enumerable: true,
        get() {
          throw new Error('boom');
        },
      });
      const result = validateDataset(dataset({ events: [e, event({ id: 'b' })] }));
      expectProblem(result, 'events[0].title', 'error', 'could not be read', 'boom');
      expect(result.dataset!.events.map((x) => x.id)).to.deep.equal(['b']);
    });

    it('survives a revoked proxy and a proxy whose traps throw', () => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      const revoked = validateDataset(proxy);
      expect(revoked.dataset).to.equal(null);
      expectProblem(revoked, '', 'error', 'could not be read');
      const trap = new Proxy(dataset(), {
        ownKeys() {
          throw new Error('no keys');
        },
      });
      const trapped = validateDataset(trap);
      expect(trapped.dataset).to.equal(null);
      expect(trapped.problems.some((p) => p.message.includes('no keys'))).to.equal(true);
    });

    it('looks at no more than MAX_ITEMS.events items of a huge array', () => {
      const events = new Array<unknown>(10_000_000);
      const result = validateDataset(dataset({ events }));
      expect(result.dataset).to.equal(null);
      expectProblem(result, 'events', 'error', '10000000 events');
    });

    it(`lists at most MAX_PROBLEMS (${MAX_PROBLEMS}) problems, then says how many more`, () => {
      const events = Array.from({ length: MAX_ITEMS.events }, () => ({ id: 'X' }));
      const result = validateDataset(dataset({ events }));
      expect(result.problems).to.have.length(MAX_PROBLEMS + 1);
      const last = result.problems[MAX_PROBLEMS];
      expect(last).to.include({ path: '', severity: 'error' });
      expect(last.message).to.match(/^\d+ more problems were not listed\.$/);
    });

    it('handles a huge string quickly, quoting only its start', () => {
      const title = 'x'.repeat(5_000_000);
      const result = withEvent({ title });
      const problem = expectProblem(result, 'events[0].title', 'error', '5000000');
      expect(problem.message.length).to.be.below(300);
    });
  });

  describe('properties', () => {
    it('never throws for any value, and returns a result that keeps every invariant', () => {
      fc.assert(
        fc.property(
          fc.anything({
            key: fc.oneof(
              fc.string(),
              fc.constantFrom(
                '__proto__',
                'constructor',
                'events',
                'title',
                'id',
                'date',
                'sources',
              ),
            ),
            withBoxedValues: true,
            withMap: true,
            withSet: true,
            withNullPrototype: true,
            withBigInt: true,
            withDate: true,
            withTypedArray: true,
            withSparseArray: true,
            withObjectString: true,
            withUnicodeString: true,
          }),
          (input) => {
            validateChecked(input);
          },
        ),
        RUNS,
      );
    });

    it('never throws for a JSON value, wrapped as events or not', () => {
      fc.assert(
        fc.property(fc.jsonValue(), fc.boolean(), (value, wrap) => {
          validateChecked(wrap ? { title: 'T', events: [value] } : value);
        }),
        RUNS,
      );
    });

    it('keeps every invariant for mutated valid datasets', () => {
      fc.assert(
        fc.property(mutatedDataset, (input) => {
          validateChecked(input);
        }),
        RUNS,
      );
    });

    it('returns a valid dataset unchanged, with no problems', () => {
      fc.assert(
        fc.property(validDataset, (input) => {
          const result = validateChecked(input);
          expect(result.problems).to.deep.equal([]);
          expect(result.dataset).to.deep.equal(input);
        }),
        RUNS,
      );
    });
  });
});

describe('validateEvents(input)', () => {
  it('wraps a list of events in a dataset with a generic title and derived categories', () => {
    const result = validateEvents([
      event(),
      event({ id: 'b', date: '2025-05', precision: 'month', category: 'court' }),
    ]);
    expect(result.problems).to.deep.equal([]);
    expect(result.dataset).to.include({
      id: 'timeline',
      title: 'Timeline',
      description: '',
      updated: '',
    });
    expect(result.dataset!.categories.map((c) => c.id)).to.deep.equal(['agreement', 'court']);
  });

  it('reports problems at events[i] paths, as a dataset does', () => {
    const result = validateEvents([event(), event({ id: 'b', date: '2025-02-30' })]);
    expectProblem(result, 'events[1].date', 'error', '"2025-02-30"');
  });

  it('uses the dataset fields given as options', () => {
    const result = validateEvents([event({ category: 'other' })], {
      id: 'my-story',
      title: 'My story',
      categories: [{ id: 'agreement', label: 'Deal' }],
    });
    expect(result.dataset).to.include({ id: 'my-story', title: 'My story' });
    expect(result.dataset!.categories).to.deep.equal([{ id: 'agreement', label: 'Deal' }]);
    expectProblem(result, 'events[0].category', 'warning', '"other"');
  });

  it('rejects what is not a list', () => {
    for (const input of [dataset(), 'x', null]) {
      const result = validateEvents(input);
      expect(result.dataset).to.equal(null);
      expectProblem(result, '', 'error', 'must be a list of events');
    }
  });

  it('accepts an empty list', () => {
    const result = validateEvents([]);
    expect(result.problems).to.deep.equal([]);
    expect(result.dataset!.events).to.deep.equal([]);
  });

  it('never throws, and keeps every invariant (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(nasty, validEvent(['a', 'b']))), (input) => {
        const result = validateEvents(input);
        checkResult(result);
      }),
      RUNS,
    );
  });
});

describe('parseJsonDataset(text)', () => {
  it('parses and checks a dataset', () => {
    const result = parseJsonDataset(JSON.stringify(dataset()));
    expect(result.problems).to.deep.equal([]);
    expect(result.dataset).to.deep.equal(dataset());
  });

  it('checks a bare list as events', () => {
    const result = parseJsonDataset(JSON.stringify([event()]));
    expect(result.dataset!.title).to.equal('Timeline');
    expect(result.dataset!.events).to.have.length(1);
  });

  it('reports text that is not JSON with the line and column', () => {
    const text = '{\n  "title": "T",\n  "events": [1,]\n}';
    const result = parseJsonDataset(text);
    expect(result.dataset).to.equal(null);
    expectProblem(result, '', 'error', 'not valid JSON', 'line 3, column 16', 'at "]"');
  });

  it('reports where the text ends too early', () => {
    expectProblem(parseJsonDataset('{"title": "T"'), '', 'error', 'line 1, column 14, at the end');
  });

  it('ignores a byte-order mark, and reports empty text', () => {
    expect(parseJsonDataset(`\ufeff${JSON.stringify(dataset())}`).problems).to.deep.equal([]);
    expectProblem(parseJsonDataset('  \n'), '', 'error', 'empty');
  });

  it('rejects JSON that is not a dataset', () => {
    expectProblem(parseJsonDataset('3'), '', 'error', 'the number 3');
  });

  it('never throws (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.json().map((j) => j.slice(1)),
        ),
        (text) => {
          checkResult(parseJsonDataset(text));
        },
      ),
      RUNS,
    );
  });
});

describe('jsonErrorOffset(text)', () => {
  it('finds the first character that is not JSON', () => {
    expect(jsonErrorOffset('[1,]')).to.equal(3);
    expect(jsonErrorOffset('{"a":1 "b":2}')).to.equal(7);
    expect(jsonErrorOffset('{"a":tru}')).to.equal(5);
    expect(jsonErrorOffset('"\\x"')).to.equal(2);
    expect(jsonErrorOffset('[1] x')).to.equal(4);
    expect(jsonErrorOffset('[')).to.equal(1);
    expect(jsonErrorOffset('[[[[1]]]]')).to.equal(-1);
    expect(jsonErrorOffset('['.repeat(100_000))).to.equal(100_000);
  });

  it('agrees with JSON.parse (property)', () => {
    const almostJson = fc
      .tuple(
        fc.json(),
        fc.nat(),
        fc.constantFrom('', ',', ']', '}', '"', '\\', ':', 'x', ' ', '\n'),
      )
      .map(([j, n, c]) => {
        const i = n % (j.length + 1);
        return j.slice(0, i) + c + j.slice(i);
      });
    fc.assert(
      fc.property(fc.oneof(almostJson, fc.json(), fc.string()), (text) => {
        let ok = true;
        try {
          JSON.parse(text);
        } catch {
          ok = false;
        }
        expect(jsonErrorOffset(text) === -1, text).to.equal(ok);
      }),
      RUNS,
    );
  });
});

describe('isSafeUrl(value)', () => {
  it('accepts https:, http: and mailto: addresses only', () => {
    expect(isSafeUrl('https://example.com')).to.equal(true);
    expect(isSafeUrl('http://example.com/a')).to.equal(true);
    expect(isSafeUrl('mailto:a@example.com')).to.equal(true);
    for (const bad of [
      'javascript:x',
      'ftp://x.com',
      'https://',
      ' https://x.com',
      'x',
      42,
      null,
    ]) {
      expect(isSafeUrl(bad), String(bad)).to.equal(false);
    }
  });
});

describe('kebabCase(text)', () => {
  it('makes a kebab-case id from text', () => {
    expect(kebabCase('Court Ruling (2nd)')).to.equal('court-ruling-2nd');
    expect(kebabCase('  Émigré — Ñandú  ')).to.equal('emigre-nandu');
    expect(kebabCase('!!!')).to.equal('');
  });

  it('returns an id or nothing (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const id = kebabCase(s);
        expect(id === '' || KEBAB_ID.test(id), id).to.equal(true);
      }),
      RUNS,
    );
  });
});
