// The four contenders of the first-render comparison, each with the width a reader sees it at.
import { elementPage, staticPage, visPage } from './pages.mjs';

/** A phone's width, for the list and its floor. */
export const PHONE = 375;
/** A desktop article's width, for the drawing and vis-timeline. */
export const DESKTOP = 1280;

/**
 * @typedef {object} Contender
 * @property {string} name what `BENCH_ONLY` and the JSON call it
 * @property {string} label what the tables call it
 * @property {number} width of the viewport and of the stage, in px
 * @property {(input: { data: any, floor?: import('./floor.mjs').Floor }) => string} page its HTML
 */

/** @type {readonly Contender[]} */
export const CONTENDERS = Object.freeze([
  {
    name: 'static',
    label: 'static HTML',
    width: PHONE,
    page: ({ floor }) => {
      if (!floor) throw new Error('the static contender needs the floor markup');
      return staticPage({ floor, width: PHONE });
    },
  },
  {
    name: 'list',
    label: 'us, list',
    width: PHONE,
    page: ({ data }) => elementPage({ data, layout: 'vertical', width: PHONE }),
  },
  {
    name: 'drawing',
    label: 'us, drawing',
    width: DESKTOP,
    page: ({ data }) => elementPage({ data, layout: 'horizontal', width: DESKTOP }),
  },
  {
    name: 'vis',
    label: 'vis-timeline',
    width: DESKTOP,
    page: ({ data }) => visPage({ data, width: DESKTOP }),
  },
]);

/**
 * The contenders `only` names (all when empty), in the fixed order above.
 * @param {readonly string[]} only
 */
export function pickContenders(only) {
  const unknown = only.filter((n) => !CONTENDERS.some((c) => c.name === n));
  if (unknown.length) {
    throw new Error(
      `BENCH_ONLY: unknown ${unknown.join(', ')} (one of: static, list, drawing, vis)`,
    );
  }
  return only.length ? CONTENDERS.filter((c) => only.includes(c.name)) : [...CONTENDERS];
}
