/**
 * The iframe page's script (`dist/embed.js`, loaded by `dist/embed.html`): configures the page's
 * `<news-timeline>` from the address before the element is defined, refuses a `src` from an
 * origin the page does not allow (with a visible message, a console warning and `nt-error`),
 * loads the bundle, then reports the content's height to the host.
 */
import { ntEvent } from '../events.js';
import { fill } from '../i18n/format.js';
import type { TimelineStrings } from '../i18n/strings.js';
import {
  ALLOWED_ORIGINS_META,
  parseAllowedOrigins,
  readEmbedConfig,
  type EmbedConfig,
} from './config.js';
import { SizeReporter } from './size-reporter.js';

/** What the page needs from the bundle. */
export interface BundleModule {
  englishStrings: TimelineStrings;
}

type Timeline = HTMLElement & { updateComplete?: Promise<boolean> };

/**
 * Runs the page in `win`: reads its address and allow-list, configures its first
 * `<news-timeline>`, calls `load` (which imports the bundle and so defines the element), and
 * starts reporting the height. Resolves with the configuration and the reporter once the element
 * has rendered (or once the bundle failed: the static fallback is then what is measured).
 */
export async function startEmbedPage(
  win: Window,
  load: () => Promise<BundleModule>,
): Promise<{ config: EmbedConfig; reporter: SizeReporter }> {
  const doc = win.document;
  const meta = doc.querySelector<HTMLMetaElement>(`meta[name="${ALLOWED_ORIGINS_META}"]`);
  const config = readEmbedConfig(win.location.href, parseAllowedOrigins(meta?.content));
  const el = doc.querySelector<Timeline>('news-timeline');
  if (el) {
    for (const [name, value] of config.attributes) {
      if (value === null) el.removeAttribute(name);
      else el.setAttribute(name, value);
    }
    // Never show the page's own story in place of data that was asked for and refused.
    if (config.refused) el.hidden = true;
  }
  let bundle: BundleModule | null = null;
  try {
    bundle = await load();
  } catch (error) {
    console.error('news-timeline embed: the bundle could not be loaded', error);
  }
  if (el && config.refused) refuse(el, config.refused, bundle?.englishStrings);
  else if (el && bundle) await el.updateComplete;
  const reporter = new SizeReporter(win, config);
  reporter.start();
  return { config, reporter };
}

/** Shows why the data was refused, in place of the timeline, and tells the page's scripts. */
function refuse(
  el: Timeline,
  refused: NonNullable<EmbedConfig['refused']>,
  strings: TimelineStrings | undefined,
): void {
  const values = { origin: refused.origin ?? refused.src };
  const message = strings ? fill(strings.refusedSource, values, 'en-US') : refused.src;
  const box = el.ownerDocument.createElement('p');
  box.className = 'nt-embed-refused';
  box.setAttribute('role', 'alert');
  box.textContent = message;
  el.before(box);
  console.warn(`news-timeline embed: ${message} (src="${refused.src}")`);
  el.dispatchEvent(
    ntEvent('nt-error', { problems: [{ path: 'src', message, severity: 'error' }] }),
  );
}
