/**
 * The styles of `<news-timeline>`, one sheet per concern, in cascade order. Public `--nt-*`
 * custom properties are read once, on `:host` (tokens), into private `--_*` properties that the
 * other sheets use.
 */
import type { CSSResultGroup } from 'lit';
import { header } from './styles/header.js';
import { images } from './styles/images.js';
import { list } from './styles/list.js';
import { media } from './styles/media.js';
import { panels } from './styles/panels.js';
import { tokens } from './styles/tokens.js';

export const styles: CSSResultGroup = [tokens, header, list, images, panels, media];
