import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { MAX_ITEMS, MAX_PROBLEMS, validateDataset, validateEvents } from './index.js';
import {
  at,
  source,
  event,
  dataset,
  errors,
  expectProblem,
  only,
} from '../../../test/helpers/data.js';
import { checkResult, validateChecked } from '../../../test/helpers/data-invariants.js';
import {
  validEvent,
  validDataset,
  nasty,
  mutatedDataset,
  RUNS,
} from '../../../test/helpers/data-arbitraries.js';

describe('validateDataset(input)', () => {
  describe('a valid dataset', () => {
    it('is returned equal, with no problems', () => {
      const input = dataset({
        tracks: [
          {
            id: 'irs-leaders',
            label: 'Who led the IRS',
            spans: [
              {
                id: 'werfel',
                label: 'Danny Werfel',
                role: 'commissioner',
                start: '2023-03-13',
                startPrecision: 'day',
                end: '2025-01-20',
                endPrecision: 'day',
              },
              {
                id: 'bisignano',
                label: 'Frank Bisignano',
                start: '2025-10',
                startPrecision: 'month',
                note: 'No end is known yet.',
              },
            ],
            sources: [source()],
          },
        ],
      });
      const result = validateDataset(input);
      expect(result.problems).to.deep.equal([]);
      expect(result.dataset).to.deep.equal(input);
    });

    it('is copied: no object of the input is returned, and the input is not changed', () => {
      const input = dataset();
      const snapshot = JSON.stringify(input);
      const result = validateDataset(input);
      expect(JSON.stringify(input)).to.equal(snapshot);
      expect(result.dataset).to.not.equal(input);
      expect(result.dataset!.events[0]).to.not.equal((input.events as unknown[])[0]);
      expect(result.dataset!.events[0].sources[0]).to.not.equal(
        ((input.events as Record<string, unknown>[])[0].sources as unknown[])[0],
      );
      expect(result.dataset!.events[0].people).to.not.equal(
        (input.events as Record<string, unknown>[])[0].people,
      );
    });

    it('accepts an empty list of events', () => {
      const result = validateDataset(dataset({ events: [] }));
      expect(errors(result)).to.deep.equal([]);
      expect(result.dataset!.events).to.deep.equal([]);
    });

    it('treats null as a missing optional field', () => {
      const result = validateDataset(
        dataset({
          tracks: null,
          events: [event({ end: null, endPrecision: null, people: null, key: null })],
        }),
      );
      expect(result.problems).to.deep.equal([]);
      const e = only(result);
      expect(e).to.not.have.any.keys('end', 'endPrecision', 'people', 'key');
      expect(result.dataset).to.not.have.property('tracks');
    });
  });

  describe('the data as a whole', () => {
    it('rejects what is not an object', () => {
      for (const input of ['hello', 3, true, null, undefined, 10n, Symbol('s'), () => 1]) {
        const result = validateDataset(input);
        expect(result.dataset).to.equal(null);
        expectProblem(result, '', 'error', 'must be an object');
      }
    });

    it('rejects a bare list, and says how to wrap it', () => {
      const result = validateDataset([event()]);
      expect(result.dataset).to.equal(null);
      expectProblem(result, '', 'error', 'is a list', '"events": [');
    });

    it('rejects a dataset without a list of events', () => {
      const result = validateDataset(dataset({ events: undefined }));
      expect(result.dataset).to.equal(null);
      expectProblem(result, 'events', 'error', 'no list of events');
      const notList = validateDataset(dataset({ events: { 0: event() } }));
      expect(notList.dataset).to.equal(null);
      expectProblem(notList, 'events', 'error', 'must be a list, not an object');
    });

    it('rejects a dataset none of whose events can be used', () => {
      const result = validateDataset(dataset({ events: [1, { id: 'x' }] }));
      expect(result.dataset).to.equal(null);
      expectProblem(result, 'events', 'error', 'None of the 2 events');
      expectProblem(result, 'events[0]', 'error', 'not the number 1');
    });

    it('keeps the valid events around an invalid one', () => {
      const result = validateDataset(
        dataset({
          events: [
            event({ id: 'a', date: '2025-01-01' }),
            event({ id: 'b', date: '2025-02-30' }),
            event({ id: 'c', date: '2025-03-01' }),
          ],
        }),
      );
      expect(result.dataset!.events.map((e) => e.id)).to.deep.equal(['a', 'c']);
      expectProblem(result, 'events[1].date', 'error', '"2025-02-30"', 'not a real date');
    });

    it('warns about and drops unknown fields, at every level', () => {
      const result = validateDataset(
        dataset({
          $schema: 'https://example.com/schema.json',
          theme: 'dark',
          events: [event({ titel: 'typo', sources: [source({ archive: 'x' })] })],
        }),
      );
      expectProblem(result, '', 'warning', 'Unknown field "theme"');
      expectProblem(result, 'events[0]', 'warning', 'Unknown field "titel"');
      expectProblem(result, 'events[0].sources[0]', 'warning', '"archive"');
      expect(result.dataset).to.not.have.property('theme');
      expect(result.dataset).to.not.have.property('$schema');
      expect(only(result)).to.not.have.property('titel');
    });

    it('reads a "__proto__" key as data and never pollutes a prototype', () => {
      const input = JSON.parse(
        '{"title":"T","events":[{"id":"a","date":"2025-04","title":"A","__proto__":{"polluted":1},' +
          '"sources":[{"publisher":"P","__proto__":{"url":"javascript:alert(1)"}}]}],' +
          '"__proto__":{"events":[]}}',
      ) as unknown;
      const result = validateDataset(input);
      expect(result.dataset!.events).to.have.length(1);
      const e = only(result);
      expect(Object.getPrototypeOf(e)).to.equal(Object.prototype);
      expect(e).to.not.have.property('polluted');
      expect(e.sources[0]).to.deep.equal({ publisher: 'P' });
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expectProblem(result, 'events[0]', 'warning', '"__proto__"');
    });

    it('reads objects without a prototype', () => {
      const e = Object.assign(Object.create(null) as object, event());
      const d = Object.assign(Object.create(null) as object, dataset({ events: [e] }));
      expect(validateDataset(d).problems).to.deep.equal([]);
    });
  });

  describe('the dataset fields', () => {
    it('uses "timeline" for a missing id (warning) and rejects one that is not kebab-case', () => {
      expectProblem(validateDataset(dataset({ id: undefined })), 'id', 'warning', '"timeline"');
      const bad = validateDataset(dataset({ id: 'IRS ICE' }));
      expectProblem(bad, 'id', 'error', '"IRS ICE"', '"irs-ice"');
      expect(bad.dataset!.id).to.equal('timeline');
    });

    it('uses a generic title when the title is missing, empty or not text', () => {
      for (const title of [undefined, '  ', 42]) {
        const result = validateDataset(dataset({ title }));
        expectProblem(result, 'title', 'error', '"Timeline" was used');
        expect(result.dataset!.title).to.equal('Timeline');
      }
      const custom = validateDataset(dataset({ title: undefined }), { fallbackTitle: 'Chronik' });
      expect(custom.dataset!.title).to.equal('Chronik');
      expect(at(validateDataset(dataset({ title: 42 })), 'title')[0].message).to.include(
        'the number 42',
      );
    });

    it('warns about a missing description, and accepts an empty one', () => {
      expectProblem(validateDataset(dataset({ description: undefined })), 'description', 'warning');
      expect(validateDataset(dataset({ description: '' })).problems).to.deep.equal([]);
    });

    it('checks the updated date: a full, real date', () => {
      expectProblem(validateDataset(dataset({ updated: undefined })), 'updated', 'warning');
      expectProblem(
        validateDataset(dataset({ updated: '2026-06' })),
        'updated',
        'error',
        '"2026-06"',
      );
      expectProblem(
        validateDataset(dataset({ updated: '2026-02-30' })),
        'updated',
        'error',
        '"2026-02-30" is not a real date',
      );
      expect(validateDataset(dataset({ updated: '' })).problems).to.deep.equal([]);
    });
  });

  describe('order', () => {
    it('sorts events into chronological order (stable), with a warning', () => {
      const result = validateDataset(
        dataset({
          events: [
            event({ id: 'a', date: '2025-04' }),
            event({ id: 'b', date: '2025-04-07' }),
            event({ id: 'c', date: '2025-03-01' }),
            event({ id: 'd', date: '2025-04-07' }),
          ],
        }),
      );
      expect(result.dataset!.events.map((e) => e.id)).to.deep.equal(['c', 'b', 'd', 'a']);
      expectProblem(result, 'events[1].date', 'warning', '"2025-04-07" comes after "2025-04"');
      expect(result.problems.filter((p) => p.message.includes('date order'))).to.have.length(1);
    });

    it(`keeps all of MAX_ITEMS.events (${MAX_ITEMS.events}) events, with no problem`, () => {
      expect(MAX_ITEMS.events).to.be.at.least(10_000);
      const day = Date.UTC(1990, 0, 1);
      const events = Array.from({ length: MAX_ITEMS.events }, (_, i) =>
        event({ id: `e-${i}`, date: new Date(day + i * 86_400_000).toISOString().slice(0, 10) }),
      );
      const result = validateDataset(dataset({ events }));
      expect(result.problems).to.deep.equal([]);
      expect(result.dataset!.events.map((e) => e.id)).to.deep.equal(events.map((e) => e.id));
    });

    it(`uses the first MAX_ITEMS.events (${MAX_ITEMS.events}) events`, () => {
      const events = Array.from({ length: MAX_ITEMS.events + 1 }, (_, i) =>
        event({ id: `e-${i}` }),
      );
      const result = validateDataset(dataset({ events }));
      expectProblem(result, 'events', 'error', `${MAX_ITEMS.events + 1} events`);
      expect(result.dataset!.events).to.have.length(MAX_ITEMS.events);
    });
  });

  describe('leftOut: how many of the given events were left out', () => {
    it('is 0 when every event is used, whatever else is wrong', () => {
      expect(validateDataset(dataset()).leftOut).to.equal(0);
      const warned = validateDataset(
        dataset({
          title: undefined,
          events: [
            event({ summary: undefined, end: '2020-01-01' }),
            event({ id: 'b', sources: [source({ url: 'javascript:alert(1)' })] }),
          ],
        }),
      );
      expect(errors(warned)).to.not.deep.equal([]);
      expect(warned.dataset!.events).to.have.length(2);
      expect(warned.leftOut).to.equal(0);
    });

    it('counts the events left out, whatever the reason', () => {
      const result = validateDataset(
        dataset({
          events: [
            event({ id: 'a' }),
            event({ id: 'b', date: '2025-02-30' }),
            event({ id: 'Not Kebab' }),
            event({ id: 'a', date: '2025-04-08' }),
            'not an event',
            event({ id: 'c', title: '  ' }),
            event({ id: 'd' }),
          ],
        }),
      );
      expect(result.dataset!.events.map((e) => e.id)).to.deep.equal(['a', 'd']);
      expect(result.leftOut).to.equal(5);
    });

    it('counts every event when none can be used', () => {
      const result = validateDataset(dataset({ events: [1, { id: 'x' }] }));
      expect(result.dataset).to.equal(null);
      expect(result.leftOut).to.equal(2);
    });

    it('is 0 when there is no list of events to count', () => {
      for (const input of [null, 'x', [event()], dataset({ events: undefined })]) {
        expect(validateDataset(input).leftOut).to.equal(0);
      }
      expect(validateDataset(dataset({ events: { 0: event() } })).leftOut).to.equal(0);
      expect(validateEvents('x').leftOut).to.equal(0);
    });

    it(`counts the events beyond MAX_ITEMS.events (${MAX_ITEMS.events})`, () => {
      const events = Array.from({ length: MAX_ITEMS.events + 2 }, (_, i) =>
        event({ id: `e-${i}` }),
      );
      expect(validateDataset(dataset({ events })).leftOut).to.equal(2);
    });

    it(`counts past the MAX_PROBLEMS (${MAX_PROBLEMS}) problems listed`, () => {
      const events = [...Array.from({ length: 1500 }, () => ({ id: 'X' })), event()];
      const result = validateDataset(dataset({ events }));
      expect(result.problems).to.have.length(MAX_PROBLEMS + 1);
      expect(result.leftOut).to.equal(1500);
    });

    it('counts for a bare list of events too', () => {
      const result = validateEvents([event(), event({ id: 'b', date: 'soon' })]);
      expect(result.dataset!.events).to.have.length(1);
      expect(result.leftOut).to.equal(1);
    });

    it('is the number given minus the number kept (property)', () => {
      fc.assert(
        fc.property(mutatedDataset, (input) => {
          const result = validateDataset(input);
          const given = (input as { events?: unknown }).events;
          if (!Array.isArray(given)) {
            expect(result.leftOut).to.equal(0);
          } else {
            expect(result.leftOut).to.equal(given.length - (result.dataset?.events.length ?? 0));
          }
        }),
        RUNS,
      );
    });
  });

  describe('properties', () => {
    it('never throws for any value, and returns a result that keeps every invariant', () => {
      fc.assert(
        fc.property(
          fc.anything({
            key: fc.oneof(
              fc.string(),
              fc.constantFrom(
                '__proto__',
                'constructor',
                'events',
                'title',
                'id',
                'date',
                'sources',
              ),
            ),
            withBoxedValues: true,
            withMap: true,
            withSet: true,
            withNullPrototype: true,
            withBigInt: true,
            withDate: true,
            withTypedArray: true,
            withSparseArray: true,
            withObjectString: true,
            withUnicodeString: true,
          }),
          (input) => {
            validateChecked(input);
          },
        ),
        RUNS,
      );
    });

    it('never throws for a JSON value, wrapped as events or not', () => {
      fc.assert(
        fc.property(fc.jsonValue(), fc.boolean(), (value, wrap) => {
          validateChecked(wrap ? { title: 'T', events: [value] } : value);
        }),
        RUNS,
      );
    });

    it('keeps every invariant for mutated valid datasets', () => {
      fc.assert(
        fc.property(mutatedDataset, (input) => {
          validateChecked(input);
        }),
        RUNS,
      );
    });

    it('returns a valid dataset unchanged, with no problems', () => {
      fc.assert(
        fc.property(validDataset, (input) => {
          const result = validateChecked(input);
          expect(result.problems).to.deep.equal([]);
          expect(result.dataset).to.deep.equal(input);
        }),
        RUNS,
      );
    });
  });
});

