import { css } from 'lit';

/** Markers, stems, labels and their counts. */
export const events = css`
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
`;
