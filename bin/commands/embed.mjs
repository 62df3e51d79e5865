// `npx news-timeline embed story.json --out folder/`: a self-contained embed kit. The folder
// holds the iframe page (index.html: the data inlined in the element, the static story for
// readers without JavaScript, the oEmbed discovery link), the bundle and the page's script and
// styles copied from dist/, and oembed.json. Upload the folder; paste the printed snippet.
import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadTools, readData, reportProblems } from '../lib/data-file.mjs';
import { fallbackArgs, fallbackOptions } from './html.mjs';

export const usage =
  'story.json|story.csv --out folder/ [--url https://…/folder/] [--allow-origin https://…] ' +
  '[--height 640] [--provider-name N] [--provider-url U] [--layout …] [--theme …] [any attribute]: ' +
  'a self-contained embed folder (iframe page, bundle, oembed.json); prints the iframe snippet';

/**
 * The files copied from dist/ into the folder: the page's script and styles, the drop-in bundle
 * and the parts it loads on demand beside it (news-timeline.<part>.<hash>.js); not the
 * single-file build.
 */
async function copiedFiles(dist) {
  const parts = (await readdir(dist)).filter(
    (name) => /^news-timeline\.[\w.-]+\.js$/.test(name) && name !== 'news-timeline.single.js',
  );
  return ['embed.js', 'embed.css', ...parts.sort()];
}

/** The options: the page's, and one per attribute of the element (the query can still change them). */
function options(tools) {
  const attributes = Object.fromEntries(
    tools.EMBED_ATTRIBUTES.filter((name) => name !== 'src').map((name) => [
      name,
      { type: tools.BOOLEAN_ATTRIBUTES.includes(name) ? 'boolean' : 'string' },
    ]),
  );
  return {
    ...attributes,
    ...fallbackArgs,
    out: { type: 'string', short: 'o' },
    url: { type: 'string' },
    'allow-origin': { type: 'string', multiple: true },
    height: { type: 'string' },
    'provider-name': { type: 'string' },
    'provider-url': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  };
}

/** `--url` as the folder's address (ending in `/`), or an Error. */
function folderUrl(value) {
  if (value === undefined) return null;
  const url = new URL(value);
  if (!/^https?:$/.test(url.protocol)) throw new Error('--url must be an https: or http: address');
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

/** The iframe to paste: full width, `height` px tall until the page reports its own height. */
export function iframeSnippet(src, title, height) {
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return (
    `<iframe src="${esc(src)}" title="${esc(title)}" width="100%" height="${height}" ` +
    `style="border: 0; width: 100%" loading="lazy"></iframe>`
  );
}

/** oEmbed 1.0's `rich` response for the kit (oembed.com, section 2.3.4). */
function oembed({ title, html, height, providerName, providerUrl }) {
  return {
    version: '1.0',
    type: 'rich',
    title,
    ...(providerName ? { provider_name: providerName } : {}),
    ...(providerUrl ? { provider_url: providerUrl } : {}),
    html,
    width: 720,
    height,
  };
}

/**
 * Writes the embed folder for a data file and prints the iframe snippet to `io.stdout`; what
 * was written, the Pym.js alternative and any problem go to `io.stderr`.
 *
 * @param {string[]} args
 * @param {{ stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream, cwd: string }} io
 * @returns {Promise<number>} 0 when written; 1 when the data is unusable or a file cannot be
 *   read or written; 2 for a mistake in the command line.
 */
export async function run(args, io) {
  const fail = (code, message) => {
    io.stderr.write(`news-timeline embed: ${message}\n`);
    return code;
  };
  let tools;
  let parsed;
  let base;
  try {
    tools = await loadTools();
    parsed = parseArgs({ args, options: options(tools), allowPositionals: true });
    if (parsed.values.help) {
      io.stdout.write(`Usage: npx news-timeline embed ${usage}\n`);
      return 0;
    }
    base = folderUrl(parsed.values.url);
  } catch (error) {
    return fail(tools ? 2 : 1, error.message);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1 || !values.out) {
    return fail(2, `give one data file and --out.\nUsage: npx news-timeline embed ${usage}`);
  }
  const height = Number(values.height ?? 640);
  if (!Number.isInteger(height) || height < 100)
    return fail(2, '--height must be a whole number of px, at least 100');
  let data;
  try {
    data = await readData(positionals[0], io.cwd);
  } catch (error) {
    return fail(1, error.message);
  }
  reportProblems(data, data.name, io.stderr);
  if (!data.dataset) return fail(1, `nothing in ${data.name} can be shown.`);
  return writeKit({ tools, values, data: data.dataset, base, height, io }).catch((error) =>
    fail(1, error.message),
  );
}

/** Writes the folder and prints the snippets. */
async function writeKit({ tools, values, data, base, height, io }) {
  const out = resolve(io.cwd, values.out);
  const title = values.heading || data.title;
  const fallback = tools.renderFallback(data, fallbackOptions(values));
  for (const p of fallback.problems) {
    io.stderr.write(`news-timeline embed: --${p.attribute} "${p.value}": ${p.problem}\n`);
  }
  // An option that cannot be used is a mistake in the command line: nothing is written.
  if (fallback.problems.length) return 2;
  const attributes = Object.fromEntries(tools.EMBED_ATTRIBUTES.map((name) => [name, values[name]]));
  const pageUrl = base ? new URL('index.html', base).href : 'index.html';
  const oembedUrl = base ? new URL('oembed.json', base).href : 'oembed.json';
  const snippet = iframeSnippet(pageUrl, title, height);
  const page = tools.renderEmbedPage({
    title,
    fallbackHtml: fallback.html,
    data,
    attributes,
    allowedOrigins: tools.parseAllowedOrigins((values['allow-origin'] ?? []).join(' ')),
    oembedUrl,
    lang: values.locale?.split('-')[0] ?? 'en',
  });
  await mkdir(out, { recursive: true });
  await writeFile(resolve(out, 'index.html'), page);
  const dist = new URL('../../dist/', import.meta.url);
  const copied = await copiedFiles(dist);
  for (const file of copied) await copyFile(new URL(file, dist), resolve(out, file));
  const providerName = values['provider-name'];
  const providerUrl = values['provider-url'];
  await writeFile(
    resolve(out, 'oembed.json'),
    `${JSON.stringify(oembed({ title, html: snippet, height, providerName, providerUrl }), null, 2)}\n`,
  );
  io.stderr.write(
    `news-timeline embed: wrote ${values.out} (index.html, oembed.json, ${copied.join(', ')}).\n` +
      (base
        ? ''
        : '  Pass --url with the folder’s public address for absolute links (oEmbed needs them).\n') +
      '  Paste this iframe (below). For a frame that follows its content’s height, use Pym.js:\n' +
      `  <div id="news-timeline-embed"></div><script src="https://pym.nprapps.org/pym.v1.min.js"></script>\n` +
      `  <script>new pym.Parent('news-timeline-embed', ${JSON.stringify(pageUrl)}, { title: ${JSON.stringify(title)} });</script>\n`,
  );
  io.stdout.write(`${snippet}\n`);
  return 0;
}
