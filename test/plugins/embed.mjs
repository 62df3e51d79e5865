// @ts-check
// What the embedding tests need from the test server (web-test-runner.config.mjs adds these):
//
// - a second origin: a small static server on 127.0.0.1 and a free port, serving dist/,
//   test/fixtures/ and pym.js from disk, so that a test can load the bundle or the iframe page
//   from another origin than the page's. Path prefixes change what it sends, in any order:
//   `/no-cors/…` leaves out Access-Control-Allow-Origin (sent otherwise), `/csp/…` adds
//   `Content-Security-Policy: default-src 'self'`. `executeServerCommand('second-origin')`
//   answers its origin.
// - `/__embed-allow/<path>` on the test server: the file at `<path>`, with the iframe page's
//   allow-list <meta> naming the second origin (the page's assets follow the same prefix).
// - React 19 as ES modules: `react` and `react-dom/client` resolve to a bundle that esbuild
//   builds once from the CommonJS packages (React publishes no ES modules).
import { build } from 'esbuild';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SERVED = ['dist/', 'test/fixtures/', 'node_modules/pym.js/dist/'];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.map': 'application/json',
};

/** The file under ROOT that a path names, when it is one we serve; else `null`. */
function servedFile(path) {
  const relative = normalize(decodeURIComponent(path)).replace(/^\/+/, '');
  if (!SERVED.some((prefix) => relative.startsWith(prefix))) return null;
  const file = join(ROOT, relative);
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/** @type {import('node:http').Server | null} */
let second = null;
let secondOrigin = '';

/** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
function serveSecond(req, res) {
  let path = new URL(req.url ?? '/', 'http://x').pathname;
  const flags = new Set();
  for (let m; (m = /^\/(no-cors|csp)(\/.*)$/.exec(path)); path = m[2]) flags.add(m[1]);
  const file = req.method === 'GET' ? servedFile(path) : null;
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
  if (!flags.has('no-cors')) headers['access-control-allow-origin'] = '*';
  if (flags.has('csp')) headers['content-security-policy'] = "default-src 'self'";
  res.writeHead(200, headers);
  createReadStream(file).pipe(res);
}

/** @type {import('@web/test-runner').TestRunnerPlugin} */
export const secondOriginPlugin = {
  name: 'second-origin',
  async serverStart() {
    second = createServer(serveSecond);
    await new Promise((resolve) => second?.listen(0, '127.0.0.1', () => resolve(undefined)));
    const address = second.address();
    secondOrigin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  },
  async serverStop() {
    await new Promise((resolve) => (second ? second.close(resolve) : resolve(undefined)));
  },
  async executeCommand({ command }) {
    return command === 'second-origin' ? secondOrigin : undefined;
  },
};

/**
 * `/__embed-allow/<path>`: `<path>`, with the allow-list of an HTML page set to the second origin.
 * @param {any} ctx Koa's context.
 * @param {() => Promise<unknown>} next
 */
export async function embedAllowMiddleware(ctx, next) {
  const m = /^\/__embed-allow(\/.*)$/.exec(ctx.path);
  if (!m) return next();
  const file = servedFile(m[1]);
  if (!file) return next();
  const text = await readFile(file, 'utf8');
  ctx.type = TYPES[extname(file)] ?? 'application/octet-stream';
  ctx.body = file.endsWith('.html')
    ? text.replace(
        /(<meta name="news-timeline-allowed-origins" content=")[^"]*"/,
        `$1${secondOrigin}"`,
      )
    : text;
  return undefined;
}

const REACT_MODULES = {
  react: '/__react/react.js',
  'react-dom/client': '/__react/react-dom-client.js',
};

/** React and ReactDOM in one ES module, built once. */
let reactBundle = null;

function buildReact() {
  reactBundle ??= build({
    stdin: {
      contents:
        "import * as React from 'react'; import * as ReactDOMClient from 'react-dom/client';" +
        'export { React, ReactDOMClient };',
      resolveDir: ROOT,
    },
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0].text);
  return reactBundle;
}

/** @type {import('@web/test-runner').TestRunnerPlugin} */
export const reactPlugin = {
  name: 'react-esm',
  resolveImport({ source }) {
    return REACT_MODULES[source];
  },
  async serve(context) {
    if (context.path === '/__react/shared.js') return { body: await buildReact(), type: 'js' };
    if (context.path === '/__react/react.js') {
      return {
        body:
          "import { React } from './shared.js'; export default React;" +
          'export const { act, createElement, Fragment, StrictMode, useEffect, useRef, useState } = React;',
        type: 'js',
      };
    }
    if (context.path === '/__react/react-dom-client.js') {
      return {
        body: "import { ReactDOMClient } from './shared.js'; export const { createRoot } = ReactDOMClient;",
        type: 'js',
      };
    }
    return undefined;
  },
};
