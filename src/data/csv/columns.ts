/**
 * The columns a sheet may have: the one module that the CSV reader uses and that the column table
 * in `docs/authoring.md` is checked against (`columns.test.ts`). To add a column, add it to
 * `CSV_COLUMNS`, give it its line in `CSV_COLUMN_DOCS` (the type requires one for every column)
 * and its row in the docs, in the same order; the test says what differs.
 */

/** An event field a column fills. */
export type CsvEventField =
  | 'id'
  | 'date'
  | 'precision'
  | 'end'
  | 'endPrecision'
  | 'time'
  | 'endTime'
  | 'timeZone'
  | 'title'
  | 'label'
  | 'summary'
  | 'category'
  | 'people'
  | 'key'
  | 'media'
  | 'mediaAlt'
  | 'mediaCaption'
  | 'mediaCredit';

/** A source field a column fills (of the first source, or of the source its number names). */
export type CsvSourceField = 'publisher' | 'title' | 'url' | 'published';

/** One column of a sheet. */
export type CsvColumn = {
  /**
   * The names the column may have, the first being the one to write. They are matched without
   * regard to case, spaces around them, or spaces and hyphens inside them (`normaliseColumnName`).
   */
  readonly names: readonly string[];
} & (
  | { readonly kind: 'event'; readonly field: CsvEventField }
  | { readonly kind: 'source'; readonly field: CsvSourceField }
);

/** Every column, in the order of the docs' table, with the names it may have. */
export const CSV_COLUMNS: readonly CsvColumn[] = Object.freeze([
  { kind: 'event', field: 'id', names: ['id'] },
  { kind: 'event', field: 'date', names: ['date', 'start', 'start_date'] },
  { kind: 'event', field: 'precision', names: ['precision', 'date_precision'] },
  { kind: 'event', field: 'end', names: ['end', 'end_date'] },
  { kind: 'event', field: 'endPrecision', names: ['end_precision', 'endPrecision'] },
  { kind: 'event', field: 'time', names: ['time', 'start_time'] },
  { kind: 'event', field: 'endTime', names: ['end_time'] },
  { kind: 'event', field: 'timeZone', names: ['time_zone', 'timezone'] },
  { kind: 'event', field: 'title', names: ['title', 'headline'] },
  { kind: 'event', field: 'label', names: ['label', 'short_title'] },
  { kind: 'event', field: 'summary', names: ['summary'] },
  { kind: 'event', field: 'category', names: ['category'] },
  { kind: 'event', field: 'people', names: ['people'] },
  { kind: 'event', field: 'key', names: ['key'] },
  { kind: 'event', field: 'media', names: ['media', 'media_url', 'image'] },
  { kind: 'event', field: 'mediaAlt', names: ['media_alt', 'image_alt'] },
  { kind: 'event', field: 'mediaCaption', names: ['media_caption', 'image_caption'] },
  { kind: 'event', field: 'mediaCredit', names: ['media_credit', 'image_credit'] },
  { kind: 'source', field: 'publisher', names: ['source', 'source_publisher'] },
  { kind: 'source', field: 'title', names: ['source_title'] },
  { kind: 'source', field: 'url', names: ['source_url'] },
  { kind: 'source', field: 'published', names: ['source_date', 'source_published'] },
] as const satisfies readonly CsvColumn[]);

/** A column's key: its kind and field, `event.date`, `source.url`. */
export type CsvColumnKey = `event.${CsvEventField}` | `source.${CsvSourceField}`;

/** The key of a column: `{ kind: 'source', field: 'url', … }` → `"source.url"`. */
export function columnKey(column: CsvColumn): CsvColumnKey {
  return `${column.kind}.${column.field}` as CsvColumnKey;
}

/**
 * Each column's one-line description in the docs' column table (Markdown), by key. Nothing reads
 * it at run time, so it is apart from `CSV_COLUMNS`: bundlers leave it out of the element (docs
 * prose would cost the drop-in bundle about 420 bytes, gzipped).
 */
