import { expect } from '@open-wc/testing';
import { csvFormatRows } from 'd3-dsv';
import fc from 'fast-check';
import { parseCsvEvents, validateCsv, validateCsvBytes } from './index.js';
import { compareIsoDates } from '../dates.js';
import type { TimelineEvent } from '../types.js';
import { KEBAB_ID, MAX_ITEMS } from '../validate/index.js';
import { at, expectProblem } from '../../../test/helpers/data.js';
import { isoDay as day, kebab } from '../../../test/helpers/data-arbitraries.js';

/** A sheet as a producer saves it: BOM, Windows line ends, quoted commas, quotes and newlines. */
const SHEET = [
  '\ufeffID,Date,Precision,End,End precision,Headline,Summary,Category,People,Key,Source,Source title,Source URL,Source date,Source 2,Source2_URL,Notes',
  'irs-ice-agreement,2025-04-07,day,,,IRS and ICE sign a data-sharing agreement,"The agencies sign a memorandum of understanding, in Washington.",Agreement,Scott Bessent; Kristi Noem,x,Associated Press,"IRS agrees to share data, report says",https://apnews.com/article/irs-ice,2025-04-08,Reuters,https://www.reuters.com/x,internal note',
  ',,,,,,,,,,,,,,,,',
  ',2025-05,,2025-06,,"A ""quoted"" headline","First line.',
  'Second line.",Court ruling,,no,Democracy Forward,,,,,,',
  '',
].join('\r\n');

const SHEET_EVENTS: TimelineEvent[] = [
  {
    id: 'irs-ice-agreement',
    date: '2025-04-07',
    precision: 'day',
    title: 'IRS and ICE sign a data-sharing agreement',
    summary: 'The agencies sign a memorandum of understanding, in Washington.',
    category: 'agreement',
    people: ['Scott Bessent', 'Kristi Noem'],
    key: true,
    sources: [
      {
        publisher: 'Associated Press',
        title: 'IRS agrees to share data, report says',
        url: 'https://apnews.com/article/irs-ice',
        published: '2025-04-08',
      },
      { publisher: 'Reuters', url: 'https://www.reuters.com/x' },
    ],
  },
  {
    id: '2025-05-a-quoted-headline',
    date: '2025-05',
    precision: 'month',
    end: '2025-06',
    endPrecision: 'month',
    title: 'A "quoted" headline',
    // Issue 11: a quoted line break is kept as \n, never with its carriage return.
    summary: 'First line.\nSecond line.',
    category: 'court-ruling',
    key: false,
    sources: [{ publisher: 'Democracy Forward' }],
  },
];

/** Writes events as a sheet with the documented columns (the test's own writer). */
function toCsv(events: readonly TimelineEvent[]): string {
  const groups = Math.max(1, ...events.map((e) => e.sources.length));
  const header = ['id', 'date', 'precision', 'end', 'end_precision', 'title', 'summary'];
  header.push('category', 'people', 'key');
  for (let g = 1; g <= groups; g++) {
    const p = g === 1 ? 'source' : `source${g}`;
    header.push(`${p}_publisher`, `${p}_title`, `${p}_url`, `${p}_date`);
  }
  const rows = events.map((e) => {
    const row = [
      e.id,
      e.date,
      e.precision,
      e.end ?? '',
      e.endPrecision ?? '',
      e.title,
      e.summary,
      e.category,
      (e.people ?? []).join('; '),
      e.key === undefined ? '' : e.key ? 'yes' : 'no',
    ];
    for (let g = 0; g < groups; g++) {
      const s = e.sources[g];
      row.push(s?.publisher ?? '', s?.title ?? '', s?.url ?? '', s?.published ?? '');
    }
    return row;
  });
  return csvFormatRows([header, ...rows]);
}

// Cells are trimmed and names are split at semicolons, so generated text respects both.
const cell = (maxLength: number) =>
  fc
    .oneof(
      fc.string({ minLength: 1, maxLength }),
      fc.string({ minLength: 1, maxLength, unit: 'grapheme' }),
    )
    .map((s) => s.trim())
    .filter((s) => s !== '');
