// Where the time goes: a CPU profile (DevTools' Profiler, 100 µs sampling) of one cold load of a
// contender's page, saved as bench/results/profile-<contender>-<events>.cpuprofile (open it in
// Chrome DevTools' Performance panel), and the functions with the most self time printed, mapped
// through the bundle's source map to the module and line they come from.
//   npm run build && node bench/profile.mjs                      (our list, 1,000 events)
//   BENCH_ONLY=drawing BENCH_SIZES=10000 node bench/profile.mjs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { launchBrowser, loadAndMeasure, openPage } from './browser.mjs';
import { pickContenders } from './contenders.mjs';
import { syntheticDataset } from './dataset.mjs';
import { serialiseFloor } from './floor.mjs';
import { table } from './report.mjs';
import { startServer } from './server.mjs';

const [contender] = pickContenders([process.env.BENCH_ONLY || 'list']);
const size = Number(process.env.BENCH_SIZES || 1000);
const TOP = Number(process.env.BENCH_TOP || 25);
/** Source maps read so far, by served path. */
/** @type {Map<string, SourceMap | null>} */
const maps = new Map();

const server = await startServer();
const browser = await launchBrowser();
try {
  const data = syntheticDataset(size);
  const floor =
    contender.name === 'static'
      ? await serialiseFloor(browser, server, { data, width: contender.width })
      : undefined;
  const url = server.page('/profile.html', contender.page({ data, floor }));
  const bench = await openPage(browser, { width: contender.width, origin: server.origin });
  await bench.cdp.send('Profiler.enable');
  await bench.cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await bench.cdp.send('Profiler.start');
  const figures = await loadAndMeasure(bench, url);
  const { profile } = await bench.cdp.send('Profiler.stop');
  if (bench.problems.length) throw new Error(bench.problems.join('\n'));
  await bench.close();
  const dir = new URL('./results/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  const file = new URL(`profile-${contender.name}-${size}.cpuprofile`, dir);
  writeFileSync(file, JSON.stringify(profile));
  console.log(
    `${contender.label}, ${size} events: settled ${figures.settled.toFixed(0)} ms after navigation ` +
      `(created at ${figures.created.toFixed(0)} ms); profile in ${file.pathname}\n`,
  );
  const { functions, modules, total } = selfTimes(profile);
  const pct = (/** @type {number} */ t) => `${((100 * t) / total).toFixed(1)} %`;
  const ms = (/** @type {number} */ t) => `${t.toFixed(1)} ms`;
  console.log(`Self time by function (top ${TOP} of ${ms(total)} sampled)\n`);
  console.log(
    table(
      ['function (source:line)', 'self', 'share'],
      functions.slice(0, TOP).map(([k, t]) => [k, ms(t), pct(t)]),
    ),
  );
  console.log('\nSelf time by module\n');
  console.log(
    table(
      ['module', 'self', 'share'],
      modules.slice(0, TOP).map(([k, t]) => [k, ms(t), pct(t)]),
    ),
  );
} finally {
  await browser.close();
  await server.close();
}

/**
 * Self time (ms) per function and per module of a DevTools CPU profile, largest first.
 * @param {any} profile
 */
function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((/** @type {any} */ n) => [n.id, n]));
  /** @type {Map<number, number>} */
  const self = new Map();
  profile.samples.forEach((/** @type {number} */ id, /** @type {number} */ i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  /** @type {Map<string, number>} */
  const functions = new Map();
  /** @type {Map<string, number>} */
  const modules = new Map();
  let total = 0;
  for (const [id, ms] of self) {
    const place = locate(byId.get(id).callFrame);
    functions.set(place.label, (functions.get(place.label) ?? 0) + ms);
    modules.set(place.module, (modules.get(place.module) ?? 0) + ms);
    total += ms;
  }
  const sorted = (/** @type {Map<string, number>} */ m) => [...m].sort((a, b) => b[1] - a[1]);
  return { functions: sorted(functions), modules: sorted(modules), total };
}

/**
 * Where a profiled function comes from: through the source map for our bundle, else as given.
 * @param {{ functionName: string, url: string, lineNumber: number, columnNumber: number }} frame
 * @returns {{ label: string, module: string }}
 */
function locate({ functionName, url, lineNumber, columnNumber }) {
  const path = url ? new URL(url).pathname : '';
  if (!path) return { label: functionName || '(anonymous)', module: functionName || '(native)' };
  const map = sourceMap(path);
  const entry = map?.findEntry(lineNumber, columnNumber);
  if (!map || !entry || !('originalSource' in entry)) {
    const name = functionName || '(anonymous)';
    return { label: `${name} (${path}:${lineNumber + 1})`, module: path };
  }
  const source = entry.originalSource.replace(/^(\.\.\/)+/, '').replace(/^build\/tsc\//, 'src/');
  const name = entry.name || firstWords(map, entry) || functionName;
  return { label: `${name} (${source}:${entry.originalLine + 1})`, module: source };
}

/**
 * The source map next to a served file, if there is one.
 * @param {string} path
 */
function sourceMap(path) {
  if (!maps.has(path)) {
    try {
      const json = readFileSync(new URL(`..${path}.map`, import.meta.url), 'utf8');
      maps.set(path, new SourceMap(JSON.parse(json)));
    } catch {
      maps.set(path, null);
    }
  }
  return maps.get(path) ?? null;
}

/**
 * The start of the original line, for an anonymous function.
 * @param {SourceMap} map
 * @param {any} entry
 */
function firstWords(map, entry) {
  const i = map.payload.sources.indexOf(entry.originalSource);
  const line = map.payload.sourcesContent?.[i]?.split('\n')[entry.originalLine] ?? '';
  return line.slice(entry.originalColumn, entry.originalColumn + 40).trim() || '(anonymous)';
}
