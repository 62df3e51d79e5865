import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { importTimelineJsJson, isTimelineJsJson, type ImportResult } from './timelinejs.js';
import {
  CATEGORIES,
  ERAS,
  jsonOf,
  problemAt,
  TEMPLATE_EVENTS,
  where,
} from '../../../test/helpers/timelinejs.js';

describe('isTimelineJsJson(value)', () => {
  it('recognises a TimelineJS timeline', async () => {
    expect(isTimelineJsJson(await jsonOf('timeline.json'))).to.equal(true);
    expect(isTimelineJsJson({ events: [{ start_date: { year: 1969 } }] })).to.equal(true);
    expect(isTimelineJsJson({ title: { text: { headline: 'T' } }, events: [] })).to.equal(true);
  });

  it('does not take our own format, or anything without an events list', () => {
    const ours = { title: 'T', events: [{ id: 'a', date: '2025-04-07', title: 'A' }] };
    expect(isTimelineJsJson(ours)).to.equal(false);
    const image = { url: 'a.png', alt: 'A' };
    const withImage = { title: 'T', events: [{ id: 'a', date: '2025', title: 'A', media: image }] };
    expect(isTimelineJsJson(withImage), 'an event with an image').to.equal(false);
    for (const value of [null, undefined, 'events', [], {}, { events: {} }, { events: [] }]) {
      expect(isTimelineJsJson(value), JSON.stringify(value)).to.equal(false);
    }
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(isTimelineJsJson(value)).to.be.a('boolean');
      }),
      { seed: 11, numRuns: 300 },
    );
  });
});

describe('importTimelineJsJson(value)', () => {
  let imported: ImportResult;
  before(async () => {
    imported = importTimelineJsJson(await jsonOf('timeline.json'));
  });

  it('maps the JSON as it maps the sheet, with ids from unique_id', () => {
    const ids: Record<string, string> = {
      '1990-harbor-study-published': 'harbor-study',
      '1997-03-12-design-chosen': 'design-chosen',
      '2000-05-01-groundbreaking': 'harbor-study-2',
    };
    const expected = TEMPLATE_EVENTS.map((e) => ({
      ...e,
      id: ids[e.id] ?? e.id,
      // autolink: false, so the address in the text is no link.
      sources: e.id === '2005-01-first-year-of-traffic' ? [] : e.sources,
    }));
    expect(imported.dataset.events).to.deep.equal(expected);
    expect(imported.dataset.categories).to.deep.equal(CATEGORIES);
    expect(imported.dataset.tracks).to.deep.equal([ERAS]);
    expect(imported.dataset.title).to.equal('Sample data: the Harbor Bridge 1990 - 2006');
  });

  it('warns at JSON paths of everything it cannot carry', () => {
    expect(where(imported.problems)).to.deep.equal([
      'warning | title.media.url',
      'warning | title.background',
      'warning | events[1].start_date.display_date',
      'warning | events[2].media.thumbnail',
      'warning | events[2].media.title',
      'warning | events[2].media.link',
      'warning | events[3].unique_id',
      'warning | events[4].display_date',
      'warning | events[5].media.url',
      'error | events[7].start_date.year',
      'warning | events[8].background',
      'warning | events[8].media.thumbnail',
      'warning | ',
      'warning | ',
    ]);
    expect(problemAt(imported.problems, 'events[3].unique_id').message).to.contain(
      '"harbor-study-2"',
    );
    expect(problemAt(imported.problems, 'title.background').message).to.contain('#1a2b3c');
  });

  it('reads numbers and strings alike, and a date written as one string', () => {
    const { dataset, problems } = importTimelineJsJson({
      events: [
        { start_date: { year: '2001', month: 2, day: '03' }, text: { headline: 'A' } },
        { start_date: '2002-04-05', text: { headline: 'B' } },
        { start_date: { year: 2003.5 }, text: { headline: 'C' } },
        { start_date: { year: true }, text: { headline: 'D' } },
        { text: { headline: 'No date' } },
        'not a slide',
      ],
    });
    expect(dataset.events.map((e) => e.date)).to.deep.equal(['2001-02-03', '2002-04-05']);
    expect(where(problems)).to.deep.equal([
      'warning | events[1].start_date',
      'error | events[2].start_date.year',
      'error | events[3].start_date.year',
      'error | events[4].start_date.year',
      'error | events[5]',
      'warning | ',
      'warning | ',
    ]);
  });

  it('gives an empty dataset and one error for what is not a TimelineJS timeline', () => {
    for (const value of [null, 'text', [], { events: 'x' }]) {
      const { dataset, problems } = importTimelineJsJson(value);
      expect(dataset.events, JSON.stringify(value)).to.deep.equal([]);
      expect(problems.filter((p) => p.severity === 'error')).to.have.length(1);
    }
  });

  it('never throws, whatever the JSON', () => {
    const leaf = fc.oneof(fc.jsonValue({ maxDepth: 1 }), fc.constantFrom('1969', 7, -3, '<p>'));
    const date = fc.dictionary(fc.constantFrom('year', 'month', 'day', 'hour', 'minute'), leaf);
    const slide = fc.oneof(
      fc.record(
        {
          start_date: fc.oneof(date, leaf),
          end_date: fc.oneof(date, leaf),
          text: fc.oneof(fc.dictionary(fc.constantFrom('headline', 'text'), leaf), leaf),
          media: fc.oneof(fc.dictionary(fc.constantFrom('url', 'alt', 'caption'), leaf), leaf),
          group: leaf,
          unique_id: leaf,
          background: leaf,
        },
        { requiredKeys: [] },
      ),
      fc.jsonValue({ maxDepth: 2 }),
    );
    const timeline = fc.record(
      { title: slide, events: fc.oneof(fc.array(slide), leaf), eras: fc.array(slide), scale: leaf },
      { requiredKeys: ['events'] },
    );
    fc.assert(
      fc.property(fc.oneof(timeline, fc.jsonValue()), (value) => {
        const { dataset } = importTimelineJsJson(value);
        expect(dataset.events).to.be.an('array');
      }),
      { seed: 11, numRuns: 300 },
    );
  });
});
