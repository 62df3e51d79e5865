import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleProps } from '../../directives/style-props.js';
import { irsIce } from '../../data/irs-ice.js';
import { dateSortKey, parseIsoDate, periodEnd } from '../../data/dates.js';
import { formatIsoDate, yearOf } from '../../data/format.js';
import type { TimelineDataset, TimelineEvent, TimelineSource } from '../../data/types.js';
import {
  isSafeUrl,
  validateDataset,
  validateEvents,
  type DataProblem,
} from '../../data/validate/index.js';
import { ntEvent, type NtProblem } from '../../events.js';
import {
  parseDateBound,
  parseGaps,
  parseIdList,
  parseLanes,
  parseLayout,
  resolveLayout,
  parseLocale,
  parseOrder,
  parseTheme,
  resolveCategories,
  type TimelineOrder,
} from './attributes.js';
import { styles } from './news-timeline.styles.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import {
  DataSourceController,
  type DataSourceState,
} from '../../controllers/data-source-controller.js';
import type {
  NewsTimelineAxis,
  NtAxisPickEvent,
} from '../news-timeline-axis/news-timeline-axis.js';
import { categoryColor } from '../category-color.js';

/**
 * A chronological, sourced timeline for news articles. With no data it shows the bundled
 * IRS–ICE taxpayer data-sharing dataset.
 *
 * @tag news-timeline
 * @summary A chronological timeline of sourced events for articles.
 *
 * @fires nt-select - The reader selected an event (click, Enter or Space) or cleared the
 *   selection (Escape); `detail.event` is the event, or `null`. Not fired when the `selected`
 *   attribute or property is set by the page.
 * @fires nt-filter - The reader changed a filter (with `filters` on); `detail` has the
 *   `categories` shown (empty: all), `keyOnly` and the `count` of events shown.
 * @fires nt-error - A configuration or data problem was found; `detail.problems` lists each
 *   with a `path` (the attribute or data field such as `events[3].date`), a plain-English
 *   `message` and a `severity` (`error`: something was left out; `warning`: shown as given).
 *
 * @csspart base - The region that wraps the whole timeline.
 * @csspart heading - The timeline's heading.
 * @csspart description - The one-line description under the heading.
 * @csspart legend - The category legend.
 * @csspart list - The ordered list of events.
 * @csspart year - A year separator.
 * @csspart event - One event (also carries `data-id` with the event's id).
 * @csspart key - Added to `event` for the story's key events.
 * @csspart date - The event's date (`<time datetime>`).
 * @csspart badge - The event's category badge.
 * @csspart title - The event's headline.
 * @csspart summary - The event's summary.
 * @csspart people - The people involved.
 * @csspart sources - The event's list of sources.
 * @csspart footer - The line under the list (last update, counts).
 * @csspart empty - The message shown when no event matches the filters.
 * @csspart filters - The group of filter buttons (with `filters`).
 * @csspart filter - One filter toggle button (`aria-pressed`); the key-events one also has `key-filter`.
 * @csspart copy-link - The "Copy link" button of an event (with `permalinks`).
 * @csspart horizontal - The horizontal layout: the drawing and the card.
 * @csspart axis - The drawing's time axis (from `<news-timeline-axis>`, like the next parts).
 * @csspart tick - A tick of the axis with its label.
 * @csspart break - A cut-out gap in the drawing.
 * @csspart marker - An event's marker (`data-id`): a ring for a day, a band for a month.
 * @csspart label - An event's label in the drawing (`data-id`).
 * @csspart row - A category row's heading, with `lanes="category"`.
 * @csspart track - A track's heading ("Who led the IRS").
 * @csspart span - A bar of a track (`data-id`).
 * @csspart plot - The focusable box around the drawing (a listbox for assistive technology).
 * @csspart card - The panel that shows the selected event in the horizontal layout.
 * @csspart prev - The "Previous" button of the card.
 * @csspart next - The "Next" button of the card.
 * @csspart hint - The text shown in the card's place when no event is selected.
 * @csspart notice - The discreet notice shown when some of the data could not be used.
 * @csspart error - The box shown instead of the timeline when the data is wholly unusable or
 *   could not be loaded.
 * @csspart retry - The "Try again" button of the error box, after a failed request.
 * @csspart status - The "Loading…" status shown while `src` loads.
 *
 * @cssprop --nt-font-family - Font family. Default: inherited from the page.
 * @cssprop --nt-font-size - Base font size. Default: inherited from the page.
 * @cssprop --nt-line-height - Line height. Default: `1.5`.
 * @cssprop --nt-heading-font-family - Font of the heading and the event headlines. Default: `--nt-font-family`.
 * @cssprop --nt-font-weight-strong - Weight of headings, dates, labels of key events. Default: `700`.
 * @cssprop --nt-line-width - Width of the rail and the axis line. Default: `2px` (the axis line is half as thick).
 * @cssprop --nt-color-text - Text colour. Default: `#1b1c1e` (dark: `#eceef1`).
 * @cssprop --nt-color-text-muted - Secondary text (description, people, sources). Default: `#55595f` (dark: `#aab0b8`).
 * @cssprop --nt-color-background - Background. Default: `#ffffff` (dark: `#16181b`).
 * @cssprop --nt-color-surface - Background of key-event cards. Default: `#f3f4f6` (dark: `#22252a`).
 * @cssprop --nt-color-accent - Links, key-event emphasis. Default: `#0b57b8` (dark: `#8cb8ff`).
 * @cssprop --nt-color-line - The rail and separators. Default: `#8a8f98` (dark: `#7b818b`).
 * @cssprop --nt-color-focus - Focus outline. Default: the accent colour.
 * @cssprop --nt-color-category-<id> - Colour of the category with that id, e.g. `--nt-color-category-court`. Default: a built-in palette in category order.
 * @cssprop --nt-color-error - Border of the box shown when the data cannot be used. Default: `#b42318` (dark: `#ff8a7a`).
 * @cssprop --nt-radius - Corner radius. Default: `6px`.
 * @cssprop --nt-space - Base spacing unit. Default: `0.5rem`.
 * @cssprop --nt-shadow - Shadow around the timeline. Default: `none`.
 * @cssprop --nt-max-width - Maximum width of the element. Default: `none`.
 */
