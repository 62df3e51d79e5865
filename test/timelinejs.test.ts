/**
 * A TimelineJS file given to <news-timeline> as an article would: by `src` (the CSV of a sheet
 * made from its template, its JSON format) or in an inline script, with no attribute to say so.
 * What a reader sees: the events in order at their precision, the eras as a track, the images,
 * the sources from the links, "No source listed" where there are none; and what the author hears
 * (nt-error) at the sheet's rows and columns. The fixtures (test/fixtures/timelinejs/) are
 * invented sample data covering every column and type.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { cdp, pageWidth } from './helpers/runner.js';
import '../src/bundle.js';
import type { NewsTimeline } from '../src/components/news-timeline/news-timeline.js';
import type { NtErrorEvent } from '../src/events.js';
import { FIXTURES } from './helpers/timelinejs.js';

const frames = async (n = 3) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};

/** The timeline of `src`, loaded, in a box `width` px wide, and the problems it reported. */
async function load(src: string, width = 640, attrs = 'layout="vertical"') {
  const problems: NtErrorEvent['detail']['problems'] = [];
  const wrapper = await fixture<HTMLElement>(html`<div style="width: ${width}px"></div>`);
  wrapper.addEventListener('nt-error', (e) =>
    problems.push(...(e as NtErrorEvent).detail.problems),
  );
  wrapper.innerHTML = `<news-timeline src="${src}" ${attrs}></news-timeline>`;
  const el = wrapper.querySelector<NewsTimeline>('news-timeline')!;
  await waitUntil(
    () =>
      el.shadowRoot?.querySelector('[part~="heading"]') &&
      !el.shadowRoot.querySelector('[part="status"]'),
    'loaded',
    { timeout: 5000 },
  );
  await el.updateComplete;
  await frames();
  return { el, root: el.shadowRoot!, problems };
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();

/** What the list shows of each event: its date as written, and its title. */
const listed = (root: ShadowRoot) =>
  [...root.querySelectorAll('[part~="event"]')].map((e) => [
    text(e.querySelector('[part~="date"]')),
    text(e.querySelector('[part="title"]')),
  ]);

/** template.csv and timeline.json, as the list shows them (no time zone: times are days). */
const TEMPLATE_LIST = [
  ['1990', 'Harbor study published'],
  ['June 1994', 'Public hearings begin'],
  ['March 12, 1997', 'Design chosen'],
  ['May 1, 2000', 'Groundbreaking'],
  ['May 1, 2000 – September 30, 2004', 'Bridge under construction'],
  ['October 2, 2004', 'Opening ceremony'],
  ['October 2, 2004', 'Fireworks'],
  ['January 2005', 'First year of traffic'],
  ['2006', 'Toll removed'],
];

describe('<news-timeline> with a TimelineJS file', () => {
  // The viewport in Chromium; a column 1,300 px wide everywhere (WebDriver cannot set it).
  before(async () => {
    if (cdp) await setViewport({ width: 1300, height: 900 });
  });
  pageWidth(1300);

  for (const file of ['template.csv', 'timeline.json']) {
    it(`${file} by src: the title, the events in order at their precision, the groups`, async () => {
      const { root } = await load(`${FIXTURES}/${file}`);
      expect(text(root.querySelector('[part="heading"]'))).to.match(
        /^Sample data: the Harbor Bridge/,
      );
      expect(text(root.querySelector('[part="description"]'))).to.contain('Invented sample data');
      expect(listed(root)).to.deep.equal(TEMPLATE_LIST);
      const badges = [...root.querySelectorAll('[part~="event"] [part="badge"]')].map(text);
      expect(badges.slice(0, 4)).to.deep.equal(['Planning', 'Planning', 'Design', 'Construction']);
      expect(badges.at(-1)).to.equal('General');
    });

    it(`${file} by src: sources from the links, "No source listed" for the others`, async () => {
      const { root } = await load(`${FIXTURES}/${file}`);
      const study = root.querySelector(
        '[data-id$="harbor-study-published"], [data-id="harbor-study"]',
      )!;
      const link = study.querySelector<HTMLAnchorElement>('[part="sources"] a')!;
      expect(link.href).to.equal('https://example.org/harbor-study');
      expect(text(study.querySelector('[part="sources"]'))).to.contain('example.org');
      const hearings = root.querySelector('[data-id="1994-06-public-hearings-begin"]')!;
      expect(text(hearings.querySelector('[part="sources"]'))).to.equal('No source listed');
      const video = root.querySelector(
        '[data-id="2004-10-02-opening-ceremony"] [part="sources"] a',
      );
      expect(video!.getAttribute('href')).to.equal('https://www.youtube.com/watch?v=sample0001');
      expect(root.querySelector('[data-id="2004-10-02-opening-ceremony"] iframe, video')).to.equal(
        null,
      );
    });

    it(`${file} by src: the image of a row, its alt text, caption and credit; none without alt`, async () => {
      const { root } = await load(`${FIXTURES}/${file}`);
      const design = root.querySelector('[data-id$="design-chosen"]')!;
      const img = design.querySelector<HTMLImageElement>('[part="media"] img')!;
      expect(img.src).to.equal(new URL(`${FIXTURES}/images/design.png`, location.href).href);
      expect(img.alt).to.equal('Drawing of a cable-stayed bridge over the harbor');
      expect(text(design.querySelector('figcaption'))).to.equal(
        'The chosen design, as drawn Sample Studio',
      );
      await waitUntil(() => img.complete && img.naturalWidth === 240, 'the image loads');
      const traffic = root.querySelector('[data-id="2005-01-first-year-of-traffic"]')!;
      expect(traffic.querySelector('[part="media"]'), 'an image without alt text').to.equal(null);
    });
  }

  it('template.csv by src: the summary keeps the lines of the text (<br>, paragraphs)', async () => {
    const { root } = await load(`${FIXTURES}/template.csv`);
    const summary = root.querySelector(
      '[data-id="1994-06-public-hearings-begin"] [part="summary"]',
    );
    expect(summary!.textContent).to.equal('Hearings open in the town hall.\nThey run all summer.');
  });

  it('template.csv by src: the eras are a track of spans in the horizontal layout', async () => {
    const { root } = await load(`${FIXTURES}/template.csv`, 1280, 'layout="horizontal"');
    const axis = root.querySelector('news-timeline-axis')!;
    await axis.updateComplete;
    await frames();
    const track = axis.shadowRoot!.querySelector('[part~="track"]');
    expect(text(track)).to.contain('Eras');
    const spans = [...axis.shadowRoot!.querySelectorAll<HTMLElement>('[part~="span"]')];
    expect(spans.map((s) => s.dataset.id)).to.deep.equal([
      'era-1990-planning-years',
      'era-2000-05-construction',
    ]);
  });

  it("template.csv by src: tells the author what was not carried, at the sheet's rows and columns", async () => {
    const { problems } = await load(`${FIXTURES}/template.csv`);
    const at = (path: string) => problems.filter((p) => p.path === path);
    expect(at('row 13, column "Year"')[0]).to.deep.include({ severity: 'error' });
    expect(at('row 13, column "Year"')[0].message).to.contain('-500');
    expect(at('row 14, column "Alt Text"')[0].message).to.contain('no alt text');
    expect(at('row 9, column "Display Date"')[0].severity).to.equal('warning');
    const whole = problems.filter((p) => p.path === '').map((p) => p.message);
    expect(whole.filter((m) => m.includes('No source listed'))).to.have.length(1);
    expect(whole.some((m) => /^3 events have a time of day/.test(m))).to.equal(true);
    // Not one "no sources" warning per event: the import counts them once.
    expect(problems.filter((p) => p.message.startsWith('The event has no sources'))).to.deep.equal(
      [],
    );
  });

  it('reads a sheet sent as text/plain, and a Time Zone column keeps the times', async () => {
    const { root } = await load('/__raw/test/fixtures/timelinejs/zoned.csv?type=text/plain');
    const dates = [...root.querySelectorAll('[part~="event"] [part~="date"]')].map(text);
    expect(dates).to.deep.equal(['9:30 AM CDT', '2:00 PM CDT']);
  });

  it('reads a TimelineJS JSON timeline from an inline script', async () => {
    const el = await fixture<NewsTimeline>(
      html`<news-timeline layout="vertical">
        <script type="application/json">
          {
            "title": { "text": { "headline": "Inline TimelineJS" } },
            "events": [
              { "start_date": { "year": 2001, "month": 9 }, "text": { "headline": "One" } },
              { "start_date": { "year": 1999 }, "text": { "headline": "Zero" } }
            ]
          }
        </script>
      </news-timeline>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="event"]'), 'shown');
    expect(text(el.shadowRoot!.querySelector('[part="heading"]'))).to.equal('Inline TimelineJS');
    expect(listed(el.shadowRoot!)).to.deep.equal([
      ['1999', 'Zero'],
      ['September 2001', 'One'],
    ]);
  });
});
