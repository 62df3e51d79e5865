import { expect } from '@open-wc/testing';
import { csvParseRows } from 'd3-dsv';
import fc from 'fast-check';
import {
  importTimelineJsJson,
  importTimelineJsRows,
  isTimelineJsJson,
  isTimelineJsSheet,
  type ImportResult,
  type RawEvent,
  type RawTrack,
} from './timelinejs.js';
import { TEMPLATE_COLUMNS } from './timelinejs-sheet.js';
import type { DataProblem } from './types.js';

const FIXTURES = '/test/fixtures/timelinejs';

async function rowsOf(name: string): Promise<string[][]> {
  return csvParseRows(await (await fetch(`${FIXTURES}/${name}`)).text());
}

async function jsonOf(name: string): Promise<unknown> {
  return (await fetch(`${FIXTURES}/${name}`)).json();
}

/** The problems as `severity | path`, in order: what a test can compare whole. */
function where(problems: readonly DataProblem[]): string[] {
  return problems.map((p) => `${p.severity} | ${p.path}`);
}

function problemAt(problems: readonly DataProblem[], path: string): DataProblem {
  const found = problems.filter((p) => p.path === path);
  expect(found, `problems at ${path}: ${JSON.stringify(problems)}`).to.have.length(1);
  return found[0];
}

const HEADER: string[] = [...TEMPLATE_COLUMNS];

/** A template sheet of the given rows, each given as `{ column: value }`. */
function sheet(...rows: Record<string, string>[]): string[][] {
  return [HEADER, ...rows.map((row) => HEADER.map((column) => row[column] ?? ''))];
}

/** The events of template.csv, in chronological order. */
const TEMPLATE_EVENTS: RawEvent[] = [
  {
    id: '1990-harbor-study-published',
    date: '1990',
    precision: 'year',
    title: 'Harbor study published',
    summary: 'A harbor study recommends a bridge.',
    category: 'planning',
    sources: [
      { publisher: 'example.org', title: 'harbor study', url: 'https://example.org/harbor-study' },
    ],
  },
  {
    id: '1994-06-public-hearings-begin',
    date: '1994-06',
    precision: 'month',
    title: 'Public hearings begin',
    summary: 'Hearings open in the town hall.\nThey run all summer.',
    category: 'planning',
    sources: [],
  },
  {
    id: '1997-03-12-design-chosen',
    date: '1997-03-12',
    precision: 'day',
    title: 'Design chosen',
    summary: 'The council picks the cable-stayed design.',
    category: 'design',
    sources: [],
    media: {
      url: 'images/design.png',
      alt: 'Drawing of a cable-stayed bridge over the harbor',
      caption: 'The chosen design, as drawn',
      credit: 'Sample Studio',
    },
  },
  {
    id: '2000-05-01-groundbreaking',
    date: '2000-05-01T09:30',
    precision: 'minute',
    title: 'Groundbreaking',
    summary: 'Work starts at dawn & runs late.\nSee here.',
    category: 'construction',
    sources: [
      {
        publisher: 'example.com',
        title: 'Groundbreaking day',
        url: 'https://example.com/news/groundbreaking',
      },
    ],
  },
  {
    id: '2000-05-01-bridge-under-construction',
    date: '2000-05-01',
    precision: 'day',
    end: '2004-09-30',
    endPrecision: 'day',
    title: 'Bridge under construction',
    summary: 'Four years of work.',
    category: 'construction',
    sources: [],
  },
  {
    id: '2004-10-02-opening-ceremony',
    date: '2004-10-02T14:00',
    precision: 'minute',
    title: 'Opening ceremony',
    summary: 'Crowds cross the bridge on foot.',
    category: 'opening',
    sources: [
      {
        publisher: 'Sample Town TV',
        title: 'Video of the opening',
        url: 'https://www.youtube.com/watch?v=sample0001',
      },
    ],
  },
  {
    id: '2004-10-02-fireworks',
    date: '2004-10-02T18:00',
    precision: 'minute',
    end: '2004-10-02T22:15',
    endPrecision: 'minute',
    title: 'Fireworks',
    summary: 'Fireworks over the harbor.',
    category: 'opening',
    sources: [],
  },
  {
    id: '2005-01-first-year-of-traffic',
    date: '2005-01',
    precision: 'month',
    title: 'First year of traffic',
    summary: 'Traffic counts are published at https://example.org/traffic.',
    category: 'general',
    sources: [{ publisher: 'example.org', url: 'https://example.org/traffic' }],
    media: { url: 'images/traffic.jpg', alt: '' },
  },
  {
    id: '2006-toll-removed',
    date: '2006',
    precision: 'year',
    title: 'Toll removed',
    summary: 'The toll is removed.\nDrivers celebrate.',
    category: 'general',
    sources: [],
  },
];

