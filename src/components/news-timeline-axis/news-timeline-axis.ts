import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleProps } from '../../directives/style-props.js';
import { utcYear } from 'd3-time';
import { parseIsoDate, periodEnd } from '../../data/dates.js';
import { formatIsoDate } from '../../data/format.js';
import type {
  TimelineCategory,
  TimelineEvent,
  TimelineSpan,
  TimelineTrack,
} from '../../data/types.js';
import {
  DAY_MS,
  compressGaps,
  eventPeriod,
  formatTick,
  placeLabels,
  tickFormats,
  timeTicks,
  type CompressGapsOptions,
  type GapScale,
  type MsPeriod,
  type TimeInput,
  type TimeTicks,
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
/**
 * Least distance between the markers of two consecutive distinct days in one segment. Small on
 * purpose: the whole IRS story (278 days once its empty summer and winter are cut) fits a
 * 1,280 px screen, so readers see its rhythm at a glance; adjacent days may touch, and each is
 * still reachable through its label and the keyboard.
 */
export const MIN_DAY_SPACING = 3;
/** The widest the plot gets; beyond it days are drawn closer than MIN_DAY_SPACING. */
const MAX_PLOT_WIDTH = 9600;
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
/** Least free space between two labels of a lane. */
const LABEL_GAP = 10;
/** The fading end of an open span, and what it says. */
const OPEN_FADE = 72;
const OPEN_TEXT = 'no end date →';
/** Distance from the axis line to the top of the tick labels (see `.tick-label`). */
const TICK_TOP = 8;

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

interface YearBox {
  x0: number;
  x1: number;
  text: string;
}

interface AxisLayout {
  width: number;
  height: number;
  view: number;
  axisY: number;
  markers: MarkerBox[];
  labels: LabelBoxLayout[];
  ticks: TickBox[];
  years: YearBox[];
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
 * @cssprop --nt-color-text - Labels and years. Default: `#1b1c1e`.
 * @cssprop --nt-color-text-muted - Tick labels, row headings, "no end date". Default: `#55595f`.
 * @cssprop --nt-color-background - Behind labels and breaks. Default: `#ffffff`.
 * @cssprop --nt-color-line - Axis, stems, rows, and (tinted) span bars. Default: `#8a8f98`.
 * @cssprop --nt-color-focus - The ring on the keyboard-active marker. Default: `#0b57b8`.
 * @cssprop --nt-font-weight-strong - Weight of key events' labels and the years. Default: `700`.
 * @cssprop --nt-line-width - Twice the width of the axis line. Default: `2px`.
 * @cssprop --nt-color-category-<id> - Colour of the markers of the category with that id. Default: the palette of `<news-timeline>`, else grey.
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
    const metrics = axisMetrics(
      parseFloat(computed.fontSize) || 16,
      computed.fontFamily || 'sans-serif',
      (this.tracks ?? []).some((t) => (t.spans ?? []).some((s) => !s.end)),
    );
    // Before the first resize observation, the element's own width (0 if not laid out yet).
    const view = Math.floor(this._size.width || this.clientWidth) || 720;
    const data = axisData(this.events ?? [], this.tracks ?? []);
    const { scale, width } = plotScale(data, view, metrics, this.gaps);
    const mode: AxisLanes = this.lanes === 'category' ? 'category' : 'auto';
    const events = layoutEvents(data, scale, width, metrics, mode, this.categories ?? []);
    const { ticks, years } = layoutTicks(scale, width, metrics, this.locale, data.dayStarts);
    const trackTop = events.axisY + metrics.axisBlock + Math.round(0.75 * metrics.em);
    const tracks = layoutTracks(data, scale, width, trackTop, metrics, this.locale);
    const height = Math.ceil(
      tracks.boxes.length ? tracks.bottom : events.axisY + metrics.axisBlock + 4,
    );
    const breaks = scale.breaks.map((b) => {
      // Marks wherever the break cuts a line or a bar.
      const marks = [events.axisY, ...events.rows.map((r) => r.lineY)];
      for (const track of tracks.boxes) {
        if (track.spans.some((s) => s.x0 < b.x0 && s.x1 > b.x1)) {
          marks.push(track.barTop + metrics.barH / 2);
        }
      }
      return { x0: b.x0, x1: b.x1, marks };
    });
    const px = (n: number) => `${n}px`;
    return {
      width,
      height,
      view,
      axisY: events.axisY,
      markers: events.markers,
      labels: events.labels,
      rows: events.rows,
      ticks,
      years,
      breaks,
      tracks: tracks.boxes,
      vars: {
        width: px(width),
        height: px(height),
        '--_ax-label-h': px(metrics.labelH),
        '--_ax-label-size': px(LABEL_SIZE * metrics.em),
        '--_ax-tick-h': px(metrics.tickH),
        '--_ax-head-h': px(metrics.headH),
        '--_ax-bar-h': px(metrics.barH),
        '--_ax-span-lane': px(metrics.spanLane),
        '--_ax-span-size': px(SPAN_SIZE * metrics.em),
        '--_ax-fade': px(OPEN_FADE),
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
        <div class="plot" ${styleProps(layout.vars)}>
          ${layout.breaks.map((b) => this._renderBreak(b, layout.height))}
          ${layout.rows.map(
            (r) =>
              html`<div
                  class="row-head"
                  part="row"
                  ${styleProps({ top: `${r.top}px`, width: `${layout.width}px` })}
                >
                  <span ${styleProps({ '--_cat': r.color })}
                    ><span class="swatch"></span>${r.label}</span
                  >
                </div>
                <div
                  class="row-line"
                  ${styleProps({ top: `${r.lineY}px`, width: `${layout.width}px` })}
                ></div>`,
          )}
          ${
            layout.rows.length
              ? layout.ticks.map(
                  (t) =>
                    html`<div
                      class="grid"
                      ${styleProps({
                        left: `${t.x - 0.5}px`,
                        top: `${layout.rows[0]!.top}px`,
                        height: `${layout.axisY - layout.rows[0]!.top}px`,
                      })}
                    ></div>`,
                )
              : nothing
          }
          ${this._renderAxis(layout)} ${layout.tracks.map((t) => this._renderTrack(t, layout))}
          ${repeat(
            layout.labels,
            (l) => l.id,
            (l) =>
              html`<div
                class="stem ${l.id === this.selectedId ? 'selected' : ''}"
                ${styleProps({
                  left: `${l.stem.x - 0.5}px`,
                  top: `${l.stem.top}px`,
                  height: `${l.stem.bottom - l.stem.top}px`,
                })}
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
                ${styleProps({ left: `${l.left}px`, top: `${l.top}px`, width: `${l.width}px` })}
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
      ${styleProps({ ...style, '--_cat': m.color })}
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
      ${styleProps({ left: `${b.x0}px`, width: `${w}px`, height: `${height}px` })}
    >
      <svg width=${w} height=${height} viewBox="0 0 ${w} ${height}">${paths}</svg>
    </div>`;
  }

  private _renderAxis(layout: AxisLayout): TemplateResult {
    return html`<div
      class="axis"
      part="axis"
      ${styleProps({ top: `${layout.axisY}px`, width: `${layout.width}px` })}
    >
      ${layout.ticks.map(
        (t) =>
          html`<div
            class="tick ${t.edge ? 'edge' : ''}"
            part="tick"
            ${styleProps({ left: `${t.x - 0.5}px` })}
          >
            <span class="tick-label" ${styleProps({ left: `${t.labelLeft - t.x + 0.5}px` })}
              >${t.text}</span
            >
          </div>`,
      )}
      ${layout.years.map(
        (yr) =>
          html`<div
            class="year-band"
            ${styleProps({ left: `${yr.x0}px`, width: `${yr.x1 - yr.x0}px`, top: `calc(${TICK_TOP}px + var(--_ax-tick-h) + 2px)` })}
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
        ${styleProps({ top: `${track.top}px`, width: `${layout.width}px` })}
      >
        <span>${track.label}</span>
      </div>
      ${track.spans.map(
        (s) =>
          html`<div
            class="span ${s.alt ? 'alt' : ''} ${s.cut ? 'cut' : ''} ${s.open ? 'open' : ''}"
            part="span"
            data-id=${s.id}
            ${styleProps({ left: `${s.x0}px`, width: `${s.x1 - s.x0}px`, top: `${track.barTop}px` })}
          >
            <span
              class="span-label ${s.inside ? 'inside' : 'outside'}"
              ${styleProps(s.inside ? {} : { left: `${s.labelLeft}px`, top: `${s.labelTop}px` })}
              ><span class="span-name">${s.name}</span>${
                s.note ? html`<span class="span-note"> · ${s.note}</span>` : nothing
              }${
                s.open && !s.inside ? html`<span class="span-note"> · no end date</span>` : nothing
              }</span
            >
            ${s.open && s.inside ? html`<span class="span-open">${OPEN_TEXT}</span>` : nothing}
          </div>`,
      )}`;
  }
}

// -----------------------------------------------------------------------------------------------
// The layout, step by step: plain data in, plain data out, before any DOM exists. Only text
// widths come from outside (a canvas, in the element's font).

/** Sizes in px, from the element's font size. */
interface Metrics {
  em: number;
  family: string;
  labelH: number;
  pitch: number;
  tickH: number;
  headH: number;
  barH: number;
  spanLane: number;
  padL: number;
  padR: number;
  breakWidth: number;
  gap: number;
  markerHalf: number;
  axisBlock: number;
  openWidth: number;
}

function font(m: Pick<Metrics, 'em' | 'family'>, size: number, weight = 400): string {
  return `${weight} ${size * m.em}px ${m.family}`;
}

function markerSize(em: number, key: boolean): number {
  return Math.round((key ? 1 : 0.625) * em);
}

function axisMetrics(em: number, family: string, hasOpenSpan: boolean): Metrics {
  const labelH = Math.ceil(LABEL_SIZE * em * 1.5);
  const tickH = Math.ceil(TICK_SIZE * em * 1.4);
  const openWidth = Math.ceil(textWidth(OPEN_TEXT, font({ em, family }, SPAN_SIZE))) + 10;
  return {
    em,
    family,
    labelH,
    pitch: labelH + 5,
    tickH,
    headH: Math.ceil(0.6875 * em * 1.6),
    barH: Math.ceil(SPAN_SIZE * em * 1.9),
    spanLane: Math.ceil(SPAN_SIZE * em * 1.5),
    padL: Math.round(1.75 * em),
    // An open span fades out past the last date, where its "no end date" has room.
    padR: Math.max(Math.round(2.5 * em), hasOpenSpan ? openWidth + OPEN_FADE / 2 : 0),
    breakWidth: Math.round(2 * em),
    gap: Math.round(em),
    markerHalf: Math.ceil(markerSize(em, true) / 2) + 3,
    axisBlock: TICK_TOP + tickH + 2 + tickH,
    openWidth,
  };
}

interface SpanTime {
  span: TimelineSpan;
  start: number;
  /** Exclusive end of the end date's day or month; `null` when no end is known. */
  end: number | null;
  /** Starts before the axis: drawn from the left edge, its start written out. */
  cut: boolean;
}

interface AxisData {
  events: { event: TimelineEvent; period: MsPeriod }[];
  tracks: { track: TimelineTrack; spans: SpanTime[] }[];
  /** Everything the time domain must hold. */
  inputs: TimeInput[];
  /** Dates known to the day (the others are months), for the labels of segment starts. */
  dayStarts: Set<number>;
}

/**
 * What is on the axis: each event's period; each span's end date and, unless it comes before
 * everything else (then the bar is cut at the left edge rather than stretching the axis), its
 * start. An open end adds nothing: it is not a date.
 */
function axisData(events: readonly TimelineEvent[], tracks: readonly TimelineTrack[]): AxisData {
  const placed = events.flatMap((event) => {
    const p = eventPeriod(event);
    return p ? [{ event, period: { start: +p.start, end: +(p.end ?? p.start) } }] : [];
  });
  const dayStarts = new Set<number>();
  for (const { event, period } of placed) {
    if (event.precision === 'day') dayStarts.add(period.start);
  }
  const inputs: TimeInput[] = placed.map((e) => e.period);
  const parsed = tracks.map((track) =>
    (track.spans ?? []).flatMap((span) => {
      const start = parseIsoDate(span.start);
      if (!start) return [];
      const end = span.end ? parseIsoDate(span.end) : null;
      return [{ span, start, end }];
    }),
  );
  const ends = parsed.flat().flatMap((s) => (s.end ? [s.end] : []));
  for (const end of ends) {
    inputs.push({ start: end.date, end: periodEnd(end) });
    if (end.precision === 'day') dayStarts.add(+end.date);
  }
  const first = Math.min(...placed.map((e) => e.period.start), ...ends.map((e) => +e.date));
  const rows = parsed.map((row, t) => ({
    track: tracks[t]!,
    spans: row.map(({ span, start, end }): SpanTime => {
      const cut = Number.isFinite(first) && +start.date < first;
      if (!cut) {
        inputs.push(start.date);
        if (start.precision === 'day') dayStarts.add(+start.date);
      }
      return { span, start: +start.date, end: end ? +periodEnd(end) : null, cut };
    }),
  }));
  return { events: placed, tracks: rows, inputs, dayStarts };
}

/**
 * The scale, and the plot's width: the box's width, or more when two consecutive distinct days
 * of one segment would be closer than MIN_DAY_SPACING px, up to MAX_PLOT_WIDTH. Breaks keep
 * their width; only the segments grow.
 */
function plotScale(
  data: AxisData,
  view: number,
  m: Metrics,
  gaps: AxisGaps,
): { scale: GapScale; width: number } {
  const options: CompressGapsOptions = {
    gaps: gaps === 'linear' ? 'linear' : 'compress',
    breakWidth: m.breakWidth,
  };
  const range = (w: number): [number, number] => [m.padL, Math.max(m.padL, w - m.padR)];
  const starts = [...new Set(data.events.map((e) => e.period.start))].sort((a, b) => a - b);
  let scale = compressGaps(data.inputs, range(view), options);
  let width = view;
  // Which gaps are cut depends on the px per ms, so widen, cut again, and widen again if need be.
  for (let i = 0; i < 3; i++) {
    let closest = Infinity;
    for (let j = 1; j < starts.length; j++) {
      const [a, b] = [starts[j - 1]!, starts[j]!];
      if (!scale.breaks.some((br) => +br.start >= a && +br.end <= b)) {
        closest = Math.min(closest, b - a);
      }
    }
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

/**
 * Markers and labels. Each label is a one-line flag beside a stem from its marker: left-anchored
 * at the marker, or right-anchored near the right edge. Labels go in lanes above the marker line
 * (one set of lanes, or one per category row) with `placeLabels`, so that none overlaps another
 * or is clipped; a label with no room is left out (its event is still a marker, and the card
 * tells it), except that lanes are added, a few at most, for the story's key events.
 */
function layoutEvents(
  data: AxisData,
  scale: GapScale,
  width: number,
  m: Metrics,
  mode: AxisLanes,
  categories: readonly TimelineCategory[],
): { markers: MarkerBox[]; labels: LabelBoxLayout[]; rows: RowBox[]; axisY: number } {
  const categoryIndex = new Map(categories.map((c, i) => [c.id, i]));
  const colour = (id: string) => categoryColor(id, categoryIndex.get(id));
  const labelMax = LABEL_MAX_EM * m.em;
  const items = data.events
    .map(({ event, period }) => {
      const month = event.precision === 'month';
      const x0 = scale.x(period.start);
      const x1 = scale.x(period.end);
      // A day's marker stands in the middle of its day, a month's band covers the month.
      const x = month ? x0 : scale.x(period.start + DAY_MS / 2);
      const text = textWidth(event.title, font(m, LABEL_SIZE, event.key ? 700 : 400));
      const labelWidth = Math.ceil(Math.min(text + 1, labelMax)) + LABEL_PAD[0] + LABEL_PAD[1];
      const flip = x + labelWidth > width - 2;
      return { event, month, x, x0, x1, labelWidth, flip, anchor: flip ? x - labelWidth : x };
    })
    .sort((a, b) => a.anchor - b.anchor);

  const rowKeys: string[] = [''];
  if (mode === 'category') {
    rowKeys.length = 0;
    for (const c of categories) {
      if (items.some((i) => i.event.category === c.id)) rowKeys.push(c.id);
    }
    for (const i of items) if (!rowKeys.includes(i.event.category)) rowKeys.push(i.event.category);
  }
  const markers: MarkerBox[] = [];
  const labels: LabelBoxLayout[] = [];
  const rows: RowBox[] = [];
  let y = Math.round(0.5 * m.em);
  for (const rowKey of rowKeys) {
    const inRow = items.filter((i) => mode === 'auto' || i.event.category === rowKey);
    const boxes = inRow.map((i) => ({ x: i.anchor, width: i.labelWidth }));
    const maxLanes = MAX_LANES[mode];
    let placed = placeLabels(boxes, { width, minGap: LABEL_GAP, maxLanes });
    for (let extra = 1; extra <= KEY_EXTRA_LANES; extra++) {
      if (!placed.some((p, k) => p.lane < 0 && inRow[k]!.event.key)) break;
      placed = placeLabels(boxes, { width, minGap: LABEL_GAP, maxLanes: maxLanes + extra });
    }
    const lanes = Math.max(0, ...placed.map((p) => p.lane + 1));
    const rowTop = y;
    if (mode === 'category') y += m.headH + 4;
    const lineY = y + lanes * m.pitch + Math.round(0.5 * m.em) + m.markerHalf;
    if (mode === 'category') {
      const label = categories.find((c) => c.id === rowKey)?.label ?? rowKey;
      rows.push({ label, color: colour(rowKey), top: rowTop, lineY });
    }
    inRow.forEach((item, k) => {
      const size = markerSize(m.em, !!item.event.key);
      markers.push({
        id: item.event.id,
        key: !!item.event.key,
        month: item.month,
        color: colour(item.event.category),
        x: item.x,
        x0: item.month ? item.x0 : item.x - size / 2,
        x1: item.month ? item.x1 : item.x + size / 2,
        y: lineY,
        size: item.month ? Math.round(size * 0.75) : size,
      });
      const p = placed[k]!;
      if (p.lane < 0) return;
      const top = y + (lanes - 1 - p.lane) * m.pitch;
      // A label moved off its marker (only ever at an edge) hangs from its stem.
      const flush = Math.abs(p.left - item.anchor) < 0.5;
      labels.push({
        id: item.event.id,
        text: item.event.title,
        key: !!item.event.key,
        left: p.left,
        top,
        width: item.labelWidth,
        flip: item.flip,
        stem: { x: item.x, top: flush ? top + 2 : top + m.labelH, bottom: lineY },
      });
    });
    y = lineY + m.markerHalf + (mode === 'category' ? Math.round(0.5 * m.em) : 0);
  }
  // With rows, the axis sits under the last one, a little apart from its line.
  const axisY =
    mode === 'category' ? y + Math.round(0.75 * m.em) : markers.length ? markers[0]!.y : y;
  return { markers, labels, rows, axisY };
}

/**
 * Ticks: the finest interval whose widest label (measured) fits, from `timeTicks`; a tick at the
 * start of every segment, since short segments get none and a reader who pans past a break
 * needs to know where they landed; regular ticks that would crowd those, a break or an edge are
 * left out. Years go on their own row, one band per year and segment, so a year is written at
 * the start and after every break and (sticky) stays in view while panning.
 */
function layoutTicks(
  scale: GapScale,
  width: number,
  m: Metrics,
  locale: string,
  dayStarts: ReadonlySet<number>,
): { ticks: TickBox[]; years: YearBox[] } {
  const tickFont = font(m, TICK_SIZE);
  const measure = (text: string) => textWidth(text, tickFont);
  let minSpacing = measure('Sep 30') + m.gap;
  let chosen = timeTicks(scale, { minSpacing });
  let texts = tickTexts(chosen, locale);
  for (let i = 0; i < 4; i++) {
    const widest = Math.max(0, ...texts.map(measure));
    if (widest + m.gap <= minSpacing) break;
    minSpacing = widest + m.gap;
    chosen = timeTicks(scale, { minSpacing });
    texts = tickTexts(chosen, locale);
  }
  const yearly = chosen.interval === 'year';
  // Daily ticks name a day: they stand in its middle, like the markers.
  const shift = chosen.interval === 'day' ? (DAY_MS * scale.pxPerMs) / 2 : 0;

  const edges: (TickBox & { w: number; date: number })[] = [];
  for (const segment of scale.segments) {
    const options: Intl.DateTimeFormatOptions = dayStarts.has(+segment.start)
      ? { month: 'short', day: 'numeric' }
      : { month: 'short' };
    if (yearly) options.year = 'numeric';
    const text = formatTick(segment.start, locale, options);
    const w = measure(text);
    const previous = edges[edges.length - 1];
    if (previous && segment.x0 < previous.labelLeft + previous.w + m.gap / 2) continue;
    // A label that would run into the next break or off the plot is left out.
    const right = segment.x0 + w;
    if (right > width || scale.breaks.some((br) => br.x0 < right && br.x1 > segment.x0)) continue;
    edges.push({ x: segment.x0, text, labelLeft: segment.x0, edge: true, w, date: +segment.start });
  }
  const regular = chosen.ticks.map((t, i) => {
    const w = measure(texts[i]!);
    const x = t.x + shift;
    return { x, text: texts[i]!, labelLeft: x - w / 2, edge: false, w, date: +t.date };
  });
  const apart = (a: { labelLeft: number; w: number }, b: { labelLeft: number; w: number }) =>
    a.labelLeft + a.w + m.gap / 2 <= b.labelLeft || b.labelLeft + b.w + m.gap / 2 <= a.labelLeft;
  const clear = regular.filter(
    (t) =>
      t.labelLeft >= 0 &&
      t.labelLeft + t.w <= width &&
      edges.every((e) => apart(t, e) && e.date !== t.date) &&
      scale.breaks.every((b) => t.labelLeft >= b.x1 || t.labelLeft + t.w <= b.x0),
  );
  const ticks = [...edges, ...clear]
    .sort((a, b) => a.x - b.x)
    .map(({ x, text, labelLeft, edge }) => ({ x, text, labelLeft, edge }));

  const years: YearBox[] = [];
  if (!yearly) {
    for (const segment of scale.segments) {
      let t = +segment.start;
      do {
        years.push({ x0: scale.x(t), x1: width, text: String(new Date(t).getUTCFullYear()) });
        t = +utcYear.offset(utcYear.floor(new Date(t)), 1);
      } while (t < +segment.end);
    }
    years.forEach((year, i) => (year.x1 = years[i + 1]?.x0 ?? width));
  }
  return { ticks, years };
}

/** Tick labels without the year, which the row of years gives (except for yearly ticks). */
function tickTexts(chosen: TimeTicks, locale: string): string[] {
  const dates = chosen.ticks.map((t) => t.date);
  return tickFormats(dates).map((options, i) => {
    const { year, ...rest } = options;
    const keep = chosen.interval === 'year' || !Object.keys(rest).length ? { ...rest, year } : rest;
    return formatTick(dates[i]!, locale, keep);
  });
}

/**
 * Tracks: a row each, with a heading and bars running exactly from x(start) to x(end of the end
 * date), the later bar over the handover day. A cut bar starts at the left edge and says since
 * when; an open one runs to the right edge, fading, and says "no end date". A name goes inside
 * its bar when it fits in the bar's first unbroken stretch, else under it, in lanes.
 */
function layoutTracks(
  data: AxisData,
  scale: GapScale,
  width: number,
  top: number,
  m: Metrics,
  locale: string,
): { boxes: TrackBox[]; bottom: number } {
  const regular = font(m, SPAN_SIZE);
  const bold = font(m, SPAN_SIZE, 600);
  const boxes: TrackBox[] = [];
  let y = top;
  for (const { track, spans: row } of data.tracks) {
    const barTop = y + m.headH + 4;
    const spans = row.map((s, i): SpanBox => {
      const x0 = s.cut ? 0 : scale.x(s.start);
      const open = s.end === null;
      const x1 = open ? width : scale.x(s.end!);
      const next = row[i + 1];
      const nextX0 = next ? (next.cut ? 0 : scale.x(next.start)) : x1;
      const note = s.cut ? `since ${formatIsoDate(s.span.start, locale)}` : '';
      const text = Math.ceil(
        textWidth(s.span.label, bold) + (note ? textWidth(` · ${note}`, regular) : 0) + 4,
      );
      const firstBreak = scale.breaks.find((b) => b.x0 > x0 && b.x0 < x1)?.x0 ?? Infinity;
      const end = Math.min(x1 - (open ? m.openWidth + OPEN_FADE / 2 : 0), nextX0, firstBreak);
      const inside = text + 16 <= end - x0;
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
        labelWidth: inside ? text + 16 : text + (open ? textWidth(' · no end date', regular) : 0),
      };
    });
    const outside = spans.filter((s) => !s.inside);
    const placed = placeLabels(
      outside.map((s) => ({ x: s.x0, width: s.labelWidth })),
      { width, minGap: LABEL_GAP },
    );
    outside.forEach((s, i) => {
      s.labelLeft = placed[i]!.left - s.x0;
      s.labelTop = m.barH + 2 + Math.max(0, placed[i]!.lane) * m.spanLane;
    });
    const lanes = Math.max(0, ...placed.map((p) => p.lane + 1));
    boxes.push({ id: track.id, label: track.label, top: y, barTop, spans });
    y = barTop + m.barH + (lanes ? 2 + lanes * m.spanLane : 0) + Math.round(0.75 * m.em);
  }
  return { boxes, bottom: y };
}

declare global {
  interface HTMLElementTagNameMap {
    'news-timeline-axis': NewsTimelineAxis;
  }
}
