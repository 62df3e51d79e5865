import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../bundle.js';
import { irsIce } from '../../datasets/irs-ice.js';
import type { NtSelectEvent } from '../../events.js';
import type { NewsTimeline } from './news-timeline.js';
import { pageWidth } from '../../../test/helpers/runner.js';

const first = irsIce.events[0];
const second = irsIce.events[1];
const last = irsIce.events[irsIce.events.length - 1];

/** The id of the focused event in a timeline, or null. */
function focusedId(el: NewsTimeline): string | null {
  const active = el.shadowRoot!.activeElement as HTMLElement | null;
  return active?.closest<HTMLElement>('[part~="event"]')?.dataset.id ?? null;
}

function eventEl(el: NewsTimeline, id: string): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="event"][data-id="${id}"]`)!;
}

async function page() {
  const wrapper = await fixture<HTMLElement>(
    html`<div>
      <button id="before">before</button>
      <news-timeline id="a" heading="Timeline A"></news-timeline>
      <news-timeline id="b" heading="Timeline B"></news-timeline>
      <button id="after">after</button>
    </div>`,
  );
  const a = wrapper.querySelector<NewsTimeline>('#a')!;
  const b = wrapper.querySelector<NewsTimeline>('#b')!;
  await a.updateComplete;
  await b.updateComplete;
  return { wrapper, a, b };
}

function selections(el: NewsTimeline): (string | null)[] {
  const seen: (string | null)[] = [];
  el.addEventListener('nt-select', (e: NtSelectEvent) => seen.push(e.detail.event?.id ?? null));
  return seen;
}

describe('<news-timeline> keyboard (vertical)', () => {
  // A phone-to-tablet width: layout="auto" draws the vertical list these tests are about.
  pageWidth(700);

  it('is one tab stop that lands on the first event', async () => {
    const { wrapper, a } = await page();
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(a);
    expect(focusedId(a)).to.equal(first.id);
    const tabbable = [...a.shadowRoot!.querySelectorAll('[part~="event"]')].filter(
      (e) => e.getAttribute('tabindex') === '0',
    );
    expect(tabbable).to.have.length(1);
    // Only the active event's links are in the tab order.
    const links = [...a.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')];
    const inOrder = links.filter((l) => l.tabIndex >= 0);
    expect(inOrder.length).to.equal(first.sources.filter((s) => s.url).length);
    expect(inOrder.every((l) => l.closest('[part~="event"]') === eventEl(a, first.id))).to.equal(
      true,
    );
  });

  it('moves with either arrow axis and jumps with Home and End', async () => {
    const { a } = await page();
    eventEl(a, first.id).focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedId(a)).to.equal(second.id);
    await sendKeys({ press: 'ArrowUp' });
    expect(focusedId(a)).to.equal(first.id);
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedId(a)).to.equal(second.id);
    await sendKeys({ press: 'ArrowLeft' });
    expect(focusedId(a)).to.equal(first.id);
    await sendKeys({ press: 'ArrowLeft' });
    expect(focusedId(a), 'stays at the first').to.equal(first.id);
    await sendKeys({ press: 'End' });
    expect(focusedId(a)).to.equal(last.id);
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedId(a), 'stays at the last').to.equal(last.id);
    await sendKeys({ press: 'Home' });
    expect(focusedId(a)).to.equal(first.id);
    expect(eventEl(a, first.id).tabIndex).to.equal(0);
    expect(eventEl(a, last.id).tabIndex).to.equal(-1);
  });

  it('walks every event in order with the arrow keys', async () => {
    const { a } = await page();
    eventEl(a, first.id).focus();
    const walked = [focusedId(a)];
    for (let i = 1; i < irsIce.events.length; i++) {
      await sendKeys({ press: 'ArrowDown' });
      walked.push(focusedId(a));
    }
    expect(walked).to.deep.equal(irsIce.events.map((e) => e.id));
  });

  it('selects with Enter and Space, clears with Escape, firing nt-select each time', async () => {
    const { a } = await page();
    const seen = selections(a);
    eventEl(a, first.id).focus();
    await sendKeys({ press: 'Enter' });
    expect(a.selected).to.equal(first.id);
    expect(a.getAttribute('selected')).to.equal(first.id);
    expect(eventEl(a, first.id).getAttribute('aria-current')).to.equal('true');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: ' ' });
    expect(a.selected).to.equal(second.id);
    await sendKeys({ press: 'Escape' });
    expect(a.selected).to.equal(undefined);
    expect(seen).to.deep.equal([first.id, second.id, null]);
    await a.updateComplete;
    const live = a.shadowRoot!.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).to.contain('Selection cleared');
  });

  it('announces the selection in a polite live region', async () => {
    const { a } = await page();
    eventEl(a, first.id).focus();
    await sendKeys({ press: 'Enter' });
    await a.updateComplete;
    const live = a.shadowRoot!.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).to.contain('January 20, 2025').and.to.contain(first.title);
  });

  it('never reacts to keys pressed in another timeline', async () => {
    const { a, b } = await page();
    const seenB = selections(b);
    eventEl(a, first.id).focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'End' });
    expect(focusedId(a)).to.equal(last.id);
    expect(b.selected).to.equal(undefined);
    expect(seenB).to.deep.equal([]);
    expect(eventEl(b, first.id).tabIndex, "B's place is unchanged").to.equal(0);
    expect(document.activeElement).to.equal(a);
  });

  it('leaves the page keys alone when focus is outside', async () => {
    const { wrapper, a } = await page();
    const seen = selections(a);
    wrapper.querySelector<HTMLButtonElement>('#after')!.focus();
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Enter' });
    expect(seen).to.deep.equal([]);
    expect(eventEl(a, first.id).tabIndex).to.equal(0);
  });

  it('selects on click, but not when a source link is clicked', async () => {
    const { a } = await page();
    const seen = selections(a);
    eventEl(a, second.id).querySelector<HTMLElement>('[part="title"]')!.click();
    expect(a.selected).to.equal(second.id);
    const link = eventEl(a, first.id).querySelector('a')!;
    link.addEventListener('click', (e) => e.preventDefault(), { once: true });
    link.click();
    expect(a.selected).to.equal(second.id);
    expect(seen).to.deep.equal([second.id]);
  });

  it('takes the selection from the attribute without firing nt-select', async () => {
    const el = await fixture<NewsTimeline>(
      html`<news-timeline selected="long-removed"></news-timeline>`,
    );
    const seen = selections(el);
    expect(eventEl(el, 'long-removed').getAttribute('aria-current')).to.equal('true');
    expect(eventEl(el, 'long-removed').tabIndex, 'the keyboard starts at the selection').to.equal(
      0,
    );
    el.selected = 'mou-signed';
    await el.updateComplete;
    expect(eventEl(el, 'mou-signed').getAttribute('aria-current')).to.equal('true');
    expect(eventEl(el, 'long-removed').hasAttribute('aria-current')).to.equal(false);
    expect(seen).to.deep.equal([]);
  });

  it('shows a visible focus indicator with at least 3:1 contrast', async () => {
    const { a } = await page();
    eventEl(a, first.id).focus();
    await sendKeys({ press: 'ArrowDown' });
    const style = getComputedStyle(eventEl(a, second.id));
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    expect(style.outlineColor).not.to.equal(getComputedStyle(a).backgroundColor);
  });

  it('names each event by its date and headline', async () => {
    const { a } = await page();
    const ev = eventEl(a, 'mou-signed');
    const names = ev
      .getAttribute('aria-labelledby')!
      .split(' ')
      .map((id) => a.shadowRoot!.getElementById(id)!.textContent!.trim());
    const mou = irsIce.events.find((e) => e.id === 'mou-signed')!;
    expect(names).to.deep.equal(['April 7, 2025', mou.title]);
  });
});
