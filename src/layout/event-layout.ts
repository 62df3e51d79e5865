/**
 * Markers and labels of the horizontal drawing: where each event's marker stands and where its
 * one-line label goes, in lanes, so that no label overlaps another. Layout as data, like
 * Observable Plot's `dodge`. Pure; no DOM.
 */
import type { TimelineCategory, TimelineEvent } from '../data/types.js';
import type { TimelineLanes } from '../options.js';
import type { AxisData } from './axis-data.js';
import {
  KEY_EXTRA_LANES,
  LABEL_GAP,
  LABEL_MAX_EM,
  LABEL_PAD,
  LABEL_SIZE,
  MAX_LANES,
  fontOf,
  markerSize,
  type AxisMetrics,
  type MeasureText,
} from './axis-metrics.js';
import { DAY_MS } from './gaps.js';
import { placeLabels, type LabelPlacement } from './lanes.js';
import type { GapScale } from './time-scale.js';

/** An event's marker: a ring for a day, a band for a month. Positions in px. */
export interface MarkerBox {
  id: string;
  key: boolean;
  /** A band across the event's month. */
  month: boolean;
  /** The event's category id (its colour). */
  category: string;
  /** Centre of a day's ring; left edge of a month's band. */
  x: number;
  /** Left and right edges of what is drawn. */
  x0: number;
  x1: number;
  /** Centre line of the marker's row. */
  y: number;
  /** Diameter of a ring, or height of a band. */
  size: number;
}

/** An event's label: a one-line flag beside a stem that runs down to its marker. */
export interface EventLabel {
  id: string;
  text: string;
  key: boolean;
  left: number;
  top: number;
  width: number;
  /** Right-anchored: the stem is on the label's right side. */
  flip: boolean;
  stem: { x: number; top: number; bottom: number };
}

/** The heading of a category's row, with `lanes="category"`. */
export interface RowBox {
  /** The category id, and the label the row shows. */
  category: string;
  label: string;
  top: number;
  /** The row's line, on which its markers stand. */
  lineY: number;
}

/** What {@link layoutEvents} returns. */
export interface EventLayout {
  markers: MarkerBox[];
  labels: EventLabel[];
  rows: RowBox[];
  /** The y of the time axis line. */
  axisY: number;
}

/** An event with its marker's x and its label's measured width and anchor. */
interface Item {
  event: TimelineEvent;
  month: boolean;
  x: number;
  x0: number;
  x1: number;
  labelWidth: number;
  flip: boolean;
  anchor: number;
}

/**
 * Markers and labels. Each label is a one-line flag beside a stem from its marker: left-anchored
 * at the marker, or right-anchored near the right edge. Labels go in lanes above the marker line
 * (one set of lanes, or one per category row) with `placeLabels`, so that none overlaps another
 * or is clipped; a label with no room is left out (its event is still a marker, and the card
 * tells it), except that lanes are added, a few at most, for the story's key events.
 */
export function layoutEvents(
  data: AxisData,
  scale: GapScale,
  width: number,
  m: AxisMetrics,
  mode: TimelineLanes,
  categories: readonly TimelineCategory[],
  measure: MeasureText,
): EventLayout {
  const items = data.events
    .map(({ event, period }) => itemOf(event, period, scale, width, m, measure))
    .sort((a, b) => a.anchor - b.anchor);
  const out: EventLayout = { markers: [], labels: [], rows: [], axisY: 0 };
  let y = Math.round(0.5 * m.em);
  for (const rowKey of rowKeysOf(items, mode, categories)) {
    const inRow = items.filter((i) => mode === 'auto' || i.event.category === rowKey);
    const placed = placeRow(inRow, width, mode);
    const lanes = Math.max(0, ...placed.map((p) => p.lane + 1));
    const rowTop = y;
    if (mode === 'category') y += m.headH + 4;
    const lineY = y + lanes * m.pitch + Math.round(0.5 * m.em) + m.markerHalf;
    if (mode === 'category') {
      const label = categories.find((c) => c.id === rowKey)?.label ?? rowKey;
      out.rows.push({ category: rowKey, label, top: rowTop, lineY });
    }
    inRow.forEach((item, k) => {
      out.markers.push(markerOf(item, lineY, m.em));
      const p = placed[k]!;
      if (p.lane >= 0)
        out.labels.push(labelOf(item, p, y + (lanes - 1 - p.lane) * m.pitch, lineY, m));
    });
    y = lineY + m.markerHalf + (mode === 'category' ? Math.round(0.5 * m.em) : 0);
  }
  // With rows, the axis sits under the last one, a little apart from its line.
  out.axisY =
    mode === 'category' ? y + Math.round(0.75 * m.em) : out.markers.length ? out.markers[0]!.y : y;
  return out;
}

