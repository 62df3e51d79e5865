/**
 * Markers and labels of the horizontal drawing: where each event's marker stands and where its
 * one-line label goes, in lanes, so that no label overlaps another and no stem crosses another
 * label's text. Where events crowd, every one stays reachable: events at one spot share a label
 * with a count ("+6"), and events whose labels find no room are counted on a small chip. Layout
 * as data, like Observable Plot's `dodge`. Pure; no DOM.
 */
import type { TimelineCategory, TimelineEvent } from '../data/types.js';
import type { TimelineLanes } from '../options.js';
import type { AxisData } from './axis-data.js';
import {
  KEY_EXTRA_LANES,
  LABEL_GAP,
  MAX_LANES,
  markerSize,
  type AxisMetrics,
  type MeasureText,
} from './axis-metrics.js';
import {
  cutLabel,
  labelItem,
  labelItems,
  stemX,
  type LabelContext,
  type LabelItem,
} from './label-text.js';
import { placeStemmedLabels } from './stemmed-labels.js';
import type { GapScale } from './time-scale.js';

/** An event's marker: a ring for a day or a time, a band for a month or a year. Px. */
export interface MarkerBox {
  id: string;
  key: boolean;
  /** A band across the event's month or year. */
  band: boolean;
  /** The event's category id (its colour). */
  category: string;
  /** Centre of a ring; left edge of a band. */
  x: number;
  /** Left and right edges of what is drawn. */
  x0: number;
  x1: number;
  /** Centre line of the marker's row. */
  y: number;
  /** Diameter of a ring, or height of a band. */
  size: number;
}

/**
 * A label: a one-line flag beside a stem that runs down to its marker, naming event `id`, and
 * counting the events in `more` ("+3"), which share its spot or found no room of their own. A
 * chip (`text` empty) only counts. Picking the text selects `id`; picking the count, `more[0]`.
 */
export interface EventLabel {
  id: string;
  /** The words shown: the event's `label` or title, cut at a word when too long ("…"). */
  text: string;
  /** The event's whole title, for a hover or a focus. */
  full: string;
  key: boolean;
  /** The other events this label stands for, in date order. */
  more: string[];
  left: number;
  top: number;
  width: number;
  /** Width in px of the count ("+3") at the label's end; 0 without one. */
  countWidth: number;
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

/**
 * Markers and labels. Each label is a one-line flag beside a stem from its marker: left-anchored
 * at the marker, or right-anchored near the right edge. Labels go in lanes above the marker line
 * (one set of lanes, or one per category row) with `placeStemmedLabels`. Events at one spot get
 * one label with a count; a label with no room becomes a count on a chip (more lanes are opened,
 * a few at most, for key events and chips), and a chip with no room joins the nearest count, so
 * every event is labelled or counted.
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
  const out: EventLayout = { markers: [], labels: [], rows: [], axisY: 0 };
  let y = Math.round(0.5 * m.em);
  for (const rowKey of rowKeysOf(data, mode, categories)) {
    const inRow = data.events.filter((e) => mode === 'auto' || e.event.category === rowKey);
    const ctx: LabelContext = { width, m, measure };
    const placed = placeRow(labelItems(inRow, scale, ctx), MAX_LANES[mode], ctx);
    const lanes = Math.max(0, ...placed.map((p) => p.lane + 1));
    const rowTop = y;
    if (mode === 'category') y += m.headH + 4;
    const lineY = y + lanes * m.pitch + Math.round(0.5 * m.em) + m.markerHalf;
    if (mode === 'category') {
      const label = categories.find((c) => c.id === rowKey)?.label ?? rowKey;
      out.rows.push({ category: rowKey, label, top: rowTop, lineY });
    }
    for (const e of inRow) out.markers.push(markerOf(e.event, e.period, scale, lineY, m.em));
    for (const p of placed) {
      out.labels.push(labelOf(p, y + (lanes - 1 - p.lane) * m.pitch, lineY, m));
    }
    y = lineY + m.markerHalf + (mode === 'category' ? Math.round(0.5 * m.em) : 0);
  }
  // With rows, the axis sits under the last one, a little apart from its line.
  out.axisY =
    mode === 'category' ? y + Math.round(0.75 * m.em) : out.markers.length ? out.markers[0]!.y : y;
  out.labels.sort((a, b) => a.stem.x - b.stem.x);
  return out;
}

/** One row (`auto`), or a row per category in legend order, then undeclared categories. */
function rowKeysOf(
  data: AxisData,
  mode: TimelineLanes,
  categories: readonly TimelineCategory[],
): string[] {
  if (mode !== 'category') return [''];
  const used = data.events.map((e) => e.event.category);
  const keys = categories.filter((c) => used.includes(c.id)).map((c) => c.id);
  for (const id of used) if (!keys.includes(id)) keys.push(id);
  return keys;
}

/** A placed label or chip: its item, its left edge and its lane. */
interface Placement {
  item: LabelItem;
  left: number;
  lane: number;
}

/** How many times a row is placed again after labels turn into chips or chips join counts. */
const MAX_PASSES = 6;

/**
 * Lanes for one row's labels (with a few more lanes for key events). A label without room
 * becomes a chip that counts its events; a chip without room joins the count of the label over
 * its spot (else the nearest one); the row is placed again after each change, so that no box
 * grows after it was placed. Every event ends up in exactly one placement.
 */
function placeRow(items: LabelItem[], maxLanes: number, ctx: LabelContext): Placement[] {
  let placed = placeWithKeys(items, ctx, maxLanes);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    if (placed.every((p) => p.lane >= 0)) return placed;
    items = regroup(placed, ctx);
    placed = placeWithKeys(items, ctx, maxLanes);
  }
  // Still crowded: the last chips join their hosts in place.
  return regroupInPlace(placed, ctx);
}

