/**
 * Tracks of the horizontal drawing ("Who led the IRS"): a row each, with bars from each span's
 * start to the end of its end date and the spans' names inside or under them. Pure; no DOM.
 */
import { formatIsoDate } from '../data/format.js';
import type { AxisData, SpanTime } from './axis-data.js';
import {
  LABEL_GAP,
  OPEN_FADE,
  SPAN_SIZE,
  fontOf,
  type AxisMetrics,
  type MeasureText,
} from './axis-metrics.js';
import { placeLabels } from './lanes.js';
import type { GapScale } from './time-scale.js';

/** The words a track's bars carry, so that they can be translated. */
export interface TrackStrings {
  /** Written at the fading end of an open span: "no end date →". */
  openEnd: string;
  /** After the name of an open span whose name sits under its bar: "no end date". */
  noEndDate: string;
  /** The note of a span cut at the left edge: `since ${date}`, given the formatted start. */
  since: (date: string) => string;
}

/** A bar of a track, in px. */
export interface SpanBox {
  id: string;
  x0: number;
  x1: number;
  /** Starts before the axis: drawn from the left edge, with `note` saying since when. */
  cut: boolean;
  /** Has no known end: runs to the right edge, fading. */
  open: boolean;
  /** Every other bar, drawn in the other tint. */
  alt: boolean;
  name: string;
  note: string;
  /** The name inside the bar; else under it, at `labelLeft` (relative to the bar) and `labelTop`. */
  inside: boolean;
  labelLeft: number;
  labelTop: number;
  labelWidth: number;
}

/** A track's row: its heading at `top`, its bars at `barTop`. */
export interface TrackBox {
  id: string;
  label: string;
  top: number;
  barTop: number;
  spans: SpanBox[];
}

/**
 * Tracks: a row each, with a heading and bars running exactly from x(start) to x(end of the end
 * date), the later bar over the handover day. A cut bar starts at the left edge and says since
 * when; an open one runs to the right edge, fading, and says "no end date". A name goes inside
 * its bar when it fits in the bar's first unbroken stretch, else under it, in lanes. Returns the
 * rows and the y where the last one ends.
 */
export function layoutTracks(
  data: AxisData,
  scale: GapScale,
  width: number,
  top: number,
  m: AxisMetrics,
  locale: string,
  measure: MeasureText,
  strings: TrackStrings,
): { boxes: TrackBox[]; bottom: number } {
  const ctx: SpanContext = { scale, width, m, locale, measure, strings };
  const boxes: TrackBox[] = [];
  let y = top;
  for (const { track, spans: row } of data.tracks) {
    const barTop = y + m.headH + 4;
    const spans = row.map((s, i) => spanBox(s, row[i + 1], i, ctx));
    const lanes = placeOutside(spans, width, m);
    boxes.push({ id: track.id, label: track.label, top: y, barTop, spans });
    y = barTop + m.barH + (lanes ? 2 + lanes * m.spanLane : 0) + Math.round(0.75 * m.em);
  }
  return { boxes, bottom: y };
}

/** What every span of a drawing is laid out with. */
interface SpanContext {
  scale: GapScale;
  width: number;
  m: AxisMetrics;
  locale: string;
  measure: MeasureText;
  strings: TrackStrings;
}

/** The bar of span `s` (the `i`-th of its track, followed by `next`) and its name's width. */
function spanBox(s: SpanTime, next: SpanTime | undefined, i: number, ctx: SpanContext): SpanBox {
  const { scale, width, m, locale, measure, strings } = ctx;
  const regular = fontOf(m.em, SPAN_SIZE);
  const bold = fontOf(m.em, SPAN_SIZE, 600);
  const x0 = s.cut ? 0 : scale.x(s.start);
  const open = s.end === null;
  const x1 = open ? width : scale.x(s.end!);
  const nextX0 = next ? (next.cut ? 0 : scale.x(next.start)) : x1;
  const note = s.cut ? strings.since(formatIsoDate(s.span.start, locale)) : '';
  const text = Math.ceil(
    measure(s.span.label, bold) + (note ? measure(` · ${note}`, regular) : 0) + 4,
  );
  const firstBreak = scale.breaks.find((b) => b.x0 > x0 && b.x0 < x1)?.x0 ?? Infinity;
  const end = Math.min(x1 - (open ? m.openWidth + OPEN_FADE / 2 : 0), nextX0, firstBreak);
  const inside = text + 16 <= end - x0;
  const openNote = open ? measure(` · ${strings.noEndDate}`, regular) : 0;
  return {
    id: s.span.id,
    x0,
    x1,
    cut: s.cut,
    open,
    alt: i % 2 === 1,
    name: s.span.label,
    note,
    inside,
    labelLeft: 0,
    labelTop: 0,
    labelWidth: inside ? text + 16 : text + openNote,
  };
}

/** Places the names that sit under their bars in lanes; returns how many lanes they take. */
function placeOutside(spans: SpanBox[], width: number, m: AxisMetrics): number {
  const outside = spans.filter((s) => !s.inside);
  const placed = placeLabels(
    outside.map((s) => ({ x: s.x0, width: s.labelWidth })),
    { width, minGap: LABEL_GAP },
  );
  outside.forEach((s, i) => {
    s.labelLeft = placed[i]!.left - s.x0;
    s.labelTop = m.barH + 2 + Math.max(0, placed[i]!.lane) * m.spanLane;
  });
  return Math.max(0, ...placed.map((p) => p.lane + 1));
}
