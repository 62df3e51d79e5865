/**
 * The horizontal, to-scale time axis: a piecewise-linear UTC time → px mapping in which long
 * empty stretches between events are cut out and drawn as fixed-width breaks. The mapping is a
 * polylinear d3 `scaleUtc`: the ends of the kept segments and of the breaks are its domain, their
 * pixel ends its range. Pure functions, no DOM.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { longGaps } from './gaps.js';
import { toPeriods } from './periods.js';
import type { MsPeriod, TimeInput } from './periods.js';

/** Options of {@link compressGaps}. */
export interface CompressGapsOptions {
  /** `'compress'` (default) cuts long gaps out; `'linear'` keeps one to-scale segment. */
  gaps?: 'compress' | 'linear';
  /** A gap is cut only if longer than `ratio` × the median gap between events. Default 3. */
  ratio?: number;
  /** A gap is cut only if longer than this many days. Default 45. */
  minGapDays?: number;
  /**
   * Pixels drawn for each cut gap. Default 24. Breaks together never take more than half of the
   * width (each shrinks to `width / (2 × breaks)` if needed); `0` or less disables compression,
   * since a break of no width would hide time.
   */
  breakWidth?: number;
  /** Pixels left free at each end of the range. Default 0. */
  padding?: number;
}

/** A piece of the axis: the time interval `[start, end]` drawn from `x0` to `x1`. */
export interface AxisPiece {
  start: Date;
  end: Date;
  x0: number;
  x1: number;
}

/** The compressed time scale returned by {@link compressGaps}. */
export interface GapScale {
  /**
   * The d3 scale behind {@link GapScale.x}: a polylinear `scaleUtc` whose domain is every
   * piece's start and end, in order, and whose range is their x. Unclamped.
   */
  scale: ScaleTime<number, number>;
  /**
   * The pixel position of a time. Inside a segment it is to scale; inside a break it moves
   * linearly across the break; outside the domain it extends at the segments' px-per-ms (like an
   * unclamped d3 scale), so renderers clamp when they need to.
   */
  x(date: Date | number): number;
  /** The time at a pixel position: the inverse of {@link GapScale.x}. */
  invert(px: number): Date;
  /** The to-scale pieces, in order; all share {@link GapScale.pxPerMs}. */
  segments: AxisPiece[];
  /** The cut-out gaps, in order, each between two segments. */
  breaks: AxisPiece[];
  /** First start and last end of the events (2000-01-01 → 2000-01-02 UTC when there are none). */
  domain: [Date, Date];
  /** The pixels the domain maps to: the given range less the padding. */
  range: [number, number];
  /** Pixels per millisecond inside every segment (0 when the domain or the range is a point). */
  pxPerMs: number;
}

/** d3's default time domain, used when there are no events, so the clock is never read. */
const EMPTY_DOMAIN: MsPeriod = { start: Date.UTC(2000, 0, 1), end: Date.UTC(2000, 0, 2) };

interface Piece {
  start: number;
  end: number;
  x0: number;
  x1: number;
}

/**
 * Builds the time → px mapping of the horizontal axis for events given as instants or periods
 * (see {@link eventPeriod}: a month-precision event covers its whole month), in any order.
 *
 * With `gaps: 'compress'`, each empty gap between consecutive events that is longer than
 * `ratio` × the median gap and longer than `minGapDays` is cut out and drawn as a break of
 * `breakWidth` px. The remaining segments share the rest of the width in proportion to their
 * durations, so every segment has the same px-per-ms. A gap is kept rather than cut if, at that
 * px-per-ms, it would be no wider than its break: cutting it would stretch it, not shrink it.
 * If every segment would have zero duration (instants only), the scale stays linear.
 *
 * The result's `x` and `invert` are those of one polylinear d3 `scaleUtc` (see
 * {@link GapScale.scale}); outside the domain it extends at the first and last segments' slope,
 * as d3 does.
 */