export class NewsTimeline extends LitElement {
  static override styles = styles;

  /** The heading shown above the timeline. Default: the dataset's title. */
  @property({ reflect: true }) accessor heading: string | undefined;

  /**
   * Category ids to show, separated by commas or spaces (`"court lawsuit"`). Default: all.
   * Unknown ids are ignored with a warning.
   */
  @property({ reflect: true }) accessor categories: string | undefined;

  /** Show only events on or after this date (`YYYY-MM-DD` or `YYYY-MM`, inclusive). */
  @property({ reflect: true }) accessor from: string | undefined;

  /** Show only events on or before this date (`YYYY-MM-DD` or `YYYY-MM`, inclusive). */
  @property({ reflect: true }) accessor to: string | undefined;

  /** `oldest-first` (default) or `newest-first`. */
  @property({ reflect: true }) accessor order: string | undefined;

  /** Show only the story's key events. */
  @property({ type: Boolean, reflect: true, attribute: 'key-only' }) accessor keyOnly = false;

  /** BCP 47 locale for dates. Default: the nearest `lang` attribute, else `en-US`. */
  @property({ reflect: true }) accessor locale: string | undefined;

  /** `auto` (default: follows the reader's system), `light` or `dark`. */
  @property({ reflect: true }) accessor theme: string | undefined;

  /**
   * The dataset to show (a `TimelineDataset`). It is validated: unusable events are left out
   * with a notice, and data that is wholly unusable is replaced by an error box. Not called
   * `dataset`, which every element already has for its `data-*` attributes.
   * Default: the bundled `irs-ice` dataset.
   */
  @property({ attribute: false }) accessor data: TimelineDataset | undefined;

  /**
   * The address of a JSON dataset or a CSV sheet to load, used when neither `data` nor `events`
   * is set. Changing it cancels the previous request. Without it, a
   * `<script type="application/json">` (or `text/csv`) inside the element is read; without that,
   * the bundled dataset is shown.
   */
  @property({ reflect: true }) accessor src: string | undefined;

  /** A bare array of events, used when `data` is not set. */
  @property({ attribute: false }) accessor events: TimelineEvent[] | undefined;

  /**
   * The id of the selected event. Reflects the reader's choice; setting it selects that event
   * (without firing `nt-select`). An id the data does not have is ignored with a warning.
   */
  @property({ reflect: true }) accessor selected: string | undefined;

  /**
   * `auto` (default): horizontal and to scale when the element is at least 720 px wide,
   * vertical below, switching live as its container resizes; or `vertical`, `horizontal`.
   * Printing always uses the vertical list.
   */
  @property({ reflect: true }) accessor layout: string | undefined;

  /**
   * Horizontal layout: `compress` (default) cuts long empty gaps down to a marked break;
   * `linear` keeps the whole axis to scale.
   */
  @property({ reflect: true }) accessor gaps: string | undefined;

  /** Horizontal layout: `auto` (default) stacks labels as needed; `category` gives each category a row. */
  @property({ reflect: true }) accessor lanes: string | undefined;

  /** Show filter buttons: one toggle per category and one for key events only. */
  @property({ type: Boolean, reflect: true }) accessor filters = false;

  /**
   * Keep the page's address in step with the selection (`#<scope>/<event id>`, where the scope
   * is the element's `id`, else the dataset's id) and show a "Copy link" button on each event.
   * Opening a page with such an address selects the event whatever this setting.
   */
  @property({ type: Boolean, reflect: true }) accessor permalinks = false;

  /** The event that holds the keyboard's place (roving tabindex). */
  @state() private accessor _activeId: string | null = null;

  /** Text for the polite live region: selection changes, filter results. */
  @state() private accessor _announcement = '';

  /** Move focus to the active event after the next render. */
  private _focusActive = false;

  /** Loads `src` or the inline script. */
  private _source = new DataSourceController(this);
  /** The source state the data was last taken from, to notice a new one. */
  private _seenSource: DataSourceState | null = null;

