import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { importTimelineJsRows, isTimelineJsSheet, type ImportResult } from './timelinejs.js';
import {
  CATEGORIES,
  ERAS,
  HEADER,
  problemAt,
  rowsOf,
  sheet,
  TEMPLATE_EVENTS,
  TIMED,
  where,
} from '../../../test/helpers/timelinejs.js';

describe('isTimelineJsSheet(header)', () => {
  it('recognises the template of today and the sheets of before 2015', async () => {
    expect(isTimelineJsSheet(HEADER)).to.equal(true);
    expect(isTimelineJsSheet((await rowsOf('older-sheet.csv'))[0])).to.equal(true);
  });

  it('ignores case, spacing and a byte-order mark', () => {
    const header = ['\ufeffYEAR', ' month ', 'end_year', 'HeadLine', 'text', 'media  credit'];
    expect(isTimelineJsSheet(header)).to.equal(true);
  });

  it('does not take our own CSV format, or a sheet without a date or a headline', () => {
    expect(isTimelineJsSheet(['id', 'Date', 'Headline', 'Summary', 'Category', 'Source'])).to.equal(
      false,
    );
    expect(isTimelineJsSheet(['Start date', 'End date', 'Headline', 'Summary'])).to.equal(false);
    expect(isTimelineJsSheet(['Month', 'Day', 'Headline', 'Text', 'Media'])).to.equal(false);
    expect(isTimelineJsSheet(['Year', 'Month', 'Day', 'Text', 'Media'])).to.equal(false);
    expect(isTimelineJsSheet([])).to.equal(false);
  });
});

