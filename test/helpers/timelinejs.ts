/**
 * The TimelineJS fixtures (test/fixtures/timelinejs/, invented sample data) and what importing
 * them gives, shared by the importer's tests, the reading step's and the element's.
 */
import { expect } from '@open-wc/testing';
import { csvParseRows } from 'd3-dsv';
import type { RawEvent, RawTrack } from '../../src/data/import/timelinejs.js';
import { TEMPLATE_COLUMNS } from '../../src/data/import/timelinejs-sheet.js';
import type { DataProblem } from '../../src/data/problems.js';

/** Where the TimelineJS fixtures are served. */
export const FIXTURES = '/test/fixtures/timelinejs';

/** A fixture sheet's rows, as d3-dsv reads them. */
export async function rowsOf(name: string): Promise<string[][]> {
  return csvParseRows(await (await fetch(`${FIXTURES}/${name}`)).text());
}

/** A fixture JSON file, parsed. */
export async function jsonOf(name: string): Promise<unknown> {
  return (await fetch(`${FIXTURES}/${name}`)).json();
}

/** The problems as `severity | path`, in order: what a test can compare whole. */
export function where(problems: readonly DataProblem[]): string[] {
  return problems.map((p) => `${p.severity} | ${p.path}`);
}

/** The one problem at `path`. */
export function problemAt(problems: readonly DataProblem[], path: string): DataProblem {
  const found = problems.filter((p) => p.path === path);
  expect(found, `problems at ${path}: ${JSON.stringify(problems)}`).to.have.length(1);
  return found[0];
}

/** The template's header row. */
export const HEADER: string[] = [...TEMPLATE_COLUMNS];

/** A template sheet of the given rows, each given as `{ column: value }`. */
export function sheet(...rows: Record<string, string>[]): string[][] {
  return [HEADER, ...rows.map((row) => HEADER.map((column) => row[column] ?? ''))];
}

/**
 * The events of template.csv, in chronological order, imported with no time zone: its times of
 * day are kept as their day (see `TIMED`).
 */
export const TEMPLATE_EVENTS: RawEvent[] = [
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
    date: '2000-05-01',
    precision: 'day',
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
    date: '2004-10-02',
    precision: 'day',
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
    date: '2004-10-02',
    precision: 'day',
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

/** The events of template.csv that have a time of day, with it, as a time zone keeps it. */
export const TIMED: Readonly<Record<string, Partial<RawEvent>>> = {
  '2000-05-01-groundbreaking': { date: '2000-05-01T09:30', precision: 'minute' },
  '2004-10-02-opening-ceremony': { date: '2004-10-02T14:00', precision: 'minute' },
  '2004-10-02-fireworks': {
    date: '2004-10-02T18:00',
    precision: 'minute',
    end: '2004-10-02T22:15',
    endPrecision: 'minute',
  },
};

/** The categories of template.csv: its groups by first use, the ungrouped last. */
export const CATEGORIES = [
  { id: 'planning', label: 'Planning' },
  { id: 'design', label: 'Design' },
  { id: 'construction', label: 'Construction' },
  { id: 'opening', label: 'Opening' },
  { id: 'general', label: 'General' },
];

/** The eras of template.csv, as a track. */
export const ERAS: RawTrack = {
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
