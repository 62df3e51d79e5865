/**
 * Which stretches of empty time between events are long enough to cut out of the axis.
 * Pure functions, no DOM.
 */
import type { MsPeriod } from './periods.js';

/** One UTC day in milliseconds (UTC days have no daylight-saving jumps). */
export const DAY_MS = 86_400_000;

/** Options of {@link longGaps}. */
export interface LongGapOptions {
  /** A gap must be longer than `ratio` × the median gap. Default 3. */
  ratio?: number;
  /** A gap must be longer than this many days. Default 45. */
  minGapDays?: number;
}

/**
 * The empty time between each pair of consecutive periods (sorted by start, as
 * {@link toPeriods} returns them): one gap per pair, `n - 1` in all. A gap runs from the latest
 * end so far to the next start; when periods overlap or touch it has length 0 and
 * `start === end` (the next start).
 */
export function emptyGaps(periods: readonly MsPeriod[]): MsPeriod[] {
  const gaps: MsPeriod[] = [];
  let covered = -Infinity;
  for (let i = 0; i < periods.length; i++) {
    const { start, end } = periods[i]!;
    if (i > 0) gaps.push({ start: Math.min(covered, start), end: start });
    covered = Math.max(covered, end);
  }
  return gaps;
}

/** The median of some numbers (the mean of the two middle ones for an even count); NaN if none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The gaps worth compressing: of the {@link emptyGaps}, those longer than `ratio` × the median
 * gap AND longer than `minGapDays` days (both strict). Sorted by start. Zero-length gaps count
 * towards the median: overlapping events are as close as events get.
 */
export function longGaps(
  periods: readonly MsPeriod[],
  { ratio = 3, minGapDays = 45 }: LongGapOptions = {},
): MsPeriod[] {
  const gaps = emptyGaps(periods);
  const threshold = Math.max(ratio * median(gaps.map((g) => g.end - g.start)), minGapDays * DAY_MS);
  return gaps.filter((g) => g.end - g.start > threshold);
}
