/**
 * The story as plain HTML, for the places where `<news-timeline>` never runs: pasted inside the
 * element, it is what readers without JavaScript get, and what RSS readers, AMP and Apple News
 * copies keep of the article. A heading, an ordered list of the events (date in `<time datetime>`,
 * category, headline, summary, people, source links) and the date of the last update: semantic
 * markup that reads well with no style sheet at all, every interface word from the strings table,
 * every piece of data escaped. Pure; no DOM; runs in Node (the `html` command) and in browsers.
 *
 * The events shown are chosen exactly as the element chooses them for the same attributes
 * (`readAttributes`, then `deriveView`), so `--key-only` here and `key-only` there agree.
 */
import { sortEvents } from '../data/dates.js';
import { formatIsoDate } from '../data/format.js';
import type { TimelineDataset, TimelineEvent, TimelineSource } from '../data/types.js';
import { isSafeUrl } from '../data/validate/urls.js';
import { fill, fillParts, pluralForm } from '../i18n/format.js';
import { stringsFor, type TimelineStrings } from '../i18n/strings.js';
import { localizeDataset } from '../data/translate.js';
import { readAttributes, type AttributeProblem } from '../components/news-timeline/attributes.js';
import { deriveView } from '../components/news-timeline/view.js';

/** What to print, named like the element's attributes. Every option is optional. */
export interface FallbackOptions {
  /**
   * BCP 47 locale: the dates and numbers, the interface's words (the built-in table for its
   * language, else English) and the story's words when the dataset has a translation for it, as
   * in the element. Default `en-US` (there is no page to inherit from).
   */
  locale?: string;
  /** The heading. Default: the dataset's title. */
  heading?: string;
  /** Only the story's key events. */
  keyOnly?: boolean;
  /** Category ids to show (`"court lawsuit"` or `['court', 'lawsuit']`). Default: all. */
  categories?: string | readonly string[];
  /** Bounds, as the element's `from` and `to` attributes (`YYYY-MM-DD`, `YYYY-MM`, …). */
  from?: string;
  to?: string;
  /** `oldest-first` (default) or `newest-first`. */
  order?: string;
  /** Words to use instead of the locale's table, key by key (as the element's `strings`). */
  strings?: Partial<TimelineStrings>;
  /** The level of the heading, 1 to 5 (default 2); headlines are one level below. */
  headingLevel?: number;
}

/** The markup, with what it holds. */
export interface FallbackResult {
  /** The HTML: one `<section class="nt-fallback">`, ending in a newline. */
  html: string;
  /** How many events it lists. */
  shown: number;
  /** How many events the dataset has. */
  total: number;
  /** Options that could not be used (their defaults were), as the element reports attributes. */
  problems: AttributeProblem[];
}

/**
 * The story of `dataset` as plain semantic HTML, with what it holds. `dataset` should be
 * validated data (`validateDataset`, `parseJsonDataset`, `validateCsv`): this function never
 * throws on it, escapes every string, and links only addresses that `isSafeUrl` accepts, but it
 * does not repair it. Unusable options are reported in `problems` and replaced by their defaults.
 */
export function renderFallback(
  data: TimelineDataset,
  options: FallbackOptions = {},
): FallbackResult {
  const categories = Array.isArray(options.categories)
    ? options.categories.join(' ')
    : (options.categories as string | undefined);
  const known = data.categories.map((c) => c.id);
  const read = readAttributes(
    {
      locale: options.locale,
      order: options.order,
      from: options.from,
      to: options.to,
      categories,
    },
    known,
    data.timeZone ? { timeZone: data.timeZone } : undefined,
  );
  const locale = read.options.locale ?? 'en-US';
  // As the element does: the story in the locale's language when the data has a translation.
  const dataset = localizeDataset(data, locale);
  const view = deriveView(sortEvents(dataset.events), dataset.categories, {
    ...read.options,
    keyOnly: !!options.keyOnly,
    layout: 'vertical',
  });
  const level = Math.min(5, Math.max(1, Math.round(options.headingLevel ?? 2)));
  const ctx: Context = {
    dataset,
    strings: stringsFor(locale, options.strings),
    locale,
    labels: view.categoryLabel,
    level,
  };
  const lines = [
    '<section class="nt-fallback">',
    `  <h${level}>${escapeHtml(options.heading || dataset.title || ctx.strings.heading)}</h${level}>`,
    ...(dataset.description ? [`  <p>${escapeHtml(dataset.description)}</p>`] : []),
    view.visible.length ? '  <ol>' : `  <p>${escapeHtml(emptyText(ctx, view.total))}</p>`,
    ...view.visible.flatMap((e) => renderEvent(e, ctx)),
    ...(view.visible.length ? ['  </ol>'] : []),
    ...renderFooter(ctx, view.visible.length, view.total),
    '</section>',
  ];
  return {
    html: `${lines.join('\n')}\n`,
    shown: view.visible.length,
    total: view.total,
    problems: read.problems,
  };
}

