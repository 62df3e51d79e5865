import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { irsIce, irsIceEn, irsIceEs } from '../datasets/irs-ice.js';
import type { TimelineDataset } from '../data/types.js';
import { validDataset } from '../../test/helpers/data-arbitraries.js';
import { escapeHtml, renderFallback, renderFallbackHtml } from './html.js';

/** Parses fallback markup the way a browser with scripting off would. */
function parse(markup: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${markup}`, 'text/html');
}

const texts = (doc: Document, selector: string) =>
  [...doc.querySelectorAll(selector)].map((e) => e.textContent!.replace(/\s+/g, ' ').trim());

/** The only elements the fallback is made of. */
const VOCABULARY = new Set([
  'SECTION',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'P',
  'OL',
  'UL',
  'LI',
  'TIME',
  'A',
  'BR',
  'STRONG',
]);

describe('renderFallbackHtml(dataset, options)', () => {
  it('lists every event of the bundled story in order: date, headline, summary', () => {
    const doc = parse(renderFallbackHtml(irsIce));
    expect(texts(doc, 'section > h2')).to.deep.equal([irsIce.title]);
    expect(texts(doc, 'ol > li > h3')).to.deep.equal(irsIce.events.map((e) => e.title));
    const times = [...doc.querySelectorAll('ol > li > p:first-child > time')];
    expect(times.map((t) => t.getAttribute('datetime'))).to.deep.equal(
      irsIce.events.map((e) => e.date),
    );
    const mou = irsIce.events.findIndex((e) => e.id === 'mou-signed');
    expect(times[mou]!.textContent).to.equal('April 7, 2025');
  });

  it('links every safe source address, rel="noopener", with its publisher and date', () => {
    const doc = parse(renderFallbackHtml(irsIce));
    const links = [...doc.querySelectorAll('a')];
    const urls = irsIce.events.flatMap((e) => e.sources.map((s) => s.url).filter(Boolean));
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(urls);
    expect(links.every((a) => a.rel === 'noopener')).to.equal(true);
    expect(texts(doc, 'a')).to.include('CNN (via KVIA), April 8, 2025');
  });

  it('takes its words from the strings table, and may be given others', () => {
    const doc = parse(renderFallbackHtml(irsIce, { strings: { keyEvent: 'Clave' } }));
    const key = irsIce.events.filter((e) => e.key).length;
    expect(texts(doc, 'li strong')).to.deep.equal(Array(key).fill('Clave'));
    expect(texts(doc, 'section > p').at(-1)).to.equal('Last updated June 8, 2026.');
  });

  it('writes the locale’s dates, words and translation, and keeps key-only, categories and order as the element does', () => {
    const result = renderFallback(irsIce, { locale: 'es', keyOnly: true, order: 'newest-first' });
    const doc = parse(result.html);
    const keys = irsIce.events.filter((e) => e.key);
    expect(texts(doc, 'ol > li > h3')).to.deep.equal(
      keys.map((e) => irsIceEs.events![e.id]!.title).reverse(),
    );
    expect(texts(doc, 'h2')).to.deep.equal([irsIceEs.title!]);
    expect(result).to.include({ shown: keys.length, total: irsIce.events.length });
    expect(texts(doc, 'time')).to.include('7 de abril de 2025');
    expect(texts(doc, 'li strong')).to.deep.equal(Array(keys.length).fill('Hecho clave'));
    // A dataset without a Spanish translation keeps its words; the interface is Spanish.
    const english = parse(renderFallback(irsIceEn, { locale: 'es', keyOnly: true }).html);
    expect(texts(english, 'ol > li > h3')).to.deep.equal(keys.map((e) => e.title));
    expect(texts(english, 'li strong')).to.deep.equal(Array(keys.length).fill('Hecho clave'));
    const court = renderFallback(irsIce, { categories: ['court'] });
    expect(court.shown).to.equal(irsIce.events.filter((e) => e.category === 'court').length);
  });

  it('writes no category, and no separator, for an event without one', () => {
    const data: TimelineDataset = {
      ...irsIce,
      events: [{ ...irsIce.events[0]!, category: '', key: false }],
    };
    const doc = parse(renderFallbackHtml(data));
    const meta = doc.querySelector('ol > li > p')!;
    expect(meta.innerHTML).to.match(/<\/time>$/);
  });

  it('reports options it cannot use, and uses the defaults', () => {
    const result = renderFallback(irsIce, { locale: 'not a locale!', categories: 'nope' });
    expect(result.problems.map((p) => p.attribute)).to.deep.equal(['locale', 'categories']);
    expect(result.shown).to.equal(irsIce.events.length);
  });

  it('sets the heading and its level; headlines are one level below', () => {
    const doc = parse(renderFallbackHtml(irsIce, { heading: 'What happened', headingLevel: 3 }));
    expect(texts(doc, 'h3')).to.deep.equal(['What happened']);
    expect(doc.querySelectorAll('h4')).to.have.length(irsIce.events.length);
  });

  it('writes line breaks of a summary as <br>, and says when nothing is shown', () => {
    const data: TimelineDataset = {
      ...irsIce,
      events: [{ ...irsIce.events[0]!, summary: 'One.\nTwo.' }],
    };
    const doc = parse(renderFallbackHtml(data));
    expect(doc.querySelector('li p:nth-of-type(2)')!.innerHTML).to.match(/^One\.<br>\s*Two\.$/);
    const none = parse(renderFallbackHtml({ ...irsIce, events: [] }));
    expect(texts(none, 'section > p')).to.include('There are no events to show yet.');
  });

  it('is made of plain elements only, and shows any text verbatim (property)', () => {
    fc.assert(
      fc.property(validDataset, fc.string(), (dataset, hostile) => {
        const data = { ...dataset, title: `<script>x</script>${hostile}"'&` };
        const doc = parse(renderFallbackHtml(data));
        for (const el of doc.body.querySelectorAll('*')) {
          expect(VOCABULARY.has(el.tagName), el.tagName).to.equal(true);
          for (const attr of el.attributes) {
            expect(['class', 'datetime', 'href', 'rel']).to.include(attr.name);
          }
        }
        expect(doc.querySelector('h2')!.textContent).to.equal(data.title);
        expect(doc.querySelectorAll('ol > li')).to.have.length(dataset.events.length);
      }),
      { numRuns: 200, seed: 20250407 },
    );
  });

  it('never changes the dataset it is given', () => {
    const copy = structuredClone(irsIce);
    renderFallbackHtml(irsIce, { order: 'newest-first' });
    expect(irsIce).to.deep.equal(copy);
  });
});

describe('escapeHtml(text)', () => {
  it('escapes the five characters that matter in content and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).to.equal(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