const date = fc.oneof(
  day,
  day.map((d) => d.slice(0, 7)),
);

const csvEvent: fc.Arbitrary<TimelineEvent> = fc
  .record(
    {
      id: kebab,
      date,
      end: fc.integer({ min: 0, max: 2000 }),
      title: cell(40),
      summary: cell(80),
      category: kebab,
      people: fc.array(
        cell(20).filter((s) => !s.includes(';')),
        { minLength: 1, maxLength: 3 },
      ),
      sources: fc.array(
        fc.record(
          {
            publisher: cell(20),
            title: cell(30),
            url: fc.webUrl({ validSchemes: ['https'], withQueryParameters: true }),
            published: date,
          },
          { requiredKeys: ['publisher'] },
        ),
        { minLength: 1, maxLength: 3 },
      ),
      key: fc.boolean(),
    },
    { requiredKeys: ['id', 'date', 'title', 'summary', 'category', 'sources'] },
  )
  .map(({ end, ...e }) => {
    const out: TimelineEvent = {
      ...e,
      precision: e.date.length === 10 ? 'day' : 'month',
    } as TimelineEvent;
    if (end !== undefined && out.precision === 'day') {
      const d = new Date(Date.parse(e.date) + end * 86_400_000).toISOString().slice(0, 10);
      out.end = d;
      out.endPrecision = 'day';
    }
    return out;
  });

