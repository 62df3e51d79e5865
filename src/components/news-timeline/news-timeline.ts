import { LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type {
  TimelineCategory,
  TimelineDataset,
  TimelineEvent,
  TimelineTranslation,
} from '../../data/types.js';
import { loadDataTools, loadedDataTools } from '../../data/load-tools.js';
import { translationFor, translationTag } from '../../data/translate.js';
import { formatIsoDate } from '../../data/format.js';
import { ntEvent, type NtAxisPickEvent, type NtProblem } from '../../events.js';
import {
  directionOf,
  en,
  stringsFor,
  stringsLanguage,
  type TimelineStrings,
} from '../../i18n/strings.js';
import { memo } from '../../data/memo.js';
import { fill } from '../../i18n/format.js';
import type { ResolvedLayout } from '../../options.js';
import { DataSourceController } from '../../controllers/data-source-controller.js';
import { ImageFailuresController } from '../../controllers/image-failures-controller.js';
import { MediaController } from '../../controllers/media.js';
import { OnDemandController } from '../../controllers/on-demand-controller.js';
import { PermalinkController } from '../../controllers/permalink-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { RovingFocusController } from '../../controllers/roving-focus-controller.js';
import {
  inheritedLocale,
  readAttributes,
  resolveLayout,
  type TimelineOptions,
} from './attributes.js';
import { clickedEvent } from './templates/list.js';
import { dataResolver, localizedData, type ResolvedData } from './data.js';
import { viewDeriver, type TimelineView } from './view.js';
import { FiltersController } from './filters-controller.js';
import { focusEvent, revealEvent, scrollAxisWhenDrawn } from './focus.js';
import { AttributeWarnings, warnDataProblems } from './warnings.js';
import type { Handlers, RenderContext } from './templates/context.js';
import { renderErrorBox, renderLoading } from './templates/status.js';
import { renderTimeline } from './templates/timeline.js';
import { styles } from './news-timeline.styles.js';

/**
 * A chronological, sourced timeline for news articles. Data comes from the `data` or `events`
 * property, a `src` address, an inline `<script type="application/json">`, or else
 * `NewsTimeline.defaultData` (the drop-in bundle sets the IRS–ICE taxpayer data-sharing story).
 *
 * @tag news-timeline
 * @summary A chronological timeline of sourced events for articles.
 *
 * @fires {NtSelectEvent} nt-select - The reader selected an event (click, Enter or Space) or cleared the
 *   selection (Escape); `detail.event` is the event, or `null`. Not fired when the `selected`
 *   attribute or property is set by the page.
 * @fires {NtFilterEvent} nt-filter - The reader changed a filter (with `filters` on); `detail` has the
 *   `categories` shown (empty: all), `keyOnly` and the `count` of events shown.
 * @fires {NtErrorEvent} nt-error - A configuration or data problem was found; `detail.problems` lists each
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
 * @csspart sources - The event's list of sources (or "No source listed").
 * @csspart media - The event's image and its caption (a `<figure>`).
 * @csspart image - The image (`<img>`).
 * @csspart image-fallback - The alt text shown in place of an image that could not be loaded.
 * @csspart media-caption - The image's caption and credit (`<figcaption>`).
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
 * @csspart count - The "+6" of a label that stands for events crowded at one spot (`data-id`:
 *   the first of them).
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

  /**
   * The dataset shown when the element is given no data (no `data`, `events`, `src` or inline
   * script). Unset in the ESM build, so that a page that brings its own data never downloads a
   * story it does not show; the drop-in bundle sets it to the IRS–ICE story.
   */
  static defaultData: TimelineDataset | undefined;

  /**
   * Translations of `defaultData` that load when first shown, by language tag (`es`, or an
   * exact tag such as `es-MX`): each a function that resolves to a `TimelineTranslation`. The
   * drop-in bundle puts its story's Spanish edition here, so that only a page in Spanish
   * downloads it. Until one arrives the timeline says it is loading; if it cannot be loaded,
   * the story shows in its own language.
   */
  static defaultTranslations: Record<string, () => Promise<TimelineTranslation>> | undefined;

  /** The heading shown above the timeline. Default: the dataset's title. */
  @property({ reflect: true }) heading: string | undefined;

  /**
   * Category ids to show, separated by commas or spaces (`"court lawsuit"`). Default: all.
   * Unknown ids are ignored with a warning.
   */
  @property({ reflect: true }) categories: string | undefined;

  /**
   * Show only events on or after this date, inclusive: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a
   * date-time (`2025-11-04T20:00`, in the story's `timeZone`, or with an offset).
   */
  @property({ reflect: true }) from: string | undefined;

  /** Show only events on or before this date, inclusive; written as `from` is. */
  @property({ reflect: true }) to: string | undefined;

  /** `oldest-first` (default) or `newest-first`. */
  @property({ reflect: true }) order: string | undefined;

  /** Show only the story's key events. */
  @property({ type: Boolean, reflect: true, attribute: 'key-only' }) keyOnly = false;

  /**
   * BCP 47 locale: the dates and numbers, the interface's words (English and Spanish are built
   * in; others through `strings`) and the story's words when its data has a translation for it.
   * Default: the nearest `lang` attribute, else `en-US`.
   */
  @property({ reflect: true }) locale: string | undefined;

  /** `auto` (default: follows the reader's system), `light` or `dark`. */
  @property({ reflect: true }) theme: string | undefined;

  /**
   * The dataset to show (a `TimelineDataset`), validated: unusable events are left out with a
   * notice; wholly unusable data is replaced by an error box. (Not `dataset`, which every element
   * has for its `data-*` attributes.) Default: `NewsTimeline.defaultData`.
   */
  @property({ attribute: false }) data: TimelineDataset | undefined;

  /**
   * The address of a JSON dataset or a CSV sheet to load, used when neither `data` nor `events`
   * is set. Changing it cancels the previous request. Without it, a
   * `<script type="application/json">` (or `text/csv`) inside the element is read; without that,
   * `NewsTimeline.defaultData` is shown (the drop-in bundle sets the IRS–ICE story; the ES
   * modules set none). JSON or CSV, ours or a TimelineJS file (recognised and imported); a file
   * that is not UTF-8 is read as Windows-1252, with a warning. Problems: `nt-error`.
   */
  @property({ reflect: true }) src: string | undefined;

  /** A bare array of events, used when `data` is not set. */
  @property({ attribute: false }) events: TimelineEvent[] | undefined;

  /**
   * The id of the selected event. Reflects the reader's choice; setting it selects that event
   * (without firing `nt-select`). An id the data does not have is ignored with a warning.
   */
  @property({ reflect: true }) selected: string | undefined;

  /**
   * `auto` (default): horizontal and to scale when the element is at least 720 px wide,
   * vertical below, switching live as its container resizes; or `vertical`, `horizontal`.
   * Printing always uses the vertical list.
   */
  @property({ reflect: true }) layout: string | undefined;

  /**
   * Horizontal layout: `compress` (default) cuts long empty gaps down to a marked break;
   * `linear` keeps the whole axis to scale.
   */
  @property({ reflect: true }) gaps: string | undefined;

  /** Horizontal layout: `auto` (default) stacks labels as needed; `category` gives each category a row. */
  @property({ reflect: true }) lanes: string | undefined;

  /** Show filter buttons: one toggle per category and one for key events only. */
  @property({ type: Boolean, reflect: true }) filters = false;

  /**
   * Keep the page's address in step with the selection (`#<scope>/<event id>`, where the scope
   * is the element's `id`, else the dataset's id) and show a "Copy link" button on each event.
   * Opening a page with such an address selects the event whatever this setting.
   */
  @property({ type: Boolean, reflect: true }) permalinks = false;

  /**
   * The interface's words (a partial `TimelineStrings` table) for a language not built in
   * (English and Spanish are, by `locale`), or to change some; each key left out falls back to
   * the locale's table, then English. A message: text with `{name}` placeholders, or its
   * plural forms (`{ one: '…', other: '…' }`).
   */
  @property({ attribute: false }) strings: Partial<TimelineStrings> | undefined;

  /** The polite live region's text: selection changes, filter results. */
  @state() private _announcement = '';

  /** True while the drawing's listbox has focus (the active marker then shows a focus ring). */
  @state() private _plotFocused = false;

  /** Loads `src` or the inline script, and owns the loading state. */
  private readonly _source = new DataSourceController(this, {
    tools: () => this._parts.load('data-tools', loadDataTools),
    loadedTools: loadedDataTools,
  });
  /** `layout="auto"` follows the width: an update only when the layout would switch. */
  private readonly _size = new ResizeController(this, {
    shouldUpdate: ({ width }) =>
      !this.hasUpdated ||
      (!this._media.printing && resolveLayout(this._options.layout, width) !== this._layout),
  });
  private readonly _media = new MediaController(this); // print: always the full list
  /** The images that failed to load: their alt text is shown instead. */
  private readonly _images = new ImageFailuresController(this);
  /** The parts loaded the first time they are needed (see `OnDemandController`). */
  private readonly _parts = new OnDemandController(this);
  /** Arrow keys, Home, End, Enter, Space, Escape; the keyboard's place. */
  private readonly _keys = new RovingFocusController(this, {
    ids: () => this._view.visible.map((e) => e.id),
    isItem: (target) => target.matches('[part~="event"], [part~="plot"]'),
    onSelect: (id) => this._select(id),
    onClear: () => {
      if (this.selected === undefined) return false;
      this._select(null);
      return true;
    },
    focus: (id) => focusEvent(this.renderRoot, id, this._layout),
    dir: () => this._dir,
  });
  private readonly _filters = new FiltersController(this, {
    view: () => this._view,
    shown: () => this._options.categories,
    announce: (kind, shown, total) =>
      kind === 'last-category'
        ? this._say('lastCategory')
        : this._say('filterAnnouncement', { shown, total, count: total }),
  });
  private readonly _links = new PermalinkController(this, {
    scope: () =>
      this.id ||
      (this.hasUpdated ? this._data.dataset?.id : NewsTimeline.defaultData?.id) ||
      'timeline',
    onLink: (id) => this._openLink(id),
    reveal: (id) => revealEvent(this.renderRoot, id, this._layout),
  });

  private readonly _resolve = dataResolver();
  private _data!: ResolvedData;
  /** The data shown before the data now on its way (see `_dataChanged`). */
  private _before: ResolvedData | undefined;
  private _options!: TimelineOptions;
  private _view!: TimelineView;
  private _locale = 'en-US';
  private _strings: TimelineStrings = en; // the interface's words, for the locale
  /** The reading direction of the page around the timeline (the drawing mirrors in `rtl`). */
  private _dir: 'ltr' | 'rtl' = 'ltr';
  /** The data as shown: in the locale's language when the dataset has a translation. */
  private _shown!: ResolvedData;
  /** The `lang` of formatted dates when the `locale` attribute differs from the page's language. */
  private _dateLang: string | undefined;
  private _layout: ResolvedLayout = 'vertical';
  /** The layout would be horizontal, but the drawing could not be loaded. */
  private _drawingFailed = false;
  private _drawnLayout: ResolvedLayout | null = null; // last rendered, to notice a switch
  private readonly _warnings = new AttributeWarnings();
  /** Focus the heading after the next render (Try again brought the timeline). */
  private _focusHeading = false;

  /** The address of an event: the page's address with `#<scope>/<event id>`. */
  eventUrl(id: string): string {
    return this._links.eventUrl(id);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('src')) this._source.setSrc(this.src);
    const previous = this._data;
    const given = this.data !== undefined || this.events !== undefined;
    this._data = this._resolve({
      data: this.data,
      events: this.events,
      source: this._source.state,
      fallback: NewsTimeline.defaultData,
      base: this.baseURI,
      tools: given ? this._parts.need('data-tools', loadDataTools, loadedDataTools()) : undefined,
    });
    const problems: NtProblem[] = [];
    if (this._data !== previous) this._dataChanged(previous, problems);
    this._readOptions(problems);
    this._shown = this._showDefaultIn(this._locale) ?? this._localize(this._data, this._locale);
    this._strings = this._stringsFor(this._locale, this.strings);
    this._dir = getComputedStyle(this).direction === 'rtl' ? 'rtl' : 'ltr';
    const events = this._shown.events;
    this._view = this._deriveView(events, this._shown.dataset?.categories ?? NONE, {
      ...this._options,
      keyOnly: this.keyOnly,
      layout: this._layout,
    });
    // An id the data does not have is a mistake worth a warning; one that a filter hides is not.
    const { selected } = this;
    if (selected && events.length && !events.some((e) => e.id === selected)) {
      problems.push(
        this._warnings.warn('selected', selected, 'the data has no event with this id'),
      );
    }
    const ids = this._view.visible.map((e) => e.id);
    this._keys.sync(ids, selected);
    if (problems.length) this.dispatchEvent(ntEvent('nt-error', { problems }));
  }

  /** New data: keep or drop the selection, follow the page's address, report problems. */
  private _dataChanged(previous: ResolvedData | undefined, problems: NtProblem[]): void {
    const data = this._data;
    const has = (d: ResolvedData | undefined) => !!d?.events.some((e) => e.id === this.selected);
    // New data keeps the selection when its id survives; when it does not, the selection goes
    // quietly (the page replaced the data; the reader did nothing). Data on its way (a file,
    // the data tools) is judged when it is in, against the data shown before it.
    if (data.status === 'loading' || data.status === 'retrying') {
      if (previous?.status === 'ready') this._before = previous;
      return;
    }
    const before = previous?.status === 'ready' ? previous : this._before;
    this._before = undefined;
    if (this.selected !== undefined && has(before) && !has(data)) this.selected = undefined;
    // Data that arrives later (src, inline) may carry the event the page's address names, or
    // its own dataset id as the links' scope.
    if (this.selected === undefined && data.events.length) this._links.follow();
    // After Try again worked, keyboard focus goes to the timeline it brought.
    if (data.retried && data.dataset) this._focusHeading = true;
    problems.push(...data.problems);
    warnDataProblems(data.problems, !!data.dataset);
  }

  /**
   * The default story in `locale` when its translation loads on demand (see
   * `defaultTranslations`): the translated data once it is in, the loading state meanwhile.
   * `undefined` when that does not apply (other data, a translation already in the dataset).
   */
  private _showDefaultIn(locale: string): ResolvedData | undefined {
    const data = this._data;
    const loaders = NewsTimeline.defaultTranslations;
    if (!loaders || !data.dataset || data.dataset !== NewsTimeline.defaultData) return undefined;
    if (translationFor(data.dataset, locale)) return undefined;
    const tag = translationTag(Object.keys(loaders), locale);
    if (tag === undefined) return undefined;
    const translation = this._parts.need(`translation:${tag}`, loaders[tag]!);
    if (translation.status === 'loading') return { ...data, status: 'loading', dataset: null };
    if (translation.status === 'failed') return undefined;
    return this._localize(data, locale, translation.value);
  }

  /** Parses the attributes, warning once about each unusable value, and picks the layout. */
  private _readOptions(problems: NtProblem[]): void {
    const known = (this._data.dataset?.categories ?? []).map((c) => c.id);
    const zone = this._data.dataset?.timeZone;
    const read = readAttributes(this, known, zone ? { timeZone: zone } : undefined);
    for (const p of read.problems)
      problems.push(this._warnings.warn(p.attribute, p.value, p.problem));
    this._options = read.options;
    const inherited = inheritedLocale(this);
    this._locale = read.options.locale ?? inherited;
    // Screen readers pronounce "7 de abril" in Spanish only when the text is marked as Spanish.
    this._dateLang = this._locale !== inherited ? this._locale : undefined;
    // Before the first measurement, read the width once so a wide page never flashes the list.
    const width = this._size.width || (this.isConnected ? this.getBoundingClientRect().width : 0);
    this._layout = this._media.printing ? 'vertical' : resolveLayout(read.options.layout, width);
    this._drawingFailed = false;
    if (this._layout === 'horizontal') this._needDrawing(problems);
  }

  /**
   * Starts loading the drawing the first time it is shown; until it is in, the listbox and the
   * card render, with the drawing's place kept. If it cannot be loaded (its file missing beside
   * the bundle, a network failure), the timeline shows the list and says why in `nt-error`.
   */
  private _needDrawing(problems: NtProblem[]): void {
    const drawing = this._parts.need('drawing', () => import('../news-timeline-axis/define.js'));
    if (drawing.status !== 'failed') return;
    this._layout = 'vertical';
    this._drawingFailed = true;
    problems.push(
      this._warnings.warn(
        'layout',
        'horizontal',
        `the drawing could not be loaded (${drawing.message}); showing the list`,
      ),
    );
  }

  override updated(changed: PropertyValues<this>): void {
    // Keep the selected event in view in the drawing, however it was selected.
    const switched = this._drawnLayout !== this._layout;
    this._drawnLayout = this._layout;
    if (this._layout === 'horizontal' && this.selected && (changed.has('selected') || switched)) {
      // The axis may still be loading: it scrolls once it is defined and drawn.
      scrollAxisWhenDrawn(this.renderRoot, this.selected);
    }
    if (this._focusHeading) {
      this._focusHeading = false;
      this.renderRoot.querySelector<HTMLElement>('[part="heading"]')?.focus();
    }
  }

  /**
   * Resolves when the timeline has rendered with everything it needed: the parts it loads on
   * demand (the drawing) are in, and the drawing has drawn.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this._parts.busy) {
      await this._parts.settled();
      result = await super.getUpdateComplete();
    }
    const axis = this.renderRoot.querySelector('news-timeline-axis');
    if (axis && customElements.get('news-timeline-axis')) await axis.updateComplete;
    return result;
  }

  /** The page's address names an event: select it (before data arrives, whatever its id). */
  private _openLink(id: string): boolean {
    if (this.hasUpdated && !this._data.events.some((e) => e.id === id)) return false;
    this.selected = id;
    this._keys.setActive(id);
    return true;
  }

  /** Selects an event (or clears the selection) on the reader's behalf. */
  private _select(id: string | null): void {
    const event = id ? (this._view.visible.find((e) => e.id === id) ?? null) : null;
    if ((this.selected ?? null) === (event?.id ?? null)) return;
    this.selected = event?.id;
    if (event) {
      this._keys.setActive(event.id);
      this._say('selectedAnnouncement', {
        date: formatIsoDate(event.date, this._locale, this._data.dataset?.timeZone),
        title: event.title,
      });
    } else this._say('clearedAnnouncement');
    this.dispatchEvent(ntEvent('nt-select', { event }));
    if (this.permalinks) this._links.replace(event?.id ?? null);
  }

  /** The card's Previous and Next buttons. */
  private _step(delta: number): void {
    const next = this._keys.offset(delta, this.selected ?? this._keys.activeId);
    if (next === undefined) return;
    this._select(next);
    this._keys.setActive(next, { focus: true });
  }

  /** Says a message of the strings table in the polite live region. */
  private _say(key: keyof TimelineStrings, values: Record<string, string | number> = {}): void {
    this._announcement = fill(this._strings[key], values, this._locale);
  }

  private readonly _localize = memo(localizedData);
  private readonly _deriveView = viewDeriver();
  private readonly _stringsFor = memo(stringsFor);

  private readonly _handlers: Handlers = {
    keydown: (e) => this._keys.handleKeydown(e),
    listClick: (e) => {
      const id = clickedEvent(e);
      if (id) this._select(id);
    },
    pick: (e: NtAxisPickEvent) => this._select(e.detail.id),
    plotFocus: (focused) => (this._plotFocused = focused),
    step: (delta) => this._step(delta),
    toggleCategory: (id) => this._filters.toggleCategory(id),
    toggleKeyOnly: () => this._filters.toggleKeyOnly(),
    copyLink: async (e) => {
      const { ok } = await this._links.copy(e.id);
      if (ok) this._say('linkCopied');
      else this._say('copyFailedAnnouncement', { url: this.eventUrl(e.id) });
    },
    retry: () => {
      this._parts.forget('data-tools');
      this._source.retry();
      this.requestUpdate();
    },
    imageError: this._images.onError,
  };

  private _context(dataset: TimelineDataset): RenderContext {
    return {
      dataset,
      data: this._shown,
      view: this._view,
      dir: this._dir,
      drawingFailed: this._drawingFailed,
      stringsLang: stringsLanguage(this._locale, this.strings),
      stringsDir: directionOf(stringsLanguage(this._locale, this.strings)),
      title: this.heading ?? dataset.title,
      strings: this._strings,
      locale: this._locale,
      dateLang: this._dateLang,
      selectedId: this.selected,
      activeId: this._keys.activeId,
      plotFocused: this._plotFocused,
      filters: this.filters,
      keyOnly: this.keyOnly,
      options: this._options,
      permalinks: this.permalinks,
      copied: this._links.copied,
      eventUrl: (id) => this.eventUrl(id),
      imageFailed: (url) => this._images.failed(url),
      on: this._handlers,
    };
  }

  override render(): TemplateResult {
    const { dataset, status } = this._shown;
    const heading = this.heading || this._strings.heading;
    if (status === 'loading') return renderLoading(heading, this._strings);
    if (!dataset) return renderErrorBox(heading, this._shown, this._strings, this._handlers.retry);
    return renderTimeline(this._context(dataset), this._layout, this._announcement);
  }
}

/** No categories: one array, so that the view of no data stays the same view. */
const NONE: readonly TimelineCategory[] = [];

declare global {
  interface HTMLElementTagNameMap {
    'news-timeline': NewsTimeline;
  }
}
