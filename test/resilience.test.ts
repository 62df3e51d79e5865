/**
 * The element with data nobody planned for: generated valid datasets (every event shown, in
 * chronological order), arbitrary JSON (never a throw, never a blank box), no events, 10,000
 * events, data replaced while shown, the element moved and several on one page.
 *
 * Property tests use fast-check with a fixed seed, so a failure repeats. Element-level properties
 * render once per run (200 runs); pure ones run 1,000 times.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/bundle.js';
import type { NewsTimeline } from '../src/components/news-timeline/news-timeline.js';
import { irsIce } from '../src/datasets/irs-ice.js';
import { compareIsoDates } from '../src/data/dates.js';
import { validateCsv } from '../src/data/csv/index.js';
import type { TimelineDataset, TimelineEvent } from '../src/data/types.js';
import {
  MAX_ITEMS,
  parseJsonDataset,
  validateDataset,
  validateEvents,
} from '../src/data/validate/index.js';

const SEED = 20250407;
const ELEMENT_RUNS = { numRuns: 200, seed: SEED };
const PURE_RUNS = { numRuns: 1000, seed: SEED };

type Layout = 'vertical' | 'horizontal';

// ---------------------------------------------------------------------------------------------
// Generated data: valid datasets, in any order

const kebab = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,3}$/);

/** Non-blank text of any Unicode (control characters, astral planes and all). */
function text(maxLength: number): fc.Arbitrary<string> {
  return fc
    .oneof(
      fc.string({ minLength: 1, maxLength }),
      fc.string({ minLength: 1, maxLength, unit: 'grapheme' }),
      fc.string({ minLength: 1, maxLength, unit: 'binary' }),
    )
    .filter((s) => /\S/.test(s));
}

const DAY_MS = 86_400_000;
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** Mostly recent decades, sometimes anywhere from year 1 to year 9999. */
const instant = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2030, 0, 1) }) },
  { weight: 1, arbitrary: fc.integer({ min: Date.UTC(1, 0, 1), max: Date.UTC(9999, 11, 1) }) },
);
const isoDay = instant.map(dayOf);

const period = fc
  .record({
    start: instant,
    startMonth: fc.boolean(),
    end: fc.option(fc.record({ days: fc.integer({ min: 0, max: 4000 }), month: fc.boolean() })),
  })
  .map(({ start, startMonth, end }) => {
    const s = dayOf(start);
    const out: Pick<TimelineEvent, 'date' | 'precision' | 'end' | 'endPrecision'> = {
      date: startMonth ? s.slice(0, 7) : s,
      precision: startMonth ? 'month' : 'day',
    };
    const endMs = end ? start + end.days * DAY_MS : NaN;
    if (end && endMs <= Date.UTC(9999, 11, 31)) {
      const e = dayOf(endMs);
      out.end = end.month ? e.slice(0, 7) : e;
      out.endPrecision = end.month ? 'month' : 'day';
    }
    return out;
  });

const source = fc.record(
  {
    publisher: text(30),
    title: text(40),
    url: fc.oneof(
      fc.webUrl({ validSchemes: ['https', 'http'], withQueryParameters: true }),
      fc.emailAddress().map((a) => `mailto:${a}`),
    ),
    published: isoDay,
  },
  { requiredKeys: ['publisher'] },
);

function event(categories: readonly string[]): fc.Arbitrary<TimelineEvent> {
  return fc
    .record(
      {
        id: kebab,
        period,
        title: text(80),
        summary: fc.oneof(fc.constant(''), text(200)),
        category: fc.constantFrom('', ...categories),
        people: fc.array(text(20), { maxLength: 3 }),
        sources: fc.array(source, { minLength: 1, maxLength: 2 }),
        key: fc.boolean(),
      },
      { requiredKeys: ['id', 'period', 'title', 'summary', 'category', 'sources'] },
    )
    .map(({ period: p, ...rest }) => ({ ...rest, ...p }) as TimelineEvent);
}

