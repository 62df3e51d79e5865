/** The vertical layout: an ordered list of events with year headings and a rail of markers. */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { formatDay, formatIsoDate, yearOf } from '../../../data/format.js';
import type { ListHeading } from '../view.js';
import type { TimelineEvent } from '../../../data/types.js';
import { categoryStyle, type RenderContext } from './context.js';
import { renderEvent } from './event.js';

/** From this many events the list renders lazily (content-visibility). */
export const LONG_LIST = 200;

/** The list of the visible events; the keyboard and clicks are handled on it. */
export function renderList(ctx: RenderContext): TemplateResult {
  const { visible } = ctx.view;
  // role="list": Safari drops list semantics from a list styled without markers.
  return html`<ol
    class="events ${visible.length > LONG_LIST ? 'long' : ''}"
    part="list"
    role="list"
    @keydown=${ctx.on.keydown}
    @click=${ctx.on.listClick}
  >
    ${repeat(
      visible,
      (e) => e.id,
      (e, i) => guard(itemDeps(e, i, ctx), () => renderItem(e, i, ctx)),
    )}
  </ol>`;
}

/**
 * Everything an item's template reads: the item renders again only when one of them changes,
 * so that a selection or a keyboard move re-renders two items, not the whole list (Lit's
 * `guard`, compared by identity).
 */
function itemDeps(e: TimelineEvent, i: number, ctx: RenderContext): unknown[] {
  const { view, strings, locale, dateLang, dataset, permalinks, copied } = ctx;
  return [
    e,
    i,
    view,
    strings,
    locale,
    dateLang,
    dataset.timeZone,
    permalinks,
    e.id === ctx.activeId,
    e.id === ctx.selectedId,
    copied?.id === e.id ? copied : null,
  ];
}

function renderItem(e: TimelineEvent, i: number, ctx: RenderContext): TemplateResult {
  // `key` on the item too: the marker beside the article is emphasised with it.
  return html`<li class="item ${e.key ? 'key' : ''}" ${categoryStyle(ctx, e.category)}>
    ${renderHeading(ctx.view.headings.get(e.id), ctx)}
    <span class="marker" aria-hidden="true"></span>
    ${renderEvent(e, i, false, ctx)}
  </li>`;
}

/** A heading above the first event of a year, or of a day in a story with times. */
function renderHeading(
  h: ListHeading | undefined,
  ctx: RenderContext,
): TemplateResult | typeof nothing {
  if (!h) return nothing;
  if (h.unit === 'year') return html`<h3 class="year" part="year">${yearOf(h.date)}</h3>`;
  const text = h.unit === 'day' ? formatDay(h.date, ctx.locale) : formatIsoDate(h.date, ctx.locale);
  return html`<h3 class="year day" part="year day" lang=${ifDefined(ctx.dateLang)}>${text}</h3>`;
}

/**
 * The id of the event a click in the list landed on, or `null` for a click on a link, a button
 * or a disclosure inside it (those keep their own behaviour) or outside any event.
 */
export function clickedEvent(e: MouseEvent): string | null {
  const target = e.target as HTMLElement;
  if (target.closest('a, button, summary')) return null;
  return target.closest<HTMLElement>('[part~="event"]')?.dataset.id ?? null;
}
