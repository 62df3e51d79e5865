// Reading a timeline's data for the commands: a JSON or CSV file (ours, or TimelineJS's), read
// by the same reading step as the element (dist/tools.js: readData), or, with no file, the
// bundled story.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/** The package's data tools, or an Error that says to build them (a git checkout before `npm run build`). */
export async function loadTools() {
  try {
    return await import('../../dist/tools.js');
  } catch (cause) {
    throw new Error('dist/tools.js is missing: run `npm run build` first.', { cause });
  }
}

/**
 * Reads and checks the data of a command.
 *
 * @param {string | undefined} file A path to a `.json` or `.csv` file (relative to `cwd`), or
 *   `undefined` for the bundled story.
 * @param {string} cwd
 * @returns {Promise<{ dataset: import('../../dist/tools.js').TimelineDataset | null,
 *   problems: { path: string, message: string, severity: string }[], leftOut: number,
 *   name: string }>} the validator's result, and the name to use in messages. Rejects with an
 *   Error whose message is for people when the file cannot be read.
 */
export async function readData(file, cwd) {
  const tools = await loadTools();
  if (file === undefined) {
    const { irsIce } = await import('../../dist/datasets/irs-ice.js');
    return { dataset: irsIce, problems: [], leftOut: 0, name: 'the bundled story' };
  }
  const path = resolve(cwd, file);
  let bytes;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new Error(
      `cannot read ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`,
    );
  }
  // The element's reading step: our JSON or CSV, or a TimelineJS file, imported.
  const result = tools.readData(bytes, { pathname: path });
  return { ...result, name: file };
}

/**
 * Writes the data's problems to `stderr`, one line each, `name: path: message`. Returns the
 * number of errors.
 *
 * @param {{ problems: { path: string, message: string, severity: string }[] }} result
 * @param {string} name
 * @param {NodeJS.WritableStream} stderr
 */
export function reportProblems(result, name, stderr) {
  let errors = 0;
  for (const p of result.problems) {
    if (p.severity === 'error') errors++;
    stderr.write(`${name}: ${p.severity}: ${p.path ? `${p.path}: ` : ''}${p.message}\n`);
  }
  return errors;
}
