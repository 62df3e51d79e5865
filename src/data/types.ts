/**
 * The data model of a timeline. Plain JSON-compatible objects: a dataset can be written by hand,
 * exported from a spreadsheet, or fetched, and the same shape is described by
 * `news-timeline.schema.json`.
 *
 * Dates are ISO 8601 strings: `YYYY` when only the year is known, `YYYY-MM` for a month,
 * `YYYY-MM-DD` for a day (calendar dates, UTC), and `YYYY-MM-DDTHH:MM` for a time of day, with `Z`
 * or an offset (`2025-11-04T20:15-05:00`) or local under the dataset's `timeZone`. The `precision`
 * field says which, and must match the form of the string, so that a month is never shown as a
 * false day.
 */

/** How precisely a date is known. */
export type DatePrecision = 'year' | 'month' | 'day' | 'minute';

/** A published source for an event. */
export interface TimelineSource {
  /** Who published it, as readers know them: "Accounting Today", "CNN (via KVIA)". */
  publisher: string;
  /** The headline or page title, when it is known. Leave it out rather than invent one. */
  title?: string;
  /** An `https:` address of the page. */
  url?: string;
  /** When it was published: `YYYY-MM-DD` or `YYYY-MM`. Left out for standing pages. */
  published?: string;
}

/**
 * An image shown with an event, in the list and in the card. Only images: a video or a social
 * post is a source (a link), never an embed.
 */
export interface TimelineMedia {
  /**
   * Where the image is: a complete `https:` address, or an address relative to the data (to the
   * file `src` loaded, else to the page), resolved as a link is. No other scheme is loaded.
   */
  url: string;
  /**
   * What the image shows, for people who cannot see it (read instead of the image, and shown
   * when it fails to load). Required; empty only when `decorative` is true.
   */
  alt: string;
  /** A caption shown under the image, as plain text. */
  caption?: string;
  /** Who made or owns the image ("Photo: Jane Doe / Harbor Gazette"), as plain text. */
  credit?: string;
  /** True when the image adds nothing the text does not say: it is then hidden from screen readers. */
  decorative?: boolean;
  /** The image's width in pixels (with `height`): its shape is known before it loads. */
  width?: number;
  /** The image's height in pixels (with `width`). */
  height?: number;
}

/** One entry on the timeline. (Never called `Event`, which would shadow the DOM's.) */
export interface TimelineEvent {
  /** Stable, unique, kebab-case id: used for `data-id`, deep links and selection. */
  id: string;
  /**
   * When it happened: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (UTC calendar dates) or a time of day
   * `YYYY-MM-DDTHH:MM` (with `Z`/`±HH:MM`, or local under the dataset's `timeZone`). For an event
   * that lasts, when it started.
   */
  date: string;
  /** How precisely `date` is known; must match the form of `date`. */
  precision: DatePrecision;
  /** For an event that lasts: when it ended, in any of the forms of `date`. */
  end?: string;
  /** How precisely `end` is known; must match the form of `end`. */
  endPrecision?: DatePrecision;
  /** A short, neutral headline. */
  title: string;
  /**
   * A shorter headline for the drawing, where space is tight (at most about 40 characters);
   * the drawing shows `title` when it is absent. The list and the card always show `title`.
   */
  label?: string;
  /** One to three plain sentences. Text only: no HTML is ever rendered from data. */
  summary: string;
  /** The id of one of the dataset's categories. */
  category: string;
  /** The people involved, by name. */
  people?: string[];
  /** Where the facts come from; at least one. */
  sources: TimelineSource[];
  /** True for the events the story is about; they are emphasised. */
  key?: boolean;
  /** An image shown with the event. */
  media?: TimelineMedia;
}

/** A category of events, with the label readers see in the legend and on badges. */
export interface TimelineCategory {
  /** Kebab-case id, referenced by `TimelineEvent.category`. */
  id: string;
  /** Human-readable label. */
  label: string;
}

/**
 * One bar on a track: a period during which something held (a person in office, a policy in
 * force). An open end (`end` left out) means no end is known yet, never "until today".
 */
export interface TimelineSpan {
  /** Stable, unique, kebab-case id. */
  id: string;
  /** What the bar says: usually a name. */
  label: string;
  /** A qualifier shown with the label: "acting commissioner". */
  role?: string;
  /** When it started: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or a time of day. */
  start: string;
  /** How precisely `start` is known. */
  startPrecision: DatePrecision;
  /** When it ended, in any of the forms of `start`; left out when no end is known. */
  end?: string;
  /** How precisely `end` is known. */
  endPrecision?: DatePrecision;
  /** A short note for readers, such as how an end date was established. */
  note?: string;
}

/** A row of spans drawn beside the events: "Who led the IRS". */
export interface TimelineTrack {
  /** Stable, unique, kebab-case id. */
  id: string;
  /** The row's label. */
  label: string;
  /** The spans, in chronological order. */
  spans: TimelineSpan[];
  /** Where the spans come from. */
  sources: TimelineSource[];
}

/**
 * The words of a dataset in another language: its title and description, category labels, and
 * each event's, track's and span's words, by id. Everything else (ids, dates, names, figures,
 * sources) is the dataset's own and is never translated. A word left out stays as in the
 * dataset.
 */
export interface TimelineTranslation {
  title?: string;
  description?: string;
  /** Category labels, by category id. */
  categories?: Record<string, string>;
  /** Events' words, by event id. */
  events?: Record<string, { title?: string; label?: string; summary?: string }>;
  /** Tracks' labels and their spans' words, by track id and span id. */
  tracks?: Record<
    string,
    { label?: string; spans?: Record<string, { label?: string; role?: string; note?: string }> }
  >;
}

/** A whole timeline: what `<news-timeline>` renders. */
export interface TimelineDataset {
  /** Stable, kebab-case id of the dataset. */
  id: string;
  /** The timeline's heading. */
  title: string;
  /** One line that says what the timeline shows. */
  description: string;
  /** When the dataset was last checked: `YYYY-MM-DD`. */
  updated: string;
  /**
   * The IANA time zone of the story's place (`America/Chicago`): local times of day are read in
   * it, and every time is shown in it with its abbreviation ("8:15 PM CST"), whatever the
   * reader's zone. Needed when the data has local times; without it, times written with an
   * offset are shown at the offset of the first one.
   */
  timeZone?: string;
  /** The categories events may use, in legend order. */
  categories: TimelineCategory[];
  /** The events, in chronological order. */
  events: TimelineEvent[];
  /** Optional rows of spans (drawn in the horizontal layout). */
  tracks?: TimelineTrack[];
  /**
   * The story in other languages, by BCP 47 language tag (`es`, `es-MX`): shown when the
   * timeline's locale matches (`es-MX`, else `es`).
   */
  translations?: Record<string, TimelineTranslation>;
}
