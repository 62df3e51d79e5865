// Writes a run's results as JSON: bench/results/<start time>.json and bench/results/latest.json
// (the folder is gitignored).
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DIR = new URL('./results/', import.meta.url);

/**
 * Saves `results`; returns the path of the timestamped file.
 * @param {Record<string, any>} results
 */
export function saveResults(results) {
  mkdirSync(DIR, { recursive: true });
  const json = `${JSON.stringify(results, null, 1)}\n`;
  const name = `${String(results.startedAt).replace(/[:.]/g, '-')}.json`;
  writeFileSync(new URL(name, DIR), json);
  writeFileSync(new URL('latest.json', DIR), json);
  return fileURLToPath(new URL(name, DIR));
}
