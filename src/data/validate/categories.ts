/**
 * Categories: declared by the dataset (in legend order), or taken from the events when the
 * dataset declares none.
 */
import type { ProblemSink } from '../problems.js';
import type { TimelineCategory, TimelineEvent } from '../types.js';
import { requiredId } from './ids.js';
import { MAX_ITEMS, MAX_LENGTHS } from './limits.js';
import { humanise, quote } from './strings.js';
import { requiredText } from './text.js';
import { isRecord, items, join, readFields, show, UNREADABLE } from './untrusted.js';

const CATEGORY_FIELDS = ['id', 'label'] as const;

/** The usable categories of a declared list; ids are unique, a missing label is made up. */
export function checkCategories(p: ProblemSink, list: readonly unknown[]): TimelineCategory[] {
  const out: TimelineCategory[] = [];
  const seen = new Set<string>();
  items(p, list, 'categories', MAX_ITEMS.categories, 'categories').forEach((value, i) => {
    const category = checkCategory(p, value, `categories[${i}]`);
    if (!category) return;
    if (seen.has(category.id)) {
      p.error(
        `categories[${i}].id`,
        `The category ${quote(category.id)} is listed twice; the second was left out.`,
      );
      return;
    }
    seen.add(category.id);
    out.push(category);
  });
  return out;
}

function checkCategory(p: ProblemSink, value: unknown, path: string): TimelineCategory | null {
  const dropped = 'The category was left out; its events get the neutral style.';
  if (value === UNREADABLE) return null;
  if (!isRecord(value)) {
    p.error(path, `Each category must be an object with an id and a label, not ${show(value)}.`);
    return null;
  }
  const f = readFields(p, value, path, CATEGORY_FIELDS);
  const id = requiredId(p, f.get('id'), join(path, 'id'), dropped);
  if (id === null) return null;
  const label = requiredText(p, f.get('label'), join(path, 'label'), {
    name: 'label',
    max: MAX_LENGTHS.text,
    dropped: `${quote(humanise(id))} was used.`,
  });
  return { id, label: label ?? humanise(id) };
}

/** The categories the events use, in order of first use, labelled from their ids. */
export function deriveCategories(events: readonly TimelineEvent[]): TimelineCategory[] {
  const seen = new Set<string>();
  const out: TimelineCategory[] = [];
  for (const e of events) {
    if (e.category && !seen.has(e.category)) {
      seen.add(e.category);
      out.push({ id: e.category, label: humanise(e.category) });
    }
  }
  return out;
}
