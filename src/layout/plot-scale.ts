/**
 * The width of the drawing's plot and its time scale: as wide as the box, or wider when close
 * days need room. Pure; no DOM.
 */
import type { TimelineGaps } from '../options.js';
import type { AxisData } from './axis-data.js';
import { MAX_PLOT_WIDTH, MIN_DAY_SPACING, type AxisMetrics } from './axis-metrics.js';
import { compressGaps, type GapScale } from './time-scale.js';

/**
 * The scale, and the plot's width in px: the box's width `view`, or more when two consecutive
 * distinct days of one segment would be closer than MIN_DAY_SPACING px, up to MAX_PLOT_WIDTH.
 * Breaks keep their width; only the segments grow. The range is the width less the metrics'
 * padding at each end.
 */
export function plotScale(
  data: AxisData,
  view: number,
  m: Pick<AxisMetrics, 'padL' | 'padR' | 'breakWidth'>,
  gaps: TimelineGaps,
): { scale: GapScale; width: number } {
  const options = { gaps, breakWidth: m.breakWidth };
  const range = (w: number): [number, number] => [m.padL, Math.max(m.padL, w - m.padR)];
  const starts = [...new Set(data.events.map((e) => e.period.start))].sort((a, b) => a - b);
  let scale = compressGaps(data.inputs, range(view), options);
  let width = view;
  // Which gaps are cut depends on the px per ms, so widen, cut again, and widen again if need be.
  for (let i = 0; i < 3; i++) {
    const closest = closestKept(starts, scale);
    if (!Number.isFinite(closest)) break;
    const kept = scale.segments.reduce((sum, s) => sum + (+s.end - +s.start), 0);
    const needed = Math.ceil(
      (kept * MIN_DAY_SPACING) / closest + scale.breaks.length * m.breakWidth + m.padL + m.padR,
    );
    const next = Math.max(view, Math.min(needed, MAX_PLOT_WIDTH));
    if (next === width) break;
    width = next;
    scale = compressGaps(data.inputs, range(width), options);
  }
  return { scale, width };
}

/** The least time in ms between two consecutive distinct starts that no break separates. */
function closestKept(starts: readonly number[], scale: GapScale): number {
  let closest = Infinity;
  for (let j = 1; j < starts.length; j++) {
    const [a, b] = [starts[j - 1]!, starts[j]!];
    if (!scale.breaks.some((br) => +br.start >= a && +br.end <= b)) {
      closest = Math.min(closest, b - a);
    }
  }
  return closest;
}