  /** The element's own width, which `layout="auto"` follows. */
  private _size = new ResizeController(this);
  /** The layout drawn now. */
  private _layout: 'vertical' | 'horizontal' = 'vertical';
  /** The layout of the last render, to notice a switch. */
  private _drawnLayout: 'vertical' | 'horizontal' | null = null;
  private _gaps: 'compress' | 'linear' = 'compress';
  private _lanes: 'auto' | 'category' = 'auto';
  /** True while the page prints: the full list is printed whatever the layout. */
  @state() private accessor _printing = false;
  /** True while the drawing's listbox has focus (the active marker then shows a focus ring). */
  @state() private accessor _plotFocused = false;
  private _print = window.matchMedia?.('print');
  private _onPrint = (e: MediaQueryListEvent): void => {
    this._printing = e.matches;
  };

  private _visible: TimelineEvent[] = [];
  private _dataset: TimelineDataset | null = irsIce;
  private _events: TimelineEvent[] = [];
  /** Problems of the current data (not of attributes), and how many events were left out. */
  private _dataProblems: DataProblem[] = [];
  /** True while `src` loads. */
  private _loading = false;
  /** Why `src` could not be loaded. */
  private _sourceError: string | null = null;
  private _lastSourceError: string | null = null;
  /** The reader pressed Try again and the answer is not in yet. */
  private _retrying = false;
  /** Move focus to the heading after the next render (a retry succeeded). */
  private _focusHeading = false;
  private _leftOut = 0;
  private _locale = 'en-US';
  /** The `lang` of formatted dates when the `locale` attribute differs from the page's language. */
  private _dateLang: string | undefined;
  private _categoryIndex = new Map<string, number>();
  private _categoryLabel = new Map<string, string>();
  private _warned = new Set<string>();
  /** The categories currently shown by the filter (empty: all). */
  private _shownCategories: string[] = [];
  /** Scroll the selected event into view after the next render (opened from a link). */
  private _revealSelected = false;
  /** The event whose link was just copied, and whether copying worked. */
  @state() private accessor _copied: { id: string; ok: boolean } | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this._onHashChange);
    this._print?.addEventListener('change', this._onPrint);
    window.addEventListener('beforeprint', this._beforePrint);
    window.addEventListener('afterprint', this._afterPrint);
    this._fromHash();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this._onHashChange);
    this._print?.removeEventListener('change', this._onPrint);
    window.removeEventListener('beforeprint', this._beforePrint);
    window.removeEventListener('afterprint', this._afterPrint);
  }

  private _beforePrint = (): void => {
    this._printing = true;
  };

  private _afterPrint = (): void => {
    this._printing = !!this._print?.matches;
  };

  private _onHashChange = (): void => this._fromHash();

  /** The scope of this timeline's deep links: its own id, else its dataset's. */
  private get _linkScope(): string {
    return this.id || this._dataset?.id || 'timeline';
  }

  /** The address of an event: the page's address with `#<scope>/<event id>`. */
  eventUrl(id: string): string {
    const url = new URL(window.location.href);
    url.hash = `${this._linkScope}/${id}`;
    return url.href;
  }

  /** Selects the event named by the page's address, if it belongs to this timeline. */
  private _fromHash(): void {
    let hash: string;
    try {
      hash = decodeURIComponent(window.location.hash.slice(1));
    } catch {
      return; // a malformed address (#%E0%A4%A) is not ours to read
    }
    const prefix = `${this._linkScope}/`;
    if (!hash.startsWith(prefix)) return;
    const id = hash.slice(prefix.length);
    if (!this._events.some((e) => e.id === id) && this.hasUpdated) return;
    this.selected = id;
    this._activeId = id;
    this._revealSelected = true;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    const problems: NtProblem[] = [];
    const check = <T>(
      attr: string,
      raw: string | null | undefined,
      parsed: { value: T; problem?: string },
    ): T => {
      if (parsed.problem) problems.push(this._warn(attr, raw ?? '', parsed.problem));
      return parsed.value;
    };

    if (!this.hasUpdated || changed.has('src')) this._source.setSrc(this.src);
    if (
      !this.hasUpdated ||
      changed.has('data') ||
      changed.has('events') ||
      this._source.state !== this._seenSource
    ) {
      this._seenSource = this._source.state;
      this._loadData(problems);
    }

    const inherited = this._inheritedLocale();
    this._locale = check('locale', this.locale, parseLocale(this.locale ?? null)) ?? inherited;
    // Screen readers pronounce "7 de abril" in Spanish only when the text is marked as Spanish.
    this._dateLang = this._locale !== inherited ? this._locale : undefined;
    check('theme', this.theme, parseTheme(this.theme ?? null));
    const layout = check('layout', this.layout, parseLayout(this.layout ?? null));
    this._gaps = check('gaps', this.gaps, parseGaps(this.gaps ?? null));
    this._lanes = check('lanes', this.lanes, parseLanes(this.lanes ?? null));
    // Before the first measurement, read the width once so a wide page never flashes the list.
    const width = this._size.width || (this.isConnected ? this.getBoundingClientRect().width : 0);
    this._layout = this._printing ? 'vertical' : resolveLayout(layout, width);
    const order: TimelineOrder = check('order', this.order, parseOrder(this.order ?? null));
    const categories = (this._shownCategories = check(
      'categories',
      this.categories,
      resolveCategories(parseIdList(this.categories ?? null), [...this._categoryIndex.keys()]),
    ));
    let from = check('from', this.from, parseDateBound(this.from ?? null, 'from'));
    let to = check('to', this.to, parseDateBound(this.to ?? null, 'to'));
    if (from !== null && to !== null && from >= to) {
      problems.push(
        this._warn('from', `${this.from}…${this.to}`, '"from" is after "to"; showing all dates'),
      );
      from = to = null;
    }

    const visible = this._events.filter((e) => {
      if (this.keyOnly && !e.key) return false;
      if (categories.length && !categories.includes(e.category)) return false;
      if (from !== null || to !== null) {
        const start = parseIsoDate(e.date);
        if (!start) return false;
        const endParsed = e.end ? parseIsoDate(e.end) : null;
        const endMs = periodEnd(endParsed ?? start).getTime();
        if (from !== null && endMs <= from) return false;
        if (to !== null && start.date.getTime() >= to) return false;
      }
      return true;
    });
    // The drawing reads left to right in time; newest-first applies to the list only.
    if (order === 'newest-first' && this._layout === 'vertical') visible.reverse();
    this._visible = visible;

    // An id the data does not have is a mistake worth a warning; one that a filter hides is not.
    if (this.selected && this._events.length && !this._events.some((e) => e.id === this.selected)) {
      problems.push(this._warn('selected', this.selected, 'the data has no event with this id'));
    }
    if (!this._activeId || !visible.some((e) => e.id === this._activeId)) {
      const selected = visible.find((e) => e.id === this.selected);
      this._activeId = (selected ?? visible[0])?.id ?? null;
    }

    if (problems.length) this.dispatchEvent(ntEvent('nt-error', { problems }));
  }

  override updated(changed: PropertyValues<this>): void {
    // Keep the selected event in view in the drawing, however it was selected.
    const switched = this._drawnLayout !== this._layout;
    this._drawnLayout = this._layout;
    if (this._layout === 'horizontal' && this.selected && (changed.has('selected') || switched)) {
      const axis = this._axis();
      const id = this.selected;
      void axis?.updateComplete.then(() => axis.scrollToEvent(id));
    }
    if (this._focusHeading) {
      this._focusHeading = false;
      this.renderRoot.querySelector<HTMLElement>('[part="heading"]')?.focus();
    }
    if (this._focusActive) {
      this._focusActive = false;
      if (this._layout === 'horizontal') {
        if (this._activeId) this._axis()?.scrollToEvent(this._activeId);
      } else {
        this._activeElement()?.focus();
      }
    }
    if (this._revealSelected) {
      this._revealSelected = false;
      const target = this.selected
        ? this.renderRoot.querySelector<HTMLElement>(
            `[part~="event"][data-id="${CSS.escape(this.selected)}"]`,
          )
        : null;
      target?.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
      if (this.selected && this._layout === 'horizontal')
        this._axis()?.scrollToEvent(this.selected);
    }
  }

  private _axis(): NewsTimelineAxis | null {
    return this.renderRoot.querySelector('news-timeline-axis');
  }

  /** The focusable element of the active event. */
  private _activeElement(): HTMLElement | null {
    if (!this._activeId) return null;
    return this.renderRoot.querySelector<HTMLElement>(
      `[part~="event"][data-id="${CSS.escape(this._activeId)}"]`,
    );
  }

  /** Selects an event (or clears the selection) on the reader's behalf. */
  private _select(id: string | null): void {
    const event = id ? (this._visible.find((e) => e.id === id) ?? null) : null;
    if ((this.selected ?? null) === (event?.id ?? null)) return;
    this.selected = event?.id;
    if (event) this._activeId = event.id;
    this._announcement = event
      ? `Selected: ${formatIsoDate(event.date, this._locale)}, ${event.title}`
      : 'Selection cleared';
    this.dispatchEvent(ntEvent('nt-select', { event }));
    if (this.permalinks) {
      const url = event ? this.eventUrl(event.id) : window.location.href.replace(/#.*$/, '');
      history.replaceState(history.state, '', url);
    }
  }

  /** A filter toggle was pressed: update the filter properties and tell the page. */
  private _toggleCategory(id: string): void {
    const all = [...this._categoryIndex.keys()].filter((c) =>
      this._events.some((e) => e.category === c),
    );
    const shown = this._shownCategories.length ? this._shownCategories : all;
    const next = shown.includes(id) ? shown.filter((c) => c !== id) : [...shown, id];
    if (next.length === 0) {
      this._announcement = 'At least one category stays shown.';
      return;
    }
    const ordered = all.filter((c) => next.includes(c));
    this.categories = ordered.length === all.length ? undefined : ordered.join(' ');
    this._afterFilter();
  }

  private _toggleKeyOnly(): void {
    this.keyOnly = !this.keyOnly;
    this._afterFilter();
  }

  private async _afterFilter(): Promise<void> {
    await this.updateComplete;
    const total = this._events.length;
    const count = this._visible.length;
    this._announcement = `Showing ${count} of ${total} events`;
    this.dispatchEvent(
      ntEvent('nt-filter', {
        categories: [...this._shownCategories],
        keyOnly: this.keyOnly,
        count,
      }),
    );
  }

  private async _copyLink(e: TimelineEvent): Promise<void> {
    const url = this.eventUrl(e.id);
    let ok = true;
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      ok = false;
    }
    this._copied = { id: e.id, ok };
    this._announcement = ok ? 'Link copied' : `Could not copy; the link is ${url}`;
  }

  /**
   * Keyboard model, the same in every layout: arrows (either axis) move between events,
   * Home/End jump to the ends, Enter or Space selects, Escape clears. Handled on the list, so it
   * only acts while focus is inside this timeline.
   */
  private _onKeydown(e: KeyboardEvent): void {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    // Enter and Space select only on the navigable item itself (an event in the list, or the
    // drawing's listbox), never on a link or button inside.
    const onEvent = (e.target as HTMLElement).matches('[part~="event"], [part~="plot"]');
    const ids = this._visible.map((v) => v.id);
    const index = Math.max(0, ids.indexOf(this._activeId ?? ''));
    let next: number | null = null;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowRight':
        next = Math.min(ids.length - 1, index + 1);
        break;
      case 'ArrowUp':
      case 'ArrowLeft':
        next = Math.max(0, index - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = ids.length - 1;
        break;
      case 'Enter':
      case ' ':
        if (!onEvent) return; // a link or button inside keeps its own Enter and Space
        this._select(ids[index]);
        break;
      case 'Escape':
        if (this.selected === undefined) return;
        this._select(null);
        break;
      default:
        return;
    }
    e.preventDefault();
    if (next !== null && ids[next] !== undefined) {
      this._activeId = ids[next];
      this._focusActive = true;
    }
  }

  private _onPick(e: NtAxisPickEvent): void {
    this._select(e.detail.id);
  }

  /** The card's Previous and Next buttons. */
  private _step(delta: number): void {
    const ids = this._visible.map((v) => v.id);
    const from = ids.indexOf(this.selected ?? this._activeId ?? '');
    const next = ids[Math.min(ids.length - 1, Math.max(0, from + delta))];
    if (next === undefined) return;
    this._select(next);
    this._focusActive = true;
  }

  private _onClick(e: MouseEvent): void {
    const target = e.target as HTMLElement;
    if (target.closest('a, button, summary')) return;
    const card = target.closest<HTMLElement>('[part~="event"]');
    if (card?.dataset.id) this._select(card.dataset.id);
  }

  /** Validates `data` (or `events`) into the dataset that is rendered. */
  private _loadData(problems: NtProblem[]): void {
    let result: { dataset: TimelineDataset | null; problems: DataProblem[] };
    let given: number | null = null;
    const source = this._source.state;
    this._loading = false;
    this._sourceError = null;
    // Precedence: the data property, the events property, src, the inline script, the bundle.
    if (this.data !== undefined) {
      result = validateDataset(this.data);
      given = countEvents((this.data as { events?: unknown } | null)?.events);
    } else if (this.events !== undefined) {
      result = validateEvents(this.events);
      given = countEvents(this.events);
    } else if (source.status === 'ready') {
      result = source.result;
      // After Try again worked, keyboard focus goes to the timeline it brought.
      if (this._retrying) this._focusHeading = true;
      this._retrying = false;
    } else if (source.status === 'loading' && this._retrying) {
      // Trying again: the box (and its focused button) stays until the answer comes.
      this._sourceError = this._lastSourceError;
      result = { dataset: null, problems: [] };
    } else if (source.status === 'loading') {
      this._loading = true;
      result = { dataset: null, problems: [] };
    } else if (source.status === 'error') {
      this._sourceError = this._lastSourceError = source.message;
      this._retrying = false;
      result = {
        dataset: null,
        problems: [{ path: 'src', message: source.message, severity: 'error' }],
      };
    } else {
      // The bundled dataset is checked by its own tests; no need to validate it on every page.
      result = { dataset: irsIce, problems: [] };
    }
    const ds = result.dataset;
    this._dataset = ds;
    this._dataProblems = result.problems;
    this._leftOut =
      given === null
        ? result.problems.filter((p) => /The event was left out/.test(p.message)).length
        : ds
          ? Math.max(0, given - ds.events.length)
          : given;
    // Validated data is already in order; sorting again (stably) costs little and keeps the
    // bundled dataset honest. Keys are computed once per event, not once per comparison.
    const had = this.selected !== undefined && this._events.some((e) => e.id === this.selected);
    this._events = sortByDate(ds?.events ?? []);
    // New data keeps the selection when its id survives; when it does not, the selection goes
    // quietly (the page replaced the data; the reader did nothing).
    if (had && !this._events.some((e) => e.id === this.selected)) this.selected = undefined;
    // Data that arrives later (src, inline) may carry the event the page's address names, or
    // its own dataset id as the links' scope.
    if (this.selected === undefined && this._events.length) this._fromHash();
    this._categoryIndex = new Map((ds?.categories ?? []).map((c, i) => [c.id, i]));
    this._categoryLabel = new Map((ds?.categories ?? []).map((c) => [c.id, c.label]));
    if (result.problems.length) {
      problems.push(...result.problems);
      const errors = result.problems.filter((p) => p.severity === 'error').length;
      console.warn(
        `<news-timeline>: ${ds ? `${errors} error(s) and ${result.problems.length - errors} warning(s) in the data` : 'the data cannot be shown'}:\n` +
          result.problems.map((p) => `  ${p.path || '(data)'}: ${p.message}`).join('\n'),
      );
    }
  }

  /** Warns once per attribute and value; returns the problem for the `nt-error` event. */
  private _warn(attr: string, value: string, problem: string): NtProblem {
    const message = `ignoring ${attr}="${value}": ${problem}.`;
    const key = `${attr}\u0000${value}`;
    if (!this._warned.has(key)) {
      this._warned.add(key);
      console.warn(`<news-timeline>: ${message}`);
    }
    return { path: attr, message, severity: 'warning' };
  }

  private _inheritedLocale(): string {
    const lang = this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang;
    return parseLocale(lang || null).value ?? 'en-US';
  }

  private _categoryStyle(id: string) {
    return styleProps({ '--_cat': categoryColor(id, this._categoryIndex.get(id)) });
  }

  override render(): TemplateResult {
    const ds = this._dataset;
    if (!ds) return this._loading ? this._renderLoading() : this._renderErrorBox();
    const title = this.heading ?? ds.title;
    const total = this._events.length;
    const shown = this._visible.length;
    // The legend explains what is on screen: only the categories of the events shown.
    const shownCategories = new Set(this._visible.map((e) => e.category));
    const usedCategories = ds.categories.filter((c) => shownCategories.has(c.id));
    const hasKey = this._visible.some((e) => e.key);

    return html`
      <section class="timeline" part="base" aria-labelledby="heading">
        <header>
          <h2 id="heading" class="heading" part="heading" tabindex="-1">${title}</h2>
          ${
            ds.description
              ? html`<p class="description" part="description">${ds.description}</p>`
              : nothing
          }
          ${this.filters ? this._renderFilters() : nothing}
          ${
            !this.filters && (usedCategories.length || hasKey)
              ? html`<ul class="legend" part="legend" aria-label="Legend">
                  ${usedCategories.map(
                    (c) =>
                      html`<li ${this._categoryStyle(c.id)}>
                        <span class="swatch" aria-hidden="true"></span>${c.label}
                      </li>`,
                  )}
                  ${
                    hasKey
                      ? html`<li><span class="key-swatch" aria-hidden="true"></span>Key event</li>`
                      : nothing
                  }
                </ul>`
              : nothing
          }
        </header>
        ${this._renderNotice()}
        ${
          shown && this._layout === 'horizontal'
            ? this._renderHorizontal(title)
            : shown
              ? // role="list": Safari drops list semantics from a list styled without markers.
                html`<ol
                  class="events ${this._visible.length > LONG_LIST ? 'long' : ''}"
                  part="list"
                  role="list"
                  @keydown=${this._onKeydown}
                  @click=${this._onClick}
                >
                  ${repeat(
                    this._visible,
                    (e) => e.id,
                    (e, i) => this._renderItem(e, i),
                  )}
                </ol>`
              : html`<p class="empty" part="empty" role="status">
                  ${total ? 'No events match the current settings.' : 'There are no events to show yet.'}
                </p>`
        }
        <p class="footer" part="footer">
          ${shown < total ? html`Showing ${shown} of ${total} events. ` : nothing}
          ${
            ds.updated && parseIsoDate(ds.updated)
              ? html`Last updated
                  <time datetime=${ds.updated}>${formatIsoDate(ds.updated, this._locale)}</time>.`
              : nothing
          }
        </p>
        <div class="visually-hidden" role="status" aria-live="polite">${this._announcement}</div>
      </section>
    `;
  }

  /** Toggle buttons for the categories and for key events only. */
  private _renderFilters(): TemplateResult {
    const ds = this._dataset!;
    const present = ds.categories.filter((c) => this._events.some((e) => e.category === c.id));
    const shown = this._shownCategories;
    return html`<div class="filters" part="filters" role="group" aria-label="Filter events">
      ${present.map((c) => {
        const pressed = shown.length === 0 || shown.includes(c.id);
        return html`<button
          type="button"
          class="filter"
          part="filter"
          ${this._categoryStyle(c.id)}
          aria-pressed=${pressed ? 'true' : 'false'}
          @click=${() => this._toggleCategory(c.id)}
        >
          <span class="swatch" aria-hidden="true"></span>${c.label}
        </button>`;
      })}
      ${
        this._events.some((e) => e.key)
          ? html`<button
              type="button"
              class="filter key-filter"
              part="filter key-filter"
              aria-pressed=${this.keyOnly ? 'true' : 'false'}
              @click=${this._toggleKeyOnly}
            >
              <span class="key-swatch" aria-hidden="true"></span>Key events only
            </button>`
          : nothing
      }
    </div>`;
  }

  /** Shown while `src` loads: a status that assistive technology announces. */
  private _renderLoading(): TemplateResult {
    return html`<section class="timeline" part="base" aria-labelledby="heading" aria-busy="true">
      <h2 id="heading" class="heading" part="heading">${this.heading || 'Timeline'}</h2>
      <p class="loading" part="status" role="status">Loading the timeline…</p>
    </section>`;
  }

  /** Shown instead of the timeline when nothing in the data can be used. */
  private _renderErrorBox(): TemplateResult {
    const title = this.heading || 'Timeline';
    const body = this._sourceError
      ? html`<p class="error-title">This timeline could not be loaded.</p>
          <p>${this._sourceError}</p>
          <button
            type="button"
            class="retry"
            part="retry"
            aria-disabled=${this._retrying ? 'true' : 'false'}
            @click=${this._retry}
          >
            ${this._retrying ? 'Trying again…' : 'Try again'}
          </button>`
      : html`<p class="error-title">
            This timeline cannot be shown because its data is not usable.
          </p>
          <ul>
            ${this._dataProblems
              .filter((p) => p.severity === 'error')
              .slice(0, 10)
              .map(
                (p) =>
                  html`<li>${p.path ? html`<code>${p.path}</code>: ` : nothing}${p.message}</li>`,
              )}
          </ul>`;
    return html`<section class="timeline" part="base" aria-labelledby="heading">
      <h2 id="heading" class="heading" part="heading">${title}</h2>
      <div class="error-box" part="error" role="alert">${body}</div>
    </section>`;
  }

  private _retry(): void {
    if (this._retrying) return;
    this._retrying = true;
    this._source.retry();
  }

  /** A discreet note when some of the data was left out, with the reasons behind a disclosure. */
  private _renderNotice(): TemplateResult | typeof nothing {
    const errors = this._dataProblems.filter((p) => p.severity === 'error');
    if (!errors.length) return nothing;
    const n = this._leftOut;
    const summary =
      n > 0
        ? `${n} ${n === 1 ? 'event' : 'events'} could not be shown`
        : 'Some details could not be shown';
    return html`<details class="notice" part="notice">
      <summary>${summary}</summary>
      <ul>
        ${errors
          .slice(0, 50)
          .map(
            (p) => html`<li>${p.path ? html`<code>${p.path}</code>: ` : nothing}${p.message}</li>`,
          )}
        ${errors.length > 50 ? html`<li>…and ${errors.length - 50} more.</li>` : nothing}
      </ul>
    </details>`;
  }

  /**
   * The horizontal layout. The drawing is hidden from assistive technology; the same events are
   * exposed as the options of a listbox that holds the keyboard focus (one tab stop), with the
   * active option followed by a focus ring in the drawing. The selected event opens in a card.
   */
  private _renderHorizontal(title: string): TemplateResult {
    const ds = this._dataset!;
    const visible = this._visible;
    const activeIndex = Math.max(
      0,
      visible.findIndex((e) => e.id === this._activeId),
    );
    const selectedIndex = visible.findIndex((e) => e.id === this.selected);
    const selected = visible[selectedIndex];
    return html`<div class="horizontal" part="horizontal">
      <div
        class="plot"
        part="plot"
        role="listbox"
        tabindex="0"
        aria-label=${`${title}: ${visible.length} events. Arrow keys move, Enter opens.`}
        aria-activedescendant=${`option-${activeIndex}`}
        @keydown=${this._onKeydown}
        @focus=${() => (this._plotFocused = true)}
        @blur=${() => (this._plotFocused = false)}
      >
        <ul role="none" class="visually-hidden">
          ${visible.map(
            (e, i) =>
              html`<li
                role="option"
                id=${`option-${i}`}
                aria-selected=${e.id === this.selected ? 'true' : 'false'}
              >
                ${formatIsoDate(e.date, this._locale)}: ${e.title}${e.key ? ' (key event)' : ''}
              </li>`,
          )}
        </ul>
        <news-timeline-axis
          aria-hidden="true"
          exportparts="axis, tick, year, break, marker, label, row, track, span"
          .events=${visible}
          .tracks=${ds.tracks ?? []}
          .categories=${ds.categories}
          .locale=${this._locale}
          gaps=${this._gaps}
          lanes=${this._lanes}
          .selectedId=${this.selected ?? null}
          .activeId=${this._plotFocused ? (visible[activeIndex]?.id ?? null) : null}
          @nt-axis-pick=${this._onPick}
        ></news-timeline-axis>
      </div>
      ${
        selected
          ? html`<div class="card" part="card">
              <div class="card-nav">
                <button
                  type="button"
                  part="prev"
                  ?disabled=${selectedIndex === 0}
                  @click=${() => this._step(-1)}
                >
                  <span aria-hidden="true">←</span> Previous
                </button>
                <span class="card-position">${selectedIndex + 1} of ${visible.length}</span>
                <button
                  type="button"
                  part="next"
                  ?disabled=${selectedIndex === visible.length - 1}
                  @click=${() => this._step(1)}
                >
                  Next <span aria-hidden="true">→</span>
                </button>
              </div>
              ${this._renderEvent(selected, selectedIndex, { card: true })}
            </div>`
          : html`<p class="hint" part="hint">
              Select an event on the timeline to read it here, with its sources.
            </p>`
      }
    </div>`;
  }

  private _renderItem(e: TimelineEvent, i: number): TemplateResult {
    const year = yearOf(e.date);
    const prev = this._visible[i - 1];
    const newYear = !prev || yearOf(prev.date) !== year;
    // `key` on the item too: the marker beside the article is emphasised with it.
    return html`<li class="item ${e.key ? 'key' : ''}" ${this._categoryStyle(e.category)}>
      ${newYear && !Number.isNaN(year) ? html`<h3 class="year" part="year">${year}</h3>` : nothing}
      <span class="marker" aria-hidden="true"></span>
      ${this._renderEvent(e, i, { card: false })}
    </li>`;
  }

  /**
   * One event: in the list (a roving-tabindex item) or as the horizontal layout's card (not an
   * item of any list; its links are in the tab order).
   */
  private _renderEvent(e: TimelineEvent, i: number, { card }: { card: boolean }): TemplateResult {
    const categoryLabel = this._categoryLabel.get(e.category) ?? e.category;
    const titleId = `title-${i}`;
    const dateId = `date-${i}`;
    const active = card || e.id === this._activeId;
    const selected = !card && e.id === this.selected;
    return html`<article
      class="event ${e.key ? 'key' : ''} ${selected ? 'selected' : ''}"
      part="event${e.key ? ' key' : ''}${selected ? ' selected' : ''}"
      ${card ? this._categoryStyle(e.category) : styleProps({})}
      data-id=${e.id}
      tabindex=${card ? nothing : active ? 0 : -1}
      aria-current=${selected ? 'true' : nothing}
      aria-labelledby="${dateId} ${titleId}"
    >
      <div class="meta">
        ${this._renderDate(e, dateId)}
        <span class="badge" part="badge"
          ><span class="swatch" aria-hidden="true"></span>${categoryLabel}</span
        >
        ${e.key ? html`<span class="key-label">Key event</span>` : nothing}
      </div>
      ${
        card
          ? // In the card no year heading stands above: h3 keeps the outline in order.
            html`<h3 class="title" part="title" id=${titleId}>${e.title}</h3>`
          : html`<h4 class="title" part="title" id=${titleId}>${e.title}</h4>`
      }
      <p class="summary" part="summary">${e.summary}</p>
      ${
        e.people?.length
          ? html`<p class="people" part="people">
              <span class="visually-hidden">People involved: </span>${e.people.map(
                (name, i) => html`${i ? ', ' : ''}<bdi>${name}</bdi>`,
              )}
            </p>`
          : nothing
      }
      ${e.sources?.length ? this._renderSources(e.sources, active) : nothing}
      ${this.permalinks ? this._renderCopyLink(e, active) : nothing}
    </article>`;
  }

  private _renderCopyLink(e: TimelineEvent, active: boolean): TemplateResult {
    const copied = this._copied?.id === e.id ? this._copied : null;
    return html`<p class="copy-link-row">
      <button
        type="button"
        class="copy-link"
        part="copy-link"
        tabindex=${active ? nothing : -1}
        aria-label=${`Copy link to “${e.title}”`}
        @click=${() => this._copyLink(e)}
      >
        ${copied ? (copied.ok ? 'Link copied' : 'Copy failed') : 'Copy link'}
      </button>
      ${
        copied && !copied.ok ? html`<span class="link-text">${this.eventUrl(e.id)}</span>` : nothing
      }
    </p>`;
  }

  private _renderDate(e: TimelineEvent, id: string): TemplateResult {
    const lang = this._dateLang ?? nothing;
    if (!e.end) {
      return html`<time class="date" part="date" id=${id} datetime=${e.date} lang=${lang}
        >${formatIsoDate(e.date, this._locale)}</time
      >`;
    }
    return html`<span class="date" part="date" id=${id} lang=${lang}
      ><time datetime=${e.date}>${formatIsoDate(e.date, this._locale)}</time> –
      <time datetime=${e.end}>${formatIsoDate(e.end, this._locale)}</time></span
    >`;
  }

  /** Links are in the tab order only in the active event, so the list stays one tab stop. */
  private _renderSources(sources: TimelineSource[], active: boolean): TemplateResult {
    return html`<div class="sources" part="sources">
      <p class="sources-label">${sources.length === 1 ? 'Source' : 'Sources'}</p>
      <ul>
        ${sources.map((s) => {
          const date = s.published ? formatIsoDate(s.published, this._locale) : '';
          // <bdi>: a right-to-left name never reorders the text around it.
          const label = html`<bdi>${s.publisher}</bdi>${date ? `, ${date}` : ''}`;
          return html`<li>
            ${
              s.url && isSafeUrl(s.url)
                ? html`<a
                    href=${s.url}
                    target="_blank"
                    rel="noopener noreferrer"
                    tabindex=${active ? nothing : -1}
                    >${label}<span class="visually-hidden"> (opens in a new tab)</span></a
                  >`
                : label
            }${s.title ? html`: “<bdi>${s.title}</bdi>”` : nothing}
          </li>`;
        })}
      </ul>
    </div>`;
  }
}

/** Events in date order (stable), with each date parsed once. */
function sortByDate(events: readonly TimelineEvent[]): TimelineEvent[] {
  const keyed = events.map((e, i) => ({ e, i, t: dateSortKey(e.date) }));
  keyed.sort((a, b) => a.t - b.t || a.i - b.i);
  return keyed.map((k) => k.e);
}

function reducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** From this many events the list renders lazily (content-visibility). */
const LONG_LIST = 200;

function countEvents(value: unknown): number {
  return Array.isArray(value) ? value.length : 0;
}

declare global {
  interface HTMLElementTagNameMap {
    'news-timeline': NewsTimeline;
  }
}
