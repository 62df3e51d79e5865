/** One event: its date, badge, headline, image, summary, people, sources and "Copy link". */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleProps } from '../../../directives/style-props.js';
import type { TimelineEvent } from '../../../data/types.js';
import { fill } from '../../../i18n/format.js';
import { categoryLabel, categoryStyle, dateText, type RenderContext } from './context.js';
import { renderMedia } from './media.js';
import { renderNoSource, renderSources } from './sources.js';

/**
 * An event: in the list (a roving-tabindex item) or as the horizontal layout's `card` (not an
 * item of any list; its links are in the tab order). `i` numbers its ids.
 */
export function renderEvent(
  e: TimelineEvent,
  i: number,
  card: boolean,
  ctx: RenderContext,
): TemplateResult {
  const titleId = `title-${i}`;
  const dateId = `date-${i}`;
  const active = card || e.id === ctx.activeId;
  const selected = !card && e.id === ctx.selectedId;
  return html`<article
    class="event ${e.key ? 'key' : ''} ${selected ? 'selected' : ''}"
    part="event${e.key ? ' key' : ''}${selected ? ' selected' : ''}"
    ${card ? categoryStyle(ctx, e.category) : styleProps({})}
    data-id=${e.id}
    tabindex=${ifDefined(card ? undefined : active ? 0 : -1)}
    aria-current=${ifDefined(selected ? 'true' : undefined)}
    aria-labelledby="${dateId} ${titleId}"
  >
    <div class="meta">
      ${renderDate(e, dateId, card, ctx)} ${renderBadge(categoryLabel(ctx, e.category))}
      ${e.key ? html`<span class="key-label">${ctx.strings.keyEvent}</span>` : nothing}
    </div>
    ${
      card
        ? // In the card no year heading stands above: h3 keeps the outline in order.
          html`<h3 class="title" part="title" id=${titleId} dir="auto">${e.title}</h3>`
        : html`<h4 class="title" part="title" id=${titleId} dir="auto">${e.title}</h4>`
    }
    ${e.media ? renderMedia(e.media, ctx) : nothing}
    <p class="summary" part="summary" dir="auto">${e.summary}</p>
    ${
      e.people?.length
        ? html`<p class="people" part="people">
            <span class="visually-hidden">${ctx.strings.people}</span>${e.people.map(
              (name, i) => html`${i ? ', ' : ''}<bdi>${name}</bdi>`,
            )}
          </p>`
        : nothing
    }
    ${e.sources?.length ? renderSources(e.sources, active, ctx) : renderNoSource(ctx)}
    ${ctx.permalinks ? renderCopyLink(e, active, ctx) : nothing}
  </article>`;
}

/** The category's badge; none for an event without a category (a warning in the data). */
function renderBadge(label: string): TemplateResult | typeof nothing {
  if (!label) return nothing;
  return html`<span class="badge" part="badge"
    ><span class="swatch" aria-hidden="true"></span><bdi>${label}</bdi></span
  >`;
}

/**
 * The date at its precision in a `<time datetime>`; a range for an event with an end. In the
 * list of a story by the hour, under its day's heading, a time stands alone ("8:15 PM CST").
 */
function renderDate(
  e: TimelineEvent,
  id: string,
  card: boolean,
  ctx: RenderContext,
): TemplateResult {
  const short = !card && ctx.view.timed;
  const format = (value: string) => dateText(ctx, value, short && sameDay(value, e.date));
  if (!e.end) {
    return html`<time
      class="date"
      part="date"
      id=${id}
      datetime=${e.date}
      lang=${ifDefined(ctx.dateLang)}
      >${format(e.date)}</time
    >`;
  }
  return html`<span class="date" part="date" id=${id} lang=${ifDefined(ctx.dateLang)}
    ><time datetime=${e.date}>${format(e.date)}</time> –
    <time datetime=${e.end}>${format(e.end)}</time></span
  >`;
}

function renderCopyLink(e: TimelineEvent, active: boolean, ctx: RenderContext): TemplateResult {
  const { strings, locale } = ctx;
  const copied = ctx.copied?.id === e.id ? ctx.copied : null;
  return html`<p class="copy-link-row">
    <button
      type="button"
      class="copy-link"
      part="copy-link"
      tabindex=${ifDefined(active ? undefined : -1)}
      aria-label=${fill(strings.copyLinkLabel, { title: e.title }, locale)}
      @click=${() => ctx.on.copyLink(e)}
    >
      ${copied ? (copied.ok ? strings.linkCopied : strings.copyFailed) : strings.copyLink}
    </button>
    ${copied && !copied.ok ? html`<span class="link-text">${ctx.eventUrl(e.id)}</span>` : nothing}
  </p>`;
}

/** Two data dates on the same day of the wall clock (a time and its day's heading). */
function sameDay(a: string, b: string): boolean {
  return a.length >= 10 && a.slice(0, 10) === b.slice(0, 10);
}
