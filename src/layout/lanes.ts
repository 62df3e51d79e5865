/**
 * Lanes for the labels of the horizontal axis, so that no two labels overlap: layout as data,
 * like Observable Plot's `dodge`, before any DOM exists. Pure functions, no DOM.
 */

/** A label to place: the x of its anchor and its measured width, in px. */
export interface LabelBox {
  x: number;
  width: number;
}

/** Options of {@link assignLanes}. */
export interface LaneOptions {
  /** Least free space in px between two labels of one lane. Default 8. */
  minGap?: number;
  /** Most lanes to open; a label that fits in none of them gets lane -1. Default unlimited. */
  maxLanes?: number;
}

/** Options of {@link placeLabels}. */
export interface PlaceLabelsOptions extends LaneOptions {
  /** The width of the area the labels must stay inside, `[0, width]`. */
  width: number;
}

/** Where {@link placeLabels} puts a label: its left edge and its lane (-1: no room). */
export interface LabelPlacement {
  left: number;
  lane: number;
}

/**
 * Assigns each label, in input (chronological) order, the lowest lane in which it starts at
 * least `minGap` px after the right edge of the lane's last label; a label occupies
 * `[x, x + width]` (left-anchored at its marker). A new lane is opened when none has room, up to
 * `maxLanes`; after that the label gets lane -1 (no room: the renderer shows its marker and
 * gives its text another way, e.g. on focus).
 *
 * So within a lane labels never overlap and read in input order. When the items are sorted by
 * `x`, this first-fit is optimal: it opens as many lanes as the most labels (with their
 * `minGap`) that cover one point, and no fewer is possible. A negative or NaN width counts as 0.
 */
export function assignLanes(
  items: readonly LabelBox[],
  { minGap = 8, maxLanes = Infinity }: LaneOptions = {},
): number[] {
  const ends: number[] = []; // right edge + minGap of each lane's last label
  return items.map(({ x, width }) => {
    const right = x + Math.max(0, width || 0);
    let lane = ends.findIndex((end) => end <= x);
    if (lane < 0) {
      if (ends.length >= maxLanes) return -1;
      lane = ends.length;
    }
    ends[lane] = right + minGap;
    return lane;
  });
}

/**
 * Places left-anchored labels inside `[0, width]`: each label's left edge is its marker's x,
 * clamped into `[0, width - labelWidth]` so that a label near an edge is shifted inwards rather
 * than clipped (a label wider than the area starts at 0), then lanes are assigned with
 * {@link assignLanes} on the clamped positions. Within a lane, labels still never overlap and
 * keep their input order.
 */
export function placeLabels(
  items: readonly LabelBox[],
  { width, minGap = 8, maxLanes = Infinity }: PlaceLabelsOptions,
): LabelPlacement[] {
  const boxes = items.map((item) => ({
    x: Math.max(0, Math.min(item.x, width - Math.max(0, item.width || 0))),
    width: item.width,
  }));
  const lanes = assignLanes(boxes, { minGap, maxLanes });
  return boxes.map((box, i) => ({ left: box.x, lane: lanes[i]! }));
}