/**
 * The story of `dataset` as plain semantic HTML: `renderFallback(dataset, options).html`.
 * Paste it inside `<news-timeline>`: readers without JavaScript get the whole story, and the
 * element, once it runs, shows its own rendering instead (it does not display its children).
 */
export function renderFallbackHtml(dataset: TimelineDataset, options?: FallbackOptions): string {
  return renderFallback(dataset, options).html;
}

/** Escapes text for HTML content and for quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

interface Context {
  dataset: TimelineDataset;
  strings: TimelineStrings;
  locale: string;
  labels: ReadonlyMap<string, string>;
  /** The level of the heading. */
  level: number;
}

/** Escaped text with its line breaks as `<br>`. */
function multiline(text: string): string {
  return escapeHtml(text.trim()).replace(/\r\n?|\n/g, '<br>\n      ');
}

function timeHtml(value: string, ctx: Context): string {
  const text = formatIsoDate(value, ctx.locale, ctx.dataset.timeZone);
  return `<time datetime="${escapeHtml(value)}">${escapeHtml(text)}</time>`;
}

/** One `<li>`: date, category, key, headline, summary, people, sources. */
function renderEvent(e: TimelineEvent, ctx: Context): string[] {
  const { strings } = ctx;
  const when = e.end ? `${timeHtml(e.date, ctx)} – ${timeHtml(e.end, ctx)}` : timeHtml(e.date, ctx);
  const label = ctx.labels.get(e.category) ?? e.category;
  // An event without a category (a warning in the data) has no label to show.
  const meta = label ? [when, escapeHtml(label)] : [when];
  if (e.key) meta.push(`<strong>${escapeHtml(strings.keyEvent)}</strong>`);
  const h = ctx.level + 1;
  const lines = [
    '    <li>',
    `      <p>${meta.join(' · ')}</p>`,
    `      <h${h}>${escapeHtml(e.title)}</h${h}>`,
  ];
  if (e.summary.trim()) lines.push(`      <p>${multiline(e.summary)}</p>`);
  if (e.people?.length) {
    lines.push(`      <p>${escapeHtml(strings.people)}${e.people.map(escapeHtml).join(', ')}</p>`);
  }
  lines.push(...renderSources(e.sources ?? [], ctx), '    </li>');
  return lines;
}

function renderSources(sources: readonly TimelineSource[], ctx: Context): string[] {
  const { strings, locale } = ctx;
  if (!sources.length) return [`      <p>${escapeHtml(strings.noSource)}</p>`];
  const items = sources.map((s) => {
    const date = s.published ? `, ${escapeHtml(formatIsoDate(s.published, locale))}` : '';
    const label = `${escapeHtml(s.publisher)}${date}`;
    const link = isSafeUrl(s.url)
      ? `<a href="${escapeHtml(s.url)}" rel="noopener">${label}</a>`
      : label;
    return `        <li>${link}${s.title ? `: “${escapeHtml(s.title)}”` : ''}</li>`;
  });
  return [
    `      <p>${escapeHtml(pluralForm(strings.sources, sources.length, locale))}</p>`,
    '      <ul>',
    ...items,
    '      </ul>',
  ];
}

/** "Showing 3 of 21 events." when filtered, and "Last updated …." when the data says. */
function renderFooter(ctx: Context, shown: number, total: number): string[] {
  const { strings, locale, dataset } = ctx;
  const parts: string[] = [];
  if (shown < total && shown > 0) {
    parts.push(escapeHtml(fill(strings.showing, { shown, total, count: total }, locale)));
  }
  if (dataset.updated) {
    const date = timeHtml(dataset.updated, ctx);
    const filled = fillParts<{ html: string }>(strings.updated, { date: { html: date } }, locale);
    parts.push(filled.map((p) => (typeof p === 'string' ? escapeHtml(p) : p.html)).join(''));
  }
  return parts.length ? [`  <p>${parts.join(' ')}</p>`] : [];
}

function emptyText(ctx: Context, total: number): string {
  return total ? ctx.strings.noMatch : ctx.strings.noEvents;
}
