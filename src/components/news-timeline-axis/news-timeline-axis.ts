import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import { utcYear } from 'd3-time';
import { parseIsoDate, periodEnd } from '../../data/dates.js';
import { formatIsoDate } from '../../data/format.js';
import type { TimelineCategory, TimelineEvent, TimelineTrack } from '../../data/types.js';
import {
  DAY_MS,
  compressGaps,
  eventPeriod,
  formatTick,
  placeLabels,
  tickFormats,
  timeTicks,
  type GapScale,
  type Period,
  type TimeInput,
} from '../../layout/index.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { categoryColor } from '../category-color.js';
import { styles } from './news-timeline-axis.styles.js';

/** `detail` of the `nt-axis-pick` event: the id of the event whose marker or label was picked. */
export interface NtAxisPickDetail {
  id: string;
}

/** Fired by `<news-timeline-axis>` when a reader clicks or taps a marker or a label. */
export type NtAxisPickEvent = CustomEvent<NtAxisPickDetail>;

/** How long gaps are drawn: cut out into breaks (`compress`) or to scale (`linear`). */
export type AxisGaps = 'compress' | 'linear';

/** Where markers go: all on the axis, labels stacked above (`auto`), or one row per category. */
export type AxisLanes = 'auto' | 'category';

// Geometry, in px unless said. Font-relative sizes are multiplied by the host's font size.
/** Least distance between the markers of two consecutive distinct days in one segment. */
const MIN_DAY_SPACING = 28;
/** The widest the plot gets; beyond it days are drawn closer than MIN_DAY_SPACING. */
const MAX_PLOT_WIDTH = 8000;
/** Labels are cut with an ellipsis beyond this many ems of the element's font. */
const LABEL_MAX_EM = 14;
const LABEL_SIZE = 0.8125;
const TICK_SIZE = 0.75;
const SPAN_SIZE = 0.75;
/** Lanes of labels in the `auto` layout, and per row with `lanes="category"`. */
const MAX_LANES = { auto: 6, category: 3 };
/** Extra lanes opened, if needed, so that no key event's label is left out. */
const KEY_EXTRA_LANES = 3;
/** Horizontal padding of a label: the stem side, and the other side (see the styles). */
const LABEL_PAD = [6, 4] as const;
/** The fading end of an open span. */
const OPEN_FADE = 72;

/** Text metrics from a canvas, in the font the element renders with. */
let canvasContext: CanvasRenderingContext2D | null = null;
function textWidth(text: string, font: string): number {
  canvasContext ??= document.createElement('canvas').getContext('2d');
  if (!canvasContext) return text.length * 8;
  canvasContext.font = font;
  return canvasContext.measureText(text).width;
}

interface MarkerBox {
  id: string;
  key: boolean;
  month: boolean;
  color: string;
  /** Centre (day) or left edge (month band) in px, and the band's right edge. */
  x: number;
  x0: number;
  x1: number;
  /** Centre line of the marker's row. */
  y: number;
  size: number;
}

