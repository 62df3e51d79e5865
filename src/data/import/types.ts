/**
 * What importers produce: our data model (`../types.ts`) with the fields that the story-shapes
 * and images work adds (year and minute precision, a time zone, images). These are plain,
 * JSON-compatible objects that have not been checked yet: run them through the validator before
 * rendering them.
 */
/* eslint no-restricted-globals: ["error", "document", "window", "DOMParser", "Node", "Element"] */
import type {
  TimelineCategory,
  TimelineDataset,
  TimelineEvent,
  TimelineSource,
  TimelineSpan,
  TimelineTrack,
} from '../types.js';
import type { DataProblem } from '../validate/index.js';

/**
 * How precisely a date is known, and the form of its string:
 * `year` `1969`, `month` `1969-07`, `day` `1969-07-20`, `minute` `1969-07-20T20:17` (a local
 * time in the dataset's `timeZone`) or `1969-07-20T20:17-05:00` (with its offset).
 */
export type RawPrecision = 'year' | 'month' | 'day' | 'minute';

/** An image shown with an event. */
export interface RawMedia {
  /** An `https:` address, or one relative to the data. */
  url: string;
  /** What the image shows, for people who cannot see it; empty only when `decorative`. */
  alt: string;
  /** A caption shown under the image, as plain text. */
  caption?: string;
  /** Who made or owns the image, as plain text. */
  credit?: string;
  /** True when the image adds nothing to the text (then `alt` is empty). */
  decorative?: boolean;
}

/** One event, as an importer produced it. */
export interface RawEvent extends Omit<TimelineEvent, 'precision' | 'endPrecision'> {
  precision: RawPrecision;
  endPrecision?: RawPrecision;
  /** A short label for the axis, when the title is too long for it. */
  label?: string;
  media?: RawMedia;
}

/** One bar of a track, as an importer produced it. */
export interface RawSpan extends Omit<TimelineSpan, 'startPrecision' | 'endPrecision'> {
  startPrecision: RawPrecision;
  endPrecision?: RawPrecision;
}

/** A row of spans, as an importer produced it. */
export interface RawTrack extends Omit<TimelineTrack, 'spans'> {
  spans: RawSpan[];
}

/** A whole dataset, as an importer produced it. */
export interface RawDataset extends Omit<TimelineDataset, 'updated' | 'events' | 'tracks'> {
  /** When the data was last checked, `YYYY-MM-DD`; left out when unknown. */
  updated?: string;
  /** The IANA time zone of the story's local times (`America/Chicago`). */
  timeZone?: string;
  events: RawEvent[];
  tracks?: RawTrack[];
}

/** What an importer returns: the dataset (never `null`), and what it found on the way. */
export interface ImportResult {
  dataset: RawDataset;
  /**
   * Paths are those of the input: `row 4, column "End Month"` for a sheet (row 1 holds the
   * column names), `events[3].start_date.year` for JSON, the empty string for the whole input.
   */
  problems: DataProblem[];
}

export type { DataProblem, TimelineCategory, TimelineSource };
