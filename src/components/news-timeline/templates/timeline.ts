/** The whole timeline: its header, the list or the drawing, the footer and the live region. */
import { html, nothing, type TemplateResult } from 'lit';
import type { ResolvedLayout } from '../../../options.js';
import type { RenderContext } from './context.js';
import { renderHeader } from './header.js';
import { renderHorizontal } from './horizontal.js';
import { renderList } from './list.js';
import { renderEmpty, renderFooter, renderNotice } from './status.js';

/** The timeline in `layout`, with `announcement` in its polite live region. */
export function renderTimeline(
  ctx: RenderContext,
  layout: ResolvedLayout,
  announcement: string,
): TemplateResult {
  const body = !ctx.view.visible.length
    ? renderEmpty(ctx)
    : layout === 'horizontal'
      ? renderHorizontal(ctx)
      : renderList(ctx);
  return html`<section class="timeline" part="base" aria-labelledby="heading">
    ${renderHeader(ctx)} ${renderNotice(ctx)}
    ${
      ctx.drawingFailed
        ? html`<p class="notice" part="notice" dir=${ctx.stringsDir} lang=${ctx.stringsLang}>
            ${ctx.strings.drawingFailed}
          </p>`
        : nothing
    }
    ${body} ${renderFooter(ctx)}
    <div class="visually-hidden" role="status" aria-live="polite">${announcement}</div>
  </section>`;
}
