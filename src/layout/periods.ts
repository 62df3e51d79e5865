/**
 * The periods the time axis lays out: each event covers `[start, end)` in UTC milliseconds.
 * Pure functions, no DOM.
 */
import { parseIsoDate, periodEnd } from '../data/dates.js';
import type { TimelineEvent } from '../data/types.js';

/** One period on the axis. `end` defaults to `start` (an instant). */
export interface Period {
  start: Date | number;
  end?: Date | number;
}

/** What the layout functions accept for one event: an instant (a Date or UTC ms) or a period. */
export type TimeInput = Date | number | Period;

/** A period in UTC milliseconds, `start <= end`. */
export interface MsPeriod {
  start: number;
  end: number;
}

/**
 * Normalises inputs into a new array of `{start, end}` in milliseconds, sorted by start (stable,
 * so inputs in the data's order need not be sorted by instant: a month-precision event, which the
 * data lists after the days of its month, starts on the first of that month). Inputs whose start
 * is not a finite time are dropped; an end before the start is taken as the start.
 */
export function toPeriods(inputs: readonly TimeInput[]): MsPeriod[] {
  const periods: MsPeriod[] = [];
  for (const input of inputs) {
    const isPeriod = typeof input === 'object' && !(input instanceof Date);
    const start = +(isPeriod ? input.start : input);
    if (!Number.isFinite(start)) continue;
    const rawEnd = isPeriod && input.end !== undefined ? +input.end : start;
    const end = Number.isFinite(rawEnd) ? Math.max(start, rawEnd) : start;
    periods.push({ start, end });
  }
  return periods.sort((a, b) => a.start - b.start);
}

/**
 * The period an event covers, from the data's calendar dates: a day covers that day, a month the
 * whole month, and a span (`end` given) runs to the end of the period of its end date. Returns
 * `null` when `date` is not a valid `YYYY-MM-DD` or `YYYY-MM`; an invalid `end` is ignored.
 */
export function eventPeriod(event: Pick<TimelineEvent, 'date' | 'end'>): Period | null {
  const start = parseIsoDate(event.date);
  if (!start) return null;
  const last = (event.end !== undefined && parseIsoDate(event.end)) || start;
  // A span covers at least its start's period, even if its end was written before its start.
  const end = Math.max(+periodEnd(start), +periodEnd(last));
  return { start: start.date, end: new Date(end) };
}
