/**
 * What the timeline says about itself: loading, the box shown instead of it when the data is
 * unusable or could not be loaded, the notice when some events were left out, the empty state
 * and the footer.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { parseIsoDate } from '../../../data/dates.js';
import { formatIsoDate } from '../../../data/format.js';
import type { DataProblem } from '../../../data/problems.js';
import { fill, fillParts } from '../../../i18n/format.js';
import type { TimelineStrings } from '../../../i18n/strings.js';
import type { ResolvedData } from '../data.js';
import type { RenderContext } from './context.js';

/** Shown while `src` loads: a status that assistive technology announces. */
export function renderLoading(heading: string, strings: TimelineStrings): TemplateResult {
  return html`<section class="timeline" part="base" aria-labelledby="heading" aria-busy="true">
    <h2 id="heading" class="heading" part="heading" dir="auto">${heading}</h2>
    <p class="loading" part="status" role="status">${strings.loading}</p>
  </section>`;
}

/** Shown instead of the timeline when nothing in the data can be used or loaded. */
export function renderErrorBox(
  heading: string,
  data: ResolvedData,
  strings: TimelineStrings,
  retry: () => void,
): TemplateResult {
  const retrying = data.status === 'retrying';
  const body =
    data.message !== undefined
      ? html`<p class="error-title">${strings.loadFailed}</p>
          <p>${data.message}</p>
          <button
            type="button"
            class="retry"
            part="retry"
            aria-disabled=${retrying ? 'true' : 'false'}
            @click=${retry}
          >
            ${retrying ? strings.retrying : strings.retry}
          </button>`
      : html`<p class="error-title">${strings.unusable}</p>
          <ul>
            ${errorsOf(data.problems).slice(0, 10).map(renderProblem)}
          </ul>`;
  return html`<section class="timeline" part="base" aria-labelledby="heading">
    <h2 id="heading" class="heading" part="heading" dir="auto">${heading}</h2>
    <div class="error-box" part="error" role="alert">${body}</div>
  </section>`;
}

/** A discreet note when some of the data was left out, with the reasons behind a disclosure. */
export function renderNotice(ctx: RenderContext): TemplateResult | typeof nothing {
  const errors = errorsOf(ctx.data.problems);
  if (!errors.length) return nothing;
  const { strings, locale } = ctx;
  const n = ctx.data.leftOut;
  const summary = n > 0 ? fill(strings.leftOut, { count: n }, locale) : strings.detailsLeftOut;
  return html`<details class="notice" part="notice">
    <summary><span dir=${ctx.stringsDir} lang=${ctx.stringsLang}>${summary}</span></summary>
    <ul>
      ${errors.slice(0, 50).map(renderProblem)}
      ${
        errors.length > 50
          ? html`<li>${fill(strings.moreProblems, { count: errors.length - 50 }, locale)}</li>`
          : nothing
      }
    </ul>
  </details>`;
}

/** Shown in the list's place when no event is shown. */
export function renderEmpty(ctx: RenderContext): TemplateResult {
  return html`<p class="empty" part="empty" role="status">
    ${ctx.view.total ? ctx.strings.noMatch : ctx.strings.noEvents}
  </p>`;
}

/** The line under the timeline: how many events are shown, and when it was last updated. */
export function renderFooter(ctx: RenderContext): TemplateResult {
  const { view, strings, locale, dataset } = ctx;
  const shown = view.visible.length;
  const updated = dataset.updated;
  return html`<p class="footer" part="footer" dir=${ctx.stringsDir} lang=${ctx.stringsLang}>
    ${
      shown < view.total
        ? html`${fill(strings.showing, { shown, total: view.total, count: view.total }, locale)} `
        : nothing
    }
    ${
      updated && parseIsoDate(updated)
        ? fillParts(
            strings.updated,
            {
              date: html`<time datetime=${updated} dir="auto" lang=${locale}
                >${formatIsoDate(updated, locale)}</time
              >`,
            },
            locale,
          )
        : nothing
    }
  </p>`;
}

function errorsOf(problems: readonly DataProblem[]): DataProblem[] {
  return problems.filter((p) => p.severity === 'error');
}

function renderProblem(p: DataProblem): TemplateResult {
  return html`<li>${p.path ? html`<code>${p.path}</code>: ` : nothing}${p.message}</li>`;
}