export const CSV_COLUMN_DOCS: Readonly<Record<CsvColumnKey, string>> = {
  'event.id':
    'A unique kebab-case id (`irs-ice-sign-agreement`). Leave it empty and one is made from the date and title, with a warning: add ids so links keep working when rows change.',
  'event.date':
    '`YYYY-MM-DD`, `YYYY-MM` when only the month is known, `YYYY` when only the year is. Format the column as text, so the spreadsheet does not rewrite it as `4/7/2025` or as a serial number such as `45754`.',
  'event.precision':
    '`year`, `month`, `day` or `minute`. Optional: it follows from the form of the date and time.',
  'event.end': 'For an event that lasts: when it ended, in the same forms as `date`.',
  'event.endPrecision': '`year`, `month`, `day` or `minute`. Optional.',
  'event.time':
    'The time of day, for a `date` that is a day: `20:15`, `8:15 PM`, or with its offset, `20:15-05:00`.',
  'event.endTime': 'The time of day of `end`.',
  'event.timeZone':
    "The IANA time zone of the times, such as `America/Chicago`: written once (on any row), it is the whole sheet's. Needed for times without an offset.",
  'event.title': 'A short, neutral headline.',
  'event.label':
    'A shorter headline for the drawing, at most about 40 characters. Optional: the drawing uses the title.',
  'event.summary': 'One to three plain sentences. Line breaks inside the cell are kept.',
  'event.category':
    'A category id; written as words it is made kebab-case (`Court ruling` → `court-ruling`).',
  'event.people': "Names separated by semicolons: `Danny Werfel; Doug O'Donnell`.",
  'event.key':
    '`yes`, `true`, `1` or `x` for the events the story is about; empty, `no`, `false` or `0` otherwise.',
  'event.media':
    'The address of an image shown with the event: `https://…`, or a path relative to the CSV file (`images/bridge.jpg`). Not a video or a post: put those in a source.',
  'event.mediaAlt':
    'What the image shows, in a sentence, for readers who cannot see it. Required with an image: without it the image is left out.',
  'event.mediaCaption': 'A caption shown under the image. Optional.',
  'event.mediaCredit': 'Who made or owns the image (`Photo: Jane Doe`). Optional.',
  'source.publisher': 'Who published the first source.',
  'source.title': 'Its headline.',
  'source.url': 'Its address, starting with `https://`.',
  'source.published': 'When it was published, `YYYY-MM-DD` or `YYYY-MM`.',
};

/**
 * The docs' line for the numbered source columns: `source2`, `source2_title`, … (the source
 * columns above, with a number after `source`).
 */
export const CSV_MORE_SOURCES =
  'A second source; then `source3_…`, and so on (`source1_…` is the first).';

/** What a column of a given sheet fills. */
export type ColumnRole =
  | { kind: 'event'; field: CsvEventField }
  | { kind: 'source'; group: number; field: CsvSourceField }
  | { kind: 'unknown' };

/**
 * A column name as it is matched: trimmed, lowercase, runs of spaces and hyphens as one `_`.
 * `" End-Precision "` → `"end_precision"`.
 */
export function normaliseColumnName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

const BY_NAME = new Map(
  CSV_COLUMNS.flatMap((c) => c.names.map((n) => [normaliseColumnName(n), c] as const)),
);

/** `source`, a number (the source's; 1 when left out), then what of it: `source_2_url`. */
const NUMBERED_SOURCE = /^source(?:_?(\d+))?((?:_[a-z]+)*)$/;

/** What a column named `name` fills: an event field, a field of a source, or nothing known. */
export function classifyColumn(name: string): ColumnRole {
  const n = normaliseColumnName(name);
  const m = NUMBERED_SOURCE.exec(n);
  const column = m ? BY_NAME.get(`source${m[2]}`) : BY_NAME.get(n);
  if (column?.kind === 'source') {
    const group = m?.[1] === undefined ? 1 : Number(m[1]);
    return group >= 1 ? { kind: 'source', group, field: column.field } : { kind: 'unknown' };
  }
  return column ? { kind: 'event', field: column.field } : { kind: 'unknown' };
}

/** A key for the field a column fills, the same for two columns that fill the same one. */
export function roleKey(role: ColumnRole): string {
  return role.kind === 'event'
    ? role.field
    : role.kind === 'source'
      ? `${role.group}.${role.field}`
      : '';
}
