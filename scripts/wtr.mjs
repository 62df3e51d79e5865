// @web/test-runner with one more option, `--browsers <engine…>`: which of Chromium, Firefox and
// WebKit to run in (all three by default). `npm test -- --browsers firefox` ends up here.
// wtr itself accepts `--browsers` only with `--puppeteer`/`--playwright`, so this takes it out of
// the arguments, hands it to web-test-runner.config.mjs as $NT_BROWSERS, and passes the rest on.
import { startTestRunner } from '@web/test-runner';
import { selectedEngines } from './engines.mjs';

const args = process.argv.slice(2);
const rest = [];
const names = [];
for (let i = 0; i < args.length; i += 1) {
  const arg = args[i];
  if (arg === '--browsers' || arg === '--browser') {
    // Names, not test files: `--browsers firefox src/x.test.ts` runs one file in Firefox.
    while (i + 1 < args.length && /^[a-z,]+$/i.test(args[i + 1])) names.push(args[(i += 1)]);
  } else if (arg.startsWith('--browsers=') || arg.startsWith('--browser=')) {
    names.push(arg.slice(arg.indexOf('=') + 1));
  } else {
    rest.push(arg);
  }
}
if (names.length > 0) process.env.NT_BROWSERS = names.join(',');
try {
  selectedEngines(); // fail early, with the list of names, on a typo
} catch (error) {
  console.error(`\nError: ${/** @type {Error} */ (error).message}\n`);
  process.exit(1);
}
await startTestRunner({ argv: rest });
