import { css } from 'lit';

/** Right-to-left pages and forced colours (Windows high contrast). */
export const modes = css`
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
