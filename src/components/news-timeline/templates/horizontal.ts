/**
 * The horizontal layout. The drawing is hidden from assistive technology; the same events are
 * the options of a listbox that holds the keyboard focus (one tab stop), with the active option
 * followed by a focus ring in the drawing. The selected event opens in a card below.
 */
import { html, type TemplateResult } from 'lit';
import type { TimelineEvent, TimelineTrack } from '../../../data/types.js';
import { fill } from '../../../i18n/format.js';
import { dateText, type RenderContext } from './context.js';
import { renderEvent } from './event.js';

/** No tracks: one array, so that the drawing does not lay itself out again for a new `[]`. */
const NO_TRACKS: readonly TimelineTrack[] = [];

/** The parts of `<news-timeline-axis>` that the timeline re-exports. */
const AXIS_PARTS = 'axis, tick, year, break, marker, label, count, row, track, span';

export function renderHorizontal(ctx: RenderContext): TemplateResult {
  const { visible } = ctx.view;
  const { strings, locale } = ctx;
  const activeIndex = Math.max(
    0,
    visible.findIndex((e) => e.id === ctx.activeId),
  );
  return html`<div class="horizontal" part="horizontal">
    <div
      class="plot"
      part="plot"
      role="listbox"
      tabindex="0"
      aria-label=${fill(strings.plotLabel, { title: ctx.title, count: visible.length }, locale)}
      aria-activedescendant=${`option-${activeIndex}`}
      @keydown=${ctx.on.keydown}
      @focus=${() => ctx.on.plotFocus(true)}
      @blur=${() => ctx.on.plotFocus(false)}
    >
      <ul role="none" class="visually-hidden">
        ${visible.map((e, i) => renderOption(e, i, ctx))}
      </ul>
      <news-timeline-axis
        aria-hidden="true"
        exportparts=${AXIS_PARTS}
        .events=${visible}
        .tracks=${ctx.dataset.tracks ?? NO_TRACKS}
        .categories=${ctx.dataset.categories}
        .locale=${locale}
        .timeZone=${ctx.dataset.timeZone}
        .direction=${ctx.dir}
        .strings=${ctx.strings}
        gaps=${ctx.options.gaps}
        lanes=${ctx.options.lanes}
        .selectedId=${ctx.selectedId ?? null}
        .activeId=${ctx.plotFocused ? (visible[activeIndex]?.id ?? null) : null}
        @nt-axis-pick=${ctx.on.pick}
      ></news-timeline-axis>
    </div>
    ${renderCard(ctx)}
  </div>`;
}

function renderOption(e: TimelineEvent, i: number, ctx: RenderContext): TemplateResult {
  const label = `${dateText(ctx, e.date)}: ${e.title}`;
  return html`<li
    role="option"
    id=${`option-${i}`}
    aria-selected=${e.id === ctx.selectedId ? 'true' : 'false'}
  >
    ${e.key ? fill(ctx.strings.keyOption, { label }, ctx.locale) : label}
  </li>`;
}

/** The selected event in full, with Previous and Next; a hint while nothing is selected. */
function renderCard(ctx: RenderContext): TemplateResult {
  const { visible } = ctx.view;
  const { strings, locale } = ctx;
  const index = visible.findIndex((e) => e.id === ctx.selectedId);
  const selected = visible[index];
  // Previous points the way the reader came from: left in a left-to-right page, right in RTL.
  const [back, ahead] = ctx.dir === 'rtl' ? ['→', '←'] : ['←', '→'];
  if (!selected) return html`<p class="hint" part="hint">${strings.hint}</p>`;
  return html`<div class="card" part="card">
    <div class="card-nav">
      <button type="button" part="prev" ?disabled=${index === 0} @click=${() => ctx.on.step(-1)}>
        <span aria-hidden="true">${back}</span> ${strings.previous}
      </button>
      <span class="card-position" dir=${ctx.stringsDir} lang=${ctx.stringsLang}
        >${fill(strings.position, { index: index + 1, count: visible.length }, locale)}</span
      >
      <button
        type="button"
        part="next"
        ?disabled=${index === visible.length - 1}
        @click=${() => ctx.on.step(1)}
      >
        ${strings.next} <span aria-hidden="true">${ahead}</span>
      </button>
    </div>
    ${renderEvent(selected, index, true, ctx)}
  </div>`;
}
