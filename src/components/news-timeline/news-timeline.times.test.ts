/**
 * Stories by the hour and by the year, as readers see them in both layouts. The browser runs in
 * America/Los_Angeles: a time that slipped into the reader's zone would show hours off.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../bundle.js';
import type { TimelineDataset, TimelineEvent } from '../../data/types.js';
import type { NewsTimeline } from './news-timeline.js';

const frames = async (n = 3) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};

/** Engines differ in the space before AM/PM (U+0020 or U+202F): compare plain spaces. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

const source = [{ publisher: 'Sample Gazette', url: 'https://example.com/a' }];
const at = (id: string, date: string, title: string, extra: Partial<TimelineEvent> = {}) =>
  ({
    id,
    date,
    precision: date.includes('T') ? 'minute' : date.length === 4 ? 'year' : 'day',
    title,
    summary: 'A sample.',
    category: 'results',
    sources: source,
    ...extra,
  }) as TimelineEvent;

/** An evening in `timeZone`, written in local times, one with the offset of another zone. */
function evening(timeZone: string): TimelineDataset {
  return {
    id: 'evening',
    title: 'An evening',
    description: 'Sample data.',
    updated: '2025-11-05',
    timeZone,
    categories: [{ id: 'results', label: 'Results' }],
    events: [
      at('close', '2025-11-04T19:00', 'Polls close', { key: true }),
      at('first', '2025-11-04T20:15', 'First returns'),
      at('called', '2025-11-04T23:40', 'Race called'),
      at('speech', '2025-11-05T00:30', 'Victory speech'),
    ],
  };
}

async function mount(data: TimelineDataset, width: number, attrs = '') {
  const wrapper = await fixture<HTMLElement>(html`<div style="width: ${width}px"></div>`);
  wrapper.innerHTML = `<news-timeline ${attrs}></news-timeline>`;
  const el = wrapper.querySelector<NewsTimeline>('news-timeline')!;
  el.data = data;
  await el.updateComplete;
  await frames();
  await el.updateComplete;
  const axis = el.shadowRoot!.querySelector('news-timeline-axis');
  if (axis) await axis.updateComplete;
  return el;
}

/** The text of what a reader sees of `selector` (a filter hides events, `hidden`). */
const texts = (el: NewsTimeline, selector: string) =>
  [...el.shadowRoot!.querySelectorAll(selector)]
    .filter((n) => n.checkVisibility())
    .map((n) => plain(n.textContent));

// West of UTC, east of it, and a half-hour offset.
const ZONES = [
  { zone: 'America/Chicago', name: 'CST', locale: 'en-US', time: '8:15 PM' },
  { zone: 'Europe/Berlin', name: 'CET', locale: 'en-GB', time: '20:15' },
  { zone: 'Asia/Kolkata', name: 'IST', locale: 'en-IN', time: '8:15 pm' },
];

/**
 * 4 November 2025 as this engine's Intl writes it at `locale` ("Tue, Nov 4"; en-GB gives
 * "Tue 4 Nov" in Chromium and Firefox, "Tue, 4 Nov" in WebKit: their CLDR data differ).
 */
const nov4 = (locale: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options }).format(
    Date.UTC(2025, 10, 4, 12),
  );

