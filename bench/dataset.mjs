// Synthetic stories for the bench: deterministic (seeded), with the shape of real news data.
// Dates spread over four years with clusters (a story has busy weeks and quiet months), a handful
// of categories, a few key events, headlines and summaries of realistic length, one to three
// sources each. The same dataset goes to every contender.

/** Categories, in legend order. */
export const CATEGORIES = Object.freeze([
  { id: 'policy', label: 'Policy' },
  { id: 'court', label: 'Court rulings' },
  { id: 'congress', label: 'Congress' },
  { id: 'agency', label: 'Agency' },
  { id: 'protest', label: 'Protests' },
]);

const ACTORS = [
  'The city council',
  'A federal judge',
  'The state attorney general',
  'The transit authority',
  'Senate negotiators',
  'The health department',
  'Union leaders',
  'The governor',
  'An appeals court',
  'The housing agency',
  'Residents of the east side',
  'The school board',
];
const VERBS = [
  'approves',
  'blocks',
  'delays',
  'announces',
  'challenges',
  'expands',
  'suspends',
  'reverses',
  'publishes',
  'votes on',
];
const OBJECTS = [
  'the rent stabilisation plan',
  'new limits on overnight shelters',
  'a $240 million bond for the bus network',
  'the water utility merger',
  'emergency rules for heat waves',
  'the audit of police overtime',
  'a citywide curfew for minors',
  'the contract for school meals',
  'records of the zoning deal',
  'the budget for the new hospital wing',
];
const DETAILS = [
  'The decision followed three hours of public comment, most of it opposed.',
  'Officials said the change would take effect at the start of the next fiscal year.',
  'Critics called the process rushed and asked for an independent review.',
  'The measure passed by a narrow margin after two amendments failed.',
  'Lawyers for the plaintiffs said they would appeal within the month.',
  'The agency did not say how many households would be affected.',
  'Budget documents show the cost rose by a third since the first estimate.',
  'It was the second reversal on the issue this year.',
];
const PUBLISHERS = [
  'The Daily Ledger',
  'Metro Public Radio',
  'The Courier',
  'Associated Wire',
  'Civic Data Desk',
  'The Evening Standard-Post',
];
const PEOPLE = ['Ana Ruiz', 'Tom Becker', 'Priya Natarajan', 'Sam Okafor', 'Lena Wu', 'Mark Hale'];

/**
 * A small fast PRNG (mulberry32): the same seed gives the same story on every machine.
 * @param {number} seed
 * @returns {() => number} uniform in [0, 1)
 */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const START = Date.UTC(2021, 0, 1);
const SPAN_DAYS = 4 * 365;

/**
 * Event days: 70 % near one of a few busy periods, the rest anywhere in the four years.
 * @param {() => number} random
 * @param {number} count
 * @returns {number[]} day offsets from 1 January 2021, sorted
 */
function eventDays(random, count) {
  const clusters = Array.from({ length: Math.max(3, Math.round(count / 60)) }, () =>
    Math.floor(random() * SPAN_DAYS),
  );
  const days = Array.from({ length: count }, () => {
    if (random() < 0.3) return Math.floor(random() * SPAN_DAYS);
    const centre = clusters[Math.floor(random() * clusters.length)];
    // Roughly normal around the centre, a few weeks wide.
    const offset = (random() + random() + random() - 1.5) * 30;
    return Math.min(SPAN_DAYS - 1, Math.max(0, Math.round(centre + offset)));
  });
  return days.sort((a, b) => a - b);
}

/**
 * @template T
 * @param {() => number} random
 * @param {readonly T[]} list
 * @returns {T}
 */
const pick = (random, list) => list[Math.floor(random() * list.length)];

/**
 * The dates of the story in the order the element sorts them: a date known only to the month
 * counts as the end of its month, after the days of that month (as `compareIsoDates` does).
 * One date in ten is known only to the month, as in real reporting.
 * @param {() => number} random
 * @param {number[]} days
 * @returns {{ iso: string, month: boolean }[]}
 */
function storyDates(random, days) {
  const dates = days.map((day) => {
    const at = new Date(START + day * DAY);
    const month = random() < 0.1;
    const end = month ? Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 0) : +at;
    return { iso: at.toISOString().slice(0, 10), month, key: end * 2 + (month ? 1 : 0) };
  });
  return dates.sort((a, b) => a.key - b.key).map(({ iso, month }) => ({ iso, month }));
}

/**
 * Event number `i` of the story, on `when`.
 * @param {() => number} random
 * @param {{ iso: string, month: boolean }} when
 * @param {number} i
 * @param {number} count
 */
function makeEvent(random, { iso, month }, i, count) {
  const date = month ? iso.slice(0, 7) : iso;
  const object = pick(random, OBJECTS);
  const title = `${pick(random, ACTORS)} ${pick(random, VERBS)} ${object}`;
  const sentences = 1 + Math.floor(random() * 3);
  const summary = Array.from({ length: sentences }, () => pick(random, DETAILS)).join(' ');
  const sources = Array.from({ length: 1 + Math.floor(random() * 3) }, (_, s) => ({
    publisher: pick(random, PUBLISHERS),
    title: `${title[0].toUpperCase()}${title.slice(1)}, ${s ? 'analysis' : 'report'}`,
    url: `https://news.example.org/${iso.replaceAll('-', '/')}/story-${i}-${s}`,
    published: iso,
  }));
  return {
    id: `event-${String(i).padStart(5, '0')}`,
    date,
    precision: month ? 'month' : 'day',
    title,
    ...(random() < 0.5 ? { label: object[0].toUpperCase() + object.slice(1, 40) } : {}),
    summary,
    category: pick(random, CATEGORIES).id,
    ...(random() < 0.3 ? { people: [pick(random, PEOPLE)] } : {}),
    sources,
    // About one in forty is a key event (a few in a short story), and always at least one.
    ...(i === 0 || random() < Math.max(0.025, 3 / count) ? { key: true } : {}),
  };
}

/**
 * A whole dataset of `count` events, the same for the same `count`.
 * @param {number} count
 * @returns {import('../dist/index.js').TimelineDataset}
 */
export function syntheticDataset(count) {
  const random = seededRandom(count * 7919 + 17);
  const dates = storyDates(random, eventDays(random, count));
  const events = dates.map((when, i) => makeEvent(random, when, i, count));
  return {
    id: 'bench-story',
    title: `A city in four years: ${count.toLocaleString('en-US')} events`,
    description: 'Synthetic events for the bench: councils, courts, agencies and the street.',
    updated: '2025-01-15',
    categories: CATEGORIES.map((c) => ({ ...c })),
    events: /** @type {any} */ (events),
  };
}
