/** An event's sources: a labelled list of links, each saying who published it and when. */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatIsoDate } from '../../../data/format.js';
import type { TimelineSource } from '../../../data/types.js';
import { isSafeUrl } from '../../../data/validate/urls.js';
import { pluralForm } from '../../../i18n/format.js';
import type { RenderContext } from './context.js';

/**
 * The sources of an event. Links are in the tab order only in the `active` event, so that the
 * list stays one tab stop; a link whose address is not safe is shown as text.
 */
export function renderSources(
  sources: readonly TimelineSource[],
  active: boolean,
  ctx: RenderContext,
): TemplateResult {
  const { strings, locale } = ctx;
  return html`<div class="sources" part="sources">
    <p class="sources-label">${pluralForm(strings.sources, sources.length, locale)}</p>
    <ul>
      ${sources.map((s) => {
        const date = s.published ? formatIsoDate(s.published, locale) : '';
        // <bdi>: a right-to-left name never reorders the text around it.
        const label = html`<bdi>${s.publisher}</bdi>${date ? `, ${date}` : ''}`;
        return html`<li>
          ${
            s.url && isSafeUrl(s.url)
              ? html`<a
                  href=${s.url}
                  target="_blank"
                  rel="noopener noreferrer"
                  tabindex=${ifDefined(active ? undefined : -1)}
                  >${label}<span class="visually-hidden"> ${strings.newTab}</span></a
                >`
              : label
          }${s.title ? html`: “<bdi>${s.title}</bdi>”` : nothing}
        </li>`;
      })}
    </ul>
  </div>`;
}

/** Where the sources would be, for an event that has none (data imported from TimelineJS). */
export function renderNoSource(ctx: RenderContext): TemplateResult {
  return html`<p class="sources no-source" part="sources">${ctx.strings.noSource}</p>`;
}
