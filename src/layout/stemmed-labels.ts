/**
 * Lanes for labels that hang from stems, so that no two labels overlap and no stem crosses
 * another label's text. A label sits in a lane above the axis and a stem runs from it straight
 * down to its marker, through every lane below it. Pure; no DOM.
 */

/** A label to place: its box in px, the x of its stem, and its text's insets from the box. */
export interface StemmedLabel {
  /** The box's left edge wanted (clamped into the area), and its width. */
  x: number;
  width: number;
  /** Where the stem runs down to the marker. */
  stem: number;
  /** Distance in px from the box's left and right edges to its text (the padding). */
  inset: readonly [number, number];
  /** Right-anchored: the stem at the right, the box running left from it. */
  flip?: boolean;
  /** The least width it may be cut to (its words cut at a word); default: its width. */
  minWidth?: number;
  /** Already placed: it keeps this lane, its `x` and its `width`. */
  lane?: number;
}

/** Options of {@link placeStemmedLabels}. */
export interface StemmedLabelOptions {
  /** The area labels stay inside, `[0, width]`. */
  width: number;
  /** Least free space in px between two labels of one lane. */
  minGap: number;
  /** Most lanes; a label with no room gets lane -1. */
  maxLanes: number;
}

/** Where a label went: its box's left edge and width (maybe cut), and its lane (-1: no room). */
export interface StemmedPlacement {
  left: number;
  width: number;
  lane: number;
}

interface Placed {
  left: number;
  right: number;
  textLeft: number;
  textRight: number;
  stem: number;
  lane: number;
}

/**
 * Places each label in a lane where (1) it clears the other labels of that lane by `minGap`,
 * (2) its text covers no stem of a label above it, and (3) its own stem crosses no text of a
 * label below it. A stem may pass through another label's padding (the inset), so markers of
 * consecutive days, a few px apart, can each keep a label.
 *
 * Labels are placed from right to left, so that where they crowd the earlier ones climb above
 * the later ones (a staircase) and every stem comes down clear; labels that run left from their
 * stems (at the right edge) are placed last, from left to right, above the stems they cover. A label goes in the lowest lane
 * that holds it whole; where none does, it is cut, on the side away from its stem, to the widest
 * room a lane gives, if that is at least its `minWidth`; else it gets lane -1. A box is clamped
 * into `[0, width]` first; a label given a `lane` keeps it. Returns, in input order, where each
 * label went.
 */
export function placeStemmedLabels(
  items: readonly StemmedLabel[],
  { width, minGap, maxLanes }: StemmedLabelOptions,
): StemmedPlacement[] {
  const out: StemmedPlacement[] = items.map((item) => ({
    left: item.lane === undefined ? clampLeft(item, width) : item.x,
    width: Math.max(0, item.width || 0),
    lane: item.lane ?? -1,
  }));
  // Placed labels by left edge: only those within reach of a box can conflict with it.
  const placed: Placed[] = [];
  items.forEach((item, i) => {
    if (item.lane !== undefined)
      insert(placed, boxOf(item, out[i]!.left, out[i]!.width, item.lane));
  });
  const reach = 2 * Math.max(0, ...items.map((i) => i.width || 0)) + minGap;
  // Labels that run right from their stems go first, from right to left; then those that run
  // left (at the right edge), from left to right: each climbs above the stems its words cover.
  const free = items.map((_, i) => i).filter((i) => items[i]!.lane === undefined);
  const order = [
    ...free.filter((i) => !items[i]!.flip).sort((a, b) => items[b]!.stem - items[a]!.stem || b - a),
    ...free.filter((i) => items[i]!.flip).sort((a, b) => items[a]!.stem - items[b]!.stem || a - b),
  ];
  for (const i of order) {
    const item = items[i]!;
    const want = boxOf(item, out[i]!.left, out[i]!.width, 0);
    const near = placed.slice(
      lowerBound(placed, want.left - reach),
      lowerBound(placed, want.right + reach + 1e-9),
    );
    const best = bestLane(item, want, near, minGap, maxLanes);
    if (!best) continue;
    out[i] = best;
    insert(placed, boxOf(item, best.left, best.width, best.lane));
  }
  return out;
}

/** The lowest lane that holds the label whole; else the lane with the most room, if enough. */
function bestLane(
  item: StemmedLabel,
  want: Placed,
  near: readonly Placed[],
  gap: number,
  maxLanes: number,
): StemmedPlacement | null {
  let best: StemmedPlacement | null = null;
  const full = want.right - want.left;
  for (let lane = 0; lane < maxLanes; lane++) {
    const room = roomIn(item, want, lane, near, gap);
    if (!room) continue;
    const w = room.right - room.left;
    if (w >= full - 1e-9) return { left: want.left, width: full, lane };
    if (!best || w > best.width + 1e-9) {
      const width = Math.min(full, w);
      best = { left: item.flip ? want.right - width : want.left, width, lane };
    }
  }
  const min = Math.min(full, item.minWidth ?? full);
  return best && best.width >= min - 1e-9 ? best : null;
}

/**
 * The room for the label in `lane`: from its stem side as far as it may go before it meets a
 * label of the lane (less the gap) or a stem coming down from above (its text must end before
 * it). It is only ever cut on the side away from its stem. `null` when its own stem would cross
 * the text of a label below, or when something blocks it on its stem's side.
 */
function roomIn(
  item: StemmedLabel,
  want: Placed,
  lane: number,
  near: readonly Placed[],
  gap: number,
): { left: number; right: number } | null {
  const flip = !!item.flip;
  const [il, ir] = item.inset;
  let { left, right } = want;
  // Whether x lies on the side of the stem that may be cut away.
  const cuttable = (x: number) => (flip ? x < want.stem : x > want.stem);
  for (const p of near) {
    if (p.lane < lane) {
      if (inside(want.stem, p.textLeft, p.textRight)) return null;
    } else if (p.lane === lane) {
      if (!(p.left < right + gap && p.right + gap > left)) continue;
      if (!cuttable(flip ? p.right : p.left)) return null;
      if (flip) left = Math.max(left, p.right + gap);
      else right = Math.min(right, p.left - gap);
    } else if (inside(p.stem, left + il, right - ir)) {
      if (!cuttable(p.stem)) return null;
      if (flip) left = p.stem - il;
      else right = p.stem + ir;
    }
  }
  return right > left ? { left, right } : null;
}

function clampLeft(item: StemmedLabel, width: number): number {
  return Math.max(0, Math.min(item.x, width - Math.max(0, item.width || 0)));
}

function boxOf(item: StemmedLabel, left: number, width: number, lane: number): Placed {
  const right = left + width;
  return {
    left,
    right,
    textLeft: left + item.inset[0],
    textRight: right - item.inset[1],
    stem: item.stem,
    lane,
  };
}

const inside = (x: number, from: number, to: number) => x > from && x < to;

function insert(placed: Placed[], p: Placed): void {
  placed.splice(lowerBound(placed, p.left), 0, p);
}

/** The index of the first placed label whose left edge is at least `x`. */
function lowerBound(placed: readonly Placed[], x: number): number {
  let lo = 0;
  let hi = placed.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (placed[mid]!.left < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
