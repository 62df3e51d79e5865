import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../bundle.js';
import { irsIce } from '../../datasets/irs-ice.js';
import type { TimelineDataset } from '../../data/types.js';
import type { NewsTimeline } from './news-timeline.js';
import type { NtErrorEvent } from '../../events.js';
import { contrast } from '../../../test/helpers/contrast.js';
import { pageWidth } from '../../../test/helpers/runner.js';

const CORE = [
  'mou-signed',
  'krause-departure',
  'friedrich-denies-injunction',
  'long-removed',
  'kollar-kotelly-blocks-sharing',
];

function root(el: NewsTimeline): ShadowRoot {
  return el.shadowRoot!;
}

/** The ids of the events a reader sees (a filter hides the others, `hidden`). */
function ids(el: NewsTimeline): string[] {
  return [...root(el).querySelectorAll<HTMLElement>('[part~="event"]')]
    .filter((e) => e.checkVisibility())
    .map((e) => e.dataset.id!);
}

function card(el: NewsTimeline, id: string): HTMLElement {
  const found = root(el).querySelector<HTMLElement>(`[part~="event"][data-id="${id}"]`);
  if (!found) throw new Error(`no event ${id}`);
  return found;
}

async function withWarnings(fn: (warnings: string[]) => Promise<void>) {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    await fn(warnings);
  } finally {
    console.warn = original;
  }
}

