/**
 * Dates of the data model, as ISO 8601 strings at four precisions:
 *
 * | precision | form | example |
 * |---|---|---|
 * | `year` | `YYYY` | `1969` |
 * | `month` | `YYYY-MM` | `1969-07` |
 * | `day` | `YYYY-MM-DD` | `1969-07-20` |
 * | `minute` | `YYYY-MM-DDTHH:MM` with `Z` or `±HH:MM`, or local under a dataset's `timeZone` | `1969-07-20T20:17Z` |
 *
 * Calendar dates (year, month, day) are UTC: `2025-04-07` is 7 April in every time zone. A time of
 * day belongs to the story's place. Everything is placed on one **wall clock**: the story's own
 * clock read as if it were UTC, so a calendar date and a time share one axis, and a time written
 * `20:15` stands at 20:15 whatever the reader's zone. `ParsedDate.date` is that wall-clock
 * start; `instantOf()` gives the real instant of a time. Pure functions; no DOM.
 */
import type { DatePrecision } from './types.js';

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MINUTE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?$/;

const MINUTE_MS = 60_000;

/** A parsed data date. */
export interface ParsedDate {
  /**
   * The first moment it stands for, on the wall clock, as a UTC `Date`: midnight UTC of the day
   * (or of the first day of the month or year); for a time, its clock reading as if in UTC.
   */
  date: Date;
  precision: DatePrecision;
  /**
   * For a time written with `Z` or `±HH:MM`: the offset in minutes east of UTC (`-300` for
   * `-05:00`). Absent for calendar dates and for a local time, whose zone is the dataset's.
   */
  offset?: number;
}

/** A year before 1 CE cannot be written in the data's forms. */
export const MIN_YEAR = 1;

/** The UTC instant of year `y`, month `mo` (1–12), day `d`, time `h:mi:s`, or `null`. */
function utc(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): Date | null {
  if (y < MIN_YEAR) return null;
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  // Date.UTC maps years 0–99 to 1900–1999; set the full year explicitly.
  date.setUTCFullYear(y);
  const ok =
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === mo - 1 &&
    date.getUTCDate() === d &&
    date.getUTCHours() === h &&
    date.getUTCMinutes() === mi;
  return ok ? date : null;
}

/** `Z` → 0, `-05:00` → -300, `+05:30` → 330; `undefined` for none; `null` when out of range. */
function parseOffset(text: string | undefined): number | undefined | null {
  if (text === undefined) return undefined;
  if (text === 'Z') return 0;
  const [h, m] = text.slice(1).split(':').map(Number) as [number, number];
  if (h > 18 || m > 59) return null;
  return (text[0] === '-' ? -1 : 1) * (h * 60 + m);
}

/**
 * Parses a data date at any of the four precisions. Returns `null` for anything else, including
 * impossible dates (`2025-02-30`, `2025-13`, `24:00`), years before 1 CE (`0000`) and offsets
 * beyond ±18:00. Seconds in a time are accepted and kept (`20:15:30`); the time is shown to the
 * minute.
 */
export function parseIsoDate(value: unknown): ParsedDate | null {
  if (typeof value !== 'string') return null;
  let m = DAY.exec(value);
  if (m) return wrap(utc(+m[1]!, +m[2]!, +m[3]!), 'day');
  m = MONTH.exec(value);
  if (m) return +m[2]! >= 1 && +m[2]! <= 12 ? wrap(utc(+m[1]!, +m[2]!, 1), 'month') : null;
  m = YEAR.exec(value);
  if (m) return wrap(utc(+m[1]!, 1, 1), 'year');
  m = MINUTE.exec(value);
  if (!m) return null;
  const date = utc(+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0));
  const offset = parseOffset(m[7]);
  if (!date || offset === null || +(m[6] ?? 0) > 59) return null;
  return offset === undefined
    ? { date, precision: 'minute' }
    : { date, precision: 'minute', offset };
}

function wrap(date: Date | null, precision: DatePrecision): ParsedDate | null {
  return date ? { date, precision } : null;
}

/** The precision that the form of an ISO date string implies, or `null` when it has none. */
export function precisionOf(value: string): DatePrecision | null {
  if (DAY.test(value)) return 'day';
  if (MONTH.test(value)) return 'month';
  if (YEAR.test(value)) return 'year';
  return MINUTE.test(value) ? 'minute' : null;
}

/** True for a time of day written without `Z` or an offset: its zone must come from the dataset. */
export function isLocalTime(value: string): boolean {
  const m = MINUTE.exec(value);
  return !!m && m[7] === undefined;
}

/**
 * The exclusive end of the period a date stands for, on the wall clock: the next minute, day,
 * month or year. A month-precision event covers its whole month, a year-precision one its year.
 */
export function periodEnd(parsed: ParsedDate): Date {
  const d = new Date(parsed.date.getTime());
  switch (parsed.precision) {
    case 'minute':
      d.setUTCMinutes(d.getUTCMinutes() + 1, 0, 0);
      break;
    case 'day':
      d.setUTCDate(d.getUTCDate() + 1);
      break;
    case 'month':
      d.setUTCMonth(d.getUTCMonth() + 1);
      break;
    default:
      d.setUTCFullYear(d.getUTCFullYear() + 1);
  }
  return d;
}

/** The real instant (UTC ms) of a time with an offset; for other dates, their wall-clock start. */
export function instantOf(parsed: ParsedDate): number {
  return +parsed.date - (parsed.offset ?? 0) * MINUTE_MS;
}

const RANK: Record<DatePrecision, number> = { minute: 0, day: 1, month: 2, year: 3 };

/**
 * A number that orders data dates on the wall clock, for sorting many events with each date
 * parsed once: a coarser date sorts after the finer ones it contains ("during April" once April's
 * dated events are told; a day after its times), which is also how the fact sheet orders them.
 * `Infinity` for an invalid date.
 */
export function dateSortKey(value: string): number {
  const p = parseIsoDate(value);
  if (!p) return Number.POSITIVE_INFINITY;
  const at = p.precision === 'minute' ? +p.date : +periodEnd(p) - 1;
  return at * 4 + RANK[p.precision];
}

/** Compares two data dates as {@link dateSortKey} orders them. Invalid dates compare equal. */
export function compareIsoDates(a: string, b: string): number {
  const ka = dateSortKey(a);
  const kb = dateSortKey(b);
  if (!Number.isFinite(ka) || !Number.isFinite(kb)) return 0;
  return ka - kb;
}

/**
 * The events in date order (stable: events on the same date keep their order), with each date
 * parsed once rather than once per comparison. Events with unreadable dates go last. Returns a
 * new array; the input is not changed.
 */
export function sortEvents<T extends { date: string }>(events: readonly T[]): T[] {
  const keyed = events.map((e, i) => ({ e, i, t: dateSortKey(e.date) }));
  keyed.sort((a, b) => a.t - b.t || a.i - b.i);
  return keyed.map((k) => k.e);
}