/** Places the items; if a key event's label finds no room, opens up to three lanes more. */
function placeWithKeys(
  items: readonly LabelItem[],
  ctx: LabelContext,
  maxLanes: number,
): Placement[] {
  let placed = place(items, ctx, maxLanes);
  for (let extra = 1; extra <= KEY_EXTRA_LANES; extra++) {
    if (!placed.some((p) => p.item.key && (p.lane < 0 || p.item.text !== p.item.fullText))) break;
    placed = place(items, ctx, maxLanes + extra);
  }
  return placed;
}

/** Places the items; a label cut to fit gets its words cut to its new width. */
function place(items: readonly LabelItem[], ctx: LabelContext, maxLanes: number): Placement[] {
  const opts = { width: ctx.width, minGap: LABEL_GAP, maxLanes };
  const lanes = placeStemmedLabels(items, opts);
  return items.map((item, i) => {
    const { left, width, lane } = lanes[i]!;
    const cut = lane >= 0 && width < item.width - 0.5 ? cutLabel(item, width, left, ctx) : item;
    return { item: cut, left, lane };
  });
}

/** The events a label or chip stands for. */
const idsOf = (item: LabelItem) => (item.head ? [item.id, ...item.more] : item.more);

/**
 * The items for the next pass: a label without room becomes a chip at its stem; a chip without
 * room joins its host (see {@link hostOf}), which counts its events.
 */
function regroup(placed: readonly Placement[], ctx: LabelContext): LabelItem[] {
  const next = new Map(placed.map((p) => [p, p.item]));
  for (const p of placed.filter((q) => q.lane < 0)) {
    if (p.item.head) {
      next.set(p, labelItem(null, p.item.stem, idsOf(p.item), ctx));
      continue;
    }
    const host = hostOf(p, placed);
    if (!host) continue;
    const h = next.get(host)!;
    next.set(host, labelItem(h.head, h.stem, [...h.more, ...p.item.more], ctx));
    next.delete(p);
  }
  return [...next.values()];
}

/** Chips still without room join their hosts, which keep their places. */
function regroupInPlace(placed: Placement[], ctx: LabelContext): Placement[] {
  const ok = placed.filter((p) => p.lane >= 0);
  for (const p of placed.filter((q) => q.lane < 0)) {
    const host = hostOf(p, ok);
    if (!host) {
      ok.push({ ...p, lane: 0 });
      continue;
    }
    const h = host.item;
    host.item = labelItem(h.head, h.stem, [...h.more, ...idsOf(p.item)], ctx);
    host.item.x = host.left;
  }
  return ok;
}

/**
 * Where an unplaced chip's events are counted: the placed label whose box is over the chip's
 * stem (the lowest such), else the placed label or chip with the nearest stem.
 */
function hostOf(p: Placement, placed: readonly Placement[]): Placement | null {
  const ok = placed.filter((q) => q.lane >= 0);
  const over = ok
    .filter((q) => q.left <= p.item.stem && q.left + q.item.width >= p.item.stem)
    .sort((a, b) => a.lane - b.lane)[0];
  if (over) return over;
  let best: Placement | null = null;
  for (const q of ok) {
    if (!best || Math.abs(q.item.stem - p.item.stem) < Math.abs(best.item.stem - p.item.stem)) {
      best = q;
    }
  }
  return best;
}

function markerOf(
  event: TimelineEvent,
  period: { start: number; end: number },
  scale: GapScale,
  lineY: number,
  em: number,
): MarkerBox {
  const band = event.precision === 'month' || event.precision === 'year';
  const size = markerSize(em, !!event.key);
  // A day's ring stands in the middle of its day, a time's at its minute; a band covers its
  // month or year.
  const x = stemX(event, period.start, scale);
  return {
    id: event.id,
    key: !!event.key,
    band,
    category: event.category,
    x,
    x0: band ? x : x - size / 2,
    x1: band ? scale.x(period.end) : x + size / 2,
    y: lineY,
    size: band ? Math.round(size * 0.75) : size,
  };
}

function labelOf(p: Placement, top: number, lineY: number, m: AxisMetrics): EventLabel {
  const { item } = p;
  // A label moved off its marker (only ever at an edge) hangs from its stem.
  const flush = Math.abs(p.left - item.x) < 0.5;
  return {
    id: item.id,
    text: item.text,
    full: item.full,
    key: item.key,
    more: item.more,
    left: p.left,
    top,
    width: item.width,
    countWidth: item.countWidth,
    flip: item.flip,
    stem: { x: item.stem, top: flush ? top + 2 : top + m.labelH, bottom: lineY },
  };
}
