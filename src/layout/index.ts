/** Pure layout of the horizontal time axis: scale, gaps, ticks, tick labels and label lanes. */
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
