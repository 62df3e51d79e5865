/**
 * Pure layout of the horizontal drawing: scale, gaps, ticks, tick labels, label lanes, markers,
 * tracks, and `layoutAxis`, which puts them together. No lit, no DOM.
 */
export { eventPeriod, toPeriods } from './periods.js';
export type { MsPeriod, Period, TimeInput } from './periods.js';
export { DAY_MS, emptyGaps, longGaps, median } from './gaps.js';
export type { LongGapOptions } from './gaps.js';
export { compressGaps } from './time-scale.js';
export type { AxisPiece, CompressGapsOptions, GapScale } from './time-scale.js';
export { timeTicks } from './ticks.js';
export type { Tick, TickIntervalName, TimeTicks, TimeTicksOptions } from './ticks.js';
export { formatTick, formatTicks, tickFormats, tickUnit } from './tick-format.js';
export type { TickUnit } from './tick-format.js';
export { assignLanes, placeLabels } from './lanes.js';
export type { LabelBox, LabelPlacement, LaneOptions, PlaceLabelsOptions } from './lanes.js';
export { layoutAxis, TRACK_STRINGS } from './axis-layout.js';
export type { AxisLayout, AxisLayoutInput, BreakBox } from './axis-layout.js';
export { axisData } from './axis-data.js';
export type { AxisData, SpanTime } from './axis-data.js';
export {
  axisMetrics,
  fontOf,
  markerSize,
  LABEL_MAX_EM,
  LABEL_SIZE,
  MAX_PLOT_WIDTH,
  MIN_DAY_SPACING,
  OPEN_FADE,
  SPAN_SIZE,
  TICK_SIZE,
  TICK_TOP,
} from './axis-metrics.js';
export type { AxisMetrics, FontSpec, MeasureText } from './axis-metrics.js';
export { layoutEvents } from './event-layout.js';
export type { EventLabel, EventLayout, MarkerBox, RowBox } from './event-layout.js';
export { plotScale } from './plot-scale.js';
export { layoutTicks } from './tick-layout.js';
export type { TickBox, YearBox } from './tick-layout.js';
export { layoutTracks } from './track-layout.js';
export type { SpanBox, TrackBox, TrackStrings } from './track-layout.js';
