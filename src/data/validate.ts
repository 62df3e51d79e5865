/**
 * Checking timeline data before it is rendered. Data comes from authors (hand-written JSON, a
 * spreadsheet, a CMS), so every function here takes `unknown`, never throws, never changes its
 * input, and returns fresh objects that carry only the fields of the data model: unknown fields
 * are dropped, which also keeps stray properties (and `__proto__` keys) out of the renderer.
 *
 * Each problem found is reported with a path into the data (`events[3].sources[0].url`) and a
 * message an author can act on. Severity:
 *
 * - `error`: the data breaks a rule of the format (`news-timeline.schema.json` rejects it too,
 *   except for the few rules a schema cannot state: unique ids, an end after its start, an
 *   address the URL parser refuses). What could not be used was left out or cut short, and the
 *   message says which.
 * - `warning`: the data is usable as written, but something was filled in (a precision, a
 *   category list), reordered, or looks like a mistake (an unknown category, an event without
 *   sources, an unknown field).
 *
 * Leaving out a field that is expected but not essential (`summary`, `category`, `description`)
 * gives a warning; an empty string there says "none" on purpose and gives no problem. `null` is
 * treated as a missing field everywhere.
 */
import { compareIsoDates, parseIsoDate, periodEnd, precisionOf } from './dates.js';
import type {
  DatePrecision,
  TimelineCategory,
  TimelineDataset,
  TimelineEvent,
  TimelineSource,
  TimelineSpan,
  TimelineTrack,
} from './types.js';

/** One thing wrong (or worth a look) in timeline data. */
export interface DataProblem {
  /**
   * Where: `title`, `events[3].date`, `events[3].sources[0].url`; indexes are those of the
   * input. The empty string means the data as a whole.
   */
  path: string;
  /** What is wrong and what was done about it, in plain English. */
  message: string;
  /** `error`: the data breaks a rule and something was left out or cut short. */
  severity: 'error' | 'warning';
}

/** What the validators return. */
export interface ValidationResult {
  /**
   * The usable part of the data, as fresh objects; `null` when nothing usable is left (not an
   * object, no events list, or none of its events usable). An empty events list is usable.
   */
  dataset: TimelineDataset | null;
  /** Everything found, in the order of the data; at most `MAX_PROBLEMS` (+1 summary). */
  problems: DataProblem[];
}

/** Options of `validateDataset`. */
export interface ValidateOptions {
  /** The heading used when the data has no usable title. Default `"Timeline"`. */
  fallbackTitle?: string;
}

/** Options of `validateEvents`: the dataset fields a bare list of events does not have. */
export interface ValidateEventsOptions extends ValidateOptions {
  /** The dataset id. Default `"timeline"`. */
  id?: string;
  /** The heading. Default `fallbackTitle`, or `"Timeline"`. */
  title?: string;
  /** The one-line description. Default none (`""`). */
  description?: string;
  /** When the data was last checked, `YYYY-MM-DD`. Default unknown (`""`). */
  updated?: string;
  /** The categories, in legend order; checked like a dataset's. Default: taken from the events. */
  categories?: unknown;
}

/**
 * The longest strings accepted, counted in Unicode code points (as JSON Schema's `maxLength`
 * counts them). A longer text is cut short with an ellipsis (…) and reported as an error; a
 * longer id or address cannot be cut safely, so the item or the link is left out.
 */
export const MAX_LENGTHS = Object.freeze({
  /** Every id: dataset, event, category, track, span (they end up in URLs and attributes). */
  id: 100,
  /** The dataset's and each event's title. */
  title: 300,
  /** An event's summary. */
  summary: 2000,
  /** A source's address. */
  url: 2000,
  /** Every other text: description, labels, publisher, source title, names, role, note. */
  text: 500,
} as const);

/**
 * The most items of each list that are used. Beyond these the rest is left out and reported as
 * an error: they guard the page against runaway data more than they limit real timelines.
 */
export const MAX_ITEMS = Object.freeze({
  /** Long-running stories (a decade of a beat, a full trial record) reach thousands. */
  events: 10_000,
  categories: 50,
  /** Per event. */
  people: 20,
  /** Per event or track. */
  sources: 20,
  tracks: 20,
  /** Per track. */
  spans: 200,
} as const);

/** At most this many problems are listed; one more entry says how many were not. */
export const MAX_PROBLEMS = 1000;

/** A kebab-case id: lowercase ASCII letters and digits joined by single hyphens. */
export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The only link schemes kept: anything else (`javascript:`, `data:`, …) is removed. */
export const SAFE_URL_PROTOCOLS: readonly string[] = Object.freeze(['https:', 'http:', 'mailto:']);

/** The id of a dataset that has none (and of every `validateEvents` dataset by default). */
export const DEFAULT_DATASET_ID = 'timeline';

/** The heading of a dataset that has none (and of every `validateEvents` dataset by default). */
export const DEFAULT_TITLE = 'Timeline';

/**
 * Checks a whole dataset (`TimelineDataset`, as parsed from JSON) and returns its usable part
 * with the problems found. Never throws.
 */
export function validateDataset(input: unknown, options?: ValidateOptions): ValidationResult {
  return guarded((p) => checkDataset(p, input, options, null));
}

/**
 * Checks a bare list of events (what a spreadsheet gives) and wraps the usable ones in a dataset
 * with a generic title and categories taken from the events. Paths are `events[i]…`, as in a
 * dataset. Never throws.
 */
export function validateEvents(input: unknown, options?: ValidateEventsOptions): ValidationResult {
  return guarded((p) => {
    if (!isArray(input)) {
      p.error('', `The data must be a list of events, not ${show(input)}.`);
      return null;
    }
    return checkDataset(p, input, options, options ?? {});
  });
}

