/**
 * The styles of `<news-timeline-axis>`, one sheet per concern, in cascade order. Colours are read
 * once, on `:host` (base), from `<news-timeline>`'s private tokens into private `--_ax-*`
 * properties; geometry comes from the layout, in px.
 */
import type { CSSResultGroup } from 'lit';
import { base } from './styles/base.js';
import { events } from './styles/events.js';
import { modes } from './styles/modes.js';
import { tracks } from './styles/tracks.js';

export const styles: CSSResultGroup = [base, events, tracks, modes];
