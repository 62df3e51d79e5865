/**
 * The entry point of `dist/embed.js`. The bundle sits next to it; it is imported only after the
 * page's element is configured, so that the element's first render already has its attributes
 * (the page preloads it, so nothing waits for the download).
 */
import { startEmbedPage, type BundleModule } from './page.js';

const BUNDLE = './news-timeline.bundle.js';

void startEmbedPage(window, () => import(BUNDLE) as Promise<BundleModule>);
