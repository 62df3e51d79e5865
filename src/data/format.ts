/**
 * Visible date labels: `Intl.DateTimeFormat` in the reader's locale, always in UTC so that a
 * data date like 2025-04-07 reads 7 April in every time zone. Pure (no DOM); formatters are
 * cached per locale and precision.
 */
import { parseIsoDate } from './dates.js';
import type { DatePrecision } from './types.js';

const OPTIONS: Record<DatePrecision | 'year', Intl.DateTimeFormatOptions> = {
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};

const cache = new Map<string, Intl.DateTimeFormat>();

/** A cached `Intl.DateTimeFormat` for a locale and precision (UTC). */
export function dateFormatter(
  locale: string,
  precision: DatePrecision | 'year',
): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, OPTIONS[precision]);
    cache.set(key, f);
  }
  return f;
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