export function compressGaps(
  events: readonly TimeInput[],
  range: readonly [number, number],
  {
    gaps = 'compress',
    ratio = 3,
    minGapDays = 45,
    breakWidth = 24,
    padding = 0,
  }: CompressGapsOptions = {},
): GapScale {
  const periods = toPeriods(events);
  const d0 = periods.length ? periods[0]!.start : EMPTY_DOMAIN.start;
  const d1 = periods.length ? Math.max(...periods.map((p) => p.end)) : EMPTY_DOMAIN.end;
  let lo = range[0] + padding;
  let hi = range[1] - padding;
  if (!(hi >= lo)) lo = hi = (range[0] + range[1]) / 2;
  const width = hi - lo;
  const span = d1 - d0;

  const candidates =
    gaps === 'compress' && breakWidth > 0 && width > 0
      ? longGaps(periods, { ratio, minGapDays })
      : [];
  const { cuts, bw, k } = chooseCuts(candidates, span, width, breakWidth);
  const pieces = tile(cuts, [d0, d1], [lo, hi], k, bw);
  const scale = scaleUtc<number, number>()
    .domain([pieces[0]!.start, ...pieces.map((p) => p.end)].map((ms) => new Date(ms)))
    .range([pieces[0]!.x0, ...pieces.map((p) => p.x1)]);
  const copy = (p: Piece): AxisPiece => ({
    start: new Date(p.start),
    end: new Date(p.end),
    x0: p.x0,
    x1: p.x1,
  });
  // Even pieces are segments, odd ones breaks.
  return {
    scale,
    x: (date) => scale(date),
    invert: (px) => scale.invert(px),
    segments: pieces.filter((_, i) => i % 2 === 0).map(copy),
    breaks: pieces.filter((_, i) => i % 2 === 1).map(copy),
    domain: [new Date(d0), new Date(d1)],
    range: [lo, hi],
    pxPerMs: k,
  };
}

/**
 * Of the candidate gaps, those worth cutting, with the break width `bw` and the segments' px per
 * ms `k`: the shortest cut is dropped while it would not be wider than its break; fewer breaks
 * only raise the px per ms, so the cuts kept remain worth cutting (and the loop ends: the count
 * falls each time). Breaks shrink to share at most half of `width`.
 */
function chooseCuts(
  candidates: readonly MsPeriod[],
  span: number,
  width: number,
  breakWidth: number,
): { cuts: MsPeriod[]; bw: number; k: number } {
  let cuts = candidates.slice();
  while (cuts.length) {
    const kept = span - cuts.reduce((sum, g) => sum + length(g), 0);
    if (!(kept > 0)) break;
    const bw = Math.min(breakWidth, width / (2 * cuts.length));
    const k = (width - cuts.length * bw) / kept;
    let shortest = 0;
    for (let i = 1; i < cuts.length; i++) {
      if (length(cuts[i]!) < length(cuts[shortest]!)) shortest = i;
    }
    if (length(cuts[shortest]!) * k > bw) return { cuts, bw, k };
    cuts = cuts.filter((_, i) => i !== shortest);
  }
  return { cuts: [], bw: 0, k: span > 0 ? width / span : 0 };
}

/**
 * Segments and breaks, alternating, tiling the domain `[d0, d1]` and the range `[lo, hi]`
 * without gaps or overlaps: the ends of every piece are the domain and range of the scale. The
 * last segment ends exactly at `hi`, absorbing rounding (and the break before it too, if
 * rounding pushed it past `hi`); a point domain sits mid-range.
 */
function tile(
  cuts: readonly MsPeriod[],
  [d0, d1]: [number, number],
  [lo, hi]: [number, number],
  k: number,
  bw: number,
): Piece[] {
  const pieces: Piece[] = [];
  let t = d0;
  let cursor = lo;
  for (const cut of cuts) {
    const x1 = cursor + (cut.start - t) * k;
    pieces.push(
      { start: t, end: cut.start, x0: cursor, x1 },
      { start: cut.start, end: cut.end, x0: x1, x1: x1 + bw },
    );
    t = cut.end;
    cursor = x1 + bw;
  }
  const span = d1 - d0;
  const end = span > 0 ? hi : (lo + hi) / 2;
  const last = { start: t, end: d1, x0: span > 0 ? Math.min(cursor, hi) : end, x1: end };
  if (pieces.length) pieces[pieces.length - 1]!.x1 = last.x0;
  pieces.push(last);
  return pieces;
}

function length(p: MsPeriod): number {
  return p.end - p.start;
}
