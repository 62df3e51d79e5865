import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { styleProps } from '../../directives/style-props.js';
import type { TimelineCategory, TimelineEvent, TimelineTrack } from '../../data/types.js';
import { axisPickEvent } from '../../events.js';
import { clockNamer } from '../../data/format.js';
import { layoutAxis, type AxisLayout } from '../../layout/axis-layout.js';
import type { TrackStrings } from '../../layout/track-layout.js';
import { en, type TimelineStrings } from '../../i18n/strings.js';
import { fill } from '../../i18n/format.js';
import type { TimelineGaps, TimelineLanes } from '../../options.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { PanController } from '../../controllers/pan-controller.js';
import { scrollBehavior } from '../../controllers/media.js';
import { categoryColor } from '../category-color.js';
import { canvasMeasure } from './measure.js';
import {
  plotVars,
  renderAxis,
  renderBreak,
  renderEvents,
  renderRows,
  renderTrack,
  type DrawState,
} from './templates.js';
import { styles } from './news-timeline-axis.styles.js';

export { MIN_DAY_SPACING } from '../../layout/axis-metrics.js';
export type { NtAxisPickDetail, NtAxisPickEvent } from '../../events.js';

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
 * @csspart label - An event's one-line label (`data-id`): its short `label` or its title, cut at
 *   a word when long (the whole title on hover and while it has the keyboard's place).
 * @csspart count - The count on a label ("+3") of the other events it stands for: events at the
 *   same spot, or whose labels found no room; picking it selects the first of them.
 * @csspart row - The heading of a category's row, with `lanes="category"`.
 * @csspart track - The heading of a track's row.
 * @csspart span - A bar of a track (`data-id`), from its start to the end of its end date.
 *
 * @cssprop --nt-color-text - Labels and years. Default: `#1b1c1e`.
 * @cssprop --nt-color-text-muted - Tick labels, row headings, "no end date". Default: `#55595f`.
 * @cssprop --nt-color-background - Behind labels and breaks. Default: `#ffffff`.
 * @cssprop --nt-color-line - Axis, stems, rows, and (tinted) span bars. Default: `#8a8f98`.
 * @cssprop --nt-color-focus - The ring on the keyboard-active marker. Default: `#0b57b8`.
 * @cssprop --nt-color-accent - The counts on labels ("+3"). Default: `#0b57b8`.
 * @cssprop --nt-font-weight-strong - Weight of key events' labels and the years. Default: `700`.
 * @cssprop --nt-line-width - Twice the width of the axis line. Default: `2px`.
 * @cssprop --nt-color-category-<id> - Colour of the markers of the category with that id. Default: the palette of `<news-timeline>`, else grey.
 */
export class NewsTimelineAxis extends LitElement {
  static override styles = styles;

  /** The events to draw, in chronological order (already validated). */
  @property({ attribute: false }) events: TimelineEvent[] = [];

  /** Rows of spans drawn under the axis. Spans' ends count in the time domain; a start before
   * the first event is cut at the left edge and written out ("since March 2023"). */
  @property({ attribute: false }) tracks: TimelineTrack[] = [];

  /** The dataset's categories: colours by position, and the row labels of `lanes="category"`. */
  @property({ attribute: false }) categories: TimelineCategory[] = [];

  /** BCP 47 locale of tick labels and dates (shown on the story's wall clock). */
  @property({ attribute: false }) locale = 'en-US';

  /**
   * The story's IANA time zone, when its events have times: the days under hourly ticks say its
   * name ("Tue, Nov 4 · CST"). Without it, times show the offset they were written with.
   */
  @property({ attribute: false }) timeZone: string | undefined;

  /** `compress` (default) cuts long empty gaps into marked breaks; `linear` keeps all to scale. */
  @property({ reflect: true }) gaps: TimelineGaps = 'compress';

  /** `auto` (default): markers on the axis, labels stacked above; `category`: a row each. */
  @property({ reflect: true }) lanes: TimelineLanes = 'auto';

  /**
   * `rtl` mirrors the drawing for right-to-left pages: time runs from right to left, the earliest
   * event on the right, and the drawing starts scrolled to its right end. Default `ltr`.
   */
  @property({ attribute: false }) direction: 'ltr' | 'rtl' = 'ltr';

  /**
   * The interface's words (the `<news-timeline>` strings table): "no end date", "since …".
   * Default: English.
   */
  @property({ attribute: false }) strings: TimelineStrings | undefined;

  /** The id of the selected event, drawn selected. */
  @property({ attribute: false }) selectedId: string | null = null;

  /** The id of the keyboard-active event: its marker gets a focus ring. */
  @property({ attribute: false }) activeId: string | null = null;

  /** Lays out again when the width differs from the one the drawing was laid out for. */
  private readonly _size = new ResizeController(this, {
    shouldUpdate: ({ width }) => Math.floor(width) !== this._layout?.view,
  });
  private readonly _pan = new PanController(this);
  /** The layout drawn; a plain object from `layoutAxis`. */
  private _layout: AxisLayout | null = null;

  /** The layout drawn now (`null` before the first update): what each marker and label is. */
  get layout(): AxisLayout | null {
    return this._layout;
  }

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
    const computed = getComputedStyle(this);
    const zoneName = clockNamer(
      this.timeZone,
      (this.events ?? []).map((e) => e.date),
      this.locale,
    );
    this._layout = layoutAxis({
      ...(zoneName ? { zoneName } : {}),
      events: this.events ?? [],
      tracks: this.tracks ?? [],
      categories: this.categories ?? [],
      // Before the first resize observation, the element's own width (0 if not laid out yet).
      width: this._size.width || this.getBoundingClientRect().width,
      em: parseFloat(computed.fontSize) || 16,
      measure: canvasMeasure(computed.fontFamily || 'sans-serif'),
      locale: this.locale,
      gaps: this.gaps === 'linear' ? 'linear' : 'compress',
      lanes: this.lanes === 'category' ? 'category' : 'auto',
      strings: this._trackStrings(),
      direction: this.direction === 'rtl' ? 'rtl' : 'ltr',
    });
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
    const { clientWidth } = viewport;
    // A right-to-left viewport counts scrollLeft from its right end, in negative numbers.
    const offset = this.direction === 'rtl' ? viewport.scrollWidth - clientWidth : 0;
    const scrollLeft = viewport.scrollLeft + offset;
    if (lo >= scrollLeft && hi <= scrollLeft + clientWidth) return;
    const left = hi - lo <= clientWidth ? (lo + hi) / 2 - clientWidth / 2 : lo;
    const target = Math.max(0, Math.min(left, viewport.scrollWidth - clientWidth));
    viewport.scrollTo({ left: target - offset, behavior: scrollBehavior() });
  }

  /** The words on the tracks' bars, from the strings table, the arrow pointing the way time runs. */
  private _trackStrings(): TrackStrings {
    const t = this.strings ?? en;
    const locale = this.locale;
    const rtl = this.direction === 'rtl';
    return {
      openEnd: rtl ? t.openEnd.replace('→', '←') : t.openEnd,
      noEndDate: t.noEndDate,
      since: (date) => fill(t.since, { date }, locale),
    };
  }

  private get _viewport(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.viewport');
  }

  /** Keeps a click from focusing the viewport (which must stay out of the focus order). */
  private _onMouseDown(e: MouseEvent): void {
    e.preventDefault();
  }

  private _onClick(e: MouseEvent): void {
    if (this._pan.consumeClick()) return;
    const hit = (e.target as Element).closest<HTMLElement>('.count, .marker, .label');
    const id = hit?.dataset.id;
    if (id) this.dispatchEvent(axisPickEvent(id));
  }

  override render(): TemplateResult {
    const layout = this._layout;
    if (!layout) return html``;
    const index = new Map((this.categories ?? []).map((c, i) => [c.id, i]));
    const rtl = this.direction === 'rtl';
    const state: DrawState = {
      selectedId: this.selectedId,
      activeId: this.activeId,
      colour: (id) => categoryColor(id, index.get(id)),
      strings: this._trackStrings(),
      rtl,
    };
    const pan = this._pan;
    return html`<div class="root ${rtl ? 'rtl' : ''}" aria-hidden="true">
      <div
        class="viewport ${layout.width > layout.view ? 'pannable' : ''}"
        dir=${rtl ? 'rtl' : 'ltr'}
        tabindex="-1"
        @pointerdown=${pan.onPointerDown}
        @pointermove=${pan.onPointerMove}
        @pointerup=${pan.onPointerUp}
        @pointercancel=${pan.onPointerUp}
        @mousedown=${this._onMouseDown}
        @click=${this._onClick}
      >
        <div class="plot" ${styleProps(plotVars(layout))}>
          ${layout.breaks.map((b) => renderBreak(b, layout.height))} ${renderRows(layout, state)}
          ${renderAxis(layout)} ${layout.tracks.map((t) => renderTrack(t, layout, state))}
          ${renderEvents(layout, state)}
        </div>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'news-timeline-axis': NewsTimelineAxis;
  }
}
