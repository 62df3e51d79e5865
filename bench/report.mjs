// The bench's tables, as text for the terminal (and Markdown-compatible: pipes and a rule).
import { BUDGET_GZIP } from './targets.mjs';

const kb = (/** @type {number} */ b) => `${(b / 1024).toFixed(1)} KB`;
const mb = (/** @type {number} */ b) => `${(b / 1048576).toFixed(1)} MB`;
/** @param {number | null | undefined} v */
const ms = (v) => (v == null ? '–' : `${v.toFixed(v < 100 ? 1 : 0)} ms`);
const count = (/** @type {number} */ n) => n.toLocaleString('en-US');

/**
 * A Markdown table with padded columns: the first left-aligned, the others right-aligned.
 * @param {string[]} headers
 * @param {string[][]} rows
 */
export function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const cell = (/** @type {string} */ s, /** @type {number} */ i) =>
    i === 0 ? s.padEnd(widths[i]) : s.padStart(widths[i]);
  const line = (/** @type {string[]} */ r) => `| ${r.map(cell).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

/**
 * Shipped files, and the budget line.
 * @param {import('./sizes.mjs').FileSize[]} sizes
 * @param {number | null} phoneGzip JS fetched by the phone list page, gzip
 */
export function sizesSection(sizes, phoneGzip) {
  const rows = sizes.map((s) => [s.file, kb(s.raw), kb(s.minified), kb(s.gzip), kb(s.brotli)]);
  const verdict =
    phoneGzip == null
      ? 'not measured (run the article part)'
      : `${kb(phoneGzip)} → ${phoneGzip <= BUDGET_GZIP ? 'met' : 'NOT MET'}`;
  return [
    '## Shipped JavaScript (dist/**/*.js; minified with esbuild where the file is not already)',
    table(['file', 'as shipped', 'minified', 'gzip', 'brotli'], rows),
    `Budget: drop-in initial JS for the phone list page ≤ ${kb(BUDGET_GZIP)} gzip: ${verdict}`,
  ].join('\n\n');
}

/**
 * The layout shift when the element replaces its fallback, without and with the reservation.
 * @param {{ viewport: string, reserved: boolean, cls: number, fallbackHeight: number,
 *   elementHeight: number }[]} rows
 */
export function clsSection(rows) {
  return [
    '## Layout shift when <news-timeline> replaces its fallback (bundle 800 ms late; target < 0.05 with the reservation)',
    table(
      ['viewport', 'README reservation', 'CLS', 'before', 'after'],
      rows.map((r) => [
        r.viewport,
        r.reserved ? 'yes' : 'no',
        r.cls.toFixed(3),
        `${r.fallbackHeight} px`,
        `${r.elementHeight} px`,
      ]),
    ),
  ].join('\n\n');
}

/**
 * The article pages: JS fetched, CLS, longest task, time to settled render.
 * @param {Record<string, any[]>} article
 * @param {(values: number[]) => { median: number | null }} summary
 */
export function articleSection(article, summary) {
  const rows = [];
  const files = [];
  for (const [name, samples] of Object.entries(article)) {
    const ok = samples.filter((s) => s.ok);
    const first = ok[0];
    const js = first ? first.scripts.reduce((sum, s) => sum + s.gzip, 0) : null;
    const raw = first ? first.scripts.reduce((sum, s) => sum + s.raw, 0) : null;
    const pick = (/** @type {string} */ k) => summary(ok.map((s) => s[k])).median;
    const cls = pick('cls');
    rows.push([
      name,
      first ? String(first.scripts.length) : '–',
      raw == null ? '–' : kb(raw),
      js == null ? '–' : kb(js),
      cls == null ? '–' : cls.toFixed(3),
      ms(pick('longTask')),
      ms(pick('cold')),
      `${ok.length}/${samples.length}`,
    ]);
    for (const s of first?.scripts ?? [])
      files.push(`  ${name}: ${s.path} ${kb(s.raw)} (${kb(s.gzip)} gzip)`);
  }
  return [
    '## The drop-in page (bundle script tag + <news-timeline> with fallback, bundled story), cold',
    table(
      ['page', 'scripts', 'JS raw', 'JS gzip', 'CLS', 'longest task', 'settled', 'ok runs'],
      rows,
    ),
    files.join('\n'),
  ].join('\n\n');
}

/**
 * The first-render tables: one row per event count, a column per contender.
 * @param {Record<string, any>} cold results.cold
 * @param {{ name: string, label: string }[]} contenders
 */
export function coldSection(cold, contenders) {
  /** Time ratios: list ÷ static, drawing ÷ vis-timeline. Memory ratios: everyone ÷ static. */
  const TIME = { list: 'static', drawing: 'vis' };
  const MEMORY = { list: 'static', drawing: 'static', vis: 'static' };
  /** @param {any} s @param {string} key @param {string} name @param {Record<string, string>} to */
  const ratioTo = (s, key, name, to) => {
    const v = s[name]?.[key].median;
    const b = to[name] ? s[to[name]]?.[key].median : null;
    return v != null && b ? ` (${(v / b).toFixed(2)}×)` : '';
  };
  /** @param {string} key @param {(v: any) => string} show @param {Record<string, string>} [to] */
  const grid = (key, show, to = {}) =>
    table(
      ['events', ...contenders.map((c) => c.label)],
      Object.entries(cold).map(([size, { summary: s, runs }]) => [
        `${count(Number(size))} (${runs} runs)`,
        ...contenders.map((c) => {
          const cell = s[c.name];
          if (!cell) return '–';
          const failed = cell.failed ? ` [${cell.failed} FAILED]` : '';
          return show(cell[key].median) + ratioTo(s, key, c.name, to) + failed;
        }),
      ]),
    );
  const memory = (/** @type {number | null} */ v) => (v == null ? '–' : mb(v));
  return [
    '## Cold first render: navigation start → settled render painted, median (list ÷ static, drawing ÷ vis)',
    grid('cold', ms, TIME),
    '## Navigation start → contender created (its script fetched, compiled and run; the data parsed), median',
    grid('loaded', ms),
    '## Module already loaded: creating the element → settled render painted, median',
    grid('render', ms, TIME),
    '## Module already loaded → first render painted (before follow-up updates), median',
    grid('renderFirstPaint', ms, TIME),
    '## Longest task during the cold load, median',
    grid('longTask', ms),
    '## JS heap after GC (DevTools JSHeapUsedSize), median (÷ static)',
    grid('heap', memory, MEMORY),
    '## JS + DOM memory (measureUserAgentSpecificMemory), median (÷ static)',
    grid('memory', memory, MEMORY),
    '## DOM nodes, and Lit updates of our element and its drawing during the first render, median',
    grid('nodes', (v) => (v == null ? '–' : count(Math.round(v)))),
    grid('updates', (v) => (v == null ? '–' : String(v))),
  ].join('\n\n');
}

/**
 * The update timings.
 * @param {any} updates results.updates
 */
export function updatesSection(updates) {
  const layouts = Object.keys(updates.summary);
  const names = Object.keys(updates.summary[layouts[0]] ?? {});
  const rows = names.map((n) => [
    n,
    ...layouts.map((l) => {
      const s = updates.summary[l][n];
      const renders = updates.renders?.[l]?.[n];
      const also = renders == null ? '' : `, ${renders} update${renders === 1 ? '' : 's'}`;
      return `${ms(s.median)} (${ms(s.min)}–${ms(s.max)}${also})`;
    }),
  ]);
  const problems = layouts.flatMap((l) => (updates.problems?.[l] ?? []).map((p) => `  ${l}: ${p}`));
  return [
    `## Updates at ${count(updates.size)} events: the change → settled update painted, median ` +
      `(min–max of ${updates.runs}; median number of Lit updates of the element and its drawing)`,
    table(['change', ...layouts.map((l) => `us, ${l}`)], rows),
    ...(problems.length ? [`PROBLEMS:\n${problems.join('\n')}`] : []),
  ].join('\n\n');
}

/**
 * The targets table.
 * @param {import('./targets.mjs').TargetRow[]} rows
 */
export function targetsSection(rows) {
  const met = (/** @type {boolean | null} */ m) => (m == null ? '–' : m ? 'met' : 'NOT MET');
  return [
    '## Targets (issue 13), from this run',
    table(
      ['target', 'measured', 'target', ''],
      rows.map((r) => [r.what, r.measured, r.target, met(r.met)]),
    ),
  ].join('\n\n');
}