const FIELDS = [
  'id',
  'date',
  'precision',
  'end',
  'endPrecision',
  'title',
  'summary',
  'category',
  'people',
  'key',
  'sources',
];
describe('parseCsvEvents(text)', () => {
  it('reads a sheet as a producer saves it', () => {
    const result = validateCsv(SHEET);
    expect(result.dataset!.events).to.deep.equal(SHEET_EVENTS);
    expect(result.problems).to.deep.equal([
      {
        path: 'row 1, column "Notes"',
        message: 'The timeline does not read a column named "Notes"; it was ignored.',
        severity: 'warning',
      },
      {
        path: 'row 4, column "ID"',
        message:
          'No id; "2025-05-a-quoted-headline" was made from the date and title. Add an id column, ' +
          'so that links to this event keep working when the sheet changes.',
        severity: 'warning',
      },
    ]);
    // An empty precision cell is no problem in a sheet: the form of the date says it.
    const quoted = result.dataset!.events.find((e) => e.id === '2025-05-a-quoted-headline')!;
    expect([quoted.precision, quoted.endPrecision]).to.deep.equal(['month', 'month']);
  });

  it('returns raw events and where each came from', () => {
    const { events, origins } = parseCsvEvents(SHEET);
    expect(events).to.have.length(2);
    expect(origins.map((o) => o.row)).to.deep.equal([2, 4]);
    expect(origins[0].columns).to.include({
      date: 'Date',
      title: 'Headline',
      'sources[0].url': 'Source URL',
      'sources[1].publisher': 'Source 2',
      'sources[1].url': 'Source2_URL',
    });
    expect(origins[1].columns['sources[0]']).to.equal('Source');
  });

  it('reads the same sheet with \\n line ends and without a BOM', () => {
    const unix = SHEET.replace(/^\ufeff/, '').replace(/\r\n/g, '\n');
    const events = validateCsv(unix).dataset!.events;
    expect(events[1].summary).to.equal('First line.\nSecond line.');
    expect(events.map((e) => e.id)).to.deep.equal(SHEET_EVENTS.map((e) => e.id));
  });

  it('keeps line breaks inside quoted cells as \\n, however the file wrote them', () => {
    for (const eol of ['\r\n', '\r', '\n']) {
      const text = `date,title,summary\r\n2025-03-08,Break,"First line.${eol}Second line.${eol}"\r\n`;
      const [event] = parseCsvEvents(text).events as { summary: string }[];
      expect(event.summary, JSON.stringify(eol)).to.equal('First line.\nSecond line.');
    }
  });

  it('reads semicolon- and tab-separated sheets', () => {
    const semicolon = 'date;title;people\n2025-04-07;"Signed; sealed";"A; B"\n';
    expect(parseCsvEvents(semicolon).events).to.deep.equal([
      {
        id: '2025-04-07-signed-sealed',
        date: '2025-04-07',
        precision: 'day',
        title: 'Signed; sealed',
        people: ['A', 'B'],
      },
    ]);
    const tab = 'date\ttitle\tsummary\n2025-04\tT\tA, b\n';
    expect(parseCsvEvents(tab).events).to.deep.equal([
      { id: '2025-04-t', date: '2025-04', precision: 'month', title: 'T', summary: 'A, b' },
    ]);
  });

  it("reads a sheet with Excel's sep= line, which is not a row", () => {
    for (const sep of [',', ';', '\t', '|']) {
      const text = `sep=${sep}\r\nid${sep}date${sep}title\r\nok${sep}2025-04-02${sep}Fares rise\r\n`;
      const result = parseCsvEvents(text);
      expect(result.events, JSON.stringify(sep)).to.deep.equal([
        { id: 'ok', date: '2025-04-02', precision: 'day', title: 'Fares rise' },
      ]);
      expect(result.problems).to.deep.equal([]);
      expect(result.origins[0].row).to.equal(2);
    }
    const bad = validateCsv('sep=;\ndate;title\n2025-02-30;A\n');
    expectProblem(bad, 'row 2, column "date"', 'error', '"2025-02-30"');
  });

  it('matches column names loosely, and warns about repeated ones', () => {
    const { events, problems } = parseCsvEvents(
      ' DATE , Title ,HEADLINE,End-Precision,source-1-url\n2025-04-07,A,B,day,https://x.com\n',
    );
    expect(events).to.deep.equal([
      {
        id: '2025-04-07-a',
        date: '2025-04-07',
        precision: 'day',
        title: 'A',
        endPrecision: 'day',
        sources: [{ url: 'https://x.com' }],
      },
    ]);
    expectProblem(problems, 'row 1, column "HEADLINE"', 'warning', '"Title"');
  });

  it('makes deterministic, unique kebab-case ids, never taking one written in the sheet', () => {
    const text = [
      'id,date,title',
      '2025-04-07-signed,2025-04-07,Other',
      ',2025-04-07,Signed!',
      ',2025-04-07,Signed',
      `,2025-04-07,${'Very long title '.repeat(10)}`,
      ',,',
      ',,Ünïcödé',
    ].join('\n');
    const first = parseCsvEvents(text);
    const ids = first.events.map((e) => (e as { id: string }).id);
    expect(ids).to.deep.equal([
      '2025-04-07-signed',
      '2025-04-07-signed-2',
      '2025-04-07-signed-3',
      '2025-04-07-very-long-title-very-long-title-very-long-title',
      'unicode',
    ]);
    expect(parseCsvEvents(text)).to.deep.equal(first);
    for (const id of ids) expect(KEBAB_ID.test(id)).to.equal(true);
    expectProblem(first.problems, 'row 3, column "id"', 'warning', '"2025-04-07-signed-2"');
  });

  it('reports a missing date or title column', () => {
    const { problems } = parseCsvEvents('when,what\n2025,x\n');
    expect(at(problems, 'row 1').map((p) => p.message)).to.deep.equal([
      'There is no "date" column: every event needs a date (YYYY-MM-DD or YYYY-MM).',
      'There is no "title" (or "headline") column: every event needs a title.',
    ]);
    expect(problems.filter((p) => p.severity === 'error')).to.have.length(2);
  });

  it('reports cells beyond the last column, unknown key values and reformatted dates', () => {
    const { events, problems } = parseCsvEvents(
      'id,date,title,key\na,4/7/2025,A,maybe,extra\nb,2025-04-07,B,YES\n',
    );
    expectProblem(problems, 'row 2', 'warning', 'beyond the last named column');
    expectProblem(problems, 'row 2, column "key"', 'warning', '"maybe"');
    expectProblem(
      problems,
      'row 2, column "date"',
      'warning',
      '"4/7/2025"',
      'Format the column as text',
    );
    expect(events[0]).to.not.have.property('key');
    expect((events[1] as { key: boolean }).key).to.equal(true);
  });

  it('names the cell of an Excel date serial number, the day it is, and the fix', () => {
    const text =
      'id,Date,title,End,Source,Source date\na,2025-04-01,A,,AP,\nb,45754,B,45755,AP,45754\n';
    const { problems } = parseCsvEvents(text);
    const serial = expectProblem(problems, 'row 3, column "Date"', 'warning', '"45754"', 'Excel');
    expect(serial.message).to.include('2025-04-07');
    expect(serial.message).to.include('Format the column as text');
    expectProblem(problems, 'row 3, column "End"', 'warning', '"45755"', '2025-04-08');
    expectProblem(problems, 'row 3, column "Source date"', 'warning', '2025-04-07');
    const checked = validateCsv(text);
    expect(checked.dataset!.events.map((e) => e.id)).to.deep.equal(['a']);
    expect(checked.leftOut).to.equal(1);
    expect(at(checked, 'row 3, column "Date"').map((p) => p.severity)).to.deep.equal([
      'warning',
      'error',
    ]);
  });

  it('infers year and minute precision from the form of the date', () => {
    const { events } = parseCsvEvents('id,date,title\na,2025,A\nb,2025-04-07T10:00Z,B\n');
    expect(events.map((e) => (e as { precision?: string }).precision)).to.deep.equal([
      'year',
      'minute',
    ]);
    const checked = validateCsv('id,date,title\na,2025,A\n');
    expect(checked.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    expect(checked.dataset!.events[0]).to.include({ date: '2025', precision: 'year' });
  });

  it('joins a time column to its date, in the sheet’s time zone', () => {
    const checked = validateCsv(
      'id,date,time,end,end time,time zone,title\n' +
        'a,2025-11-04,7:00 PM,2025-11-04,23:30,America/Chicago,Polls close\n' +
        'b,2025-11-04,20:15-05:00,,,,Race called\n',
    );
    expect(checked.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    expect(checked.dataset!.timeZone).to.equal('America/Chicago');
    expect(checked.dataset!.events.map((e) => [e.date, e.end])).to.deep.equal([
      ['2025-11-04T19:00-06:00', '2025-11-04T23:30-06:00'],
      ['2025-11-04T19:15-06:00', undefined],
    ]);
  });

  it('says which cell holds a time it cannot read, or a time without a day', () => {
    const checked = validateCsv('id,date,time,title\na,2025-11-04,25:00,A\nb,2025-11,20:00,B\n');
    expectProblem(checked.problems, 'row 2, column "time"', 'warning', '"25:00" is not a time');
    expectProblem(checked.problems, 'row 3, column "time"', 'warning', 'needs a full date');
  });

  it('refuses a local time when no row gives a time zone', () => {
    const checked = validateCsv('id,date,time,title\na,2025-11-04,20:00,A\n');
    expectProblem(checked.problems, 'row 2, column "date"', 'error', 'no time zone');
  });

  it('reports an empty sheet', () => {
    for (const text of ['', '\ufeff', '\n\n', ',,,\n']) {
      const result = parseCsvEvents(text);
      expect(result.events).to.deep.equal([]);
      expectProblem(result.problems, '', 'error', 'empty');
    }
  });

  it('never throws, and returns plain objects with known fields and an id (property)', () => {
    const csvish = fc
      .array(
        fc.array(
          fc.oneof(fc.string(), fc.constantFrom('date', 'title', '2025-04-07', '"', '\r\n', ';')),
          { maxLength: 6 },
        ),
        {
          maxLength: 6,
        },
      )
      .map((rows) => rows.map((r) => r.join(',')).join('\n'));
    fc.assert(
      fc.property(fc.oneof(fc.string(), csvish), (text) => {
        const result = parseCsvEvents(text);
        expect(result.events.length).to.equal(result.origins.length);
        for (const e of result.events) {
          expect(Object.getPrototypeOf(e)).to.equal(Object.prototype);
          const { id } = e as { id: unknown };
          expect(typeof id === 'string' && id !== '', String(id)).to.equal(true);
          for (const key of Object.keys(e as object)) expect(FIELDS).to.include(key);
        }
        const checked = validateCsv(text);
        for (const p of checked.problems) expect(p.path).to.not.match(/^events/);
      }),
      { numRuns: 1000, seed: 20250407 },
    );
  });
});

describe('validateCsv(text)', () => {
  it('counts the rows left out, those beyond MAX_ITEMS.events too', () => {
    const some = validateCsv('id,date,title\na,2025-04-07,A\nb,never,B\nc,2025-04-08,\n\n');
    expect(some.dataset!.events.map((e) => e.id)).to.deep.equal(['a']);
    expect(some.leftOut).to.equal(2);
    expect(validateCsv('date,title\nnever,A\n').leftOut).to.equal(1);
    const rows = Array.from({ length: MAX_ITEMS.events + 3 }, (_, i) => `e-${i},2025-04-07,T`);
    const many = validateCsv(['id,date,title', ...rows].join('\n'));
    expect(many.dataset!.events).to.have.length(MAX_ITEMS.events);
    expect(many.leftOut).to.equal(3);
  });

  it('reports the validator’s problems at spreadsheet rows and columns', () => {
    const text = [
      'id,date,headline,source,Source URL',
      'a,2025-04-07,A,AP,javascript:alert(1)',
      'b,2025-02-30,B,AP,',
      'c,2025-03-01,,AP,',
      'd,2025-03-02,D,,https://www.apnews.com/x',
    ].join('\n');
    const result = validateCsv(text);
    expectProblem(result.problems, 'row 2, column "Source URL"', 'error', '"javascript:alert(1)"');
    expectProblem(result.problems, 'row 3, column "date"', 'error', '"2025-02-30"');
    expectProblem(result.problems, 'row 4, column "headline"', 'error', 'title is missing');
    expectProblem(result.problems, 'row 5, column "source"', 'error', '"apnews.com"');
    expectProblem(result.problems, 'row 5, column "date"', 'warning', 'not in date order');
    expect(result.dataset!.events.map((e) => e.id)).to.deep.equal(['d', 'a']);
  });

  it('returns no dataset when no row is usable, and an empty one for a header alone', () => {
    const none = validateCsv('date,title\nnever,A\n');
    expect(none.dataset).to.equal(null);
    expectProblem(none.problems, '', 'error', 'None of the 1 events');
    const empty = validateCsv('date,title\n');
    expect(empty.problems).to.deep.equal([]);
    expect(empty.dataset!.events).to.deep.equal([]);
  });

  it('round-trips events written as a sheet (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(csvEvent, { selector: (e) => e.id, maxLength: 6 }),
        (generated) => {
          const events = [...generated].sort((a, b) => compareIsoDates(a.date, b.date));
          const result = validateCsv(toCsv(events));
          expect(result.problems, JSON.stringify(result.problems)).to.deep.equal([]);
          expect(result.dataset!.events).to.deep.equal(events);
        },
      ),
      { numRuns: 1000, seed: 20250407 },
    );
  });
});

describe('validateCsvBytes(bytes)', () => {
  it('reads UTF-8 bytes as validateCsv reads their text', () => {
    const bytes = new TextEncoder().encode(SHEET);
    expect(validateCsvBytes(bytes)).to.deep.equal(validateCsv(SHEET));
    expect(validateCsvBytes(bytes.buffer)).to.deep.equal(validateCsv(SHEET));
  });

  it('reads Windows-1252 bytes, with the warning that names it first', () => {
    const text = 'id;date;title\r\nref;2025-04-02;Référendum à Genève\r\n';
    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
    const result = validateCsvBytes(bytes);
    expect(result.dataset!.events.map((e) => e.title)).to.deep.equal(['Référendum à Genève']);
    expect(result.problems[0]).to.include({ path: '', severity: 'warning' });
    expect(result.problems[0].message).to.include('Windows-1252');
    expect(JSON.stringify(result)).to.not.include('\ufffd');
  });

  it('counts the rows left out', () => {
    const bytes = new TextEncoder().encode('date,title\n2025-04-07,A\nnever,B\n,C\n');
    const result = validateCsvBytes(bytes);
    expect(result.dataset!.events).to.have.length(1);
    expect(result.leftOut).to.equal(2);
  });
});
