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
export const tokens = css`
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
`;
