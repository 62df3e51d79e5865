/**
 * TimelineJS slides to our dataset: the one mapping that the sheet and the JSON importers share.
 * See `docs/timelinejs.md` for the table of what goes where and what is warned.
 */
/* eslint no-restricted-globals: ["error", "document", "window", "DOMParser", "Node", "Element"] */
import { dateSortKey, parseIsoDate, periodEnd } from '../dates.js';
import { isTimeZone } from '../time-zones.js';
import { kebabCase } from '../validate/index.js';
import { htmlToLine, htmlToText } from './html-text.js';
import { toIsoDate, type IsoDate } from './timelinejs-dates.js';
import type { Slide, SlideKey, TimelineJsImportOptions } from './timelinejs-slide.js';
import { inputPathOf, type Placed } from './timelinejs-paths.js';
import { mediaOfSlide, sourcesOfLinks } from './timelinejs-sources.js';
import type {
  DataProblem,
  ImportResult,
  RawDataset,
  RawEvent,
  RawSpan,
  TimelineCategory,
} from './types.js';

/** Why each value we cannot carry is not carried. */
const NOT_CARRIED: Partial<Record<SlideKey, string>> = {
  displayDate: 'dates are written from the date itself, in the reader’s language',
  'start.displayDate': 'dates are written from the date itself, in the reader’s language',
  'end.displayDate': 'dates are written from the date itself, in the reader’s language',
  'start.format': 'dates are formatted for the reader’s language',
  'end.format': 'dates are formatted for the reader’s language',
  background: 'news-timeline has no slide backgrounds',
  'media.thumbnail': 'the axis shows no thumbnails',
  'media.title': 'an image has no title of its own (its caption is shown)',
  'media.link': 'an image is not a link',
  scale: 'dates are always on the human scale (years 1 to 9999)',
};

const DEFAULT_CATEGORY: TimelineCategory = { id: 'general', label: 'General' };

/** True when the end's whole period is over before the start: the validator's rule. */
function endsBeforeStart(start: string, end: string): boolean {
  const s = parseIsoDate(start);
  const e = parseIsoDate(end);
  return !!s && !!e && +periodEnd(e) <= +s.date;
}