/** Datasets with no error (events may be out of order: that is a warning, and they are sorted). */
const validDataset: fc.Arbitrary<TimelineDataset> = fc
  .uniqueArray(fc.record({ id: kebab, label: text(20) }), {
    selector: (c) => c.id,
    maxLength: 6,
  })
  .chain((categories) =>
    fc.record({
      id: kebab,
      title: text(60),
      description: fc.oneof(fc.constant(''), text(80)),
      updated: fc.oneof(fc.constant(''), isoDay),
      categories: fc.constant(categories),
      events: fc.uniqueArray(event(categories.map((c) => c.id)), {
        selector: (e) => e.id,
        maxLength: 25,
      }),
    }),
  );

/** Replaces the value in the `n`-th slot of a JSON tree (or deletes it, for `undefined`). */
function mutate(root: unknown, n: number, value: unknown): void {
  const slots: [Record<string, unknown>, string][] = [];
  const walk = (v: unknown) => {
    if (typeof v !== 'object' || v === null) return;
    for (const key of Object.keys(v)) {
      slots.push([v as Record<string, unknown>, key]);
      walk((v as Record<string, unknown>)[key]);
    }
  };
  walk(root);
  if (slots.length === 0) return;
  const [parent, key] = slots[n % slots.length];
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else {
    parent[key] = value;
  }
}

/** Any JSON value, and valid datasets with one to three slots replaced by any JSON value. */
const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc
    .tuple(
      validDataset,
      fc.array(fc.tuple(fc.nat(), fc.oneof(fc.jsonValue(), fc.constant(undefined))), {
        minLength: 1,
        maxLength: 3,
      }),
    )
    .map(([dataset, mutations]) => {
      const copy = structuredClone(dataset) as unknown;
      for (const [n, value] of mutations) mutate(copy, n, value);
      return copy;
    }),
);

// ---------------------------------------------------------------------------------------------
// Watching the page

/** Console errors, uncaught errors and unhandled rejections while `watch` is on. */
const trouble: string[] = [];
const originalError = console.error;
const originalWarn = console.warn;
const onError = (e: ErrorEvent) => trouble.push(`error: ${e.message}`);
const onRejection = (e: PromiseRejectionEvent) => trouble.push(`unhandled: ${String(e.reason)}`);

function watch(): void {
  trouble.length = 0;
  console.error = (...args: unknown[]) => void trouble.push(`console.error: ${args.join(' ')}`);
  // The element warns about every problem in the data: expected, and many here.
  console.warn = () => {};
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
}

function unwatch(): void {
  console.error = originalError;
  console.warn = originalWarn;
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
}

// ---------------------------------------------------------------------------------------------
// Reading what the element shows

/** The ids of the events shown, in order: the list's cards, or the horizontal layout's options. */
function shownIds(el: NewsTimeline): string[] {
  const root = el.shadowRoot!;
  const cards = root.querySelectorAll<HTMLElement>('ol [part~="event"]');
  if (cards.length) return [...cards].map((c) => c.dataset.id!);
  const axis = root.querySelector('news-timeline-axis');
  const markers = axis?.shadowRoot?.querySelectorAll<HTMLElement>('[part~="marker"]') ?? [];
  return [...markers].map((m) => m.dataset.id!);
}

/** What the element shows in place of (or beside) its events. */
function states(el: NewsTimeline): string[] {
  const root = el.shadowRoot!;
  const found: string[] = [];
  if (root.querySelector('ol [part~="event"], [role="option"]')) found.push('events');
  for (const part of ['notice', 'error', 'empty']) {
    const node = root.querySelector<HTMLElement>(`[part~="${part}"]`);
    if (node && node.getBoundingClientRect().height > 0 && node.textContent!.trim()) {
      found.push(part);
    }
  }
  return found;
}

/** Waits for the element and, in the horizontal layout, for its drawing. */
async function settled(el: NewsTimeline): Promise<void> {
  await el.updateComplete;
  const axis = el.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>(
    'news-timeline-axis',
  );
  if (axis) {
    await waitUntil(() => axis.shadowRoot?.querySelector('[part~="axis"]'), 'the axis draws', {
      timeout: 5000,
    });
    await axis.updateComplete;
  }
}

