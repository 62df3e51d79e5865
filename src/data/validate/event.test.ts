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
      for (const date of ['April 7, 2025', '2025-4-7', '4/7/2025', '2025-04-07 10:00', '25']) {
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

    it('rejects a precision that is not year, month, day or minute', () => {
      const result = withEvent({ precision: 'week' });
      expectProblem(result, 'events[0].precision', 'error', '"week" is not a precision');
      expect(only(result).precision).to.equal('day');
    });

    it('keeps only the year of a day whose precision is "year" (error), never a false day', () => {
      const result = withEvent({ precision: 'year' });
      expectProblem(result, 'events[0].precision', 'error', 'Only the year was kept', '"2025"');
      expect(only(result)).to.include({ date: '2025', precision: 'year' });
    });
  });

  describe('years and times of day', () => {
    it('takes a year, refusing years before 1 CE', () => {
      expect(only(withEvent({ date: '1969', precision: 'year' }))).to.include({
        date: '1969',
        precision: 'year',
      });
      expectProblem(
        withEvent({ date: '0000', precision: 'year' }),
        'events[0].date',
        'error',
        'not a real date',
      );
    });

    it('takes a time with its offset, and writes it with that offset when the story has no zone', () => {
      const result = withEvent({ date: '2025-11-04T20:15Z', precision: 'minute' });
      expect(errors(result)).to.deep.equal([]);
      expect(only(result)).to.include({ date: '2025-11-04T20:15+00:00', precision: 'minute' });
    });

    it('refuses a local time when the dataset has no time zone, naming the field and the fix', () => {
      const result = withEvent({ date: '2025-11-04T20:15', precision: 'minute' });
      expect(result.dataset).to.equal(null);
      expectProblem(result, 'events[0].date', 'error', 'no time zone', '"timeZone"', '-05:00');
    });

    it('reads local times in the dataset’s zone and writes every time on its clock', () => {
      const result = validateDataset(
        dataset({
          timeZone: 'America/Chicago',
          events: [
            event({ id: 'a', date: '2025-11-04T19:00', precision: 'minute' }),
            event({ id: 'b', date: '2025-11-04T21:15-05:00', precision: 'minute' }),
            event({ id: 'c', date: '2025-07-04T12:00', precision: 'minute' }),
          ],
        }),
      );
      expect(errors(result)).to.deep.equal([]);
      expect(result.dataset!.timeZone).to.equal('America/Chicago');
      expect(result.dataset!.events.map((e) => e.date)).to.deep.equal([
        '2025-07-04T12:00-05:00',
        '2025-11-04T19:00-06:00',
        '2025-11-04T20:15-06:00',
      ]);
    });

    it('reports a time zone it does not know, and then refuses local times', () => {
      const result = validateDataset(
        dataset({ timeZone: 'Mars/Olympus', events: [event({ date: '2025-11-04T19:00' })] }),
      );
      expectProblem(result, 'timeZone', 'error', '"Mars/Olympus" is not a time zone');
      expectProblem(result, 'events[0].date', 'error', 'no time zone');
    });

    it('keeps an end in time after a start in time', () => {
      const result = withEvent({
        date: '2025-11-04T19:00Z',
        precision: 'minute',
        end: '2025-11-04T23:30Z',
        endPrecision: 'minute',
      });
      expect(errors(result)).to.deep.equal([]);
      expect(only(result)).to.include({ end: '2025-11-04T23:30+00:00', endPrecision: 'minute' });
      const before = withEvent({
        date: '2025-11-04T19:00Z',
        precision: 'minute',
        end: '2025-11-04T18:00Z',
      });
      expectProblem(before, 'events[0].end', 'error', 'before the start');
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
