/**
 * Where <news-timeline> takes its data from, in order of precedence: the data property, the
 * events property, the src attribute (JSON or CSV), an inline <script type="application/json">,
 * and otherwise the bundled dataset. Real requests go to the test server, whose test endpoints
 * (web-test-runner.config.mjs) delay (/__slow/<ms>/…), fail (/__status/<code>) or fail once
 * (/__flaky/<key>/…).
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/bundle.js';
import { irsIce } from '../src/datasets/irs-ice.js';
import type { NewsTimeline } from '../src/components/news-timeline/news-timeline.js';
import type { NtErrorEvent } from '../src/events.js';
import { pageWidth } from './helpers/runner.js';

const JSON_IDS = ['council-approves-plan', 'construction-starts', 'bridge-opens'];
const CSV_IDS = ['csv-council-vote', 'csv-audit'];

const ids = (el: NewsTimeline) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]')].map((e) => e.dataset.id!);

const shows = (el: NewsTimeline, expected: string[]) =>
  waitUntil(() => ids(el).join() === expected.join(), `expected ${expected.join()}`, {
    timeout: 5000,
  });

// Unique across the browsers too: they share the test server's /__flaky counters.
let run = 0;
const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2)}-${run++}`;

describe('<news-timeline> data sources', () => {
  pageWidth(700);

  it('loads JSON from src, saying so while it loads', async () => {
    // Held until released: the loading state is there to check however slow the machine is.
    const key = unique();
    const el = await fixture<NewsTimeline>(
      html`<news-timeline src="/__hold/${key}/test/fixtures/data/events.json"></news-timeline>`,
    );
    const status = el.shadowRoot!.querySelector('[part="status"]')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent).to.contain('Loading');
    await fetch(`/__release/${key}`);
    await shows(el, JSON_IDS);
    expect(el.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.contain(
      'The harbor bridge',
    );
  });

  it('loads a CSV sheet from src', async () => {
    const el = await fixture<NewsTimeline>(
      html`<news-timeline src="/test/fixtures/data/events.csv"></news-timeline>`,
    );
    await shows(el, CSV_IDS);
    const card = el.shadowRoot!.querySelector('[data-id="csv-council-vote"]')!;
    expect(card.textContent).to.contain('Maria Ortega');
    expect(card.querySelector('a')!.getAttribute('href')).to.equal(
      'https://example.com/news/budget',
    );
  });

  it("loads a sheet with Excel's sep= first line (shared case excel-sep-line.csv)", async () => {
    const el = await fixture<NewsTimeline>(
      html`<news-timeline src="/test/fixtures/cases/excel-sep-line.csv"></news-timeline>`,
    );
    await shows(el, ['ok']);
    expect(el.shadowRoot!.querySelector('[data-id="ok"]')!.textContent).to.contain('Fares rise');
  });

  it('reads an inline <script type="application/json"> child', async () => {
    const el = await fixture<NewsTimeline>(
      html`<news-timeline>
        <script type="application/json">
          {
            "title": "Inline",
            "events": [
              {
                "id": "one",
                "date": "2024-01-02",
                "precision": "day",
                "title": "One",
                "summary": "First.",
                "sources": [{ "publisher": "Gazette" }]
              }
            ]
          }
        </script>
      </news-timeline>`,
    );
    await shows(el, ['one']);
    expect(el.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal('Inline');
  });

  it('takes the data property over src, src over the inline script', async () => {
    const el = await fixture<NewsTimeline>(
      html`<news-timeline
        src="/test/fixtures/data/events.csv"
        .data=${{ ...irsIce, events: irsIce.events.slice(0, 2) }}
      >
        <script type="application/json">
          { "title": "Inline", "events": [] }
        </script>
      </news-timeline>`,
    );
    await shows(
      el,
      irsIce.events.slice(0, 2).map((e) => e.id),
    );
    // The same sheet in a second element: once it shows, the first one's request is done too.
    const twin = await fixture<NewsTimeline>(
      html`<news-timeline src="/test/fixtures/data/events.csv"></news-timeline>`,
    );
    await shows(twin, CSV_IDS);
    await el.updateComplete;
    expect(ids(el), 'data beats src').to.deep.equal(irsIce.events.slice(0, 2).map((e) => e.id));
    el.data = undefined;
    await shows(el, CSV_IDS);
    el.removeAttribute('src');
    await waitUntil(
      () => el.shadowRoot!.querySelector('[part="heading"]')?.textContent === 'Inline',
      'the inline data',
    );
    expect(el.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.contain('no events');
  });

  it('cancels the previous request when src changes', async () => {
    const el = await fixture<NewsTimeline>(
      html`<news-timeline src="/__slow/800/test/fixtures/data/events.json"></news-timeline>`,
    );
    el.src = '/test/fixtures/data/events.csv';
    await shows(el, CSV_IDS);
    await new Promise((r) => setTimeout(r, 1000));
    expect(ids(el), 'the slow answer never replaces the newer one').to.deep.equal(CSV_IDS);
  });

  it('says what failed, fires nt-error, and loads again with Try again', async () => {
    const key = unique();
    const el = document.createElement('news-timeline');
    // Fails once; the second request waits for /__release/<key>, so the "Trying again…" state
    // lasts until it has been checked, however fast the engine and the server are.
    el.src = `/__flaky/${key}/__hold/${key}/test/fixtures/data/events.json`;
    const errored = oneEvent(el, 'nt-error');
    document.body.append(el);
    try {
      const { detail } = (await errored) as NtErrorEvent;
      expect(detail.problems[0].path).to.equal('src');
      await el.updateComplete;
      const box = el.shadowRoot!.querySelector('[part="error"]')!;
      expect(box.getAttribute('role')).to.equal('alert');
      expect(box.textContent).to.contain('could not be loaded');
      expect(box.textContent).to.contain('503');
      const retry = box.querySelector<HTMLButtonElement>('[part="retry"]')!;
      retry.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      // While it tries, the same button keeps focus and says so.
      expect(el.shadowRoot!.activeElement).to.equal(retry);
      expect(retry.textContent!.trim()).to.equal('Trying again…');
      await fetch(`/__release/${key}`);
      await shows(el, JSON_IDS);
      expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
      expect(el.shadowRoot!.activeElement, 'focus lands on the timeline it brought').to.equal(
        el.shadowRoot!.querySelector('[part="heading"]'),
      );
    } finally {
      el.remove();
    }
  });

  it('shows the error box for an address that answers 404, with valid content nowhere to be lost', async () => {
    const el = await fixture<NewsTimeline>(
      html`<news-timeline src="/__status/404"></news-timeline>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]'), 'the error box');
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('404');
    await expect(el).to.be.accessible();
  });

  it('refuses javascript: addresses without a request', async () => {
    const el = await fixture<NewsTimeline>(
      html`<news-timeline src="javascript:alert(1)"></news-timeline>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]'), 'the error box');
    expect(
      performance.getEntriesByType('resource').some((r) => r.name.startsWith('javascript:')),
    ).to.equal(false);
  });

  it('shows the notice for a sheet with a bad row and keeps the good ones', async () => {
    const el = await fixture<NewsTimeline>(
      html`<news-timeline>
        <script type="text/csv">
          id,date,title,summary,source
          good-one,2024-01-02,Good,Fine.,Gazette
          bad-one,2024-02-30,Bad,Impossible date.,Gazette
          good-two,2024-03-04,Also good,Fine.,Gazette
        </script>
      </news-timeline>`,
    );
    await shows(el, ['good-one', 'good-two']);
    const notice = el.shadowRoot!.querySelector('[part="notice"]')!;
    expect(notice.querySelector('summary')!.textContent).to.contain('1 event could not be shown');
    expect(notice.textContent).to.contain('2024-02-30');
  });
});

describe('<news-timeline> data sources and deep links', () => {
  pageWidth(700);
  afterEach(() =>
    history.replaceState(null, '', window.location.pathname + window.location.search),
  );

  it("selects the event a page address names once src data with that dataset's id arrives", async () => {
    history.replaceState(null, '', '#harbor-bridge/construction-starts');
    const el = await fixture<NewsTimeline>(
      html`<news-timeline src="/__slow/200/test/fixtures/data/events.json"></news-timeline>`,
    );
    await shows(el, JSON_IDS);
    await el.updateComplete;
    expect(el.selected).to.equal('construction-starts');
  });
});