/** Items in date order (stable), as the validator orders events (`dateSortKey`). */
function byDate<T>(items: readonly T[], dateOf: (item: T) => string): T[] {
  return items
    .map((item, i) => ({ item, i, key: dateSortKey(dateOf(item)) }))
    .sort((a, b) => a.key - b.key || a.i - b.i)
    .map((k) => k.item);
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

class Builder {
  readonly problems: DataProblem[] = [];
  private readonly ids = new Set<string>();
  private readonly events: Placed<RawEvent>[] = [];
  private readonly spans: Placed<RawSpan>[] = [];
  private readonly labels = new Map<string, string>();
  private titleSlide: Slide | null = null;
  /** The events and eras with a time of day that lost it for want of a time zone. */
  private readonly timed = new Set<Slide>();
  /** How many slides were read as events (the title and eras are not). */
  private given = 0;
  /** The time zone of the story's times: the option's, else the sheet's Time Zone column's. */
  private readonly zone: string | undefined;

  constructor(
    private readonly options: TimelineJsImportOptions,
    slides: readonly Slide[],
  ) {
    this.zone = this.timeZone(slides);
  }

  /** The time zone the options give, else the first Time Zone cell; a wrong one is reported. */
  private timeZone(slides: readonly Slide[]): string | undefined {
    const cell = slides.find((s) => s.timeZone !== '');
    const zone = this.options.timeZone ?? cell?.timeZone;
    const path = this.options.timeZone === undefined && cell ? cell.path('timeZone') : '';
    if (zone === undefined || isTimeZone(zone)) {
      const other = slides.find((s) => s.timeZone !== '' && s.timeZone !== zone);
      if (zone !== undefined && other) {
        this.warn(other.path('timeZone'), `A timeline has one time zone: "${zone}" is used`);
      }
      return zone;
    }
    this.error(
      path,
      `"${zone}" is not an IANA time zone name (such as "America/Chicago"): it is ignored`,
    );
    return undefined;
  }

  warn(path: string, message: string): void {
    this.problems.push({ path, message: `${message}.`, severity: 'warning' });
  }

  error(path: string, message: string): void {
    this.problems.push({ path, message: `${message}.`, severity: 'error' });
  }

  add(slide: Slide): void {
    this.problems.push(...slide.problems);
    if (slide.kind === 'title' && !this.titleSlide) {
      this.titleSlide = slide;
      return;
    }
    if (slide.kind === 'title') {
      this.warn(
        slide.path('type'),
        'There is already a title slide: this one is read as an event, as TimelineJS does',
      );
    }
    if (slide.kind === 'era') this.addEra(slide);
    else {
      this.given++;
      this.addEvent(slide);
    }
  }

  /** A unique id: `wanted` (from unique_id) when it makes one, else one made from `fallback`. */
  private id(slide: Slide, fallback: string): string {
    const wanted = kebabCase(slide.uniqueId).slice(0, 100).replace(/-+$/, '');
    let base = wanted;
    if (!base) {
      base = kebabCase(fallback);
      if (base.length > 60) base = base.slice(0, 61).replace(/-[^-]*$/, '');
    }
    base ||= 'event';
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
    this.ids.add(id);
    if (wanted && id !== wanted) {
      this.warn(slide.path('uniqueId'), `The id "${wanted}" is already taken: this one is "${id}"`);
    }
    return id;
  }

  private date(slide: Slide, which: 'start' | 'end', unusable: string): IsoDate | null {
    const input = slide[which];
    if (!input) return null;
    const { date, issues } = toIsoDate(input);
    // A time that will be kept as its day needs no word about its seconds.
    const dayOnly = !!date?.localTime && !this.zone;
    for (const issue of issues) {
      if (dayOnly && issue.severity === 'warning' && /second/.test(issue.part)) continue;
      const message = issue.fatal ? `${issue.message}: ${unusable}` : issue.message;
      if (issue.severity === 'error') this.error(slide.path(`${which}.${issue.part}`), message);
      else this.warn(slide.path(`${which}.${issue.part}`), message);
    }
    if (!date?.localTime || this.zone) return date;
    // A time with no zone cannot be placed on the story's clock: its day is kept (warned once).
    this.timed.add(slide);
    return { value: date.value.slice(0, 10), precision: 'day', localTime: false };
  }

  private startDate(slide: Slide, what: string): IsoDate | null {
    if (!slide.start || slide.start.year === '') {
      this.error(slide.path('start.year'), `There is no year: the ${what} is left out`);
      return null;
    }
    return this.date(slide, 'start', `the ${what} is left out`);
  }

  private endDate(slide: Slide, start: IsoDate): IsoDate | null {
    if (!slide.end) return null;
    if (slide.end.year === '') {
      this.error(slide.path('end.year'), 'An end without a year is ignored');
      return null;
    }
    const end = this.date(slide, 'end', 'the end date is ignored');
    if (!end || end.value === start.value) return null; // TimelineJS drops an end equal to the start too
    if (endsBeforeStart(start.value, end.value)) {
      const message = `The end (${end.value}) is before the start (${start.value}): the end date is ignored`;
      this.error(slide.path('end.year'), message);
      return null;
    }
    return end;
  }

  private category(slide: Slide): string {
    const label = htmlToLine(slide.group);
    const fallback = this.options.defaultCategory ?? DEFAULT_CATEGORY;
    if (!label) return fallback.id;
    let id = kebabCase(label).slice(0, 100).replace(/-+$/, '');
    if (!id) id = `group-${this.labels.size + 1}`;
    const known = this.labels.get(id);
    if (known === undefined) this.labels.set(id, label);
    else if (known !== label) {
      this.warn(slide.path('group'), `The group "${label}" is read as "${known}"`);
    }
    return id;
  }

  private uncarried(slide: Slide): void {
    for (const { key, value } of slide.uncarried) {
      const why = NOT_CARRIED[key] ?? 'news-timeline has no place for it';
      this.warn(slide.path(key), `"${value}" is not carried: ${why}`);
    }
  }

  /** An event's words, sources and image. */
  private content(slide: Slide) {
    const headline = htmlToText(slide.headline);
    const text = htmlToText(slide.text, { autolink: slide.autolink });
    // An empty headline is the validator's to report: the event is left out.
    const title = headline.text.replace(/\s+/g, ' ');
    const links = sourcesOfLinks(slide, [...headline.links, ...text.links]);
    const media = mediaOfSlide(slide);
    this.problems.push(...links.problems, ...media.problems);
    const sources = links.sources;
    const extra = media.source;
    if (extra && !sources.some((s) => s.url === extra.url)) sources.push(extra);
    return { title, summary: text.text, sources, media: media.media };
  }

  private addEvent(slide: Slide): void {
    const start = this.startDate(slide, 'event');
    if (!start) return;
    const end = this.endDate(slide, start);
    const { title, summary, sources, media } = this.content(slide);
    const event: RawEvent = {
      id: this.id(slide, `${start.value.slice(0, 10)} ${title}`),
      date: start.value,
      precision: start.precision,
      ...(end ? { end: end.value, endPrecision: end.precision } : {}),
      title,
      summary,
      category: this.category(slide),
      sources,
      ...(media ? { media } : {}),
    };
    this.uncarried(slide);
    this.events.push({ item: event, slide });
  }

  private addEra(slide: Slide): void {
    const start = this.startDate(slide, 'era');
    if (!start) return;
    if (!slide.end) {
      this.warn(
        slide.path('end.year'),
        'An era without an end is shown as open, with no end known (TimelineJS needs an end for every era)',
      );
    }
    const end = this.endDate(slide, start);
    const label = htmlToLine(slide.headline);
    const note = htmlToText(slide.text).text;
    const span: RawSpan = {
      id: this.id(slide, `era ${start.value.slice(0, 10)} ${label}`),
      label,
      start: start.value,
      startPrecision: start.precision,
      ...(end ? { end: end.value, endPrecision: end.precision } : {}),
      ...(note ? { note } : {}),
    };
    this.spans.push({ item: span, slide });
  }

  /** The title and description, from the title slide or the options. */
  private heading(): { title: string; description: string } {
    const slide = this.titleSlide;
    const fallback = this.options.title ?? 'Timeline';
    if (!slide) {
      if (this.options.title === undefined) {
        this.warn('', `There is no title slide: the timeline is called "${fallback}"`);
      }
      return { title: fallback, description: this.options.description ?? '' };
    }
    const title = htmlToLine(slide.headline);
    const text = htmlToText(slide.text);
    if (!title) {
      this.warn(
        slide.path('headline'),
        `The title slide has no headline: the timeline is called "${fallback}"`,
      );
    }
    if (text.links.length > 0) {
      const links = plural(text.links.length, 'link', 'links');
      this.warn(
        slide.path('text'),
        `The title's text becomes the description, as plain text: its ${links} are not kept`,
      );
    }
    if (slide.media && slide.media.url !== '') {
      this.warn(
        slide.path('media.url'),
        'The title slide’s media is not carried: a timeline has no image of its own',
      );
    }
    this.uncarried(slide);
    return { title: title || fallback, description: text.text };
  }

  /** One warning for the times that were kept as their day, for want of a time zone. */
  private timesWarning(): void {
    if (this.timed.size === 0) return;
    const kinds = new Set([...this.timed].map((s) => (s.kind === 'era' ? 'era' : 'event')));
    const what =
      kinds.size > 1
        ? ['entry has', 'entries have']
        : [`${[...kinds][0]} has`, `${[...kinds][0]}s have`];
    this.warn(
      '',
      `${plural(this.timed.size, what[0], what[1])} a time of day, but TimelineJS times have no ` +
        'time zone, so they are shown on their day without the time. To keep the times, give ' +
        'the zone they are in as an IANA name: `npx news-timeline import --time-zone ' +
        'America/Chicago …`, or "timeZone" in the converted JSON',
    );
  }

  /** The categories in the order TimelineJS shows its groups: by first use, ungrouped last. */
  private categories(events: readonly RawEvent[]): TimelineCategory[] {
    const fallback = this.options.defaultCategory ?? DEFAULT_CATEGORY;
    const out = new Map<string, TimelineCategory>();
    for (const { category } of events) {
      const label = this.labels.get(category);
      if (label !== undefined && !out.has(category)) out.set(category, { id: category, label });
    }
    const ungrouped = events.some(
      (e) => e.category === fallback.id && !this.labels.has(e.category),
    );
    if (ungrouped && !out.has(fallback.id)) out.set(fallback.id, { ...fallback });
    return [...out.values()];
  }

  private sourcesWarning(events: readonly RawEvent[]): void {
    const unsourced = events.filter((e) => e.sources.length === 0).length;
    if (unsourced === 0) return;
    const count = plural(unsourced, 'event has', 'events have');
    this.warn(
      '',
      `${count} no source listed; readers will see "No source listed". TimelineJS has no ` +
        'sources: add them, or link them in the text',
    );
  }

  /** The dataset, and where each of its events and spans came from. */
  finish(): Omit<ImportResult, 'problems'> {
    const { title, description } = this.heading();
    const placedEvents = byDate(this.events, (e) => e.item.date);
    const placedSpans = byDate(this.spans, (s) => s.item.start);
    const events = placedEvents.map((e) => e.item);
    const spans = placedSpans.map((s) => s.item);
    this.timesWarning();
    this.sourcesWarning(events);
    const label = this.options.erasLabel ?? 'Eras';
    const dataset: RawDataset = {
      id:
        kebabCase(this.options.id ?? '') ||
        kebabCase(title).slice(0, 60).replace(/-+$/, '') ||
        'timeline',
      title,
      description,
      updated: this.options.updated ?? '',
      ...(this.zone ? { timeZone: this.zone } : {}),
      categories: this.categories(events),
      events,
      ...(spans.length ? { tracks: [{ id: this.trackId(), label, spans, sources: [] }] } : {}),
    };
    const inputPath = inputPathOf({
      events: placedEvents.map((e) => e.slide),
      spans: placedSpans.map((s) => s.slide),
      title: this.titleSlide,
    });
    return { dataset, leftOut: this.given - events.length, inputPath };
  }

  private trackId(): string {
    let id = 'eras';
    for (let n = 2; this.ids.has(id); n++) id = `eras-${n}`;
    return id;
  }
}

/**
 * Makes our dataset from TimelineJS slides, with every problem found: the slides' own first,
 * in input order, then those of the whole input.
 */
export function buildDataset(
  slides: readonly Slide[],
  options: TimelineJsImportOptions = {},
): ImportResult {
  const builder = new Builder(options, slides);
  for (const slide of slides) builder.add(slide);
  const built = builder.finish();
  return { ...built, problems: builder.problems };
}
