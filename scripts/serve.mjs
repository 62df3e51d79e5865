// Serves the repository root so the demo pages in demo/ can load dist/news-timeline.bundle.js
// exactly as a producer would. `npm start` builds first; this script only serves.
//
//   PORT=8123 node scripts/serve.mjs
import { startDevServer } from '@web/dev-server';
import { existsSync } from 'node:fs';
import net from 'node:net';
import { fileURLToPath } from 'node:url';

const rootDir = fileURLToPath(new URL('..', import.meta.url));
const hostname = 'localhost';
const pages = [
  ['news-timeline demo', '/demo/'],
  ['attributes and theming', '/demo/attributes.html'],
  ['theme gallery', '/demo/themes.html'],
  ['when the data is wrong', '/demo/bad-data.html'],
  ['election night, by the hour', '/demo/election-night.html'],
  ['two centuries, by the year', '/demo/two-centuries.html'],
  ['from TimelineJS: a sheet with images', '/demo/timelinejs.html'],
  ['en español: the Spanish story', '/demo/es.html'],
  ['right to left: an Arabic page', '/demo/rtl.html'],
  ['the iframe page (configured by its address)', '/dist/embed.html?layout=vertical'],
];

const rawPort = process.env.PORT ?? '8000';
const port = Number(rawPort);
if (!/^\d+$/.test(rawPort.trim()) || port < 1 || port > 65535) {
  console.error(`news-timeline demo: PORT must be a port number (1-65535), got "${rawPort}".`);
  process.exit(1);
}

// The dev server binds a "localhost" server the same way (no explicit host), so this probe sees
// the same conflicts it would. Checking first gives one readable line instead of a stack trace.
const portProblem = await new Promise((resolve) => {
  const probe = net.createServer();
  probe.once('error', (error) => resolve(error.code ?? String(error)));
  probe.listen({ port }, () => probe.close(() => resolve(null)));
});
if (portProblem) {
  const why =
    portProblem === 'EADDRINUSE' ? 'is already in use' : `cannot be used (${portProblem})`;
  console.error(
    `news-timeline demo: port ${port} ${why}. Choose another with PORT, e.g. PORT=${port === 65535 ? 8001 : port + 1} npm start`,
  );
  process.exit(1);
}

if (!existsSync(new URL('../dist/news-timeline.bundle.js', import.meta.url))) {
  console.error(
    'news-timeline demo: dist/news-timeline.bundle.js is missing; run `npm run build` (or `npm start`).',
  );
}

/** `/` and `/demo` go to the demo index, so the bare server address is useful too. */
function redirectToDemo(ctx, next) {
  if (ctx.path === '/' || ctx.path === '/demo') {
    ctx.redirect('/demo/');
    return undefined;
  }
  return next();
}

const server = await startDevServer({
  config: {
    rootDir,
    hostname,
    port,
    nodeResolve: true,
    open: false,
    watch: false,
    injectWebSocket: false,
    disableFileWatcher: true,
    middleware: [redirectToDemo],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
  autoExitProcess: false,
});

const origin = `http://${hostname}:${port}`;
const [[mainLabel, mainPath], ...otherPages] = pages;
console.log(`${mainLabel}: ${origin}${mainPath}`);
for (const [label, path] of otherPages) console.log(`  ${label}: ${origin}${path}`);

let stopping = false;
async function stop() {
  if (stopping) process.exit(0); // a second Ctrl-C exits at once
  stopping = true;
  await server.stop();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