/**
 * Parses JSON text and checks it: a dataset object, or a bare list of events (checked with
 * `validateEvents`). Text that is not JSON is reported with the parser's position as a line and
 * column. A leading byte-order mark is ignored. Never throws.
 */
export function parseJsonDataset(text: string, options?: ValidateOptions): ValidationResult {
  if (typeof text !== 'string') {
    return { dataset: null, problems: [error('', `Expected JSON text, not ${show(text)}.`)] };
  }
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.trim() === '') {
    return { dataset: null, problems: [error('', 'The data is empty: expected JSON text.')] };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch (e) {
    return { dataset: null, problems: [error('', jsonErrorMessage(source, e))] };
  }
  return Array.isArray(parsed) ? validateEvents(parsed, options) : validateDataset(parsed, options);
}

/**
 * True for an address that is safe to put in a link: `https:`, `http:` (with a host) or
 * `mailto:`, written with its scheme in lowercase, with no spaces or control characters anywhere
 * (the URL parser would silently drop tabs and newlines, which is how `java\tscript:` sneaks
 * through), at most `MAX_LENGTHS.url` long, and accepted by `new URL`.
 */
export function isSafeUrl(value: unknown): value is string {
  return typeof value === 'string' && urlProblem(value) === null;
}

/**
 * A kebab-case version of a text, for suggesting ids: "Court Ruling (2nd)" → "court-ruling-2nd".
 * Accents are removed; may return `""`.
 */
