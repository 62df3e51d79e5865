import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import {
  emulateMedia,
  executeServerCommand,
  sendKeys,
  setViewport,
} from '@web/test-runner-commands';
import '../../bundle.js';
import { irsIce } from '../../datasets/irs-ice.js';
import type { NtSelectEvent } from '../../events.js';
import type { NewsTimeline } from './news-timeline.js';

const frames = async (n = 3) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};

async function wide(markup = html`<news-timeline></news-timeline>`, width = 1100) {
  const wrapper = await fixture<HTMLElement>(html`<div style="width: ${width}px">${markup}</div>`);
  const el = wrapper.querySelector('news-timeline')!;
  await el.updateComplete;
  await frames();
  await el.updateComplete;
  return { wrapper, el };
}

const plot = (el: NewsTimeline) => el.shadowRoot!.querySelector<HTMLElement>('[part="plot"]')!;
const axis = (el: NewsTimeline) => el.shadowRoot!.querySelector('news-timeline-axis')!;
const card = (el: NewsTimeline) => el.shadowRoot!.querySelector<HTMLElement>('[part="card"]');
const activeOption = (el: NewsTimeline) =>
  el.shadowRoot!.getElementById(plot(el).getAttribute('aria-activedescendant')!)!;

describe('<news-timeline> horizontal layout', () => {
  before(() => setViewport({ width: 1280, height: 900 }));

  it('draws horizontally from 720 px of its own width and switches live, keeping the selection', async () => {
    const { wrapper, el } = await wide(
      html`<news-timeline selected="long-removed"></news-timeline>`,
    );
    expect(axis(el), 'the drawing').to.not.equal(null);
    expect(el.shadowRoot!.querySelector('ol')).to.equal(null);
    expect(card(el)!.querySelector('[part~="event"]')!.getAttribute('data-id')).to.equal(
      'long-removed',
    );
    wrapper.style.width = '600px';
    await frames();
    await el.updateComplete;
    expect(axis(el)).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('ol [part~="event"]')).to.have.length(
      irsIce.events.length,
    );
    expect(
      el.shadowRoot!.querySelector('[data-id="long-removed"]')!.getAttribute('aria-current'),
    ).to.equal('true');
    wrapper.style.width = '900px';
    await frames();
    await el.updateComplete;
    expect(axis(el)).to.not.equal(null);
    expect(el.selected).to.equal('long-removed');
  });

  it('keeps the drawing it laid out when only the selection or its own height changes', async () => {
    const { wrapper, el } = await wide();
    const drawn = axis(el).layout;
    expect(drawn, 'laid out').to.not.equal(null);
    el.selected = 'long-removed';
    await el.updateComplete;
    wrapper.style.paddingBottom = '40px'; // the page around it moves; its width does not
    await frames();
    await el.updateComplete;
    expect(axis(el).layout, 'the same layout object').to.equal(drawn);
    expect(card(el)!.querySelector('[part~="event"]')!.getAttribute('data-id')).to.equal(
      'long-removed',
    );
    wrapper.style.width = '1000px';
    await frames();
    await el.updateComplete;
    expect(axis(el).layout!.view, 'laid out again for the new width').to.equal(
      Math.floor(axis(el).getBoundingClientRect().width),
    );
    expect(axis(el).layout!.view).to.be.lessThan(drawn!.view);
  });

  it('follows an explicit layout attribute whatever the width', async () => {
    const { el } = await wide(html`<news-timeline layout="vertical"></news-timeline>`);
    expect(axis(el)).to.equal(null);
    const narrow = await fixture<HTMLElement>(
      html`<div style="width: 500px"><news-timeline layout="horizontal"></news-timeline></div>`,
    );
    const h = narrow.querySelector('news-timeline')!;
    await h.updateComplete;
    expect(axis(h)).to.not.equal(null);
  });

  it('hides the drawing from assistive technology and exposes a listbox of every event instead', async () => {
    const { el } = await wide();
    expect(axis(el).getAttribute('aria-hidden')).to.equal('true');
    const p = plot(el);
    expect(p.getAttribute('role')).to.equal('listbox');
    const options = [...p.querySelectorAll('[role="option"]')];
    expect(options).to.have.length(irsIce.events.length);
    expect(options[0].textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      `January 20, 2025: ${irsIce.events[0].title}`,
    );
    const tree = (await executeServerCommand('a11y-tree')) as {
      role: string;
      name: string;
      children?: unknown[];
    };
    const roles: string[] = [];
    const walk = (n: { role: string; children?: unknown[] }) => {
      roles.push(n.role);
      (n.children as { role: string }[] | undefined)?.forEach(walk);
    };
    walk(tree);
    expect(roles.filter((r) => r === 'option')).to.have.length(irsIce.events.length);
    expect(roles).to.include('listbox');
    // Nothing of the drawing (its tick and label text) reaches the tree.
    expect(JSON.stringify(tree)).not.to.contain('Who led the IRS');
  });

  it('selects a marker on click, opens its card with sources, and fires nt-select', async () => {
    const { el } = await wide();
    const seen: (string | null)[] = [];
    el.addEventListener('nt-select', (e: NtSelectEvent) => seen.push(e.detail.event?.id ?? null));
    expect(el.shadowRoot!.querySelector('[part="hint"]')).to.not.equal(null);
    const marker = axis(el).shadowRoot!.querySelector<HTMLElement>(
      '[part~="marker"][data-id="friedrich-denies-injunction"]',
    )!;
    marker.scrollIntoView();
    marker.click();
    await el.updateComplete;
    expect(seen).to.deep.equal(['friedrich-denies-injunction']);
    const shown = card(el)!;
    const ev = irsIce.events.find((e) => e.id === 'friedrich-denies-injunction')!;
    expect(shown.querySelector('[part="title"]')!.textContent!.trim()).to.equal(ev.title);
    expect(shown.querySelectorAll('[part="sources"] a')).to.have.length(
      ev.sources.filter((s) => s.url).length,
    );
    expect(el.getAttribute('selected')).to.equal(ev.id);
  });

  it('is one tab stop: arrows move the active option, Enter opens, Escape closes', async () => {
    const { wrapper, el } = await wide(
      html`<button id="before">before</button><news-timeline></news-timeline>`,
    );
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(plot(el));
    expect(activeOption(el).textContent).to.contain(irsIce.events[0].title);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    expect(activeOption(el).textContent).to.contain(irsIce.events[2].title);
    await sendKeys({ press: 'ArrowLeft' });
    expect(activeOption(el).textContent).to.contain(irsIce.events[1].title);
    const selected = oneEvent(el, 'nt-select');
    await sendKeys({ press: 'Enter' });
    expect(((await selected) as NtSelectEvent).detail.event!.id).to.equal(irsIce.events[1].id);
    await el.updateComplete;
    expect(card(el)!.querySelector('[part="title"]')!.textContent).to.contain(
      irsIce.events[1].title,
    );
    expect(activeOption(el).getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'End' });
    expect(activeOption(el).textContent).to.contain(irsIce.events.at(-1)!.title);
    await sendKeys({ press: 'Home' });
    expect(activeOption(el).textContent).to.contain(irsIce.events[0].title);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(card(el)).to.equal(null);
    expect(el.selected).to.equal(undefined);
    // The drawing follows the keyboard with a visible ring on the active marker.
    const ring = axis(el).activeId;
    expect(ring).to.equal(irsIce.events[0].id);
  });

  it('walks every event with the keyboard and selects each with Enter', async () => {
    const { el } = await wide();
    plot(el).focus();
    const seen: string[] = [];
    el.addEventListener('nt-select', (e: NtSelectEvent) => seen.push(e.detail.event!.id));
    for (let i = 0; i < irsIce.events.length; i++) {
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'ArrowRight' });
    }
    expect(seen).to.deep.equal(irsIce.events.map((e) => e.id));
  });

  it('steps with Previous and Next', async () => {
    const { el } = await wide(html`<news-timeline selected="mou-signed"></news-timeline>`);
    const ids = irsIce.events.map((e) => e.id);
    const at = ids.indexOf('mou-signed');
    const seen: string[] = [];
    el.addEventListener('nt-select', (e: NtSelectEvent) => seen.push(e.detail.event!.id));
    card(el)!.querySelector<HTMLButtonElement>('[part="next"]')!.click();
    await el.updateComplete;
    card(el)!.querySelector<HTMLButtonElement>('[part="next"]')!.click();
    await el.updateComplete;
    card(el)!.querySelector<HTMLButtonElement>('[part="prev"]')!.click();
    await el.updateComplete;
    expect(seen).to.deep.equal([ids[at + 1], ids[at + 2], ids[at + 1]]);
    expect(card(el)!.textContent).to.contain(`${at + 2} of ${ids.length}`);
    el.selected = ids[0];
    await el.updateComplete;
    expect(card(el)!.querySelector<HTMLButtonElement>('[part="prev"]')!.disabled).to.equal(true);
  });

  it('never reacts to keys pressed in another timeline', async () => {
    const { wrapper } = await wide(
      html`<news-timeline id="a" heading="A"></news-timeline>
        <news-timeline id="b" heading="B"></news-timeline>`,
    );
    const [a, b] = [...wrapper.querySelectorAll('news-timeline')];
    await b.updateComplete;
    const seenB: string[] = [];
    b.addEventListener('nt-select', () => seenB.push('x'));
    plot(a).focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    expect(a.selected).to.equal(irsIce.events[1].id);
    expect(b.selected).to.equal(undefined);
    expect(seenB).to.deep.equal([]);
    expect(activeOption(b).textContent).to.contain(irsIce.events[0].title);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations, with and without a card, in ${scheme}`, async () => {
      await emulateMedia({ colorScheme: scheme });
      try {
        const { el } = await wide();
        await expect(el).to.be.accessible();
        el.selected = 'kollar-kotelly-blocks-sharing';
        await el.updateComplete;
        await expect(el).to.be.accessible();
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });
  }

  it('prints the full list even from the horizontal layout', async () => {
    const { el } = await wide();
    await emulateMedia({ media: 'print' });
    try {
      await frames();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('ol [part~="event"]')).to.have.length(
        irsIce.events.length,
      );
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    await frames();
    await el.updateComplete;
    expect(axis(el)).to.not.equal(null);
  });
});

describe('<news-timeline> horizontal parts', () => {
  it('re-exports the drawing parts, so the page can style markers with ::part', async () => {
    const style = document.createElement('style');
    style.textContent =
      'news-timeline.parts::part(marker) { outline: 3px solid rgb(255, 0, 255); }';
    document.head.append(style);
    try {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 1100px">
          <news-timeline class="parts" layout="horizontal"></news-timeline>
        </div>`,
      );
      const el = wrapper.querySelector('news-timeline')!;
      await el.updateComplete;
      const axisEl = el.shadowRoot!.querySelector('news-timeline-axis')!;
      await axisEl.updateComplete;
      const marker = axisEl.shadowRoot!.querySelector('[part~="marker"]')!;
      expect(getComputedStyle(marker).outlineColor).to.equal('rgb(255, 0, 255)');
    } finally {
      style.remove();
    }
  });
});
