/**
 * Languages: the interface's words from the strings table (English, Spanish, or the page's own),
 * the bundled story in Spanish, and right-to-left pages in both layouts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../bundle.js';
import { irsIce } from '../../datasets/irs-ice.js';
import { irsIceEs } from '../../datasets/irs-ice.es.js';
import type { TimelineDataset } from '../../data/types.js';
import type { NewsTimeline } from './news-timeline.js';

const frames = async (n = 3) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};

const plain = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** A timeline in a box `width` px wide, with `attrs`, on a page part with `lang` and `dir`. */
async function mount(
  width: number,
  attrs = '',
  { lang = 'en', dir = 'ltr' as 'ltr' | 'rtl' } = {},
) {
  const wrapper = await fixture<HTMLElement>(
    html`<div style="width: ${width}px" lang=${lang} dir=${dir}></div>`,
  );
  wrapper.innerHTML = `<news-timeline ${attrs}></news-timeline>`;
  const el = wrapper.querySelector<NewsTimeline>('news-timeline')!;
  await settle(el);
  return el;
}

async function settle(el: NewsTimeline) {
  await el.updateComplete;
  await frames();
  await el.updateComplete;
  const axis = el.shadowRoot!.querySelector('news-timeline-axis');
  if (axis) await axis.updateComplete;
}

