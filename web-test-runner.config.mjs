// @ts-check
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The system Chrome/Chromium, found the way chrome-launcher looks for it; nothing downloads one. */
function findChrome() {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH))
    return process.env.CHROME_PATH;
  const names = ['google-chrome-stable', 'google-chrome', 'chromium-browser', 'chromium'];
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of names) if (existsSync(join(dir, name))) return join(dir, name);
  }
  throw new Error(
    'No Chrome or Chromium found for the browser tests. Install one (Debian/Ubuntu: ' +
      '`sudo apt-get install chromium`) or set CHROME_PATH. `bash .ci/run` installs it for you.',
  );
}

// Tests never depend on the machine's zone or language: data dates are UTC, and a zone west of
// Greenwich is the one that catches "April 7 shows as April 6" bugs.
process.env.TZ = 'America/Los_Angeles';

const chromeFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--lang=en-US',
  // Test files run in parallel tabs; a background tab must still get animation frames and timers.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: fileURLToPath(new URL('.', import.meta.url)),
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChrome(),
        args: chromeFlags,
      },
    }),
  ],
  filterBrowserLogs: ({ args }) =>
    !(typeof args[0] === 'string' && args[0].includes('Lit is in dev mode')),
};
