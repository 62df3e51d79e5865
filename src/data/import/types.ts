/**
 * What importers produce: our data model (`../types.ts`), as plain, JSON-compatible objects that
 * have not been checked yet: run them through the validator before rendering them (the reading
 * step, `../read.ts`, does). The `Raw…` names say "not yet validated".
 */
/* eslint no-restricted-globals: ["error", "document", "window", "DOMParser", "Node", "Element"] */
import type {
  DatePrecision,
  TimelineCategory,
  TimelineDataset,
  TimelineEvent,
  TimelineMedia,
  TimelineSource,
  TimelineSpan,
  TimelineTrack,
} from '../types.js';
import type { DataProblem } from '../validate/index.js';

/** How precisely a date is known (the model's `DatePrecision`). */
export type RawPrecision = DatePrecision;

/** An image shown with an event (the model's `TimelineMedia`). */
export type RawMedia = TimelineMedia;

/** One event, as an importer produced it: not yet checked. */
export type RawEvent = TimelineEvent;

/** One bar of a track, as an importer produced it. */
export type RawSpan = TimelineSpan;

/** A row of spans, as an importer produced it. */
export type RawTrack = TimelineTrack;

/** A whole dataset, as an importer produced it: the model's shape, not yet validated. */
export type RawDataset = TimelineDataset;

/** What an importer returns: the dataset (never `null`), and what it found on the way. */
export interface ImportResult {
  dataset: RawDataset;
  /**
   * Paths are those of the input: `row 4, column "End Month"` for a sheet (row 1 holds the
   * column names), `events[3].start_date.year` for JSON, the empty string for the whole input.
   */
  problems: DataProblem[];
  /** How many of the input's events the importer left out (a BCE year, an unreadable date). */
  leftOut: number;
  /**
   * Rewrites a path of `dataset` (`events[2].title`, as the validator reports it) as the path of
   * the input it came from (`row 5, column "Headline"`, `events[3].text.headline`); any other
   * path is returned as it is.
   */
  inputPath: (path: string) => string;
}

export type { DataProblem, TimelineCategory, TimelineSource };
