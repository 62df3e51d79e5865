import { css } from 'lit';

/** Wide lists (container query), forced colours (Windows high contrast) and print. */
export const media = css`
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

    /* In a wide card the image stands beside the words, which stay above the fold. */
    .card .event {
      display: flow-root;
    }
    .card .media {
      float: inline-end;
      width: min(45%, 24em);
      margin: 0 0 var(--_space) calc(var(--_space) * 2);
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
    /* Images print, smaller: a page holds several events. */
    .media {
      max-width: min(100%, 3.5in);
    }
    .sources a::after {
      content: ' <' attr(href) '>';
      overflow-wrap: anywhere;
    }
  }
`;
