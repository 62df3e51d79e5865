/**
 * A TimelineJS Google Sheet, exported as CSV and split into cells, read as slides. TimelineJS
 * finds its columns by the text of row 1 (`extractEventFromCSVObject` in its
 * `src/js/core/ConfigFactory.js`); we do too, ignoring case and spacing. Two generations:
 *
 * - the template since 2015: Year, Month, Day, Time, End Year, End Month, End Day, End Time,
 *   Display Date, Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail,
 *   Alt Text (since December 2024), Type, Group, Background;
 * - the sheets of before: Start Date, End Date, Headline, Text, Media, Media Credit,
 *   Media Caption, Media Thumbnail, Type, Tag. A sheet with a Start Date or End Date column is
 *   read this way, as TimelineJS does.
 */
/* eslint no-restricted-globals: ["error", "document", "window", "DOMParser", "Node", "Element"] */
import {
  EMPTY_DATE,
  parseStartDateCell,
  parseTimeCell,
  type DateInput,
  type DatePart,
} from './timelinejs-dates.js';
import type { Slide, SlideKey, SlideMedia, Uncarried } from './timelinejs-slide.js';
import { EXTRA_COLUMNS, normaliseColumn, OLDER_COLUMNS, TEMPLATE_COLUMNS } from './detect.js';
import type { DataProblem } from './types.js';

export { isTimelineJsSheet, TEMPLATE_COLUMNS } from './detect.js';

const COLUMNS = [...TEMPLATE_COLUMNS, ...OLDER_COLUMNS, ...EXTRA_COLUMNS];

type Column = (typeof COLUMNS)[number];

const BY_NAME: ReadonlyMap<string, Column> = new Map(COLUMNS.map((c) => [normaliseColumn(c), c]));

/** Where each known column is, with its name as written; and the problems of the header. */
export interface SheetColumns {
  index: Map<Column, number>;
  written: Map<Column, string>;
  /** Dates in Start Date / End Date cells (the sheets of before 2015). */
  v1: boolean;
  problems: DataProblem[];
}

export function readHeader(header: readonly unknown[]): SheetColumns {
  const index = new Map<Column, number>();
  const written = new Map<Column, string>();
  const problems: DataProblem[] = [];
  header.forEach((raw, i) => {
    const name = String(raw ?? '')
      .replace(/^\ufeff/, '')
      .trim();
    const column = BY_NAME.get(normaliseColumn(name));
    const path = `row 1, column ${JSON.stringify(name)}`;
    if (name === '') return;
    if (!column) {
      const message = 'This is not a TimelineJS column: it is ignored.';
      problems.push({ path, message, severity: 'warning' });
    } else if (index.has(column)) {
      const message = `There is already a "${written.get(column)}" column: this one is ignored.`;
      problems.push({ path, message, severity: 'warning' });
    } else {
      index.set(column, i);
      written.set(column, name);
    }
  });
  const v1 = index.has('Start Date') || index.has('End Date');
  return { index, written, v1, problems };
}

const DATE_COLUMNS: Record<'start' | 'end', Record<DatePart, Column>> = {
  start: {
    year: 'Year',
    month: 'Month',
    day: 'Day',
    hour: 'Time',
    minute: 'Time',
    second: 'Time',
    millisecond: 'Time',
  },
  end: {
    year: 'End Year',
    month: 'End Month',
    day: 'End Day',
    hour: 'End Time',
    minute: 'End Time',
    second: 'End Time',
    millisecond: 'End Time',
  },
};

const KEY_COLUMNS: Partial<Record<SlideKey, Column>> = {
  type: 'Type',
  headline: 'Headline',
  text: 'Text',
  group: 'Group',
  displayDate: 'Display Date',
  'start.displayDate': 'Display Date',
  'end.displayDate': 'Display Date',
  background: 'Background',
  'media.url': 'Media',
  'media.caption': 'Media Caption',
  'media.credit': 'Media Credit',
  'media.thumbnail': 'Media Thumbnail',
  'media.alt': 'Alt Text',
  timeZone: 'Time Zone',
};

/** The column a value of a slide comes from; `undefined` for the row as a whole. */
function columnOf(key: SlideKey, columns: SheetColumns, groupFromTag: boolean): Column | undefined {
  const [which, part] = key.split('.') as ['start' | 'end', DatePart];
  if ((which === 'start' || which === 'end') && part in DATE_COLUMNS[which]) {
    return columns.v1 ? (which === 'start' ? 'Start Date' : 'End Date') : DATE_COLUMNS[which][part];
  }
  if (key === 'group' && groupFromTag) return 'Tag';
  return KEY_COLUMNS[key];
}