describe('importTimelineJsRows(rows)', () => {
  let template: ImportResult;
  before(async () => {
    template = importTimelineJsRows(await rowsOf('template.csv'));
  });

  it('maps every row of the template to the right event, date and precision', () => {
    expect(template.dataset.events).to.deep.equal(TEMPLATE_EVENTS);
  });

  it('takes the title row as the title and description, in plain text', () => {
    const { id, title, description, updated, timeZone } = template.dataset;
    expect({ id, title, description, updated, timeZone }).to.deep.equal({
      id: 'sample-data-the-harbor-bridge',
      title: 'Sample data: the Harbor Bridge',
      description: 'Invented sample data for testing the TimelineJS importer. None of it happened.',
      updated: '',
      timeZone: undefined,
    });
  });

  it('keeps times to the minute in the time zone of the options, or of a Time Zone column', async () => {
    const rows = await rowsOf('template.csv');
    const withColumn = rows.map((r, i) => [
      ...r,
      i === 0 ? 'Time Zone' : i === 3 ? 'America/Chicago' : '',
    ]);
    for (const { dataset, problems } of [
      importTimelineJsRows(rows, { timeZone: 'America/Chicago' }),
      importTimelineJsRows(withColumn),
    ]) {
      expect(dataset.timeZone).to.equal('America/Chicago');
      expect(dataset.events).to.deep.equal(TEMPLATE_EVENTS.map((e) => ({ ...e, ...TIMED[e.id] })));
      expect(problems.map((p) => p.message).join()).not.to.contain('time zone');
      // With its time kept, the time's seconds are worth a word.
      expect(problemAt(problems, 'row 10, column "Time"').message).to.contain(
        'kept to the minute, 14:00',
      );
    }
  });

  it('makes groups categories, by first use, with the ungrouped last', () => {
    expect(template.dataset.categories).to.deep.equal(CATEGORIES);
  });

  it('makes the era rows a track of spans', () => {
    expect(template.dataset.tracks).to.deep.equal([ERAS]);
  });

  it('warns, by row and column, of everything it cannot carry', () => {
    expect(where(template.problems)).to.deep.equal([
      'warning | row 2, column "Media"',
      'warning | row 2, column "Background"',
      'warning | row 9, column "Display Date"',
      'warning | row 10, column "Media"',
      'error | row 13, column "Year"',
      'warning | row 14, column "Background"',
      'warning | row 14, column "Media Thumbnail"',
      'warning | ',
      'warning | ',
    ]);
    const at = (path: string) => problemAt(template.problems, path).message;
    expect(at('row 9, column "Display Date"')).to.contain('"Spring 2000 to autumn 2004"');
    expect(at('row 10, column "Media"')).to.contain('YouTube').and.contain('link');
    expect(at('row 13, column "Year"')).to.contain('-500').and.contain('left out');
    expect(at('row 14, column "Media Thumbnail"')).to.contain('images/traffic-thumb.jpg');
  });

  it('warns once that times need a time zone, and once with the count of unsourced events', () => {
    const whole = template.problems.filter((p) => p.path === '').map((p) => p.message);
    expect(whole[0])
      .to.match(/^3 events have a time of day/)
      .and.contain('shown on their day')
      .and.contain('--time-zone');
    expect(whole[1]).to.equal(
      '5 events have no source listed; readers will see "No source listed". TimelineJS has no ' +
        'sources: add them, or link them in the text.',
    );
  });

  it('reads the sheets of before 2015 (Start Date, End Date, Tag)', async () => {
    const { dataset, problems } = importTimelineJsRows(await rowsOf('older-sheet.csv'));
    expect(dataset.title).to.equal('Sample data: an older TimelineJS sheet');
    expect(dataset.events.map((e) => [e.date, e.end, e.category, e.title])).to.deep.equal([
      ['1994-06-01', undefined, 'research', 'Survey begins'],
      ['1995-07-20', undefined, 'research', 'Survey ends'],
      ['1995-08-20', undefined, 'publishing', 'Report printed'],
      ['1996', '1997-03', 'general', 'Follow-up study'],
    ]);
    expect(dataset.events[1].media).to.deep.equal({
      url: 'images/survey.jpg',
      alt: '',
      caption: 'The survey team',
      credit: 'Sample Archive',
    });
    expect(dataset.tracks?.[0].spans.map((s) => [s.label, s.start, s.end])).to.deep.equal([
      ['Survey years', '1990', '1995'],
    ]);
    expect(where(problems)).to.deep.equal([
      'warning | row 6, column "Start Date"',
      'error | row 8, column "Start Date"',
      'error | row 9, column "Start Date"',
      'warning | ',
      'warning | ',
    ]);
    expect(problems[0].message).to.contain('day/month/year');
    expect(problems[2].message).to.contain('"July 1998"').and.contain('left out');
  });

  it('reads times as TimelineJS does, to the minute', () => {
    const times = ['14:30', '2:30 PM', '2:30 p.m.', '12 AM', '1430', '14.30', '14:30:00', '9'];
    const rows = sheet(
      ...times.map((Time, i) => ({
        Year: '2020',
        Month: '1',
        Day: `${i + 1}`,
        Time,
        Headline: Time,
      })),
    );
    const { dataset, problems } = importTimelineJsRows(rows, { timeZone: 'Europe/Paris' });
    expect(dataset.events.map((e) => e.date.slice(11))).to.deep.equal([
      '14:30',
      '14:30',
      '14:30',
      '00:00',
      '14:30',
      '14:30',
      '14:30',
      '09:00',
    ]);
    expect(where(problems)).to.deep.equal(['warning | ', 'warning | ']);
  });

  it('sets the time zone from the options, and then does not warn', () => {
    const rows = sheet({ Year: '2020', Month: '1', Day: '2', Time: '10:00', Headline: 'A' });
    const { dataset, problems } = importTimelineJsRows(rows, { timeZone: 'America/Chicago' });
    expect(dataset.timeZone).to.equal('America/Chicago');
    expect(problems.map((p) => p.message).join()).not.to.contain('time zone');
    const wrong = importTimelineJsRows(rows, { timeZone: 'Central Time' });
    expect(wrong.dataset.timeZone).to.equal(undefined);
    const zone = wrong.problems.find((p) => p.severity === 'error');
    expect(zone).to.deep.include({ path: '' });
    expect(zone?.message).to.contain('"Central Time"');
  });

  it('keeps what is valid of a date, and says which cell was not', () => {
    const { dataset, problems } = importTimelineJsRows(
      sheet(
        { Year: '1,969', Month: '13', Headline: 'Bad month' },
        { Year: '1969', Month: '2', Day: '30', Headline: 'Bad day' },
        { Year: '1969', Day: '4', Headline: 'Day without month' },
        { Year: '1969', Month: '7', Time: '20:17', Headline: 'Time without day' },
        { Year: '1969', Month: '7', Day: '20', Time: 'noon', Headline: 'Bad time' },
        { Year: 'MCMLXIX', Headline: 'Bad year' },
        { Month: '7', Headline: 'No year' },
      ),
    );
    expect(dataset.events.map((e) => [e.title, e.date, e.precision])).to.deep.equal([
      ['Bad day', '1969-02', 'month'],
      ['Bad time', '1969-07-20', 'day'],
      ['Time without day', '1969-07', 'month'],
      ['Bad month', '1969', 'year'],
      ['Day without month', '1969', 'year'],
    ]);
    expect(where(problems).slice(0, 7)).to.deep.equal([
      'error | row 2, column "Month"',
      'error | row 3, column "Day"',
      'error | row 4, column "Day"',
      'error | row 5, column "Time"',
      'error | row 6, column "Time"',
      'error | row 7, column "Year"',
      'error | row 8, column "Year"',
    ]);
  });

  it('ignores an end that is missing its year, equal to the start, or before it', () => {
    const { dataset, problems } = importTimelineJsRows(
      sheet(
        { Year: '2001', 'End Month': '5', Headline: 'No end year' },
        { Year: '2002', Month: '3', 'End Year': '2002', 'End Month': '3', Headline: 'Same' },
        { Year: '2003', 'End Year': '2001', Headline: 'Backwards' },
        { Year: '2004', Month: '6', 'End Year': '2004', Headline: 'Within its year' },
      ),
    );
    expect(dataset.events.map((e) => [e.title, e.end])).to.deep.equal([
      ['No end year', undefined],
      ['Same', undefined],
      ['Backwards', undefined],
      ['Within its year', '2004'],
    ]);
    expect(where(problems).slice(0, 2)).to.deep.equal([
      'error | row 2, column "End Year"',
      'error | row 4, column "End Year"',
    ]);
  });

  it('makes ids unique and stable, from the date and the headline', () => {
    const rows = sheet(
      { Year: '2020', Headline: 'Vote' },
      { Year: '2020', Headline: 'Vote' },
      { Year: '2021', Headline: '¿Qué pasó?' },
      { Year: '2022' },
    );
    const ids = importTimelineJsRows(rows).dataset.events.map((e) => e.id);
    expect(ids).to.deep.equal(['2020-vote', '2020-vote-2', '2021-que-paso', '2022']);
    expect(importTimelineJsRows(rows).dataset.events.map((e) => e.id)).to.deep.equal(ids);
  });

  it('keeps only web links as sources, each address once', () => {
    const text =
      '<a href="https://a.example/1">Report</a>, <a href="https://a.example/1">again</a>, ' +
      '<a href="mailto:desk@example.org">mail</a>, <a href="/relative">here</a>, ' +
      '<a href="javascript:alert(1)">x</a> and <a href="https://www.b.example/">https://www.b.example/</a>';
    const { dataset, problems } = importTimelineJsRows(
      sheet({ Year: '2020', Headline: 'Links', Text: text }),
    );
    expect(dataset.events[0].sources).to.deep.equal([
      { publisher: 'a.example', title: 'Report', url: 'https://a.example/1' },
      { publisher: 'b.example', url: 'https://www.b.example/' },
    ]);
    expect(dataset.events[0].summary).to.equal(
      'Report, again, mail, here, x and https://www.b.example/',
    );
    expect(where(problems).filter((p) => p.includes('Text'))).to.have.length(3);
  });

  it('reads the Type column without regard to case, and warns of unknown types', () => {
    const { dataset, problems } = importTimelineJsRows(
      sheet(
        { Type: 'Title', Headline: 'The title' },
        { Type: 'TITLE', Year: '2000', Headline: 'A second title is an event' },
        { Type: 'slide', Year: '2001', Headline: 'Unknown type' },
        { Type: 'Era', Year: '2000', 'End Year': '2010', Headline: 'An era' },
        { Type: 'era', Year: '2005', Headline: 'Open era' },
      ),
    );
    expect(dataset.title).to.equal('The title');
    expect(dataset.events.map((e) => e.title)).to.deep.equal([
      'A second title is an event',
      'Unknown type',
    ]);
    expect(dataset.tracks?.[0].spans.map((s) => [s.label, s.end])).to.deep.equal([
      ['An era', '2010'],
      ['Open era', undefined],
    ]);
    expect(where(problems).slice(0, 3)).to.deep.equal([
      'warning | row 3, column "Type"',
      'warning | row 4, column "Type"',
      'warning | row 6, column "End Year"',
    ]);
  });

  it('merges groups that make the same id, and names the default category as told', () => {
    const { dataset, problems } = importTimelineJsRows(
      sheet(
        { Year: '2000', Headline: 'A', Group: 'Court ruling' },
        { Year: '2001', Headline: 'B', Group: 'court  ruling' },
        { Year: '2002', Headline: 'C' },
      ),
      { defaultCategory: { id: 'other', label: 'Other' } },
    );
    expect(dataset.categories).to.deep.equal([
      { id: 'court-ruling', label: 'Court ruling' },
      { id: 'other', label: 'Other' },
    ]);
    expect(dataset.events.map((e) => e.category)).to.deep.equal([
      'court-ruling',
      'court-ruling',
      'other',
    ]);
    expect(problemAt(problems, 'row 3, column "Group"').message).to.contain('"Court ruling"');
  });

  it('keeps non-image media as a link, and drops embedded markup, with a warning each', () => {
    const media = [
      'https://vimeo.com/1',
      'https://x.com/someone/status/1',
      'https://en.wikipedia.org/wiki/Bridge',
      'https://example.org/files/report.pdf',
      '<iframe src="https://example.org/embed"></iframe>',
      'data:image/png;base64,AAAA',
      '//cdn.example.org/photo.JPG?w=600',
    ];
    const rows = sheet(
      ...media.map((Media, i) => ({ Year: `${2000 + i}`, Headline: `M${i}`, Media })),
    );
    const { dataset, problems } = importTimelineJsRows(rows);
    expect(
      dataset.events.map((e) => e.sources[0]?.publisher ?? e.media?.url ?? null),
    ).to.deep.equal([
      'Vimeo',
      'X (Twitter)',
      'Wikipedia',
      'example.org',
      null,
      null,
      'https://cdn.example.org/photo.JPG?w=600',
    ]);
    expect(where(problems).filter((p) => p.includes('"Media"'))).to.have.length(6);
  });

  it('keeps an image without alt text with empty alt, for the validator to report', () => {
    const rows = sheet({
      Year: '2000',
      Headline: 'A',
      Media: 'images/a.jpg',
      'Media Caption': 'A',
    });
    const { dataset, problems } = importTimelineJsRows(rows);
    expect(dataset.events[0].media).to.deep.equal({ url: 'images/a.jpg', alt: '', caption: 'A' });
    expect(where(problems)).to.deep.equal(['warning | ', 'warning | ']);
  });

  it('skips blank rows, reads short rows, and warns of unknown and repeated columns', () => {
    const rows = [
      [...HEADER, 'Notes', 'Year'],
      ['2000', '', '', '', '', '', '', '', '', 'Short row'],
      [],
      ['', ' ', ''],
    ];
    const { dataset, problems } = importTimelineJsRows(rows);
    expect(dataset.events.map((e) => e.title)).to.deep.equal(['Short row']);
    expect(where(problems).slice(0, 2)).to.deep.equal([
      'warning | row 1, column "Notes"',
      'warning | row 1, column "Year"',
    ]);
  });

  it('gives an empty dataset and one error for a sheet without dates', () => {
    const { dataset, problems } = importTimelineJsRows([
      ['Headline', 'Text'],
      ['A', 'B'],
    ]);
    expect(dataset.events).to.deep.equal([]);
    expect(where(problems)).to.deep.equal(['error | row 1']);
    expect(importTimelineJsRows([]).dataset.events).to.deep.equal([]);
  });

  it('never throws, and every date it makes has the form of its precision', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.constantFrom('', '2020', '-5', '12', '31', '9:30 PM', 'title', 'era', '<a href="x">'),
    );
    const rows = fc.array(fc.array(cell, { maxLength: 22 }), { maxLength: 8 });
    const FORMS = { year: 4, month: 7, day: 10, minute: 16 };
    fc.assert(
      fc.property(rows, fc.boolean(), (body, withHeader) => {
        const { dataset, problems } = importTimelineJsRows(withHeader ? [HEADER, ...body] : body);
        for (const e of dataset.events) expect(e.date).to.have.length(FORMS[e.precision]);
        expect(problems.every((p) => typeof p.message === 'string')).to.equal(true);
      }),
      { seed: 11, numRuns: 300 },
    );
  });
});