export function kebabCase(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

// ---------------------------------------------------------------------------------------------
// Problems

function error(path: string, message: string): DataProblem {
  return { path, message, severity: 'error' };
}

class Problems {
  private readonly list: DataProblem[] = [];
  private unlisted = 0;
  private unlistedErrors = false;

  error(path: string, message: string): void {
    this.add({ path, message, severity: 'error' });
  }

  warn(path: string, message: string): void {
    this.add({ path, message, severity: 'warning' });
  }

  finish(): DataProblem[] {
    if (this.unlisted > 0) {
      this.list.push({
        path: '',
        message: `${this.unlisted} more ${this.unlisted === 1 ? 'problem was' : 'problems were'} not listed.`,
        severity: this.unlistedErrors ? 'error' : 'warning',
      });
    }
    return this.list;
  }

  private add(problem: DataProblem): void {
    if (this.list.length < MAX_PROBLEMS) {
      this.list.push(problem);
    } else {
      this.unlisted++;
      if (problem.severity === 'error') this.unlistedErrors = true;
    }
  }
}

function guarded(run: (p: Problems) => TimelineDataset | null): ValidationResult {
  const p = new Problems();
  let dataset: TimelineDataset | null;
  try {
    dataset = run(p);
  } catch (e) {
    // Only exotic inputs get here (a revoked Proxy, a trap that throws): nothing is trusted.
    dataset = null;
    p.error('', `The data could not be read (${describeError(e)}).`);
  }
  return { dataset, problems: p.finish() };
}

function describeError(e: unknown): string {
  try {
    if (e instanceof Error && typeof e.message === 'string' && e.message) return e.message;
  } catch {
    // fall through
  }
  return 'an error was thrown';
}

function jsonErrorMessage(text: string, e: unknown): string {
  const detail = describeError(e).replace(/\s*\(line \d+ column \d+\)\s*$/, '');
  // Engines differ in whether (and how) they give a position, so find it ourselves.
  let offset = jsonErrorOffset(text);
  if (offset < 0) {
    const at = /position (\d+)/.exec(detail);
    offset = at ? Math.min(Number(at[1]), text.length) : -1;
  }
  if (offset < 0) return `The data is not valid JSON (${detail}).`;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  const near =
    offset < text.length ? `, at ${quote(text.slice(offset, offset + 1))}` : ', at the end';
  return `The data is not valid JSON (${detail}). Look at line ${line}, column ${column}${near}.`;
}

/**
 * The offset of the first character where `text` stops being JSON (its length when the text ends
 * too early), or -1 when it is JSON. Iterative, so deep nesting cannot overflow the stack.
 */
export function jsonErrorOffset(text: string): number {
  const n = text.length;
  const stack: string[] = [];
  let i = 0;
  let state: 'value' | 'firstValue' | 'key' | 'firstKey' | 'after' = 'value';
  const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const skipSpace = () => {
    while (i < n && ' \t\n\r'.includes(text[i])) i++;
  };
  // Moves past a string starting at `i`; false (with `i` at the fault) when it is not one.
  const string = (): boolean => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) {
          i += 2;
        } else {
          i++;
          return false;
        }
      } else {
        i++;
      }
    }
    return false;
  };
  for (;;) {
    skipSpace();
    const c = text[i];
    if (state === 'after') {
      const top = stack[stack.length - 1];
      if (top === undefined) return i < n ? i : -1;
      if (c === ',') {
        i++;
        state = top === '{' ? 'key' : 'value';
      } else if (c === (top === '{' ? '}' : ']')) {
        i++;
        stack.pop();
      } else {
        return i;
      }
    } else if (state === 'key' || state === 'firstKey') {
      if (state === 'firstKey' && c === '}') {
        i++;
        stack.pop();
        state = 'after';
        continue;
      }
      if (c !== '"' || !string()) return i;
      skipSpace();
      if (text[i] !== ':') return i;
      i++;
      state = 'value';
    } else {
      if (state === 'firstValue' && c === ']') {
        i++;
        stack.pop();
        state = 'after';
        continue;
      }
      state = 'after';
      if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        state = c === '{' ? 'firstKey' : 'firstValue';
      } else if (c === '"') {
        if (!string()) return i;
      } else if (c === 't' || c === 'f' || c === 'n') {
        const word = c === 't' ? 'true' : c === 'f' ? 'false' : 'null';
        if (!text.startsWith(word, i)) return i;
        i += word.length;
      } else {
        number.lastIndex = i;
        if (!number.test(text)) return i;
        i = number.lastIndex;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Reading untrusted values

/** Marks a property whose getter threw; the problem has already been reported. */
const UNREADABLE: unique symbol = Symbol('unreadable');

type Fields = Map<string, unknown>;

function isArray(value: unknown): value is readonly unknown[] {
  return Array.isArray(value);
}

function isRecord(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `undefined` and `null` both mean "not given". */
function absent(value: unknown): value is undefined | null {
  return value === undefined || value === null;
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/**
 * Reads an own property without ever touching the prototype chain (so a `__proto__` key is read
 * as data) and without letting a throwing getter escape.
 */
function own(p: Problems, obj: object, key: string, path: string): unknown {
  try {
    const d = Object.getOwnPropertyDescriptor(obj, key);
    if (!d) return undefined;
    if ('value' in d) return d.value;
    return d.get ? d.get.call(obj) : undefined;
  } catch (e) {
    p.error(path, `This could not be read (${describeError(e)}).`);
    return UNREADABLE;
  }
}

/** Reads the known fields of an object and warns about the others. */
function readFields(
  p: Problems,
  obj: object,
  path: string,
  known: readonly string[],
  quiet: readonly string[] = [],
): Fields {
  const fields: Fields = new Map();
  for (const key of known) fields.set(key, own(p, obj, key, join(path, key)));
  const unknown = Object.keys(obj).filter((k) => !known.includes(k) && !quiet.includes(k));
  if (unknown.length > 0) {
    const names = unknown.slice(0, 5).map((k) => quote(k));
    const more = unknown.length > 5 ? ` and ${unknown.length - 5} more` : '';
    const list = names.join(', ') + more;
    p.warn(
      path,
      unknown.length === 1
        ? `Unknown field ${list} was ignored. Known fields: ${known.join(', ')}.`
        : `Unknown fields ${list} were ignored. Known fields: ${known.join(', ')}.`,
    );
  }
  return fields;
}

/** Describes a value for a message: `"2025-02-30"`, `the number 3`, `a list`, `null`. */
function show(value: unknown): string {
  try {
    switch (typeof value) {
      case 'string':
        return quote(value);
      case 'number':
      case 'bigint':
        return `the number ${String(value)}`;
      case 'boolean':
        return String(value);
      case 'undefined':
        return 'nothing';
      case 'symbol':
        return 'a symbol';
      case 'function':
        return 'a function';
      default:
        return value === null ? 'null' : Array.isArray(value) ? 'a list' : 'an object';
    }
  } catch {
    return 'an unreadable value';
  }
}

/** A string in quotes for a message, shortened past 60 characters. */
function quote(s: string): string {
  return JSON.stringify(s.length > 60 ? `${s.slice(0, codePointIndex(s, 57))}…` : s);
}

/** The UTF-16 index just after the first `n` code points of `s`. */
function codePointIndex(s: string, n: number): number {
  let i = 0;
  for (let k = 0; k < n && i < s.length; k++) {
    const c = s.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    i += pair ? 2 : 1;
  }
  return i;
}

/** The length of `s` in code points, counting no further than `max + 1`. */
function codePointLength(s: string, max: number): number {
  if (s.length <= max) return s.length;
  const end = codePointIndex(s, max);
  return end >= s.length ? max : max + 1;
}

function countCodePoints(s: string): number {
  return s.length - (s.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);
}

function isBlank(s: string): boolean {
  return !/\S/.test(s);
}

/** Cuts a text to `max` code points, ending with an ellipsis. */
function truncate(s: string, max: number): string {
  return `${s.slice(0, codePointIndex(s, max - 1)).trimEnd()}…`;
}

function humanise(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

// ---------------------------------------------------------------------------------------------
// Field checkers. Each reports its own problems; `null` means "unusable".

interface TextRule {
  /** How the field is named in messages: "title", "publisher". */
  name: string;
  max: number;
  /** Message tail when the field is unusable: "The event was left out." */
  dropped: string;
}

/** A text that must be there and not blank. Too long: cut short (error). */
function requiredText(p: Problems, value: unknown, path: string, rule: TextRule): string | null {
  if (value === UNREADABLE) return null;
  if (absent(value)) {
    p.error(path, `The ${rule.name} is missing. ${rule.dropped}`);
    return null;
  }
  if (typeof value !== 'string') {
    p.error(path, `The ${rule.name} must be text, not ${show(value)}. ${rule.dropped}`);
    return null;
  }
  if (isBlank(value)) {
    p.error(path, `The ${rule.name} is empty. ${rule.dropped}`);
    return null;
  }
  return limitText(p, value, path, rule);
}

/** A text that may be left out (`undefined`); wrong type: an error, and left out. */
function optionalText(
  p: Problems,
  value: unknown,
  path: string,
  rule: TextRule,
): string | undefined {
  if (value === UNREADABLE || absent(value)) return undefined;
  if (typeof value !== 'string') {
    p.error(path, `The ${rule.name} must be text, not ${show(value)}. ${rule.dropped}`);
    return undefined;
  }
  return limitText(p, value, path, rule);
}

function limitText(p: Problems, value: string, path: string, rule: TextRule): string {
  const length = codePointLength(value, rule.max);
  if (length <= rule.max) return value;
  const cut = truncate(value, rule.max);
  p.error(
    path,
    `The ${rule.name} is longer than ${rule.max} characters (${countCodePoints(value)}): ` +
      `${quote(value)}. ` +
      `It was cut short; shorten it.`,
  );
  return cut;
}

/** A kebab-case id that must be there. */
function requiredId(p: Problems, value: unknown, path: string, dropped: string): string | null {
  if (value === UNREADABLE) return null;
  if (absent(value)) {
    p.error(path, `The id is missing. Give it a unique kebab-case id. ${dropped}`);
    return null;
  }
  return checkId(p, value, path, dropped);
}

function checkId(p: Problems, value: unknown, path: string, dropped: string): string | null {
  if (typeof value !== 'string') {
    p.error(path, `The id must be text, not ${show(value)}. ${dropped}`);
    return null;
  }
  if (codePointLength(value, MAX_LENGTHS.id) > MAX_LENGTHS.id) {
    p.error(
      path,
      `The id ${quote(value)} is longer than ${MAX_LENGTHS.id} characters. ` +
        `Ids appear in links; use a short one. ${dropped}`,
    );
    return null;
  }
  if (!KEBAB_ID.test(value)) {
    const suggestion = kebabCase(value);
    const like = suggestion && suggestion !== value ? `, such as ${quote(suggestion)}` : '';
    p.error(
      path,
      `${quote(value)} is not a kebab-case id (lowercase letters and digits joined by hyphens` +
        `${like}). Ids appear in links and are never rewritten. ${dropped}`,
    );
    return null;
  }
  return value;
}

interface DateRule {
  /** How the date is named in messages: "date", "end", "start". */
  name: string;
  /** How its precision is named: "precision", "endPrecision". */
  precisionName: string;
  /** Message tail when the date is unusable. */
  dropped: string;
}

interface CheckedDate {
  value: string;
  precision: DatePrecision;
}

/** Checks a date string; `null` when unusable (reported). */
function checkDate(p: Problems, value: unknown, path: string, rule: DateRule): string | null {
  if (value === UNREADABLE) return null;
  if (typeof value !== 'string') {
    p.error(
      path,
      `The ${rule.name} must be text in the form YYYY-MM-DD or YYYY-MM, not ${show(value)}. ` +
        rule.dropped,
    );
    return null;
  }
  // Years and times of day are parsed but not yet part of the validated model.
  const form = precisionOf(value);
  if (form === null || form === 'year' || form === 'minute') {
    p.error(
      path,
      `${quote(value)} is not a date in the form YYYY-MM-DD (2025-04-07) or YYYY-MM (2025-04). ` +
        rule.dropped,
    );
    return null;
  }
  if (!parseIsoDate(value)) {
    p.error(path, `${quote(value)} is not a real date. Use YYYY-MM-DD or YYYY-MM. ${rule.dropped}`);
    return null;
  }
  return value;
}

function isPrecision(value: unknown): value is DatePrecision {
  return value === 'day' || value === 'month';
}

/**
 * Checks a date and its precision together. A missing precision is inferred from the form of the
 * date (warning). One that disagrees with the form is an error, and the less precise of the two
 * wins: a day written with `"month"` becomes the month (never show a false day), a month written
 * with `"day"` stays a month (a day cannot be invented).
 */
function checkDatePair(
  p: Problems,
  value: unknown,
  precisionValue: unknown,
  path: string,
  precisionPath: string,
  rule: DateRule,
): CheckedDate | null {
  const date = checkDate(p, value, path, rule);
  if (date === null) {
    if (!absent(precisionValue)) checkPrecisionValue(p, precisionValue, precisionPath);
    return null;
  }
  const form = precisionOf(date) as DatePrecision;
  if (precisionValue === UNREADABLE) return { value: date, precision: form };
  if (absent(precisionValue)) {
    p.warn(
      precisionPath,
      `No ${rule.precisionName} given for ${quote(date)}; "${form}" was used, from the form of the date.`,
    );
    return { value: date, precision: form };
  }
  if (!isPrecision(precisionValue)) {
    p.error(
      precisionPath,
      `${show(precisionValue)} is not a precision: use "day" or "month". "${form}" was used, ` +
        `from the form of ${quote(date)}.`,
    );
    return { value: date, precision: form };
  }
  if (precisionValue === form) return { value: date, precision: form };
  if (form === 'month') {
    p.error(
      precisionPath,
      `The ${rule.precisionName} is "day" but ${quote(date)} is a month, so "month" was used. ` +
        `Write the full date if the day is known.`,
    );
    return { value: date, precision: 'month' };
  }
  const month = date.slice(0, 7);
  p.error(
    precisionPath,
    `The ${rule.precisionName} is "month" but ${quote(date)} is a day. Only the month was kept ` +
      `(${quote(month)}); write "${month}" if only the month is known, or use "day".`,
  );
  return { value: month, precision: 'month' };
}

function checkPrecisionValue(p: Problems, value: unknown, path: string): void {
  if (value !== UNREADABLE && !isPrecision(value)) {
    p.error(path, `${show(value)} is not a precision: use "day" or "month".`);
  }
}

/**
 * An optional end (of an event or a span). Returns `undefined` when there is none, `null` when
 * it is unusable.
 */
function checkEnd(
  p: Problems,
  fields: Fields,
  start: CheckedDate | null,
  path: string,
  rule: DateRule,
  endKey: string,
  precisionKey: string,
): CheckedDate | null | undefined {
  const value = fields.get(endKey);
  const precision = fields.get(precisionKey);
  const precisionPath = join(path, precisionKey);
  if (absent(value)) {
    if (!absent(precision)) {
      if (isPrecision(precision)) {
        p.warn(precisionPath, `There is an ${precisionKey} but no ${endKey}; it was ignored.`);
      } else {
        checkPrecisionValue(p, precision, precisionPath);
      }
    }
    return undefined;
  }
  const end = checkDatePair(p, value, precision, join(path, endKey), precisionPath, rule);
  if (!end || !start) return end;
  const startDate = parseIsoDate(start.value);
  const endDate = parseIsoDate(end.value);
  if (startDate && endDate && periodEnd(endDate) <= startDate.date) {
    p.error(
      join(path, endKey),
      `The ${endKey} (${quote(end.value)}) is before the start (${quote(start.value)}). ` +
        rule.dropped,
    );
    return null;
  }
  return end;
}

/** C0 controls and space, DEL and C1 controls, and every other Unicode space. */
// eslint-disable-next-line no-control-regex
const SPACE_OR_CONTROL = /[\u0000-\u0020\u007f-\u009f\s]/;

/** Where a URL goes wrong, or `null` when it is safe. */
function urlProblem(value: string): string | null {
  if (codePointLength(value, MAX_LENGTHS.url) > MAX_LENGTHS.url) {
    return `is longer than ${MAX_LENGTHS.url} characters`;
  }
  if (SPACE_OR_CONTROL.test(value)) {
    return 'contains spaces or control characters (a link must not)';
  }
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(value);
  if (!scheme) {
    return 'is not a complete address: write it in full, starting with https://';
  }
  if (!/^(?:https?:\/\/|mailto:)/.test(value)) {
    return /^(?:https?|mailto)$/i.test(scheme[1])
      ? 'must be written with "https://", "http://" or "mailto:" in lowercase'
      : 'is not a safe link: only https:, http: and mailto: addresses are allowed';
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not a valid address';
  }
  if (!SAFE_URL_PROTOCOLS.includes(url.protocol)) {
    return 'is not a safe link: only https:, http: and mailto: addresses are allowed';
  }
  if (url.protocol === 'mailto:' ? value.length <= 'mailto:'.length : !url.hostname) {
    return 'is not a valid address';
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// The data model, part by part

const DATASET_FIELDS = [
  'id',
  'title',
  'description',
  'updated',
  'categories',
  'events',
  'tracks',
] as const;
const EVENT_FIELDS = [
  'id',
  'date',
  'precision',
  'end',
  'endPrecision',
  'title',
  'label',
  'summary',
  'category',
  'people',
  'sources',
  'key',
] as const;
const SOURCE_FIELDS = ['publisher', 'title', 'url', 'published'] as const;
const CATEGORY_FIELDS = ['id', 'label'] as const;
const TRACK_FIELDS = ['id', 'label', 'spans', 'sources'] as const;
const SPAN_FIELDS = [
  'id',
  'label',
  'role',
  'start',
  'startPrecision',
  'end',
  'endPrecision',
  'note',
] as const;

/** Reads the first `max` items of a list, reporting the rest as left out. */
function items(
  p: Problems,
  list: readonly unknown[],
  path: string,
  max: number,
  what: string,
): unknown[] {
  const n = list.length;
  if (n > max) {
    p.error(
      path,
      `There are ${n} ${what}; at most ${max} are allowed. Only the first ${max} were used.`,
    );
  }
  const out: unknown[] = [];
  for (let i = 0; i < Math.min(n, max); i++) out.push(own(p, list, String(i), `${path}[${i}]`));
  return out;
}

function checkDataset(
  p: Problems,
  input: unknown,
  options: ValidateOptions | undefined,
  bare: ValidateEventsOptions | null,
): TimelineDataset | null {
  const fallbackTitle =
    typeof options?.fallbackTitle === 'string' && !isBlank(options.fallbackTitle)
      ? options.fallbackTitle
      : DEFAULT_TITLE;
  let fields: Fields;
  if (bare) {
    // A bare list of events: the dataset fields come from the options, quietly.
    fields = new Map<string, unknown>([
      ['id', bare.id ?? DEFAULT_DATASET_ID],
      ['title', bare.title ?? fallbackTitle],
      ['description', bare.description ?? ''],
      ['updated', bare.updated ?? ''],
      ['categories', bare.categories],
      ['events', input],
    ]);
  } else if (isRecord(input)) {
    fields = readFields(p, input, '', DATASET_FIELDS, ['$schema']);
  } else {
    p.error(
      '',
      isArray(input)
        ? 'The data is a list, but a dataset is an object with a title and a list of events. ' +
            'Wrap the list: { "title": "…", "events": [ … ] }.'
        : `The data must be an object with a title and a list of events, not ${show(input)}.`,
    );
    return null;
  }

  // Dataset fields.
  const idValue = fields.get('id');
  let id = DEFAULT_DATASET_ID;
  if (absent(idValue)) {
    p.warn('id', `The dataset has no id; "${DEFAULT_DATASET_ID}" was used.`);
  } else if (idValue !== UNREADABLE) {
    id = checkId(p, idValue, 'id', `"${DEFAULT_DATASET_ID}" was used.`) ?? DEFAULT_DATASET_ID;
  }
  const title =
    requiredText(p, fields.get('title'), 'title', {
      name: 'title',
      max: MAX_LENGTHS.title,
      dropped: `${quote(fallbackTitle)} was used; give the timeline a heading.`,
    }) ?? fallbackTitle;
  const descriptionValue = fields.get('description');
  if (absent(descriptionValue)) {
    p.warn('description', 'The dataset has no description: one line that says what it shows.');
  }
  const description =
    optionalText(p, descriptionValue, 'description', {
      name: 'description',
      max: MAX_LENGTHS.text,
      dropped: 'It was left out.',
    }) ?? '';
  const updated = checkUpdated(p, fields.get('updated'));

  // Categories, when given, come first: events are checked against them.
  const categoriesValue = fields.get('categories');
  let categories: TimelineCategory[] | null = null;
  if (isArray(categoriesValue)) {
    categories = checkCategories(p, categoriesValue);
  } else if (!absent(categoriesValue) && categoriesValue !== UNREADABLE) {
    p.error(
      'categories',
      `The categories must be a list of { "id", "label" } objects, not ${show(categoriesValue)}. ` +
        'They were taken from the events instead.',
    );
  }

  // Events.
  const eventsValue = fields.get('events');
  if (eventsValue === UNREADABLE) return null;
  if (absent(eventsValue)) {
    p.error('events', 'The dataset has no list of events. Add "events": [ … ].');
    return null;
  }
  if (!isArray(eventsValue)) {
    p.error('events', `The events must be a list, not ${show(eventsValue)}.`);
    return null;
  }
  const declared = categories ? new Map(categories.map((c) => [c.id, c.label])) : null;
  const ids = new Map<string, string>();
  const kept: { event: TimelineEvent; path: string }[] = [];
  const raw = items(p, eventsValue, 'events', MAX_ITEMS.events, 'events');
  raw.forEach((value, i) => {
    const path = `events[${i}]`;
    const event = checkEvent(p, value, path, ids, declared);
    if (event) kept.push({ event, path });
  });
  if (raw.length > 0 && kept.length === 0) {
    p.error(
      'events',
      `None of the ${raw.length} events could be used (see the problems above), so there is ` +
        'nothing to show.',
    );
    return null;
  }
  for (let i = 1; i < kept.length; i++) {
    const before = kept[i - 1].event.date;
    const after = kept[i].event.date;
    if (compareIsoDates(before, after) > 0) {
      p.warn(
        join(kept[i].path, 'date'),
        `The events are not in date order (${quote(after)} comes after ${quote(before)}). ` +
          'They were sorted by date.',
      );
      kept.sort((a, b) => compareIsoDates(a.event.date, b.event.date));
      break;
    }
  }
  const events = kept.map((k) => k.event);

  if (!categories) {
    categories = deriveCategories(events);
    if (!bare && categoriesValue !== UNREADABLE && absent(categoriesValue)) {
      const list = categories.map((c) => c.id).join(', ') || 'none';
      p.warn(
        'categories',
        `The dataset has no list of categories; they were taken from the events (${list}). ` +
          'Add "categories" to choose their labels and legend order.',
      );
    }
  }

  const dataset: TimelineDataset = { id, title, description, updated, categories, events };
  const tracksValue = fields.get('tracks');
  if (isArray(tracksValue)) {
    dataset.tracks = checkTracks(p, tracksValue);
  } else if (!absent(tracksValue) && tracksValue !== UNREADABLE) {
    p.error('tracks', `The tracks must be a list, not ${show(tracksValue)}. They were left out.`);
  }
  return dataset;
}

function checkUpdated(p: Problems, value: unknown): string {
  if (value === UNREADABLE) return '';
  if (absent(value)) {
    p.warn('updated', 'The dataset has no "updated" date (YYYY-MM-DD): when it was last checked.');
    return '';
  }
  if (value === '') return '';
  const dropped = 'It was left out.';
  const date = checkDate(p, value, 'updated', { name: 'updated date', precisionName: '', dropped });
  if (date === null) return '';
  if (precisionOf(date) !== 'day') {
    p.error('updated', `${quote(date)} must be a full date, YYYY-MM-DD. ${dropped}`);
    return '';
  }
  return date;
}

function checkCategories(p: Problems, list: readonly unknown[]): TimelineCategory[] {
  const out: TimelineCategory[] = [];
  const seen = new Set<string>();
  items(p, list, 'categories', MAX_ITEMS.categories, 'categories').forEach((value, i) => {
    const path = `categories[${i}]`;
    const dropped = 'The category was left out; its events get the neutral style.';
    if (value === UNREADABLE) return;
    if (!isRecord(value)) {
      p.error(path, `Each category must be an object with an id and a label, not ${show(value)}.`);
      return;
    }
    const f = readFields(p, value, path, CATEGORY_FIELDS);
    const id = requiredId(p, f.get('id'), join(path, 'id'), dropped);
    if (id === null) return;
    const labelValue = f.get('label');
    let label = requiredText(p, labelValue, join(path, 'label'), {
      name: 'label',
      max: MAX_LENGTHS.text,
      dropped: `${quote(humanise(id))} was used.`,
    });
    label ??= humanise(id);
    if (seen.has(id)) {
      p.error(
        join(path, 'id'),
        `The category ${quote(id)} is listed twice; the second was left out.`,
      );
      return;
    }
    seen.add(id);
    out.push({ id, label });
  });
  return out;
}

function deriveCategories(events: readonly TimelineEvent[]): TimelineCategory[] {
  const seen = new Set<string>();
  const out: TimelineCategory[] = [];
  for (const e of events) {
    if (e.category && !seen.has(e.category)) {
      seen.add(e.category);
      out.push({ id: e.category, label: humanise(e.category) });
    }
  }
  return out;
}

function checkEvent(
  p: Problems,
  value: unknown,
  path: string,
  ids: Map<string, string>,
  declared: Map<string, string> | null,
): TimelineEvent | null {
  const dropped = 'The event was left out.';
  if (value === UNREADABLE) return null;
  if (!isRecord(value)) {
    p.error(
      path,
      `Each event must be an object with an id, a date and a title, not ${show(value)}. ${dropped}`,
    );
    return null;
  }
  const f = readFields(p, value, path, EVENT_FIELDS);

  const id = requiredId(p, f.get('id'), join(path, 'id'), dropped);
  const dateValue = f.get('date');
  let start: CheckedDate | null = null;
  if (absent(dateValue)) {
    p.error(join(path, 'date'), `The event has no date. Use YYYY-MM-DD or YYYY-MM. ${dropped}`);
  } else {
    start = checkDatePair(
      p,
      dateValue,
      f.get('precision'),
      join(path, 'date'),
      join(path, 'precision'),
      {
        name: 'date',
        precisionName: 'precision',
        dropped,
      },
    );
  }
  const end = checkEnd(
    p,
    f,
    start,
    path,
    {
      name: 'end',
      precisionName: 'endPrecision',
      dropped: 'The end was left out; the event is shown on its start date.',
    },
    'end',
    'endPrecision',
  );
  const title = requiredText(p, f.get('title'), join(path, 'title'), {
    name: 'title',
    max: MAX_LENGTHS.title,
    dropped,
  });

  const label = optionalText(p, f.get('label'), join(path, 'label'), {
    name: 'label',
    max: MAX_LENGTHS.text,
    dropped: 'The title is shown in the drawing instead.',
  });

  const summaryValue = f.get('summary');
  if (absent(summaryValue)) {
    p.warn(
      join(path, 'summary'),
      'The event has no summary; it is shown with its title only. Add one to three sentences.',
    );
  }
  const summary =
    optionalText(p, summaryValue, join(path, 'summary'), {
      name: 'summary',
      max: MAX_LENGTHS.summary,
      dropped: 'It was left out.',
    }) ?? '';

  const category = checkEventCategory(p, f.get('category'), join(path, 'category'));
  const people = checkPeople(p, f.get('people'), join(path, 'people'));
  const sources = checkSources(p, f.get('sources'), join(path, 'sources'), 'event');

  const keyValue = f.get('key');
  let key: boolean | undefined;
  if (typeof keyValue === 'boolean') key = keyValue;
  else if (!absent(keyValue) && keyValue !== UNREADABLE) {
    p.error(
      join(path, 'key'),
      `"key" must be true or false, not ${show(keyValue)}. It was ignored.`,
    );
  }

  if (id === null || start === null || title === null) return null;
  const first = ids.get(id);
  if (first !== undefined) {
    p.error(
      join(path, 'id'),
      `The id ${quote(id)} is already used by an earlier event (${quote(first)}). Ids must be ` +
        `unique. ${dropped}`,
    );
    return null;
  }
  ids.set(id, title);
  if (declared && category && !declared.has(category)) {
    const known = [...declared.keys()].join(', ') || 'none are declared';
    p.warn(
      join(path, 'category'),
      `${quote(category)} is not one of the dataset's categories (${known}); the event is shown ` +
        'with the neutral style.',
    );
  }

  const event: TimelineEvent = {
    id,
    date: start.value,
    precision: start.precision,
    title,
    summary,
    category,
    sources,
  };
  if (end) {
    event.end = end.value;
    event.endPrecision = end.precision;
  }
  if (label && label.trim()) event.label = label;
  if (people) event.people = people;
  if (key !== undefined) event.key = key;
  return event;
}

/** `""` means no category (the neutral style). */
function checkEventCategory(p: Problems, value: unknown, path: string): string {
  if (value === UNREADABLE) return '';
  if (absent(value)) {
    p.warn(path, 'The event has no category; it is shown with the neutral style.');
    return '';
  }
  if (value === '') return '';
  return checkId(p, value, path, 'The event is shown with the neutral style.') ?? '';
}

function checkPeople(p: Problems, value: unknown, path: string): string[] | undefined {
  if (value === UNREADABLE || absent(value)) return undefined;
  if (!isArray(value)) {
    p.error(
      path,
      `"people" must be a list of names, such as ["Danny Werfel"], not ${show(value)}. ` +
        'It was left out.',
    );
    return undefined;
  }
  const out: string[] = [];
  items(p, value, path, MAX_ITEMS.people, 'people').forEach((name, i) => {
    const checked = requiredText(p, name, `${path}[${i}]`, {
      name: 'name',
      max: MAX_LENGTHS.text,
      dropped: 'It was left out.',
    });
    if (checked !== null) out.push(checked);
  });
  return out;
}

function checkSources(
  p: Problems,
  value: unknown,
  path: string,
  owner: 'event' | 'track',
): TimelineSource[] {
  if (value === UNREADABLE) return [];
  if (absent(value) || (isArray(value) && value.length === 0)) {
    p.warn(path, `The ${owner} has no sources. Cite at least one: where do the facts come from?`);
    return [];
  }
  if (!isArray(value)) {
    p.error(
      path,
      `"sources" must be a list of { "publisher", "title", "url" } objects, not ${show(value)}. ` +
        `The ${owner} is shown without sources.`,
    );
    return [];
  }
  const out: TimelineSource[] = [];
  items(p, value, path, MAX_ITEMS.sources, 'sources').forEach((source, i) => {
    const checked = checkSource(p, source, `${path}[${i}]`);
    if (checked) out.push(checked);
  });
  return out;
}

function checkSource(p: Problems, value: unknown, path: string): TimelineSource | null {
  if (value === UNREADABLE) return null;
  if (!isRecord(value)) {
    p.error(
      path,
      `Each source must be an object with a publisher, not ${show(value)}. It was left out.`,
    );
    return null;
  }
  const f = readFields(p, value, path, SOURCE_FIELDS);
  const title = optionalText(p, f.get('title'), join(path, 'title'), {
    name: 'source title',
    max: MAX_LENGTHS.text,
    dropped: 'It was left out.',
  });
  const urlValue = f.get('url');
  let url: string | undefined;
  if (typeof urlValue === 'string') {
    const problem = urlProblem(urlValue);
    if (problem === null) url = urlValue;
    else {
      p.error(
        join(path, 'url'),
        `${quote(urlValue)} ${problem}. The link was removed; the source is shown as text.`,
      );
    }
  } else if (!absent(urlValue) && urlValue !== UNREADABLE) {
    p.error(
      join(path, 'url'),
      `The address must be text, not ${show(urlValue)}. The link was removed.`,
    );
  }
  const publishedValue = f.get('published');
  const published = absent(publishedValue)
    ? undefined
    : (checkDate(p, publishedValue, join(path, 'published'), {
        name: 'publication date',
        precisionName: '',
        dropped: 'It was left out.',
      }) ?? undefined);

  const publisherValue = f.get('publisher');
  const host = url && !url.startsWith('mailto:') ? new URL(url).hostname.replace(/^www\./, '') : '';
  const publisher = requiredText(p, publisherValue, join(path, 'publisher'), {
    name: 'publisher',
    max: MAX_LENGTHS.text,
    dropped: host
      ? `${quote(host)}, from the address, was used; name the publisher as readers know it.`
      : 'The source was left out.',
  });
  if (publisher === null && !host) return null;

  const source: TimelineSource = { publisher: publisher ?? host };
  if (title !== undefined && !isBlank(title)) source.title = title;
  else if (title !== undefined)
    p.warn(join(path, 'title'), 'The source title is empty; it was left out.');
  if (url !== undefined) source.url = url;
  if (published !== undefined) source.published = published;
  return source;
}

function checkTracks(p: Problems, list: readonly unknown[]): TimelineTrack[] {
  const out: TimelineTrack[] = [];
  const trackIds = new Set<string>();
  const spanIds = new Set<string>();
  items(p, list, 'tracks', MAX_ITEMS.tracks, 'tracks').forEach((value, i) => {
    const track = checkTrack(p, value, `tracks[${i}]`, spanIds);
    if (!track) return;
    if (trackIds.has(track.id)) {
      p.error(
        `tracks[${i}].id`,
        `The id ${quote(track.id)} is already used by an earlier track. The track was left out.`,
      );
      return;
    }
    trackIds.add(track.id);
    out.push(track);
  });
  return out;
}

function checkTrack(
  p: Problems,
  value: unknown,
  path: string,
  spanIds: Set<string>,
): TimelineTrack | null {
  const dropped = 'The track was left out.';
  if (value === UNREADABLE) return null;
  if (!isRecord(value)) {
    p.error(
      path,
      `Each track must be an object with an id, a label and spans, not ${show(value)}.`,
    );
    return null;
  }
  const f = readFields(p, value, path, TRACK_FIELDS);
  const id = requiredId(p, f.get('id'), join(path, 'id'), dropped);
  const label = requiredText(p, f.get('label'), join(path, 'label'), {
    name: 'label',
    max: MAX_LENGTHS.text,
    dropped,
  });
  const spansValue = f.get('spans');
  const kept: { span: TimelineSpan; path: string }[] = [];
  if (isArray(spansValue)) {
    items(p, spansValue, join(path, 'spans'), MAX_ITEMS.spans, 'spans').forEach((span, i) => {
      const spanPath = `${path}.spans[${i}]`;
      const checked = checkSpan(p, span, spanPath);
      if (!checked) return;
      if (spanIds.has(checked.id)) {
        p.error(
          join(spanPath, 'id'),
          `The id ${quote(checked.id)} is already used by an earlier span. The span was left out.`,
        );
        return;
      }
      spanIds.add(checked.id);
      kept.push({ span: checked, path: spanPath });
    });
  } else if (spansValue !== UNREADABLE) {
    p.error(
      join(path, 'spans'),
      absent(spansValue)
        ? 'The track has no list of spans. Add "spans": [ … ].'
        : `The spans must be a list, not ${show(spansValue)}.`,
    );
  }
  const sources = checkSources(p, f.get('sources'), join(path, 'sources'), 'track');
  if (id === null || label === null) return null;
  for (let i = 1; i < kept.length; i++) {
    const before = kept[i - 1].span.start;
    const after = kept[i].span.start;
    if (compareIsoDates(before, after) > 0) {
      p.warn(
        join(kept[i].path, 'start'),
        `The spans are not in date order (${quote(after)} comes after ${quote(before)}). ` +
          'They were sorted by start.',
      );
      kept.sort((a, b) => compareIsoDates(a.span.start, b.span.start));
      break;
    }
  }
  return { id, label, spans: kept.map((k) => k.span), sources };
}

function checkSpan(p: Problems, value: unknown, path: string): TimelineSpan | null {
  const dropped = 'The span was left out.';
  if (value === UNREADABLE) return null;
  if (!isRecord(value)) {
    p.error(
      path,
      `Each span must be an object with an id, a label and a start, not ${show(value)}.`,
    );
    return null;
  }
  const f = readFields(p, value, path, SPAN_FIELDS);
  const id = requiredId(p, f.get('id'), join(path, 'id'), dropped);
  const label = requiredText(p, f.get('label'), join(path, 'label'), {
    name: 'label',
    max: MAX_LENGTHS.text,
    dropped,
  });
  const role = optionalText(p, f.get('role'), join(path, 'role'), {
    name: 'role',
    max: MAX_LENGTHS.text,
    dropped: 'It was left out.',
  });
  const startValue = f.get('start');
  let start: CheckedDate | null = null;
  if (absent(startValue)) {
    p.error(join(path, 'start'), `The span has no start. Use YYYY-MM-DD or YYYY-MM. ${dropped}`);
  } else {
    start = checkDatePair(
      p,
      startValue,
      f.get('startPrecision'),
      join(path, 'start'),
      join(path, 'startPrecision'),
      {
        name: 'start',
        precisionName: 'startPrecision',
        dropped,
      },
    );
  }
  // An unusable end drops the span: without it the span would read as still open.
  const end = checkEnd(
    p,
    f,
    start,
    path,
    { name: 'end', precisionName: 'endPrecision', dropped },
    'end',
    'endPrecision',
  );
  const note = optionalText(p, f.get('note'), join(path, 'note'), {
    name: 'note',
    max: MAX_LENGTHS.text,
    dropped: 'It was left out.',
  });
  if (id === null || label === null || start === null || end === null) return null;
  const span: TimelineSpan = { id, label, start: start.value, startPrecision: start.precision };
  if (role !== undefined) span.role = role;
  if (end) {
    span.end = end.value;
    span.endPrecision = end.precision;
  }
  if (note !== undefined) span.note = note;
  return span;
}
