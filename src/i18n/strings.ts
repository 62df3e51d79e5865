/**
 * Every word of the interface, in one typed table per language. A message is a string with
 * `{name}` placeholders; one that depends on a count gives its plural forms by CLDR category
 * (`one`, `few`, `many`, `other`, … as `Intl.PluralRules` names them), `other` required. Tables
 * are plain JSON-compatible objects, so a page can supply its own (`strings` property) and a
 * partial table falls back to English key by key. Pure; no DOM.
 */

/** Plural forms of a message, by `Intl.PluralRules` category; `other` is required. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** A message: text with `{name}` placeholders, or plural forms of it. */
export type Message = string | PluralMessage;

/** The interface's words. Placeholders are named in each key's description. */
export interface TimelineStrings {
  /** The heading when neither the `heading` attribute nor the data gives one. */
  heading: string;
  /** The accessible name of the legend. */
  legend: string;
  /** The legend entry and the label of a key event. */
  keyEvent: string;
  /** The accessible name of the group of filter buttons. */
  filters: string;
  /** The filter button for key events only. */
  keyOnly: string;
  /** Shown while `src` loads. */
  loading: string;
  /** Title of the box shown when `src` could not be loaded. */
  loadFailed: string;
  retry: string;
  retrying: string;
  /** Title of the box shown when nothing in the data can be used. */
  unusable: string;
  /** `{count}` events left out of the data. */
  leftOut: Message;
  /** Problems that left out details rather than events. */
  detailsLeftOut: string;
  /** `{count}` more problems than are listed. */
  moreProblems: Message;
  /** The drawing's listbox: `{title}` and `{count}` events. */
  plotLabel: Message;
  /** An option of the drawing's listbox for a key event: `{label}`. */
  keyOption: string;
  previous: string;
  next: string;
  /** The card's counter: event `{index}` of `{count}`. */
  position: string;
  /** Shown in the card's place when nothing is selected. */
  hint: string;
  /** Filters match nothing. */
  noMatch: string;
  /** The data has no events. */
  noEvents: string;
  /** Footer: `{shown}` of `{total}` events shown. */
  showing: Message;
  /** Footer: `{date}` of the last update. */
  updated: string;
  /** Before the names of the people involved (read by screen readers only). */
  people: string;
  /** The heading of an event's sources, by their `{count}`. */
  sources: Message;
  /** After a link that opens in a new tab (screen readers only). */
  newTab: string;
  /** In place of the sources of an event that has none. */
  noSource: string;
  /** Before the alt text shown in place of an image that could not be loaded. */
  imageFailed: string;
  copyLink: string;
  /** The accessible name of "Copy link": the event's `{title}`. */
  copyLinkLabel: string;
  linkCopied: string;
  copyFailed: string;
  /** Announced: the reader selected the event of `{date}` titled `{title}`. */
  selectedAnnouncement: string;
  /** Announced: the selection was cleared. */
  clearedAnnouncement: string;
  /** Announced after a filter: `{shown}` of `{total}` events. */
  filterAnnouncement: Message;
  /** Announced when the reader tries to hide the last category shown. */
  lastCategory: string;
  /** Announced when copying failed: the link is `{url}`. */
  copyFailedAnnouncement: string;
  /** Written at the fading end of an open span. */
  openEnd: string;
  /** After the name of an open span. */
  noEndDate: string;
  /** The note of a span that starts before the axis: since `{date}`. */
  since: string;
}

/** The English table: every key, and what every other table falls back to. */
export const en: Readonly<TimelineStrings> = Object.freeze({
  heading: 'Timeline',
  legend: 'Legend',
  keyEvent: 'Key event',
  filters: 'Filter events',
  keyOnly: 'Key events only',
  loading: 'Loading the timeline…',
  loadFailed: 'This timeline could not be loaded.',
  retry: 'Try again',
  retrying: 'Trying again…',
  unusable: 'This timeline cannot be shown because its data is not usable.',
  leftOut: { one: '{count} event could not be shown', other: '{count} events could not be shown' },
  detailsLeftOut: 'Some details could not be shown',
  moreProblems: { other: '…and {count} more.' },
  plotLabel: {
    one: '{title}: {count} event. Arrow keys move, Enter opens.',
    other: '{title}: {count} events. Arrow keys move, Enter opens.',
  },
  keyOption: '{label} (key event)',
  previous: 'Previous',
  next: 'Next',
  position: '{index} of {count}',
  hint: 'Select an event on the timeline to read it here, with its sources.',
  noMatch: 'No events match the current settings.',
  noEvents: 'There are no events to show yet.',
  showing: { other: 'Showing {shown} of {total} events.' },
  updated: 'Last updated {date}.',
  people: 'People involved: ',
  sources: { one: 'Source', other: 'Sources' },
  newTab: '(opens in a new tab)',
  noSource: 'No source listed',
  imageFailed: 'Image not available:',
  copyLink: 'Copy link',
  copyLinkLabel: 'Copy link to “{title}”',
  linkCopied: 'Link copied',
  copyFailed: 'Copy failed',
  selectedAnnouncement: 'Selected: {date}, {title}',
  clearedAnnouncement: 'Selection cleared',
  filterAnnouncement: { other: 'Showing {shown} of {total} events' },
  lastCategory: 'At least one category stays shown.',
  copyFailedAnnouncement: 'Could not copy; the link is {url}',
  openEnd: 'no end date →',
  noEndDate: 'no end date',
  since: 'since {date}',
});
