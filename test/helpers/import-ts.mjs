// Imports TypeScript modules of the repository in Node tests, bundled in memory with esbuild, so
// that they test `src/`, not `dist/`.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Evaluates `code` (TypeScript, resolved from the repository's root) and returns its exports:
 * `await importTs("export * from './src/data/csv/index.ts';")`.
 *
 * @param {string} code
 * @returns {Promise<any>}
 */
export async function importTs(code) {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'silent',
  });
  const js = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(js).toString('base64')}`);
}
