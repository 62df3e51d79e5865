import { expect } from '@open-wc/testing';
import type { TimelineCategory, TimelineEvent } from '../../data/types.js';
import { deriveView, viewDeriver, type ViewOptions } from './view.js';

const categories: TimelineCategory[] = [
  { id: 'court', label: 'Court' },
  { id: 'agency', label: 'Agency' },
];
const event = (id: string, date: string, category: string, key = false): TimelineEvent => ({
  id,
  date,
  precision: 'day',
  title: id,
  summary: '',
  category,
  sources: [],
  ...(key ? { key } : {}),
});
const events = [
  event('a', '2024-03-01', 'court', true),
  event('b', '2025-01-10', 'agency'),
  event('c', '2025-06-01', 'court'),
];
const options = (over: Partial<ViewOptions> = {}): ViewOptions => ({
  keyOnly: false,
  categories: [],
  from: null,
  to: null,
  order: 'oldest-first',
  layout: 'vertical',
  ...over,
});

describe('deriveView(events, categories, options)', () => {
  it('keeps the events that pass every filter, in the order asked, with their year headings', () => {
    const view = deriveView(events, categories, options({ categories: ['court'] }));
    expect(view.visible.map((e) => e.id)).to.deep.equal(['a', 'c']);
    expect(view.legend.map((c) => c.id)).to.deep.equal(['court']);
    expect([...view.headings.keys()]).to.deep.equal(['a', 'c']);
    const newest = deriveView(events, categories, options({ order: 'newest-first' }));
    expect(newest.visible.map((e) => e.id)).to.deep.equal(['c', 'b', 'a']);
  });
});

describe('viewDeriver()', () => {
  it('returns the same view (and visible array) for equal options given as new objects', () => {
    const derive = viewDeriver();
    const first = derive(events, categories, options({ categories: ['court'] }));
    const again = derive(events, categories, options({ categories: ['court'] }));
    expect(again).to.equal(first);
    expect(again.visible).to.equal(first.visible);
  });

  it('derives a new view when an option, the events or the categories change', () => {
    const derive = viewDeriver();
    const first = derive(events, categories, options());
    expect(
      derive(events, categories, options({ keyOnly: true })).visible.map((e) => e.id),
    ).to.deep.equal(['a']);
    expect(derive(events, categories, options())).not.to.equal(first);
    const fewer = events.slice(1);
    expect(derive(fewer, categories, options()).total).to.equal(2);
    expect(derive(fewer, [...categories], options())).not.to.equal(
      derive(fewer, categories, options()),
    );
  });
});
