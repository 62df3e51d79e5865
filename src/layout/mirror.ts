/**
 * The drawing for right-to-left pages: the left-to-right layout mirrored about the plot's middle,
 * so that time runs from right to left, the earliest event on the right, labels hanging to the
 * left of their stems. Every box keeps its size; only its x changes. Pure; returns new objects.
 */
import type { AxisLayout } from './axis-layout.js';

/** The layout mirrored: each x becomes `width - x`, each box's left edge its right edge. */
export function mirrorLayout(layout: AxisLayout): AxisLayout {
  const W = layout.width;
  const x = (v: number) => W - v;
  return {
    ...layout,
    markers: layout.markers.map((m) => ({
      ...m,
      x: x(m.x),
      x0: x(m.x1),
      x1: x(m.x0),
    })),
    labels: layout.labels.map((l) => ({
      ...l,
      left: x(l.left + l.width),
      flip: !l.flip,
      stem: { ...l.stem, x: x(l.stem.x) },
    })),
    ticks: layout.ticks.map((t) => ({
      ...t,
      x: x(t.x),
      labelLeft: x(t.labelLeft + t.labelWidth),
    })),
    years: layout.years.map((y) => ({ ...y, x0: x(y.x1), x1: x(y.x0) })),
    breaks: layout.breaks.map((b) => ({ ...b, x0: x(b.x1), x1: x(b.x0) })),
    tracks: layout.tracks.map((track) => ({
      ...track,
      spans: track.spans.map((s) => ({
        ...s,
        x0: x(s.x1),
        x1: x(s.x0),
        // An outside label, relative to its bar's left edge, mirrored within the plot.
        labelLeft: s.inside ? s.labelLeft : s.x1 - s.x0 - s.labelLeft - s.labelWidth,
      })),
    })),
  };
}
