import { css } from 'lit';

/** The bars of tracks, cut and open ends, and their names. */
export const tracks = css`
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
`;
