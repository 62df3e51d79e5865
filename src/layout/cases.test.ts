/**
 * The shared cases: inputs reduced from faults people reported against timeline tools (copied
 * into test/fixtures/cases/), each laid out as a newsroom user expects.
 */
import { expect } from '@open-wc/testing';
import type { TimelineDataset } from '../data/types.js';
import { layoutAxis, type AxisLayout, type AxisLayoutInput } from './axis-layout.js';
import { TICK_SIZE, fontOf, type MeasureText } from './axis-metrics.js';

/** A fixed-width font: every character is 0.6 em wide. */
const mono: MeasureText = (text, font) => [...text].length * font.size * 0.6;

async function load(name: string): Promise<TimelineDataset> {
  const response = await fetch(`/test/fixtures/cases/${name}.json`);
  return (await response.json()) as TimelineDataset;
}

function lay(ds: TimelineDataset, more: Partial<AxisLayoutInput> = {}): AxisLayout {
  return layoutAxis({
    events: ds.events,
    categories: ds.categories,
    width: 1280,
    measure: mono,
    ...more,
  });
}

interface Box {
  left: number;
  right: number;
  what: string;
}

/** Every label of the axis as a box: tick labels on one row, band names on the next. */
function axisLabels(layout: AxisLayout): { ticks: Box[]; bands: Box[] } {
  const font = fontOf(layout.metrics.em, TICK_SIZE);
  const w = (t: string) => mono(t, font);
  return {
    ticks: layout.ticks.map((t) => ({
      left: t.labelLeft,
      right: t.labelLeft + w(t.text),
      what: t.text,
    })),
    bands: layout.years
      .filter((y) => y.text)
      .map((y) => ({ left: y.x0, right: y.x0 + w(y.text), what: y.text })),
  };
}

function expectApart(boxes: Box[]): void {
  const sorted = [...boxes].sort((a, b) => a.left - b.left);
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1]!, sorted[i]!];
    expect(a.right, `"${a.what}" runs into "${b.what}"`).to.be.at.most(b.left);
  }
}

const ids = (layout: AxisLayout) =>
  layout.labels.flatMap((l) => (l.text ? [l.id, ...l.more] : l.more)).sort();

describe('layoutAxis(input) with the shared cases', () => {
  it('seven-on-one-day: one label names the first event and counts the six others', async () => {
    const ds = await load('seven-on-one-day');
    for (const lanes of ['auto', 'category'] as const) {
      const layout = lay(ds, { lanes });
      expect(layout.markers, lanes).to.have.length(7);
      expect(layout.labels, lanes).to.have.length(1);
      expect(layout.labels[0]).to.include({ id: 'e1', text: 'Update number 1' });
      expect(layout.labels[0]!.more).to.deep.equal(['e2', 'e3', 'e4', 'e5', 'e6', 'e7']);
      expect(ids(layout)).to.deep.equal(ds.events.map((e) => e.id).sort());
    }
  });

  it('seven-on-one-day: events of two categories on one day get a label and a count per row', async () => {
    const ds = await load('seven-on-one-day');
    const mixed = {
      ...ds,
      events: [
        ...ds.events,
        ...ds.events.slice(0, 5).map((e, i) => ({ ...e, id: `c${i}`, category: 'court' })),
      ],
    };
    const layout = lay(mixed, { lanes: 'category' });
    expect(layout.rows.map((r) => r.category)).to.deep.equal(['council', 'court']);
    expect(layout.labels.map((l) => [l.id, l.more.length])).to.deep.equal([
      ['e1', 6],
      ['c0', 4],
    ]);
    expect(ids(layout)).to.have.length(12);
  });

  it('long-quiet-gap: the 35-year silence is one break, and the drawing fits the screen', async () => {
    const layout = lay(await load('long-quiet-gap'));
    expect(layout.width).to.equal(1280);
    expect(layout.breaks).to.have.length(1);
    const [a, b, c] = ['a', 'b', 'c'].map((id) => layout.markers.find((m) => m.id === id)!.x);
    expect(b! - a!).to.be.greaterThan(100);
    expect(c).to.be.lessThan(1280);
    expect(layout.labels.map((l) => l.text)).to.deep.equal(['Start', 'Next day', 'Museum opens']);
  });

  it('year-turn: no two axis labels overlap, with the gap cut or drawn to scale', async () => {
    const ds = await load('year-turn');
    for (const gaps of ['compress', 'linear'] as const) {
      for (const width of [720, 1024, 1280]) {
        const layout = lay(ds, { gaps, width });
        const { ticks, bands } = axisLabels(layout);
        expectApart(ticks);
        expectApart(bands);
        for (const y of layout.years.filter((y) => y.text)) {
          expect(y.x0 + mono(y.text, fontOf(16, TICK_SIZE))).to.be.at.most(y.x1);
        }
      }
    }
  });

  it('year-turn: a year too narrow to name under the axis is named by its first tick', async () => {
    const layout = lay(await load('year-turn'), { gaps: 'linear' });
    const band2024 = layout.years.find((y) => y.x0 < 40)!;
    expect(band2024.text).to.equal('');
    expect(layout.ticks[0]!.text).to.equal('Dec 31, 2024');
    expect(layout.years.map((y) => y.text)).to.include('2025');
  });

  it('week-ticks: a day’s tick stands under that day’s marker', async () => {
    const ds = await load('week-ticks');
    for (const width of [720, 1024, 1280]) {
      const layout = lay(ds, { width });
      const first = layout.markers.find((m) => m.id === 'a')!;
      expect(Math.abs(layout.ticks[0]!.x - first.x), `${width}: first tick`).to.be.below(0.5);
      for (const marker of layout.markers) {
        const under = layout.ticks.filter((t) => Math.abs(t.x - marker.x) < 12);
        for (const t of under)
          expect(Math.abs(t.x - marker.x), `${width}: ${t.text}`).to.be.below(0.5);
      }
    }
  });
});
