// `npx news-timeline import`: the command line as a producer runs it, in a child process, on the
// built package (bin/ imports dist/tools.js, so `npm test` builds before the Node tests). What
// it prints must be what the element reads in the browser: the dataset is compared with the
// reading step of src/ (readData), and checked against the JSON Schema.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { importTs } from './helpers/import-ts.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/news-timeline.mjs');
const TLJS = 'test/fixtures/timelinejs';

const { readData } = await importTs("export { readData } from './src/data/read.ts';");
const schema = JSON.parse(await readFile(join(root, 'news-timeline.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validateSchema = ajv.compile(schema);

/**
 * Runs `news-timeline <args>` in the repository's root, in a zone east of Greenwich (the
 * output must not depend on it); resolves to its exit code, stdout and stderr.
 */
function cli(...args) {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { cwd: root, env: { ...process.env, TZ: 'Asia/Tokyo' } },
      (error, stdout, stderr) => resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
}

/** The dataset printed on stdout, without its `$schema`. */
function printed(stdout) {
  const { $schema, ...dataset } = JSON.parse(stdout);
  assert.equal($schema, 'https://unpkg.com/news-timeline/news-timeline.schema.json');
  return dataset;
}

/** The problem lines of stderr, as `severity | path`. */
function where(stderr, file) {
  return stderr
    .trim()
    .split('\n')
    .filter((line) => / (error|warning): /.test(line))
    .map((line) => line.slice(file.length + 2).replace(/^(error|warning): (.*?): .*$/, '$1 | $2'));
}

describe('news-timeline import <file>', () => {
  it('imports a TimelineJS sheet: the events, eras as a track, images, sources from links (exit 0)', async () => {
    const file = `${TLJS}/template.csv`;
    const { code, stdout, stderr } = await cli('import', file);
    assert.equal(code, 0, stderr);
    const dataset = printed(stdout);
    assert.equal(dataset.title, 'Sample data: the Harbor Bridge');
    assert.deepEqual(
      dataset.events.map((e) => [e.date, e.precision, e.title]),
      [
        ['1990', 'year', 'Harbor study published'],
        ['1994-06', 'month', 'Public hearings begin'],
        ['1997-03-12', 'day', 'Design chosen'],
        ['2000-05-01', 'day', 'Groundbreaking'],
        ['2000-05-01', 'day', 'Bridge under construction'],
        ['2004-10-02', 'day', 'Opening ceremony'],
        ['2004-10-02', 'day', 'Fireworks'],
        ['2005-01', 'month', 'First year of traffic'],
        ['2006', 'year', 'Toll removed'],
      ],
    );
    assert.deepEqual(
      dataset.tracks.map((t) => [t.label, t.spans.map((s) => [s.label, s.start, s.end])]),
      [
        [
          'Eras',
          [
            ['Planning years', '1990', '1999'],
            ['Construction', '2000-05', '2004-09'],
          ],
        ],
      ],
    );
    const design = dataset.events.find((e) => e.title === 'Design chosen');
    assert.deepEqual(design.media, {
      url: 'images/design.png',
      alt: 'Drawing of a cable-stayed bridge over the harbor',
      caption: 'The chosen design, as drawn',
      credit: 'Sample Studio',
    });
    const study = dataset.events.find((e) => e.title === 'Harbor study published');
    assert.deepEqual(study.sources, [
      { publisher: 'example.org', title: 'harbor study', url: 'https://example.org/harbor-study' },
    ]);
    assert.equal(validateSchema(dataset), true, JSON.stringify(validateSchema.errors));
  });

  it('prints the problems to stderr with the row and column, and a summary line', async () => {
    const file = `${TLJS}/template.csv`;
    const { stderr } = await cli('import', file);
    assert.deepEqual(where(stderr, file), [
      'warning | row 2, column "Media"',
      'warning | row 2, column "Background"',
      'warning | row 9, column "Display Date"',
      'warning | row 10, column "Media"',
      'error | row 13, column "Year"',
      'warning | row 14, column "Background"',
      'warning | row 14, column "Media Thumbnail"',
      'warning | (the whole file)',
      'warning | (the whole file)',
      'error | row 14, column "Alt Text"',
    ]);
    assert.match(stderr, /5 events have no source listed; readers will see "No source listed"/);
    assert.match(
      stderr.trim().split('\n').at(-1),
      /read as TimelineJS CSV: 9 event\(s\), 1 left out; 2 error\(s\), 8 warning\(s\)\.$/,
    );
  });

  it('imports a TimelineJS JSON file, with problems at its JSON paths', async () => {
    const file = `${TLJS}/timeline.json`;
    const { code, stdout, stderr } = await cli('import', file);
    assert.equal(code, 0, stderr);
    const dataset = printed(stdout);
    assert.deepEqual(
      dataset.events.slice(0, 3).map((e) => e.id),
      ['harbor-study', '1994-06-public-hearings-begin', 'design-chosen'],
    );
    assert.ok(where(stderr, file).includes('error | events[8].media.alt'), stderr);
    assert.equal(validateSchema(dataset), true, JSON.stringify(validateSchema.errors));
  });

  it('keeps times of day with --time-zone', async () => {
    for (const args of [['--time-zone', 'America/Chicago'], ['--time-zone=America/Chicago']]) {
      const { code, stdout } = await cli('import', `${TLJS}/template.csv`, ...args);
      assert.equal(code, 0);
      const dataset = printed(stdout);
      assert.equal(dataset.timeZone, 'America/Chicago');
      const fireworks = dataset.events.find((e) => e.title === 'Fireworks');
      assert.deepEqual(
        [fireworks.date, fireworks.precision, fireworks.end],
        ['2004-10-02T18:00-05:00', 'minute', '2004-10-02T22:15-05:00'],
      );
    }
  });

  it('prints what the element reads in the browser: the same reading step', async () => {
    for (const file of [
      `${TLJS}/template.csv`,
      `${TLJS}/older-sheet.csv`,
      `${TLJS}/timeline.json`,
      'test/fixtures/data/events.csv',
      'test/fixtures/cases/windows-1252.csv',
    ]) {
      const { stdout, stderr } = await cli('import', file);
      const bytes = new Uint8Array(await readFile(join(root, file)));
      const browser = readData(bytes, { pathname: file });
      assert.deepEqual(printed(stdout), browser.dataset, file);
      const lines = stderr.trim().split('\n').slice(0, -1);
      assert.equal(lines.length, browser.problems.length, file);
    }
  });

  it('checks and normalises our own CSV and JSON, Windows-1252 included', async () => {
    const csv = await cli('import', 'test/fixtures/data/events.csv');
    assert.equal(csv.code, 0);
    assert.deepEqual(
      printed(csv.stdout).events.map((e) => e.id),
      ['csv-council-vote', 'csv-audit'],
    );
    const latin = await cli('import', 'test/fixtures/cases/windows-1252.csv');
    assert.equal(printed(latin.stdout).events[0].title, 'Référendum');
    assert.match(
      latin.stderr,
      /warning: \(the whole file\): The file is not UTF-8, so it was read as Windows-1252/,
    );
    const json = await cli('import', 'test/fixtures/datasets/good-media.json');
    assert.equal(json.code, 0);
    assert.equal(printed(json.stdout).events[0].media.credit, 'Jane Doe / Harbor Gazette');
  });

  it('exits 1, printing nothing on stdout, when nothing usable is left', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'news-timeline-'));
    const file = join(dir, 'ancient.csv');
    await writeFile(file, 'Year,Headline,Text,Media,Type\n-44,The Ides of March,,,\n');
    const { code, stdout, stderr } = await cli('import', file);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /row 2, column "Year"/);
    assert.match(stderr, /nothing usable is left/);
    const broken = await cli('import', 'test/fixtures/data/broken-json.txt');
    assert.equal(broken.code, 1);
    assert.match(broken.stderr, /not valid JSON/);
  });

  it('exits 2 on a usage error, and 0 with --help', async () => {
    for (const args of [
      [],
      ['a.csv', 'b.csv'],
      ['--nope', 'a.csv'],
      ['no-such-file.csv'],
      ['--time-zone'],
    ]) {
      const { code, stdout, stderr } = await cli('import', ...args);
      assert.equal(code, 2, args.join(' '));
      assert.equal(stdout, '');
      assert.match(stderr, /^news-timeline import: /);
    }
    const help = await cli('import', '--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: npx news-timeline import/);
    const list = await cli('--help');
    assert.match(list.stdout, /\n {2}import {3}<file\.csv\|file\.json>/);
  });
});
