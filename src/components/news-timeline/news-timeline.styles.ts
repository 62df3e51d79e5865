import { css } from 'lit';

/**
 * The dark values, for `theme="dark"` and for `theme="auto"` when the reader's system prefers a
 * dark scheme; written once, used in both rules below. Text pairs meet 4.5:1 and graphics 3:1 on
 * both background and surface.
 */
const dark = css`
  --_color-text: var(--nt-color-text, #eceef1);
  --_color-text-muted: var(--nt-color-text-muted, #aab0b8);
  --_color-background: var(--nt-color-background, #16181b);
  --_color-surface: var(--nt-color-surface, #22252a);
  --_color-accent: var(--nt-color-accent, #8cb8ff);
  --_color-line: var(--nt-color-line, #7b818b);
  --_color-focus: var(--nt-color-focus, #8cb8ff);
  --_color-error: var(--nt-color-error, #ff8a7a);
  --_palette-1: #7fb0ff;
  --_palette-2: #f0a24a;
  --_palette-3: #c4a0f5;
  --_palette-4: #ff8a7a;
  --_palette-5: #4fd1a2;
  --_palette-6: #c2d05e;
  --_palette-7: #f28cc4;
  --_palette-8: #8fc3d6;
  --_palette-neutral: #9aa0a9;
  color-scheme: dark;
`;

/**
 * Public `--nt-*` custom properties are read once, here on `:host`, into private `--_*`
 * properties; the rest of the sheet uses only the private ones. Light values are the default;
 * dark values apply with `theme="dark"`, or with `theme="auto"` (the default) when the reader's
 * system prefers a dark scheme. A public property set by the page wins in both.
 */