describe('<news-timeline> with times of day', () => {
  for (const { zone, name, locale, time } of ZONES) {
    describe(`a story in ${zone}`, () => {
      it('lists the events by day, each time in the story’s zone with its name', async () => {
        const el = await mount(evening(zone), 600, `layout="vertical" locale="${locale}"`);
        const headings = texts(el, '[part~="day"]');
        expect(headings).to.have.length(2);
        expect(headings[0]).to.equal(
          nov4(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
        );
        expect(headings[0]).to.match(/Tuesday.*4.*November|November 4/);
        expect(headings[1]).to.match(/Wednesday/);
        const dates = texts(el, '[part~="event"] [part="date"]');
        expect(dates[1]).to.equal(`${time} ${name}`);
        const datetime = el.shadowRoot!.querySelector('[data-id="first"] time')!;
        expect(datetime.getAttribute('datetime')).to.match(/^2025-11-04T20:15[+-]\d\d:\d\d$/);
      });

      it('draws the evening to scale, ticking hours under the day and the zone', async () => {
        const el = await mount(evening(zone), 1100, `layout="horizontal" locale="${locale}"`);
        const axis = el.shadowRoot!.querySelector('news-timeline-axis')!;
        const x = (id: string) =>
          axis
            .shadowRoot!.querySelector(`[part~="marker"][data-id="${id}"]`)!
            .getBoundingClientRect().left;
        expect(x('close')).to.be.below(x('first'));
        expect(x('first')).to.be.below(x('called'));
        expect(x('called')).to.be.below(x('speech'));
        const years = [...axis.shadowRoot!.querySelectorAll('[part="year"]')].map((y) =>
          plain(y.textContent),
        );
        const day = nov4(locale, { weekday: 'short', month: 'short', day: 'numeric' });
        expect(day).to.match(/Tue.*(4 Nov|Nov 4)/);
        expect(years[0]).to.equal(`${day} · ${name}`);
        const options = texts(el, '[role="option"]');
        expect(options[1]).to.include(`${time} ${name}`).and.include('First returns');
      });
    });
  }

  it('shows a time written with an offset on the story’s clock, never the reader’s', async () => {
    const data = evening('America/Chicago');
    data.events = [...data.events, at('late', '2025-11-05T03:30+01:00', 'Overseas reaction')];
    const el = await mount(data, 600, 'layout="vertical"');
    const late = el.shadowRoot!.querySelector('[data-id="late"] [part="date"]')!;
    expect(plain(late.textContent)).to.equal('8:30 PM CST');
  });

  it('shows the offset when the story has no zone', async () => {
    const data: TimelineDataset = { ...evening('UTC'), timeZone: undefined };
    data.events = [at('a', '2025-11-04T20:15-05:00', 'First returns')];
    const el = await mount(data, 600, 'layout="vertical"');
    expect(texts(el, '[part="date"]')).to.deep.equal(['8:15 PM UTC-5']);
  });

  it('says which event has a time without a zone, and shows the others', async () => {
    const data: TimelineDataset = { ...evening('UTC'), timeZone: undefined };
    data.events = [at('a', '2025-11-04T20:15Z', 'Kept'), at('b', '2025-11-04T21:00', 'Left out')];
    const el = await mount(data, 600, 'layout="vertical"');
    expect(texts(el, '[part~="title"]')).to.deep.equal(['Kept']);
    const notice = el.shadowRoot!.querySelector('[part="notice"]')!;
    expect(plain(notice.textContent)).to.include('1 event could not be shown');
    expect(plain(notice.textContent)).to.include('events[1].date').and.include('no time zone');
  });

  it('takes from and to as times on the story’s clock', async () => {
    const el = await mount(
      evening('America/Chicago'),
      600,
      'layout="vertical" from="2025-11-04T20:00" to="2025-11-04T23:40"',
    );
    expect(texts(el, '[part~="title"]')).to.deep.equal(['First returns', 'Race called']);
  });
});

describe('<news-timeline> with years', () => {
  const history: TimelineDataset = {
    id: 'history',
    title: 'Two centuries',
    description: 'Sample data.',
    updated: '2025-06-30',
    categories: [{ id: 'results', label: 'Events' }],
    events: [
      at('a', '1826', 'Ferry starts'),
      at('b', '1849', 'Toll bridge'),
      at('c', '1912', 'Stone arch'),
      at('d', '2003-06', 'Reopens', { precision: 'month' }),
      at('e', '2025-06-14', 'Bicentennial'),
    ],
  };

  it('lists a year as a year, under its own heading', async () => {
    const el = await mount(history, 600, 'layout="vertical"');
    expect(texts(el, '[part="date"]')).to.deep.equal([
      '1826',
      '1849',
      '1912',
      'June 2003',
      'June 14, 2025',
    ]);
    expect(texts(el, '[part~="year"]')).to.deep.equal(['1826', '1849', '1912', '2003', '2025']);
  });

  it('draws each year as a band across its year, on an axis of decades', async () => {
    const el = await mount(history, 1100, 'layout="horizontal"');
    const axis = el.shadowRoot!.querySelector('news-timeline-axis')!;
    const band = axis.shadowRoot!.querySelector<HTMLElement>('[part~="marker"][data-id="b"]')!;
    expect(band.classList.contains('band')).to.equal(true);
    const ticks = [...axis.shadowRoot!.querySelectorAll('[part~="tick"]')].map((t) =>
      plain(t.textContent),
    );
    expect(ticks[0]).to.equal('1826');
    expect(ticks.filter((t) => /^\d{4}$/.test(t)).length).to.be.at.least(5);
    expect(ticks.filter((t) => /^\d{3}0$/.test(t)).length).to.be.at.least(5);
  });
});