/** A row of cells, as the reader of one row sees it. */
class Row {
  readonly problems: DataProblem[] = [];

  constructor(
    readonly cells: readonly unknown[],
    readonly number: number,
    readonly columns: SheetColumns,
  ) {}

  cell(column: Column): string {
    const i = this.columns.index.get(column);
    return i === undefined ? '' : String(this.cells[i] ?? '').trim();
  }

  path(column: Column | undefined): string {
    if (!column) return `row ${this.number}`;
    const name = this.columns.written.get(column) ?? column;
    return `row ${this.number}, column ${JSON.stringify(name)}`;
  }

  problem(column: Column, severity: DataProblem['severity'], message: string): void {
    this.problems.push({ path: this.path(column), message: `${message}.`, severity });
  }
}

function v3Date(row: Row, which: 'start' | 'end'): DateInput | null {
  const names = DATE_COLUMNS[which];
  const date: DateInput = {
    ...EMPTY_DATE,
    year: row.cell(names.year),
    month: row.cell(names.month),
    day: row.cell(names.day),
  };
  const time = row.cell(names.hour);
  if (time !== '') {
    const parsed = parseTimeCell(time);
    if ('error' in parsed) row.problem(names.hour, 'error', parsed.error);
    else Object.assign(date, parsed);
  }
  const empty = date.year === '' && date.month === '' && date.day === '' && time === '';
  return empty ? null : date;
}

/** A Start Date or End Date cell; `false` when it could not be read (and was reported). */
function v1Date(row: Row, which: 'start' | 'end'): DateInput | null | false {
  const column = which === 'start' ? 'Start Date' : 'End Date';
  const text = row.cell(column);
  if (text === '') return null;
  const parsed = parseStartDateCell(text);
  if ('error' in parsed) {
    const unusable = which === 'start' ? 'the row is left out' : 'the end date is ignored';
    row.problem(column, 'error', `${parsed.error}: ${unusable}`);
    return false;
  }
  if (parsed.note) row.problem(column, 'warning', parsed.note.replace(/\.$/, ''));
  return parsed.parts;
}

function kindOf(row: Row): Slide['kind'] {
  const type = row.cell('Type');
  const t = type.toLowerCase();
  if (t === 'title' || t === 'era') return t;
  if (type !== '') {
    const message = `"${type}" is not a TimelineJS type (title or era): the row is read as an event`;
    row.problem('Type', 'warning', message);
  }
  return 'event';
}

function mediaOf(row: Row): SlideMedia | null {
  const media: SlideMedia = {
    url: row.cell('Media'),
    caption: row.cell('Media Caption'),
    credit: row.cell('Media Credit'),
    thumbnail: row.cell('Media Thumbnail'),
    alt: row.cell('Alt Text'),
    title: '',
    link: '',
  };
  return Object.values(media).some((v) => v !== '') ? media : null;
}

function uncarriedOf(row: Row): Uncarried[] {
  const values: [SlideKey, Column][] = [
    ['displayDate', 'Display Date'],
    ['background', 'Background'],
    ['media.thumbnail', 'Media Thumbnail'],
  ];
  return values
    .map(([key, column]) => ({ key, value: row.cell(column) }))
    .filter((u) => u.value !== '');
}

/** One row as a slide; `null` for a blank row or one whose date was unreadable (reported). */
export function readRow(
  cells: readonly unknown[],
  number: number,
  columns: SheetColumns,
): { slide: Slide | null; problems: DataProblem[] } {
  const row = new Row(Array.isArray(cells) ? cells : [], number, columns);
  if (row.cells.every((c) => String(c ?? '').trim() === '')) return { slide: null, problems: [] };
  const kind = kindOf(row);
  const start = columns.v1 ? v1Date(row, 'start') : v3Date(row, 'start');
  const end = columns.v1 ? v1Date(row, 'end') : v3Date(row, 'end');
  if (start === false && kind !== 'title') return { slide: null, problems: row.problems };
  const groupFromTag = row.cell('Group') === '' && row.cell('Tag') !== '';
  const slide: Slide = {
    kind,
    type: row.cell('Type'),
    start: start || null,
    end: end || null,
    headline: row.cell('Headline'),
    text: row.cell('Text'),
    group: groupFromTag ? row.cell('Tag') : row.cell('Group'),
    uniqueId: '',
    timeZone: row.cell('Time Zone'),
    media: mediaOf(row),
    autolink: true,
    uncarried: uncarriedOf(row),
    problems: row.problems,
    path: (key) => row.path(columnOf(key, columns, groupFromTag)),
  };
  return { slide, problems: [] };
}
