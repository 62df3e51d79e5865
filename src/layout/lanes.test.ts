import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { assignLanes, placeLabels } from './lanes.js';
import type { LabelBox } from './lanes.js';

/** The most labels (each with its trailing minGap) that cover one point: the fewest lanes. */
function depth(items: readonly LabelBox[], minGap: number): number {
  const edges = items.flatMap(({ x, width }) => [
    [x, 1],
    [x + Math.max(0, width) + minGap, -1],
  ]);
  edges.sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!); // an end before a start at the same x
  let open = 0;
  let most = 0;
  for (const [, delta] of edges) most = Math.max(most, (open += delta!));
  return most;
}

/** True when, in every lane, each label starts minGap after the previous one ends. */
function lanesHold(lefts: number[], widths: number[], lanes: number[], minGap: number) {
  const last = new Map<number, number>();
  return lanes.every((lane, i) => {
    if (lane < 0) return true;
    const previous = last.get(lane);
    last.set(lane, i);
    return previous === undefined || lefts[i]! >= lefts[previous]! + widths[previous]! + minGap;
  });
}

describe('assignLanes(items, { minGap, maxLanes })', () => {
  it('puts each label in the lowest lane where it clears the last label by minGap', () => {
    const items = [
      { x: 0, width: 50 }, // lane 0, ends at 50 (+8 = 58)
      { x: 40, width: 50 }, // overlaps: lane 1, ends at 90
      { x: 58, width: 10 }, // exactly 8 px after the first: lane 0 again
      { x: 97, width: 20 }, // lane 0 (76 + 8 = 84 ≤ 97)
      { x: 97, width: 20 }, // lane 1 is free from 98: lane 2
    ];
    expect(assignLanes(items)).to.deep.equal([0, 1, 0, 0, 2]);
  });

  it('counts minGap: one pixel short is an overlap', () => {
    expect(
      assignLanes([
        { x: 0, width: 50 },
        { x: 57, width: 10 },
      ]),
    ).to.deep.equal([0, 1]);
    expect(
      assignLanes(
        [
          { x: 0, width: 50 },
          { x: 50, width: 10 },
        ],
        { minGap: 0 },
      ),
    ).to.deep.equal([0, 0]);
  });

  it('stacks labels at the same x', () => {
    const same = Array.from({ length: 4 }, () => ({ x: 100, width: 60 }));
    expect(assignLanes(same)).to.deep.equal([0, 1, 2, 3]);
  });

  it('gives lane -1 to a label with no room in maxLanes lanes', () => {
    const same = Array.from({ length: 4 }, () => ({ x: 100, width: 60 }));
    expect(assignLanes(same, { maxLanes: 2 })).to.deep.equal([0, 1, -1, -1]);
    const later = [...same, { x: 200, width: 10 }];
    expect(assignLanes(later, { maxLanes: 2 })).to.deep.equal([0, 1, -1, -1, 0]);
  });

  it('returns nothing for nothing, and counts a bad width as 0', () => {
    expect(assignLanes([])).to.deep.equal([]);
    expect(
      assignLanes([
        { x: 0, width: NaN },
        { x: 8, width: -5 },
      ]),
    ).to.deep.equal([0, 0]);
  });

  it('never changes its input', () => {
    const items = Object.freeze([Object.freeze({ x: 0, width: 10 })]);
    expect(assignLanes(items)).to.deep.equal([0]);
  });
});

