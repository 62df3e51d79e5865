import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { localizeDataset, translationFor } from './translate.js';
import { validateDataset } from './validate/index.js';
import { dataset, event } from '../../test/helpers/data.js';
import type { TimelineDataset } from './types.js';

const story = (): TimelineDataset =>
  validateDataset(
    dataset({
      events: [
        event({ id: 'a', title: 'Vote', label: 'Vote' }),
        event({ id: 'b', title: 'Ruling' }),
      ],
      translations: {
        es: { title: 'La historia', events: { a: { title: 'Votación', label: 'Voto' } } },
        'es-MX': { events: { b: { title: 'Fallo (México)' } } },
      },
    }),
  ).dataset!;

describe('translationFor(dataset, locale)', () => {
  it('takes the exact tag, else the language, in any case', () => {
    const ds = story();
    expect(translationFor(ds, 'es-MX')!.events!.b!.title).to.equal('Fallo (México)');
    expect(translationFor(ds, 'ES-ar')!.title).to.equal('La historia');
    expect(translationFor(ds, 'fr')).to.equal(undefined);
  });
});

describe('localizeDataset(dataset, locale)', () => {
  it('puts the translated words in place and keeps the others as written', () => {
    const es = localizeDataset(story(), 'es');
    expect(es.title).to.equal('La historia');
    expect(es.events.map((e) => [e.id, e.title, e.label])).to.deep.equal([
      ['a', 'Votación', 'Voto'],
      ['b', 'Ruling', undefined],
    ]);
  });

  it('returns the dataset itself when there is no translation', () => {
    const ds = story();
    expect(localizeDataset(ds, 'de')).to.equal(ds);
  });

  it('never changes its input, nor anything but words (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (title, summary) => {
        const ds = story();
        ds.translations!.es!.events!.b = { title, summary };
        const before = JSON.stringify(ds);
        const es = localizeDataset(ds, 'es');
        expect(JSON.stringify(ds)).to.equal(before);
        expect(es.events.map((e) => [e.id, e.date, e.sources])).to.deep.equal(
          ds.events.map((e) => [e.id, e.date, e.sources]),
        );
      }),
      { seed: 14, numRuns: 200 },
    );
  });
});
