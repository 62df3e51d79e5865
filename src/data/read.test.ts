import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatOf, mayBeTimelineJs, readData, readText } from './read.js';
import { readTextWith } from './read-core.js';
import { isTimelineJsJson } from './import/detect.js';
import { validateCsv } from './csv/index.js';
import { parseJsonDataset, validateDataset } from './validate/index.js';
import { dataset } from '../../test/helpers/data.js';
import {
  CATEGORIES,
  FIXTURES,
  problemAt,
  TEMPLATE_EVENTS,
  where,
} from '../../test/helpers/timelinejs.js';

const textOf = async (name: string) => (await fetch(`${FIXTURES}/${name}`)).text();

/** template.csv's events once validated: the image without alt text is left out. */
const VALIDATED = TEMPLATE_EVENTS.map((e) => {
  if (e.media?.alt !== '') return e;
  const rest = { ...e };
  delete rest.media;
  return rest;
});

describe('readText(text, format)', () => {
  it('reads our own JSON and CSV as parseJsonDataset and validateCsv do', () => {
    const json = JSON.stringify(dataset());
    expect(readText(json, 'json')).to.deep.equal({
      ...parseJsonDataset(json),
      format: 'json',
      origin: 'native',
    });
    const csv = 'id,date,title\na,2025-04-07,A\n';
    expect(readText(csv, 'csv')).to.deep.equal({
      ...validateCsv(csv),
      format: 'csv',
      origin: 'native',
    });
    expect(readText('{"title": ', 'json').dataset).to.equal(null);
  });

  it('imports a TimelineJS sheet, then validates it like any data', async () => {
    const result = readText(await textOf('template.csv'), 'csv');
    expect(result.origin).to.equal('timelinejs');
    expect(result.leftOut).to.equal(1);
    const ds = result.dataset!;
    expect(ds.title).to.equal('Sample data: the Harbor Bridge');
    expect(ds.categories).to.deep.equal(CATEGORIES);
    expect(ds.events).to.deep.equal(VALIDATED);
    expect(ds.tracks!.map((t) => [t.label, t.spans.map((s) => s.label)])).to.deep.equal([
      ['Eras', ['Planning years', 'Construction']],
    ]);
  });

  it("lists the importer's problems first, then the validator's at the sheet's rows and columns", async () => {
    const { problems } = readText(await textOf('template.csv'), 'csv');
    expect(where(problems)).to.deep.equal([
      'warning | row 2, column "Media"',
      'warning | row 2, column "Background"',
      'warning | row 9, column "Display Date"',
      'warning | row 10, column "Media"',
      'error | row 13, column "Year"',
      'warning | row 14, column "Background"',
      'warning | row 14, column "Media Thumbnail"',
      'warning | ',
      'warning | ',
      'error | row 14, column "Alt Text"',
    ]);
    expect(problemAt(problems, 'row 14, column "Alt Text"').message).to.contain('no alt text');
    // One warning for the events without sources, none for each of them.
    const sources = problems.filter((p) => /no source/i.test(p.message));
    expect(sources.map((p) => p.message)).to.deep.equal([
      '5 events have no source listed; readers will see "No source listed". TimelineJS has no ' +
        'sources: add them, or link them in the text.',
    ]);
  });

  it('imports a TimelineJS JSON file, with the validator’s problems at its JSON paths', async () => {
    const result = readText(await textOf('timeline.json'), 'json');
    expect(result.origin).to.equal('timelinejs');
    expect(result.dataset!.events.map((e) => e.id)).to.include.members([
      'harbor-study',
      'design-chosen',
      'harbor-study-2',
    ]);
    expect(problemAt(result.problems, 'events[8].media.alt').severity).to.equal('error');
  });

  it('keeps an unusable headline out, at its cell', () => {
    const text = 'Year,Headline,Text,Media,Type,Group\n2001,,Words,,,\n2002,B,Words,,,\n';
    const result = readText(text, 'csv');
    expect(result.dataset!.events.map((e) => e.title)).to.deep.equal(['B']);
    expect(problemAt(result.problems, 'row 2, column "Headline"').severity).to.equal('error');
    expect(result.leftOut).to.equal(1);
  });

  it('has nothing usable when every event was left out', () => {
    const result = readText('Year,Headline,Text,Media,Type\n-44,Caesar,Ides of March,,\n', 'csv');
    expect(result.dataset).to.equal(null);
    expect(result.leftOut).to.equal(1);
    expect(result.problems.at(-1)).to.deep.include({ path: '', severity: 'error' });
  });

  it('passes the time zone on to the importer', () => {
    const text = 'Year,Month,Day,Time,Headline,Text,Media\n2020,1,2,10:00,A,,\n';
    expect(readText(text, 'csv').dataset!.events[0].date).to.equal('2020-01-02');
    const zoned = readText(text, 'csv', { timeZone: 'America/Chicago' }).dataset!;
    expect([zoned.timeZone, zoned.events[0].date]).to.deep.equal([
      'America/Chicago',
      '2020-01-02T10:00-06:00',
    ]);
  });

  it('never throws, and what it returns passes the validator without an error (property)', () => {
    const header = fc.constantFrom(
      'Year,Month,Day,Time,Headline,Text,Media,Alt Text,Type,Group',
      'id,date,title,media,media_alt',
      'Start Date,End Date,Headline,Text,Media,Tag',
    );
    const cell = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom('2020', '-5', '12', 'era', 'title', 'a.png', 'https://x.example/a.jpg'),
    );
    const row = fc
      .array(cell, { maxLength: 10 })
      .map((cells) => cells.map((c) => JSON.stringify(c)).join(','));
    const sheet = fc
      .tuple(header, fc.array(row, { maxLength: 6 }))
      .map(([h, rows]) => [h, ...rows].join('\n'));
    fc.assert(
      fc.property(fc.oneof(sheet, fc.string()), fc.constantFrom('csv', 'json'), (text, format) => {
        const result = readText(text, format as 'csv' | 'json');
        if (!result.dataset) return;
        const again = validateDataset(result.dataset, { missingSources: 'allow' });
        const errors = again.problems.filter((p) => p.severity === 'error');
        expect(errors, JSON.stringify(result.dataset)).to.deep.equal([]);
      }),
      { seed: 11, numRuns: 300 },
    );
  });
});