describe('<news-timeline>', () => {
  // A phone-to-tablet width: layout="auto" draws the vertical list these tests are about.
  pageWidth(700);

  it('shows every event of the bundled dataset, in chronological order', async () => {
    const el = await fixture<NewsTimeline>(html`<news-timeline></news-timeline>`);
    expect(ids(el)).to.deep.equal(irsIce.events.map((e) => e.id));
    expect(root(el).querySelectorAll('ol > li')).to.have.length(irsIce.events.length);
  });

  it('is a region named by its heading, which defaults to the dataset title', async () => {
    const el = await fixture<NewsTimeline>(html`<news-timeline></news-timeline>`);
    const region = root(el).querySelector('section')!;
    const heading = root(el).getElementById(region.getAttribute('aria-labelledby')!)!;
    expect(heading.tagName).to.equal('H2');
    expect(heading.textContent!.trim()).to.equal(irsIce.title);
    expect(root(el).querySelector('[part="description"]')!.textContent).to.equal(
      irsIce.description,
    );
  });

  it('uses the heading attribute instead of the title', async () => {
    const el = await fixture<NewsTimeline>(
      html`<news-timeline heading="What happened"></news-timeline>`,
    );
    expect(root(el).querySelector('[part="heading"]')!.textContent!.trim()).to.equal(
      'What happened',
    );
  });

  it('writes dates as <time datetime> at their precision, in UTC', async () => {
    // The test browser runs in America/Los_Angeles, where local midnight parsing would show 6 April.
    const el = await fixture<NewsTimeline>(html`<news-timeline></news-timeline>`);
    const time = card(el, 'mou-signed').querySelector('time[part="date"]')!;
    expect(time.getAttribute('datetime')).to.equal('2025-04-07');
    expect(time.textContent!.trim()).to.equal('April 7, 2025');
    const month = card(el, 'irs-rejects-700k-request').querySelector('time[part="date"]')!;
    expect(month.getAttribute('datetime')).to.equal('2025-02');
    expect(month.textContent!.trim()).to.equal('February 2025');
    for (const e of irsIce.events) {
      expect(card(el, e.id).querySelector('time')!.getAttribute('datetime'), e.id).to.equal(e.date);
    }
  });

  it('shows headline, summary, people and a category badge with its label', async () => {
    const el = await fixture<NewsTimeline>(html`<news-timeline></news-timeline>`);
    const e = irsIce.events.find((x) => x.id === 'long-removed')!;
    const c = card(el, e.id);
    expect(c.querySelector('[part="title"]')!.textContent!.trim()).to.equal(e.title);
    expect(c.querySelector('[part="summary"]')!.textContent!.trim()).to.equal(e.summary);
    expect(c.querySelector('[part="people"]')!.textContent).to.contain(e.people![0]);
    const label = irsIce.categories.find((x) => x.id === e.category)!.label;
    expect(c.querySelector('[part="badge"]')!.textContent!.trim()).to.equal(label);
  });

  it('emphasises exactly the key events, visibly', async () => {
    const el = await fixture<NewsTimeline>(html`<news-timeline></news-timeline>`);
    const key = [...root(el).querySelectorAll<HTMLElement>('[part~="key"]')].map(
      (e) => e.dataset.id,
    );
    expect(key).to.deep.equal(CORE);
    const keyCard = card(el, 'mou-signed');
    const plainCard = card(el, 'mou-unsealed');
    expect(keyCard.textContent).to.contain('Key event');
    expect(plainCard.textContent).not.to.contain('Key event');
    const keyStyle = getComputedStyle(keyCard);
    expect(keyStyle.backgroundColor).not.to.equal(getComputedStyle(plainCard).backgroundColor);
    expect(parseFloat(keyStyle.borderInlineStartWidth)).to.be.greaterThan(2);
    const keyTitle = keyCard.querySelector('[part="title"]')!;
    const plainTitle = plainCard.querySelector('[part="title"]')!;
    expect(parseFloat(getComputedStyle(keyTitle).fontSize)).to.be.greaterThan(
      parseFloat(getComputedStyle(plainTitle).fontSize),
    );
  });

  it('links every source in a new tab without an opener, named by publisher and date', async () => {
    const el = await fixture<NewsTimeline>(html`<news-timeline></news-timeline>`);
    const event = irsIce.events.find((x) => x.id === 'mou-signed')!;
    const links = [...card(el, event.id).querySelectorAll<HTMLAnchorElement>('[part="sources"] a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(event.sources.map((s) => s.url));
    for (const a of links) {
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.equal('noopener noreferrer');
    }
    expect(links[0].textContent).to.contain(event.sources[0].publisher);
    expect(links[0].textContent).to.contain('April 8, 2025');
    expect(links[0].textContent).to.contain('opens in a new tab');
    const total = irsIce.events.reduce((n, e) => n + e.sources.filter((s) => s.url).length, 0);
    expect(root(el).querySelectorAll('[part="sources"] a')).to.have.length(total);
  });

  it('separates years, each once, before the first event of the year', async () => {
    const el = await fixture<NewsTimeline>(html`<news-timeline></news-timeline>`);
    const years = [...root(el).querySelectorAll('[part="year"]')];
    expect(years.map((y) => y.textContent!.trim())).to.deep.equal(['2025', '2026']);
    const firstOf2026 = irsIce.events.find((e) => e.date.startsWith('2026'))!;
    expect(
      years[1].closest('li')!.querySelector('[part~="event"]')!.getAttribute('data-id'),
    ).to.equal(firstOf2026.id);
  });

  it('filters by categories, given with spaces or commas', async () => {
    for (const value of ['court lawsuit', 'court,lawsuit', ' Court , LAWSUIT ']) {
      const el = await fixture<NewsTimeline>(
        html`<news-timeline categories=${value}></news-timeline>`,
      );
      const expected = irsIce.events
        .filter((e) => e.category === 'court' || e.category === 'lawsuit')
        .map((e) => e.id);
      expect(ids(el), value).to.deep.equal(expected);
      const legend = [...root(el).querySelectorAll('[part="legend"] li')].map((li) =>
        li.textContent!.trim(),
      );
      expect(legend, 'the legend lists only what is shown').to.deep.equal([
        'Lawsuits',
        'Court rulings',
        'Key event',
      ]);
      expect(root(el).querySelector('[part="footer"]')!.textContent).to.contain(
        `Showing ${expected.length} of ${irsIce.events.length} events`,
      );
    }
  });

  it('filters by from and to, inclusive, and a month bound keeps the whole month', async () => {
    const el = await fixture<NewsTimeline>(
      html`<news-timeline from="2025-04-07" to="2025-04-08"></news-timeline>`,
    );
    expect(ids(el)).to.deep.equal(['mou-signed', 'krause-departure']);
    el.from = '2025-02';
    el.to = '2025-02';
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(
      irsIce.events.filter((e) => e.date.startsWith('2025-02')).map((e) => e.id),
    );
    expect(ids(el)).to.include('irs-rejects-700k-request');
  });

  it('puts the newest first with order="newest-first"', async () => {
    const el = await fixture<NewsTimeline>(
      html`<news-timeline order="newest-first"></news-timeline>`,
    );
    expect(ids(el)).to.deep.equal(irsIce.events.map((e) => e.id).reverse());
    const years = [...root(el).querySelectorAll('[part="year"]')].map((y) => y.textContent!.trim());
    expect(years).to.deep.equal(['2026', '2025']);
  });

  it('shows only the key events with key-only', async () => {
    const el = await fixture<NewsTimeline>(html`<news-timeline key-only></news-timeline>`);
    expect(ids(el)).to.deep.equal(CORE);
    el.keyOnly = false;
    await el.updateComplete;
    expect(ids(el)).to.have.length(irsIce.events.length);
  });

  it('formats dates in the locale attribute, else the nearest lang, else en-US', async () => {
    const es = await fixture<NewsTimeline>(html`<news-timeline locale="es"></news-timeline>`);
    const esDate = card(es, 'mou-signed').querySelector('time')!;
    expect(esDate.textContent!.trim()).to.equal('7 de abril de 2025');
    expect(esDate.lang, 'marked as Spanish for screen readers').to.equal('es');
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="en-GB"><news-timeline></news-timeline></div>`,
    );
    const gb = wrapper.querySelector('news-timeline')!;
    await gb.updateComplete;
    expect(card(gb, 'mou-signed').querySelector('time')!.textContent!.trim()).to.equal(
      '7 April 2025',
    );
    expect(card(gb, 'mou-signed').querySelector('time')!.hasAttribute('lang')).to.equal(false);
  });

  it('warns once per bad attribute value, fires nt-error, and uses the default', async () => {
    await withWarnings(async (warnings) => {
      const el = document.createElement('news-timeline');
      el.setAttribute('order', 'sideways');
      const errored = oneEvent(el, 'nt-error');
      document.body.append(el);
      const event = await errored;
      await el.updateComplete;
      expect(event.detail.problems[0].path).to.equal('order');
      expect(event.detail.problems[0].message).to.contain('sideways');
      expect(ids(el)).to.deep.equal(irsIce.events.map((e) => e.id));
      el.heading = 'Re-rendered';
      await el.updateComplete;
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('order').and.to.contain('sideways');
      el.remove();
    });
  });

  it('survives every kind of bad attribute without throwing or going blank', async () => {
    await withWarnings(async (warnings) => {
      const el = await fixture<NewsTimeline>(
        html`<news-timeline
          theme="purple"
          locale="?? !!"
          from="2025-02-30"
          to="tomorrow"
          categories="nonsense"
        ></news-timeline>`,
      );
      expect(ids(el)).to.have.length(irsIce.events.length);
      const attrs = warnings.map((w) => w.match(/ignoring ([a-z-]+)=/)![1]).sort();
      expect(attrs).to.deep.equal(['categories', 'from', 'locale', 'theme', 'to']);
    });
  });

  it('warns and shows everything when from is after to', async () => {
    await withWarnings(async (warnings) => {
      const el = await fixture<NewsTimeline>(
        html`<news-timeline from="2026-01-01" to="2025-01-01"></news-timeline>`,
      );
      expect(ids(el)).to.have.length(irsIce.events.length);
      expect(warnings.join()).to.contain('"from" is after "to"');
    });
  });

  it('says so, instead of a blank box, when nothing matches', async () => {
    const el = await fixture<NewsTimeline>(
      html`<news-timeline key-only categories="data"></news-timeline>`,
    );
    expect(ids(el)).to.deep.equal([]);
    const empty = root(el).querySelector('[part="empty"]')!;
    expect(empty.textContent).to.contain('No events match');
    expect(empty.getBoundingClientRect().height).to.be.greaterThan(10);
  });

  it('renders any dataset of the same shape', async () => {
    const data: TimelineDataset = {
      id: 'demo',
      title: 'A small story',
      description: 'Two things happened.',
      updated: '2024-03-01',
      categories: [{ id: 'one', label: 'One' }],
      events: [
        {
          id: 'b',
          date: '2024-02-10',
          precision: 'day',
          title: 'Second',
          summary: 'Then this.',
          category: 'one',
          sources: [{ publisher: 'Gazette' }],
        },
        {
          id: 'a',
          date: '2023-12',
          precision: 'month',
          end: '2024-01-05',
          endPrecision: 'day',
          title: 'First',
          summary: 'This first.',
          category: 'one',
          sources: [{ publisher: 'Herald', url: 'https://example.org/a' }],
        },
      ],
    };
    const el = await fixture<NewsTimeline>(html`<news-timeline .data=${data}></news-timeline>`);
    expect(ids(el)).to.deep.equal(['a', 'b']);
    const span = card(el, 'a').querySelector('[part="date"]')!;
    expect(span.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'December 2023 – January 5, 2024',
    );
    expect([...span.querySelectorAll('time')].map((t) => t.getAttribute('datetime'))).to.deep.equal(
      ['2023-12', '2024-01-05'],
    );
    expect(card(el, 'b').querySelector('[part="sources"]')!.textContent).to.contain('Gazette');
    expect(card(el, 'b').querySelector('[part="sources"] a')).to.equal(null);
  });

  describe('bad data', () => {
    const good = (id: string, date: string) => ({
      id,
      date,
      precision: 'day',
      title: `Event ${id}`,
      summary: 'Something happened.',
      category: 'one',
      sources: [{ publisher: 'Gazette' }],
    });
    const dataset = (events: unknown[]) => ({
      id: 'bad',
      title: 'Mixed data',
      description: '',
      updated: '2024-01-01',
      categories: [{ id: 'one', label: 'One' }],
      events,
    });

    it('leaves out invalid events, shows the valid ones around them, and says so', async () => {
      await withWarnings(async (warnings) => {
        const el = document.createElement('news-timeline');
        el.data = dataset([
          good('a', '2024-01-01'),
          { ...good('b', '2025-02-30') },
          good('c', '2024-03-01'),
          { ...good('d', '2024-04-01'), title: 42 },
        ]) as unknown as TimelineDataset;
        const errored = oneEvent(el, 'nt-error');
        document.body.append(el);
        const { detail } = (await errored) as NtErrorEvent;
        await el.updateComplete;
        expect(ids(el)).to.deep.equal(['a', 'c']);
        const paths = detail.problems.map((p) => p.path);
        expect(paths).to.include('events[1].date');
        expect(paths).to.include('events[3].title');
        const notice = root(el).querySelector<HTMLDetailsElement>('[part="notice"]')!;
        expect(notice.querySelector('summary')!.textContent).to.contain(
          '2 events could not be shown',
        );
        expect(notice.open).to.equal(false);
        expect(notice.textContent).to.contain('"2025-02-30" is not a real date');
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('events[1].date');
        await expect(el).to.be.accessible();
        el.remove();
      });
    });

    it('replaces the timeline with an error box saying what is wrong when nothing is usable', async () => {
      await withWarnings(async () => {
        for (const value of [42, null, 'text', { title: 'No events' }, dataset([{ id: 'x' }])]) {
          const el = await fixture<NewsTimeline>(
            html`<news-timeline
              heading="My timeline"
              .data=${value as TimelineDataset}
            ></news-timeline>`,
          );
          const box = root(el).querySelector('[part="error"]');
          expect(box, JSON.stringify(value)).not.to.equal(null);
          expect(box!.getAttribute('role')).to.equal('alert');
          expect(box!.textContent).to.contain('cannot be shown');
          expect(box!.querySelectorAll('li').length).to.be.greaterThan(0);
          expect(root(el).querySelector('[part="heading"]')!.textContent).to.equal('My timeline');
          expect(box!.getBoundingClientRect().height).to.be.greaterThan(20);
        }
      });
    });

    it('takes a bare array of events through the events property', async () => {
      const el = await fixture<NewsTimeline>(
        html`<news-timeline
          .events=${[good('z', '2024-05-01'), good('y', '2024-02-01')] as unknown as never}
        ></news-timeline>`,
      );
      expect(ids(el)).to.deep.equal(['y', 'z']);
      expect(root(el).querySelector('[part="notice"]')).to.equal(null);
    });

    it('never renders a link for an unsafe URL', async () => {
      await withWarnings(async () => {
        const el = await fixture<NewsTimeline>(
          html`<news-timeline
            .data=${
              dataset([
                {
                  ...good('a', '2024-01-01'),
                  sources: [{ publisher: 'Evil', url: 'javascript:alert(1)' }],
                },
              ]) as unknown as TimelineDataset
            }
          ></news-timeline>`,
        );
        expect(root(el).querySelector('[part="sources"] a')).to.equal(null);
        expect(root(el).querySelector('[part="sources"]')!.textContent).to.contain('Evil');
      });
    });
  });

  it('shows no category badge for an event without a category, and a badge for the others', async () => {
    const el = await fixture<NewsTimeline>(html`<news-timeline layout="vertical"></news-timeline>`);
    const [first, second] = irsIce.events;
    el.data = { ...irsIce, events: [{ ...first!, category: '' }, second!] };
    await el.updateComplete;
    const badge = (id: string) =>
      el.shadowRoot!.querySelector(`[part~="event"][data-id="${id}"] [part="badge"]`);
    expect(badge(first!.id)).to.equal(null);
    expect(badge(second!.id)!.textContent!.trim()).to.equal(
      irsIce.categories.find((c) => c.id === second!.category)!.label,
    );
  });

  it('shows an empty timeline, not an error, before an app gives it data (no default story)', async () => {
    const Element = customElements.get('news-timeline') as unknown as typeof NewsTimeline;
    const story = Element.defaultData;
    Element.defaultData = undefined;
    try {
      const errors: NtErrorEvent[] = [];
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      wrapper.addEventListener('nt-error', (e) => errors.push(e as NtErrorEvent));
      wrapper.innerHTML = '<news-timeline heading="Coming up"></news-timeline>';
      const el = wrapper.querySelector<NewsTimeline>('news-timeline')!;
      await el.updateComplete;
      const root = el.shadowRoot!;
      expect(root.querySelector('[role="alert"]')).to.equal(null);
      expect(root.querySelector('[part="heading"]')!.textContent!.trim()).to.equal('Coming up');
      expect(root.textContent).to.include('There are no events to show yet.');
      expect(errors).to.deep.equal([]);
      el.data = irsIce;
      await el.updateComplete;
      expect(root.querySelectorAll('[part~="event"]')).to.have.length(irsIce.events.length);
    } finally {
      Element.defaultData = story;
    }
  });

  it('keeps the selection when new data still has its id, and drops it quietly when not', async () => {
    await withWarnings(async (warnings) => {
      const el = await fixture<NewsTimeline>(
        html`<news-timeline selected="long-removed"></news-timeline>`,
      );
      const fired: unknown[] = [];
      el.addEventListener('nt-select', (e) => fired.push(e));
      el.data = { ...irsIce, events: irsIce.events.filter((e) => e.id !== 'mou-signed') };
      await el.updateComplete;
      expect(el.selected).to.equal('long-removed');
      expect(card(el, 'long-removed').getAttribute('aria-current')).to.equal('true');
      el.data = { ...irsIce, events: irsIce.events.filter((e) => e.id !== 'long-removed') };
      await el.updateComplete;
      expect(el.selected).to.equal(undefined);
      expect(el.hasAttribute('selected')).to.equal(false);
      expect(fired).to.deep.equal([]);
      expect(warnings).to.deep.equal([]);
    });
  });

  describe('theming', () => {
    const pairs = (el: NewsTimeline) => {
      const base = root(el).querySelector<HTMLElement>('[part="base"]')!;
      const bg = getComputedStyle(el).backgroundColor;
      const keyCard = card(el, 'mou-signed');
      return {
        bg,
        text: contrast(getComputedStyle(base).color, bg),
        muted: contrast(
          getComputedStyle(root(el).querySelector('[part="description"]')!).color,
          bg,
        ),
        link: contrast(getComputedStyle(root(el).querySelector('a')!).color, bg),
        linkOnSurface: contrast(
          getComputedStyle(keyCard.querySelector('a')!).color,
          getComputedStyle(keyCard).backgroundColor,
        ),
        mutedOnSurface: contrast(
          getComputedStyle(keyCard.querySelector('[part="people"]')!).color,
          getComputedStyle(keyCard).backgroundColor,
        ),
      };
    };

    for (const theme of ['light', 'dark'] as const) {
      it(`meets WCAG AA text contrast with theme="${theme}"`, async () => {
        const el = await fixture<NewsTimeline>(
          html`<news-timeline theme=${theme}></news-timeline>`,
        );
        const p = pairs(el);
        const dark = contrast(p.bg, 'rgb(0, 0, 0)') < contrast(p.bg, 'rgb(255, 255, 255)');
        expect(dark, `background ${p.bg}`).to.equal(theme === 'dark');
        for (const [name, ratio] of Object.entries(p)) {
          if (name !== 'bg') expect(ratio, name).to.be.at.least(4.5);
        }
      });

      it(`keeps category colours at 3:1 or more against the background with theme="${theme}"`, async () => {
        const el = await fixture<NewsTimeline>(
          html`<news-timeline theme=${theme}></news-timeline>`,
        );
        const bg = getComputedStyle(el).backgroundColor;
        for (const swatch of root(el).querySelectorAll('[part="legend"] .swatch')) {
          expect(contrast(getComputedStyle(swatch).backgroundColor, bg)).to.be.at.least(3);
        }
      });

      it(`has no axe violations with theme="${theme}"`, async () => {
        const el = await fixture<NewsTimeline>(
          html`<news-timeline theme=${theme}></news-timeline>`,
        );
        await expect(el).to.be.accessible();
      });
    }

    it('takes colours from --nt-* custom properties', async () => {
      const el = await fixture<NewsTimeline>(
        html`<news-timeline
          style="--nt-color-accent: rgb(1, 2, 3); --nt-color-background: rgb(250, 240, 230); --nt-color-category-court: rgb(200, 0, 0)"
        ></news-timeline>`,
      );
      expect(getComputedStyle(root(el).querySelector('a')!).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(250, 240, 230)');
      const badge = card(el, 'friedrich-denies-injunction').querySelector('[part="badge"]')!;
      expect(getComputedStyle(badge).borderTopColor).to.equal('rgb(200, 0, 0)');
    });

    it("inherits the article's font unless --nt-font-family is set", async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="font-family: Georgia, serif; font-size: 19px">
          <news-timeline></news-timeline>
        </div>`,
      );
      const el = wrapper.querySelector('news-timeline')!;
      await el.updateComplete;
      const summary = root(el).querySelector('[part="summary"]')!;
      expect(getComputedStyle(summary).fontFamily).to.equal('Georgia, serif');
      expect(getComputedStyle(summary).fontSize).to.equal('19px');
      el.style.setProperty('--nt-font-family', 'monospace');
      expect(getComputedStyle(summary).fontFamily).to.equal('monospace');
    });
  });

  describe('layout', () => {
    for (const width of [320, 375, 768, 1200]) {
      it(`fits ${width} px without horizontal overflow`, async () => {
        const wrapper = await fixture<HTMLElement>(
          html`<div style="width: ${width}px">
            <news-timeline layout="vertical"></news-timeline>
          </div>`,
        );
        const el = wrapper.querySelector('news-timeline')!;
        await el.updateComplete;
        const box = el.getBoundingClientRect();
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
        for (const node of root(el).querySelectorAll<HTMLElement>('[part~="event"] *')) {
          const r = node.getBoundingClientRect();
          if (r.width === 0 || node.closest('.visually-hidden')) continue;
          expect(r.right, node.className || node.tagName).to.be.at.most(box.right + 0.5);
          expect(r.left).to.be.at.least(box.left - 0.5);
        }
      });
    }

    it('puts the date in a column left of the rail when wide, above the headline when narrow', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 1000px"><news-timeline layout="vertical"></news-timeline></div>`,
      );
      const el = wrapper.querySelector('news-timeline')!;
      await el.updateComplete;
      const c = card(el, 'mou-signed');
      const date = c.querySelector('[part="date"]')!.getBoundingClientRect();
      const title = c.querySelector('[part="title"]')!.getBoundingClientRect();
      expect(date.right).to.be.lessThan(title.left);
      wrapper.style.width = '360px';
      await new Promise((r) => requestAnimationFrame(r));
      const date2 = c.querySelector('[part="date"]')!.getBoundingClientRect();
      const title2 = c.querySelector('[part="title"]')!.getBoundingClientRect();
      expect(date2.bottom).to.be.at.most(title2.top + 1);
    });
  });
});
