/**
 * The drawing's templates: each renders one kind of box of an {@link AxisLayout}, positioned in
 * px through the CSSOM (`styleProps`, safe under a strict CSP). No layout is computed here.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleProps } from '../../directives/style-props.js';
import type { AxisLayout, BreakBox } from '../../layout/axis-layout.js';
import { LABEL_SIZE, OPEN_FADE, SPAN_SIZE, TICK_TOP } from '../../layout/axis-metrics.js';
import type { EventLabel, MarkerBox } from '../../layout/event-layout.js';
import type { TrackBox, TrackStrings } from '../../layout/track-layout.js';

/** What changes without a new layout: the selection, the keyboard's place, the colours. */
export interface DrawState {
  selectedId: string | null;
  activeId: string | null;
  /** The CSS colour of a category id. */
  colour: (category: string) => string;
  strings: TrackStrings;
  /** The drawing is mirrored for a right-to-left page. */
  rtl: boolean;
}

const px = (n: number) => `${n}px`;

/** The layout's sizes as the plot's inline size and private `--_ax-*` properties. */
export function plotVars(layout: AxisLayout): Record<string, string> {
  const m = layout.metrics;
  return {
    width: px(layout.width),
    height: px(layout.height),
    '--_ax-label-h': px(m.labelH),
    '--_ax-label-size': px(LABEL_SIZE * m.em),
    '--_ax-tick-h': px(m.tickH),
    '--_ax-head-h': px(m.headH),
    '--_ax-bar-h': px(m.barH),
    '--_ax-span-lane': px(m.spanLane),
    '--_ax-span-size': px(SPAN_SIZE * m.em),
    '--_ax-fade': px(OPEN_FADE),
  };
}

/** A cut-out gap: a strip of background with two slanted marks on every line it cuts. */
export function renderBreak(b: BreakBox, height: number): TemplateResult {
  const w = b.x1 - b.x0;
  const h = 6;
  const [a, c, d] = [w * 0.32, w * 0.56, 5];
  const paths = b.marks.map(
    (y) =>
      svg`<path d="M${a - d / 2},${y + h} L${a + d / 2},${y - h} M${c - d / 2},${y + h} L${
        c + d / 2
      },${y - h}"></path>`,
  );
  return html`<div
    class="break"
    part="break"
    ${styleProps({ left: px(b.x0), width: px(w), height: px(height) })}
  >
    <svg width=${w} height=${height} viewBox="0 0 ${w} ${height}">${paths}</svg>
  </div>`;
}

/** The headings and lines of the category rows, with gridlines at the ticks. */
export function renderRows(layout: AxisLayout, state: DrawState): TemplateResult[] {
  const rows = layout.rows.map(
    (r) =>
      html`<div
          class="row-head"
          part="row"
          ${styleProps({ top: px(r.top), width: px(layout.width) })}
        >
          <span ${styleProps({ '--_cat': state.colour(r.category) })}
            ><span class="swatch"></span><bdi>${r.label}</bdi></span
          >
        </div>
        <div class="row-line" ${styleProps({ top: px(r.lineY), width: px(layout.width) })}></div>`,
  );
  const first = layout.rows[0];
  const grid = first
    ? layout.ticks.map(
        (t) =>
          html`<div
            class="grid"
            ${styleProps({
              left: px(t.x - 0.5),
              top: px(first.top),
              height: px(layout.axisY - first.top),
            })}
          ></div>`,
      )
    : [];
  return [...rows, ...grid];
}

/** The time axis: its ticks with their labels, and the sticky years beneath. */
export function renderAxis(layout: AxisLayout): TemplateResult {
  return html`<div
    class="axis"
    part="axis"
    ${styleProps({ top: px(layout.axisY), width: px(layout.width) })}
  >
    ${layout.ticks.map(
      (t) =>
        html`<div
          class="tick ${t.edge ? 'edge' : ''}"
          part="tick"
          ${styleProps({ left: px(t.x - 0.5) })}
        >
          <span class="tick-label" dir="auto" ${styleProps({ left: px(t.labelLeft - t.x + 0.5) })}
            >${t.text}</span
          >
        </div>`,
    )}
    ${layout.years.map(
      (yr) =>
        html`<div
          class="year-band"
          ${styleProps({
            left: px(yr.x0),
            width: px(yr.x1 - yr.x0),
            top: `calc(${TICK_TOP}px + var(--_ax-tick-h) + 2px)`,
          })}
        >
          <span class="year" part="year">${yr.text}</span>
        </div>`,
    )}
  </div>`;
}