describe('readData(bytes, hints)', () => {
  it('reads a Windows-1252 TimelineJS sheet, with the warning that names the encoding first', () => {
    const text = 'Year,Headline,Text,Media,Type\n2025,Référendum,Vote,,\n';
    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
    const result = readData(bytes, { pathname: '/data/sheet.csv' });
    expect(result.dataset!.events[0].title).to.equal('Référendum');
    expect(result.problems[0]).to.deep.include({ path: '', severity: 'warning' });
    expect(result.problems[0].message).to.contain('Windows-1252');
  });

  it('takes JSON bytes as they come from fetch, an ArrayBuffer', () => {
    const buffer = new TextEncoder().encode(JSON.stringify(dataset())).buffer;
    expect(readData(buffer, { contentType: 'application/json' }).dataset!.id).to.equal('irs-ice');
  });
});

describe('formatOf(text, contentType, pathname)', () => {
  it('takes a TimelineJS sheet sent as text/plain with no extension for CSV', async () => {
    expect(formatOf(await textOf('template.csv'), 'text/plain', '/sheet')).to.equal('csv');
    expect(formatOf(await textOf('older-sheet.csv'), null, '/export')).to.equal('csv');
    expect(formatOf(await textOf('timeline.json'), 'text/plain', '/timeline')).to.equal('json');
  });
});

describe('mayBeTimelineJs(text, format) and readTextWith(importer, text, format)', () => {
  it('say which text needs the importer, so the element loads it only then', async () => {
    expect(mayBeTimelineJs(await textOf('template.csv'), 'csv')).to.equal(true);
    expect(mayBeTimelineJs(await textOf('timeline.json'), 'json')).to.equal(true);
    expect(mayBeTimelineJs('id,date,title\na,2025,A\n', 'csv')).to.equal(false);
    expect(mayBeTimelineJs(JSON.stringify(dataset()), 'json')).to.equal(false);
  });

  it('"yes" for every TimelineJS JSON value that isTimelineJsJson takes (property)', () => {
    const slide = fc.record({
      start_date: fc.record({ year: fc.integer({ min: 1, max: 2100 }) }),
      text: fc.record({ headline: fc.string() }),
    });
    const timeline = fc.record(
      { title: slide, events: fc.array(slide), eras: fc.array(slide) },
      { requiredKeys: ['events'] },
    );
    fc.assert(
      fc.property(timeline, fc.nat(4), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        if (isTimelineJsJson(value)) expect(mayBeTimelineJs(text, 'json'), text).to.equal(true);
      }),
      { seed: 11, numRuns: 200 },
    );
  });

  it('without the importer, reads our own data and says a TimelineJS file needs it', async () => {
    const csv = 'id,date,title\na,2025-04-07,A\n';
    expect(readTextWith(undefined, csv, 'csv')).to.deep.equal(readText(csv, 'csv'));
    const result = readTextWith(undefined, await textOf('template.csv'), 'csv');
    expect(result.dataset).to.equal(null);
    expect(result.problems[0].message).to.contain('importer was not loaded');
  });
});
