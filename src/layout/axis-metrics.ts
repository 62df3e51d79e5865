/**
 * The geometry of the horizontal drawing, in px, derived from the element's font size: label
 * and tick sizes, lane pitch, padding, break width. Pure; text widths come from the caller's
 * {@link MeasureText}.
 */

/** A font to measure text in: its size in px and its weight (400 regular, 700 bold). */
export interface FontSpec {
  size: number;
  weight: number;
}

/**
 * Measures the advance width in px of one line of `text` set in `font` (and in the family the
 * renderer uses). The element passes a canvas measure; tests pass a fixed-width one.
 */
export type MeasureText = (text: string, font: FontSpec) => number;

/**
 * Least distance in px between the markers of two consecutive distinct days in one segment.
 * Small on purpose: the whole IRS story (278 days once its empty summer and winter are cut) fits
 * a 1,280 px screen, so readers see its rhythm at a glance; adjacent days may touch, and each is
 * still reachable through its label and the keyboard.
 */
export const MIN_DAY_SPACING = 3;
/** The widest the plot gets, in px; beyond it days are drawn closer than MIN_DAY_SPACING. */
export const MAX_PLOT_WIDTH = 9600;
/** Labels are cut with an ellipsis beyond this many ems of the element's font. */
export const LABEL_MAX_EM = 14;
/** Font sizes, in ems of the element's font. */
export const LABEL_SIZE = 0.8125;
export const TICK_SIZE = 0.75;
export const SPAN_SIZE = 0.75;
/** Lanes of labels in the `auto` layout, and per row with `lanes="category"`. */
export const MAX_LANES = { auto: 6, category: 3 } as const;
/** Extra lanes opened, if needed, so that no key event's label is left out. */
export const KEY_EXTRA_LANES = 3;
/** Horizontal padding of a label in px: the stem side, and the other side (see the styles). */
export const LABEL_PAD = [6, 4] as const;
/** Least free space in px between two labels of a lane. */
export const LABEL_GAP = 10;
/** Width in px of the fading end of an open span. */
export const OPEN_FADE = 72;
/** Distance in px from the axis line to the top of the tick labels (see `.tick-label`). */
export const TICK_TOP = 8;

/** Sizes in px, from the element's font size. */
export interface AxisMetrics {
  /** The element's font size. */
  em: number;
  /** Height of one label's line, and the distance between two lanes of labels. */
  labelH: number;
  pitch: number;
  /** Height of a line of tick labels. */
  tickH: number;
  /** Height of a row's or a track's heading. */
  headH: number;
  /** Height of a span's bar, and of one lane of span labels under it. */
  barH: number;
  spanLane: number;
  /** Free space at the left and right ends of the plot. */
  padL: number;
  padR: number;
  breakWidth: number;
  /** Least free space between two tick labels. */
  gap: number;
  /** Half the height of the largest marker, with room for its ring. */
  markerHalf: number;
  /** Height of the axis with its tick labels and years. */
  axisBlock: number;
  /** Width of the "no end date →" text of an open span, with its margin. */
  openWidth: number;
}

/** The font of a text of `size` ems at weight `weight`, for a font size of `em` px. */
export function fontOf(em: number, size: number, weight = 400): FontSpec {
  return { size: size * em, weight };
}

/** Diameter in px of an event's marker: larger for key events. */
export function markerSize(em: number, key: boolean): number {
  return Math.round((key ? 1 : 0.625) * em);
}

/**
 * The metrics for a font size of `em` px. `openText` is the text written at the end of an open
 * span ("no end date →"), measured when `hasOpenSpan`, so the plot keeps room for it on the right.
 */
export function axisMetrics(
  em: number,
  measure: MeasureText,
  openText: string,
  hasOpenSpan: boolean,
): AxisMetrics {
  const labelH = Math.ceil(LABEL_SIZE * em * 1.5);
  const tickH = Math.ceil(TICK_SIZE * em * 1.4);
  const openWidth = Math.ceil(measure(openText, fontOf(em, SPAN_SIZE))) + 10;
  return {
    em,
    labelH,
    pitch: labelH + 5,
    tickH,
    headH: Math.ceil(0.6875 * em * 1.6),
    barH: Math.ceil(SPAN_SIZE * em * 1.9),
    spanLane: Math.ceil(SPAN_SIZE * em * 1.5),
    padL: Math.round(1.75 * em),
    // An open span fades out past the last date, where its "no end date" has room.
    padR: Math.max(Math.round(2.5 * em), hasOpenSpan ? openWidth + OPEN_FADE / 2 : 0),
    breakWidth: Math.round(2 * em),
    gap: Math.round(em),
    markerHalf: Math.ceil(markerSize(em, true) / 2) + 3,
    axisBlock: TICK_TOP + tickH + 2 + tickH,
    openWidth,
  };
}