const $ = (el: NewsTimeline, selector: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const $$ = (el: NewsTimeline, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const axisOf = (el: NewsTimeline) => $(el, 'news-timeline-axis').shadowRoot!;

/** The x of the first occurrence of `text` in `node` as drawn. */
function xOf(node: Node, text: string): number {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const at = t.textContent!.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(t, at);
    range.setEnd(t, at + text.length);
    return range.getBoundingClientRect().left;
  }
  throw new Error(`no "${text}"`);
}

describe('<news-timeline> in English (the default)', () => {
  it('says every interface word in English', async () => {
    const el = await mount(1100, 'layout="horizontal" selected="mou-signed"');
    expect($(el, '[part="legend"]').getAttribute('aria-label')).to.equal('Legend');
    expect(plain($(el, '.card-position').textContent)).to.equal('6 of 26');
    expect(plain($(el, '[part="prev"]').textContent)).to.equal('← Previous');
    expect(plain($(el, '[part="footer"]').textContent)).to.equal('Last updated June 8, 2026.');
  });
});

describe('<news-timeline> in Spanish', () => {
  it('tells the bundled story in Spanish, its interface and dates too, in the list', async () => {
    const el = await mount(600, 'layout="vertical"', { lang: 'es' });
    expect(plain($(el, '[part="heading"]').textContent)).to.equal(irsIceEs.title);
    const titles = $$(el, '[part~="title"]').map((t) => plain(t.textContent));
    expect(titles[0]).to.equal(irsIceEs.events!['werfel-departs']!.title);
    expect($(el, '[part="legend"]').getAttribute('aria-label')).to.equal('Leyenda');
    expect(plain($(el, '[data-id="werfel-departs"] [part="date"]').textContent)).to.equal(
      '20 de enero de 2025',
    );
    expect(plain($(el, '.sources-label').textContent)).to.match(/^Fuentes?$/);
    expect(plain($(el, '[part="footer"]').textContent)).to.equal(
      'Última actualización: 8 de junio de 2026.',
    );
  });

  it('draws the Spanish labels and words on the bars, with locale="es" on an English page', async () => {
    const el = await mount(1280, 'layout="horizontal" locale="es" selected="mou-signed"');
    const axis = axisOf(el);
    const labels = [...axis.querySelectorAll('[part~="label"] .text')].map((l) =>
      plain(l.textContent),
    );
    expect(labels).to.include('Acuerdo firmado');
    expect(plain(axis.querySelector('[part~="track"]')!.textContent)).to.equal(
      'Quién dirigió el IRS',
    );
    expect(plain(axis.textContent))
      .to.include('desde marzo de 2023')
      .and.include('sin fecha de fin');
    expect(plain($(el, '.card-position').textContent)).to.equal('6 de 26');
    expect(plain($(el, '[part="next"]').textContent)).to.equal('Siguiente →');
    expect(plain($(el, '[part="hint"], [part="card"] [part~="title"]').textContent)).to.equal(
      irsIceEs.events!['mou-signed']!.title,
    );
  });

  it('keeps a selection when the language changes: the ids are the same', async () => {
    const el = await mount(600, 'layout="vertical" selected="long-removed"');
    el.locale = 'es';
    await settle(el);
    expect(el.selected).to.equal('long-removed');
    expect(plain($(el, '[aria-current="true"] [part~="title"]').textContent)).to.equal(
      irsIceEs.events!['long-removed']!.title,
    );
  });
});

describe('<news-timeline> strings property', () => {
  it('takes a partial table, the rest falling back key by key', async () => {
    const el = await mount(600, 'layout="vertical" locale="fr"');
    el.strings = { keyEvent: 'Fait clé', sources: { one: 'Source', other: 'Sources' } };
    await settle(el);
    expect(plain($(el, '[part="legend"] li:last-child').textContent)).to.equal('Fait clé');
    expect(plain($(el, '[part="footer"]').textContent)).to.match(/^Last updated 8 juin 2026\.$/);
  });
});

describe('<news-timeline> on a right-to-left page', () => {
  const sample: TimelineDataset = {
    ...irsIce,
    translations: undefined,
    tracks: irsIce.tracks,
  };

  it('runs the list’s rail down the right, the text to its left', async () => {
    const el = await mount(600, 'layout="vertical"', { lang: 'ar', dir: 'rtl' });
    const marker = $(el, '.item .marker').getBoundingClientRect();
    const title = $(el, '[part~="title"]').getBoundingClientRect();
    expect(marker.left).to.be.greaterThan(title.right - 1);
  });

  it('mirrors the drawing: the earliest event on the right, the latest on the left', async () => {
    const el = await mount(1280, 'layout="horizontal"', { lang: 'ar', dir: 'rtl' });
    el.data = sample;
    await settle(el);
    const axis = axisOf(el);
    const x = (id: string) =>
      axis.querySelector(`[part~="marker"][data-id="${id}"]`)!.getBoundingClientRect().left;
    expect(x('werfel-departs')).to.be.greaterThan(x('mou-signed'));
    expect(x('mou-signed')).to.be.greaterThan(x('tigta-report'));
    // Each label hangs to the left of its stem, its words reading from the stem.
    const label = axis.querySelector<HTMLElement>('[part~="label"][data-id="tigta-report"]')!;
    const marker = axis.querySelector('[part~="marker"][data-id="tigta-report"]')!;
    const stemX = marker.getBoundingClientRect().left + marker.getBoundingClientRect().width / 2;
    expect(label.getBoundingClientRect().right).to.be.closeTo(stemX, 8);
    // The drawing starts at its right end: the earliest events are in view.
    const viewport = axis.querySelector<HTMLElement>('.viewport')!;
    expect(viewport.scrollLeft).to.be.at.most(0);
  });

  it('keeps an English interface in its own order: the counter and the last-updated line', async () => {
    const el = await mount(1100, 'layout="horizontal" selected="mou-signed" locale="ar"', {
      lang: 'ar',
      dir: 'rtl',
    });
    // Numbers in the locale's digits (Arabic-Indic or Latin, as the browser's CLDR has it).
    const n = (v: number) => new Intl.NumberFormat('ar', { useGrouping: false }).format(v);
    const counter = $(el, '.card-position');
    expect(counter.getAttribute('dir')).to.equal('ltr');
    expect(plain(counter.textContent)).to.equal(`${n(6)} of ${n(26)}`);
    expect(xOf(counter, n(6))).to.be.below(xOf(counter, 'of'));
    expect(xOf(counter, 'of')).to.be.below(xOf(counter, n(26)));
    const footer = $(el, '[part="footer"]');
    expect(footer.getAttribute('dir')).to.equal('ltr');
    expect(xOf(footer, 'Last updated')).to.be.below(xOf(footer, n(2026)));
    // The full stop ends the English sentence, on its right, after the Arabic date.
    const time = footer.querySelector('time')!.getBoundingClientRect();
    expect(xOf(footer, '.')).to.be.at.least(time.right - 1);
  });

  for (const layout of ['horizontal', 'vertical']) {
    it(`moves with the arrows the way the reader goes: Left to the later event (layout="${layout}")`, async () => {
      const el = await mount(layout === 'horizontal' ? 1280 : 600, `layout="${layout}"`, {
        lang: 'ar',
        dir: 'rtl',
      });
      const ids = irsIce.events.map((e) => e.id);
      // The drawing's listbox names its active option (`option-<index>`); the list focuses it.
      const active = () =>
        layout === 'horizontal'
          ? ids[Number($(el, '[part="plot"]').getAttribute('aria-activedescendant')!.slice(7))]
          : (el.shadowRoot!.activeElement as HTMLElement | null)?.closest<HTMLElement>(
              '[part~="event"]',
            )?.dataset.id;
      (layout === 'horizontal' ? $(el, '[part="plot"]') : $(el, '[part~="event"]')).focus();
      expect(active()).to.equal(ids[0]);
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(active()).to.equal(ids[1]);
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(active()).to.equal(ids[2]);
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(active()).to.equal(ids[1]);
      // Up and Down keep their meaning: Down is later.
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(active()).to.equal(ids[2]);
    });
  }

  it('points Previous and Next the way the reader goes', async () => {
    const el = await mount(1100, 'layout="horizontal" selected="mou-signed"', {
      lang: 'ar',
      dir: 'rtl',
    });
    const prev = $(el, '[part="prev"]').getBoundingClientRect();
    const next = $(el, '[part="next"]').getBoundingClientRect();
    expect(prev.left).to.be.greaterThan(next.left);
    expect(plain($(el, '[part="prev"]').textContent)).to.equal('→ Previous');
    expect(plain($(el, '[part="next"]').textContent)).to.equal('Next ←');
  });

  it('cuts an English label at its own end, in an Arabic drawing', async () => {
    const el = await mount(1280, 'layout="horizontal"', { lang: 'ar', dir: 'rtl' });
    const long = 'Transit agency reviews the plan for the harbour crossing again and again';
    el.data = {
      ...sample,
      tracks: [],
      events: [
        { ...irsIce.events[0]!, label: undefined, title: long },
        ...irsIce.events.slice(1, 4),
      ],
    };
    await settle(el);
    const text = axisOf(el).querySelector<HTMLElement>(
      `[part~="label"][data-id="${irsIce.events[0]!.id}"] .text`,
    )!;
    const shown = plain(text.textContent);
    expect(shown.endsWith('…')).to.equal(true);
    expect(long.startsWith(shown.slice(0, -1).trim())).to.equal(true);
    expect(getComputedStyle(text).direction).to.equal('ltr');
  });
});
