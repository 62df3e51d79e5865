/**
 * Every custom event the elements fire, typed once. All of them bubble and are composed, so a
 * page can listen on `document`; all use the `nt-` prefix and carry an object `detail`.
 */
import type { TimelineEvent } from './data/types.js';

/** A problem found in data or configuration, with where it is and what to do about it. */
export interface NtProblem {
  /** Where: `events[3].date`, or an attribute name such as `order`. */
  path: string;
  /** Plain-English explanation. */
  message: string;
  /** `error`: something was left out or cut short; `warning`: used as given, worth a look. */
  severity: 'error' | 'warning';
}

export interface NtSelectDetail {
  /** The selected event, or `null` when the selection was cleared. */
  event: TimelineEvent | null;
}

export interface NtErrorDetail {
  problems: NtProblem[];
}

export interface NtFilterDetail {
  /** The category ids shown (all when empty). */
  categories: string[];
  keyOnly: boolean;
  /** How many events are shown after filtering. */
  count: number;
}

/** `detail` of `nt-axis-pick`: the id of the event whose marker or label was picked. */
export interface NtAxisPickDetail {
  id: string;
}

export type NtSelectEvent = CustomEvent<NtSelectDetail>;
export type NtErrorEvent = CustomEvent<NtErrorDetail>;
export type NtFilterEvent = CustomEvent<NtFilterDetail>;
/**
 * Fired by `<news-timeline-axis>` when a reader clicks or taps a marker or a label. Bubbles but
 * is not composed: it is the drawing's message to the `<news-timeline>` that holds it, and
 * never reaches the page (which hears `nt-select`).
 */
export type NtAxisPickEvent = CustomEvent<NtAxisPickDetail>;

/** Creates a bubbling, composed `nt-*` event. */
export function ntEvent<K extends keyof NtEventMap>(
  type: K,
  detail: NtEventMap[K] extends CustomEvent<infer D> ? D : never,
): NtEventMap[K] {
  return new CustomEvent(type, { detail, bubbles: true, composed: true }) as NtEventMap[K];
}

/** Creates the drawing's `nt-axis-pick` event (bubbles, not composed). */
export function axisPickEvent(id: string): NtAxisPickEvent {
  return new CustomEvent('nt-axis-pick', { detail: { id }, bubbles: true, composed: false });
}

export interface NtEventMap {
  'nt-select': NtSelectEvent;
  'nt-error': NtErrorEvent;
  'nt-filter': NtFilterEvent;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'nt-select': NtSelectEvent;
    'nt-error': NtErrorEvent;
    'nt-filter': NtFilterEvent;
    'nt-axis-pick': NtAxisPickEvent;
  }
}
