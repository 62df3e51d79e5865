/** The timeline's header: heading, description, and the legend or the filter buttons. */
import { html, nothing, type TemplateResult } from 'lit';
import { categoryStyle, type RenderContext } from './context.js';

export function renderHeader(ctx: RenderContext): TemplateResult {
  const { dataset, view, strings } = ctx;
  return html`<header>
    <h2 id="heading" class="heading" part="heading" tabindex="-1" dir="auto">${ctx.title}</h2>
    ${
      dataset.description
        ? html`<p class="description" part="description" dir="auto">${dataset.description}</p>`
        : nothing
    }
    ${ctx.filters ? renderFilters(ctx) : nothing}
    ${
      !ctx.filters && (view.legend.length || view.hasKey)
        ? html`<ul class="legend" part="legend" aria-label=${strings.legend}>
            ${view.legend.map(
              (c) =>
                html`<li ${categoryStyle(ctx, c.id)}>
                  <span class="swatch" aria-hidden="true"></span><bdi>${c.label}</bdi>
                </li>`,
            )}
            ${
              view.hasKey
                ? html`<li>
                    <span class="key-swatch" aria-hidden="true"></span>${strings.keyEvent}
                  </li>`
                : nothing
            }
          </ul>`
        : nothing
    }
  </header>`;
}

/** Toggle buttons for the categories and for key events only. */
function renderFilters(ctx: RenderContext): TemplateResult {
  const { view, strings } = ctx;
  const shown = ctx.options.categories;
  return html`<div class="filters" part="filters" role="group" aria-label=${strings.filters}>
    ${view.present.map((c) => {
      const pressed = shown.length === 0 || shown.includes(c.id);
      return html`<button
        type="button"
        class="filter"
        part="filter"
        ${categoryStyle(ctx, c.id)}
        aria-pressed=${pressed ? 'true' : 'false'}
        @click=${() => ctx.on.toggleCategory(c.id)}
      >
        <span class="swatch" aria-hidden="true"></span><bdi>${c.label}</bdi>
      </button>`;
    })}
    ${
      view.anyKey
        ? html`<button
            type="button"
            class="filter key-filter"
            part="filter key-filter"
            aria-pressed=${ctx.keyOnly ? 'true' : 'false'}
            @click=${ctx.on.toggleKeyOnly}
          >
            <span class="key-swatch" aria-hidden="true"></span>${strings.keyOnly}
          </button>`
        : nothing
    }
  </div>`;
}
