import { css } from 'lit';

/** The list: the rail, year headings, markers and the events with their dates, badges and sources. */
export const list = css`
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

  .item[hidden] {
    display: none;
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

  /* The rail stops at the last marker shown. */
  .item.last::before {
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

  .item.first .year {
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
`;
