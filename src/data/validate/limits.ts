/**
 * How long a text and how long a list may be, and the form of an id. `news-timeline.schema.json`
 * states the same numbers (`test/schema.test.ts` compares them).
 */

/**
 * The longest strings accepted, counted in Unicode code points (as JSON Schema's `maxLength`
 * counts them). A longer text is cut short with an ellipsis (…) and reported as an error; a
 * longer id or address cannot be cut safely, so the item or the link is left out.
 */
export const MAX_LENGTHS = Object.freeze({
  /** Every id: dataset, event, category, track, span (they end up in URLs and attributes). */
  id: 100,
  /** The dataset's and each event's title. */
  title: 300,
  /** An event's summary. */
  summary: 2000,
  /** A source's address. */
  url: 2000,
  /** Every other text: description, labels, publisher, source title, names, role, note. */
  text: 500,
} as const);

/**
 * The most items of each list that are used. Beyond these the rest is left out and reported as
 * an error: they guard the page against runaway data more than they limit real timelines.
 */
export const MAX_ITEMS = Object.freeze({
  /** Long-running stories (a decade of a beat, a full trial record) reach thousands. */
  events: 10_000,
  categories: 50,
  /** Per event. */
  people: 20,
  /** Per event or track. */
  sources: 20,
  tracks: 20,
  /** Per track. */
  spans: 200,
} as const);

/**
 * A kebab-case id: lowercase ASCII letters and digits joined by single hyphens. The form of every
 * id (they appear in links and in CSS custom property names: `--nt-color-category-<id>`).
 */
export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
