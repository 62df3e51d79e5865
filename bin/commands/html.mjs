// `npx news-timeline html [file.json|file.csv] [options]`: the story as plain HTML, to paste
// inside <news-timeline> so that readers without JavaScript (and RSS, AMP and Apple News copies)
// get all of it. The element does not display its children once it runs.
import { parseArgs } from 'node:util';
import { loadTools, readData, reportProblems } from '../lib/data-file.mjs';

export const usage =
  '[file.json|file.csv] [--locale L] [--key-only] [--heading H] [--categories "a b"] [--order O] ' +
  '[--from D] [--to D] [--heading-level N]: the story as plain HTML (no file: the bundled story), ' +
  'to paste inside <news-timeline> for readers without JavaScript';

/** The options of `html`, also read by `embed`. */
export const fallbackArgs = {
  locale: { type: 'string' },
  'key-only': { type: 'boolean' },
  heading: { type: 'string' },
  categories: { type: 'string' },
  order: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  'heading-level': { type: 'string' },
};

const options = { ...fallbackArgs, help: { type: 'boolean', short: 'h' } };

/** `renderFallback`'s options from parsed `fallbackArgs` values. */
export function fallbackOptions(values) {
  return {
    locale: values.locale,
    keyOnly: values['key-only'],
    heading: values.heading,
    categories: values.categories,
    order: values.order,
    from: values.from,
    to: values.to,
    headingLevel:
      values['heading-level'] === undefined ? undefined : Number(values['heading-level']),
  };
}

/**
 * Prints the fallback HTML of a data file (or the bundled story) to `io.stdout`; problems with
 * the data and unusable options go to `io.stderr`.
 *
 * @param {string[]} args
 * @param {{ stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream, cwd: string }} io
 * @returns {Promise<number>} 0 when printed; 1 when the data is unusable or unreadable; 2 for
 *   a mistake in the command line.
 */
export async function run(args, io) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true });
  } catch (error) {
    io.stderr.write(
      `news-timeline html: ${error.message}\nUsage: npx news-timeline html ${usage}\n`,
    );
    return 2;
  }
  if (parsed.values.help) {
    io.stdout.write(`Usage: npx news-timeline html ${usage}\n`);
    return 0;
  }
  if (parsed.positionals.length > 1) {
    io.stderr.write('news-timeline html: give at most one data file.\n');
    return 2;
  }
  let data;
  let tools;
  try {
    tools = await loadTools();
    data = await readData(parsed.positionals[0], io.cwd);
  } catch (error) {
    io.stderr.write(`news-timeline html: ${error.message}\n`);
    return 1;
  }
  reportProblems(data, data.name, io.stderr);
  if (!data.dataset) {
    io.stderr.write(`news-timeline html: nothing in ${data.name} can be shown.\n`);
    return 1;
  }
  const result = tools.renderFallback(data.dataset, fallbackOptions(parsed.values));
  for (const p of result.problems) {
    io.stderr.write(`news-timeline html: --${p.attribute} "${p.value}": ${p.problem}\n`);
  }
  // An option that cannot be used is a mistake in the command line: nothing is printed.
  if (result.problems.length) return 2;
  io.stdout.write(result.html);
  return 0;
}
