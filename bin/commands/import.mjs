// `npx news-timeline import <file.csv|file.json> [--time-zone <IANA zone>]`: reads a TimelineJS
// file (the CSV of a sheet made from its template, or its JSON format) or one of ours, through
// the reading step the element uses (readData in dist/tools.js), and prints our JSON dataset to
// stdout (2-space indented) and every problem to stderr, one a line, with the sheet's row and
// column or the JSON path. Exit code: 0 when there is a dataset to show (even with problems),
// 1 when nothing usable is left, 2 when the command itself is wrong (no file, unknown option,
// a file that cannot be read).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadTools } from '../lib/data-file.mjs';

export const usage =
  '<file.csv|file.json> [--time-zone Area/City]: a TimelineJS sheet or JSON file as our JSON';

const SCHEMA = 'https://unpkg.com/news-timeline/news-timeline.schema.json';

const HELP = `Usage: npx news-timeline import <file.csv|file.json> [options] > timeline.json

Reads a TimelineJS sheet (File > Download > CSV) or TimelineJS JSON file, or a news-timeline
CSV or JSON file, and prints it as a news-timeline JSON dataset. Problems go to stderr, each
with its place: the sheet's row and column ("row 4, column \\"Year\\""), or the JSON path.

Options:
  --time-zone <zone>  The IANA time zone of the file's times of day ("America/Chicago").
                      TimelineJS times have none: without it they are kept as their day.
  -h, --help          This help.

Exit code: 0 when there is a timeline to show, 1 when nothing usable is left, 2 on a usage error.
`;

/**
 * Runs the command. `args` are the words after `import`; `io` holds `stdout`, `stderr` (writable
 * streams) and `cwd` (the directory relative paths start from). Resolves to the exit code.
 *
 * @param {string[]} args
 * @param {{ stdout: { write(s: string): unknown }, stderr: { write(s: string): unknown }, cwd: string }} io
 * @returns {Promise<number>}
 */
export async function run(args, io) {
  const parsed = parseArgs(args);
  if (parsed.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (parsed.error) {
    io.stderr.write(`news-timeline import: ${parsed.error}\n\n${HELP}`);
    return 2;
  }
  let bytes;
  try {
    bytes = await readFile(resolve(io.cwd, parsed.file));
  } catch (e) {
    const reason = e?.code === 'ENOENT' ? 'no such file' : (e?.message ?? String(e));
    io.stderr.write(`news-timeline import: cannot read ${parsed.file}: ${reason}.\n`);
    return 2;
  }
  let tools;
  try {
    tools = await loadTools();
  } catch (e) {
    io.stderr.write(`news-timeline import: ${e.message}\n`);
    return 2;
  }
  const options = parsed.timeZone === undefined ? {} : { timeZone: parsed.timeZone };
  const result = tools.readData(bytes, { pathname: parsed.file }, options);
  for (const p of result.problems) {
    io.stderr.write(
      `${parsed.file}: ${p.severity}: ${p.path || '(the whole file)'}: ${p.message}\n`,
    );
  }
  io.stderr.write(`${parsed.file}: ${summary(result)}\n`);
  if (!result.dataset) return 1;
  io.stdout.write(`${JSON.stringify({ $schema: SCHEMA, ...result.dataset }, null, 2)}\n`);
  return 0;
}

/**
 * The file and the options, or the error in them.
 *
 * @param {string[]} args
 * @returns {{ file?: string, timeZone?: string, help?: boolean, error?: string }}
 */
function parseArgs(args) {
  /** @type {{ file?: string, timeZone?: string, help?: boolean, error?: string }} */
  const out = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '-h' || arg === '--help') return { help: true };
    if (arg === '--time-zone' || arg.startsWith('--time-zone=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i];
      if (!value) return { error: '--time-zone needs a zone, such as America/Chicago.' };
      out.timeZone = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      return { error: `unknown option "${arg}".` };
    } else if (out.file !== undefined) {
      return { error: `one file at a time ("${out.file}", then "${arg}").` };
    } else {
      out.file = arg;
    }
  }
  return out.file === undefined ? { error: 'which file? Give a .csv or .json file.' } : out;
}

/**
 * One line: what was read, how many events, and the count of problems.
 *
 * @param {import('../../dist/tools.js').ReadResult} result
 */
function summary(result) {
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  const warnings = result.problems.length - errors;
  const what =
    result.origin === 'timelinejs'
      ? `TimelineJS ${result.format.toUpperCase()}`
      : result.format.toUpperCase();
  const counts = `${errors} error(s), ${warnings} warning(s)`;
  if (!result.dataset) return `read as ${what}; nothing usable is left (${counts}).`;
  const events = result.dataset.events.length;
  const left = result.leftOut ? `, ${result.leftOut} left out` : '';
  return `read as ${what}: ${events} event(s)${left}; ${counts}.`;
}
