/**
 * A TimelineJS "slide" (an event, the title, or an era) as both inputs read it, before it
 * becomes ours: the sheet reader and the JSON reader each produce these, and one builder
 * (`timelinejs-build.ts`) makes the dataset, so the two inputs map the same way.
 */
/* eslint no-restricted-globals: ["error", "document", "window", "DOMParser", "Node", "Element"] */
import type { DateInput, DatePart } from './timelinejs-dates.js';
import type { DataProblem } from './types.js';

/** A value of the input, named for problem paths. */
export type SlideKey =
  | 'row'
  | 'type'
  | 'uniqueId'
  | 'headline'
  | 'text'
  | 'group'
  | 'displayDate'
  | 'background'
  | 'scale'
  | 'timeZone'
  | `media.${keyof SlideMedia}`
  | `start.${DatePart | 'displayDate' | 'format'}`
  | `end.${DatePart | 'displayDate' | 'format'}`;

/** The media of a slide; every field trimmed, `''` when absent. */
export interface SlideMedia {
  url: string;
  caption: string;
  credit: string;
  thumbnail: string;
  alt: string;
  title: string;
  link: string;
}

/** A value that TimelineJS uses and we cannot carry. */
export interface Uncarried {
  key: SlideKey;
  value: string;
}

export interface Slide {
  kind: 'event' | 'title' | 'era';
  /** The Type cell as written, for messages; `''` in JSON. */
  type: string;
  /** `null` when there is no year at all. */
  start: DateInput | null;
  end: DateInput | null;
  /** HTML. */
  headline: string;
  /** HTML. */
  text: string;
  /** HTML (TimelineJS strips its markup). */
  group: string;
  uniqueId: string;
  /** The sheet's Time Zone cell (our extension; `''` when none, and always in JSON). */
  timeZone: string;
  media: SlideMedia | null;
  /** TimelineJS turns addresses in the text into links unless `autolink` is false. */
  autolink: boolean;
  /** What this slide holds that we cannot carry: warned for events and the title. */
  uncarried: Uncarried[];
  /** What the reader already found wrong in this slide (a time it could not read…). */
  problems: DataProblem[];
  /** Where a value of this slide is, as a problem path. */
  path(key: SlideKey): string;
}

export const NO_MEDIA: Readonly<SlideMedia> = Object.freeze({
  url: '',
  caption: '',
  credit: '',
  thumbnail: '',
  alt: '',
  title: '',
  link: '',
});

/** What both importers accept. */
export interface TimelineJsImportOptions {
  /** The dataset id. Default: made from the title, else `timeline`. */
  id?: string;
  /** The heading when the input has no title slide. Default `"Timeline"`. */
  title?: string;
  /** The description when the input has no title slide. Default `""`. */
  description?: string;
  /** When the data was last checked, `YYYY-MM-DD`. Default: left out. */
  updated?: string;
  /**
   * The IANA time zone in which the story's times of day are read (`America/Chicago`).
   * TimelineJS times have none; without one, times are kept and a warning asks for it.
   */
  timeZone?: string;
  /** The category of events without a Group. Default `{ id: 'general', label: 'General' }`. */
  defaultCategory?: { id: string; label: string };
  /** The label of the track that holds the eras. Default `"Eras"`. */
  erasLabel?: string;
}