async function timeline(layout: Layout = 'vertical'): Promise<NewsTimeline> {
  return fixture<NewsTimeline>(html`<news-timeline layout=${layout}></news-timeline>`);
}

/** Events sorted the way the element must show them (a stable sort by date). */
function chronological(events: readonly TimelineEvent[]): string[] {
  return [...events].sort((a, b) => compareIsoDates(a.date, b.date)).map((e) => e.id);
}

function manyEvents(n: number, prefix = 'e'): TimelineEvent[] {
  const start = Date.UTC(1990, 0, 1);
  return Array.from({ length: n }, (_, i) => {
    const date = dayOf(start + i * DAY_MS);
    return {
      id: `${prefix}-${i}`,
      date,
      precision: 'day',
      title: `Event number ${i}`,
      summary: 'Something happened on this day, and it was reported.',
      category: i % 3 === 0 ? 'court' : 'policy',
      sources: [{ publisher: 'Example News', url: `https://example.com/news/${i}` }],
      key: i % 50 === 0,
    };
  });
}

function dataset(events: TimelineEvent[], title = 'Generated'): TimelineDataset {
  return {
    id: 'generated',
    title,
    description: 'Made up for a test.',
    updated: '2025-01-01',
    categories: [
      { id: 'court', label: 'Court rulings' },
      { id: 'policy', label: 'Policy' },
    ],
    events,
  };
}

// ---------------------------------------------------------------------------------------------

describe('the generators (pure)', () => {
  it('make datasets that validateDataset accepts with no error, keeping every event', () => {
    fc.assert(
      fc.property(validDataset, (data) => {
        const result = validateDataset(data);
        const errors = result.problems.filter((p) => p.severity === 'error');
        expect(errors, JSON.stringify(errors)).to.deep.equal([]);
        expect(result.dataset!.events.map((e) => e.id)).to.have.members(
          data.events.map((e) => e.id),
        );
      }),
      PURE_RUNS,
    );
  });
});

describe('validateDataset, validateEvents, parseJsonDataset and validateCsv with any input (pure)', () => {
  it('never throw, and return either usable data or an error that says why', () => {
    fc.assert(
      fc.property(anyJson, fc.string(), (value, textValue) => {
        for (const result of [
          validateDataset(value),
          validateEvents(value),
          parseJsonDataset(textValue),
          parseJsonDataset(JSON.stringify(value) ?? ''),
          validateCsv(textValue),
        ]) {
          if (result.dataset === null) {
            expect(result.problems.some((p) => p.severity === 'error')).to.equal(true);
          } else {
            expect(result.dataset.events.length).to.be.at.most(MAX_ITEMS.events);
          }
        }
      }),
      PURE_RUNS,
    );
  });
});

