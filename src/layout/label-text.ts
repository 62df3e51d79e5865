/**
 * What each label of the drawing says and how wide it is: events at one spot share a label,
 * the words are the event's short `label` (else its title), cut at a word boundary when they do
 * not fit. Pure; no DOM.
 */
import type { TimelineEvent } from '../data/types.js';
import {
  LABEL_MAX_EM,
  LABEL_PAD,
  LABEL_SIZE,
  fontOf,
  type AxisMetrics,
  type FontSpec,
  type MeasureText,
} from './axis-metrics.js';
import { DAY_MS } from './gaps.js';
import type { StemmedLabel } from './stemmed-labels.js';
import type { GapScale } from './time-scale.js';

/** A label to place, with what it says. */
export interface LabelItem extends StemmedLabel {
  /** The event named (for a chip, the first counted), and the others counted ("+3"). */
  id: string;
  more: string[];
  /** The words shown, maybe cut at a word ("…"); `fullText` is what they were cut from. */
  text: string;
  fullText: string;
  /** The event's whole title (for a hover or a focus). */
  full: string;
  key: boolean;
  countWidth: number;
  flip: boolean;
  /** The event whose words the label shows; `null` for a chip, which only counts. */
  head: TimelineEvent | null;
}

/** A label may be cut down to this many ems of words (plus its padding and count). */
export const LABEL_MIN_EM = 5;

/** What every label of a drawing is measured with. */
export interface LabelContext {
  /** The plot's width in px (labels near the right edge flip to the left of their stem). */
  width: number;
  m: AxisMetrics;
  measure: MeasureText;
}

/** Markers closer than this many px stand at one spot and share a label. */
export const SAME_SPOT = 0.5;

/** The x of an event's stem: the middle of its day, its minute, or the start of its band. */
export function stemX(event: TimelineEvent, start: number, scale: GapScale): number {
  return scale.x(start + (event.precision === 'day' ? DAY_MS / 2 : 0));
}

/**
 * One label per spot: the events of a row grouped where their markers coincide, each group
 * named by its first key event (else its first event) and counting the rest.
 */
export function labelItems(
  events: readonly { event: TimelineEvent; period: { start: number } }[],
  scale: GapScale,
  ctx: LabelContext,
): LabelItem[] {
  const spots = events
    .map((e, i) => ({ event: e.event, x: stemX(e.event, e.period.start, scale), i }))
    .sort((a, b) => a.x - b.x || a.i - b.i);
  const groups: (typeof spots)[] = [];
  for (const spot of spots) {
    const last = groups[groups.length - 1];
    if (last && Math.abs(spot.x - last[0]!.x) < SAME_SPOT) last.push(spot);
    else groups.push([spot]);
  }
  return groups.map((group) => {
    const head = group.find((g) => g.event.key) ?? group[0]!;
    const more = group.filter((g) => g !== head).map((g) => g.event.id);
    return labelItem(head.event, head.x, more, ctx);
  });
}

/**
 * The label of `head` at stem `x`, counting `more`; or, with `head` null, a chip at `x` that
 * counts `more` (and names its first). Measured in the label's font; the words are cut at a
 * word boundary to fit {@link LABEL_MAX_EM} ems with the count.
 */
export function labelItem(
  head: TimelineEvent | null,
  x: number,
  more: string[],
  { width: plotWidth, m, measure }: LabelContext,
): LabelItem {
  const key = !!head?.key;
  const font = fontOf(m.em, LABEL_SIZE, key ? 700 : 400);
  const countWidth = more.length ? countWidthOf(more.length, m, measure) : 0;
  const max = LABEL_MAX_EM * m.em - countWidth;
  const fullText = head ? head.label || head.title : '';
  const text = head ? fitWords(fullText, max, font, measure) : '';
  const textWidth = head ? Math.ceil(Math.min(measure(text, font) + 1, max)) : 0;
  const pads = LABEL_PAD[0] + LABEL_PAD[1] + countWidth;
  const width = textWidth + pads;
  const flip = x + width > plotWidth - 2;
  return {
    id: head?.id ?? more[0]!,
    more,
    text,
    fullText,
    minWidth: head ? Math.min(width, LABEL_MIN_EM * m.em + pads) : width,
    full: head?.title ?? '',
    key,
    countWidth,
    flip,
    head,
    x: flip ? x - width : x,
    width,
    stem: x,
    inset: flip ? [LABEL_PAD[1], LABEL_PAD[0]] : [LABEL_PAD[0], LABEL_PAD[1]],
  };
}

/**
 * The label cut down to `width` px at `left` (placing found no more room): its words cut at a
 * word boundary to what is left after its padding and count.
 */
export function cutLabel(
  item: LabelItem,
  width: number,
  left: number,
  ctx: LabelContext,
): LabelItem {
  const font = fontOf(ctx.m.em, LABEL_SIZE, item.key ? 700 : 400);
  const room = width - LABEL_PAD[0] - LABEL_PAD[1] - item.countWidth;
  const text = fitWords(item.fullText, room, font, ctx.measure);
  return { ...item, text, width, x: left };
}

/**
 * `text` if it fits in `max` px, else its longest run of whole words that fits with "…" after
 * it; a first word too long for the space is cut between characters.
 */
export function fitWords(text: string, max: number, font: FontSpec, measure: MeasureText): string {
  if (measure(text, font) <= max) return text;
  const words = text.split(/(?<=\s)/);
  let fit = '';
  for (const word of words) {
    const next = fit + word;
    if (measure(`${next.trimEnd()}…`, font) > max) break;
    fit = next;
  }
  if (fit.trim()) return `${fit.trimEnd().replace(/[,;:.–—-]+$/, '')}…`;
  const chars = [...text];
  let n = chars.length;
  while (n > 1 && measure(`${chars.slice(0, n).join('')}…`, font) > max) n--;
  return `${chars.slice(0, n).join('')}…`;
}

/** The width in px of a count "+n" (bold, small), with the space before it. */
export function countWidthOf(n: number, m: AxisMetrics, measure: MeasureText): number {
  return Math.ceil(measure(`+${n}`, { size: 0.75 * m.em, weight: 700 })) + Math.round(0.5 * m.em);
}
