/**
 * Which stretches of empty time between events are long enough to cut out of the axis.
 * Pure functions, no DOM.
 */
import type { MsPeriod } from './periods.js';

/** One UTC day in milliseconds (UTC days have no daylight-saving jumps). */
export const DAY_MS = 86_400_000;

/** Options of {@link longGaps}. */
export interface LongGapOptions {
  /** A gap must be longer than `ratio` × the median of the other gaps. Default 3. */
  ratio?: number;
  /** A gap must be longer than this many days (fractions allowed: 1/24 is an hour). Default 45. */
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
 * The median of the sorted `values` with one occurrence of `value` taken out; NaN if none is
 * left.
 */
export function medianWithout(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  const n = sorted.length - 1;
  if (n <= 0) return NaN;
  // The k-th value of the rest: the sorted list with index `lo` skipped.
  const at = (k: number) => sorted[k < lo ? k : k + 1]!;
  const mid = n >> 1;
  return n % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

/**
 * The gaps worth compressing: of the {@link emptyGaps}, those longer than `ratio` × the median of
 * the *other* gaps AND longer than `minGapDays` days (both strict). Sorted by start. Measuring a
 * gap against the others means a long silence is cut however few events surround it: 1990-01-01,
 * 1990-01-02 and 2025-04-07 have gaps of 0 and 35 years; the 35 years are cut. A lone gap (two
 * events) is never cut. Zero-length gaps count towards the median: overlapping events are as
 * close as events get.
 */
export function longGaps(
  periods: readonly MsPeriod[],
  { ratio = 3, minGapDays = 45 }: LongGapOptions = {},
): MsPeriod[] {
  const gaps = emptyGaps(periods);
  const lengths = gaps.map((g) => g.end - g.start);
  const sorted = lengths.slice().sort((a, b) => a - b);
  const floor = minGapDays * DAY_MS;
  return gaps.filter((_, i) => {
    const others = medianWithout(sorted, lengths[i]!);
    // A single gap has nothing to be long against: two events are drawn to scale.
    const threshold = Number.isNaN(others) ? Infinity : Math.max(ratio * others, floor);
    return lengths[i]! > threshold;
  });
}