interface LabelBoxLayout {
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

interface TickBox {
  x: number;
  text: string;
  labelLeft: number;
  edge: boolean;
}

interface SpanBox {
  id: string;
  x0: number;
  x1: number;
  cut: boolean;
  open: boolean;
  alt: boolean;
  name: string;
  note: string;
  /** The label inside the bar, or below it at `left` (relative to the bar) in lane `lane`. */
  inside: boolean;
  labelLeft: number;
  labelTop: number;
  labelWidth: number;
  openText: boolean;
}

interface TrackBox {
  id: string;
  label: string;
  top: number;
  barTop: number;
  spans: SpanBox[];
}

interface RowBox {
  label: string;
  color: string;
  top: number;
  lineY: number;
}

interface AxisLayout {
  width: number;
  height: number;
  view: number;
  scale: GapScale;
  axisY: number;
  markers: MarkerBox[];
  labels: LabelBoxLayout[];
  ticks: TickBox[];
  years: { x0: number; x1: number; text: string }[];
  breaks: { x0: number; x1: number; marks: number[] }[];
  rows: RowBox[];
  tracks: TrackBox[];
  vars: Record<string, string>;
}

/**
 * The horizontal, to-scale drawing of a timeline: a UTC time axis whose long empty gaps are cut
 * into marked breaks, a marker and a one-line label per event, and rows of spans ("Who led the
 * IRS"). It is a picture only: everything is `aria-hidden`, nothing in it takes focus, and the
 * accessible list, the keyboard and the card with the full text belong to `<news-timeline>`,
 * which embeds it. Wider than its box when days need room: it then pans by touch, wheel,
 * trackpad, or by dragging with a mouse.
 *
 * Colours come from `<news-timeline>`'s private tokens (`--_color-*`, `--_palette-*`), which
 * inherit into the axis's shadow root; on its own it falls back to the public `--nt-color-*`
 * properties and then to the light defaults.
 *
 * @tag news-timeline-axis
 * @summary The to-scale, horizontal drawing of a timeline's events and tracks.
 *
 * @fires nt-axis-pick - A reader clicked or tapped an event's marker or label (not at the end
 *   of a drag). `detail.id` is the event's id. Bubbles; not composed.
 *
 * @csspart axis - The time axis line; holds the ticks and the years.
 * @csspart tick - A tick with its label (UTC, in `locale`); `edge` ticks start a segment.
 * @csspart year - The year under the ticks, kept in view while panning.
 * @csspart break - A cut-out gap: a strip across the drawing with break marks.
 * @csspart marker - An event's marker (`data-id`): a ring for a day, a band for a month.
 * @csspart label - An event's one-line title (`data-id`), cut with an ellipsis when long.
 * @csspart row - The heading of a category's row, with `lanes="category"`.
 * @csspart track - The heading of a track's row.
 * @csspart span - A bar of a track (`data-id`), from its start to the end of its end date.
 *
 * @cssprop --nt-color-text - Used when the axis is not inside `<news-timeline>`; otherwise that element's colours apply.
 */
export class NewsTimelineAxis extends LitElement {
  static override styles = styles;

  /** The events to draw, in chronological order (already validated). */
  @property({ attribute: false }) accessor events: TimelineEvent[] = [];

  /** Rows of spans drawn under the axis. Spans' ends count in the time domain; a start before
   * the first event is cut at the left edge and written out ("since March 2023"). */
  @property({ attribute: false }) accessor tracks: TimelineTrack[] = [];

  /** The dataset's categories: colours by position, and the row labels of `lanes="category"`. */
  @property({ attribute: false }) accessor categories: TimelineCategory[] = [];

  /** BCP 47 locale of tick labels and dates (always shown in UTC). */
  @property({ attribute: false }) accessor locale = 'en-US';

  /** `compress` (default) cuts long empty gaps into marked breaks; `linear` keeps all to scale. */
  @property({ reflect: true }) accessor gaps: AxisGaps = 'compress';

  /** `auto` (default): markers on the axis, labels stacked above; `category`: a row each. */
  @property({ reflect: true }) accessor lanes: AxisLanes = 'auto';

  /** The id of the selected event, drawn selected. */
  @property({ attribute: false }) accessor selectedId: string | null = null;

  /** The id of the keyboard-active event: its marker gets a focus ring. */
  @property({ attribute: false }) accessor activeId: string | null = null;

  private readonly _size = new ResizeController(this);
  private _layout: AxisLayout | null = null;
  private _drag: { pointerId: number; x: number; scroll: number; moved: boolean } | null = null;
  private _suppressClick = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // Web fonts change text widths: lay out again once they have loaded.
    document.fonts?.addEventListener('loadingdone', this._onFonts);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.fonts?.removeEventListener('loadingdone', this._onFonts);
  }

  private readonly _onFonts = () => this.requestUpdate();

