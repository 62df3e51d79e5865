// npm run bench: what readers get, measured in headless Chromium (see bench/README.md).
//  - cold first render of our list, our drawing, the same events as static HTML and vis-timeline,
//    each run in a fresh browser context, contenders alternating, at 20, 1,000, 10,000 events;
//  - filter and select updates at 10,000 events; JS heap and memory; longest task; layout shift
//    (the article page, and the fallback replaced with and without the README's reservation);
//  - the JavaScript the drop-in page fetches, and the size of every shipped file;
//  - issue 13's targets, met or not (reported, never enforced).
// Tables go to stdout, progress to stderr, every number to bench/results/<time>.json and
// bench/results/latest.json. Exits 1 only when a measurement failed (a page error, a console
// error, a failed request, a timeout), never for a missed target.
import { execSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { articleRuns } from './article.mjs';
import { clsRuns } from './cls.mjs';
import { launchBrowser, sleep } from './browser.mjs';
import { coldRuns } from './cold.mjs';
import { machine, readConfig } from './config.mjs';
import { pickContenders } from './contenders.mjs';
import {
  articleSection,
  clsSection,
  coldSection,
  sizesSection,
  targetsSection,
  updatesSection,
} from './report.mjs';
import { saveResults } from './save.mjs';
import { startServer } from './server.mjs';
import { shippedSizes } from './sizes.mjs';
import { summary } from './stats.mjs';
import { allProblems, summariseCold, summariseUpdates, updateCounts } from './summarise.mjs';
import { checkTargets } from './targets.mjs';
import { UPDATE_LAYOUTS, updateRuns } from './updates.mjs';

const log = (/** @type {string} */ line) => process.stderr.write(`${line}\n`);

const config = readConfig();
const contenders = pickContenders(config.only);
if (config.waitQuiet) await waitForQuiet();
const started = Date.now();
/** @type {Record<string, any>} */
const results = {
  startedAt: new Date(started).toISOString(),
  commit: git('rev-parse --short HEAD'),
  config: { ...config, runs: Object.fromEntries(config.sizes.map((s) => [s, config.runs(s)])) },
  machine: { ...machine(), loadStart: loadavg() },
};
log(
  `bench: ${contenders.map((c) => c.name).join(', ')}; sizes ${config.sizes.join(', ')}; parts ${config.parts.join(', ')}`,
);
log(
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} on ${results.machine.cpus} CPUs`,
);

if (config.parts.includes('sizes')) results.sizes = await shippedSizes();

const server = await startServer();
const browser = await launchBrowser();
results.browser = browser.version();
try {
  if (config.parts.includes('article')) {
    log('article pages (JS fetched, layout shift)');
    results.article = await articleRuns({
      browser,
      server,
      runs: config.articleRuns,
      pauseMs: config.pauseMs,
      log,
    });
  }
  if (config.parts.includes('cls')) {
    log('layout shift when the element replaces its fallback (bundle 800 ms late)');
    results.cls = await clsRuns();
  }
  if (config.parts.includes('cold')) results.cold = await allColdRuns();
  const layouts = UPDATE_LAYOUTS.map((l) => l.name).filter(
    (n) => !config.only.length || config.only.includes(n),
  );
  if (config.parts.includes('updates') && layouts.length) {
    log(`updates at ${config.updateSize} events`);
    const samples = await updateRuns({
      browser,
      server,
      size: config.updateSize,
      runs: config.updateRuns,
      layouts,
      log,
    });
    const problems = Object.fromEntries(
      Object.entries(samples).map(([l, s]) => [l, s.problems ?? []]),
    );
    results.updates = {
      size: config.updateSize,
      runs: config.updateRuns,
      samples,
      problems,
      summary: summariseUpdates(samples),
      renders: updateCounts(samples),
    };
  }
} finally {
  await browser.close();
  await server.close();
}

results.targets = checkTargets(results);
results.machine.loadEnd = loadavg();
results.finishedAt = new Date().toISOString();
results.minutes = (Date.now() - started) / 60000;
printReport();
const problems = allProblems(results);
results.problems = problems;
const saved = saveResults(results);
log(`\nresults: ${saved}`);
if (problems.length) {
  console.error(`\n${problems.length} measurement(s) FAILED:\n${problems.join('\n')}`);
  process.exitCode = 1;
}

/** A discarded warm-up round, then every size. */
async function allColdRuns() {
  const cold = {};
  log('warm-up (discarded)');
  await coldRuns({
    browser,
    server,
    contenders,
    size: config.sizes[0],
    runs: 1,
    pauseMs: config.pauseMs,
    log,
  });
  for (const size of config.sizes) {
    log(`cold first render, ${size} events`);
    const runs = config.runs(size);
    const { samples, floor } = await coldRuns({
      browser,
      server,
      contenders,
      size,
      runs,
      pauseMs: config.pauseMs,
      log,
    });
    cold[size] = { runs, floor, samples, summary: summariseCold(samples) };
  }
  return cold;
}

function printReport() {
  const out = [
    `# news-timeline bench, ${results.startedAt} (${results.commit}), ${results.browser}`,
  ];
  out.push(
    `Machine: ${results.machine.cpus} × ${results.machine.model}; load average at start ` +
      `${results.machine.loadStart.map((l) => l.toFixed(1)).join(' ')}, at end ` +
      `${results.machine.loadEnd.map((l) => l.toFixed(1)).join(' ')}; ${results.minutes.toFixed(1)} min`,
  );
  const phone = results.article?.['phone list']?.find((/** @type {any} */ s) => s.ok);
  const phoneGzip = phone
    ? phone.scripts.reduce((/** @type {number} */ t, /** @type {any} */ s) => t + s.gzip, 0)
    : null;
  if (results.sizes) out.push(sizesSection(results.sizes, phoneGzip));
  if (results.article) out.push(articleSection(results.article, summary));
  if (results.cls) out.push(clsSection(results.cls));
  if (results.cold) out.push(coldSection(results.cold, contenders));
  if (results.updates) out.push(updatesSection(results.updates));
  out.push(targetsSection(results.targets));
  console.log(`\n${out.join('\n\n')}\n`);
}

/**
 * Output of a git command, or 'unknown'.
 * @param {string} args
 */
function git(args) {
  try {
    return execSync(`git ${args}`, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'unknown';
  }
}

/** BENCH_QUIET=1: waits (up to 20 minutes) for the 1-minute load to fall under 0.25 per CPU. */
async function waitForQuiet() {
  const limit = 0.25 * machine().cpus;
  const deadline = Date.now() + 20 * 60_000;
  while (loadavg()[0] > limit && Date.now() < deadline) {
    log(`waiting for a quiet machine: load ${loadavg()[0].toFixed(2)} > ${limit}`);
    await sleep(15_000);
  }
}