describe('placeLabels(items, { width, minGap, maxLanes })', () => {
  it('shifts a label inwards rather than clip it at the edges', () => {
    const placed = placeLabels(
      [
        { x: -20, width: 50 },
        { x: 280, width: 50 },
        { x: 10, width: 400 },
      ],
      { width: 300 },
    );
    expect(placed).to.deep.equal([
      { left: 0, lane: 0 },
      { left: 250, lane: 0 },
      { left: 0, lane: 1 }, // wider than the area: starts at 0
    ]);
  });

  it('assigns lanes on the shifted positions', () => {
    // The second label is shifted left onto the first: it goes to lane 1.
    const placed = placeLabels(
      [
        { x: 200, width: 60 },
        { x: 290, width: 60 },
      ],
      { width: 300 },
    );
    expect(placed).to.deep.equal([
      { left: 200, lane: 0 },
      { left: 240, lane: 1 },
    ]);
  });

  it('keeps chronological order in a lane even when shifting reverses positions', () => {
    // A wide late label is shifted left of a narrow earlier one: not in the same lane.
    const placed = placeLabels(
      [
        { x: 900, width: 50 },
        { x: 910, width: 300 },
      ],
      { width: 1000 },
    );
    expect(placed).to.deep.equal([
      { left: 900, lane: 0 },
      { left: 700, lane: 1 },
    ]);
  });

  describe('properties', () => {
    const run = { numRuns: 1000, seed: 1 };
    const arbCase = fc.integer({ min: 320, max: 2000 }).chain((width) =>
      fc.record({
        width: fc.constant(width),
        minGap: fc.integer({ min: 0, max: 16 }),
        xs: fc.array(fc.double({ min: -50, max: width + 50, noNaN: true }), {
          maxLength: 1000,
          size: 'max',
        }),
        widths: fc.array(fc.double({ min: 1, max: 400, noNaN: true }), {
          minLength: 1000,
          maxLength: 1000,
        }),
      }),
    );
    const itemsOf = ({ xs, widths }: { xs: number[]; widths: number[] }, sorted: boolean) =>
      (sorted ? xs.slice().sort((a, b) => a - b) : xs).map((x, i) => ({ x, width: widths[i]! }));

    it('assignLanes: no overlap in a lane, order kept, fewest lanes (1,000 runs)', function () {
      this.timeout(60_000);
      fc.assert(
        fc.property(arbCase, (c) => {
          const items = itemsOf(c, true);
          const lanes = assignLanes(items, { minGap: c.minGap });
          const used = new Set(lanes);
          return (
            lanes.length === items.length &&
            lanesHold(
              items.map((i) => i.x),
              items.map((i) => i.width),
              lanes,
              c.minGap,
            ) &&
            // lanes 0..n-1 all used, and n is the least possible
            used.size === depth(items, c.minGap) &&
            lanes.every((lane) => lane >= 0 && lane < used.size)
          );
        }),
        run,
      );
    });

    it('assignLanes: with maxLanes, -1 only when every lane is taken (1,000 runs)', function () {
      this.timeout(60_000);
      fc.assert(
        fc.property(arbCase, fc.integer({ min: 1, max: 5 }), (c, maxLanes) => {
          const items = itemsOf(c, true);
          const lanes = assignLanes(items, { minGap: c.minGap, maxLanes });
          const xs = items.map((i) => i.x);
          const ws = items.map((i) => i.width);
          const lastIn = (lane: number, before: number) => lanes.lastIndexOf(lane, before - 1);
          return (
            lanesHold(xs, ws, lanes, c.minGap) &&
            lanes.every((lane) => lane >= -1 && lane < maxLanes) &&
            lanes.every(
              (lane, i) =>
                lane >= 0 ||
                Array.from({ length: maxLanes }, (_, l) => lastIn(l, i)).every(
                  (j) => j >= 0 && xs[j]! + ws[j]! + c.minGap > xs[i]!,
                ),
            )
          );
        }),
        { numRuns: 1000, seed: 1 },
      );
    });

    it('placeLabels: inside [0, width], no overlap, order kept (1,000 runs)', function () {
      this.timeout(60_000);
      fc.assert(
        fc.property(arbCase, fc.boolean(), (c, sorted) => {
          const items = itemsOf(c, sorted);
          const placed = placeLabels(items, { width: c.width, minGap: c.minGap });
          const lefts = placed.map((p) => p.left);
          const widths = items.map((i) => i.width);
          return (
            placed.length === items.length &&
            placed.every(
              ({ left }, i) =>
                left >= 0 && (widths[i]! > c.width || left + widths[i]! <= c.width + 1e-9),
            ) &&
            // lanesHold checks input order too: a later label starts after an earlier one ends
            lanesHold(
              lefts,
              widths,
              placed.map((p) => p.lane),
              c.minGap,
            )
          );
        }),
        run,
      );
    });
  });
});
