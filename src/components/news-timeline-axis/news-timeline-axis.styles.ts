import { css } from 'lit';

/**
 * The axis inherits its colours from `<news-timeline>`'s private tokens (custom properties cross
 * shadow roots), read once here into the axis's own private `--_ax-*` properties. The fallbacks
 * are the public `--nt-*` properties and then the light defaults, so the element also renders
 * on its own. Geometry (`--_ax-label-h`, `--_ax-bar-h`, …) is set on the plot by the layout, in
 * px, so what is drawn is exactly what was placed.
 */
export const styles = css`
  :host {
    --_ax-text: var(--_color-text, var(--nt-color-text, #1b1c1e));
    --_ax-muted: var(--_color-text-muted, var(--nt-color-text-muted, #55595f));
    --_ax-bg: var(--_color-background, var(--nt-color-background, #ffffff));
    --_ax-line: var(--_color-line, var(--nt-color-line, #8a8f98));
    --_ax-focus: var(--_color-focus, var(--nt-color-focus, #0b57b8));
    --_ax-accent: var(--_color-accent, var(--nt-color-accent, #0b57b8));
    --_ax-neutral: var(--_palette-neutral, #6b7079);
    --_ax-strong: var(--_font-weight-strong, var(--nt-font-weight-strong, 700));
    --_ax-line-width: var(--_line-width, var(--nt-line-width, 2px));
    /* Bars of the tracks: two calm tints of the line colour, alternating. */
    --_ax-bar-a: color-mix(in srgb, var(--_ax-line) 34%, var(--_ax-bg));
    --_ax-bar-b: color-mix(in srgb, var(--_ax-line) 20%, var(--_ax-bg));

    display: block;
    box-sizing: border-box;
    min-width: 0;
    max-width: 100%;
    /* The drawing never widens its container: its width is the container's, its plot scrolls. */
    contain: inline-size;
    color: var(--_ax-text);
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .viewport {
    position: relative;
    width: 100%;
    overflow-x: auto;
    overflow-y: hidden;
    /* Horizontal overscroll stays here (no history swipe); vertical scrolling is the page's. */
    overscroll-behavior-x: contain;
    scrollbar-width: thin;
    scrollbar-color: var(--_ax-line) transparent;
    outline: none;
  }

  .viewport.pannable {
    cursor: grab;
  }

  .viewport.dragging {
    cursor: grabbing;
  }

  .plot {
    position: relative;
    user-select: none;
    -webkit-user-select: none;
    font-variant-numeric: tabular-nums;
  }

  /* Breaks: a strip of background cuts the axis, the rows and the bars; marks show the cut. */
  .break {
    position: absolute;
    top: 0;
    z-index: 1;
    background: var(--_ax-bg);
  }

  .break svg {
    position: absolute;
    inset: 0;
    overflow: visible;
  }

  .break path {
    fill: none;
    stroke: var(--_ax-muted);
    stroke-width: 1.5;
    stroke-linecap: round;
  }

  /* Category rows. */
  .row-line {
    position: absolute;
    left: 0;
    height: 0;
    border-top: 1px solid color-mix(in srgb, var(--_ax-line) 55%, transparent);
  }

  .row-head,
  .track-head {
    position: absolute;
    left: 0;
    z-index: 2;
    display: flex;
    height: var(--_ax-head-h);
    pointer-events: none;
  }

  .row-head span,
  .track-head span {
    position: sticky;
    left: 0;
    display: inline-flex;
    align-items: center;
    gap: 0.45em;
    height: var(--_ax-head-h);
    padding: 0 0.5em 0 0;
    background: var(--_ax-bg);
    color: var(--_ax-muted);
    font-size: 0.6875em;
    font-weight: var(--_ax-strong);
    line-height: var(--_ax-head-h);
    letter-spacing: 0.06em;
    text-transform: uppercase;
    white-space: nowrap;
  }

  .row-head .swatch {
    width: 0.75em;
    height: 0.75em;
    border-radius: 50%;
    background: var(--_cat, var(--_ax-neutral));
  }

  /* With a row per category, faint gridlines carry the ticks up through the rows. */
  .grid {
    position: absolute;
    width: 1px;
    background: color-mix(in srgb, var(--_ax-line) 22%, transparent);
  }

  /* The axis: a hairline with ticks, tick labels and a row of years under it. */
  .axis {
    position: absolute;
    left: 0;
    height: 0;
    border-top: calc(var(--_ax-line-width) / 2) solid var(--_ax-line);
  }

  .tick {
    position: absolute;
    top: 0;
    width: 1px;
    height: 5px;
    background: var(--_ax-line);
  }

  .tick.edge {
    height: 9px;
    background: var(--_ax-muted);
  }

  .tick-label {
    position: absolute;
    top: 8px;
    color: var(--_ax-muted);
    font-size: 0.75em;
    line-height: var(--_ax-tick-h);
    white-space: nowrap;
  }

  .tick.edge .tick-label {
    color: var(--_ax-text);
  }

  .year-band {
    position: absolute;
    height: var(--_ax-tick-h);
    pointer-events: none;
  }

  .year {
    position: sticky;
    left: 0;
    z-index: 2;
    display: inline-block;
    padding: 0 0.4em 0 0;
    color: var(--_ax-text);
    font-size: 0.75em;
    font-weight: var(--_ax-strong);
    line-height: var(--_ax-tick-h);
    white-space: nowrap;
  }

  /* Markers: a ring per day, a band per month or year; key events larger and filled. */
  .marker {
    position: absolute;
    z-index: 3;
    border: 2px solid var(--_cat, var(--_ax-neutral));
    border-radius: 50%;
    background: var(--_ax-bg);
    cursor: pointer;
  }

  /* A larger, invisible target for pointers and fingers. */
  .marker::after {
    content: '';
    position: absolute;
    inset: -8px;
  }

  .marker.key {
    border-color: var(--_ax-bg);
    background: var(--_cat, var(--_ax-neutral));
    box-shadow: 0 0 0 1.5px var(--_cat, var(--_ax-neutral));
  }

  .marker.band {
    border-width: 1.5px;
    border-radius: 999px;
    background: color-mix(in srgb, var(--_cat, var(--_ax-neutral)) 30%, var(--_ax-bg));
  }

  .marker.band.key {
    border-color: var(--_cat, var(--_ax-neutral));
    background: var(--_cat, var(--_ax-neutral));
    box-shadow: 0 0 0 2px var(--_ax-bg);
  }

  .marker.selected {
    background: var(--_cat, var(--_ax-neutral));
    border-color: var(--_ax-bg);
    box-shadow:
      0 0 0 2px var(--_cat, var(--_ax-neutral)),
      0 0 0 4px var(--_ax-bg),
      0 0 0 6px var(--_ax-text);
  }

  .marker.active {
    outline: 2px solid var(--_ax-focus);
    outline-offset: 3px;
  }

  .marker.key.active,
  .marker.band.active {
    outline-offset: 4px;
  }

  /* Outside the selection ring. */
  .marker.selected.active {
    outline-offset: 9px;
  }

  .stem {
    position: absolute;
    z-index: 2;
    width: 1px;
    background: color-mix(in srgb, var(--_ax-line) 80%, transparent);
    pointer-events: none;
  }

  .stem.selected {
    width: 2px;
    background: var(--_ax-text);
  }

  /* Labels: one line, flag-like beside their stem, opaque so stems behind them stop there. */
  .label {
    position: absolute;
    z-index: 4;
    display: flex;
    height: var(--_ax-label-h);
    padding-block: 0;
    padding-inline: 6px 4px;
    overflow: hidden;
    border-radius: 2px;
    background: var(--_ax-bg);
    color: var(--_ax-text);
    font-size: var(--_ax-label-size);
    line-height: var(--_ax-label-h);
    white-space: nowrap;
    cursor: pointer;
  }

  .label .text {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  .label .full {
    display: none;
  }

  /* The count of the events a label stands for: at its end, in the accent colour. */
  .count {
    flex: none;
    margin-inline-start: auto;
    font-size: 0.923em;
    font-weight: var(--_ax-strong);
    color: var(--_ax-accent);
    text-align: end;
  }

  .label.chip .count {
    margin-inline-start: 0;
    text-align: center;
  }

  .count:hover {
    text-decoration: underline;
  }

  /* The keyboard's place shows the whole title, over its neighbours. */
  .label.active:has(.full) {
    z-index: 6;
    width: max-content !important;
  }

  .label.active .full {
    display: inline;
  }

  .label.active:has(.full) .text {
    display: none;
  }

  /* A label whose stem is at its end (at the right edge of a left-to-right drawing). */
  .label.flip {
    justify-content: flex-end;
    padding-inline: 4px 6px;
  }

  .label.key {
    font-weight: var(--_ax-strong);
  }

  .label:hover {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .label.selected {
    background: var(--_ax-text);
    color: var(--_ax-bg);
  }

  .label.active {
    outline: 2px solid var(--_ax-focus);
    outline-offset: 1px;
  }

  /* Tracks: bars from start to end, the later bar over the handover day. */
  .span {
    position: absolute;
    height: var(--_ax-bar-h);
    border-radius: 2px;
    background: var(--_ax-bar-a);
    /* A hairline of background marks where one bar starts over the one before. */
    box-shadow: inset 2px 0 0 var(--_ax-bg);
  }

  .span.alt {
    background: var(--_ax-bar-b);
  }

  .span.cut {
    border-radius: 0 2px 2px 0;
    box-shadow: none;
    background: linear-gradient(to right, transparent, var(--_ax-bar-a) 14px);
  }

  .span.cut.alt {
    background: linear-gradient(to right, transparent, var(--_ax-bar-b) 14px);
  }

  .span.open {
    border-radius: 2px 0 0 2px;
    background: linear-gradient(
      to right,
      var(--_ax-bar-a) calc(100% - var(--_ax-fade)),
      transparent
    );
  }

  .span.open.alt {
    background: linear-gradient(
      to right,
      var(--_ax-bar-b) calc(100% - var(--_ax-fade)),
      transparent
    );
  }

  .span-label {
    position: absolute;
    z-index: 2;
    top: 0;
    left: 0;
    height: var(--_ax-bar-h);
    color: var(--_ax-text);
    font-size: var(--_ax-span-size);
    line-height: var(--_ax-bar-h);
    white-space: nowrap;
    pointer-events: none;
  }

  .span-label.inside {
    position: sticky;
    display: inline-block;
    padding: 0 8px;
  }

  .span-label.outside {
    height: var(--_ax-span-lane);
    line-height: var(--_ax-span-lane);
    padding: 0 2px;
    background: var(--_ax-bg);
  }

  .span-name {
    font-weight: 600;
  }

  .span-note {
    color: var(--_ax-muted);
  }

  .span-label.inside .span-note {
    color: var(--_ax-text);
  }

  .span-open {
    position: absolute;
    z-index: 2;
    top: 0;
    right: 4px;
    color: var(--_ax-muted);
    font-size: var(--_ax-span-size);
    font-style: italic;
    line-height: var(--_ax-bar-h);
    white-space: nowrap;
    pointer-events: none;
  }

  /*
   * Right-to-left pages: the layout comes mirrored (time runs right to left), the viewport is
   * dir="rtl"; what sticks to the start of the view and what fades turn around with it.
   */
  .rtl .row-head span,
  .rtl .track-head span {
    left: auto;
    right: 0;
    padding: 0 0 0 0.5em;
  }

  .rtl .year {
    left: auto;
    right: 0;
    padding: 0 0 0 0.4em;
  }

  .rtl .span {
    box-shadow: inset -2px 0 0 var(--_ax-bg);
  }

  .rtl .span.cut {
    border-radius: 2px 0 0 2px;
    background: linear-gradient(to left, transparent, var(--_ax-bar-a) 14px);
  }

  .rtl .span.cut.alt {
    background: linear-gradient(to left, transparent, var(--_ax-bar-b) 14px);
  }

  .rtl .span.open {
    border-radius: 0 2px 2px 0;
    background: linear-gradient(
      to left,
      var(--_ax-bar-a) calc(100% - var(--_ax-fade)),
      transparent
    );
  }

  .rtl .span.open.alt {
    background: linear-gradient(
      to left,
      var(--_ax-bar-b) calc(100% - var(--_ax-fade)),
      transparent
    );
  }

  .rtl .span-label.inside {
    left: auto;
    right: 0;
  }

  .rtl .span-open {
    right: auto;
    left: 4px;
  }

  @media (forced-colors: active) {
    .marker,
    .marker.key,
    .marker.band,
    .span,
    .stem {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
      box-shadow: none;
    }
    .marker.key,
    .marker.selected,
    .stem {
      background: CanvasText;
    }
    .span {
      border: 1px solid CanvasText;
    }
    .marker.active,
    .label.active {
      outline-color: Highlight;
    }
  }
`;
