import { css } from 'lit';

/**
 * The axis inherits its colours from `<news-timeline>`'s private tokens (custom properties cross
 * shadow roots), read once here into the axis's own private `--_ax-*` properties. The fallbacks
 * are the public `--nt-*` properties and then the light defaults, so the element also renders
 * on its own. Geometry (`--_ax-label-h`, `--_ax-bar-h`, …) is set on the plot by the layout, in
 * px, so what is drawn is exactly what was placed.
 */
export const base = css`
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
`;
