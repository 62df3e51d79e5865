/**
 * The width of the drawing's plot and its time scale: as wide as the box, or wider when close
 * days need room. Pure; no DOM.
 */
import type { TimelineGaps } from '../options.js';
import type { AxisData } from './axis-data.js';
import {
  LABEL_MAX_EM,
  LABEL_PAD,
  LABEL_SIZE,
  MAX_PLOT_WIDTH,
  MIN_DAY_SPACING,
  fontOf,
  type AxisMetrics,
  type MeasureText,
} from './axis-metrics.js';
import { compressGaps, type GapScale } from './time-scale.js';

/**
 * The shortest quiet stretch worth cutting, in days: 45 days for stories of dates (a month and
 * a half), an hour for stories by the hour.
 */
export function minGapDays(data: Pick<AxisData, 'timed'>): number {
  return data.timed ? 1 / 24 : 45;
}

/**
 * The widest the labels of the events could ever need: every label at its full width, side by
 * side, with the gap between them and the padding of the plot. A few events never make a drawing
 * wider than this.
 */
export function labelsWidth(
  data: AxisData,
  m: Pick<AxisMetrics, 'em' | 'padL' | 'padR'>,
  measure: MeasureText,
): number {
  let total = m.padL + m.padR;
  for (const { event } of data.events) {
    const font = fontOf(m.em, LABEL_SIZE, event.key ? 700 : 400);
    const text = Math.min(measure(event.label || event.title, font), LABEL_MAX_EM * m.em);
    total += text + LABEL_PAD[0] + LABEL_PAD[1] + m.em;
  }
  return Math.ceil(total);
}

/**
 * The scale, and the plot's width in px: the box's width `view`, or more when two consecutive
 * distinct starts of one segment would be closer than MIN_DAY_SPACING px, up to MAX_PLOT_WIDTH
 * and never wider than the events' labels could need ({@link labelsWidth}). Breaks keep their
 * width; only the segments grow. The range is the width less the metrics' padding at each end.
 */
export function plotScale(
  data: AxisData,
  view: number,
  m: Pick<AxisMetrics, 'em' | 'padL' | 'padR' | 'breakWidth'>,
  gaps: TimelineGaps,
  measure: MeasureText,
): { scale: GapScale; width: number } {
  const options = { gaps, breakWidth: m.breakWidth, minGapDays: minGapDays(data) };
  const widest = Math.min(MAX_PLOT_WIDTH, labelsWidth(data, m, measure));
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
    const next = Math.max(view, Math.min(needed, widest));
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
