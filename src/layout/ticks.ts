/**
 * Ticks of the horizontal time axis: the finest calendar interval whose labels fit, placed in
 * each segment of a compressed scale and never inside a break. Pure functions, no DOM.
 */
import { utcDay, utcHour, utcMinute, utcMonday, utcMonth, utcYear } from 'd3-time';
import type { TimeInterval } from 'd3-time';
import { DAY_MS } from './gaps.js';
import type { GapScale } from './time-scale.js';

/** The calendar intervals ticks can follow, finest first. */
export type TickIntervalName = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year';

/** Options of {@link timeTicks}. */
export interface TimeTicksOptions {
  /**
   * The least distance in px between two ticks: the width of the widest label the renderer
   * measured, plus the space it wants between labels. Default 64.
   */
  minSpacing?: number;
  /**
   * The finest unit worth a tick: `day` (default) for stories of dates; `minute` for stories
   * with times of day, which may then be ticked every 1, 5, 15 or 30 minutes or 1, 3, 6 or 12
   * hours.
   */
  finest?: 'minute' | 'day';
}

/** One tick: its date and its position. */
export interface Tick {
  date: Date;
  x: number;
}

/** The ticks chosen by {@link timeTicks}, and the interval they follow. */
export interface TimeTicks {
  /**
   * `'year'` with `step` 1, 2, 5, 10, … for every n-th year; `'minute'` with 1, 5, 15 or 30;
   * `'hour'` with 1, 3, 6 or 12; 1 otherwise.
   */
  interval: TickIntervalName;
  step: number;
  ticks: Tick[];
}

interface Candidate {
  name: TickIntervalName;
  step: number;
  interval: TimeInterval;
  /** The shortest time between two of its ticks, in days (UTC: no daylight-saving days). */
  minDays: number;
}

const MINUTE_DAYS = 1 / 1440;

/** Ticks within a day, for stories with times (the wall clock has no daylight-saving jumps). */
const SUB_DAY: Candidate[] = [
  ...[1, 5, 15, 30].map((step) => ({
    name: 'minute' as const,
    step,
    interval: utcMinute.every(step)!,
    minDays: step * MINUTE_DAYS,
  })),
  ...[1, 3, 6, 12].map((step) => ({
    name: 'hour' as const,
    step,
    interval: utcHour.every(step)!,
    minDays: step / 24,
  })),
];

// Weeks start on Monday (ISO 8601), as in most of the places newsrooms publish.
const CANDIDATES: Candidate[] = [
  { name: 'day', step: 1, interval: utcDay, minDays: 1 },
  { name: 'week', step: 1, interval: utcMonday, minDays: 7 },
  { name: 'month', step: 1, interval: utcMonth, minDays: 28 },
  { name: 'quarter', step: 1, interval: utcMonth.every(3)!, minDays: 90 },
  { name: 'year', step: 1, interval: utcYear, minDays: 365 },
];

/** Slack for rounding when comparing an interval's width with the spacing wanted. */
const EPSILON = 1e-9;

/**
 * Ticks for a scale from {@link compressGaps}: among days, weeks (Mondays), months, quarters and
 * years — then every 2, 5, 10, 20, 50, … years — (and, with `finest: 'minute'`, minutes and hours
 * before them) the finest interval whose shortest step is at
 * least `minSpacing` px. Since every segment has the same px-per-ms, the interval is the same in
 * all of them. Ticks fall inside the segments (ends included), never strictly inside a break,
 * and a tick closer than `minSpacing` to the one before it (which can only happen across a
 * break) is left out. Returns no ticks when the domain or the range is a single point.
 */
export function timeTicks(
  scale: GapScale,
  { minSpacing = 64, finest = 'day' }: TimeTicksOptions = {},
): TimeTicks {
  const k = scale.pxPerMs;
  const fits = (days: number) => days * DAY_MS * k >= minSpacing * (1 + EPSILON);
  let name: TickIntervalName = 'year';
  let step = 1;
  let interval: TimeInterval | null = null;
  if (k > 0 && Number.isFinite(k)) {
    const candidates = finest === 'minute' ? [...SUB_DAY, ...CANDIDATES] : CANDIDATES;
    const candidate = candidates.find((c) => fits(c.minDays));
    if (candidate) {
      ({ name, interval, step } = candidate);
    } else {
      step = niceYears().find((n) => fits(365 * n)) ?? 0;
      interval = step ? utcYear.every(step) : null;
    }
  }
  const ticks: Tick[] = [];
  if (interval) {
    for (const segment of scale.segments) {
      // range() excludes its stop: one ms past the end includes a tick on the end itself.
      for (const date of interval.range(segment.start, new Date(+segment.end + 1))) {
        const x = scale.x(date);
        const previous = ticks[ticks.length - 1];
        if (previous && x - previous.x < minSpacing) continue;
        ticks.push({ date, x });
      }
    }
  }
  return { interval: name, step, ticks };
}

/** 2, 5, 10, 20, 50, … years, up to 10⁷ (beyond the range of Date). */
function niceYears(): number[] {
  const steps: number[] = [];
  for (let p = 1; p <= 1e6; p *= 10) steps.push(2 * p, 5 * p, 10 * p);
  return steps;
}