describe('validateEvents(input)', () => {
  it('wraps a list of events in a dataset with a generic title and derived categories', () => {
    const result = validateEvents([
      event(),
      event({ id: 'b', date: '2025-05', precision: 'month', category: 'court' }),
    ]);
    expect(result.problems).to.deep.equal([]);
    expect(result.dataset).to.include({
      id: 'timeline',
      title: 'Timeline',
      description: '',
      updated: '',
    });
    expect(result.dataset!.categories.map((c) => c.id)).to.deep.equal(['agreement', 'court']);
  });

  it('reports problems at events[i] paths, as a dataset does', () => {
    const result = validateEvents([event(), event({ id: 'b', date: '2025-02-30' })]);
    expectProblem(result, 'events[1].date', 'error', '"2025-02-30"');
  });

  it('uses the dataset fields given as options', () => {
    const result = validateEvents([event({ category: 'other' })], {
      id: 'my-story',
      title: 'My story',
      categories: [{ id: 'agreement', label: 'Deal' }],
    });
    expect(result.dataset).to.include({ id: 'my-story', title: 'My story' });
    expect(result.dataset!.categories).to.deep.equal([{ id: 'agreement', label: 'Deal' }]);
    expectProblem(result, 'events[0].category', 'warning', '"other"');
  });

  it('rejects what is not a list', () => {
    for (const input of [dataset(), 'x', null]) {
      const result = validateEvents(input);
      expect(result.dataset).to.equal(null);
      expectProblem(result, '', 'error', 'must be a list of events');
    }
  });

  it('accepts an empty list', () => {
    const result = validateEvents([]);
    expect(result.problems).to.deep.equal([]);
    expect(result.dataset!.events).to.deep.equal([]);
  });

  it('never throws, and keeps every invariant (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(nasty, validEvent(['a', 'b']))), (input) => {
        const result = validateEvents(input);
        checkResult(result);
      }),
      RUNS,
    );
  });
});
