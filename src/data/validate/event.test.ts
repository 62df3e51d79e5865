import { expect } from '@open-wc/testing';
import { MAX_ITEMS, MAX_LENGTHS, validateDataset } from './index.js';
import {
  source,
  event,
  dataset,
  withEvent,
  errors,
  expectProblem,
  only,
} from '../../../test/helpers/data.js';
import { codePoints } from '../../../test/helpers/data-invariants.js';

describe('validateDataset(input)', () => {
  describe('event ids', () => {
    it('leaves out an event without an id, or with an id that is not text', () => {
      const missing = withEvent({ id: undefined });
      expect(missing.dataset).to.equal(null);
      expectProblem(missing, 'events[0].id', 'error', 'missing', 'left out');
      expectProblem(withEvent({ id: 7 }), 'events[0].id', 'error', 'the number 7');
    });

    it('leaves out an event whose id is not kebab-case, and suggests one (never rewrites)', () => {
      const result = withEvent({ id: 'Agreement Signed' });
      expect(result.dataset).to.equal(null);
      expectProblem(result, 'events[0].id', 'error', '"Agreement Signed"', '"agreement-signed"');
      for (const id of ['a--b', '-a', 'a-', 'a_b', 'ä', 'A', '']) {
        expect(
          errors(withEvent({ id })).map((p) => p.path),
          id,
        ).to.include('events[0].id');
      }
    });

    it('leaves out an id longer than MAX_LENGTHS.id', () => {
      const id = 'a'.repeat(MAX_LENGTHS.id + 1);
      expectProblem(withEvent({ id }), 'events[0].id', 'error', `${MAX_LENGTHS.id} characters`);
      expect(errors(withEvent({ id: 'a'.repeat(MAX_LENGTHS.id) }))).to.deep.equal([]);
    });

    it('leaves out the second of two events with the same id', () => {
      const result = validateDataset(
        dataset({
          events: [
            event({ title: 'First' }),
            event({ title: 'Second', date: '2025-04-08' }),
            event({ id: 'other', date: '2025-04-09' }),
          ],
        }),
      );
      expect(result.dataset!.events.map((e) => e.title)).to.deep.equal([
        'First',
        'IRS and ICE sign a data-sharing agreement',
      ]);
      expectProblem(result, 'events[1].id', 'error', '"agreement-signed"', '"First"');
    });

    it('does not count an unusable first event as a duplicate', () => {
      const result = validateDataset(
        dataset({ events: [event({ date: 'never' }), event({ title: 'Second' })] }),
      );
      expect(result.dataset!.events.map((e) => e.title)).to.deep.equal(['Second']);
    });
  });

  describe('event dates and precision', () => {
    it('leaves out an event without a date', () => {
      expectProblem(withEvent({ date: undefined }), 'events[0].date', 'error', 'no date');
    });

    it('leaves out an impossible date', () => {
      for (const date of ['2025-02-30', '2025-02-29', '2025-13', '2025-00', '2025-04-31']) {
        const result = withEvent({ date, precision: undefined });
        expectProblem(result, 'events[0].date', 'error', `"${date}" is not a real date`);
      }
    });

    it('leaves out a date in the wrong form', () => {
      for (const date of ['April 7, 2025', '2025-4-7', '4/7/2025', '2025', '2025-04-07T10:00Z']) {
        const result = withEvent({ date });
        expectProblem(result, 'events[0].date', 'error', JSON.stringify(date), 'YYYY-MM-DD');
      }
      expectProblem(
        withEvent({ date: 20250407 }),
        'events[0].date',
        'error',
        'the number 20250407',
      );
    });

    it('infers a missing precision from the form (warning)', () => {
      const day = withEvent({ precision: undefined });
      expectProblem(day, 'events[0].precision', 'warning', '"day"', '"2025-04-07"');
      expect(only(day).precision).to.equal('day');
      const month = withEvent({ date: '2025-04', precision: undefined });
      expectProblem(month, 'events[0].precision', 'warning', '"month"');
      expect(only(month).precision).to.equal('month');
    });

    it('never shows a month as a day: a "day" precision on a month stays a month (error)', () => {
      const result = withEvent({ date: '2025-04', precision: 'day' });
      expectProblem(result, 'events[0].precision', 'error', '"2025-04" is a month');
      expect(only(result)).to.include({ date: '2025-04', precision: 'month' });
    });

    it('never invents a day: a "month" precision on a day keeps only the month (error)', () => {
      const result = withEvent({ date: '2025-04-01', precision: 'month' });
      expectProblem(result, 'events[0].precision', 'error', '"2025-04-01" is a day', '"2025-04"');
      expect(only(result)).to.include({ date: '2025-04', precision: 'month' });
    });

    it('rejects a precision that is neither "day" nor "month"', () => {
      const result = withEvent({ precision: 'year' });
      expectProblem(result, 'events[0].precision', 'error', '"year" is not a precision');
      expect(only(result).precision).to.equal('day');
    });

    it('keeps an end after the start, inferring its precision (warning)', () => {
      const result = withEvent({ end: '2025-05' });
      expectProblem(result, 'events[0].endPrecision', 'warning', '"month"');
      expect(only(result)).to.include({ end: '2025-05', endPrecision: 'month' });
    });

    it('accepts an end on the start day, or in the start month', () => {
      expect(errors(withEvent({ end: '2025-04-07', endPrecision: 'day' }))).to.deep.equal([]);
      expect(errors(withEvent({ end: '2025-04', endPrecision: 'month' }))).to.deep.equal([]);
      expect(
        errors(
          withEvent({
            date: '2025-04',
            precision: 'month',
            end: '2025-04-02',
            endPrecision: 'day',
          }),
        ),
      ).to.deep.equal([]);
    });

    it('drops an end before the start, and shows the event on its start date', () => {
      const result = withEvent({ end: '2025-04-06', endPrecision: 'day' });
      expectProblem(
        result,
        'events[0].end',
        'error',
        '"2025-04-06"',
        'before the start',
        '"2025-04-07"',
      );
      expect(only(result)).to.not.have.any.keys('end', 'endPrecision');
    });

    it('drops an unusable end, and an endPrecision without an end', () => {
      const bad = withEvent({ end: '2025-02-30', endPrecision: 'day' });
      expectProblem(bad, 'events[0].end', 'error', '"2025-02-30"', 'shown on its start date');
      expect(only(bad)).to.not.have.any.keys('end', 'endPrecision');
      const lone = withEvent({ endPrecision: 'day' });
      expectProblem(lone, 'events[0].endPrecision', 'warning', 'no end');
      expect(only(lone)).to.not.have.property('endPrecision');
      expectProblem(
        withEvent({ endPrecision: 'week' }),
        'events[0].endPrecision',
        'error',
        '"week"',
      );
    });
  });

  describe('event text', () => {
    it('leaves out an event without a usable title', () => {
      expectProblem(withEvent({ title: undefined }), 'events[0].title', 'error', 'missing');
      expectProblem(withEvent({ title: '' }), 'events[0].title', 'error', 'empty');
      expectProblem(withEvent({ title: ['A'] }), 'events[0].title', 'error', 'not a list');
    });

    it('keeps an event without a summary (warning) and shows it with its title only', () => {
      const result = withEvent({ summary: undefined });
      expectProblem(result, 'events[0].summary', 'warning', 'no summary');
      expect(only(result).summary).to.equal('');
      expect(withEvent({ summary: '' }).problems).to.deep.equal([]);
      expectProblem(withEvent({ summary: 3 }), 'events[0].summary', 'error', 'the number 3');
    });

    it('keeps text as written: line breaks, carriage returns, spaces at the ends', () => {
      const summary = 'First line.\nSecond line.';
      expect(withEvent({ summary }).problems).to.deep.equal([]);
      expect(only(withEvent({ summary })).summary).to.equal(summary);
      for (const text of ['A\r\nB', ' A ', 'A\n\n\tB\n']) {
        const e = only(withEvent({ summary: text, title: text }));
        expect([e.summary, e.title]).to.deep.equal([text, text]);
      }
    });

    it('cuts a title longer than MAX_LENGTHS.title short with an ellipsis (error)', () => {
      const title = `${'Long title '.repeat(30)}end`;
      const result = withEvent({ title });
      expectProblem(
        result,
        'events[0].title',
        'error',
        `${MAX_LENGTHS.title} characters`,
        '"Long title',
      );
      const cut = only(result).title;
      expect(codePoints(cut)).to.be.at.most(MAX_LENGTHS.title);
      expect(cut.startsWith('Long title Long title')).to.equal(true);
      expect(cut.endsWith('…')).to.equal(true);
    });

    it('counts length in code points, as JSON Schema does', () => {
      const emoji = '😀'.repeat(MAX_LENGTHS.title);
      expect(withEvent({ title: emoji }).problems).to.deep.equal([]);
      const long = withEvent({ title: `${emoji}😀` });
      expectProblem(long, 'events[0].title', 'error', `(${MAX_LENGTHS.title + 1})`);
      const cut = only(long).title;
      expect(codePoints(cut)).to.equal(MAX_LENGTHS.title);
      expect(cut.endsWith('😀…')).to.equal(true);
    });

    it('cuts a summary, publisher or name that is too long', () => {
      const summary = only(withEvent({ summary: 's'.repeat(MAX_LENGTHS.summary + 1) })).summary;
      expect(codePoints(summary)).to.equal(MAX_LENGTHS.summary);
      const long = 'p'.repeat(MAX_LENGTHS.text + 1);
      const result = withEvent({ people: [long], sources: [source({ publisher: long })] });
      expectProblem(result, 'events[0].people[0]', 'error', `${MAX_LENGTHS.text} characters`);
      expectProblem(result, 'events[0].sources[0].publisher', 'error');
      expect(codePoints(only(result).people![0])).to.equal(MAX_LENGTHS.text);
    });
  });

  describe('people, key and other types', () => {
    it('drops people that are not a list of names', () => {
      const result = withEvent({ people: 'Scott Bessent' });
      expectProblem(result, 'events[0].people', 'error', '"Scott Bessent"');
      expect(only(result)).to.not.have.property('people');
      const mixed = withEvent({ people: ['A', 2, ' ', null, 'B'] });
      expect(only(mixed).people).to.deep.equal(['A', 'B']);
      expectProblem(mixed, 'events[0].people[1]', 'error', 'the number 2');
      expectProblem(mixed, 'events[0].people[2]', 'error', 'empty');
      expectProblem(mixed, 'events[0].people[3]', 'error', 'missing');
    });

    it(`keeps the first MAX_ITEMS.people (${MAX_ITEMS.people}) people`, () => {
      const people = Array.from({ length: MAX_ITEMS.people + 5 }, (_, i) => `Person ${i}`);
      const result = withEvent({ people });
      expectProblem(result, 'events[0].people', 'error', `${MAX_ITEMS.people + 5} people`);
      expect(only(result).people).to.deep.equal(people.slice(0, MAX_ITEMS.people));
    });

    it('ignores a key that is not true or false', () => {
      for (const key of ['yes', 1, 'true']) {
        const result = withEvent({ key });
        expectProblem(result, 'events[0].key', 'error', 'true or false');
        expect(only(result)).to.not.have.property('key');
      }
      expect(only(withEvent({ key: false })).key).to.equal(false);
    });
  });
});
