/**
 * Visible date labels: `Intl.DateTimeFormat` in the reader's locale. Calendar dates are shown in
 * UTC, so that 2025-04-07 reads 7 April in every time zone; a time of day is shown on the story's
 * clock with its zone ("8:15 PM CST"), never moved into the reader's zone. Pure (no DOM); one
 * formatter is built per locale and set of options, and reused.
 */
import { instantOf, parseIsoDate, type ParsedDate } from './dates.js';
import { zonedToInstant } from './time-zones.js';
import type { DatePrecision } from './types.js';

const DATE_OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  minute: { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' },
};

const TIME_OPTIONS: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };

const cache = new Map<string, Intl.DateTimeFormat>();
/** The formatters of option objects used again and again (the constants here), by locale. */
const byOptions = new WeakMap<Intl.DateTimeFormatOptions, Map<string, Intl.DateTimeFormat>>();

/**
 * A cached `Intl.DateTimeFormat` for `locale` and `options`, in UTC unless the options name
 * another `timeZone`. Options with the same keys and values in the same order share a formatter;
 * the same options object is found without serialising it.
 */
export function dateTimeFormat(
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  let mine = byOptions.get(options);
  if (!mine) byOptions.set(options, (mine = new Map()));
  let f = mine.get(locale ?? '');
  if (f) return f;
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
    cache.set(key, f);
  }
  mine.set(locale ?? '', f);
  return f;
}

/** Formatted data dates, by date, locale and zone: a list formats each date more than once. */
const formatted = new Map<string, string>();
const FORMATTED_MAX = 20_000;

/** Formats an instant in UTC (or the options' `timeZone`) with a cached formatter. */
export function formatDate(
  date: Date | number,
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions,
): string {
  return dateTimeFormat(locale, options).format(date);
}

/** A cached `Intl.DateTimeFormat` for a locale and a calendar precision (UTC): "April 7, 2025". */
export function dateFormatter(
  locale: string,
  precision: Exclude<DatePrecision, 'minute'>,
): Intl.DateTimeFormat {
  return dateTimeFormat(locale, DATE_OPTIONS[precision]);
}

/** "UTC", "UTC-5", "UTC+5:30": a fixed offset, for times of a story without a named zone. */
export function offsetLabel(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const abs = Math.abs(minutes);
  const m = abs % 60;
  return `UTC${minutes < 0 ? '-' : '+'}${Math.floor(abs / 60)}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
}

/**
 * A time of day with its zone: in the IANA `timeZone` when the story has one ("8:15 PM CST",
 * through `Intl`'s `timeZoneName`), else on the wall clock with the offset written out
 * ("8:15 PM UTC-5").
 */
function formatTimed(
  parsed: ParsedDate,
  locale: string,
  options: Intl.DateTimeFormatOptions,
  timeZone: string | undefined,
): string {
  if (timeZone && parsed.offset !== undefined) {
    return formatDate(instantOf(parsed), locale, { ...options, timeZone, timeZoneName: 'short' });
  }
  const text = formatDate(parsed.date, locale, options);
  return parsed.offset === undefined ? text : `${text} ${offsetLabel(parsed.offset)}`;
}

/**
 * Formats a data date at its own precision: "1969", "March 2025", "April 7, 2025", "November 4,
 * 2025 at 8:15 PM CST". A time is shown in the story's `timeZone` when given (times in the data
 * are on the story's clock: see `toStoryClock`). An unreadable date is returned as written rather
 * than hidden.
 */
export function formatIsoDate(value: string, locale: string, timeZone?: string): string {
  const key = `${value}|${locale}|${timeZone ?? ''}`;
  let text = formatted.get(key);
  if (text !== undefined) return text;
  const parsed = parseIsoDate(value);
  if (!parsed) return value;
  text =
    parsed.precision === 'minute'
      ? formatTimed(parsed, locale, DATE_OPTIONS.minute, timeZone)
      : dateFormatter(locale, parsed.precision).format(parsed.date);
  if (formatted.size >= FORMATTED_MAX) formatted.clear();
  formatted.set(key, text);
  return text;
}

/** The time of day of a timed data date, with its zone ("8:15 PM CST"); else as `formatIsoDate`. */
export function formatTime(value: string, locale: string, timeZone?: string): string {
  const parsed = parseIsoDate(value);
  if (!parsed || parsed.precision !== 'minute') return formatIsoDate(value, locale, timeZone);
  return formatTimed(parsed, locale, TIME_OPTIONS, timeZone);
}

/** The day of a data date with its weekday, for the list's day headings: "Tuesday, November 4, 2025". */
export function formatDay(value: string, locale: string): string {
  const parsed = parseIsoDate(value);
  if (!parsed) return value;
  return formatDate(parsed.date, locale, { ...DATE_OPTIONS.day, weekday: 'long' });
}

/**
 * The short name of a time zone at an instant, in `locale`: "CST", "CDT", "GMT+1", as `Intl`
 * writes it after a time (`timeZoneName: 'short'`).
 */
export function zoneAbbreviation(instant: number, timeZone: string, locale: string): string {
  const parts = dateTimeFormat(locale, {
    timeZone,
    hour: 'numeric',
    timeZoneName: 'short',
  }).formatToParts(instant);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

/**
 * The name of a story's clock at a wall-clock time (UTC ms), for the drawing's day bands: the
 * zone's abbreviation there ("CST", then "CDT" after the clocks change) when the story has a
 * `timeZone`, else its fixed offset ("UTC-5"), read from the first of `dates` written with one;
 * `undefined` when no date is a time.
 */
export function clockNamer(
  timeZone: string | undefined,
  dates: Iterable<string>,
  locale: string,
): ((wall: number) => string) | undefined {
  const timed = [...dates].filter((d) => parseIsoDate(d)?.precision === 'minute');
  if (!timed.length) return undefined;
  if (timeZone) return (wall) => zoneAbbreviation(zonedToInstant(wall, timeZone), timeZone, locale);
  const offset = parseIsoDate(timed[0]!)?.offset ?? 0;
  return () => offsetLabel(offset);
}

/** The UTC year of an ISO data date (its wall-clock year for a time), or `NaN`. */
export function yearOf(value: string): number {
  return parseIsoDate(value)?.date.getUTCFullYear() ?? Number.NaN;
}
