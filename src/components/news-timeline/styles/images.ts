import { css } from 'lit';

/**
 * An event's image (a figure with its caption and credit, and the alt text that replaces an image
 * that failed), the summary's line breaks, and the "No source listed" line.
 */
export const images = css`
  /* A line break written in the data is a line break on screen and on paper; never HTML. */
  .summary {
    white-space: pre-line;
  }

  .media {
    margin: 0 0 calc(var(--_space) * 0.75);
    max-width: min(100%, 36em);
  }

  /*
   * The box is sized before the image arrives, so nothing below it moves when it does: the
   * image's own shape (--_ratio, set from its width and height), else 3:2, letterboxed.
   */
  .media img,
  .image-fallback {
    display: block;
    box-sizing: border-box;
    width: 100%;
    height: auto;
    aspect-ratio: var(--_ratio, 3 / 2);
    border-radius: calc(var(--_radius) * 0.66);
    background: var(--_color-surface);
  }

  .media img {
    object-fit: contain;
  }

  /* In place of an image that failed: its alt text, in the same box (it grows for long text). */
  .image-fallback {
    display: flex;
    flex-direction: column;
    justify-content: center;
    gap: 0.25em;
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px dashed var(--_color-line);
    color: var(--_color-text);
    font-size: 0.875em;
  }

  .image-fallback-label {
    color: var(--_color-text-muted);
    font-size: 0.9em;
  }

  .media figcaption {
    margin: 0.35em 0 0;
    color: var(--_color-text-muted);
    font-size: 0.8125em;
  }

  .media .caption + .credit {
    margin-inline-start: 0.5em;
  }

  .media .credit {
    font-size: 0.92em;
    letter-spacing: 0.01em;
  }

  .no-source {
    font-style: italic;
  }
`;
