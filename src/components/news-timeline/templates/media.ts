/**
 * An event's image: a `<figure>` with a lazily loaded `<img>` in a box whose shape is known
 * before it loads (its `width` and `height`, else a fixed aspect ratio), and the caption and
 * credit as text. An image that fails to load is replaced by its alt text, in the same box.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleProps } from '../../../directives/style-props.js';
import type { TimelineMedia } from '../../../data/types.js';
import type { RenderContext } from './context.js';

/** An event's image and its caption and credit. */
export function renderMedia(m: TimelineMedia, ctx: RenderContext): TemplateResult {
  const failed = ctx.imageFailed(m.url);
  // The box's shape goes through the CSSOM: a style attribute is refused under a strict CSP.
  const shape = styleProps({ '--_ratio': m.width && m.height ? `${m.width} / ${m.height}` : null });
  return html`<figure class="media ${failed ? 'failed' : ''}" part="media">
    ${failed ? renderFallback(m, shape, ctx) : renderImage(m, shape, ctx)}
    ${
      m.caption || m.credit
        ? html`<figcaption part="media-caption">
            ${m.caption ? html`<span class="caption">${m.caption}</span>` : nothing}
            ${m.credit ? html`<span class="credit">${m.credit}</span>` : nothing}
          </figcaption>`
        : nothing
    }
  </figure>`;
}

/** The image: nothing is fetched until it nears the viewport; its box is sized beforehand. */
function renderImage(m: TimelineMedia, shape: DirectiveResult, ctx: RenderContext): TemplateResult {
  return html`<img
    part="image"
    src=${m.url}
    alt=${m.decorative ? '' : m.alt}
    width=${ifDefined(m.width)}
    height=${ifDefined(m.height)}
    loading="lazy"
    decoding="async"
    ${shape}
    @error=${ctx.on.imageError}
  />`;
}

/** In place of an image that failed: its alt text in the same box (nothing for a decorative one). */
function renderFallback(
  m: TimelineMedia,
  shape: DirectiveResult,
  ctx: RenderContext,
): TemplateResult | typeof nothing {
  if (m.decorative) return nothing;
  return html`<p class="image-fallback" part="image-fallback" ${shape}>
    <span class="image-fallback-label">${ctx.strings.imageFailed}</span>
    <span class="image-alt">${m.alt}</span>
  </p>`;
}
