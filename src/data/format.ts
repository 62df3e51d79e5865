/**
 * Visible date labels: `Intl.DateTimeFormat` in the reader's locale, always in UTC so that a
 * data date like 2025-04-07 reads 7 April in every time zone. Pure (no DOM); one formatter is
 * built per locale and set of options, and reused (building one costs far more than using it).
 */
import { parseIsoDate } from './dates.js';
import type { DatePrecision } from './types.js';

const OPTIONS: Record<DatePrecision | 'year', Intl.DateTimeFormatOptions> = {
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  year: { year: 'numeric' },
};

const cache = new Map<string, Intl.DateTimeFormat>();

/**
 * A cached `Intl.DateTimeFormat` for `locale` and `options`, in UTC unless the options name
 * another `timeZone`. Options with the same keys and values in the same order share a formatter.
 */
export function dateTimeFormat(
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
    cache.set(key, f);
  }
  return f;
}

/** Formats an instant in UTC (or the options' `timeZone`) with a cached formatter. */
export function formatDate(
  date: Date | number,
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions,
): string {
  return dateTimeFormat(locale, options).format(date);
}

/** A cached `Intl.DateTimeFormat` for a locale and precision (UTC): "April 7, 2025". */
export function dateFormatter(
  locale: string,
  precision: DatePrecision | 'year',
): Intl.DateTimeFormat {
  return dateTimeFormat(locale, OPTIONS[precision]);
}

/**
 * Formats an ISO data date at its own precision: "April 7, 2025", "March 2025". An unreadable
 * date is returned as written rather than hidden.
 */
export function formatIsoDate(value: string, locale: string): string {
  const parsed = parseIsoDate(value);
  if (!parsed) return value;
  return dateFormatter(locale, parsed.precision).format(parsed.date);
}

/** The UTC year of an ISO data date, or `NaN`. */
export function yearOf(value: string): number {
  return parseIsoDate(value)?.date.getUTCFullYear() ?? Number.NaN;
}
