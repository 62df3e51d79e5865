import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../bundle.js';
import { irsIce } from '../../datasets/irs-ice.js';
import type { NtFilterEvent } from '../../events.js';
import type { NewsTimeline } from './news-timeline.js';

/** The ids of the events a reader sees (a filter hides the others, `hidden`). */
function ids(el: NewsTimeline): string[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]')]
    .filter((e) => e.checkVisibility())
    .map((e) => e.dataset.id!);
}

function button(el: NewsTimeline, label: string): HTMLButtonElement {
  const found = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="filter"]')].find(
    (b) => b.textContent!.trim() === label,
  );
  if (!found) throw new Error(`no filter button "${label}"`);
  return found;
}

const clearHash = () =>
  history.replaceState(null, '', window.location.pathname + window.location.search);

describe('<news-timeline filters>', () => {
  // A phone-to-tablet width: layout="auto" draws the vertical list these tests are about.
  before(() => setViewport({ width: 700, height: 900 }));

  it('shows a pressed toggle per category and an unpressed key-events toggle, instead of the legend', async () => {
    const el = await fixture<NewsTimeline>(html`<news-timeline filters></news-timeline>`);
    const group = el.shadowRoot!.querySelector('[part="filters"]')!;
    expect(group.getAttribute('role')).to.equal('group');
    const buttons = [...group.querySelectorAll('button')];
    expect(
      buttons.map((b) => [b.textContent!.trim(), b.getAttribute('aria-pressed')]),
    ).to.deep.equal([
      ...irsIce.categories.map((c) => [c.label, 'true']),
      ['Key events only', 'false'],
    ]);
    expect(el.shadowRoot!.querySelector('[part="legend"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('turns a category off and on, updating the attribute, the list, nt-filter and the announcement', async () => {
    const el = await fixture<NewsTimeline>(html`<news-timeline filters></news-timeline>`);
    const court = button(el, 'Court rulings');
    const filtered = oneEvent(el, 'nt-filter');
    court.click();
    const { detail } = (await filtered) as NtFilterEvent;
    await el.updateComplete;
    const expected = irsIce.events.filter((e) => e.category !== 'court');
    expect(ids(el)).to.deep.equal(expected.map((e) => e.id));
    expect(detail.count).to.equal(expected.length);
    expect(detail.categories).to.deep.equal(['agreement', 'personnel', 'lawsuit', 'data']);
    expect(el.getAttribute('categories')).to.equal('agreement personnel lawsuit data');
    expect(court.getAttribute('aria-pressed')).to.equal('false');
    const live = el.shadowRoot!.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).to.contain(
      `Showing ${expected.length} of ${irsIce.events.length} events`,
    );
    court.click();
    await oneEvent(el, 'nt-filter');
    expect(el.hasAttribute('categories')).to.equal(false);
    expect(ids(el)).to.have.length(irsIce.events.length);
  });

  it('hides and shows the same items, with the year headings and the rail on the events shown', async () => {
    const el = await fixture<NewsTimeline>(html`<news-timeline filters></news-timeline>`);
    const item = (id: string) =>
      el.shadowRoot!.querySelector(`[data-id="${id}"]`)!.closest('li')! as HTMLLIElement;
    const court = irsIce.events.find((e) => e.category === 'court')!;
    const before = item(court.id);
    button(el, 'Court rulings').click();
    await el.updateComplete;
    expect(before.checkVisibility(), 'hidden by the filter').to.equal(false);
    const shown = irsIce.events.filter((e) => e.category !== 'court');
    // Each year shown has its heading, above its first event shown.
    const years = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="year"]')]
      .filter((y) => y.checkVisibility())
      .map((y) => y.textContent!.trim());
    expect(years).to.deep.equal([...new Set(shown.map((e) => e.date.slice(0, 4)))]);
    // The rail stops at the last marker shown: no line runs on below it.
    const last = item(shown[shown.length - 1]!.id);
    const rail =
      last.getBoundingClientRect().top + parseFloat(getComputedStyle(last, '::before').height);
    const marker = last.querySelector('.marker')!.getBoundingClientRect();
    expect(rail).to.be.closeTo(marker.top + marker.height / 2, marker.height);
    button(el, 'Court rulings').click();
    await el.updateComplete;
    expect(item(court.id), 'the same element, shown again').to.equal(before);
    expect(before.checkVisibility()).to.equal(true);
  });

  it('keeps at least one category shown', async () => {
    const el = await fixture<NewsTimeline>(
      html`<news-timeline filters categories="court"></news-timeline>`,
    );
    button(el, 'Court rulings').click();
    await el.updateComplete;
    expect(el.getAttribute('categories')).to.equal('court');
    expect(ids(el).length).to.be.greaterThan(0);
  });

  it('toggles key events only, from the keyboard too', async () => {
    const el = await fixture<NewsTimeline>(html`<news-timeline filters></news-timeline>`);
    const key = button(el, 'Key events only');
    key.focus();
    const filtered = oneEvent(el, 'nt-filter');
    await sendKeys({ press: 'Space' });
    await filtered;
    expect(el.keyOnly).to.equal(true);
    expect(el.hasAttribute('key-only')).to.equal(true);
    expect(key.getAttribute('aria-pressed')).to.equal('true');
    expect(ids(el)).to.have.length(irsIce.events.filter((e) => e.key).length);
    await expect(el).to.be.accessible();
  });

  it('shows pressed and unpressed states without relying on colour', async () => {
    const el = await fixture<NewsTimeline>(html`<news-timeline filters></news-timeline>`);
    const on = getComputedStyle(button(el, 'Agreement'));
    const off = getComputedStyle(button(el, 'Key events only'));
    expect(on.fontWeight).not.to.equal(off.fontWeight);
    expect(on.borderTopWidth).not.to.equal(off.borderTopWidth);
  });
});