/** A track's heading and its bars, each with its name inside or under it. */
export function renderTrack(track: TrackBox, layout: AxisLayout, state: DrawState): TemplateResult {
  const { openEnd, noEndDate } = state.strings;
  return html`<div
      class="track-head"
      part="track"
      ${styleProps({ top: px(track.top), width: px(layout.width) })}
    >
      <span dir="auto">${track.label}</span>
    </div>
    ${track.spans.map(
      (s) =>
        html`<div
          class="span ${s.alt ? 'alt' : ''} ${s.cut ? 'cut' : ''} ${s.open ? 'open' : ''}"
          part="span"
          data-id=${s.id}
          ${styleProps({ left: px(s.x0), width: px(s.x1 - s.x0), top: px(track.barTop) })}
        >
          <span
            class="span-label ${s.inside ? 'inside' : 'outside'}"
            ${styleProps(s.inside ? {} : { left: px(s.labelLeft), top: px(s.labelTop) })}
            ><bdi class="span-name">${s.name}</bdi>${
              s.note ? html`<span class="span-note"> · ${s.note}</span>` : nothing
            }${s.open && !s.inside ? html`<span class="span-note"> · ${noEndDate}</span>` : nothing}</span
          >
          ${s.open && s.inside ? html`<span class="span-open">${openEnd}</span>` : nothing}
        </div>`,
    )}`;
}

/** The stems, markers and labels of the events (keyed, so selection changes move nothing). */
export function renderEvents(layout: AxisLayout, state: DrawState): TemplateResult {
  const { selectedId } = state;
  return html`${repeat(
    layout.labels,
    (l) => l.id,
    (l) =>
      html`<div
        class="stem ${l.id === selectedId ? 'selected' : ''}"
        ${styleProps({
          left: px(l.stem.x - 0.5),
          top: px(l.stem.top),
          height: px(l.stem.bottom - l.stem.top),
        })}
      ></div>`,
  )}
  ${repeat(
    layout.markers,
    (m) => m.id,
    (m) => renderMarker(m, state),
  )}
  ${repeat(
    layout.labels,
    (l) => l.id,
    (l) => renderLabel(l, state),
  )}`;
}

/**
 * A label: its words (cut at a word when long), the whole title (shown instead while the event
 * has the keyboard's place), and the count of the other events it stands for.
 */
function renderLabel(l: EventLabel, state: DrawState): TemplateResult {
  // `flip` in the layout is physical (stem on the right); in a mirrored, right-to-left drawing
  // the stem on the right is at the label's start.
  const stemAtEnd = state.rtl ? !l.flip : l.flip;
  const classes = [
    'label',
    l.key ? 'key' : '',
    stemAtEnd ? 'flip' : '',
    l.text ? '' : 'chip',
    l.id === state.selectedId ? 'selected' : '',
    l.id === state.activeId ? 'active' : '',
  ].join(' ');
  const title = l.more.length ? `${l.full} (+${l.more.length})` : l.full;
  return html`<div
    class=${classes}
    part="label"
    data-id=${l.id}
    title=${title}
    ${styleProps({ left: px(l.left), top: px(l.top), width: px(l.width) })}
  >
    ${l.text ? html`<span class="text" dir="auto">${l.text}</span>` : nothing}
    ${l.text && l.text !== l.full ? html`<span class="full" dir="auto">${l.full}</span>` : nothing}
    ${
      l.more.length
        ? html`<span
            class="count"
            part="count"
            data-id=${l.more[0]}
            ${styleProps({ width: px(l.countWidth) })}
            >+${l.more.length}</span
          >`
        : nothing
    }
  </div>`;
}

function renderMarker(m: MarkerBox, state: DrawState): TemplateResult {
  const classes = [
    'marker',
    m.key ? 'key' : '',
    m.band ? 'band' : '',
    m.id === state.selectedId ? 'selected' : '',
    m.id === state.activeId ? 'active' : '',
  ].join(' ');
  const [left, width] = m.band ? [m.x0, m.x1 - m.x0] : [m.x - m.size / 2, m.size];
  return html`<div
    class=${classes}
    part="marker"
    data-id=${m.id}
    ${styleProps({
      left: px(left),
      width: px(width),
      top: px(m.y - m.size / 2),
      height: px(m.size),
      '--_cat': state.colour(m.category),
    })}
  ></div>`;
}
