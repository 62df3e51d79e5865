/**
 * What the templates of `<news-timeline>` read: the view, the strings, the reader's state
 * (selection, keyboard place) and the handlers they bind. Built by the element on each render;
 * templates compute nothing that the view already knows.
 */
import type { DirectiveResult } from 'lit/directive.js';
import { styleProps } from '../../../directives/style-props.js';
import { formatIsoDate, formatTime } from '../../../data/format.js';
import { categoryColor } from '../../category-color.js';
import type { CopiedLink } from '../../../controllers/permalink-controller.js';
import type { TimelineDataset, TimelineEvent } from '../../../data/types.js';
import type { TimelineStrings } from '../../../i18n/strings.js';
import type { TimelineOptions } from '../attributes.js';
import type { ResolvedData } from '../data.js';
import type { TimelineView } from '../view.js';

export interface RenderContext {
  dataset: TimelineDataset;
  data: ResolvedData;
  view: TimelineView;
  /** The heading shown: the attribute, else the dataset's title. */
  title: string;
  strings: TimelineStrings;
  /** The locale of dates and numbers. */
  locale: string;
  /** The reading direction around the timeline: the drawing mirrors in `rtl`. */
  dir: 'ltr' | 'rtl';
  /** The drawing was wanted but its part could not be loaded: the list says so. */
  drawingFailed: boolean;
  /** The language and direction of the interface's words (`strings`), to isolate them. */
  stringsLang: string;
  stringsDir: 'ltr' | 'rtl';
  /** The `lang` of dates when the locale differs from the page's language. */
  dateLang: string | undefined;
  selectedId: string | undefined;
  /** The event that holds the keyboard's place. */
  activeId: string | null;
  /** The drawing's listbox has focus (its active marker then shows a ring). */
  plotFocused: boolean;
  filters: boolean;
  keyOnly: boolean;
  /** The parsed attributes: the categories the filter shows (empty: all), gaps, lanes… */
  options: TimelineOptions;
  permalinks: boolean;
  copied: CopiedLink | null;
  eventUrl: (id: string) => string;
  /** True when the image at this (resolved) address failed to load. */
  imageFailed: (url: string) => boolean;
  on: Handlers;
}

/**
 * A data date as the reader sees it, in the story's time zone when it has one: "April 7, 2025",
 * "November 4, 2025 at 8:15 PM CST"; with `timeOnly`, a time without its day ("8:15 PM CST").
 */
export function dateText(ctx: RenderContext, value: string, timeOnly = false): string {
  const zone = ctx.dataset.timeZone;
  return timeOnly ? formatTime(value, ctx.locale, zone) : formatIsoDate(value, ctx.locale, zone);
}

/** The inline colour of a category (`--_cat`): its token, else its palette colour. */
export function categoryStyle(ctx: RenderContext, id: string): DirectiveResult {
  return styleProps({ '--_cat': categoryColor(id, ctx.view.categoryIndex.get(id)) });
}

/** A category's label, or its id when the dataset does not declare it. */
export function categoryLabel(ctx: RenderContext, id: string): string {
  return ctx.view.categoryLabel.get(id) ?? id;
}

/** The handlers the templates bind, already bound to the element. */
export interface Handlers {
  keydown: (e: KeyboardEvent) => void;
  listClick: (e: MouseEvent) => void;
  pick: (e: CustomEvent<{ id: string }>) => void;
  plotFocus: (focused: boolean) => void;
  step: (delta: number) => void;
  toggleCategory: (id: string) => void;
  toggleKeyOnly: () => void;
  copyLink: (e: TimelineEvent) => void;
  retry: () => void;
  /** An image's `error` event. */
  imageError: (e: Event) => void;
}
