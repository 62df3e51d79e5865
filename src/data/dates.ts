/**
 * Calendar dates of the data model: ISO `YYYY-MM-DD` (day) or `YYYY-MM` (month), always UTC.
 * Pure functions, no DOM.
 */
import type { DatePrecision } from './types.js';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

/** A parsed data date: the UTC instant of its first moment, and its precision. */
export interface ParsedDate {
  /** Midnight UTC of the day, or of the first day of the month. */
  date: Date;
  precision: DatePrecision;
}

/**
 * Parses `YYYY-MM-DD` or `YYYY-MM` as a UTC calendar date. Returns `null` for anything else,
 * including impossible dates such as `2025-02-30` or `2025-13`.
 */
export function parseIsoDate(value: unknown): ParsedDate | null {
  if (typeof value !== 'string') return null;
  let m = DAY.exec(value);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    // Date.UTC maps years 0–99 to 1900–1999; set the full year explicitly.
    date.setUTCFullYear(y);
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
      return null;
    }
    return { date, precision: 'day' };
  }
  m = MONTH.exec(value);
  if (m) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    if (mo < 1 || mo > 12) return null;
    const date = new Date(Date.UTC(y, mo - 1, 1));
    date.setUTCFullYear(y);
    return { date, precision: 'month' };
  }
  return null;
}

/** The precision that the form of an ISO date string implies, or `null` when it is neither. */
export function precisionOf(value: string): DatePrecision | null {
  return DAY.test(value) ? 'day' : MONTH.test(value) ? 'month' : null;
}

/**
 * The exclusive end of the period a date stands for: the next day for a day, the first day of
 * the next month for a month. A month-precision event covers the whole month.
 */
export function periodEnd(parsed: ParsedDate): Date {
  const d = new Date(parsed.date.getTime());
  if (parsed.precision === 'day') d.setUTCDate(d.getUTCDate() + 1);
  else d.setUTCMonth(d.getUTCMonth() + 1);
  return d;
}

/**
 * Compares two data dates chronologically. A month-precision date sorts after the days of the
 * same month ("during April" is placed once April's dated events are told), which is also how
 * the fact sheet orders them. Invalid dates compare equal.
 */
export function compareIsoDates(a: string, b: string): number {
  const ka = dateSortKey(a);
  const kb = dateSortKey(b);
  if (!Number.isFinite(ka) || !Number.isFinite(kb)) return 0;
  return ka - kb;
}

/**
 * A number that orders data dates as `compareIsoDates` does, for sorting many events with each
 * date parsed once. `Infinity` for an invalid date.
 */
export function dateSortKey(value: string): number {
  const p = parseIsoDate(value);
  if (!p) return Number.POSITIVE_INFINITY;
  const month = p.date.getUTCFullYear() * 12 + p.date.getUTCMonth();
  return month * 64 + (p.precision === 'month' ? 63 : p.date.getUTCDate());
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
