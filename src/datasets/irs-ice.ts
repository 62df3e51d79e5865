/**
 * The bundled story, the IRS–ICE taxpayer-data agreement and what followed, with its
 * translations: the package's `news-timeline/datasets/irs-ice` entry. Its English words are in
 * `irs-ice.en.ts`, its Spanish words in `irs-ice.es.ts`; the facts come from the verified fact
 * sheet only (see `irs-ice.en.ts`).
 */
import type { TimelineDataset } from '../data/types.js';
import { irsIceEn } from './irs-ice.en.js';
import { irsIceEs } from './irs-ice.es.js';

/** The story in English, with its Spanish translation (shown when the locale is Spanish). */
export const irsIce: TimelineDataset = { ...irsIceEn, translations: { es: irsIceEs } };

export { irsIceEn, irsIceEs };
