/**
 * The invariants every validator result keeps, whatever the input, and `validateChecked`, which
 * checks them along with "never throws, never shares or changes an input object".
 */
import { expect } from '@open-wc/testing';
import { compareIsoDates, parseIsoDate, periodEnd, precisionOf } from '../../src/data/dates.js';
import {
  isSafeUrl,
  KEBAB_ID,
  MAX_ITEMS,
  MAX_LENGTHS,
  MAX_PROBLEMS,
  validateDataset,
  type ValidationResult,
} from '../../src/data/validate/index.js';
import { errors } from './data.js';

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

export function codePoints(s: string): number {
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
export function checkResult(result: ValidationResult): void {
  check(Array.isArray(result.problems), 'problems is not a list');
  check(result.problems.length <= MAX_PROBLEMS + 1, 'too many problems');
  check(Number.isSafeInteger(result.leftOut) && result.leftOut >= 0, 'leftOut is not a count');
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
export function validateChecked(input: unknown): ValidationResult {
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
