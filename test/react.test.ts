/**
 * <news-timeline> in a React 19 app: React sets `data` as a property (the element is defined
 * first, as the README says), passes attributes as attributes, and listens to `nt-select`
 * through `onnt-select`. React's CommonJS packages are served as one ES module bundle by the
 * test server (test/plugins/embed.mjs).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import '../src/bundle.js';
import type { NewsTimeline } from '../src/components/news-timeline/news-timeline.js';
import type { TimelineDataset } from '../src/data/types.js';
import type { NtSelectEvent } from '../src/events.js';

declare global {
  // React's flag for tests that wrap updates in act().
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

const story: TimelineDataset = {
  id: 'react-story',
  title: 'Rendered by React',
  description: '',
  updated: '2025-06-30',
  categories: [{ id: 'news', label: 'News' }],
  events: ['2025-01-02', '2025-02-03', '2025-03-04'].map((date, i) => ({
    id: `event-${i + 1}`,
    date,
    precision: 'day' as const,
    title: `Event ${i + 1}`,
    summary: 'Something happened.',
    category: 'news',
    sources: [{ publisher: 'Gazette', url: `https://example.org/${i + 1}` }],
  })),
};

describe('<news-timeline> in React 19', () => {
  let host: HTMLElement;
  let root: Root;
  before(() => {
    globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  });
  beforeEach(() => {
    host = document.createElement('div');
    host.style.width = '600px';
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(async () => {
    await act(async () => root.unmount());
    host.remove();
  });

  it('gets data as a property, attributes as attributes, and nt-select through onnt-select', async () => {
    const selected: (string | undefined)[] = [];
    await act(async () => {
      root.render(
        createElement('news-timeline', {
          data: story,
          layout: 'vertical',
          heading: 'From React',
          'onnt-select': (e: NtSelectEvent) => selected.push(e.detail.event?.id),
        }),
      );
    });
    const el = host.querySelector('news-timeline') as NewsTimeline;
    expect(el.data).to.equal(story);
    expect(el.hasAttribute('data')).to.equal(false);
    expect(el.getAttribute('layout')).to.equal('vertical');
    await el.updateComplete;
    const events = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]')];
    expect(events.map((e) => e.dataset.id)).to.deep.equal(['event-1', 'event-2', 'event-3']);
    expect(el.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal('From React');
    events[1]!.querySelector<HTMLElement>('[part="title"]')!.click();
    await waitUntil(() => selected.length === 1);
    expect(selected).to.deep.equal(['event-2']);
  });

  it('follows new props: a new dataset, and a removed listener', async () => {
    const selected: string[] = [];
    const render = (data: TimelineDataset, listen: boolean) =>
      act(async () => {
        root.render(
          createElement('news-timeline', {
            data,
            layout: 'vertical',
            'onnt-select': listen
              ? (e: NtSelectEvent) => selected.push(e.detail.event!.id)
              : undefined,
          }),
        );
      });
    await render(story, true);
    const el = host.querySelector('news-timeline') as NewsTimeline;
    await render({ ...story, events: story.events.slice(0, 1) }, false);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part~="event"]')).to.have.length(1);
    el.shadowRoot!.querySelector<HTMLElement>('[part~="event"] [part="title"]')!.click();
    await el.updateComplete;
    expect(selected).to.deep.equal([]);
  });
});
