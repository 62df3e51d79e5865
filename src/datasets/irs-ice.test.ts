import { expect } from '@open-wc/testing';
import { compareIsoDates, parseIsoDate, precisionOf } from '../data/dates.js';
import { irsIce } from './irs-ice.js';
import { localizeDataset } from '../data/translate.js';
import type { TimelineSource } from '../data/types.js';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The fact sheet's rows, in its order: a deliberate golden list. A change to the events must
 * change this list too, so that nothing is added or dropped by accident.
 * The sheet has 26 rows, each an event.
 */
const SHEET_IDS = [
  'werfel-departs',
  'ctr-lawsuit-filed',
  'odonnell-retirement',
  'irs-rejects-700k-request',
  'centro-lawsuit-filed',
  'mou-signed',
  'krause-departure',
  'shapley-named-acting',
  'faulkender-replaces-shapley',
  'friedrich-denies-injunction',
  'mou-unsealed',
  'centro-appeal-filed',
  'long-confirmed',
  'long-sworn-in',
  'irs-shares-47000-addresses',
  'long-removed',
  'ctr-emergency-motion',
  'notice-orders',
  'dc-circuit-hears-centro',
  'bisignano-irs-ceo',
  'kollar-kotelly-blocks-sharing',
  'talwani-blocks-sharing',
  'irs-admits-improper-disclosures',
  'dc-circuit-upholds-friedrich',
  'kollar-kotelly-42695-violations',
  'tigta-report',
];

/** The core events and the sheet's dates for them. */
const KEY_DATES: Record<string, string> = {
  'mou-signed': '2025-04-07',
  'krause-departure': '2025-04-08',
  'friedrich-denies-injunction': '2025-05-12',
  'long-removed': '2025-08-08',
  'kollar-kotelly-blocks-sharing': '2025-11-21',
};

const MONTH_EVENTS = ['irs-rejects-700k-request', 'centro-lawsuit-filed', 'notice-orders'];

const { events } = irsIce;
const tracks = irsIce.tracks ?? [];
const spans = tracks.flatMap((t) => t.spans);

/** Every source in the dataset, with a label saying where it is cited. */
const allSources: { where: string; source: TimelineSource }[] = [
  ...events.flatMap((e) => e.sources.map((source) => ({ where: e.id, source }))),
  ...tracks.flatMap((t) => t.sources.map((source) => ({ where: `track ${t.id}`, source }))),
];

/**
 * Counts sentences. Periods that do not end a sentence are masked first: single capital
 * initials ("Alan B. Morrison", "U.S.", "D.C. Circuit"), "v." in case names, and abbreviated
 * months ("Oct. 6").
 */
