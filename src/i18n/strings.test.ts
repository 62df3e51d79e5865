import { expect } from '@open-wc/testing';
import { directionOf, en, es, stringsFor, stringsLanguage } from './strings.js';
import { fill, fillParts, pluralForm } from './format.js';

describe('stringsFor(locale, overrides)', () => {
  it('picks the built-in table of the locale’s language, else English', () => {
    expect(stringsFor('es-MX')).to.equal(es);
    expect(stringsFor('en-GB')).to.equal(en);
    expect(stringsFor('fr')).to.equal(en);
  });

  it('puts the page’s words over it, key by key, ignoring what is not a message', () => {
    const t = stringsFor('es', { next: 'Luego', previous: 7, sources: { one: 'F' } });
    expect(t.next).to.equal('Luego');
    expect(t.previous).to.equal(es.previous);
    expect(t.sources).to.deep.equal(es.sources);
  });

  it('has every key of the English table in Spanish, with the same placeholders', () => {
    const holes = (m: unknown) =>
      [...JSON.stringify(m).matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(es[key], key).to.not.equal(undefined);
      expect(new Set(holes(es[key])), key).to.deep.equal(new Set(holes(en[key])));
    }
  });
});

describe('directionOf(locale) and stringsLanguage(locale, overrides)', () => {
  it('knows right-to-left languages', () => {
    expect(directionOf('ar-EG')).to.equal('rtl');
    expect(directionOf('he')).to.equal('rtl');
    expect(directionOf('es')).to.equal('ltr');
  });

  it('says which language the interface is in', () => {
    expect(stringsLanguage('es-MX')).to.equal('es-MX');
    expect(stringsLanguage('ar')).to.equal('en');
    expect(stringsLanguage('ar', { next: 'التالي' })).to.equal('ar');
  });
});

describe('fill(message, values, locale)', () => {
  it('chooses the plural form and writes numbers in the locale', () => {
    expect(fill(en.leftOut, { count: 1 }, 'en')).to.equal('1 event could not be shown');
    expect(fill(en.leftOut, { count: 1200 }, 'en')).to.equal('1,200 events could not be shown');
    expect(fill(es.leftOut, { count: 1200 }, 'es')).to.equal('No se pudieron mostrar 1200 hechos');
    expect(pluralForm({ one: 'a', other: 'b' }, 0, 'fr')).to.equal('a');
  });

  it('keeps values that are not text as parts, for templates', () => {
    const node = { tag: 'time' };
    expect(fillParts(en.updated, { date: node }, 'en')).to.deep.equal(['Last updated ', node, '.']);
  });
});
