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

/**
 * The list: every event, those a filter hides `hidden` (out of sight and of the accessibility
 * tree), so that a filter change shows and hides items instead of building them again. The
 * keyboard and clicks are handled on it.
 */
export function renderList(ctx: RenderContext): TemplateResult {
  const { ordered, visible } = ctx.view;
  const edges = { first: visible[0]?.id, last: visible[visible.length - 1]?.id };
  // role="list": Safari drops list semantics from a list styled without markers.
  return html`<ol
    class="events ${ordered.length > LONG_LIST ? 'long' : ''}"
    part="list"
    role="list"
    @keydown=${ctx.on.keydown}
    @click=${ctx.on.listClick}
  >
    ${repeat(
      ordered,
      (e) => e.id,
      (e, i) => guard(itemDeps(e, i, edges, ctx), () => renderItem(e, i, edges, ctx)),
    )}
  </ol>`;
}

/** The ids of the first and last events shown: the rail starts and stops at them. */
interface Edges {
  first: string | undefined;
  last: string | undefined;
}

/**
 * Everything an item's template reads: the item renders again only when one of them changes,
 * so that a selection re-renders two items and a filter only the items it shows or hides, not
 * the whole list (Lit's `guard`, compared by identity).
 */
function itemDeps(e: TimelineEvent, i: number, edges: Edges, ctx: RenderContext): unknown[] {
  const { view, strings, locale, dateLang, dataset, permalinks, copied } = ctx;
  const heading = view.headings.get(e.id);
  return [
    e,
    i,
    view.shown.has(e.id),
    e.id === edges.first,
    e.id === edges.last,
    heading && `${heading.unit} ${heading.date}`,
    view.categoryIndex.get(e.category),
    view.categoryLabel.get(e.category),
    view.timed,
    strings,
    locale,
    dateLang,
    dataset.timeZone,
    permalinks,
    e.id === ctx.activeId,
    e.id === ctx.selectedId,
    copied?.id === e.id ? copied : null,
    e.media ? ctx.imageFailed(e.media.url) : false,
  ];
}

function renderItem(e: TimelineEvent, i: number, edges: Edges, ctx: RenderContext): TemplateResult {
  const edge = `${e.id === edges.first ? 'first' : ''} ${e.id === edges.last ? 'last' : ''}`;
  // `key` on the item too: the marker beside the article is emphasised with it.
  return html`<li
    class="item ${e.key ? 'key' : ''} ${edge}"
    ?hidden=${!ctx.view.shown.has(e.id)}
    ${categoryStyle(ctx, e.category)}
  >
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
