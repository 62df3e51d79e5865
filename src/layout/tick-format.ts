/**
 * Labels of time-axis ticks, chosen like Observable Plot's: the coarsest calendar unit that all
 * ticks share decides the format, and the year is shown only where a reader needs it.
 * Pure functions, no DOM; never reads the clock.
 */
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { formatDate } from '../data/format.js';

/** The calendar unit of a set of ticks. */
export type TickUnit = 'year' | 'month' | 'day';

/**
 * The coarsest unit all the dates fall on: `'year'` if every date is January 1 (midnight UTC),
 * `'month'` if every date is the first of a month, `'day'` otherwise (also for times within a
 * day, which the data never has). `'year'` for no dates.
 */
export function tickUnit(dates: readonly Date[]): TickUnit {
  const on = (interval: typeof utcDay) => dates.every((d) => +interval.floor(d) === +d);
  return on(utcYear) ? 'year' : on(utcMonth) ? 'month' : 'day';
}

/**
 * `Intl.DateTimeFormat` options for each tick, to be used with `timeZone: 'UTC'` (as
 * {@link formatTick} does): years as `2025`; months as `Apr`, days as `Apr 7`, with the year
 * added (`Apr 2025`, `Apr 7, 2025`) on the first tick and on each tick whose year differs from
 * the tick before it — January, or the first tick after a break that crosses a new year.
 */
export function tickFormats(dates: readonly Date[]): Intl.DateTimeFormatOptions[] {
  const unit = tickUnit(dates);
  return dates.map((date, i): Intl.DateTimeFormatOptions => {
    if (unit === 'year') return { year: 'numeric' };
    const withYear = i === 0 || dates[i - 1]!.getUTCFullYear() !== date.getUTCFullYear();
    const base: Intl.DateTimeFormatOptions =
      unit === 'month' ? { month: 'short' } : { month: 'short', day: 'numeric' };
    return withYear ? { ...base, year: 'numeric' } : base;
  });
}

/**
 * Formats a date in UTC, so that 2025-04-07 reads as 7 April in every time zone; the formatter is
 * cached per locale and options (see `formatDate` in `data/format.ts`).
 */
export function formatTick(
  date: Date,
  locale: string | readonly string[] | undefined,
  options: Intl.DateTimeFormatOptions,
): string {
  const tag = typeof locale === 'string' || locale === undefined ? locale : locale[0];
  return formatDate(date, tag, { ...options, timeZone: 'UTC' });
}

/** The labels of a set of ticks: {@link tickFormats} applied with {@link formatTick}. */
export function formatTicks(
  dates: readonly Date[],
  locale: string | readonly string[] | undefined,
): string[] {
  const formats = tickFormats(dates);
  return dates.map((date, i) => formatTick(date, locale, formats[i]!));
}