  override willUpdate(changed: PropertyValues<this>): void {
    // Selection and focus only change classes; everything else changes the geometry.
    const cosmetic = [...changed.keys()].every((k) => k === 'selectedId' || k === 'activeId');
    if (this._layout && changed.size && cosmetic) return;
    this._layout = this._computeLayout();
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('activeId') && this.activeId) this.scrollToEvent(this.activeId);
  }

  /**
   * Scrolls the drawing, if needed, so that an event's marker and label are in view: centred
   * when it was out of view, smoothly unless the reader prefers reduced motion.
   */
  scrollToEvent(id: string): void {
    if (this.isUpdatePending) {
      void this.updateComplete.then(() => this.scrollToEvent(id));
      return;
    }
    const layout = this._layout;
    const viewport = this._viewport;
    const marker = layout?.markers.find((m) => m.id === id);
    if (!layout || !viewport || !marker) return;
    const label = layout.labels.find((l) => l.id === id);
    const margin = 16;
    const lo = Math.min(marker.x0, label?.left ?? Infinity) - margin;
    const hi = Math.max(marker.x1, label ? label.left + label.width : -Infinity) + margin;
    const { scrollLeft, clientWidth } = viewport;
    if (lo >= scrollLeft && hi <= scrollLeft + clientWidth) return;
    const left = hi - lo <= clientWidth ? (lo + hi) / 2 - clientWidth / 2 : lo;
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    viewport.scrollTo({ left: Math.max(0, left), behavior: reduce ? 'auto' : 'smooth' });
  }

  private get _viewport(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.viewport');
  }

  // ---------------------------------------------------------------------------------------------
  // Layout: plain data, computed before rendering.

  private _computeLayout(): AxisLayout {
    const computed = getComputedStyle(this);
    const em = parseFloat(computed.fontSize) || 16;
    const family = computed.fontFamily || 'sans-serif';
    const view = Math.max(0, Math.floor(this._size.width || this.clientWidth || 0)) || 720;
    const mode: AxisLanes = this.lanes === 'category' ? 'category' : 'auto';
    const font = (size: number, weight = 400) => `${weight} ${size * em}px ${family}`;

    const labelPx = LABEL_SIZE * em;
    const labelH = Math.ceil(labelPx * 1.5);
    const pitch = labelH + 5;
    const tickH = Math.ceil(TICK_SIZE * em * 1.4);
    const headH = Math.ceil(0.6875 * em * 1.6);
    const barH = Math.ceil(SPAN_SIZE * em * 1.9);
    const spanLane = Math.ceil(SPAN_SIZE * em * 1.5);
    const padL = Math.round(1.75 * em);
    const spanFont = font(SPAN_SIZE);
    const spanFontBold = font(SPAN_SIZE, 600);
    const openText = 'no end date →';
    const openWidth = Math.ceil(textWidth(openText, spanFont)) + 10;
    const hasOpen = (this.tracks ?? []).some((t) => (t.spans ?? []).some((s) => !s.end));
    // An open span fades out past the last date, where its "no end date" has room.
    const padR = Math.max(Math.round(2.5 * em), hasOpen ? openWidth + OPEN_FADE / 2 : 0);
    const breakWidth = Math.round(2 * em);

    // 1. What is on the axis: events' periods, and the spans' ends and (uncut) starts.
    const events = (this.events ?? [])
      .map((event) => ({ event, period: eventPeriod(event) }))
      .filter((e): e is { event: TimelineEvent; period: Period } => e.period !== null);
    const eventStart = events.length ? Math.min(...events.map((e) => +e.period.start)) : Infinity;
    const inputs: TimeInput[] = events.map((e) => e.period);
    const dayStarts = new Set<number>();
    for (const { event, period } of events)
      if (event.precision === 'day') dayStarts.add(+period.start);
    const spans = (this.tracks ?? []).map((track) =>
      (track.spans ?? []).flatMap((span) => {
        const start = parseIsoDate(span.start);
        if (!start) return [];
        const endDate = span.end ? parseIsoDate(span.end) : null;
        return [{ span, start: +start.date, end: endDate ? +periodEnd(endDate) : null, endDate }];
      }),
    );
    for (const row of spans) {
      for (const s of row) {
        if (s.endDate) {
          inputs.push({ start: s.endDate.date, end: s.end! });
          if (s.endDate.precision === 'day') dayStarts.add(+s.endDate.date);
        }
      }
    }
    const domainStart = Math.min(
      eventStart,
      ...spans.flat().flatMap((s) => (s.endDate ? [+s.endDate.date] : [])),
    );
    for (const row of spans) {
      for (const s of row) {
        // A start before the first date on the axis does not stretch it: the bar is cut.
        if (Number.isFinite(domainStart) && s.start < domainStart) continue;
        inputs.push(s.start);
        dayStarts.add(s.start);
      }
    }

    // 2. The scale: as wide as the box, or wider so that close days stay apart.
    const gapOptions = {
      gaps: this.gaps === 'linear' ? 'linear' : 'compress',
      breakWidth,
    } as const;
    let scale = compressGaps(inputs, [padL, Math.max(padL, view - padR)], gapOptions);
    const starts = [...new Set(events.map((e) => +e.period.start))].sort((a, b) => a - b);
    let closest = Infinity;
    for (let i = 1; i < starts.length; i++) {
      const [a, b] = [starts[i - 1]!, starts[i]!];
      if (!scale.breaks.some((br) => +br.start >= a && +br.end <= b))
        closest = Math.min(closest, b - a);
    }
    let width = view;
    if (Number.isFinite(closest) && closest > 0) {
      const kept = scale.segments.reduce((sum, s) => sum + (+s.end - +s.start), 0);
      const needed = Math.ceil(
        kept * (MIN_DAY_SPACING / closest) + scale.breaks.length * breakWidth + padL + padR,
      );
      width = Math.max(view, Math.min(needed, MAX_PLOT_WIDTH));
      if (width > view) scale = compressGaps(inputs, [padL, width - padR], gapOptions);
    }
    const dayPx = DAY_MS * scale.pxPerMs;

    // 3. Markers and their labels, placed in lanes (per category row with lanes="category").
    const categoryIndex = new Map((this.categories ?? []).map((c, i) => [c.id, i]));
    const labelMax = LABEL_MAX_EM * em;
    const sorted = events
      .map(({ event, period }) => {
        const month = event.precision === 'month';
        const x0 = scale.x(period.start);
        const x1 = scale.x(period.end ?? period.start);
        const x = month ? x0 : scale.x(+period.start + DAY_MS / 2);
        const weight = event.key ? 700 : 400;
        const measured = textWidth(event.title, font(LABEL_SIZE, weight));
        const labelWidth =
          Math.ceil(Math.min(measured + 1, labelMax)) + LABEL_PAD[0] + LABEL_PAD[1];
        return { event, month, x, x0, x1, labelWidth };
      })
      .sort((a, b) => a.x - b.x);

    const rowKeys: string[] = [];
    if (mode === 'category') {
      for (const c of this.categories ?? []) {
        if (sorted.some((m) => m.event.category === c.id)) rowKeys.push(c.id);
      }
      for (const m of sorted)
        if (!rowKeys.includes(m.event.category)) rowKeys.push(m.event.category);
    } else {
      rowKeys.push('');
    }
    const maxLanes = MAX_LANES[mode];
    const markers: MarkerBox[] = [];
    const labels: LabelBoxLayout[] = [];
    const rows: RowBox[] = [];
    let y = Math.round(0.5 * em);
    const markerSize = (key: boolean) => Math.round((key ? 1 : 0.625) * em);
    const markerHalf = Math.ceil(markerSize(true) / 2) + 3;
    for (const rowKey of rowKeys) {
      const items = sorted.filter((m) => mode === 'auto' || m.event.category === rowKey);
      const boxes = items.map((m) => {
        const flip = m.x + m.labelWidth > width - 2;
        return { x: flip ? m.x - m.labelWidth : m.x, width: m.labelWidth, flip };
      });
      let placed = placeLabels(boxes, { width, minGap: 10, maxLanes });
      for (let extra = 1; extra <= KEY_EXTRA_LANES; extra++) {
        if (!placed.some((p, i) => p.lane < 0 && items[i]!.event.key)) break;
        placed = placeLabels(boxes, { width, minGap: 10, maxLanes: maxLanes + extra });
      }
      const lanes = Math.max(0, ...placed.map((p) => p.lane + 1));
      const rowTop = y;
      if (mode === 'category') y += headH + 4;
      const lanesTop = y;
      const lineY = lanesTop + lanes * pitch + Math.round(0.5 * em) + markerHalf;
      if (mode === 'category') {
        const c = (this.categories ?? []).find((cat) => cat.id === rowKey);
        rows.push({
          label: c?.label ?? rowKey,
          color: categoryColor(rowKey, categoryIndex.get(rowKey)),
          top: rowTop,
          lineY,
        });
      }
      items.forEach((m, i) => {
        const size = markerSize(!!m.event.key);
        markers.push({
          id: m.event.id,
          key: !!m.event.key,
          month: m.month,
          color: categoryColor(m.event.category, categoryIndex.get(m.event.category)),
          x: m.x,
          x0: m.month ? m.x0 : m.x - size / 2,
          x1: m.month ? m.x1 : m.x + size / 2,
          y: lineY,
          size: m.month ? Math.round(size * 0.75) : size,
        });
        const p = placed[i]!;
        if (p.lane < 0) return; // no room: the marker stays, the card tells the rest
        const top = lanesTop + (lanes - 1 - p.lane) * pitch;
        const flip = boxes[i]!.flip;
        const flush = flip
          ? Math.abs(p.left + m.labelWidth - m.x) < 0.5
          : Math.abs(p.left - m.x) < 0.5;
        labels.push({
          id: m.event.id,
          text: m.event.title,
          key: !!m.event.key,
          left: p.left,
          top,
          width: m.labelWidth,
          flip,
          stem: { x: m.x, top: flush ? top + 2 : top + labelH, bottom: lineY },
        });
      });
      y = lineY + markerHalf + (mode === 'category' ? Math.round(0.5 * em) : 0);
    }
    const axisY = mode === 'category' ? y : markers.length ? markers[0]!.y : y + markerHalf;
    if (mode === 'auto' && !markers.length) y = axisY;

    // 4. Ticks: the finest interval whose widest label fits, plus a tick at each segment start.
    const tickFont = font(TICK_SIZE);
    const gap = Math.round(em);
    let minSpacing = textWidth('Sep 30', tickFont) + gap;
    let chosen = timeTicks(scale, { minSpacing });
    let texts: string[] = [];
    for (let i = 0; i < 4; i++) {
      chosen = timeTicks(scale, { minSpacing });
      texts = tickTexts(
        chosen.ticks.map((t) => t.date),
        chosen.interval,
        this.locale,
      );
      const widest = Math.max(0, ...texts.map((t) => textWidth(t, tickFont)));
      if (widest + gap <= minSpacing) break;
      minSpacing = widest + gap;
    }
    const yearTicks = chosen.interval === 'year';
    const centreOffset = chosen.interval === 'day' ? dayPx / 2 : 0;
    const regular: TickBox[] = chosen.ticks.map((t, i) => {
      const w = textWidth(texts[i]!, tickFont);
      const x = t.x + centreOffset;
      return { x, text: texts[i]!, labelLeft: x - w / 2, edge: false, w } as TickBox & {
        w: number;
      };
    });
    const edges: (TickBox & { w: number })[] = [];
    for (const segment of scale.segments) {
      const start = +segment.start;
      const options: Intl.DateTimeFormatOptions = dayStarts.has(start)
        ? { month: 'short', day: 'numeric' }
        : { month: 'short' };
      if (yearTicks) options.year = 'numeric';
      const text = formatTick(segment.start, this.locale, options);
      const w = textWidth(text, tickFont);
      const previous = edges[edges.length - 1];
      if (previous && segment.x0 < previous.x + previous.w + gap / 2) continue;
      edges.push({ x: segment.x0, text, labelLeft: segment.x0, edge: true, w });
    }
    const clear = (t: TickBox & { w: number }) =>
      t.labelLeft >= 0 &&
      t.labelLeft + t.w <= width &&
      !edges.some(
        (e) =>
          t.labelLeft < e.labelLeft + e.w + gap / 2 && t.labelLeft + t.w + gap / 2 > e.labelLeft,
      ) &&
      !scale.breaks.some((b) => t.labelLeft < b.x1 && t.labelLeft + t.w > b.x0);
    const ticks: TickBox[] = [...edges, ...(regular as (TickBox & { w: number })[]).filter(clear)]
      .sort((a, b) => a.x - b.x)
      .map(({ x, text, labelLeft, edge }) => ({ x, text, labelLeft, edge }));

    // Years: one band per year within each segment, so the year is written after every break;
    // its label sticks to the left edge of the view while the band is in view.
    const years: AxisLayout['years'] = [];
    if (!yearTicks) {
      for (const segment of scale.segments) {
        let t = +segment.start;
        do {
          const next = +utcYear.offset(utcYear.floor(new Date(t)), 1);
          years.push({ x0: scale.x(t), x1: 0, text: String(new Date(t).getUTCFullYear()) });
          t = next;
        } while (t < +segment.end);
      }
      years.forEach((yr, i) => (yr.x1 = years[i + 1]?.x0 ?? width));
    }

    // 5. Tracks: bars from x(start) to x(end of the end date); labels inside when they fit.
    const axisBlock = 8 + tickH + 2 + tickH;
    y = axisY + axisBlock + Math.round(0.75 * em);
    const tracks: TrackBox[] = [];
    (this.tracks ?? []).forEach((track, t) => {
      const rowSpans = spans[t]!;
      const top = y;
      const barTop = top + headH + 4;
      const boxes: SpanBox[] = rowSpans.map((s, i) => {
        const cut = Number.isFinite(domainStart) && s.start < domainStart;
        const open = s.end === null;
        const x0 = cut ? 0 : scale.x(s.start);
        const x1 = open ? width : scale.x(s.end!);
        const nextX0 = rowSpans[i + 1]
          ? scale.x(Math.max(rowSpans[i + 1]!.start, domainStart))
          : x1;
        const note = cut ? `since ${formatIsoDate(s.span.start, this.locale)}` : '';
        const name = s.span.label;
        const labelWidth = Math.ceil(
          textWidth(name, spanFontBold) + (note ? textWidth(` · ${note}`, spanFont) : 0) + 4,
        );
        // The label must fit in the bar's first unbroken stretch, before the next bar.
        const firstBreak = scale.breaks.find((b) => b.x0 > x0 && b.x0 < x1)?.x0 ?? Infinity;
        const visibleEnd = Math.min(
          x1 - (open ? openWidth + OPEN_FADE / 2 : 0),
          nextX0,
          firstBreak,
        );
        const room = visibleEnd - Math.max(x0, 0);
        const inside = labelWidth + 16 <= room;
        return {
          id: s.span.id,
          x0,
          x1,
          cut,
          open,
          alt: i % 2 === 1,
          name,
          note,
          inside,
          labelLeft: 0,
          labelTop: 0,
          labelWidth: inside
            ? labelWidth + 16
            : labelWidth + (open ? textWidth(' · no end date', spanFont) : 0) + 4,
          openText: open && inside,
        };
      });
      const outside = boxes.filter((b) => !b.inside);
      const placedOut = placeLabels(
        outside.map((b) => ({ x: Math.max(b.x0, 0), width: b.labelWidth })),
        { width, minGap: 10 },
      );
      outside.forEach((b, i) => {
        b.labelLeft = placedOut[i]!.left - b.x0;
        b.labelTop = barH + 2 + Math.max(0, placedOut[i]!.lane) * spanLane;
      });
      const outLanes = Math.max(0, ...placedOut.map((p) => p.lane + 1));
      tracks.push({ id: track.id, label: track.label, top, barTop, spans: boxes });
      y = barTop + barH + (outLanes ? 2 + outLanes * spanLane : 0) + Math.round(0.75 * em);
    });
    const height = Math.ceil(tracks.length ? y : axisY + axisBlock + 4);

    // 6. Breaks, with marks wherever a line or a bar is cut.
    const breaks = scale.breaks.map((b) => {
      const marks = [axisY, ...rows.map((r) => r.lineY)];
      for (const track of tracks) {
        if (track.spans.some((s) => s.x0 < b.x0 && s.x1 > b.x1))
          marks.push(track.barTop + barH / 2);
      }
      return { x0: b.x0, x1: b.x1, marks };
    });

    return {
      width,
      height,
      view,
      scale,
      axisY,
      markers,
      labels,
      ticks,
      years,
      breaks,
      rows,
      tracks,
      vars: {
        width: `${width}px`,
        height: `${height}px`,
        '--_ax-label-h': `${labelH}px`,
        '--_ax-label-size': `${labelPx}px`,
        '--_ax-tick-h': `${tickH}px`,
        '--_ax-head-h': `${headH}px`,
        '--_ax-bar-h': `${barH}px`,
        '--_ax-span-lane': `${spanLane}px`,
        '--_ax-span-size': `${SPAN_SIZE * em}px`,
        '--_ax-fade': `${OPEN_FADE}px`,
      },
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Pointer: pick on click, pan by dragging with a mouse.

  private _onPointerDown(e: PointerEvent): void {
    this._suppressClick = false;
    const viewport = e.currentTarget as HTMLElement;
    if (e.pointerType !== 'mouse' || e.button !== 0) return;
    if (viewport.scrollWidth <= viewport.clientWidth) return;
    this._drag = {
      pointerId: e.pointerId,
      x: e.clientX,
      scroll: viewport.scrollLeft,
      moved: false,
    };
  }

  private _onPointerMove(e: PointerEvent): void {
    const drag = this._drag;
    if (!drag || e.pointerId !== drag.pointerId) return;
    const viewport = e.currentTarget as HTMLElement;
    const dx = e.clientX - drag.x;
    if (!drag.moved) {
      if (Math.abs(dx) < 4) return;
      drag.moved = true;
      viewport.setPointerCapture?.(e.pointerId);
      viewport.classList.add('dragging');
    }
    viewport.scrollLeft = drag.scroll - dx;
  }

  private _onPointerUp(e: PointerEvent): void {
    const drag = this._drag;
    if (!drag || e.pointerId !== drag.pointerId) return;
    const viewport = e.currentTarget as HTMLElement;
    if (drag.moved) {
      this._suppressClick = true;
      viewport.classList.remove('dragging');
      if (viewport.hasPointerCapture?.(e.pointerId)) viewport.releasePointerCapture(e.pointerId);
    }
    this._drag = null;
  }

  /** Keeps a click from focusing the viewport (which must stay out of the focus order). */
  private _onMouseDown(e: MouseEvent): void {
    e.preventDefault();
  }

  private _onClick(e: MouseEvent): void {
    if (this._suppressClick) {
      this._suppressClick = false;
      return;
    }
    const hit = (e.target as Element).closest<HTMLElement>('.marker, .label');
    const id = hit?.dataset.id;
    if (!id) return;
    this.dispatchEvent(
      new CustomEvent<NtAxisPickDetail>('nt-axis-pick', {
        detail: { id },
        bubbles: true,
        composed: false,
      }),
    );
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering.

  override render(): TemplateResult {
    const layout = this._layout;
    if (!layout) return html``;
    const pannable = layout.width > layout.view;
    return html`<div class="root" aria-hidden="true">
      <div
        class="viewport ${pannable ? 'pannable' : ''}"
        tabindex="-1"
        @pointerdown=${this._onPointerDown}
        @pointermove=${this._onPointerMove}
        @pointerup=${this._onPointerUp}
        @pointercancel=${this._onPointerUp}
        @mousedown=${this._onMouseDown}
        @click=${this._onClick}
      >
        <div class="plot" style=${styleMap(layout.vars)}>
          ${layout.breaks.map((b) => this._renderBreak(b, layout.height))}
          ${layout.rows.map(
            (r) =>
              html`<div
                  class="row-head"
                  part="row"
                  style="top: ${r.top}px; width: ${layout.width}px"
                >
                  <span style=${styleMap({ '--_cat': r.color })}
                    ><span class="swatch"></span>${r.label}</span
                  >
                </div>
                <div class="row-line" style="top: ${r.lineY}px; width: ${layout.width}px"></div>`,
          )}
          ${this._renderAxis(layout)} ${layout.tracks.map((t) => this._renderTrack(t, layout))}
          ${repeat(
            layout.labels,
            (l) => l.id,
            (l) =>
              html`<div
                class="stem ${l.id === this.selectedId ? 'selected' : ''}"
                style="left: ${l.stem.x - 0.5}px; top: ${l.stem.top}px; height: ${
                  l.stem.bottom - l.stem.top
                }px"
              ></div>`,
          )}
          ${repeat(
            layout.markers,
            (m) => m.id,
            (m) => this._renderMarker(m),
          )}
          ${repeat(
            layout.labels,
            (l) => l.id,
            (l) =>
              html`<div
                class="label ${l.key ? 'key' : ''} ${l.flip ? 'flip' : ''} ${
                  l.id === this.selectedId ? 'selected' : ''
                } ${l.id === this.activeId ? 'active' : ''}"
                part="label"
                data-id=${l.id}
                style="left: ${l.left}px; top: ${l.top}px; width: ${l.width}px"
              >
                ${l.text}
              </div>`,
          )}
        </div>
      </div>
    </div>`;
  }

  private _renderMarker(m: MarkerBox): TemplateResult {
    const classes = [
      'marker',
      m.key ? 'key' : '',
      m.month ? 'month' : '',
      m.id === this.selectedId ? 'selected' : '',
      m.id === this.activeId ? 'active' : '',
    ].join(' ');
    const style = m.month
      ? {
          left: `${m.x0}px`,
          width: `${m.x1 - m.x0}px`,
          top: `${m.y - m.size / 2}px`,
          height: `${m.size}px`,
        }
      : {
          left: `${m.x - m.size / 2}px`,
          width: `${m.size}px`,
          top: `${m.y - m.size / 2}px`,
          height: `${m.size}px`,
        };
    return html`<div
      class=${classes}
      part="marker"
      data-id=${m.id}
      style=${styleMap({ ...style, '--_cat': m.color })}
    ></div>`;
  }

  private _renderBreak(b: AxisLayout['breaks'][number], height: number): TemplateResult {
    const w = b.x1 - b.x0;
    const h = 6;
    const paths = b.marks.map((y) => {
      const a = w * 0.32;
      const c = w * 0.56;
      const d = 5;
      return svg`<path d="M${a - d / 2},${y + h} L${a + d / 2},${y - h} M${c - d / 2},${y + h} L${
        c + d / 2
      },${y - h}"></path>`;
    });
    return html`<div
      class="break"
      part="break"
      style="left: ${b.x0}px; width: ${w}px; height: ${height}px"
    >
      <svg width=${w} height=${height} viewBox="0 0 ${w} ${height}">${paths}</svg>
    </div>`;
  }

  private _renderAxis(layout: AxisLayout): TemplateResult {
    return html`<div
      class="axis"
      part="axis"
      style="top: ${layout.axisY}px; width: ${layout.width}px"
    >
      ${layout.ticks.map(
        (t) =>
          html`<div class="tick ${t.edge ? 'edge' : ''}" part="tick" style="left: ${t.x - 0.5}px">
            <span class="tick-label" style="left: ${t.labelLeft - t.x + 0.5}px">${t.text}</span>
          </div>`,
      )}
      ${layout.years.map(
        (yr) =>
          html`<div
            class="year-band"
            style="left: ${yr.x0}px; width: ${yr.x1 - yr.x0}px; top: calc(8px + var(--_ax-tick-h) + 2px)"
          >
            <span class="year" part="year">${yr.text}</span>
          </div>`,
      )}
    </div>`;
  }

  private _renderTrack(track: TrackBox, layout: AxisLayout): TemplateResult {
    return html`<div
        class="track-head"
        part="track"
        style="top: ${track.top}px; width: ${layout.width}px"
      >
        <span>${track.label}</span>
      </div>
      ${track.spans.map(
        (s) =>
          html`<div
            class="span ${s.alt ? 'alt' : ''} ${s.cut ? 'cut' : ''} ${s.open ? 'open' : ''}"
            part="span"
            data-id=${s.id}
            style="left: ${s.x0}px; width: ${s.x1 - s.x0}px; top: ${track.barTop}px"
          >
            <span
              class="span-label ${s.inside ? 'inside' : 'outside'}"
              style=${
                s.inside ? nothing : styleMap({ left: `${s.labelLeft}px`, top: `${s.labelTop}px` })
              }
              ><span class="span-name">${s.name}</span>${
                s.note ? html`<span class="span-note"> · ${s.note}</span>` : nothing
              }${
                s.open && !s.inside ? html`<span class="span-note"> · no end date</span>` : nothing
              }</span
            >
            ${s.openText ? html`<span class="span-open">no end date →</span>` : nothing}
          </div>`,
      )}`;
  }
}

/** Tick labels without the year, which the row of years gives (except for yearly ticks). */
function tickTexts(dates: Date[], interval: string, locale: string): string[] {
  return tickFormats(dates).map((options, i) => {
    const { year, ...rest } = options;
    const keep = interval === 'year' || !Object.keys(rest).length ? { ...rest, year } : rest;
    return formatTick(dates[i]!, locale, keep);
  });
}

declare global {
  interface HTMLElementTagNameMap {
    'news-timeline-axis': NewsTimelineAxis;
  }
}