describe('<news-timeline> resilience', function () {
  this.timeout(120_000);
  beforeEach(watch);
  afterEach(unwatch);

  it('renders every event of any valid dataset, in chronological order (property)', async () => {
    const el = await timeline('vertical');
    await fc.assert(
      fc.asyncProperty(validDataset, async (data) => {
        el.data = data;
        await settled(el);
        const expected = chronological(data.events);
        if (expected.length === 0) {
          expect(states(el)).to.deep.equal(['empty']);
        } else {
          expect(shownIds(el)).to.deep.equal(expected);
        }
        expect(trouble).to.deep.equal([]);
      }),
      ELEMENT_RUNS,
    );
  });

  it('draws every event of any valid dataset in the horizontal layout (property)', async () => {
    const el = await timeline('horizontal');
    await fc.assert(
      fc.asyncProperty(validDataset, async (data) => {
        el.data = data;
        await settled(el);
        expect(shownIds(el)).to.have.members(data.events.map((e) => e.id));
        expect(el.shadowRoot!.querySelectorAll('[role="option"]')).to.have.length(
          data.events.length,
        );
        expect(trouble).to.deep.equal([]);
      }),
      ELEMENT_RUNS,
    );
  });

  it('never throws on any JSON, and always shows events, the notice, the error box or "no events" (property)', async () => {
    const elements = {
      vertical: await timeline('vertical'),
      horizontal: await timeline('horizontal'),
    };
    await fc.assert(
      fc.asyncProperty(
        anyJson,
        fc.constantFrom<Layout>('vertical', 'horizontal'),
        fc.constantFrom('data', 'events'),
        async (value, layout, property) => {
          const el = elements[layout];
          el.data = undefined;
          el.events = undefined;
          if (property === 'data') el.data = value as TimelineDataset;
          else el.events = value as TimelineEvent[];
          await settled(el);
          const shown = states(el);
          expect(shown.length, 'something is shown').to.be.greaterThan(0);
          expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
          expect(trouble).to.deep.equal([]);
        },
      ),
      ELEMENT_RUNS,
    );
  });

  describe('with no events', () => {
    for (const layout of ['vertical', 'horizontal'] as const) {
      it(`says so clearly (layout="${layout}")`, async () => {
        const el = await timeline(layout);
        el.data = dataset([], 'Nothing yet');
        await settled(el);
        expect(states(el)).to.deep.equal(['empty']);
        const empty = el.shadowRoot!.querySelector('[part~="empty"]')!;
        expect(empty.textContent!.trim()).to.equal('There are no events to show yet.');
        expect(empty.getAttribute('role')).to.equal('status');
        expect(el.shadowRoot!.querySelector('[part="heading"]')!.textContent!.trim()).to.equal(
          'Nothing yet',
        );
        expect(trouble).to.deep.equal([]);
      });
    }

    it('says so for an empty list of events too', async () => {
      const el = await timeline();
      el.events = [];
      await settled(el);
      expect(states(el)).to.deep.equal(['empty']);
    });
  });

  it(`renders ${MAX_ITEMS.events.toLocaleString('en-US')} events (the most allowed)`, async () => {
    expect(MAX_ITEMS.events).to.be.at.least(10_000);
    const events = manyEvents(MAX_ITEMS.events);
    const el = await timeline('vertical');
    el.data = dataset(events);
    await settled(el);
    const ids = shownIds(el);
    expect(ids).to.have.length(MAX_ITEMS.events);
    expect(ids[0]).to.equal('e-0');
    expect(ids[ids.length - 1]).to.equal(`e-${MAX_ITEMS.events - 1}`);
    expect(el.shadowRoot!.querySelector('[part~="notice"]')).to.equal(null);
    expect(trouble).to.deep.equal([]);
    el.remove();
  });

  it(`draws ${MAX_ITEMS.events.toLocaleString('en-US')} events in the horizontal layout`, async () => {
    const events = manyEvents(MAX_ITEMS.events);
    const el = await timeline('horizontal');
    el.data = dataset(events);
    await settled(el);
    expect(el.shadowRoot!.querySelectorAll('[role="option"]')).to.have.length(MAX_ITEMS.events);
    expect(shownIds(el)).to.have.length(MAX_ITEMS.events);
    expect(trouble).to.deep.equal([]);
    el.remove();
  });

  it('shows the new data when data is replaced, then events, then neither (the bundled data)', async () => {
    const el = await timeline();
    const first = manyEvents(3, 'first');
    const second = manyEvents(5, 'second');
    el.data = dataset(first, 'First');
    await settled(el);
    expect(shownIds(el)).to.deep.equal(first.map((e) => e.id));
    el.data = dataset(second, 'Second');
    await settled(el);
    expect(shownIds(el)).to.deep.equal(second.map((e) => e.id));
    expect(el.shadowRoot!.querySelector('[part="heading"]')!.textContent!.trim()).to.equal(
      'Second',
    );
    el.data = undefined;
    el.events = first;
    await settled(el);
    expect(shownIds(el)).to.deep.equal(first.map((e) => e.id));
    el.events = undefined;
    await settled(el);
    expect(shownIds(el)).to.deep.equal(irsIce.events.map((e) => e.id));
    // From unusable data back to good data: the error box goes away.
    el.data = 'nonsense' as unknown as TimelineDataset;
    await settled(el);
    expect(states(el)).to.deep.equal(['error']);
    el.data = dataset(second);
    await settled(el);
    expect(states(el)).to.deep.equal(['events']);
    expect(trouble).to.deep.equal([]);
  });

  it('does not change its data when the page changes the object it was given', async () => {
    const el = await timeline();
    const data = dataset(manyEvents(3));
    el.data = data;
    await settled(el);
    data.events[0].title = 'Changed behind its back';
    data.events.push(...manyEvents(1, 'late'));
    el.requestUpdate();
    await settled(el);
    expect(shownIds(el)).to.deep.equal(['e-0', 'e-1', 'e-2']);
    expect(el.shadowRoot!.textContent).to.not.include('Changed behind its back');
  });

  for (const layout of ['vertical', 'horizontal'] as const) {
    it(`still renders after being removed and added again (layout="${layout}")`, async () => {
      const el = await timeline(layout);
      el.data = dataset(manyEvents(4));
      await settled(el);
      const parent = el.parentElement!;
      el.remove();
      // Data set while it is away is shown when it comes back.
      el.data = dataset(manyEvents(6, 'away'));
      parent.append(el);
      await settled(el);
      expect(shownIds(el)).to.have.members(manyEvents(6, 'away').map((e) => e.id));
      // Moved within the page, twice in one task.
      document.body.append(el);
      parent.append(el);
      await settled(el);
      expect(shownIds(el)).to.have.length(6);
      expect(trouble).to.deep.equal([]);
    });
  }

  it('shows each instance its own data, with several on one page', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <news-timeline
          id="one"
          layout="vertical"
          .data=${dataset(manyEvents(2, 'one'), 'One')}
        ></news-timeline>
        <news-timeline
          id="two"
          layout="vertical"
          .data=${dataset(manyEvents(3, 'two'), 'Two')}
        ></news-timeline>
        <news-timeline
          id="three"
          layout="horizontal"
          .data=${dataset(manyEvents(4, 'three'), 'Three')}
        ></news-timeline>
        <news-timeline id="four" layout="vertical"></news-timeline>
      </div>`,
    );
    const get = (id: string) => wrapper.querySelector<NewsTimeline>(`#${id}`)!;
    for (const id of ['one', 'two', 'three', 'four']) await settled(get(id));
    expect(shownIds(get('one'))).to.deep.equal(['one-0', 'one-1']);
    expect(shownIds(get('two'))).to.deep.equal(['two-0', 'two-1', 'two-2']);
    expect(shownIds(get('three'))).to.have.members(['three-0', 'three-1', 'three-2', 'three-3']);
    expect(shownIds(get('four'))).to.deep.equal(irsIce.events.map((e) => e.id));
    // Each region is named by its own heading.
    for (const [id, title] of [
      ['one', 'One'],
      ['two', 'Two'],
      ['three', 'Three'],
      ['four', irsIce.title],
    ]) {
      const root = get(id).shadowRoot!;
      const region = root.querySelector('section')!;
      const heading = root.getElementById(region.getAttribute('aria-labelledby')!)!;
      expect(heading.textContent!.trim()).to.equal(title);
    }
    // Changing one leaves the others alone.
    get('two').data = dataset(manyEvents(1, 'new'), 'New');
    get('one').selected = 'one-1';
    await settled(get('two'));
    await settled(get('one'));
    expect(shownIds(get('two'))).to.deep.equal(['new-0']);
    expect(shownIds(get('one'))).to.deep.equal(['one-0', 'one-1']);
    expect(get('three').selected ?? null).to.equal(null);
    expect(trouble).to.deep.equal([]);
  });

  it('is not broken by a malformed address (#%E0%A4%A) on the page', async () => {
    const before = window.location.href;
    const el = document.createElement('news-timeline');
    el.layout = 'vertical';
    // Everything that reads the address happens synchronously here (connecting, a hashchange),
    // and the address is put back at once, whatever happens, so no other test sees it.
    history.replaceState(history.state, '', '#%E0%A4%A');
    try {
      document.body.append(el);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } finally {
      history.replaceState(history.state, '', before);
    }
    try {
      await settled(el);
      expect(shownIds(el)).to.deep.equal(irsIce.events.map((e) => e.id));
      expect(trouble).to.deep.equal([]);
    } finally {
      el.remove();
    }
  });
});
