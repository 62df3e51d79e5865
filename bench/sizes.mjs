// Sizes of every JavaScript file the package ships (`dist/**/*.js`): the drop-in bundle, the ESM
// entries, their shared chunks, the dataset, and any chunk added later. The ESM files are not
// minified in the package (an app's bundler does that), so each file is also minified here with
// esbuild, as Vite and most bundlers would; gzip and brotli are of the minified text.
import { readdirSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { compressed } from './article.mjs';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

/**
 * Every `.js` file under `dir`, recursively, sorted.
 * @param {string} dir
 * @returns {string[]}
 */
function jsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => `${e.parentPath ?? e.path}/${e.name}`)
    .sort();
}

/**
 * @typedef {object} FileSize
 * @property {string} file path under dist/
 * @property {number} raw bytes as shipped
 * @property {number} minified bytes once minified (the bundle is already)
 * @property {number} gzip of the minified text, level 9
 * @property {number} brotli of the minified text, quality 11
 */

/**
 * Measures every shipped JavaScript file.
 * @returns {Promise<FileSize[]>}
 */
export async function shippedSizes() {
  const sizes = [];
  for (const path of jsFiles(DIST)) {
    const code = readFileSync(path, 'utf8');
    const { code: minified } = await transform(code, {
      minify: true,
      format: 'esm',
      target: 'es2022',
      legalComments: 'none',
    });
    // A file that esbuild cannot shrink (already minified) is counted as shipped.
    const text = minified.length < code.length ? minified : code;
    const { gzip, brotli } = compressed(Buffer.from(text));
    sizes.push({
      file: relative(DIST, path),
      raw: Buffer.byteLength(code),
      minified: Buffer.byteLength(text),
      gzip,
      brotli,
    });
  }
  return sizes;
}
