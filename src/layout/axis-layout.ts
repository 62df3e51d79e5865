/**
 * The whole layout of the horizontal drawing as one plain object: the plot's size, every
 * marker, label, tick, year, break, category row and track bar, in px. `<news-timeline-axis>`
 * renders it and handles panning, nothing else. Pure; no DOM (text widths are measured by the
 * function the caller passes).
 */
import type { TimelineCategory, TimelineEvent, TimelineTrack } from '../data/types.js';
import type { TimelineGaps, TimelineLanes } from '../options.js';
import { axisData } from './axis-data.js';
import { axisMetrics, type AxisMetrics, type MeasureText } from './axis-metrics.js';
import { layoutEvents, type EventLabel, type MarkerBox, type RowBox } from './event-layout.js';
import { plotScale } from './plot-scale.js';
import type { GapScale } from './time-scale.js';
import { layoutTicks, type TickBox, type YearBox } from './tick-layout.js';
import { mirrorLayout } from './mirror.js';
import { layoutTracks, type TrackBox, type TrackStrings } from './track-layout.js';

/** What {@link layoutAxis} lays out, and how. */
export interface AxisLayoutInput {
  /** The events, in chronological order (already validated). */
  events: readonly TimelineEvent[];
  /** Rows of spans drawn under the axis. */
  tracks?: readonly TimelineTrack[];
  /** The dataset's categories: the order and labels of the rows of `lanes: 'category'`. */
  categories?: readonly TimelineCategory[];
  /** Width in px of the box the drawing is shown in. */
  width: number;
  /** The element's font size in px; every size is relative to it. Default 16. */
  em?: number;
  /** Measures text in the element's font (a canvas; a fixed width in tests). */
  measure: MeasureText;
  /** BCP 47 locale of tick labels and dates, which are always in UTC. Default `en-US`. */
  locale?: string;
  /** `compress` (default) cuts long empty gaps into marked breaks; `linear` keeps all to scale. */
  gaps?: TimelineGaps;
  /** `auto` (default): markers on the axis, labels stacked above; `category`: a row each. */
  lanes?: TimelineLanes;
  /** The words on the bars of tracks; English by default. */
  strings?: Partial<TrackStrings>;
  /**
   * The name of the story's time zone at a wall-clock time (UTC ms): "CST". Written after the
   * day under the ticks of a story by the hour.
   */
  zoneName?: (wall: number) => string;
  /**
   * `rtl` mirrors the drawing for right-to-left pages: time runs from right to left, labels hang
   * to the left of their stems. Default `ltr`.
   */
  direction?: 'ltr' | 'rtl';
}

/** A cut-out gap: a strip from `x0` to `x1` with break marks at each y in `marks`. */
export interface BreakBox {
  x0: number;
  x1: number;
  marks: number[];
}

/** The drawing, in px from the plot's top left. */
export interface AxisLayout {
  /** The plot's size: at least the box's width `view`, wider when close days need room. */
  width: number;
  height: number;
  view: number;
  /** The y of the time axis line. */
  axisY: number;
  metrics: AxisMetrics;
  markers: MarkerBox[];
  labels: EventLabel[];
  ticks: TickBox[];
  years: YearBox[];
  breaks: BreakBox[];
  rows: RowBox[];
  tracks: TrackBox[];
}

/** The English words on the bars of tracks. */
export const TRACK_STRINGS: Readonly<TrackStrings> = Object.freeze({
  openEnd: 'no end date →',
  noEndDate: 'no end date',
  since: (date: string) => `since ${date}`,
});

/**
 * Lays out the horizontal drawing: the time scale (gaps cut into breaks, widened when close days
 * need room), the markers and labels in lanes, the ticks and years, and the tracks' bars.
 */
export function layoutAxis(input: AxisLayoutInput): AxisLayout {
  const { measure, locale = 'en-US', em = 16 } = input;
  const tracks = input.tracks ?? [];
  const strings: TrackStrings = { ...TRACK_STRINGS, ...input.strings };
  const hasOpenSpan = tracks.some((t) => (t.spans ?? []).some((s) => !s.end));
  const m = axisMetrics(em, measure, strings.openEnd, hasOpenSpan);
  const view = Math.floor(input.width) || 720;
  const data = axisData(input.events, tracks);
  const { scale, width } = plotScale(data, view, m, input.gaps ?? 'compress', measure);
  const mode: TimelineLanes = input.lanes === 'category' ? 'category' : 'auto';
  const events = layoutEvents(data, scale, width, m, mode, input.categories ?? [], measure);
  const { ticks, years } = layoutTicks({
    scale,
    width,
    m,
    locale,
    starts: data.starts,
    timed: data.timed,
    measure,
    ...(input.zoneName ? { zoneName: input.zoneName } : {}),
  });
  const trackTop = events.axisY + m.axisBlock + Math.round(0.75 * m.em);
  const drawn = layoutTracks(data, scale, width, trackTop, m, locale, measure, strings);
  const height = Math.ceil(drawn.boxes.length ? drawn.bottom : events.axisY + m.axisBlock + 4);
  const breaks = breakBoxes(
    scale.breaks,
    [events.axisY, ...events.rows.map((r) => r.lineY)],
    drawn.boxes,
    m,
  );
  const layout: AxisLayout = {
    width,
    height,
    view,
    axisY: events.axisY,
    metrics: m,
    markers: events.markers,
    labels: events.labels,
    rows: events.rows,
    ticks,
    years,
    breaks,
    tracks: drawn.boxes,
  };
  return input.direction === 'rtl' ? mirrorLayout(layout) : layout;
}

/** The breaks, each marked wherever it cuts a line (`lines`: their y) or a track's bar. */
function breakBoxes(
  breaks: GapScale['breaks'],
  lines: readonly number[],
  tracks: readonly TrackBox[],
  m: AxisMetrics,
): BreakBox[] {
  return breaks.map((b) => ({
    x0: b.x0,
    x1: b.x1,
    marks: [
      ...lines,
      ...tracks
        .filter((track) => track.spans.some((s) => s.x0 < b.x0 && s.x1 > b.x1))
        .map((track) => track.barTop + m.barH / 2),
    ],
  }));
}