function itemOf(
  event: TimelineEvent,
  period: { start: number; end: number },
  scale: GapScale,
  width: number,
  m: AxisMetrics,
  measure: MeasureText,
): Item {
  const month = event.precision === 'month';
  const x0 = scale.x(period.start);
  const x1 = scale.x(period.end);
  // A day's marker stands in the middle of its day, a month's band covers the month.
  const x = month ? x0 : scale.x(period.start + DAY_MS / 2);
  const text = measure(event.title, fontOf(m.em, LABEL_SIZE, event.key ? 700 : 400));
  const labelWidth =
    Math.ceil(Math.min(text + 1, LABEL_MAX_EM * m.em)) + LABEL_PAD[0] + LABEL_PAD[1];
  const flip = x + labelWidth > width - 2;
  return { event, month, x, x0, x1, labelWidth, flip, anchor: flip ? x - labelWidth : x };
}

/** One row (`auto`), or a row per category in legend order, then undeclared categories. */
function rowKeysOf(
  items: readonly Item[],
  mode: TimelineLanes,
  categories: readonly TimelineCategory[],
): string[] {
  if (mode !== 'category') return [''];
  const keys = categories
    .filter((c) => items.some((i) => i.event.category === c.id))
    .map((c) => c.id);
  for (const i of items) if (!keys.includes(i.event.category)) keys.push(i.event.category);
  return keys;
}

/** Lanes for one row's labels, with extra lanes (a few at most) for key events left out. */
function placeRow(inRow: readonly Item[], width: number, mode: TimelineLanes): LabelPlacement[] {
  const boxes = inRow.map((i) => ({ x: i.anchor, width: i.labelWidth }));
  const maxLanes = MAX_LANES[mode];
  let placed = placeLabels(boxes, { width, minGap: LABEL_GAP, maxLanes });
  for (let extra = 1; extra <= KEY_EXTRA_LANES; extra++) {
    if (!placed.some((p, k) => p.lane < 0 && inRow[k]!.event.key)) break;
    placed = placeLabels(boxes, { width, minGap: LABEL_GAP, maxLanes: maxLanes + extra });
  }
  return placed;
}

function markerOf(item: Item, lineY: number, em: number): MarkerBox {
  const size = markerSize(em, !!item.event.key);
  return {
    id: item.event.id,
    key: !!item.event.key,
    month: item.month,
    category: item.event.category,
    x: item.x,
    x0: item.month ? item.x0 : item.x - size / 2,
    x1: item.month ? item.x1 : item.x + size / 2,
    y: lineY,
    size: item.month ? Math.round(size * 0.75) : size,
  };
}

function labelOf(
  item: Item,
  p: LabelPlacement,
  top: number,
  lineY: number,
  m: AxisMetrics,
): EventLabel {
  // A label moved off its marker (only ever at an edge) hangs from its stem.
  const flush = Math.abs(p.left - item.anchor) < 0.5;
  return {
    id: item.event.id,
    text: item.event.title,
    key: !!item.event.key,
    left: p.left,
    top,
    width: item.labelWidth,
    flip: item.flip,
    stem: { x: item.x, top: flush ? top + 2 : top + m.labelH, bottom: lineY },
  };
}
