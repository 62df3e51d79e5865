// A small HTTP server on the loopback interface for the bench: the repository's files from disk,
// and the bench's generated pages from memory. Not `serveRepository` (scripts/chromium.mjs): that
// one fulfils every request through Playwright's router, which sends the body to the browser
// base64-encoded over the DevTools pipe; for the megabytes of a 10,000-event page that adds tens
// of milliseconds to some contenders and not others. A socket on 127.0.0.1 costs every page the
// same, and nothing leaves the machine. Bodies are sent uncompressed (sizes are gzipped in Node).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = new URL('..', import.meta.url);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
};

/**
 * @typedef {object} BenchServer
 * @property {string} origin `http://127.0.0.1:<port>`
 * @property {(path: string, html: string) => string} page Serves `html` at `path`; returns its URL.
 * @property {(path: string) => void} drop Forgets a page (they can be megabytes).
 * @property {() => Promise<void>} close
 */

/**
 * Starts the server on a free port of 127.0.0.1.
 * @returns {Promise<BenchServer>}
 */
export async function startServer() {
  /** @type {Map<string, Buffer>} */
  const pages = new Map();
  const server = createServer((req, res) => {
    respond(pages, req, res).catch((error) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    page(path, html) {
      pages.set(path, Buffer.from(html));
      return origin + path;
    },
    drop(path) {
      pages.delete(path);
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * Answers one request: a generated page, else a file under the repository, else 404.
 * @param {Map<string, Buffer>} pages
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
async function respond(pages, req, res) {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  // Cross-origin isolated (everything is same-origin), so that pages can measure their memory
  // with performance.measureUserAgentSpecificMemory().
  const headers = {
    'cache-control': 'no-store',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
  };
  if (path === '/favicon.ico') {
    // Browsers ask for it on their own; a 404 would count as a page error.
    res.writeHead(204, headers);
    res.end();
    return;
  }
  const generated = pages.get(path);
  if (generated) {
    res.writeHead(200, { ...headers, 'content-type': TYPES['.html'] });
    res.end(generated);
    return;
  }
  const file = fileURLToPath(new URL(`.${path}`, ROOT));
  const inside = file.startsWith(fileURLToPath(ROOT)) && !path.includes('..');
  const body = inside ? await readFile(file).catch(() => null) : null;
  if (!body) {
    res.writeHead(404, { ...headers, 'content-type': 'text/plain' });
    res.end('not found');
    return;
  }
  const type = TYPES[/** @type {keyof TYPES} */ (extname(file))] ?? 'application/octet-stream';
  res.writeHead(200, { ...headers, 'content-type': type });
  res.end(body);
}
