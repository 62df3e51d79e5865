import { css } from 'lit';

/** The horizontal layout's listbox and card, and the notice, error and loading boxes. */
export const panels = css`
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
`;