export const styles = css`
  :host {
    /* Light defaults. Text pairs meet 4.5:1 and graphics 3:1 on both background and surface. */
    --_font-family: var(--nt-font-family, inherit);
    --_font-size: var(--nt-font-size, inherit);
    --_line-height: var(--nt-line-height, 1.5);
    --_heading-font-family: var(--nt-heading-font-family, inherit);
    --_font-weight-strong: var(--nt-font-weight-strong, 700);
    --_line-width: var(--nt-line-width, 2px);
    --_color-text: var(--nt-color-text, #1b1c1e);
    --_color-text-muted: var(--nt-color-text-muted, #55595f);
    --_color-background: var(--nt-color-background, #ffffff);
    --_color-surface: var(--nt-color-surface, #f3f4f6);
    --_color-accent: var(--nt-color-accent, #0b57b8);
    --_color-line: var(--nt-color-line, #8a8f98);
    --_color-focus: var(--nt-color-focus, #0b57b8);
    --_color-error: var(--nt-color-error, #b42318);
    --_radius: var(--nt-radius, 6px);
    --_space: var(--nt-space, 0.5rem);
    --_shadow: var(--nt-shadow, none);
    --_max-width: var(--nt-max-width, none);
    --_palette-1: #1f5fa8;
    --_palette-2: #8a4b00;
    --_palette-3: #6d3fa3;
    --_palette-4: #b42318;
    --_palette-5: #0e7457;
    --_palette-6: #5e6b00;
    --_palette-7: #a3316f;
    --_palette-8: #3b6474;
    --_palette-neutral: #6b7079;

    display: block;
    box-sizing: border-box;
    max-width: var(--_max-width);
    color: var(--_color-text);
    background: var(--_color-background);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color-scheme: light;
    container-type: inline-size;
    container-name: nt;
  }

  :host([theme='dark']) {
    ${dark}
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light']):not([theme='dark'])) {
      ${dark}
    }
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .timeline {
    padding: calc(var(--_space) * 2);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  /* Header: heading, description, legend. */
  .heading,
  .title {
    font-family: var(--_heading-font-family);
  }

  /* Text from data sets its own direction and never reorders what surrounds it. */
  .heading,
  .description,
  .title,
  .summary {
    unicode-bidi: plaintext;
  }

  .heading {
    margin: 0 0 calc(var(--_space) * 0.5);
    font-size: 1.5em;
    line-height: 1.2;
    font-weight: var(--_font-weight-strong);
  }

  .description {
    margin: 0 0 calc(var(--_space) * 1.5);
    color: var(--_color-text-muted);
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5) calc(var(--_space) * 1.5);
    margin: 0 0 calc(var(--_space) * 2);
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }

  .legend li,
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }

  .swatch {
    flex: none;
    width: 0.75em;
    height: 0.75em;
    border-radius: 50%;
    background: var(--_cat);
    /* Keeps the swatch visible in forced-colours mode, where backgrounds are dropped. */
    border: 0.375em solid var(--_cat);
  }

  /* Like a key event's marker: larger, filled, with a ring. */
  .key-swatch {
    flex: none;
    border-radius: 50%;
    width: 0.9em;
    height: 0.9em;
    border: 0.45em solid var(--_color-text);
    box-shadow:
      0 0 0 2px var(--_color-background),
      0 0 0 3px var(--_color-text);
    margin-inline: 3px;
  }

  /* Filters: toggle buttons that double as the legend. */
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.75);
    margin: 0 0 calc(var(--_space) * 2);
  }

  button {
    font: inherit;
    color: inherit;
  }

  .filter {
    display: inline-flex;
    align-items: center;
    gap: 0.45em;
    min-height: 2.75em;
    padding: 0.25em 0.9em;
    border: 1px solid var(--_color-line);
    border-radius: 999px;
    background: var(--_color-background);
    color: var(--_color-text-muted);
    font-size: 0.875em;
    cursor: pointer;
  }

  .filter[aria-pressed='true'] {
    border: 2px solid var(--_color-text);
    background: var(--_color-surface);
    color: var(--_color-text);
    font-weight: var(--_font-weight-strong);
  }

  /* Unpressed: a hollow swatch, so the state never rests on colour alone. */
  .filter[aria-pressed='false'] .swatch,
  .filter[aria-pressed='false'] .key-swatch {
    background: transparent;
    border-width: 2px;
  }

  .copy-link-row {
    margin: calc(var(--_space) * 0.75) 0 0;
    font-size: 0.8125em;
  }

  .copy-link {
    padding: 0.2em 0.7em;
    border: 1px solid var(--_color-line);
    border-radius: var(--_radius);
    background: var(--_color-background);
    color: var(--_color-accent);
    cursor: pointer;
  }

  .link-text {
    display: block;
    margin-top: 0.25em;
    color: var(--_color-text-muted);
    overflow-wrap: anywhere;
    /* One tap selects the whole address. WebKit (Safari) knows only the prefixed property. */
    -webkit-user-select: all;
    user-select: all;
  }

  /* The list. */
  .events {
    position: relative;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /*
   * Long timelines (hundreds of events and more): off-screen items skip rendering until they are
   * scrolled to. Not for short ones: Chromium leaves skipped items out of the accessibility tree.
   */
  .events.long .item {
    content-visibility: auto;
    contain-intrinsic-size: auto 14em;
  }

  .item {
    position: relative;
    display: grid;
    grid-template-columns: 1.5em minmax(0, 1fr);
    column-gap: var(--_space);
  }

  /* The rail: a line through every marker, drawn per item so it follows the content. */
  .item::before {
    content: '';
    grid-column: 1;
    grid-row: 1 / span 2;
    justify-self: center;
    width: var(--_line-width);
    background: var(--_color-line);
  }

  /* The rail stops at the last marker. */
  .item:last-child::before {
    grid-row: 2;
    align-self: start;
    height: calc(var(--_space) + 0.8em);
  }

  .year {
    grid-column: 1 / -1;
    grid-row: 1;
    position: relative;
    z-index: 1;
    justify-self: start;
    margin: calc(var(--_space) * 1.5) 0 var(--_space);
    padding: 0.1em 0.6em;
    border: 1px solid var(--_color-line);
    border-radius: 999px;
    background: var(--_color-background);
    color: var(--_color-text);
    font-size: 0.875em;
    font-weight: var(--_font-weight-strong);
    line-height: 1.4;
  }

  .item:first-child .year {
    margin-top: 0;
  }

  .marker {
    grid-column: 1;
    grid-row: 2;
    justify-self: center;
    position: relative;
    z-index: 1;
    width: 0.875em;
    height: 0.875em;
    margin-top: calc(var(--_space) + 0.35em);
    border-radius: 50%;
    background: var(--_color-background);
    border: 3px solid var(--_cat);
  }

  .key .marker {
    width: 1.25em;
    height: 1.25em;
    margin-top: calc(var(--_space) + 0.15em);
    background: var(--_cat);
    box-shadow:
      0 0 0 3px var(--_color-background),
      0 0 0 5px var(--_cat);
  }

  .event {
    grid-column: 2;
    grid-row: 2;
    min-width: 0;
    margin: 0 0 calc(var(--_space) * 1.5);
    padding: var(--_space) calc(var(--_space) * 1.5) var(--_space) var(--_space);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }

  .event.key {
    background: var(--_color-surface);
    border-inline-start: 4px solid var(--_color-accent);
    padding-inline-start: calc(var(--_space) * 1.5);
  }

  .event {
    cursor: pointer;
  }

  .event:focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }

  .event.selected {
    box-shadow: inset 0 0 0 2px var(--_color-accent);
  }

  .item:has(.selected) .marker {
    box-shadow:
      0 0 0 3px var(--_color-background),
      0 0 0 5px var(--_color-accent);
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5) var(--_space);
    margin: 0 0 calc(var(--_space) * 0.5);
    font-size: 0.875em;
  }

  .date {
    font-weight: var(--_font-weight-strong);
    font-variant-numeric: tabular-nums;
  }

  .badge {
    padding: 0 0.55em;
    border: 1px solid var(--_cat);
    border-radius: 999px;
    color: var(--_color-text);
    font-size: 0.9em;
    line-height: 1.6;
  }

  .badge .swatch {
    width: 0.6em;
    height: 0.6em;
    border-width: 0.3em;
  }

  .key-label {
    color: var(--_color-accent);
    font-weight: var(--_font-weight-strong);
    text-transform: uppercase;
    letter-spacing: 0.04em;
    font-size: 0.85em;
  }

  .title {
    margin: 0 0 calc(var(--_space) * 0.5);
    font-size: 1.125em;
    line-height: 1.3;
    font-weight: var(--_font-weight-strong);
  }

  .key .title {
    font-size: 1.25em;
  }

  .summary {
    margin: 0 0 calc(var(--_space) * 0.75);
  }

  .people {
    margin: 0 0 calc(var(--_space) * 0.75);
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }

  .sources {
    margin: 0;
    color: var(--_color-text-muted);
    font-size: 0.8125em;
  }

  .sources-label {
    margin: 0;
    font-weight: var(--_font-weight-strong);
  }

  .sources ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .sources li {
    margin: 0.15em 0 0;
  }

  a {
    color: var(--_color-accent);
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }

  a:hover {
    text-decoration-thickness: 2px;
  }

  a:focus-visible,
  [tabindex]:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
    border-radius: 2px;
  }

  .footer {
    margin: calc(var(--_space) * 2) 0 0;
    color: var(--_color-text-muted);
    font-size: 0.8125em;
  }

  .empty {
    margin: var(--_space) 0;
    padding: calc(var(--_space) * 1.5);
    border: 1px dashed var(--_color-line);
    border-radius: var(--_radius);
    color: var(--_color-text-muted);
  }

  /* Horizontal layout: the drawing (a listbox for assistive technology) and the card. */
  .plot {
    display: block;
    border-radius: var(--_radius);
  }

  .plot:focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 4px;
  }

  .card {
    margin: calc(var(--_space) * 2) 0 0;
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_color-line);
    border-top: 4px solid var(--_cat, var(--_color-accent));
    border-radius: var(--_radius);
  }

  .card .event {
    margin: 0;
    padding: 0;
    background: none;
    border: 0;
    cursor: auto;
    max-width: 46em;
  }

  .card-nav {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    margin: 0 0 var(--_space);
    font-size: 0.875em;
  }

  .card-position {
    color: var(--_color-text-muted);
    font-variant-numeric: tabular-nums;
  }

  .card-nav button {
    min-height: 2.75em;
    padding: 0.25em 0.9em;
    border: 1px solid var(--_color-line);
    border-radius: var(--_radius);
    background: var(--_color-background);
    color: var(--_color-accent);
    cursor: pointer;
  }

  .card-nav button:disabled {
    color: var(--_color-text-muted);
    border-style: dashed;
    cursor: default;
  }

  .hint {
    margin: calc(var(--_space) * 2) 0 0;
    padding: calc(var(--_space) * 1.5);
    border: 1px dashed var(--_color-line);
    border-radius: var(--_radius);
    color: var(--_color-text-muted);
  }

  /* Data problems: a discreet notice, or a box instead of the timeline. */
  .notice {
    margin: 0 0 calc(var(--_space) * 1.5);
    color: var(--_color-text-muted);
    font-size: 0.8125em;
  }

  .notice summary {
    cursor: pointer;
    width: fit-content;
  }

  .notice ul,
  .error-box ul {
    margin: calc(var(--_space) * 0.5) 0 0;
    padding-inline-start: 1.25em;
  }

  .notice,
  .error-box {
    /* Messages quote addresses and values, which must wrap on a phone. */
    overflow-wrap: anywhere;
  }

  .heading + .legend,
  .heading + .filters {
    margin-top: var(--_space);
  }

  .error-box {
    padding: calc(var(--_space) * 1.5);
    border: 2px solid var(--_color-error);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }

  .error-title {
    margin: 0;
    font-weight: var(--_font-weight-strong);
  }

  .error-box p:not(.error-title) {
    margin: calc(var(--_space) * 0.5) 0 0;
  }

  .retry {
    margin-top: var(--_space);
    min-height: 2.75em;
    padding: 0.25em 1em;
    border: 1px solid var(--_color-line);
    border-radius: var(--_radius);
    background: var(--_color-background);
    color: var(--_color-accent);
    cursor: pointer;
  }

  .loading {
    margin: var(--_space) 0;
    color: var(--_color-text-muted);
  }

  code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.95em;
    overflow-wrap: anywhere;
  }

  /* Wider lists: the date gets its own column left of the rail (the card keeps it inline). */
  @container nt (min-width: 720px) {
    .item {
      grid-template-columns: 8.5em 1.5em minmax(0, 1fr);
    }

    .item::before,
    .marker {
      grid-column: 2;
    }

    .item .event {
      grid-column: 3;
      max-width: 46em;
    }

    .item .meta .date {
      position: absolute;
      left: 0;
      width: 8em;
      text-align: end;
      padding-top: calc(var(--_space) * 0.1);
    }

    .year {
      grid-column: 1;
      justify-self: end;
    }
  }

  @media (forced-colors: active) {
    /* Box shadows are not drawn in forced colours: the selection keeps a frame that is. */
    .event {
      position: relative;
    }
    .event.selected::after {
      content: '';
      position: absolute;
      inset: 0;
      border: 3px solid Highlight;
      border-radius: inherit;
      pointer-events: none;
    }
    .item:has(.selected) .marker {
      box-shadow: none;
      outline: 3px solid Highlight;
      outline-offset: 2px;
    }
    .marker,
    .key .marker,
    .swatch {
      forced-color-adjust: none;
      background: CanvasText;
      border-color: CanvasText;
    }
    .marker {
      background: Canvas;
    }
    .item::before {
      background: CanvasText;
    }
    .event.key {
      border-inline-start-color: Highlight;
    }
  }

  @media print {
    :host {
      color: #000;
      background: #fff;
    }
    button,
    .filters,
    .copy-link-row,
    .notice summary {
      display: none !important;
    }
    .event {
      break-inside: avoid;
    }
    .sources a::after {
      content: ' <' attr(href) '>';
      overflow-wrap: anywhere;
    }
  }
`;