function sentenceCount(text: string): number {
  const masked = text
    .replace(/\b([A-Z])\.(?=[A-Z]|\s+[A-Z])/g, '$1·')
    .replace(/\b(v|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.(?=\s)/g, '$1·');
  return masked.split(/(?<=[.!?]["')]*)\s+/).filter((s) => s.trim() !== '').length;
}

/** Every date of the dataset, with a label saying where it is. */
function allDates(): { where: string; value: string }[] {
  return [
    { where: 'dataset updated', value: irsIce.updated },
    ...events.flatMap((e) => [
      { where: `${e.id} date`, value: e.date },
      ...(e.end === undefined ? [] : [{ where: `${e.id} end`, value: e.end }]),
    ]),
    ...allSources.flatMap(({ where, source }) =>
      source.published === undefined
        ? []
        : [{ where: `${where} source ${source.publisher} published`, value: source.published }],
    ),
    ...spans.flatMap((s) => [
      { where: `${s.id} start`, value: s.start },
      ...(s.end === undefined ? [] : [{ where: `${s.id} end`, value: s.end }]),
    ]),
  ];
}

describe('irs-ice dataset', () => {
  it('has kebab-case ids', () => {
    const ids = [
      irsIce.id,
      ...irsIce.categories.map((c) => c.id),
      ...events.map((e) => e.id),
      ...tracks.map((t) => t.id),
      ...spans.map((s) => s.id),
    ];
    for (const id of ids) expect(KEBAB.test(id), `id "${id}" is not kebab-case`).to.equal(true);
  });

  it('has unique event, track and span ids', () => {
    const seen = new Set<string>();
    for (const id of [
      ...events.map((e) => e.id),
      ...tracks.map((t) => t.id),
      ...spans.map((s) => s.id),
    ]) {
      expect(seen.has(id), `id "${id}" is used twice`).to.equal(false);
      seen.add(id);
    }
  });

  it("has exactly the fact sheet's events, in the sheet's order", () => {
    const ids = events.map((e) => e.id);
    expect(
      events.length,
      `event count; missing: ${SHEET_IDS.filter((id) => !ids.includes(id)).join(', ') || 'none'}; unexpected: ${ids.filter((id) => !SHEET_IDS.includes(id)).join(', ') || 'none'}`,
    ).to.equal(SHEET_IDS.length);
    events.forEach((e, i) => {
      expect(e.id, `event #${i}`).to.equal(SHEET_IDS[i]);
    });
  });

  it('lists events in chronological order', () => {
    for (let i = 1; i < events.length; i++) {
      const [prev, next] = [events[i - 1], events[i]];
      expect(
        compareIsoDates(prev.date, next.date),
        `${prev.id} (${prev.date}) comes before ${next.id} (${next.date})`,
      ).to.be.at.most(0);
    }
  });

  it('has only valid calendar dates', () => {
    for (const { where, value } of allDates()) {
      expect(parseIsoDate(value), `${where}: "${value}" is not a valid date`).to.not.equal(null);
    }
    expect(precisionOf(irsIce.updated), 'dataset updated is a day').to.equal('day');
  });

  it('has no date later than the day it was updated', () => {
    const updated = parseIsoDate(irsIce.updated)!.date.getTime();
    for (const { where, value } of allDates()) {
      // The first moment of the period: a month counts from its first day.
      const parsed = parseIsoDate(value);
      if (!parsed) continue; // reported by the calendar-date test
      const at = parsed.date.getTime();
      expect(at <= updated, `${where}: ${value} is after ${irsIce.updated}`).to.equal(true);
    }
  });

  it('gives each date the precision its form implies', () => {
    for (const e of events) {
      expect(e.precision, `${e.id} precision`).to.equal(precisionOf(e.date));
      if (e.end !== undefined || e.endPrecision !== undefined) {
        expect(e.endPrecision, `${e.id} endPrecision`).to.equal(precisionOf(e.end ?? ''));
      }
    }
    for (const s of spans) {
      expect(s.startPrecision, `${s.id} startPrecision`).to.equal(precisionOf(s.start));
      if (s.end !== undefined || s.endPrecision !== undefined) {
        expect(s.endPrecision, `${s.id} endPrecision`).to.equal(precisionOf(s.end ?? ''));
      }
    }
  });

  it('gives month precision to exactly the events the sheet dates by month', () => {
    const months = events.filter((e) => e.precision === 'month').map((e) => e.id);
    expect(months, `month-precision events: ${months.join(', ')}`).to.deep.equal(MONTH_EVENTS);
  });

  it('cites at least one source for every event and track', () => {
    for (const e of events) {
      expect(e.sources.length, `${e.id} has no source`).to.be.at.least(1);
    }
    for (const t of tracks) {
      expect(t.sources.length, `track ${t.id} has no source`).to.be.at.least(1);
    }
  });

  it('gives every source a publisher and an https address', () => {
    for (const { where, source } of allSources) {
      expect(source.publisher.trim(), `${where}: source without a publisher`).to.not.equal('');
      if (source.title !== undefined) {
        expect(
          source.title.trim(),
          `${where}: ${source.publisher} has an empty title`,
        ).to.not.equal('');
      }
      const url = source.url ?? '';
      expect(url.startsWith('https://'), `${where}: ${source.publisher} url "${url}"`).to.equal(
        true,
      );
      expect(() => new URL(url), `${where}: ${source.publisher} url "${url}"`).to.not.throw();
    }
  });

  it('declares its categories in legend order, and every event uses one', () => {
    const declared = irsIce.categories.map((c) => c.id);
    expect(declared).to.deep.equal(['agreement', 'personnel', 'lawsuit', 'court', 'data']);
    for (const c of irsIce.categories) {
      expect(c.label.trim(), `category ${c.id} label`).to.not.equal('');
    }
    for (const e of events) {
      expect(declared, `${e.id} category "${e.category}" is not declared`).to.include(e.category);
    }
  });

  it('marks exactly the five core events as key, on the sheet’s dates', () => {
    const keyIds = events.filter((e) => e.key === true).map((e) => e.id);
    expect(keyIds, `key events: ${keyIds.join(', ')}`).to.deep.equal(Object.keys(KEY_DATES));
    for (const e of events) {
      if (e.id in KEY_DATES) {
        expect(e.date, `${e.id} date`).to.equal(KEY_DATES[e.id]);
        expect(e.precision, `${e.id} precision`).to.equal('day');
      }
    }
  });

  it('has a title and a one-to-three-sentence summary for every event', () => {
    for (const e of events) {
      expect(e.title.trim(), `${e.id} title is empty`).to.not.equal('');
      expect(e.title.length, `${e.id} title is too long`).to.be.at.most(80);
      expect(/^[A-Z0-9]/.test(e.title), `${e.id} title starts with a capital`).to.equal(true);
      expect(/[.!?]$/.test(e.title), `${e.id} title ends with punctuation`).to.equal(false);
      expect(e.summary.trim(), `${e.id} summary is empty`).to.not.equal('');
      expect(/[.!?]["')]*$/.test(e.summary), `${e.id} summary ends a sentence`).to.equal(true);
      const n = sentenceCount(e.summary);
      expect(n, `${e.id} summary has ${n} sentences`).to.be.within(1, 3);
    }
  });

  it('gives every event a short label for the drawing, its numbers the sheet’s', () => {
    for (const e of events) {
      const label = e.label ?? '';
      expect(label.trim(), `${e.id} has no label`).to.not.equal('');
      expect(label.length, `${e.id} label is too long`).to.be.at.most(24);
      expect(/^[A-Z0-9]/.test(label), `${e.id} label starts with a capital`).to.equal(true);
      // A number in a label is one the title or summary already gives.
      for (const n of label.match(/[\d,.]+\d/g) ?? []) {
        expect(`${e.title} ${e.summary}`, `${e.id} label's ${n}`).to.include(n);
      }
    }
  });

  it('has no markup in any text', () => {
    const texts = [
      { where: 'dataset title', text: irsIce.title },
      { where: 'dataset description', text: irsIce.description },
      ...events.flatMap((e) => [
        { where: `${e.id} title`, text: e.title },
        { where: `${e.id} label`, text: e.label ?? '' },
        { where: `${e.id} summary`, text: e.summary },
        ...(e.people ?? []).map((p) => ({ where: `${e.id} people`, text: p })),
      ]),
      ...spans.map((s) => ({
        where: `${s.id} note`,
        text: `${s.label} ${s.role ?? ''} ${s.note ?? ''}`,
      })),
    ];
    for (const { where, text } of texts) {
      expect(/[<>]/.test(text), `${where} contains < or >`).to.equal(false);
    }
  });

  it('names people once per event, without empty names', () => {
    for (const e of events) {
      const people = e.people ?? [];
      expect(new Set(people).size, `${e.id} names someone twice`).to.equal(people.length);
      for (const p of people) expect(p.trim(), `${e.id} has an empty name`).to.not.equal('');
    }
  });

  it("keeps the sheet's wording rules", () => {
    const byId = new Map(events.map((e) => [e.id, e]));
    const krause = byId.get('krause-departure')!;
    expect(
      /fired/i.test(`${krause.title} ${krause.summary}`),
      'krause-departure says "fired"',
    ).to.equal(false);
    const shares = byId.get('irs-shares-47000-addresses')!.summary;
    expect(shares, 'irs-shares-47000-addresses').to.include('about 47,000');
    expect(shares, 'irs-shares-47000-addresses').to.include('about 1.28 million');
  });

  describe('leadership track', () => {
    it('is the one "Who led the IRS" track, with seven spans', () => {
      expect(tracks.map((t) => t.id)).to.deep.equal(['irs-leadership']);
      expect(tracks[0].label).to.equal('Who led the IRS');
      const spanIds = spans.map((s) => s.id);
      expect(spanIds, `spans: ${spanIds.join(', ')}`).to.deep.equal([
        'span-werfel',
        'span-odonnell',
        'span-krause',
        'span-shapley',
        'span-faulkender',
        'span-long',
        'span-bessent',
      ]);
    });

    it('lists spans in chronological order, each ending no earlier than it starts', () => {
      for (const t of tracks) {
        t.spans.forEach((s, i) => {
          if (i > 0) {
            const prev = t.spans[i - 1];
            expect(
              compareIsoDates(prev.start, s.start),
              `${prev.id} (${prev.start}) starts before ${s.id} (${s.start})`,
            ).to.be.at.most(0);
          }
          if (s.end !== undefined) {
            const start = parseIsoDate(s.start)!.date.getTime();
            const end = parseIsoDate(s.end)!.date.getTime();
            expect(end >= start, `${s.id} ends (${s.end}) before it starts (${s.start})`).to.equal(
              true,
            );
          }
        });
      }
    });

    it("has exactly one open span, Bessent's, with a note instead of an end", () => {
      const open = spans.filter((s) => s.end === undefined);
      const openIds = open.map((s) => s.id);
      expect(openIds, `open spans: ${openIds.join(', ')}`).to.deep.equal(['span-bessent']);
      expect(open[0].endPrecision, 'span-bessent endPrecision').to.equal(undefined);
      expect(open[0].note ?? '', 'span-bessent note').to.match(/no end date/i);
    });
  });
});

describe('irs-ice in Spanish', () => {
  const es = localizeDataset(irsIce, 'es');
  /** Every text a reader sees, with where it is, in a dataset. */
  const words = (d: typeof irsIce) => [
    ['title', d.title],
    ['description', d.description],
    ...d.categories.map((c) => [`category ${c.id}`, c.label]),
    ...d.events.flatMap((e) => [
      [`${e.id} title`, e.title],
      [`${e.id} label`, e.label ?? ''],
      [`${e.id} summary`, e.summary],
    ]),
    ...(d.tracks ?? []).flatMap((t) => [
      [`${t.id} label`, t.label],
      ...t.spans.flatMap((s) => [
        [`${s.id} role`, s.role ?? ''],
        [`${s.id} note`, s.note ?? ''],
      ]),
    ]),
  ];

  it('has every text field in both languages', () => {
    const en = words(irsIce);
    const spanish = words(es);
    expect(spanish.map(([where]) => where)).to.deep.equal(en.map(([where]) => where));
    spanish.forEach(([where, text], i) => {
      const english = en[i]![1]!;
      if (english === '') {
        expect(text, where).to.equal('');
      } else {
        expect(text!.trim(), `${where} is empty in Spanish`).to.not.equal('');
        expect(text, `${where} is not translated`).to.not.equal(english);
      }
    });
  });

  it('changes nothing but the words: ids, dates, names, keys and sources are the same', () => {
    const strip = (d: typeof irsIce) =>
      JSON.parse(
        JSON.stringify(d, (key, value) =>
          ['title', 'label', 'summary', 'description', 'role', 'note', 'translations'].includes(
            key,
          ) && typeof value === 'string'
            ? '·'
            : key === 'translations'
              ? undefined
              : value,
        ),
      );
    // Sources keep their own (English) headlines: they are not the story's words.
    const sources = (d: typeof irsIce) => d.events.map((e) => e.sources);
    expect(sources(es)).to.deep.equal(sources(irsIce));
    expect(strip(es)).to.deep.equal(strip(irsIce));
  });

  it('keeps every figure of the English, written the Spanish way', () => {
    const figures = (text: string) =>
      (text.match(/\d[\d,.]*\d|\d/g) ?? []).map((n) =>
        // 47,000 → 47000; 1.28 → 1.28 (Spanish: 47.000 → 47000; 1,28 → 1.28)
        n.replace(/(?<=\d)[.,](?=\d{3}(?!\d))/g, '').replace(',', '.'),
      );
    const en = new Map(irsIce.events.map((e) => [e.id, e]));
    for (const e of es.events) {
      const english = en.get(e.id)!;
      const fromEnglish = figures(`${english.title} ${english.summary}`).sort();
      const fromSpanish = figures(`${e.title} ${e.summary}`).sort();
      expect(fromSpanish, e.id).to.deep.equal(fromEnglish);
    }
  });

  it('uses the legal terms Spanish-language outlets use', () => {
    const text = es.events.map((e) => `${e.title} ${e.summary}`).join(' ');
    expect(text).to.include('orden judicial preliminar');
    expect(text).to.include('memorando de entendimiento');
  });
});