const CATEGORIES = [
  { id: 'planning', label: 'Planning' },
  { id: 'design', label: 'Design' },
  { id: 'construction', label: 'Construction' },
  { id: 'opening', label: 'Opening' },
  { id: 'general', label: 'General' },
];

const ERAS: RawTrack = {
  id: 'eras',
  label: 'Eras',
  spans: [
    {
      id: 'era-1990-planning-years',
      label: 'Planning years',
      start: '1990',
      startPrecision: 'year',
      end: '1999',
      endPrecision: 'year',
      note: 'Studies and hearings.',
    },
    {
      id: 'era-2000-05-construction',
      label: 'Construction',
      start: '2000-05',
      startPrecision: 'month',
      end: '2004-09',
      endPrecision: 'month',
    },
  ],
  sources: [],
};

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

describe('isTimelineJsJson(value)', () => {
  it('recognises a TimelineJS timeline', async () => {
    expect(isTimelineJsJson(await jsonOf('timeline.json'))).to.equal(true);
    expect(isTimelineJsJson({ events: [{ start_date: { year: 1969 } }] })).to.equal(true);
    expect(isTimelineJsJson({ title: { text: { headline: 'T' } }, events: [] })).to.equal(true);
  });

  it('does not take our own format, or anything without an events list', () => {
    const ours = { title: 'T', events: [{ id: 'a', date: '2025-04-07', title: 'A' }] };
    expect(isTimelineJsJson(ours)).to.equal(false);
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
      updated: undefined,
      timeZone: undefined,
    });
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
      'warning | row 10, column "Time"',
      'warning | row 10, column "Media"',
      'error | row 13, column "Year"',
      'warning | row 14, column "Alt Text"',
      'warning | row 14, column "Background"',
      'warning | row 14, column "Media Thumbnail"',
      'warning | ',
      'warning | ',
    ]);
    const at = (path: string) => problemAt(template.problems, path).message;
    expect(at('row 9, column "Display Date"')).to.contain('"Spring 2000 to autumn 2004"');
    expect(at('row 10, column "Time"')).to.contain('kept to the minute, 14:00');
    expect(at('row 10, column "Media"')).to.contain('YouTube').and.contain('link');
    expect(at('row 13, column "Year"')).to.contain('-500').and.contain('left out');
    expect(at('row 14, column "Alt Text"')).to.contain('images/traffic.jpg').and.contain('alt');
    expect(at('row 14, column "Media Thumbnail"')).to.contain('images/traffic-thumb.jpg');
  });

  it('warns once that times need a time zone, and once with the count of unsourced events', () => {
    const whole = template.problems.filter((p) => p.path === '').map((p) => p.message);
    expect(whole[0])
      .to.match(/^3 events have a time of day/)
      .and.contain('timeZone');
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
      ['1995-07-20T14:30', undefined, 'research', 'Survey ends'],
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
      'warning | row 5, column "Alt Text"',
      'warning | row 6, column "Start Date"',
      'error | row 8, column "Start Date"',
      'error | row 9, column "Start Date"',
      'warning | ',
      'warning | ',
    ]);
    expect(problems[1].message).to.contain('day/month/year');
    expect(problems[3].message).to.contain('"July 1998"').and.contain('left out');
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
    const { dataset, problems } = importTimelineJsRows(rows);
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
    expect(where(problems)).to.deep.equal(['warning | ', 'warning | ', 'warning | ']);
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

  it('reports an image without alt text where its Alt Text should be', () => {
    const rows = sheet({
      Year: '2000',
      Headline: 'A',
      Media: 'images/a.jpg',
      'Media Caption': 'A',
    });
    const { dataset, problems } = importTimelineJsRows(rows);
    expect(dataset.events[0].media).to.deep.equal({ url: 'images/a.jpg', alt: '', caption: 'A' });
    expect(problemAt(problems, 'row 2, column "Alt Text"').severity).to.equal('warning');
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
      'warning | events[5].start_date.second',
      'warning | events[5].media.url',
      'error | events[7].start_date.year',
      'warning | events[8].media.alt',
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