describe('<news-timeline> deep links', () => {
  before(() => setViewport({ width: 700, height: 900 }));
  afterEach(clearHash);

  it('selects and reveals the event named by the page address', async () => {
    // Reduced motion: the reveal jumps instead of scrolling smoothly.
    await emulateMedia({ reducedMotion: 'reduce' });
    history.replaceState(null, '', '#irs-ice/tigta-report');
    const wrapper = await fixture<HTMLElement>(
      html`<div style="height: 400px; overflow: auto"><news-timeline></news-timeline></div>`,
    );
    const el = wrapper.querySelector('news-timeline')!;
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(el.selected).to.equal('tigta-report');
    const card = el.shadowRoot!.querySelector('[data-id="tigta-report"]')!.getBoundingClientRect();
    const box = wrapper.getBoundingClientRect();
    expect(card.top).to.be.at.least(box.top - 1);
    expect(card.top).to.be.below(box.bottom);
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('scopes links by the element id, so two timelines never clash', async () => {
    history.replaceState(null, '', '#second/long-removed');
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <news-timeline id="first" heading="First"></news-timeline>
        <news-timeline id="second" heading="Second"></news-timeline>
      </div>`,
    );
    const [a, b] = [...wrapper.querySelectorAll('news-timeline')];
    await a.updateComplete;
    await b.updateComplete;
    expect(a.selected).to.equal(undefined);
    expect(b.selected).to.equal('long-removed');
    history.replaceState(null, '', '#first/mou-signed');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await a.updateComplete;
    expect(a.selected).to.equal('mou-signed');
    expect(b.selected).to.equal('long-removed');
  });

  it('with permalinks, writes the selection into the address and clears it on Escape', async () => {
    const el = await fixture<NewsTimeline>(html`<news-timeline permalinks></news-timeline>`);
    el.shadowRoot!.querySelector<HTMLElement>(
      '[data-id="krause-departure"] [part="title"]',
    )!.click();
    expect(window.location.hash).to.equal('#irs-ice/krause-departure');
    el.shadowRoot!.querySelector<HTMLElement>('[data-id="krause-departure"]')!.focus();
    await sendKeys({ press: 'Escape' });
    expect(window.location.hash).to.equal('');
  });

  it('without permalinks, leaves the address alone', async () => {
    const el = await fixture<NewsTimeline>(html`<news-timeline></news-timeline>`);
    el.shadowRoot!.querySelector<HTMLElement>(
      '[data-id="krause-departure"] [part="title"]',
    )!.click();
    expect(el.selected).to.equal('krause-departure');
    expect(window.location.hash).to.equal('');
    expect(el.shadowRoot!.querySelector('[part="copy-link"]')).to.equal(null);
  });

  it('copies an event link with its button and says so', async () => {
    const written: string[] = [];
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (t: string) => void written.push(t) },
    });
    try {
      const el = await fixture<NewsTimeline>(html`<news-timeline permalinks></news-timeline>`);
      const copy = el.shadowRoot!.querySelector<HTMLButtonElement>(
        '[data-id="mou-signed"] [part="copy-link"]',
      )!;
      expect(copy.getAttribute('aria-label')).to.contain('Copy link to');
      copy.click();
      await new Promise((r) => setTimeout(r, 0));
      await el.updateComplete;
      expect(written).to.deep.equal([
        `${window.location.href.replace(/#.*$/, '')}#irs-ice/mou-signed`,
      ]);
      expect(copy.textContent!.trim()).to.equal('Link copied');
      expect(el.selected, 'copying does not select').to.equal(undefined);
    } finally {
      delete (navigator as unknown as { clipboard?: unknown }).clipboard;
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
  });
});
