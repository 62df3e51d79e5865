import { css } from 'lit';

/** The header: heading, description, legend, filter buttons and "Copy link". */
export const header = css`
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
`;
